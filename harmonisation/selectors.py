"""Reads for the harmonisation pages and screens, each in a fixed number of queries."""

from dataclasses import dataclass
from urllib.parse import urlencode

from wagtail.models import Page

from harmonisation.comparison import anchor_labels
from harmonisation.models import Adoption
from knowledge.models import CentrePage, PublishedVersion


def adoptions_for_admin(queryset=None):
    """Adoption records with what their admin list shows, fetched with them."""
    queryset = Adoption.objects.all() if queryset is None else queryset
    return queryset.select_related(
        "centre", "reference__page", "reference__working_group", "followed_version"
    )


# ---- one adoption record, and its local SOP against the reference (public pages) -----------
@dataclass
class AdoptionRecord:
    """An adoption record as its public page shows it, with the pages it names in the
    reader's language (or the language they exist in) and the version numbers that say
    whether the centre follows the reference's current version."""

    adoption: Adoption
    reference_page: Page | None  # live, in the reader's language when translated
    local_sop_page: Page | None  # live, in the reader's language when translated
    centre_page: Page | None
    followed_number: int | None
    current_number: int | None
    changes_url: str  # the reference's version comparison, followed → current
    local_version: PublishedVersion | None  # the local SOP's latest release
    deviation_labels: dict[str, str]  # anchor -> "Procedure, step 2: …"

    @property
    def is_outdated(self) -> bool:
        return bool(self.followed_number and self.current_number) and (
            self.current_number > self.followed_number
        )

    @property
    def deviations(self) -> list:
        return list(self.adoption.deviations.all())

    @property
    def labelled_deviations(self) -> list[tuple]:
        """Each deviation with the name of the section or step it concerns."""
        return [
            (deviation, self.deviation_labels.get(deviation.anchor, deviation.anchor))
            for deviation in self.deviations
        ]


def _in_language(pages: list[Page], translation_key, language: str) -> Page | None:
    """The page of ``translation_key`` in ``language``, else in any language it exists in."""
    candidates = [page for page in pages if page.translation_key == translation_key]
    for page in candidates:
        if page.locale.language_code == language:
            return page
    return candidates[0] if candidates else None


def adoption_record(pk: int, *, language: str) -> AdoptionRecord:
    """Raises ``Adoption.DoesNotExist`` for an unknown record. Seven queries, whatever the
    number of deviations, versions or translations."""
    adoption = (
        Adoption.objects.select_related(
            "centre",
            "reference__page",
            "reference__working_group",
            "followed_version__page__locale",
            "local_sop__locale",
        )
        .prefetch_related("deviations")
        .get(pk=pk)
    )
    reference_key = adoption.reference.translation_key
    local_key = adoption.local_sop.translation_key if adoption.local_sop_id else None
    keys = [key for key in (reference_key, local_key) if key]
    live_pages = list(
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .specific()
        .order_by("pk")
    )
    versions = list(
        PublishedVersion.objects.filter(page__translation_key__in=keys).values(
            "pk", "page_id", "number", "page__translation_key"
        )
    )
    reference_numbers = [
        v["number"] for v in versions if v["page__translation_key"] == reference_key
    ]
    reference_page = _in_language(live_pages, reference_key, language)
    followed_number = adoption.followed_version.number if adoption.followed_version_id else None
    current_number = max(reference_numbers, default=None)

    changes_url = ""
    if followed_number and current_number and current_number > followed_number:
        numbers_by_page: dict[int, set[int]] = {}
        for version in versions:
            numbers_by_page.setdefault(version["page_id"], set()).add(version["number"])
        comparable = [
            page
            for page in (reference_page, adoption.followed_version.page)
            if page is not None
            and page.live
            and {followed_number, current_number} <= numbers_by_page.get(page.pk, set())
        ]
        if comparable:
            page = next(p for p in live_pages if p.pk == comparable[0].pk)
            query = urlencode({"a": followed_number, "b": current_number})
            changes_url = f"{page.version_compare_url}?{query}"

    local_version = None
    local_sop_page = None
    if adoption.local_sop_id:
        local_sop_page = _in_language(live_pages, local_key, language)
        latest = max(
            (v for v in versions if v["page_id"] == adoption.local_sop_id),
            key=lambda v: v["number"],
            default=None,
        )
        if latest is not None:
            local_version = PublishedVersion.objects.get(pk=latest["pk"])
    centre_page = (
        CentrePage.objects.live()
        .filter(centre_id=adoption.centre_id, locale__language_code=language)
        .first()
    )
    return AdoptionRecord(
        adoption=adoption,
        reference_page=reference_page,
        local_sop_page=local_sop_page,
        centre_page=centre_page,
        followed_number=followed_number,
        current_number=current_number,
        changes_url=changes_url,
        local_version=local_version,
        deviation_labels=anchor_labels(local_version.sections) if local_version else {},
    )


def reference_version_for_comparison(record: AdoptionRecord) -> PublishedVersion | None:
    """The followed reference version in the local SOP's language, when the reference was
    released in it under the same number; else the followed version as recorded."""
    adoption = record.adoption
    if not adoption.followed_version_id:
        return None
    if adoption.local_sop_id:
        same_language = PublishedVersion.objects.filter(
            page__translation_key=adoption.reference.translation_key,
            page__locale_id=adoption.local_sop.locale_id,
            number=adoption.followed_version.number,
        ).first()
        if same_language is not None:
            return same_language
    return adoption.followed_version
