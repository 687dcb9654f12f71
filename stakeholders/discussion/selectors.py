"""Reads for a consultation's discussion: a page of threads with their replies, the SOP view's
comments per step, and what the reader may do with each comment, in a fixed number of queries
however many comments there are (authors, profiles, versions and the reader's endorsements
come in one query each, never one per comment)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from dare_platform.pages import in_language
from knowledge.labels import SECTION_LABELS
from knowledge.models import ProtocolPage, PublishedVersion
from stakeholders.discussion.services import can_edit
from stakeholders.models import (
    Comment,
    CommentState,
    ConsultationPhase,
    Endorsement,
    Follow,
    Stance,
    Suspension,
)
from stakeholders.roles import StakeholderRole

THREADS_PER_PAGE = 20
SORTS = {
    "newest": (gettext_lazy("Newest first"), ("-created_at", "-pk")),
    "oldest": (gettext_lazy("Oldest first"), ("created_at", "pk")),
    "endorsed": (gettext_lazy("Most endorsed"), ("-endorsement_count", "-created_at", "-pk")),
}
DEFAULT_SORT = "newest"
_ROLE_LABELS = dict(StakeholderRole.choices)


def sort_or_default(value: str | None) -> str:
    return value if value in SORTS else DEFAULT_SORT


# ---- Anchors --------------------------------------------------------------------------------
@dataclass(frozen=True)
class AnchoredItem:
    """An item of a released SOP version that comments can point at."""

    anchor: str
    section: str
    number: int  # its position in its section, as the protocol page numbers its steps
    title: str


def anchored_items(version: PublishedVersion) -> dict[str, AnchoredItem]:
    """The items of ``version`` by anchor (the item's block id, which protocol pages use for
    their own anchors too)."""
    return {
        item["id"]: AnchoredItem(item["id"], section["key"], number, item.get("title", ""))
        for section in version.sections
        if section.get("kind") == "items"
        for number, item in enumerate(section["items"], start=1)
        if item.get("id")
    }


def anchor_label(item: AnchoredItem, *, identifier: str, version_number: int) -> str:
    """ "On step 3 of DARE-SOP-0001 v2"."""
    values = {"number": item.number, "document": identifier, "version": version_number}
    if item.section == "procedure":
        return _("On step %(number)s of %(document)s v%(version)s") % values
    values["section"] = SECTION_LABELS.get(item.section, item.section)
    return _("On %(section)s, item %(number)s, of %(document)s v%(version)s") % values


def _version_labels(comments: list[Comment]) -> dict[tuple[int, str], tuple[str, int]]:
    """The label and protocol page of each anchor the comments among ``comments`` point at:
    one query for their versions."""
    version_ids = {comment.version_id for comment in comments if comment.is_anchored}
    if not version_ids:
        return {}
    labels = {}
    versions = PublishedVersion.objects.filter(pk__in=version_ids).select_related(
        "page__protocolpage"
    )
    for version in versions:
        protocol = getattr(version.page, "protocolpage", None)
        identifier = protocol.identifier if protocol is not None else version.title
        for anchor, item in anchored_items(version).items():
            labels[version.pk, anchor] = (
                anchor_label(item, identifier=identifier, version_number=version.number),
                version.page_id,
            )
    return labels


# ---- Protocols a consultation asks about ----------------------------------------------------
def sop_pages(consultation, locale: Locale) -> dict[int, ProtocolPage]:
    """The consultation's live linked protocols, each in ``locale`` where translated, keyed by
    both the linked page's id and the shown page's id (a link may name either): two queries."""
    linked = [
        link.protocol
        for link in consultation.linked_protocols.select_related("protocol__locale")
        if link.protocol.live
    ]
    shown = in_language(linked, locale.language_code, ProtocolPage)
    pages = {}
    for original, translation in zip(linked, shown, strict=True):
        pages[original.pk] = pages[translation.pk] = translation
    return pages


# ---- What the reader sees and may do --------------------------------------------------------
@dataclass(frozen=True)
class Viewer:
    """The reader and what they may do in this consultation now."""

    user: object
    phase: str
    suspended: bool
    now: datetime

    @property
    def may_write(self) -> bool:
        return (
            self.user.is_authenticated
            and self.phase == ConsultationPhase.OPEN
            and not self.suspended
        )


def viewer_for(user, consultation, *, now: datetime) -> Viewer:
    suspended = user.is_authenticated and Suspension.objects.filter(user=user).exists()
    return Viewer(user=user, phase=consultation.phase_at(now), suspended=suspended, now=now)


@dataclass
class CommentNode:
    """A comment as shown: its author's public name and role, its replies, the reader's
    endorsement and what the reader may do with it."""

    comment: Comment
    viewer: Viewer
    thread_locked: bool
    endorsed: bool = False
    anchor_label: str = ""
    anchor_page_id: int | None = None  # the protocol whose SOP view shows the anchor
    replies: list[CommentNode] = field(default_factory=list)

    @property
    def pk(self) -> int:
        return self.comment.pk

    @property
    def author_name(self) -> str:
        author = self.comment.author
        if author is None:
            return _("Deleted participant")
        profile = getattr(author, "stakeholder_profile", None)
        return profile.display_name if profile is not None else author.get_username()

    @property
    def author_role(self) -> str:
        profile = getattr(self.comment.author, "stakeholder_profile", None)
        return str(_ROLE_LABELS.get(profile.role, "")) if profile is not None else ""

    @property
    def is_own(self) -> bool:
        user = self.viewer.user
        return user.is_authenticated and self.comment.author_id == user.pk

    @property
    def is_visible(self) -> bool:
        return self.comment.state == CommentState.PUBLISHED

    @property
    def can_endorse(self) -> bool:
        return self.viewer.may_write and self.is_visible and not self.is_own

    @property
    def can_reply(self) -> bool:
        return self.viewer.may_write and self.is_visible and not self.thread_locked

    @property
    def can_edit(self) -> bool:
        return can_edit(self.comment, self.viewer.user, now=self.viewer.now)

    @property
    def can_delete(self) -> bool:
        return self.is_own and self.comment.state in (CommentState.PUBLISHED, CommentState.PENDING)

    @property
    def can_report(self) -> bool:
        return self.is_visible and not self.is_own and not self.viewer.suspended


def _visible_to(user) -> Q:
    """Every comment but others' comments awaiting moderation."""
    if user.is_authenticated:
        return ~Q(state=CommentState.PENDING) | Q(author=user)
    return ~Q(state=CommentState.PENDING)


def _with_authors(comments):
    return comments.select_related("author__stakeholder_profile")


def _anchor_fields(label: tuple[str, int] | None) -> dict:
    if label is None:
        return {}
    return {"anchor_label": label[0], "anchor_page_id": label[1]}


def _nodes(comments: list[Comment], viewer: Viewer, *, locked_threads: set[int]) -> list:
    """The comments as nodes, replies under their parents; the thread heads (comments whose
    parent is not among ``comments``) in the order given."""
    endorsed = set()
    if viewer.user.is_authenticated and comments:
        endorsed = set(
            Endorsement.objects.filter(
                user=viewer.user, comment__in=[comment.pk for comment in comments]
            ).values_list("comment_id", flat=True)
        )
    labels = _version_labels(comments)
    nodes = {
        comment.pk: CommentNode(
            comment=comment,
            viewer=viewer,
            thread_locked=(comment.thread_id or comment.pk) in locked_threads,
            endorsed=comment.pk in endorsed,
            **_anchor_fields(labels.get((comment.version_id, comment.anchor))),
        )
        for comment in comments
    }
    heads = []
    for comment in comments:
        parent = nodes.get(comment.parent_id)
        if parent is not None:
            parent.replies.append(nodes[comment.pk])
        else:
            heads.append(nodes[comment.pk])
    return heads


# ---- The consultation page ------------------------------------------------------------------
@dataclass(frozen=True)
class Discussion:
    threads: list[CommentNode]
    page_obj: object
    sort: str
    comment_count: int
    tally: dict[str, int]


def discussion_page(consultation, *, viewer: Viewer, sort: str, page_number) -> Discussion:
    """One page of threads in ``sort`` order, each with its replies oldest first, and the
    counts above them: five queries (six with a reader's endorsements), whatever the number
    of comments."""
    totals = counts(consultation, user=viewer.user)
    visible = Comment.objects.filter(consultation=consultation).filter(_visible_to(viewer.user))
    heads = _with_authors(visible.filter(parent__isnull=True)).order_by(*SORTS[sort][1])
    paginator = Paginator(heads, THREADS_PER_PAGE)
    paginator.count = totals.pop("thread_count")  # counted with the tally: no query of its own
    page_obj = paginator.get_page(page_number)
    threads = list(page_obj.object_list)
    replies = list(
        _with_authors(visible.filter(thread__in=[head.pk for head in threads])).order_by(
            "created_at", "pk"
        )
    )
    locked = {head.pk for head in threads if head.locked}
    return Discussion(
        threads=_nodes(threads + replies, viewer, locked_threads=locked),
        page_obj=page_obj,
        sort=sort,
        **totals,
    )


def counts(consultation, *, user) -> dict:
    """The threads ``user`` sees, the published comments and the stances of the published
    comments that took one: one query."""
    published = Q(state=CommentState.PUBLISHED)
    totals = Comment.objects.filter(consultation=consultation).aggregate(
        thread_count=Count("pk", filter=Q(parent__isnull=True) & _visible_to(user)),
        comment_count=Count("pk", filter=published),
        **{stance: Count("pk", filter=published & Q(stance=stance)) for stance in Stance.values},
    )
    return {
        "thread_count": totals.pop("thread_count"),
        "comment_count": totals.pop("comment_count"),
        "tally": {stance: totals[stance] for stance in Stance.values},
    }


def thread_page_number(comment: Comment, *, user) -> int:
    """The page of the default sort that shows ``comment``'s thread to ``user``: one query."""
    head = comment.thread or comment
    newer = (
        Comment.objects.filter(consultation_id=comment.consultation_id, parent__isnull=True)
        .filter(_visible_to(user))
        .filter(Q(created_at__gt=head.created_at) | Q(created_at=head.created_at, pk__gt=head.pk))
        .count()
    )
    return newer // THREADS_PER_PAGE + 1


def following(consultation, user) -> Follow | None:
    if not user.is_authenticated:
        return None
    return Follow.objects.filter(consultation=consultation, user=user).first()


# ---- The consultation view of an SOP --------------------------------------------------------
@dataclass(frozen=True)
class SopItem:
    item: dict
    number: int
    threads: list[CommentNode]
    comment_count: int

    @property
    def anchor(self) -> str:
        return self.item["id"]


@dataclass(frozen=True)
class SopSection:
    key: str
    kind: str
    text: str
    items: list[SopItem]


def latest_version(protocol: ProtocolPage) -> PublishedVersion | None:
    return PublishedVersion.objects.filter(page=protocol).order_by("-number").first()


def sop_sections(consultation, version: PublishedVersion, *, viewer: Viewer) -> list[SopSection]:
    """``version``'s sections that have content, each item with the threads anchored to it
    in this consultation (on this or an earlier version of the same protocol: an item keeps
    its anchor across versions) and its count of published comments: two queries (three with
    a reader's endorsements)."""
    comments = list(
        _with_authors(
            Comment.objects.filter(
                consultation=consultation,
                version__page_id=version.page_id,
                anchor__in=list(anchored_items(version)),
            ).filter(_visible_to(viewer.user))
        ).order_by("created_at", "pk")
    )
    locked = {comment.pk for comment in comments if comment.locked}
    threads_by_anchor: dict[str, list[CommentNode]] = {}
    for node in _nodes(comments, viewer, locked_threads=locked):
        threads_by_anchor.setdefault(node.comment.anchor, []).append(node)
    counted: dict[str, int] = {}
    for comment in comments:
        if comment.state == CommentState.PUBLISHED:
            counted[comment.anchor] = counted.get(comment.anchor, 0) + 1
    return [
        SopSection(
            key=section["key"],
            kind=section.get("kind", ""),
            text=section.get("text", ""),
            items=[
                SopItem(
                    item=item,
                    number=number,
                    threads=threads_by_anchor.get(item.get("id"), []),
                    comment_count=counted.get(item.get("id"), 0),
                )
                for number, item in enumerate(section.get("items", []), start=1)
            ],
        )
        for section in version.sections
        if section.get("text") or section.get("items")
    ]
