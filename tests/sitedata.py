"""A small, realistic bilingual DARE-NL site for the cross-app tests (browser, security).

Built only with ``knowledge.factories`` so pages are published through revisions, as editors
publish them: version history, glossary links and translations behave as in production.
"""

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from wagtail.models import Page

from knowledge import factories
from knowledge.models import InformationPage, QCMethodPage
from stakeholders import factories as consultation_factories


def _step(title: str, text: str, *, critical=False, hold_time="", safety_note="") -> dict:
    return {
        "type": "step",
        "id": str(uuid.uuid4()),
        "value": {
            "title": title,
            "text": text,
            "critical": critical,
            "hold_time": hold_time,
            "safety_note": safety_note,
            "figure": None,
            "figure_alt_text": "",
        },
    }


def _material(name: str, grade="gmp", supplier="Miltenyi Biotec", number="130-000") -> dict:
    return {
        "type": "material",
        "id": str(uuid.uuid4()),
        "value": {
            "name": name,
            "grade": grade,
            "supplier": supplier,
            "catalogue_number": number,
            "note": "",
        },
    }


def _criterion(parameter: str, specification: str, method: str) -> dict:
    return {
        "type": "criterion",
        "id": str(uuid.uuid4()),
        "value": {"parameter": parameter, "specification": specification, "method": method},
    }


def _equipment(name: str, specification: str, qualification: str) -> dict:
    return {
        "type": "equipment",
        "id": str(uuid.uuid4()),
        "value": {"name": name, "specification": specification, "qualification": qualification},
    }


def _responsibility(role: str, text: str) -> dict:
    return {
        "type": "responsibility",
        "id": str(uuid.uuid4()),
        "value": {"role": role, "responsibility": text},
    }


def _body(*parts: tuple[str, str]) -> str:
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in parts]
    )


LEUKAPHERESIS = {
    "nl": {
        "title": "Ontvangst van leukaferesemateriaal",
        "summary": "Hoe het cel-laboratorium leukaferesemateriaal ontvangt, controleert en "
        "vrijgeeft voor verdere bewerking.",
        "purpose": "<p>Ontvangst en acceptatie van leukaferesemateriaal voor de productie van "
        "CAR-T-cellen, met controle op steriliteit en vrijgifte door de QP.</p>",
        "steps": [
            ("Controleer de transportcondities", "<p>Lees de temperatuurlogger uit.</p>"),
            ("Registreer het materiaal", "<p>Scan het ISBT 128-etiket.</p>"),
        ],
        "v2_step": "<p>Lees de datalogger uit en noteer de minimum- en maximumtemperatuur.</p>",
        "v2_added": ("Neem een monster voor steriliteit", "<p>Neem 1 ml voor de kweek.</p>"),
        "note_v1": "Eerste uitgave.",
        "note_v2": "Temperatuurcontrole aangescherpt; monstername voor steriliteit toegevoegd.",
        "roles": [("Analist", "Voert de ontvangst uit."), ("QP", "Geeft het materiaal vrij.")],
    },
    "en": {
        "title": "Receipt of leukapheresis material",
        "summary": "How the cell laboratory receives, checks and releases leukapheresis "
        "material for further processing.",
        "purpose": "<p>Receipt and acceptance of leukapheresis material for CAR-T cell "
        "manufacture, with a sterility check and release by the QP.</p>",
        "steps": [
            ("Check the transport conditions", "<p>Read out the temperature logger.</p>"),
            ("Register the material", "<p>Scan the ISBT 128 label.</p>"),
        ],
        "v2_step": "<p>Read out the data logger and record the minimum and maximum "
        "temperature.</p>",
        "v2_added": ("Take a sample for sterility", "<p>Take 1 ml for the culture.</p>"),
        "note_v1": "First issue.",
        "note_v2": "Temperature check tightened; sterility sampling added.",
        "roles": [
            ("Analyst", "Performs the receipt."),
            ("QP", "Releases the material."),
        ],
    },
}


@dataclass
class SiteData:
    """The built site by name and language: ``data.url("protocol_v2", "nl")``. Holds ids and
    URLs only (no model instances), so it stays valid when the database is restored from a
    snapshot with the same primary keys."""

    pages: dict[str, dict[str, Page]] = field(default_factory=dict, repr=False)
    ids: dict[str, dict[str, int]] = field(default_factory=dict)
    urls: dict[str, dict[str, str]] = field(default_factory=dict)
    term_ids: dict[str, int] = field(default_factory=dict)

    def url(self, name: str, language: str) -> str:
        return self.urls[name][language]

    def page(self, name: str, language: str) -> Page:
        """A fresh, specific instance from the database."""
        return Page.objects.get(pk=self.ids[name][language]).specific

    def freeze(self) -> "SiteData":
        for name, by_language in self.pages.items():
            self.ids[name] = {language: page.pk for language, page in by_language.items()}
            self.urls[name] = {language: page.url for language, page in by_language.items()}
        self.pages = {}
        return self


def build_realistic_site() -> SiteData:
    """Home nl/en with every section; two centres in both languages; four protocols (one with
    two versions, one only in Dutch); a QC method; two regulations; glossary terms; an
    accessibility statement; consultations (an open one and a closed one)."""
    site = factories.build_site()
    data = SiteData()
    for key in ("home", "centres", "protocols", "qc", "regulations", "glossary"):
        data.pages[key] = {"nl": site[f"{key}_nl"], "en": site[f"{key}_en"]}

    # ---- centres ------------------------------------------------------------------------
    umcu_nl = factories.centre(site, code="umcu", title="UMC Utrecht")
    umcu_en = factories.centre(
        site, code="umcu", title="UMC Utrecht", language="en", translation_of=umcu_nl
    )
    sanquin_nl = factories.centre(site, code="sanquin", title="Sanquin Amsterdam")
    sanquin_en = factories.centre(
        site, code="sanquin", title="Sanquin Amsterdam", language="en", translation_of=sanquin_nl
    )
    data.pages["umcu"] = {"nl": umcu_nl, "en": umcu_en}
    data.pages["sanquin"] = {"nl": sanquin_nl, "en": sanquin_en}

    # ---- protocol with two versions, in both languages ----------------------------------
    owners = {"nl": umcu_nl, "en": umcu_en}
    versioned = {}
    for language in ("nl", "en"):
        text = LEUKAPHERESIS[language]
        steps = [_step(title, body) for title, body in text["steps"]]
        steps[0]["value"].update(critical=True, hold_time="max. 30 min")
        page = factories.protocol(
            owners[language],
            identifier="DARE-SOP-0001",
            title=text["title"],
            summary=text["summary"],
            purpose=text["purpose"],
            procedure=json.dumps(steps),
            materials=json.dumps(
                [
                    _material("CliniMACS PBS/EDTA", number="200-070-025"),
                    _material("Transfer bag 600 ml", grade="medical_device", supplier="Fresenius"),
                ]
            ),
            equipment=json.dumps([_equipment("Biosafety cabinet", "Class II", "IQ/OQ/PQ")]),
            responsibilities=json.dumps([_responsibility(*role) for role in text["roles"]]),
            acceptance_criteria=json.dumps(
                [
                    _criterion("CD3+", "≥ 10 %", "Flow cytometry"),
                    _criterion("Volume", "≥ 50 ml", ""),
                ]
            ),
            change_note=text["note_v1"],
            translation_of=versioned.get("nl"),
        )
        new_steps = list(page.procedure.raw_data)
        new_steps[0]["value"].update(text=text["v2_step"], hold_time="max. 20 min")
        new_steps.append(_step(*text["v2_added"]))
        page = factories.new_version(
            page,
            2,
            procedure=json.dumps(new_steps),
            change_note=text["note_v2"],
            effective_date=date(2025, 6, 1),
        )
        versioned[language] = page
    data.pages["protocol_v2"] = versioned

    # ---- more protocols ------------------------------------------------------------------
    cryo_nl = factories.protocol(
        sanquin_nl,
        identifier="DARE-SOP-0002",
        title="Cryopreservatie van CAR-T-cellen",
        summary="Invriezen met gecontroleerde snelheid tot -90 °C.",
        process_stage="cryopreservation",
    )
    cryo_en = factories.protocol(
        sanquin_en,
        identifier="DARE-SOP-0002",
        title="Cryopreservation of CAR-T cells",
        summary="Controlled-rate freezing down to -90 °C.",
        process_stage="cryopreservation",
        purpose="<p>Controlled-rate freezing of the CAR-T product.</p>",
        translation_of=cryo_nl,
    )
    data.pages["protocol_cryo"] = {"nl": cryo_nl, "en": cryo_en}
    til_nl = factories.protocol(
        umcu_nl,
        identifier="DARE-SOP-0003",
        title="Isolatie van TIL uit tumorweefsel",
        summary="Alleen beschikbaar in het Nederlands.",
        modality="til",
        purpose="<p>Isolatie van tumor-infiltrerende lymfocyten onder steriele condities.</p>",
    )
    data.pages["protocol_nl_only"] = {"nl": til_nl}
    msc_nl = factories.protocol(
        sanquin_nl,
        identifier="DARE-SOP-0004",
        title="Vrijgifte van het MSC-product",
        summary="Controles vóór vrijgifte: steriliteit, endotoxine en viabiliteit.",
        modality="msc",
        process_stage="release-testing",
        purpose="<p>Vrijgifte na controle op steriliteit.</p>",
    )
    msc_en = factories.protocol(
        sanquin_en,
        identifier="DARE-SOP-0004",
        title="Release of the MSC product",
        summary="Checks before release: sterility, endotoxin and viability.",
        modality="msc",
        process_stage="release-testing",
        purpose="<p>Release after the sterility check.</p>",
        translation_of=msc_nl,
    )
    data.pages["protocol_msc"] = {"nl": msc_nl, "en": msc_en}

    # ---- QC method, regulations ----------------------------------------------------------
    qc_nl = factories.qc_method(
        sanquin_nl,
        title="Steriliteit met BacT/ALERT",
        summary="Geautomatiseerde kweek voor steriliteit.",
    )
    qc_en = factories.add_page(
        sanquin_en,
        QCMethodPage(
            title="Sterility by BacT/ALERT",
            slug="dare-qc-0001",
            identifier="DARE-QC-0001",
            locale=sanquin_en.locale,
            summary="Automated culture for sterility.",
            quality_attribute="sterility",
            method_principle="<p>Automated culture according to Ph. Eur. 2.6.27.</p>",
            validation_status="compendial",
            pharmacopoeia_reference="Ph. Eur. 2.6.27",
            status="effective",
        ),
        translation_of=qc_nl,
    )
    data.pages["qc_method"] = {"nl": qc_nl, "en": qc_en}
    reg_nl = factories.regulation(site, title="ATMP-verordening")
    reg_en = factories.regulation(
        site,
        title="ATMP Regulation",
        language="en",
        translation_of=reg_nl,
        plain_summary="<p>Rules for advanced therapy medicinal products.</p>",
    )
    data.pages["regulation"] = {"nl": reg_nl, "en": reg_en}
    law_nl = factories.regulation(
        site,
        title="Geneesmiddelenwet",
        reference="BWBR0021505",
        instrument_type="nl-law",
        jurisdiction="nl",
        authority="vws",
        topic="hospital-exemption",
    )
    data.pages["regulation_nl_law"] = {"nl": law_nl}

    # ---- glossary --------------------------------------------------------------------------
    for slug, nl, en, definition_nl, definition_en in [
        (
            "vrijgifte",
            "vrijgifte",
            "release",
            "Formele goedkeuring van een batch door de QP.",
            "Formal approval of a batch by the QP.",
        ),
        (
            "steriliteit",
            "steriliteit",
            "sterility",
            "Afwezigheid van levensvatbare micro-organismen.",
            "Absence of viable micro-organisms.",
        ),
        (
            "leukaferese",
            "leukaferese",
            "leukapheresis",
            "Afname van witte bloedcellen uit het bloed.",
            "Collection of white blood cells from the blood.",
        ),
    ]:
        data.term_ids[slug] = factories.GlossaryTermFactory(
            slug=slug,
            term_nl=nl,
            term_en=en,
            definition_nl=definition_nl,
            definition_en=definition_en,
        ).pk

    # ---- accessibility statement (an InformationPage, linked from the footer) ---------------
    statement_nl = factories.add_page(
        data.pages["home"]["nl"],
        InformationPage(
            title="Toegankelijkheidsverklaring",
            slug="toegankelijkheid",
            locale=factories.locale("nl"),
            summary="Wij streven naar WCAG 2.1 niveau AA.",
            body=_body(
                ("heading", "Status"),
                ("paragraph", "<p>Deze website voldoet aan WCAG 2.1 niveau AA.</p>"),
            ),
        ),
    )
    statement_en = factories.add_page(
        data.pages["home"]["en"],
        InformationPage(
            title="Accessibility statement",
            slug="accessibility",
            locale=factories.locale("en"),
            summary="We aim for WCAG 2.1 level AA.",
            body=_body(
                ("heading", "Status"),
                ("paragraph", "<p>This website meets WCAG 2.1 level AA.</p>"),
            ),
        ),
        translation_of=statement_nl,
    )
    data.pages["statement"] = {"nl": statement_nl, "en": statement_en}
    build_consultations(data)
    build_harmonisation(data)
    build_harmonisation_matrix(data)
    return data.freeze()


def build_consultations(data: SiteData) -> None:
    """A consultation index per language with an open consultation (linked to the versioned
    protocol and the ATMP regulation) and a closed one with an outcome report; dates are
    relative to when the site is built."""
    indexes = {}
    for language in ("nl", "en"):
        indexes[language] = consultation_factories.consultation_index(
            data.pages["home"][language], language, translation_of=indexes.get("nl")
        )
    data.pages["consultations"] = indexes
    for name, texts, timing in (
        (
            "consultation_open",
            {
                "nl": ("Bewaartijd van leukaferesemateriaal", "Is 24 uur haalbaar?"),
                "en": ("Storage time of leukapheresis material", "Is 24 hours feasible?"),
            },
            {"opens_in": timedelta(days=-7), "closes_in": timedelta(days=21)},
        ),
        (
            "consultation_closed",
            {
                "nl": ("Uitzonderlijke vrijgifte", "Wie beslist over vrijgifte?"),
                "en": ("Exceptional release", "Who decides on release?"),
            },
            {
                "opens_in": timedelta(days=-60),
                "closes_in": timedelta(days=-10),
                "outcome": "<p>De QP beslist na een schriftelijke aanvraag.</p>",
            },
        ),
    ):
        pages = {}
        for language in ("nl", "en"):
            title, question = texts[language]
            pages[language] = consultation_factories.consultation(
                indexes[language],
                title=title,
                questions=consultation_factories.questions(question),
                protocols=[data.pages["protocol_v2"][language]],
                regulations=[data.pages["regulation"][language]],
                translation_of=pages.get("nl"),
                **timing,
            )
        data.pages[name] = pages


def build_harmonisation(data: SiteData) -> None:
    """The harmonisation page per language; the two-version protocol is the harmonised
    reference, and Sanquin adopts it with deviations in its cryopreservation SOP, following
    version 1 (so the record warns that version 2 is current)."""
    from harmonisation import factories as harmonisation_factories
    from harmonisation.models import HarmonisationPage
    from knowledge.models import PublishedVersion

    pages = {}
    for language, title, slug in (
        ("nl", "Harmonisatie", "harmonisatie"),
        ("en", "Harmonisation", "harmonisation"),
    ):
        pages[language] = factories.add_page(
            data.pages["home"][language],
            HarmonisationPage(title=title, slug=slug, locale=factories.locale(language)),
            translation_of=pages.get("nl"),
        )
    data.pages["harmonisation"] = pages
    reference_nl = data.pages["protocol_v2"]["nl"]
    local = data.pages["protocol_cryo"]["nl"].specific
    record = harmonisation_factories.adoption(
        data.pages["sanquin"]["nl"],
        harmonisation_factories.reference(reference_nl),
        status="adopted-with-deviations",
        local_sop=local,
        followed_version=PublishedVersion.objects.get(page=reference_nl, number=1),
        deviations=[
            (local.procedure[0].id, "Invriezen tot -90 °C in plaats van -80 °C", "Andere vriezer"),
        ],
        contact_name="Sanne de Boer",
        contact_email="qa@sanquin.example",
    )
    data.ids["adoption_record"] = {"nl": record.pk, "en": record.pk}


def build_harmonisation_matrix(data: SiteData) -> None:
    """UMC Utrecht plans to adopt the reference, so the matrix shows two statuses."""
    from harmonisation import factories as harmonisation_factories
    from harmonisation.models import HarmonisedReference

    reference = HarmonisedReference.objects.get(page=data.pages["protocol_v2"]["nl"])
    record = harmonisation_factories.adoption(data.pages["umcu"]["nl"], reference, status="planned")
    data.ids["adoption_planned"] = {"nl": record.pk, "en": record.pk}
