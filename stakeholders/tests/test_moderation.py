"""The moderation admin: who may open it, what the queue holds and its views, each action's
effect and log entry, refusals that keep the reason typed, escaped hostile text on every
screen, constant query counts, and the second factor moderators must have."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import GroupPagePermission

from stakeholders import factories
from stakeholders.discussion import services
from stakeholders.discussion.services import DiscussionError
from stakeholders.models import (
    Comment,
    CommentState,
    ModerationAction,
    ModerationLogEntry,
    Report,
    StakeholderRole,
    Suspension,
)
from stakeholders.moderation import MODERATORS_GROUP
from stakeholders.moderation.roles import ensure_moderators_group

QUEUE = "/admin/moderation/"
LOG = "/admin/moderation/log/"
SUSPENDED = "/admin/moderation/suspended/"
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
]


def detail(comment) -> str:
    return f"/admin/moderation/{comment.pk}/"


def act(comment, action: str) -> str:
    return f"/admin/moderation/{comment.pk}/{action}/"


@pytest.fixture
def consultation(site):
    index = factories.consultation_index(site["home_en"], "en")
    return factories.consultation(index, title="Storage time", slug="storage-time")


@pytest.fixture
def moderator(db):
    ensure_moderators_group()
    user = factories.UserFactory(username="moderator")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def editor(db):
    """Opens the admin, may not moderate."""
    group = Group.objects.create(name="Editors (test)")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = factories.UserFactory(username="editor")
    user.groups.add(group)
    return user


@pytest.fixture
def moderating(client, moderator):
    client.force_login(moderator)
    return client


def comment_on(consultation, **fields) -> Comment:
    return factories.CommentFactory(consultation=consultation, **fields)


def reported(consultation, times: int = 1, **fields) -> Comment:
    comment = comment_on(consultation, **fields)
    for _number in range(times):
        factories.ReportFactory(comment=comment)
    comment.refresh_from_db()
    return comment


def listed(response) -> list[int]:
    return [comment.pk for comment in response.context["object_list"]]


def last_log() -> ModerationLogEntry:
    return ModerationLogEntry.objects.order_by("-pk").first()


# ---- the group ------------------------------------------------------------------------------
def test_the_moderators_group_gets_admin_access_and_moderation_once(db):
    changes = ensure_moderators_group()

    group = Group.objects.get(name=MODERATORS_GROUP)
    assert {p.codename for p in group.permissions.all()} == {"access_admin", "moderate_comment"}
    assert changes == [
        "group 'Comment moderators' created",
        "Comment moderators: access_admin granted",
        "Comment moderators: moderate_comment granted",
    ]
    assert ensure_moderators_group() == []


def test_comment_moderators_are_not_wagtails_page_moderators(db):
    """Wagtail's own "Moderators" group may publish every page; moderating comments must not
    bring that, so the group is another one, with no page permission at all."""
    ensure_moderators_group()

    assert MODERATORS_GROUP != "Moderators"
    assert not GroupPagePermission.objects.filter(group__name=MODERATORS_GROUP).exists()


def test_setup_editorial_roles_makes_the_group(db, capsys):
    call_command("setup_editorial_roles")

    assert "group 'Comment moderators' created" in capsys.readouterr().out
    assert Group.objects.get(name=MODERATORS_GROUP).permissions.count() == 2


# ---- who may open it ------------------------------------------------------------------------
def test_the_menu_item_shows_only_to_moderators(client, moderator, editor):
    client.force_login(moderator)
    assert QUEUE in client.get("/admin/").content.decode()

    client.force_login(editor)
    assert QUEUE not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_editor_who_may_not_moderate_is_refused(client, editor, consultation, method):
    comment = reported(consultation)
    suspended = factories.ProfileFactory().user
    Suspension.objects.create(user=suspended, reason="spam")
    client.force_login(editor)
    urls = (
        [QUEUE, detail(comment), LOG, SUSPENDED]
        if method == "get"
        else [act(comment, "hide"), f"{SUSPENDED}{suspended.pk}/lift/"]
    )

    for url in urls:
        response = getattr(client, method)(url, {"hide-reason": "spam"})
        assert response.status_code == 403, url
        assert 'role="alert"' in response.content.decode()
    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
    assert not ModerationLogEntry.objects.exists()
    assert Suspension.objects.filter(user=suspended).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, consultation):
    response = client.get(QUEUE)

    assert response.status_code == 302
    assert "login" in response.url


def test_unknown_comments_and_actions_are_404_and_actions_only_post(moderating, consultation):
    comment = reported(consultation)

    def not_found(response) -> bool:
        """The project's language redirect for an unknown path, then Django's 404."""
        assert (response.status_code, response.url) == (302, f"/nl{response.request['PATH_INFO']}")
        return moderating.get(response.url).status_code == 404

    assert not_found(moderating.get("/admin/moderation/999999/"))
    assert not_found(moderating.post("/admin/moderation/999999/hide/", {"hide-reason": "x"}))
    assert not_found(moderating.post(act(comment, "explode"), {}))
    assert not_found(moderating.post(f"{SUSPENDED}999999/lift/"))
    assert moderating.get(act(comment, "hide")).status_code == 405
    assert moderating.get(f"{SUSPENDED}{comment.author_id}/lift/").status_code == 405
    assert not ModerationLogEntry.objects.exists()


# ---- the queue ------------------------------------------------------------------------------
@pytest.fixture
def queue(consultation, moderator, settings):
    settings.COMMENTS_AUTO_HIDE_REPORTS = 3
    quiet = comment_on(consultation)
    once = reported(consultation, 1)
    auto_hidden = comment_on(consultation)
    for _number in range(3):
        services.report(
            comment=auto_hidden, reporter=factories.ProfileFactory().user, reason="Beledigend."
        )
    auto_hidden.refresh_from_db()
    pending = comment_on(consultation, state=CommentState.PENDING)
    hidden_reviewed = reported(consultation, 2)
    services.hide(comment=hidden_reviewed, moderator=moderator, reason="Persoonlijke aanval.")
    dismissed = reported(consultation, 1)
    services.dismiss_reports(comment=dismissed, moderator=moderator)
    return {
        "quiet": quiet,
        "once": once,
        "auto_hidden": auto_hidden,
        "pending": pending,
        "hidden_reviewed": hidden_reviewed,
        "dismissed": dismissed,
    }


def test_the_queue_shows_what_needs_review_most_reported_first(moderating, queue):
    assert queue["auto_hidden"].state == CommentState.HIDDEN

    response = moderating.get(QUEUE)

    assert response.status_code == 200
    assert listed(response) == [queue["auto_hidden"].pk, queue["once"].pk, queue["pending"].pk]


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ("hidden", ["auto_hidden", "hidden_reviewed"]),
        ("pending", ["pending"]),
        ("reported", ["auto_hidden", "once", "hidden_reviewed", "dismissed"]),
        ("review", ["auto_hidden", "once", "pending"]),
        ("nonsense", ["auto_hidden", "once", "pending"]),
    ],
)
def test_the_queue_views(moderating, queue, view, expected):
    response = moderating.get(QUEUE, {"show": view})

    assert response.status_code == 200
    assert listed(response) == [queue[name].pk for name in expected]
    results = moderating.get(f"{QUEUE}results/", {"show": view})
    assert listed(results) == [queue[name].pk for name in expected]


def test_a_queue_row_shows_the_comment_its_author_reports_and_where_readers_see_it(
    moderating, consultation
):
    author = factories.ProfileFactory(
        display_name="Fatima Jansen", role=StakeholderRole.PHARMACIST
    ).user
    comment = reported(consultation, 2, author=author, text="Vier uur is te kort voor ons.")

    html = moderating.get(QUEUE).content.decode()

    assert "Vier uur is te kort voor ons." in html
    assert "Fatima Jansen" in html
    assert "Apotheker" in html or "Pharmacist" in html
    assert author.email not in html
    assert f'{consultation.url}comments/{comment.pk}/"' in html
    assert html.count("Dit is reclame.") == 2
    assert f'href="{detail(comment)}"' in html


def test_the_queue_is_paginated(moderating, consultation):
    for _number in range(27):
        reported(consultation)

    first, second = moderating.get(QUEUE), moderating.get(QUEUE, {"p": 2})

    assert len(listed(first)) == 25
    assert len(listed(second)) == 2


# ---- actions --------------------------------------------------------------------------------
def assert_logged(action, moderator, reason, *, comment=None, participant=None):
    entry = last_log()
    assert entry.action == action
    assert entry.moderator == moderator
    assert entry.reason == reason
    if comment is not None:
        assert entry.comment_id == comment.pk
    if participant is not None:
        assert entry.participant == participant


def test_hide_closes_the_reports_and_logs_the_reason(moderating, moderator, consultation):
    comment = reported(consultation, 2)

    response = moderating.post(act(comment, "hide"), {"hide-reason": "Persoonlijke aanval."})

    assert response.status_code == 302
    assert response.url == detail(comment)
    comment.refresh_from_db()
    assert comment.state == CommentState.HIDDEN
    assert comment.open_report_count == 0
    assert not Report.objects.filter(comment=comment, resolved_at__isnull=True).exists()
    assert_logged(ModerationAction.HIDE, moderator, "Persoonlijke aanval.", comment=comment)
    assert comment.pk not in listed(moderating.get(QUEUE))


@pytest.mark.parametrize(
    ("state", "action", "logged"),
    [
        (CommentState.HIDDEN, "restore", ModerationAction.RESTORE),
        (CommentState.PENDING, "approve", ModerationAction.APPROVE),
    ],
)
def test_restore_and_approve_publish_the_comment(
    moderating, moderator, consultation, state, action, logged
):
    comment = reported(consultation, 1, state=state)

    response = moderating.post(act(comment, action), {f"{action}-reason": "Geen probleem."})

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
    assert comment.open_report_count == 0
    assert_logged(logged, moderator, "Geen probleem.", comment=comment)


def test_dismissing_reports_keeps_the_comment(moderating, moderator, consultation):
    comment = reported(consultation, 2)

    moderating.post(act(comment, "dismiss"), {"dismiss-reason": ""})

    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
    assert comment.open_report_count == 0
    assert_logged(ModerationAction.DISMISS, moderator, "", comment=comment)


def test_lock_and_unlock_the_thread_from_a_reply(moderating, moderator, consultation):
    thread = comment_on(consultation)
    reply = reported(consultation, 1, parent=thread)

    moderating.post(act(reply, "lock"), {"lock-reason": "Loopt uit de hand."})

    thread.refresh_from_db()
    assert thread.locked
    assert_logged(ModerationAction.LOCK, moderator, "Loopt uit de hand.", comment=thread)
    moderating.post(act(reply, "unlock"), {"unlock-reason": ""})
    thread.refresh_from_db()
    assert not thread.locked
    assert_logged(ModerationAction.UNLOCK, moderator, "", comment=thread)


def test_suspend_and_lift_for_the_author(moderating, moderator, consultation):
    comment = reported(consultation)
    author = comment.author

    moderating.post(act(comment, "suspend"), {"suspend-reason": "Herhaald spam."})

    assert Suspension.objects.get(user=author).suspended_by == moderator
    assert_logged(ModerationAction.SUSPEND, moderator, "Herhaald spam.", participant=author)
    page = moderating.get(detail(comment)).content.decode()
    assert "Herhaald spam." in page  # the author's suspension is in this comment's log
    moderating.post(act(comment, "unsuspend"), {"unsuspend-reason": "Beterschap beloofd."})
    assert not Suspension.objects.filter(user=author).exists()
    assert_logged(ModerationAction.UNSUSPEND, moderator, "Beterschap beloofd.", participant=author)


def test_delete_with_replies_leaves_a_placeholder(moderating, moderator, consultation):
    comment = reported(consultation, 1)
    comment_on(consultation, parent=comment)

    response = moderating.post(
        act(comment, "delete"), {"delete-reason": "Privégegevens.", "delete-confirm": "on"}
    )

    assert response.status_code == 302
    assert response.url == QUEUE
    comment.refresh_from_db()
    assert comment.state == CommentState.DELETED
    assert comment.text == ""
    assert_logged(ModerationAction.DELETE, moderator, "Privégegevens.", comment=comment)


def test_delete_without_replies_removes_it_and_keeps_the_log(moderating, moderator, consultation):
    comment = reported(consultation, 1)

    moderating.post(act(comment, "delete"), {"delete-reason": "Spam.", "delete-confirm": "on"})

    assert not Comment.objects.filter(pk=comment.pk).exists()
    entry = last_log()
    assert (entry.action, entry.moderator, entry.reason) == (
        ModerationAction.DELETE,
        moderator,
        "Spam.",
    )
    assert moderating.get(detail(comment), follow=True).status_code == 404
    assert "Spam." in moderating.get(LOG).content.decode()


@pytest.mark.parametrize(
    ("action", "data"),
    [
        ("hide", {"hide-reason": "   "}),
        ("suspend", {"suspend-reason": ""}),
        ("delete", {"delete-reason": "", "delete-confirm": "on"}),
    ],
)
def test_a_missing_reason_is_refused(moderating, consultation, action, data):
    comment = reported(consultation, 1)

    response = moderating.post(act(comment, action), data)

    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert response.context["actions"]  # the screen, with its forms, again
    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
    assert not ModerationLogEntry.objects.exists()
    assert not Suspension.objects.exists()


def test_delete_needs_confirmation_and_keeps_the_reason_typed(moderating, consultation):
    comment = reported(consultation, 1)

    response = moderating.post(act(comment, "delete"), {"delete-reason": "Reclame & <spam>"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert escape("Reclame & <spam>") in html
    assert Comment.objects.filter(pk=comment.pk, state=CommentState.PUBLISHED).exists()


def test_a_refusal_by_the_services_is_shown_with_the_reason_kept(
    moderating, consultation, monkeypatch
):
    def refuse(**kwargs):
        raise DiscussionError("Refused by the rules.")

    monkeypatch.setattr(services, "hide", refuse)
    comment = reported(consultation, 1)

    response = moderating.post(act(comment, "hide"), {"hide-reason": "Mijn reden"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Refused by the rules." in html
    assert "Mijn reden</textarea>" in html
    assert 'role="alert"' in html


def test_an_action_that_no_longer_applies_changes_nothing(moderating, consultation):
    comment = reported(consultation, 1)

    response = moderating.post(act(comment, "restore"), {"restore-reason": ""})

    assert response.status_code == 302
    assert response.url == detail(comment)
    assert not ModerationLogEntry.objects.exists()


def test_the_screen_offers_only_the_actions_that_apply(moderating, moderator, consultation):
    comment = reported(consultation, 1, author=moderator)

    actions = [name for name, *_rest in moderating.get(detail(comment)).context["actions"]]

    assert actions == ["hide", "dismiss", "lock", "delete"]  # no suspending oneself


def test_the_comment_screen_shows_context_reports_and_log(moderating, moderator, consultation):
    parent = comment_on(consultation, text="Wij halen 24 uur niet.")
    reporter = factories.ProfileFactory(display_name="Pieter de Vries").user
    comment = comment_on(consultation, parent=parent, text="Dat is onzin.")
    services.report(comment=comment, reporter=reporter, reason="Kleinerend.")
    services.set_thread_lock(comment=comment, moderator=moderator, locked=True, reason="Rust.")

    html = moderating.get(detail(comment)).content.decode()

    for text in ["Dat is onzin.", "Wij halen 24 uur niet.", "Pieter de Vries", "Kleinerend."]:
        assert text in html
    assert f'href="{detail(parent)}"' in html
    assert reporter.email not in html


# ---- the log and the suspended --------------------------------------------------------------
def test_the_log_lists_every_action_newest_first(moderating, moderator, consultation, settings):
    settings.COMMENTS_AUTO_HIDE_REPORTS = 1
    comment = comment_on(consultation)
    services.report(comment=comment, reporter=factories.ProfileFactory().user, reason="Spam")
    services.restore(comment=comment, moderator=moderator, reason="Toch niet.")

    response = moderating.get(LOG)

    entries = list(response.context["object_list"])
    assert [entry.action for entry in entries] == [
        ModerationAction.RESTORE,
        ModerationAction.AUTO_HIDE,
    ]
    html = response.content.decode()
    assert "Toch niet." in html
    assert "moderator" in html  # a staff account without a profile: its username
    assert "Automatisch" in html or "Automatic" in html
    assert f'href="{detail(comment)}"' in html


def test_the_suspended_participants_and_lifting_from_the_list(moderating, moderator, db):
    person = factories.ProfileFactory(display_name="Kees").user
    services.suspend(participant=person, moderator=moderator, reason="Scheldwoorden.")

    html = moderating.get(SUSPENDED).content.decode()
    assert "Kees" in html
    assert "Scheldwoorden." in html

    response = moderating.post(f"{SUSPENDED}{person.pk}/lift/")

    assert response.status_code == 302
    assert not Suspension.objects.exists()
    assert_logged(ModerationAction.UNSUSPEND, moderator, "", participant=person)


# ---- hostile text ---------------------------------------------------------------------------
@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_text_is_escaped_on_every_screen(moderating, moderator, consultation, payload):
    author = factories.ProfileFactory(display_name=payload).user
    reporter = factories.ProfileFactory(display_name=payload).user
    comment = comment_on(consultation, author=author, text=f"Tekst {payload}")
    reply = comment_on(consultation, author=author, parent=comment, text=payload)
    services.report(comment=reply, reporter=reporter, reason=payload)
    services.set_thread_lock(comment=reply, moderator=moderator, locked=True, reason=payload)
    services.suspend(participant=author, moderator=moderator, reason=payload)

    for url in [QUEUE, f"{QUEUE}?show=reported", detail(reply), detail(comment), LOG, SUSPENDED]:
        html = moderating.get(url).content.decode()
        assert payload not in html, url
        assert escape(payload) in html, url


# ---- query counts ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "queries"),
    [(QUEUE, 15), (f"{QUEUE}?show=reported", 15), (LOG, 14), (SUSPENDED, 14)],
)
def test_listing_query_counts_do_not_grow_with_the_comments(
    moderating, moderator, consultation, url, queries, django_assert_num_queries
):
    def add(count):
        for _number in range(count):
            comment = reported(consultation, 2, parent=comment_on(consultation))
            services.set_thread_lock(comment=comment, moderator=moderator, locked=True)
            services.suspend(participant=comment.author, moderator=moderator, reason="Spam.")

    for count in (3, 27):  # 3, then 30 in all (more than a page)
        add(count)
        with django_assert_num_queries(queries):
            assert moderating.get(url).status_code == 200


def test_the_comment_screen_query_count_does_not_grow_with_reports(
    moderating, moderator, consultation, django_assert_num_queries
):
    comment = comment_on(consultation, parent=comment_on(consultation))

    for count in (3, 27):
        for _number in range(count):
            factories.ReportFactory(comment=comment)
            services.set_thread_lock(comment=comment, moderator=moderator, locked=False)
        with django_assert_num_queries(15):
            assert moderating.get(detail(comment)).status_code == 200


# ---- the second factor ----------------------------------------------------------------------
def test_a_moderator_without_a_second_factor_is_sent_to_set_one_up(client, moderator, settings):
    settings.MFA_REQUIRED_FOR_STAFF = True
    client.force_login(moderator)

    response = client.get(QUEUE)

    assert response.status_code == 302
    assert response.url == "/nl/accounts/2fa/totp/activate/"
    factories.add_totp(moderator)
    assert client.get(QUEUE).status_code == 200
