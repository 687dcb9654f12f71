"""Builds the harmonisation demo from ``harmonisation/demo/data.py`` (its docstring describes
the data). Every adoption record passes the same rules as the admin form
(``Adoption.full_clean`` and ``rules.deviation_errors``), so a mistake in the data stops the
load with the rule's own message instead of leaving a record the admin would refuse."""

import copy
import json
import uuid
from datetime import date

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from harmonisation import rules
from harmonisation.demo import data
from harmonisation.models import (
    Adoption,
    AdoptionStatus,
    Deviation,
    HarmonisationPage,
    HarmonisedReference,
    WorkingGroup,
)
from harmonisation.workflows import COMMITTEE_GROUP, ensure_committee, ensure_reference_workflow
from knowledge.models import CentrePage, HomePage, ProtocolPage, PublishedVersion, QCMethodPage

LANGUAGES = data.LANGUAGES
# What a local SOP copies from the reference version it follows, per kind of document.
COPIED_FIELDS = {
    ProtocolPage: {
        "plain": ("modality", "process_stage", "purpose", "scope"),
        "streams": (
            "responsibilities",
            "materials",
            "equipment",
            "procedure",
            "acceptance_criteria",
            "references",
        ),
    },
    QCMethodPage: {
        "plain": (
            "quality_attribute",
            "method_principle",
            "pharmacopoeia_reference",
            "sample_requirements",
            "validation_status",
            "turnaround_time",
        ),
        "streams": ("acceptance_criteria", "references"),
    },
}
SUMMARY = {
    "nl": "Lokaal voorschrift van {centre}, afgeleid van het geharmoniseerde referentievoorschrift "
    "{reference} (versie {version}).",
    "en": "Local SOP of {centre}, derived from the harmonised reference {reference} "
    "(version {version}).",
}
CHANGE_NOTE = {
    "nl": "Eerste uitgave, afgeleid van {reference} versie {version}.",
    "en": "First issue, derived from {reference} version {version}.",
}


def load_demo_content(report, stdout=None) -> None:
    """``report.count(kind, created)`` is told what was made and what was already there; the
    committee member joins ``report.accounts``."""
    documents = _documents()
    centre_pages = _centre_pages()
    if documents is None or len(centre_pages) != len(data.CENTRES) * len(LANGUAGES):
        if stdout is not None:
            stdout.write("Harmonisation demo skipped: the knowledge demo content is missing.\n")
        return
    with transaction.atomic():
        _matrix_pages(report)
        groups = _working_groups(report)
        builder = _Builder(report, documents, centre_pages)
        for entry in data.REFERENCES:
            reference = builder.reference(entry, groups[entry["working_group"]])
            for code, spec in entry["adoptions"].items():
                builder.adoption(reference, entry["identifier"], code, spec)
        _committee_member(report)


def _documents() -> dict | None:
    """The live pages of every identifier the data names, ``{identifier: {language: page}}``;
    None when one is missing."""
    wanted = {entry["identifier"] for entry in data.REFERENCES}
    wanted |= {
        spec["local_document"]
        for entry in data.REFERENCES
        for spec in entry["adoptions"].values()
        if spec.get("local_document")
    }
    documents: dict[str, dict] = {}
    for model in (ProtocolPage, QCMethodPage):
        for page in model.objects.live().filter(identifier__in=wanted).select_related("locale"):
            documents.setdefault(page.identifier, {})[page.locale.language_code] = page
    return documents if set(documents) == wanted else None


def _centre_pages() -> dict[tuple[str, str], CentrePage]:
    pages = CentrePage.objects.filter(centre__code__in=data.CENTRES).select_related(
        "centre", "locale"
    )
    return {(page.centre.code, page.locale.language_code): page for page in pages}


def _matrix_pages(report) -> None:
    source = None
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        page = HarmonisationPage.objects.filter(locale=locale).first()
        report.count("harmonisation page", page is None)
        if page is None:
            content = data.PAGE[language]
            page = HarmonisationPage(locale=locale, show_in_menus=True, **content)
            if source is not None:
                page.translation_key = source.translation_key
            HomePage.objects.get(locale=locale).add_child(instance=page)
            page.save_revision().publish()
        source = page


def _working_groups(report) -> dict[str, WorkingGroup]:
    groups = {}
    for entry in data.WORKING_GROUPS:
        group, created = WorkingGroup.objects.get_or_create(
            code=entry["code"], defaults={"name_nl": entry["name_nl"], "name_en": entry["name_en"]}
        )
        report.count("working group", created)
        groups[group.code] = group
    return groups


def _item_id(identifier: str, field: str, position: int) -> str:
    """The same anchor for an item in every language of a local SOP, and on every run."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"dare-nl:{identifier}:{field}:{position}"))


def _anchor(identifier: str, anchor) -> str:
    if isinstance(anchor, str):
        return anchor  # a whole section, by its key
    field, position = anchor
    return _item_id(identifier, field, position)


class _Builder:
    def __init__(self, report, documents, centre_pages):
        self.report = report
        self.documents = documents
        self.centre_pages = centre_pages

    def reference(self, entry, group) -> HarmonisedReference:
        pages = self.documents[entry["identifier"]]
        page = pages.get("nl") or pages["en"]
        reference = HarmonisedReference.objects.filter(translation_key=page.translation_key).first()
        self.report.count("harmonised reference", reference is None)
        if reference is None:
            reference = HarmonisedReference.objects.create(page=page, working_group=group)
            ensure_reference_workflow(reference)
        return reference

    def adoption(self, reference, identifier, code, spec) -> None:
        centre = self.centre_pages[(code, "nl")].centre
        if Adoption.objects.filter(centre=centre, reference=reference).exists():
            self.report.count("adoption record", False)
            return
        status = spec["status"]
        local_sop, followed, deviations = None, None, []
        versions = {
            version.number: version
            for version in PublishedVersion.objects.filter(page=reference.page)
        }
        if status == "own":
            status, local_sop, followed = (
                AdoptionStatus.ADOPTED,
                reference.page,
                versions[max(versions)],
            )
        elif status == AdoptionStatus.ADOPTED:
            followed = versions[spec.get("follows") or max(versions)]
            local_identifier = identifier.replace("DARE", data.CENTRES[code]["prefix"], 1)
            local_sop = self.local_sop(local_identifier, identifier, code, followed.number, spec)
        elif status == AdoptionStatus.ADOPTED_WITH_DEVIATIONS:
            definition = data.LOCAL_SOPS[spec["local"]]
            followed = versions[max(versions)]
            local_sop = self.local_sop(spec["local"], identifier, code, followed.number, spec)
            deviations = [
                Deviation(
                    anchor=_anchor(spec["local"], item["anchor"]),
                    what=item["what"],
                    why=item["why"],
                )
                for item in definition["deviations"]
            ]
        elif spec.get("local_document"):
            local_sop = self.documents[spec["local_document"]]["nl"]
        contact = data.CENTRES[code]
        record = Adoption(
            centre=centre,
            reference=reference,
            status=status,
            status_date=date.fromisoformat(spec["date"]),
            local_sop=local_sop,
            followed_version=followed,
            contact_name=contact["contact_name"],
            contact_email=contact["contact_email"],
            note=spec.get("note", ""),
        )
        record.full_clean()
        errors = rules.deviation_errors(local_sop, [deviation.anchor for deviation in deviations])
        if errors:
            raise ValidationError(f"{spec.get('local')}: {errors}")
        record.deviations = deviations
        record.save()
        self.report.count("adoption record", True)

    def local_sop(self, identifier, reference_identifier, code, number, spec):
        """The centre's local SOP ``identifier`` in every language of the reference, made from
        the reference's version ``number`` with the data's changes; returns the Dutch page."""
        definition = data.LOCAL_SOPS.get(identifier, {"changes": []})
        effective = date.fromisoformat(spec["date"])
        made = {}
        source_pages = self.documents[reference_identifier]
        for language in LANGUAGES:
            if language not in source_pages:
                continue
            model = type(source_pages[language])
            existing = model.objects.filter(
                locale__language_code=language, identifier=identifier
            ).first()
            self.report.count("local SOP", existing is None)
            if existing is None:
                version = PublishedVersion.objects.get(page=source_pages[language], number=number)
                existing = self._derived_page(
                    version.revision.as_object(), identifier, code, language, definition["changes"]
                )
                existing.summary = SUMMARY[language].format(
                    centre=data.CENTRES[code]["short"],
                    reference=reference_identifier,
                    version=number,
                )
                existing.change_note = CHANGE_NOTE[language].format(
                    reference=reference_identifier, version=number
                )
                existing.effective_date = effective
                existing.next_review_date = effective.replace(year=effective.year + 2)
                translation = next(iter(made.values()), None)
                if translation is not None:
                    existing.translation_key = translation.translation_key
                self.centre_pages[(code, language)].add_child(instance=existing)
                if isinstance(existing, QCMethodPage):
                    existing.performed_by.set([self.centre_pages[(code, language)]])
                existing.save_revision().publish()
            made[language] = existing
        return made.get("nl") or made["en"]

    def _derived_page(self, source, identifier, code, language, changes):
        model = type(source)
        fields = COPIED_FIELDS[model]
        page = model(
            locale=source.locale,
            identifier=identifier,
            title=f"{source.title} ({data.CENTRES[code]['short']})",
            slug=slugify(identifier),
            version=1,
            status="effective",
            **{name: getattr(source, name) for name in fields["plain"]},
        )
        streams = {
            name: [
                {**copy.deepcopy(dict(block)), "id": _item_id(identifier, name, position)}
                for position, block in enumerate(getattr(source, name).raw_data, start=1)
            ]
            for name in fields["streams"]
        }
        removed = set()
        for change in changes:
            field = change["field"]
            if "position" not in change:
                if "append" in change:
                    setattr(page, field, getattr(page, field) + change["append"][language])
                else:
                    setattr(page, field, change["set"][language])
            elif change.get("remove"):
                removed.add((field, change["position"]))
            else:
                streams[field][change["position"] - 1]["value"].update(change["set"][language])
        for name, blocks in streams.items():
            kept = [
                block
                for position, block in enumerate(blocks, start=1)
                if (name, position) not in removed
            ]
            setattr(page, name, json.dumps(kept))
        return page


def _committee_member(report) -> None:
    """A member of the harmonisation committee, listed after the superuser: the committee
    approves harmonised references on top of the centres' own reviewers."""
    ensure_committee()
    username = data.COMMITTEE["username"]
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@dare-nl.example"}
    )
    if created:
        user.set_password(report.password)
        user.save()
    user.groups.add(Group.objects.get(name=COMMITTEE_GROUP))
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    report.accounts.insert(1, (username, report.password, data.COMMITTEE["role"]))
