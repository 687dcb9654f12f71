"""Builders for harmonisation tests, on top of knowledge's small bilingual site: a working
group, a reference with released versions, and adoptions by centres."""

from datetime import date

from harmonisation.models import (
    Adoption,
    AdoptionStatus,
    Deviation,
    HarmonisationPage,
    HarmonisedReference,
    WorkingGroup,
)
from knowledge import factories as knowledge
from knowledge.models import PublishedVersion


def working_group(code="car-t-starting-material", name_nl="CAR-T uitgangsmateriaal", name_en=None):
    group, _ = WorkingGroup.objects.get_or_create(
        code=code, defaults={"name_nl": name_nl, "name_en": name_en or name_nl}
    )
    return group


def reference(page, group=None) -> HarmonisedReference:
    """Make ``page`` (and its translations) a harmonised reference."""
    return HarmonisedReference.objects.create(page=page, working_group=group or working_group())


def latest_version(page) -> PublishedVersion:
    return PublishedVersion.objects.filter(page=page).order_by("-number").first()


def adoption(
    centre_page,
    harmonised: HarmonisedReference,
    status=AdoptionStatus.ADOPTED,
    local_sop=None,
    followed_version=None,
    deviations=(),
    **fields,
) -> Adoption:
    """An adoption record of ``centre_page``'s centre, with ``deviations`` as (anchor, what,
    why) triples. Following statuses default to the reference's latest version."""
    if followed_version is None and status in (
        AdoptionStatus.ADOPTED,
        AdoptionStatus.ADOPTED_WITH_DEVIATIONS,
    ):
        followed_version = latest_version(harmonised.page)
    record = Adoption.objects.create(
        centre=centre_page.centre,
        reference=harmonised,
        status=status,
        status_date=fields.pop("status_date", date(2026, 3, 1)),
        local_sop=local_sop,
        followed_version=followed_version,
        **fields,
    )
    for anchor, what, why in deviations:
        Deviation.objects.create(adoption=record, anchor=anchor, what=what, why=why)
    return record


def matrix_pages(site) -> dict:
    """The harmonisation page in nl and en, added to ``knowledge.factories.build_site()``."""
    page_nl = knowledge.add_page(
        site["home_nl"],
        HarmonisationPage(title="Harmonisatie", slug="harmonisatie", locale=knowledge.locale("nl")),
    )
    page_en = knowledge.add_page(
        site["home_en"],
        HarmonisationPage(
            title="Harmonisation", slug="harmonisation", locale=knowledge.locale("en")
        ),
        translation_of=page_nl,
    )
    return {"harmonisation_nl": page_nl, "harmonisation_en": page_en}
