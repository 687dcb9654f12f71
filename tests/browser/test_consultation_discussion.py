"""A consultation's discussion in a real browser, in Dutch and in English.

The whole journey: a patient signs up and confirms the address from the e-mail, reads the
plain-language summary, comments on step 3 of the linked SOP, replies to another participant,
endorses a comment and follows the consultation; a second participant, in a browser of their
own, reports the patient's comment; a moderator logs in with an authenticator code and hides it
in the admin's moderation queue with a reason; the patient sees the placeholder, downloads their
data (the comment is in it) and deletes the account. Then commenting, replying and endorsing
with the keyboard alone. axe-core finds no WCAG A/AA violation on the discussion's pages, they
reflow at 320 px, and payloads stored in comments, display names and report reasons never run
on the public pages or in the moderation screens.
"""

import json
import re
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from playwright.sync_api import Page, expect
from wagtail.users.models import UserProfile

from knowledge.models import PublishedVersion
from stakeholders.discussion import services
from stakeholders.discussion.selectors import THREADS_PER_PAGE
from stakeholders.factories import (
    PASSWORD,
    CommentFactory,
    EndorsementFactory,
    ProfileFactory,
    UserFactory,
    add_totp,
    current_totp_code,
)
from stakeholders.models import (
    Comment,
    CommentState,
    ConsultationPage,
    Endorsement,
    Follow,
    ModerationLogEntry,
)
from stakeholders.moderation import MODERATORS_GROUP
from stakeholders.moderation.roles import ensure_moderators_group
from stakeholders.notifications.tokens import Subscription, make_token
from tests.browser.axe import describe, id_problems, require_axe, run_axe
from tests.browser.harness import LANGUAGES, _launch, new_tab
from tests.browser.test_harmonisation_admin_xss import WAGTAILS_OWN, logged_in_tab
from tests.browser.test_journeys import tab_to
from tests.payloads import xss_payloads
from tests.security.test_xss import XssWatch, assert_clean

pytestmark = pytest.mark.browser

# The labels participants and moderators read, by their message ids: looked up in the
# catalogue the live server (this process) uses, so a reworded Dutch label does not break the
# journey, while a label left untranslated does (``labels_in``).
MESSAGES = {
    "display_name": "display name",
    "role": "stakeholder role",
    "language": "preferred language",
    "sop_link": ("Comments on the steps of %(identifier)s", {"identifier": "DARE-SOP-0001"}),
    "comment_on_step_3": ("Comment on step %(number)s", {"number": 3}),
    "your_comment": "Your comment",
    "send_comment": "Send comment",
    "reply": "Reply",
    "send_reply": "Send reply",
    "endorse": "Endorse",
    "withdraw": "Withdraw endorsement",
    "follow": "Follow",
    "you_follow": "You follow this consultation",
    "report": "Report",
    "reason": "What is wrong with this comment?",
    "send_report": "Send report",
    "removed": "Removed by a moderator.",
    "hide": "Hide",
    "admin_reason": "Reason",
    "download": "Download my data (JSON)",
    "delete_link": "Delete my account",
    "keep": 'Keep it, shown as written by "deleted participant"',
    "confirm_password": "Your password, to confirm",
    "deleted": "Your account has been deleted",
}


CONSENT = {
    "nl": "Ik ga akkoord met de privacyverklaring",
    "en": "I agree to the privacy statement",
}


def labels_in(language: str) -> dict[str, str]:
    with translation.override(language):
        labels = {
            key: gettext(message[0]) % message[1]
            if isinstance(message, tuple)
            else gettext(message)
            for key, message in MESSAGES.items()
        }
        labels["one_endorsement"] = ngettext(
            "%(counter)s endorsement", "%(counter)s endorsements", 1
        ) % {"counter": 1}
    labels = {key: capfirst(label) for key, label in labels.items()}
    # Composed of two messages around a link.
    labels["consent"] = CONSENT[language]
    if language != "en":
        untranslated = {key for key, label in labels.items() if label == labels_in("en")[key]}
        assert not untranslated, f"not translated into {language}: {sorted(untranslated)}"
    return labels


TEXTS = {
    "nl": {
        "other": "Bij ons is 18 uur bij 4 °C de grens.",
        "step": "Bij stap 3 ontbreekt hoeveel ml er in de kweekfles moet.",
        "reply": "Wij halen 24 uur, als de koeling <em>goed</em> is.",
    },
    "en": {
        "other": "In our centre 18 hours at 4 °C is the limit.",
        "step": "Step 3 should say how many ml go into the culture bottle.",
        "reply": "We manage 24 hours when the cooling is <em>good</em>.",
    },
}
CONFIRMATION_LINK = re.compile(r"https?://\S+?(/(?:nl|en)/accounts/confirm-email/\S+/)")
PAGE_WIDTH = "() => document.documentElement.scrollWidth"


# ---- fixtures and helpers -----------------------------------------------------------------
@pytest.fixture(scope="module")
def other_browser(playwright, live_server, tmp_path_factory):
    """A second browser with a profile of its own, for the people who act while the patient
    stays logged in in the first."""
    profile = tmp_path_factory.mktemp("chromium-profile-other")
    context = _launch(playwright, live_server, profile)
    yield context
    context.close()
    shutil.rmtree(profile, ignore_errors=True)


def consultation(site_data, language) -> ConsultationPage:
    return site_data.page("consultation_open", language)


def sop_url(site_data, language, name="consultation_open") -> str:
    page = site_data.page(name, language)
    protocol_pk = site_data.ids["protocol_v2"][language]
    return page.url + page.reverse_subpage("sop", kwargs={"protocol_pk": protocol_pk})


def route(page: ConsultationPage, name: str, **kwargs) -> str:
    return page.url + page.reverse_subpage(name, kwargs=kwargs)


def released_steps(site_data, language) -> tuple[PublishedVersion, list[str]]:
    """The SOP's latest released version and its steps' anchors, in order."""
    version = (
        PublishedVersion.objects.filter(page_id=site_data.ids["protocol_v2"][language])
        .order_by("-number")
        .first()
    )
    procedure = next(section for section in version.sections if section["key"] == "procedure")
    return version, [item["id"] for item in procedure["items"]]


def participant(name: str, language: str, **profile):
    return ProfileFactory(display_name=name, preferred_language=language, **profile).user


def log_in(page: Page, language: str, user) -> None:
    page.goto(f"/{language}/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".account-menu form button")).to_be_visible()


def sign_up_and_confirm(page: Page, language: str, email: str, name: str) -> None:
    ui = labels_in(language)
    mail.outbox.clear()
    page.goto(f"/{language}/accounts/signup/")
    page.locator("#id_email").fill(email)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label(ui["display_name"]).fill(name)
    page.get_by_label(ui["role"]).select_option("patient")
    page.get_by_label(ui["language"]).select_option(language)
    page.get_by_label(ui["consent"]).check()
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(f"/{language}/accounts/confirm-email/$"))
    [message] = [message for message in mail.outbox if message.to == [email]]
    page.goto(CONFIRMATION_LINK.search(message.body).group(1))
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(f"/{language}/accounts/profile/$"))
    expect(page.locator(".account-menu").get_by_role("link", name=name)).to_be_visible()


def moderator(username: str, language: str = "nl"):
    """A member of the Moderators group (as ``setup_editorial_roles`` makes it), whose admin
    speaks ``language``."""
    ensure_moderators_group()
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def log_in_to_the_admin_with_totp(page: Page, user, secret: str) -> None:
    """The admin's login is allauth's: password first, then the authenticator's code."""
    page.goto("/admin/moderation/")
    page.locator("#id_login").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    page.locator("input[name=code]").fill(current_totp_code(secret))
    page.locator("input[name=code]").press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/moderation/$"))


def comment_item(page: Page, comment: Comment):
    """The comment with its replies."""
    return page.locator(f"#comment-{comment.pk}")


def comment_body(page: Page, comment: Comment):
    """The comment alone: its text, actions and reply form, without its replies'."""
    return page.locator(f"#comment-{comment.pk} > .comment__body")


# ---- the journey --------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_patient_comments_replies_endorses_follows_is_moderated_and_leaves(
    page: Page, other_browser, site_data, settings, language
):
    settings.MFA_REQUIRED_FOR_STAFF = True
    ui, texts = labels_in(language), TEXTS[language]
    consultation_page = consultation(site_data, language)
    other = participant("Karin de Vries", language, role="clinician")
    others_comment = CommentFactory(
        consultation=consultation_page, author=other, text=texts["other"]
    )
    reporter = participant("Pieter Jansen", language, role="pharmacist")
    moderating = moderator(f"moderator-{language}", language)
    secret = add_totp(moderating)
    email, name = f"patient-{language}@example.org", f"Patiënt {language.upper()}"

    # The patient signs up and confirms the address.
    sign_up_and_confirm(page, language, email, name)
    patient = get_user_model().objects.get(email=email)

    # Finds the open consultation on the index and reads its plain-language summary.
    page.goto(site_data.url("consultations", language))
    page.locator("section#open").get_by_role("link", name=consultation_page.title).click()
    expect(page).to_have_url(re.compile(re.escape(consultation_page.url) + "$"))
    summary = page.locator("#plain-summary")
    expect(summary.get_by_role("heading", level=2)).to_be_visible()
    expect(summary.locator("p")).to_have_text(consultation_page.plain_summary)

    # Opens the SOP view and comments on step 3.
    page.locator("#linked-protocols").get_by_role("link", name=ui["sop_link"]).click()
    _version, steps = released_steps(site_data, language)
    step = page.locator(f"li[id='{steps[2]}']")
    step.locator("summary", has_text=ui["comment_on_step_3"]).click()
    step.get_by_label(ui["your_comment"]).fill(texts["step"])
    step.get_by_role("button", name=ui["send_comment"]).click()
    expect(page).to_have_url(re.compile(r"#comment-\d+$"))
    step_comment = Comment.objects.get(author=patient, anchor=steps[2])
    assert page.url.endswith(f"#comment-{step_comment.pk}")
    expect(step.locator(".comment__text")).to_have_text(texts["step"])
    expect(step.locator(".sop-item__count")).to_contain_text("1")

    # Replies to another participant's comment, and endorses it.
    page.goto(consultation_page.url)
    body = comment_body(page, others_comment)
    body.locator("summary", has_text=ui["reply"]).click()
    body.get_by_label(ui["your_comment"]).fill(texts["reply"])
    body.get_by_role("button", name=ui["send_reply"]).click()
    replies = comment_item(page, others_comment).locator(".comment-list--replies")
    expect(replies.locator(".comment__text em")).to_have_text(
        "goed" if language == "nl" else "good"
    )
    reply = Comment.objects.get(author=patient, parent=others_comment)
    assert page.url.endswith(f"#comment-{reply.pk}")
    comment_body(page, others_comment).get_by_role("button", name=ui["endorse"]).click()
    body = comment_body(page, others_comment)
    expect(body.locator(".comment__endorsements")).to_have_text(ui["one_endorsement"])
    expect(body.get_by_role("button", name=ui["withdraw"])).to_be_visible()
    assert Endorsement.objects.filter(comment=others_comment, user=patient).exists()

    # Follows the consultation.
    page.locator("#follow").get_by_role("button", name=ui["follow"], exact=True).click()
    expect(page.locator("#follow legend")).to_have_text(ui["you_follow"])
    assert Follow.objects.filter(consultation=consultation_page, user=patient).exists()

    # A second participant, in a browser of their own, reports the patient's step comment.
    other_tab = new_tab(other_browser)
    log_in(other_tab, language, reporter)
    other_tab.goto(sop_url(site_data, language))
    comment_body(other_tab, step_comment).get_by_role("link", name=ui["report"]).click()
    other_tab.get_by_label(ui["reason"]).fill("Dit klopt niet en is onaardig.")
    other_tab.get_by_role("button", name=ui["send_report"]).click()
    expect(other_tab).to_have_url(re.compile(f"#comment-{step_comment.pk}$"))
    step_comment.refresh_from_db()
    assert step_comment.open_report_count == 1

    # A moderator logs in with the authenticator's code and hides it, with a reason.
    other_browser.clear_cookies()
    log_in_to_the_admin_with_totp(other_tab, moderating, secret)
    other_tab.locator(f"a[href$='/admin/moderation/{step_comment.pk}/']").first.click()
    hide_form = other_tab.get_by_role("form", name=ui["hide"])
    hide_form.get_by_label(ui["admin_reason"], exact=True).fill("Persoonlijke aanval.")
    hide_form.get_by_role("button", name=ui["hide"]).click()
    expect(other_tab.locator(".messages")).to_be_visible()
    step_comment.refresh_from_db()
    assert step_comment.state == CommentState.HIDDEN
    assert ModerationLogEntry.objects.filter(
        comment=step_comment, action="hide", moderator=moderating, reason="Persoonlijke aanval."
    ).exists()
    other_tab.close()

    # The patient sees the placeholder where the comment was.
    page.goto(sop_url(site_data, language))
    placeholder = comment_body(page, step_comment)
    expect(placeholder).to_have_text(ui["removed"])
    expect(page.locator("main")).not_to_contain_text(texts["step"])

    # Downloads their data: the comment is in it, as written.
    page.goto(f"/{language}/accounts/profile/data/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=ui["download"]).click()
    data = json.loads(download_info.value.path().read_text(encoding="utf-8"))
    exported = {item["id"]: item for item in data["comments"]}
    assert exported[step_comment.pk]["text"] == texts["step"]
    assert exported[step_comment.pk]["state"] == CommentState.HIDDEN
    assert exported[reply.pk]["in_reply_to"] == others_comment.pk
    assert [item["comment"] for item in data["endorsements"]] == [others_comment.pk]
    assert [item["consultation"] for item in data["follows"]] == [consultation_page.title]

    # And deletes the account, keeping what they wrote.
    page.get_by_role("link", name=ui["delete_link"], exact=True).click()
    page.get_by_label(ui["keep"]).check()
    page.get_by_label(ui["confirm_password"]).fill(PASSWORD)
    page.get_by_role("button", name=ui["delete_link"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ui["deleted"])
    assert not get_user_model().objects.filter(email=email).exists()
    reply.refresh_from_db()
    assert reply.author is None
    assert page.js_errors == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_commenting_replying_and_endorsing_with_the_keyboard_only(page: Page, site_data, language):
    ui, texts = labels_in(language), TEXTS[language]
    consultation_page = consultation(site_data, language)
    others_comment = CommentFactory(
        consultation=consultation_page, author=participant("Karin", language), text=texts["other"]
    )
    patient = participant(f"Toetsenbord {language}", language)
    log_in(page, language, patient)

    # A comment on step 3 of the SOP: its disclosure opens with Enter.
    page.goto(sop_url(site_data, language))
    _version, steps = released_steps(site_data, language)
    step = page.locator(f"li[id='{steps[2]}']")
    tab_to(page, step.locator("summary", has_text=ui["comment_on_step_3"]))
    page.keyboard.press("Enter")
    tab_to(page, step.get_by_label(ui["your_comment"]))
    page.keyboard.type(texts["step"])
    tab_to(page, step.get_by_role("button", name=ui["send_comment"]))
    page.keyboard.press("Enter")
    expect(step.locator(".comment__text")).to_have_text(texts["step"])
    assert Comment.objects.get(author=patient, anchor=steps[2]).text == texts["step"]

    page.goto(consultation_page.url)

    # A new comment, with a stance chosen by arrow keys.
    textarea = page.locator("#new-comment-text")
    tab_to(page, textarea)
    page.keyboard.type(texts["step"])
    page.keyboard.press("Tab")  # into the stances: the first (no stance) is checked
    page.keyboard.press("ArrowRight")  # agree
    expect(page.locator("#comment-form input[name=stance][value=agree]")).to_be_checked()
    tab_to(page, page.locator("#comment-form").get_by_role("button", name=ui["send_comment"]))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#comment-\d+$"))
    mine = Comment.objects.get(author=patient, parent=None, version=None)
    assert (mine.text, mine.stance) == (texts["step"], "agree")
    expect(comment_body(page, mine).locator(".comment__text")).to_have_text(texts["step"])

    # A reply: the "Reply" disclosure opens with Enter, the form is sent with Enter.
    body = comment_body(page, others_comment)
    tab_to(page, body.locator("summary", has_text=ui["reply"]))
    page.keyboard.press("Enter")
    tab_to(page, body.get_by_label(ui["your_comment"]))
    page.keyboard.type(texts["reply"])
    tab_to(page, body.get_by_role("button", name=ui["send_reply"]))
    page.keyboard.press("Enter")
    replies = comment_item(page, others_comment).locator(".comment-list--replies")
    expect(replies.locator(".comment__text em")).to_have_text(
        "goed" if language == "nl" else "good"
    )
    reply = Comment.objects.get(author=patient, parent=others_comment)
    assert reply.text == texts["reply"]

    # Endorsing with Space.
    tab_to(page, comment_body(page, others_comment).get_by_role("button", name=ui["endorse"]))
    page.keyboard.press("Space")
    body = comment_body(page, others_comment)
    expect(body.get_by_role("button", name=ui["withdraw"])).to_be_visible()
    expect(body.locator(".comment__endorsements")).to_have_text(ui["one_endorsement"])
    assert Endorsement.objects.filter(comment=others_comment, user=patient).exists()
    assert page.js_errors == []


# ---- accessibility ------------------------------------------------------------------------
def discussion_on(site_data, language, name="consultation_open"):
    """Threads with replies, a stance, an endorsement and a hidden comment on consultation
    ``name``, and comments anchored to the SOP's steps; returns the page and a participant's
    own comment (for the edit and delete pages)."""
    consultation_page = site_data.page(name, language)
    version, steps = released_steps(site_data, language)
    first = CommentFactory(
        consultation=consultation_page,
        stance="agree",
        text="Eens, <strong>24 uur</strong> is haalbaar.",
    )
    reply = CommentFactory(
        consultation=consultation_page, parent=first, text="Niet in ons centrum."
    )
    CommentFactory(consultation=consultation_page, parent=reply, text="Waarom niet?")
    CommentFactory(consultation=consultation_page, state=CommentState.HIDDEN)
    for number, anchor in enumerate(steps, start=1):
        anchored = CommentFactory(
            consultation=consultation_page,
            version=version,
            anchor=anchor,
            text=f"Over stap {number}.",
        )
        CommentFactory(consultation=consultation_page, parent=anchored, text="Mee eens.")
    EndorsementFactory(comment=first)
    return consultation_page, first


def axe_report(page: Page, url: str, reports: list[str]) -> None:
    """Opens ``url`` and adds what axe-core (and the id check) finds there to ``reports``."""
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    violations, problems = run_axe(page), id_problems(page)
    if violations or problems:
        reports.append(describe(url, violations, problems))


@pytest.mark.parametrize("language", LANGUAGES)
def test_discussion_pages_have_no_wcag_a_or_aa_violations(axe_page: Page, site_data, language):
    require_axe()
    open_page, first = discussion_on(site_data, language)
    closed_page, _closed_first = discussion_on(site_data, language, "consultation_closed")
    author = first.author
    reports = []
    # As a reader who is not logged in, then as the author of a comment.
    axe_report(axe_page, open_page.url, reports)
    axe_report(axe_page, closed_page.url, reports)
    axe_report(axe_page, sop_url(site_data, language), reports)
    log_in(axe_page, language, author)
    for url in (
        open_page.url,
        closed_page.url,
        sop_url(site_data, language),
        sop_url(site_data, language, "consultation_closed"),
        route(open_page, "report_comment", pk=first.pk),
        route(open_page, "edit_comment", pk=first.pk),
        route(open_page, "delete_comment", pk=first.pk),
    ):
        axe_report(axe_page, url, reports)
    # A refused comment comes back with its alert.
    axe_page.goto(open_page.url)
    axe_page.locator("#comment-form").get_by_role("button").last.click()
    expect(axe_page.locator("#comment-form [role=alert]")).to_be_visible()
    violations, problems = run_axe(axe_page), id_problems(axe_page)
    if violations or problems:
        reports.append(describe("refused comment", violations, problems))
    # The unsubscribe link from an e-mail, opened without logging in.
    axe_page.context.clear_cookies()
    with translation.override(language):
        unsubscribe = reverse(
            "notifications:unsubscribe",
            args=[make_token(user_id=author.pk, what=Subscription.REPLIES)],
        )
    axe_report(axe_page, unsubscribe, reports)
    assert not reports, "\n\n".join(reports)


@pytest.mark.parametrize("language", LANGUAGES)
def test_discussion_pages_reflow_at_320_pixels(axe_page: Page, site_data, language):
    open_page, first = discussion_on(site_data, language)
    first.author.stakeholder_profile.display_name = "Anna-Maria van den Berg-Oosterhuis"
    first.author.stakeholder_profile.save()
    CommentFactory(
        consultation=open_page,
        text="https://example.org/" + "zeer-lange-adres-zonder-spaties-" * 6,
    )
    log_in(axe_page, language, participant("Smal scherm", language))
    axe_page.set_viewport_size({"width": 320, "height": 720})
    too_wide = {}
    for url in (open_page.url, sop_url(site_data, language)):
        axe_page.goto(url)
        for disclosure in axe_page.locator("details:not([open]) > summary").all()[:3]:
            disclosure.click()
        if (width := axe_page.evaluate(PAGE_WIDTH)) > 320:
            too_wide[url] = width
    assert not too_wide, too_wide


# ---- XSS ----------------------------------------------------------------------------------
OWN_PAYLOADS = (
    "<img src=x onerror=window.__xss=1>",
    "<script>window.__xss=1</script>",
    '"><svg onload=window.__xss=1>',
    '<a href="javascript:window.__xss=1">klik</a>',
    '<a href="JaVaScRiPt:window.__xss=1">klik</a>',
    "[klik](javascript:window.__xss=1)",
    "javascript:window.__xss=1",
)
XSS_FLAG = "() => typeof window.__xss"
PER_THREAD = 10


def hostile_discussion(site_data, payloads) -> ConsultationPage:
    """Every payload posted through the services as a comment or a reply (ten to a thread,
    every other thread anchored to a step of the SOP), each by a participant whose display name
    is a payload too; every thread reported with a payload as the reason."""
    consultation_page = consultation(site_data, "nl")
    version, steps = released_steps(site_data, "nl")
    reporter = participant("Melder", "nl")
    thread = None
    for number, payload in enumerate(payloads):
        author = participant(payloads[number - 1][:60], "nl")
        if number % PER_THREAD == 0:
            anchored = number % (2 * PER_THREAD) == 0
            thread = services.post_comment(
                author=author,
                consultation=consultation_page,
                text=payload,
                stance="disagree",
                version=version if anchored else None,
                anchor=steps[number % len(steps)] if anchored else "",
            )
            services.report(comment=thread, reporter=reporter, reason=payload)
        else:
            parent = thread.replies.order_by("pk").first() if number % 3 == 0 else None
            services.post_comment(
                author=author, consultation=consultation_page, text=payload, parent=parent or thread
            )
    return consultation_page


def test_payloads_in_comments_names_and_reports_never_run(
    request, browser_context, site_data, live_server
):
    payloads = [*OWN_PAYLOADS, *xss_payloads()]
    consultation_page = hostile_discussion(site_data, payloads)
    threads = Comment.objects.filter(consultation=consultation_page, parent=None).order_by("pk")
    first, last = threads.first(), threads.last()
    moderating = moderator("xss-moderator")
    services.hide(comment=last, moderator=moderating, reason=OWN_PAYLOADS[1])
    findings = {}

    # The public pages, read by the author of the first thread (who may edit it) as the HTML
    # sent and the page run: also what only participants see (reply, report and edit forms).
    tab = logged_in_tab(request, browser_context, live_server, first.author)
    watch = XssWatch(tab)

    def visit(url, check):
        findings[url] = check(url)
        if (flag := tab.evaluate(XSS_FLAG)) != "undefined":
            findings[url].append(f"window.__xss is {flag}")

    for number in range(1, -(-threads.count() // THREADS_PER_PAGE) + 1):
        visit(f"{consultation_page.url}?page={number}", watch.visit)
    visit(sop_url(site_data, "nl"), watch.visit)
    visit(route(consultation_page, "edit_comment", pk=first.pk), watch.visit)
    expect(tab.locator("textarea[name=text]")).to_have_value(first.text)
    for comment in threads[1:4]:
        visit(route(consultation_page, "report_comment", pk=comment.pk), watch.visit)
    # The payloads are there, as text: an empty page cannot pass.
    tab.goto(sop_url(site_data, "nl"))
    expect(comment_body(tab, first).locator(".comment__text")).to_have_text(first.text)
    expect(tab.locator(".comment__author", has_text=OWN_PAYLOADS[0]).first).to_be_visible()

    # The moderation screens: the page as run (the admin writes inline scripts of its own).
    tab = logged_in_tab(request, browser_context, live_server, moderating)
    watch = XssWatch(tab)

    def admin_page(url):
        tab.goto(url)
        return [problem for problem in watch.check() if not WAGTAILS_OWN.match(problem)]

    visit("/admin/moderation/", admin_page)
    visit("/admin/moderation/?show=hidden", admin_page)
    visit("/admin/moderation/log/", admin_page)
    for comment in (first, *threads[1:4], last):
        visit(f"/admin/moderation/{comment.pk}/", admin_page)
    expect(tab.locator("main")).to_contain_text(OWN_PAYLOADS[1])
    assert_clean(findings)
