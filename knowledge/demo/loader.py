"""Builds the bilingual demo site from ``knowledge/demo/data``. Idempotent: a page that
already exists (same kind, language and identifier) is left alone.

Two phases: first every page is created as an unpublished draft, so that references between
pages can point anywhere; then each page's versions are published oldest first, which
records the public version history exactly as an editor's publications would.
"""

import json
import uuid
from dataclasses import dataclass, field
from importlib import import_module

from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.module_loading import module_has_submodule
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from dare_platform.progress import Progress
from knowledge.demo import schema
from knowledge.editorial_roles import ensure_centre_roles
from knowledge.models import (
    Centre,
    CentreIndexPage,
    CentrePage,
    GlossaryPage,
    GlossaryTerm,
    GlossaryTermExclusion,
    HomePage,
    InformationPage,
    ProtocolIndexPage,
    ProtocolPage,
    QCMethodIndexPage,
    QCMethodPage,
    RegulatoryIndexPage,
    RegulatoryItemPage,
)

LANGUAGES = ("nl", "en")
DEMO_PASSWORD = "dare-demo-2026"  # noqa: S105 - printed for local demo sites only
SECTION_MODELS = {
    "centres": CentreIndexPage,
    "protocols": ProtocolIndexPage,
    "qc_methods": QCMethodIndexPage,
    "regulations": RegulatoryIndexPage,
    "glossary": GlossaryPage,
}


@dataclass
class LoadReport:
    created: dict = field(default_factory=dict)
    skipped: dict = field(default_factory=dict)
    accounts: list = field(default_factory=list)
    password: str = DEMO_PASSWORD  # for the demo accounts other apps' demo loaders add

    def count(self, kind: str, created: bool) -> None:
        target = self.created if created else self.skipped
        target[kind] = target.get(kind, 0) + 1


def _rich(html: str) -> str:
    return html or ""


def _stream(block_type: str, values: list[dict], previous_ids: dict[str, str]) -> str:
    """Raw StreamField JSON; an item keeps its block id when its title is unchanged, so it is
    followed across versions by the diff."""
    blocks = []
    for value in values:
        key = value.get("title") or value.get("name") or value.get("parameter") or value.get("role")
        block_id = previous_ids.get(key) or str(uuid.uuid4())
        previous_ids[key] = block_id
        blocks.append({"type": block_type, "value": value, "id": block_id})
    return json.dumps(blocks)


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.report = LoadReport()
        self.locales = {}
        self.homes: dict[str, HomePage] = {}
        self.sections: dict[tuple[str, str], Page] = {}
        self.centres: dict[tuple[str, str], CentrePage] = {}
        self.pending: list = []  # (page, record, language) still to publish
        self.block_ids: dict[tuple, dict] = {}

    # ---- entry point ----------------------------------------------------------------------
    def load(self) -> LoadReport:
        schema.validate_all()
        from knowledge.demo.data import centres, glossary, pages, qc_methods, regulations
        from knowledge.demo.data.protocols import PROTOCOLS

        with transaction.atomic():
            self._locales()
            self._structure(pages)
            self._glossary(glossary.TERMS)
            self._centres(centres.CENTRES)
            regulation_pages = self._drafts(regulations.REGULATIONS, "regulation")
            qc_pages = self._drafts(qc_methods.QC_METHODS, "qc_method")
            protocol_pages = self._drafts(PROTOCOLS, "protocol")
            self.lookup = {
                "regulation": regulation_pages,
                "qc_method": qc_pages,
                "protocol": protocol_pages,
            }
            self._publish_all()
            self._glossary_exclusions(glossary.TERMS)
            self._accounts(centres.CENTRES)
            self._other_apps()
        return self.report

    def _other_apps(self):
        """The demo content of the other domain apps, once the knowledge base it refers to
        exists: each app's ``demo`` package may define ``load_demo_content(report, stdout)``.
        Found by name at run time, so the knowledge base imports no other domain."""
        for app in apps.get_app_configs():
            if app.name == "knowledge" or not module_has_submodule(app.module, "demo"):
                continue
            load = getattr(import_module(f"{app.name}.demo"), "load_demo_content", None)
            if load is not None:
                load(self.report, stdout=self.stdout)

    # ---- structure ------------------------------------------------------------------------
    def _locales(self):
        for code in LANGUAGES:
            self.locales[code], _ = Locale.objects.get_or_create(language_code=code)

    def _structure(self, pages):
        site = Site.objects.filter(is_default_site=True).first()
        root = Page.get_first_root_node()
        home_nl = HomePage.objects.filter(locale=self.locales["nl"]).first()
        if home_nl is None:
            for welcome in root.get_children().filter(depth=2).exact_type(Page):
                if site and site.root_page_id == welcome.pk:
                    site.root_page = root
                    site.save()
                welcome.delete()
            home_nl = self._add(
                root, HomePage, "nl", self._home_fields(pages.HOME["nl"], "nl"), "home"
            )
        self.homes["nl"] = home_nl
        home_en = home_nl.get_translation_or_none(self.locales["en"])
        if home_en is None:
            home_en = self._add(
                root,
                HomePage,
                "en",
                self._home_fields(pages.HOME["en"], "en"),
                "home",
                translation_of=home_nl,
            )
        self.homes["en"] = home_en
        if site is None:
            site = Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home_nl,
                is_default_site=True,
                site_name="DARE-NL",
            )
        elif site.root_page_id != home_nl.pk:
            site.root_page = home_nl
            site.site_name = "DARE-NL"
            site.save()

        for key, model in SECTION_MODELS.items():
            source = None
            for language in LANGUAGES:
                data = pages.SECTIONS[key][language]
                existing = model.objects.filter(locale=self.locales[language]).first()
                if existing is None:
                    existing = self._add(
                        self.homes[language],
                        model,
                        language,
                        {
                            "title": data["title"],
                            "slug": data["slug"],
                            "summary": data["summary"],
                            "show_in_menus": True,
                        },
                        "section",
                        translation_of=source,
                    )
                self.sections[(key, language)] = existing
                source = existing
        for info in pages.INFORMATION_PAGES:
            source = None
            for language in LANGUAGES:
                data = info[language]
                existing = InformationPage.objects.filter(
                    locale=self.locales[language], slug=data["slug"]
                ).first()
                if existing is None:
                    body = json.dumps(
                        [
                            {"type": kind, "value": value, "id": str(uuid.uuid4())}
                            for kind, value in data["body"]
                        ]
                    )
                    existing = self._add(
                        self.homes[language],
                        InformationPage,
                        language,
                        {
                            "title": data["title"],
                            "slug": data["slug"],
                            "summary": data["summary"],
                            "body": body,
                        },
                        "information page",
                        translation_of=source,
                    )
                source = existing
        self._link_home_audiences(pages)

    def _home_fields(self, data, language):
        return {
            "title": data["title"],
            "slug": f"home-{language}",
            "summary": data["summary"],
            "intro": _rich(data["intro"]),
        }

    def _link_home_audiences(self, pages):
        targets = {}
        for language in LANGUAGES:
            for key in SECTION_MODELS:
                targets[(key, language)] = self.sections[(key, language)].pk
            for info in pages.INFORMATION_PAGES:
                page = InformationPage.objects.get(
                    locale=self.locales[language], slug=info[language]["slug"]
                )
                targets[(info["key"], language)] = page.pk
        for language in LANGUAGES:
            home = self.homes[language]
            if home.audiences:
                continue
            audiences = [
                {
                    "type": "audience",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "heading": audience["heading"],
                        "text": audience["text"],
                        "links": [
                            {
                                "type": "item",
                                "id": str(uuid.uuid4()),
                                "value": {"page": targets[(key, language)], "label": label},
                            }
                            for key, label in audience["links"]
                        ],
                    },
                }
                for audience in pages.HOME[language]["audiences"]
            ]
            home.audiences = json.dumps(audiences)
            home.save_revision().publish()

    def _add(self, parent, model, language, fields, kind, translation_of=None, live=True):
        page = model(locale=self.locales[language], **fields)
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        if not live:
            page.live = False
        parent.add_child(instance=page)
        if live:
            page.save_revision().publish()
        self.report.count(kind, True)
        return page

    # ---- glossary and centres -------------------------------------------------------------
    def _glossary(self, terms):
        for term in terms:
            _obj, created = GlossaryTerm.objects.update_or_create(
                slug=term["slug"],
                defaults={
                    key: term.get(key, "")
                    for key in (
                        "term_nl",
                        "term_en",
                        "abbreviation",
                        "definition_nl",
                        "definition_en",
                        "synonyms",
                    )
                },
            )
            self.report.count("glossary term", created)

    def _glossary_exclusions(self, terms):
        """An exclusion holds one page of a document; it covers all its translations."""
        for term in terms:
            for key in term.get("excluded_pages", []):
                pages = next(kind[key] for kind in self.lookup.values() if key in kind)
                GlossaryTermExclusion.objects.get_or_create(
                    term=GlossaryTerm.objects.get(slug=term["slug"]),
                    page=next(iter(pages.values())),
                )

    def _centres(self, centres):
        progress = Progress(len(centres), "Centres", self.stdout)
        for centre in centres:
            source = None
            identity, _ = Centre.objects.get_or_create(
                code=centre["code"],
                defaults={"name_nl": centre["nl"]["title"], "name_en": centre["en"]["title"]},
            )
            for language in LANGUAGES:
                existing = CentrePage.objects.filter(
                    locale=self.locales[language], centre=identity
                ).first()
                if existing is None:
                    data = centre[language]
                    existing = self._add(
                        self.sections[("centres", language)],
                        CentrePage,
                        language,
                        {
                            "title": data["title"],
                            "slug": centre["code"],
                            "summary": data["summary"],
                            "centre": identity,
                            "short_name": centre.get("short_name", ""),
                            "city": centre["city"],
                            "kind": centre["kind"],
                            "expertise": centre["expertise"],
                            "description": _rich(data["description"]),
                            "gmp_facilities": _rich(data["gmp_facilities"]),
                            "contact_name": centre.get("contact_name", ""),
                            "contact_email": centre.get("contact_email", ""),
                            "website": centre.get("website", ""),
                        },
                        "centre",
                        translation_of=source,
                    )
                else:
                    self.report.count("centre", False)
                self.centres[(centre["code"], language)] = existing
                source = existing
            progress.advance()
        progress.finish()

    # ---- controlled documents and regulations ---------------------------------------------
    def _parent_for(self, record, kind, language):
        if kind == "regulation":
            return self.sections[("regulations", language)]
        return self.centres[(record["centre"], language)]

    def _existing(self, kind, record, language):
        locale = self.locales[language]
        if kind == "regulation":
            return RegulatoryItemPage.objects.filter(
                locale=locale, reference=record["reference"]
            ).first()
        model = ProtocolPage if kind == "protocol" else QCMethodPage
        return model.objects.filter(locale=locale, identifier=record["identifier"]).first()

    def _drafts(self, records, kind):
        """Phase one: a draft page per record and language; returns {key: {language: page}}."""
        pages = {}
        for record in records:
            key = record["key"] if kind == "regulation" else record["identifier"]
            pages[key] = {}
            source = None
            for language in record["languages"]:
                existing = self._existing(kind, record, language)
                if existing is not None:
                    self.report.count(kind, False)
                    pages[key][language] = existing
                    source = existing
                    continue
                first = record if kind == "regulation" else record["versions"][0]
                fields = self._first_fields(kind, record, first[language])
                page = self._add(
                    self._parent_for(record, kind, language),
                    {
                        "regulation": RegulatoryItemPage,
                        "protocol": ProtocolPage,
                        "qc_method": QCMethodPage,
                    }[kind],
                    language,
                    fields,
                    kind,
                    translation_of=source,
                    live=False,
                )
                pages[key][language] = page
                self.pending.append((page, record, kind, language))
                source = page
        return pages

    def _first_fields(self, kind, record, content):
        fields = {
            "title": content["title"],
            "slug": slugify(content["title"])[:80],
            "summary": content["summary"],
        }
        if kind == "regulation":
            fields.update(
                reference=record["reference"],
                instrument_type=record["instrument_type"],
                jurisdiction=record["jurisdiction"],
                authority=record["authority"],
                topic=record["topic"],
                legal_status=record["legal_status"],
                plain_summary=content["plain_summary"],
            )
        elif kind == "protocol":
            fields.update(
                identifier=record["identifier"],
                modality=record["modality"],
                process_stage=record["process_stage"],
                purpose=content["purpose"],
                procedure="[]",
            )
        else:
            fields.update(
                identifier=record["identifier"],
                quality_attribute=record["quality_attribute"],
                validation_status=record["validation_status"],
                method_principle=content["method_principle"],
            )
        return fields

    def _publish_all(self):
        progress = Progress(len(self.pending), "Publishing pages", self.stdout)
        for page, record, kind, language in self.pending:
            if kind == "regulation":
                self._publish_regulation(page, record, language)
            else:
                self._publish_versions(page, record, kind, language)
            progress.advance()
        progress.finish()

    def _publish_regulation(self, page, record, language):
        content = record[language]
        page.title = content["title"]
        page.summary = content["summary"]
        page.plain_summary = content["plain_summary"]
        page.implications = content["implications"]
        page.source_url = record["source_url"]
        page.adopted_date = record.get("adopted_date")
        page.applicable_date = record.get("applicable_date")
        related = [
            self.lookup["protocol"][identifier].get(language)
            for identifier in record.get("related_protocols", [])
        ]
        page.related_protocols.set([p for p in related if p is not None])
        page.save_revision().publish()

    def _publish_versions(self, page, record, kind, language):
        content: dict = {}
        for version in record["versions"]:
            if language not in version:
                continue
            content = {**content, **version[language]}
            page.version = version["version"]
            page.status = version["status"]
            page.effective_date = version.get("effective_date")
            page.next_review_date = version.get("next_review_date")
            self._apply_content(page, kind, content, record, language)
            page.save_revision().publish()

    def _apply_content(self, page, kind, content, record, language):
        ids = self.block_ids.setdefault((record["identifier"], language), {})
        page.title = content["title"]
        page.summary = content["summary"]
        page.change_note = content.get("change_note", "")
        page.acceptance_criteria = _stream(
            "criterion",
            [
                {
                    "parameter": c["parameter"],
                    "specification": c["specification"],
                    "method": c.get("method", ""),
                }
                for c in content.get("acceptance_criteria", [])
            ],
            ids,
        )
        page.references = self._references(content.get("references", []), language)
        if kind == "protocol":
            page.purpose = content["purpose"]
            page.scope = content.get("scope", "")
            page.responsibilities = _stream(
                "responsibility",
                [
                    {"role": role, "responsibility": text}
                    for role, text in content.get("responsibilities", [])
                ],
                ids,
            )
            page.materials = _stream(
                "material",
                [
                    {
                        "name": m["name"],
                        "grade": m["grade"],
                        "supplier": m.get("supplier", ""),
                        "catalogue_number": m.get("catalogue_number", ""),
                        "note": m.get("note", ""),
                    }
                    for m in content.get("materials", [])
                ],
                ids,
            )
            page.equipment = _stream(
                "equipment",
                [
                    {
                        "name": e["name"],
                        "specification": e.get("specification", ""),
                        "qualification": e.get("qualification", ""),
                    }
                    for e in content.get("equipment", [])
                ],
                ids,
            )
            page.procedure = _stream(
                "step",
                [
                    {
                        "title": s["title"],
                        "text": s["text"],
                        "critical": bool(s.get("critical")),
                        "hold_time": s.get("hold_time", ""),
                        "safety_note": s.get("safety_note", ""),
                        "figure": None,
                        "figure_alt_text": "",
                    }
                    for s in content["steps"]
                ],
                ids,
            )
        else:
            page.method_principle = content["method_principle"]
            page.sample_requirements = content.get("sample_requirements", "")
            page.turnaround_time = content.get("turnaround_time", "")
            page.pharmacopoeia_reference = record.get("pharmacopoeia_reference", "")
            page.performed_by.set(
                [self.centres[(code, language)] for code in record["performed_by"]]
            )

    def _references(self, references, language):
        blocks = []
        for reference in references:
            ((kind, value),) = reference.items()
            if kind in self.lookup:
                target_versions = self.lookup[kind].get(value, {})
                target = target_versions.get(language) or next(iter(target_versions.values()), None)
                if target is None:
                    continue
                blocks.append({"type": kind, "value": target.pk, "id": str(uuid.uuid4())})
            elif kind == "pharmacopoeia":
                blocks.append(
                    {
                        "type": kind,
                        "value": {"chapter": value[0], "title": value[1]},
                        "id": str(uuid.uuid4()),
                    }
                )
            else:
                blocks.append(
                    {
                        "type": "link",
                        "value": {"title": value[0], "url": value[1], "description": ""},
                        "id": str(uuid.uuid4()),
                    }
                )
        return json.dumps(blocks)

    # ---- accounts -------------------------------------------------------------------------
    def _accounts(self, centres):
        self._account("admin", "superuser: everything", is_staff=True, is_superuser=True)
        for centre in Centre.objects.filter(code__in=[record["code"] for record in centres]):
            ensure_centre_roles(centre)
            for role, group in (("editor", centre.editors), ("reviewer", centre.reviewers)):
                username = f"{role}-{centre.code}"
                self._account(username, f"{role} of {centre.name_en} only").groups.add(group)

    def _account(self, username: str, role: str, **flags):
        """A demo login with a verified e-mail address, as allauth requires to sign in."""
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@dare-nl.example", **flags}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        self.report.accounts.append((username, DEMO_PASSWORD, role))
        return user
