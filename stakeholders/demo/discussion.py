"""The demo consultations' discussions and the people in them: participant accounts (with a
profile and a verified address) and a comment moderator, threads with replies, endorsements and
stances, comments anchored to steps of a linked SOP's latest released version, and one
reported comment waiting in the moderation queue.

Written straight to the models rather than through the discussion services: the closed
consultation's comments were posted while it was open, and a demo load must not e-mail anyone.
Idempotent: each comment has a fixed ``submission_key``, so a second load finds it and leaves it
(and its date) as it is.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import F
from django.utils import timezone

from knowledge.models import PublishedVersion
from stakeholders.demo.threads import MODERATOR, PARTICIPANTS, THREADS
from stakeholders.discussion import services
from stakeholders.discussion.sanitise import comment_html
from stakeholders.models import Comment, Endorsement, Profile, Report, StakeholderRole
from stakeholders.moderation import MODERATORS_GROUP
from stakeholders.moderation.roles import ensure_moderators_group

DEMO_DOMAIN = "dare-nl.example"
SUBMISSION_KEYS = uuid.UUID("5b0c7d1e-4a43-4f0e-9d55-2d6c0f1a9e21")  # the demo's uuid5 namespace


def load_discussions(report, pages: dict[str, dict]) -> None:
    """``pages`` maps a consultation's key to its page per language."""
    people = _participants(report)
    _moderator(report)
    now = timezone.now()
    for key, threads in THREADS.items():
        for language, page in pages.get(key, {}).items():
            thread_loader = _Threads(page, language, people, now)
            for thread in threads:
                thread_loader.add(thread, parent=None)


# ---- Accounts -------------------------------------------------------------------------------
def _account(report, username: str, description: str):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@{DEMO_DOMAIN}"}
    )
    if created:
        user.set_password(report.password)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    report.accounts.append((username, report.password, description))
    return user


def _participants(report) -> dict[str, object]:
    people = {}
    for person in PARTICIPANTS:
        role = StakeholderRole(person["role"])
        user = _account(report, person["username"], f"participant: {role.replace('_', ' ')}")
        Profile.objects.get_or_create(
            user=user,
            defaults={
                "display_name": person["display_name"],
                "role": role,
                "organisation": person["organisation"],
                "preferred_language": person["language"],
                "consented_at": timezone.now(),
            },
        )
        people[person["key"]] = user
    return people


def _moderator(report):
    ensure_moderators_group()
    user = _account(report, MODERATOR["username"], MODERATOR["description"])
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


# ---- Threads --------------------------------------------------------------------------------
class _Threads:
    def __init__(self, page, language: str, people: dict, now):
        self.page, self.language, self.people = page, language, people
        # Comments are dated within the open period, and never in the future.
        self.latest = min(page.closes_at, now) - timedelta(minutes=5)
        self.page_key = f"{page.translation_key}/{language}"

    def add(self, record: dict, parent: Comment | None) -> Comment:
        author = self.people[record["author"]]
        key = uuid.uuid5(SUBMISSION_KEYS, f"{self.page_key}/{record['key']}")
        comment = Comment.objects.filter(author=author, submission_key=key).first()
        if comment is None:
            comment = self._create(record, author, key, parent)
        for endorser in record.get("endorsed_by", []):
            self._endorse(comment, self.people[endorser])
        if "report" in record:
            self._report(comment, record["report"])
        for reply in record.get("replies", []):
            self.add(reply, parent=comment)
        return comment

    def _create(self, record, author, key, parent) -> Comment:
        text = record[self.language]
        if parent is None:
            version, anchor = self._anchor(record.get("anchor"))
            fields = {"version": version, "anchor": anchor, "stance": record.get("stance", "")}
        else:
            thread = parent.thread or parent
            fields = {
                "thread": thread,
                "parent": parent,
                "depth": parent.depth + 1,
                "version_id": thread.version_id,
                "anchor": thread.anchor,
            }
        comment = Comment.objects.create(
            consultation=self.page,
            author=author,
            text=text,
            html=comment_html(text),
            submission_key=key,
            **fields,
        )
        posted = min(self.page.opens_at + timedelta(days=record["days"]), self.latest)
        Comment.objects.filter(pk=comment.pk).update(created_at=posted)
        return comment

    def _anchor(self, spec: dict | None):
        """The latest released version of the linked SOP and the anchor of the step asked
        for; no anchor when the SOP or its versions are missing."""
        if spec is None:
            return None, ""
        link = self.page.linked_protocols.filter(protocol__identifier=spec["protocol"]).first()
        version = (
            PublishedVersion.objects.filter(page_id=link.protocol_id).order_by("-number").first()
            if link is not None
            else None
        )
        steps = next(
            (
                section["items"]
                for section in (version.sections if version is not None else [])
                if section["key"] == "procedure"
            ),
            [],
        )
        matching = [
            step
            for step in steps
            if any(word in step["title"].lower() for word in spec.get("match", []))
        ]
        if matching:
            return version, matching[0]["id"]
        if len(steps) >= spec["step"]:
            return version, steps[spec["step"] - 1]["id"]
        return None, ""

    @staticmethod
    def _endorse(comment: Comment, user) -> None:
        _endorsement, created = Endorsement.objects.get_or_create(comment=comment, user=user)
        if created:
            Comment.objects.filter(pk=comment.pk).update(
                endorsement_count=F("endorsement_count") + 1
            )

    def _report(self, comment: Comment, record: dict) -> None:
        reporter = self.people[record["by"]]
        if not Report.objects.filter(comment=comment, reporter=reporter).exists():
            services.report(comment=comment, reporter=reporter, reason=record[self.language])
