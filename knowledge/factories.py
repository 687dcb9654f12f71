"""Builders for a small, realistic bilingual site in tests. Pages are published through
revisions, as editors publish them, so version history and signals behave as in production."""

import json
import uuid
from datetime import date

import factory
from wagtail.models import Locale, Page, Site

from knowledge.models import (
    Centre,
    CentreIndexPage,
    CentrePage,
    GlossaryPage,
    GlossaryTerm,
    HomePage,
    ProtocolIndexPage,
    ProtocolPage,
    QCMethodIndexPage,
    QCMethodPage,
    RegulatoryIndexPage,
    RegulatoryItemPage,
)


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"term-{n}")
    term_nl = "vrijgifte"
    term_en = "release"
    abbreviation = ""
    definition_nl = "Formele goedkeuring van een batch door de QP."
    definition_en = "Formal approval of a batch by the QP."


def locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent: Page, page: Page, translation_of: Page | None = None, live=True) -> Page:
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    page.live = live
    parent.add_child(instance=page)
    return publish(page) if live else page


def stream(block_type: str, values: list[dict]) -> str:
    return json.dumps([{"type": block_type, "value": v, "id": str(uuid.uuid4())} for v in values])


def steps(count: int, prefix: str = "Step") -> str:
    return stream(
        "step",
        [
            {
                "title": f"{prefix} {n}",
                "text": f"<p>Do {prefix.lower()} {n} in the cabinet.</p>",
                "critical": n == 1,
                "hold_time": "max. 30 min" if n == 1 else "",
                "safety_note": "",
                "figure": None,
                "figure_alt_text": "",
            }
            for n in range(1, count + 1)
        ],
    )


def materials(count: int) -> str:
    return stream(
        "material",
        [
            {
                "name": f"Material {n}",
                "grade": "gmp",
                "supplier": "Miltenyi Biotec",
                "catalogue_number": f"130-{n:03d}",
                "note": "",
            }
            for n in range(1, count + 1)
        ],
    )


def build_site():
    """Home pages in nl and en with every section index page; returns a dict of pages."""
    nl, en = locale("nl"), locale("en")
    root = Page.get_first_root_node()
    for welcome in root.get_children().exact_type(Page):
        welcome.delete()
    home_nl = add_page(root, HomePage(title="DARE-NL kennisplatform", slug="home", locale=nl))
    home_en = add_page(
        root,
        HomePage(title="DARE-NL knowledge platform", slug="home-en", locale=en),
        translation_of=home_nl,
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home_nl, is_default_site=True)
    site = {"home_nl": home_nl, "home_en": home_en}
    titles = {
        CentreIndexPage: ("centres", "Centra", "centra", "Centres", "centres"),
        ProtocolIndexPage: ("protocols", "Protocollen", "protocollen", "Protocols", "protocols"),
        QCMethodIndexPage: ("qc", "QC-methoden", "qc-methoden", "QC methods", "qc-methods"),
        RegulatoryIndexPage: (
            "regulations",
            "Regelgeving",
            "regelgeving",
            "Regulations",
            "regulations",
        ),
        GlossaryPage: ("glossary", "Begrippenlijst", "begrippenlijst", "Glossary", "glossary"),
    }
    for model, (key, title_nl, slug_nl, title_en, slug_en) in titles.items():
        page_nl = add_page(
            home_nl, model(title=title_nl, slug=slug_nl, locale=nl, show_in_menus=True)
        )
        page_en = add_page(
            home_en,
            model(title=title_en, slug=slug_en, locale=en, show_in_menus=True),
            translation_of=page_nl,
        )
        site[f"{key}_nl"], site[f"{key}_en"] = page_nl, page_en
    return site


def centre(site, code="umcu", title="UMC Utrecht", language="nl", translation_of=None):
    """The centre page of centre ``code`` in one language; the Centre is made on first use."""
    identity, _ = Centre.objects.get_or_create(
        code=code, defaults={"name_nl": title, "name_en": title}
    )
    return add_page(
        site[f"centres_{language}"],
        CentrePage(
            title=title,
            slug=code,
            centre=identity,
            city="Utrecht",
            kind="umc",
            expertise=["car-t"],
            locale=locale(language),
        ),
        translation_of=translation_of,
    )


def protocol(
    owner: CentrePage,
    identifier="DARE-SOP-0001",
    title="Leukaferese-ontvangst",
    step_count=2,
    material_count=2,
    translation_of=None,
    live=True,
    **fields,
):
    defaults = {
        "modality": "car-t",
        "process_stage": "starting-material",
        "purpose": "<p>Ontvangst en acceptatie van leukaferesemateriaal.</p>",
        "procedure": steps(step_count),
        "materials": materials(material_count),
        "status": "effective",
        "version": 1,
        "effective_date": date(2025, 1, 15),
        "change_note": "Eerste uitgave.",
    }
    defaults.update(fields)
    page = ProtocolPage(
        title=title, slug=identifier.lower(), identifier=identifier, locale=owner.locale, **defaults
    )
    return add_page(owner, page, translation_of=translation_of, live=live)


def qc_method(owner: CentrePage, identifier="DARE-QC-0001", title="Steriliteit", **fields):
    defaults = {
        "quality_attribute": "sterility",
        "method_principle": "<p>Geautomatiseerde kweek volgens Ph. Eur. 2.6.27.</p>",
        "validation_status": "compendial",
        "pharmacopoeia_reference": "Ph. Eur. 2.6.27",
        "status": "effective",
    }
    defaults.update(fields)
    page = QCMethodPage(
        title=title, slug=identifier.lower(), identifier=identifier, locale=owner.locale, **defaults
    )
    return add_page(owner, page)


def regulation(site, title="ATMP-verordening", language="nl", translation_of=None, **fields):
    defaults = {
        "reference": "Regulation (EC) No 1394/2007",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "marketing-authorisation",
        "legal_status": "in-force",
        "plain_summary": "<p>Regels voor geneesmiddelen voor geavanceerde therapie.</p>",
    }
    defaults.update(fields)
    page = RegulatoryItemPage(
        title=title, slug=title.lower().replace(" ", "-"), locale=locale(language), **defaults
    )
    return add_page(site[f"regulations_{language}"], page, translation_of=translation_of)


def new_version(page, version: int, **changes):
    """Publish a new numbered version of a controlled document with some fields changed."""
    page = page.specific
    page.version = version
    for name, value in changes.items():
        setattr(page, name, value)
    return publish(page)
