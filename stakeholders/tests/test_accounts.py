"""Sign-up with a profile and consent, confirmation by e-mail (sent by a task in the
recipient's language), the profile page, the header's account menu and the rate limits."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client

from knowledge import factories
from stakeholders.factories import PASSWORD, ProfileFactory
from stakeholders.models import Profile
from tests.payloads import naughty_strings, xss_payloads

SIGNUP = {
    "email": "anna@example.org",
    "password1": PASSWORD,
    "password2": PASSWORD,
    "display_name": "Anna de Vries",
    "role": "patient",
    "organisation": "Patiëntenvereniging",
    "preferred_language": "en",
    "consent": "on",
}
CONFIRMATION_LINK = re.compile(r"https?://\S+/accounts/confirm-email/\S+/")


def _login(client, user):
    client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")


@pytest.mark.django_db
def test_signup_asks_for_the_profile_and_consent_linking_to_the_privacy_statement(client):
    html = client.get("/en/accounts/signup/").content.decode()

    for name in ("email", "password1", "display_name", "role", "organisation", "consent"):
        assert f'name="{name}"' in html
    assert '<a href="/en/accounts/privacy/">privacy statement</a>' in html
    assert '<option value="pharmacist">Pharmacist</option>' in html


@pytest.mark.django_db
def test_signup_without_consent_is_refused_and_keeps_what_was_typed(client, django_user_model):
    response = client.post("/en/accounts/signup/", {**SIGNUP, "consent": ""})

    assert response.status_code == 200
    assert response.context["form"].errors["consent"] == [
        "You can only take part if you agree to the privacy statement."
    ]
    html = response.content.decode()
    assert 'value="Anna de Vries"' in html
    assert 'value="anna@example.org"' in html
    assert not django_user_model.objects.exists()


@pytest.mark.django_db
def test_signup_in_dutch_has_dutch_labels_and_errors(client):
    response = client.post("/nl/accounts/signup/", {**SIGNUP, "display_name": "  "})

    assert response.context["form"].errors["display_name"] == ["Dit is een verplicht veld."]
    assert "Ik ga akkoord met de" in response.content.decode()


@pytest.mark.django_db
def test_signup_creates_the_profile_and_mails_in_the_preferred_language(client):
    response = client.post("/nl/accounts/signup/", SIGNUP)

    assert response.status_code == 302
    assert response.url == "/nl/accounts/confirm-email/"
    profile = Profile.objects.get(user__email="anna@example.org")
    assert (profile.display_name, profile.role, profile.organisation) == (
        "Anna de Vries",
        "patient",
        "Patiëntenvereniging",
    )
    assert profile.preferred_language == "en"
    assert profile.consented_at is not None
    [message] = mail.outbox
    assert message.to == ["anna@example.org"]
    assert message.subject == "[DARE-NL] Please Confirm Your Email Address"
    assert "Anna de Vries" in message.body


@pytest.mark.django_db
def test_a_dutch_speaker_gets_the_mail_in_dutch(client):
    client.post("/en/accounts/signup/", {**SIGNUP, "preferred_language": "nl"})

    [message] = mail.outbox
    assert message.subject == "[DARE-NL] Bevestig je e-mailadres"


@pytest.mark.django_db
def test_confirming_the_address_logs_in_and_shows_the_name_and_a_logout_button(client):
    client.post("/en/accounts/signup/", SIGNUP)
    link = CONFIRMATION_LINK.search(mail.outbox[0].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    response = client.post(f"/{path}")

    assert response.status_code == 302
    assert response.url == "/en/accounts/profile/"
    html = client.get(response.url).content.decode()
    assert '<a class="account-menu__name" href="/en/accounts/profile/">Anna de Vries</a>' in html
    assert '<form method="post" action="/en/accounts/logout/">' in html
    assert EmailAddress.objects.get(email="anna@example.org").verified


@pytest.mark.django_db
def test_the_profile_page_edits_the_profile(client):
    profile = ProfileFactory(display_name="Anna")
    _login(client, profile.user)

    response = client.post(
        "/en/accounts/profile/",
        {
            "display_name": "Dr. A. de Vries",
            "role": "clinician",
            "organisation": "UMC Utrecht",
            "preferred_language": "en",
        },
    )

    assert response.url == "/en/accounts/profile/"
    profile.refresh_from_db()
    assert (profile.display_name, profile.role, profile.organisation) == (
        "Dr. A. de Vries",
        "clinician",
        "UMC Utrecht",
    )


@pytest.mark.django_db
def test_the_profile_page_refuses_an_empty_name_and_keeps_the_rest(client):
    profile = ProfileFactory(display_name="Anna")
    _login(client, profile.user)

    response = client.post(
        "/nl/accounts/profile/",
        {
            "display_name": "",
            "role": "clinician",
            "organisation": "UMC",
            "preferred_language": "nl",
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"display_name": ["Dit is een verplicht veld."]}
    assert 'value="UMC"' in response.content.decode()
    profile.refresh_from_db()
    assert profile.display_name == "Anna"


@pytest.mark.django_db
def test_every_naughty_string_that_fits_is_kept_as_the_display_name(client):
    """A name is plain text shown in HTML, where a run of spaces shows as one: it is stored as
    shown, its spaces tidied, every other character kept."""
    profile = ProfileFactory(display_name="Anna")
    _login(client, profile.user)
    limit = Profile._meta.get_field("display_name").max_length
    for string in naughty_strings():
        if not string.strip() or len(string) > limit:
            continue
        fields = {"role": "patient", "organisation": "", "preferred_language": "en"}
        client.post("/en/accounts/profile/", {"display_name": string, **fields})
        profile.refresh_from_db()
        assert profile.display_name == " ".join(string.split()), repr(string)


@pytest.mark.django_db
def test_the_profile_page_needs_a_login(client):
    response = client.get("/en/accounts/profile/")

    assert response.url == "/en/accounts/login/?next=/en/accounts/profile/"


# Payloads that fit the field: a longer name is refused by the forms, and PostgreSQL (unlike
# SQLite) would refuse to store it.
DISPLAY_NAME_PAYLOADS = [
    payload
    for payload in xss_payloads()
    if len(payload) <= Profile._meta.get_field("display_name").max_length
][:40]


@pytest.mark.django_db
@pytest.mark.parametrize("payload", DISPLAY_NAME_PAYLOADS)
def test_a_hostile_display_name_is_shown_escaped(client, payload):
    profile = ProfileFactory(display_name=payload)
    _login(client, profile.user)

    html = client.get("/en/accounts/profile/").content.decode()

    menu = html.split('class="account-menu__name"', 1)[1].split("</a>", 1)[0]
    assert "<" not in menu.split(">", 1)[1]


@pytest.mark.django_db
def test_the_email_address_is_never_the_public_name(client):
    profile = ProfileFactory(display_name="Anna")
    _login(client, profile.user)

    html = client.get("/en/accounts/privacy/").content.decode()

    assert ">Anna</a>" in html
    assert profile.user.email not in html


@pytest.mark.django_db
def test_anonymous_pages_in_the_cache_name_nobody(client, site, page_cache_on):
    """The page cache serves anonymous readers; a logged-in reader is never given, nor
    leaves behind, a page with a name in it."""
    anonymous = client
    home = factories.centre(site, language="en").url
    first = anonymous.get(home)
    assert first["X-Page-Cache"] == "miss"
    assert '<a href="/en/accounts/login/">Log in</a>' in first.content.decode()

    member = Client()
    _login(member, ProfileFactory(display_name="Anna").user)
    own = member.get(home)
    assert "X-Page-Cache" not in own
    assert ">Anna</a>" in own.content.decode()

    again = anonymous.get(home)
    assert again["X-Page-Cache"] == "hit"
    assert "Anna" not in again.content.decode()
    assert '<a href="/en/accounts/login/">Log in</a>' in again.content.decode()


# ---- Rate limits: a real cache counts attempts (dare.E002 forbids the dummy cache) -----------
@pytest.mark.django_db
def test_signups_from_one_address_are_limited(client):
    for number in range(20):
        client.post("/en/accounts/signup/", {**SIGNUP, "email": f"p{number}@example.org"})
        client.logout()

    response = client.post("/en/accounts/signup/", {**SIGNUP, "email": "late@example.org"})

    assert response.status_code == 429


@pytest.mark.django_db
def test_password_resets_for_one_address_are_limited(client):
    ProfileFactory(user__email="anna@example.org")
    for _attempt in range(5):
        assert (
            client.post("/en/accounts/password/reset/", {"email": "anna@example.org"}).status_code
            == 302
        )

    response = client.post("/en/accounts/password/reset/", {"email": "anna@example.org"})

    assert response.status_code == 429
    assert len(mail.outbox) == 5


@pytest.mark.django_db
def test_password_reset_answers_known_and_unknown_addresses_alike(client):
    ProfileFactory(user__email="anna@example.org")

    known = client.post("/en/accounts/password/reset/", {"email": "anna@example.org"})
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})

    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    assert known.url == "/en/accounts/password/reset/done/"
    assert client.get(known.url).content == client.get(unknown.url).content
    assert [message.to for message in mail.outbox] == [["anna@example.org"], ["nobody@example.org"]]
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body
    assert "/en/accounts/password/reset/key/" not in mail.outbox[1].body


def test_the_dummy_cache_is_refused(settings):
    from dare_platform.checks import check_rate_limit_cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    assert [error.id for error in check_rate_limit_cache()] == ["dare.E002"]


@pytest.mark.django_db
def test_mail_waits_in_the_queue_for_the_worker(client, settings):
    """As in production: the request only queues the message, as JSON in the database; the
    worker sends it (run here as the worker runs it, from the stored row: the worker command
    itself closes the test's database connection)."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.post("/en/accounts/signup/", SIGNUP)
    assert mail.outbox == []
    queued = DBTaskResult.objects.get().task_result

    queued.task.call(*queued.args, **queued.kwargs)

    [message] = mail.outbox
    assert message.to == ["anna@example.org"]
    assert message.subject == "[DARE-NL] Please Confirm Your Email Address"
