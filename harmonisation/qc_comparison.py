"""The cross-centre QC comparison: for one quality attribute (sterility, endotoxin…), how each
centre tests it, read from the centres' QC method pages, and whether the centre follows the
consortium's harmonised method for that attribute (an adoption, as is or with deviations, of
a harmonised reference that is a QC method for the attribute).

A QC method appears once for the centre it lives under and once for every centre listed as
performing it. Pages are read in the reader's language, or in the other where they have no
translation. A fixed number of queries, whatever the number of centres and methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import unescape

from django.db.models import Prefetch
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Locale

from harmonisation.matrix import centre_name
from harmonisation.models import FOLLOWING_STATUSES, Adoption, AdoptionStatus, HarmonisedReference
from knowledge.models import Centre, CentrePage, QCMethodPage
from knowledge.ownership import owning_page_in, owning_pages_by_path
from knowledge.selectors import in_reader_language
from knowledge.taxonomy import QualityAttribute, ValidationStatus

PRINCIPLE_WORDS = 30


@dataclass(frozen=True)
class AttributeSummary:
    code: str
    label: str
    method_count: int
    harmonised: bool


@dataclass(frozen=True)
class Following:
    """How a centre stands to the harmonised method: ``kind`` is "reference" (this method is
    the harmonised one), "follows", "other" (an adoption with another status) or "none"."""

    kind: str
    status_label: str = ""
    url: str = ""


@dataclass(frozen=True)
class MethodRow:
    centre: str
    title: str
    url: str
    language: str
    other_language: bool
    identifier: str
    principle: str
    pharmacopoeia_reference: str
    turnaround_time: str
    validation_status: str
    following: Following


def plain_principle(html: str) -> str:
    """The method principle as short plain text: the rich text's words, at most 30."""
    return Truncator(" ".join(unescape(strip_tags(html or "")).split())).words(PRINCIPLE_WORDS)


def _methods(locale: Locale):
    return in_reader_language(QCMethodPage.objects.live().public(), locale)


def attribute_overview(*, locale: Locale) -> list[AttributeSummary]:
    """Every quality attribute, with how many QC methods (in the reader's language) test it
    and whether the consortium has a harmonised method for it."""
    counts: dict[str, int] = {}
    for code in _methods(locale).values_list("quality_attribute", flat=True):
        counts[code] = counts.get(code, 0) + 1
    harmonised = set(
        QCMethodPage.objects.filter(
            translation_key__in=HarmonisedReference.objects.values("translation_key")
        ).values_list("quality_attribute", flat=True)
    )
    return [
        AttributeSummary(code, str(label), counts.get(code, 0), code in harmonised)
        for code, label in QualityAttribute.choices
    ]


def _adoptions_by_centre(attribute: str) -> dict[int, list[dict]]:
    """The adoptions of the harmonised QC methods for ``attribute``, by centre id."""
    keys = QCMethodPage.objects.filter(quality_attribute=attribute).values("translation_key")
    adoptions = Adoption.objects.filter(reference__translation_key__in=keys).values(
        "pk", "centre_id", "status", "local_sop__translation_key"
    )
    by_centre: dict[int, list[dict]] = {}
    for adoption in adoptions:
        by_centre.setdefault(adoption["centre_id"], []).append(adoption)
    return by_centre


def _following(method, centre: Centre, references: set, adoptions: dict, adoption_url):
    if method.translation_key in references:
        return Following("reference")
    candidates = adoptions.get(centre.pk, [])
    if not candidates:
        return Following("none")
    # The adoption that names this method as the local SOP says most; then a following one.
    adoption = max(
        candidates,
        key=lambda item: (
            item["local_sop__translation_key"] == method.translation_key,
            item["status"] in FOLLOWING_STATUSES,
        ),
    )
    kind = "follows" if adoption["status"] in FOLLOWING_STATUSES else "other"
    return Following(
        kind, str(AdoptionStatus(adoption["status"]).label), adoption_url(adoption["pk"])
    )


def compare_attribute(*, attribute: str, locale: Locale, adoption_url, request=None):
    """One row per centre and QC method testing ``attribute``, by centre name."""
    language = locale.language_code
    methods = (
        _methods(locale)
        .filter(quality_attribute=attribute)
        .select_related("locale")
        .prefetch_related(
            Prefetch(
                "performed_by",
                queryset=CentrePage.objects.exclude(centre=None).select_related("centre"),
            )
        )
    )
    owners = owning_pages_by_path()
    references = set(
        HarmonisedReference.objects.filter(
            translation_key__in=QCMethodPage.objects.filter(quality_attribute=attribute).values(
                "translation_key"
            )
        ).values_list("translation_key", flat=True)
    )
    adoptions = _adoptions_by_centre(attribute)
    validation_labels = dict(ValidationStatus.choices)
    rows = []
    for method in methods:
        owner = owning_page_in(method, owners)
        centres = {page.centre.pk: page.centre for page in method.performed_by.all()}
        if owner is not None:
            centres[owner.centre.pk] = owner.centre
        for centre in centres.values():
            rows.append(
                MethodRow(
                    centre=centre_name(centre, language),
                    title=method.title,
                    url=method.get_url(request),
                    language=method.locale.language_code,
                    other_language=method.locale.language_code != language,
                    identifier=method.identifier,
                    principle=plain_principle(method.method_principle),
                    pharmacopoeia_reference=method.pharmacopoeia_reference,
                    turnaround_time=method.turnaround_time,
                    validation_status=str(
                        validation_labels.get(method.validation_status, method.validation_status)
                    ),
                    following=_following(method, centre, references, adoptions, adoption_url),
                )
            )
    rows.sort(key=lambda row: (row.centre.casefold(), row.title.casefold()))
    return rows
