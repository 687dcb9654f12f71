"""Reads for periodic review: which effective documents of which centres are overdue or due
soon, and who is to be reminded, for the dashboard panel and ``send_review_reminders``. Each is
a fixed number of queries whatever the number of centres and documents.

A document is one translation group: its Dutch and English pages share a ``translation_key``
and normally a review date, so it is listed once, in the reader's language where it exists."""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from knowledge.models import Centre, CentrePage, ProtocolPage, QCMethodPage
from knowledge.ownership import owner_in
from knowledge.taxonomy import DocumentStatus

# Documents due within this many days are listed as "due soon" beside the overdue ones.
DUE_SOON_DAYS = 60
REVIEWED_MODELS = (ProtocolPage, QCMethodPage)


@dataclass(frozen=True)
class DueReview:
    page: ProtocolPage | QCMethodPage
    centre: Centre
    due_date: date
    overdue: bool

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def review_centres_of_user(user):
    """The centres whose editor or reviewer group ``user`` is in (every centre for a
    superuser): both keep the centre's documents current."""
    if isinstance(user, AnonymousUser) or not user.is_active:
        return Centre.objects.none()
    if user.is_superuser:
        return Centre.objects.all()
    groups = user.groups.all()
    return Centre.objects.filter(Q(editors__in=groups) | Q(reviewers__in=groups)).distinct()


def due_reviews(*, centres=None, today=None, within_days=DUE_SOON_DAYS, language=None):
    """Live, effective documents of ``centres`` (a queryset; all centres if None) whose next
    review is at most ``within_days`` after ``today``, soonest first; one per document and due
    date, in ``language`` where the document has it."""
    today = today or timezone.localdate()
    centre_pages = CentrePage.objects.exclude(centre=None).select_related("centre")
    if centres is not None:
        centre_pages = centre_pages.filter(centre__in=centres)
    owners = {page.path: page.centre for page in centre_pages.only("path", "centre")}
    if not owners:
        return []
    under_owners = reduce(or_, (Q(path__startswith=path) for path in owners))
    found = {}
    for model in REVIEWED_MODELS:
        pages = (
            model.objects.live()
            .filter(
                under_owners,
                status=DocumentStatus.EFFECTIVE,
                next_review_date__lte=today + timedelta(days=within_days),
            )
            .select_related("locale")
            .only(
                "title",
                "draft_title",
                "path",
                "depth",
                "translation_key",
                "locale__language_code",
                "identifier",
                "next_review_date",
            )
            .order_by("path")
        )
        for page in pages:
            key = (page.translation_key, page.next_review_date)
            if key not in found or page.locale.language_code == language:
                found[key] = page
    reviews = [
        DueReview(
            page=page,
            centre=owner_in(page, owners),
            due_date=page.next_review_date,
            overdue=page.next_review_date < today,
        )
        for page in found.values()
    ]
    return sorted(reviews, key=lambda review: (review.due_date, review.page.identifier))


def editors_by_centre(centre_ids) -> dict[int, list]:
    """The active editors with an e-mail address of each centre, their Wagtail profile (for
    their language) fetched with them: the owners a review reminder goes to."""
    centre_of_group = dict(
        Centre.objects.filter(pk__in=centre_ids).exclude(editors=None).values_list("editors", "pk")
    )
    rows = (
        get_user_model()
        .groups.through.objects.filter(group__in=centre_of_group, user__is_active=True)
        .exclude(user__email="")
        .select_related("user__wagtail_userprofile")
        .order_by("user__username")
    )
    editors = {}
    for row in rows:
        editors.setdefault(centre_of_group[row.group_id], []).append(row.user)
    return editors


def preferred_language(user) -> str:
    """The language the user chose for the admin (Wagtail's profile), else the site's."""
    try:
        profile = user.wagtail_userprofile
    except UserProfile.DoesNotExist:
        return settings.LANGUAGE_CODE
    return profile.preferred_language or settings.LANGUAGE_CODE
