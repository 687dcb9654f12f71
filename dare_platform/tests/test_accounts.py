"""The admin logs in through allauth (dare_platform.accounts, with a second factor): its
rate limits cover the admin, editors still reach the admin, and mail that cannot be sent
never becomes a server error."""

import logging
import smtplib
import socket

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from django.core import mail

from stakeholders.factories import add_totp, current_totp_code

PASSWORD = "Cell-therapy-2026!"
WRONG = "not-the-password"


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        "editor-umcu", email="editor@umcu.example", password=PASSWORD
    )
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.totp_secret = add_totp(user)  # editors must have a second factor (test_mfa.py)
    return user


@pytest.fixture
def unreachable_mail_server(settings):
    """SMTP to a local port nobody listens on: every send fails with a refused connection."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2


def _admin_login_form(client) -> str:
    """Where /admin/login/ sends an editor who wants the page list."""
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    return response.url


def _is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.django_db
def test_the_admin_login_is_allauths_login_with_next_kept(client):
    assert _admin_login_form(client) == "/nl/accounts/login/?next=%2Fadmin%2Fpages%2F"


@pytest.mark.django_db
def test_the_admin_sends_anonymous_visitors_to_allauths_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response.url == "/nl/accounts/login/?next=/admin/"


@pytest.mark.django_db
def test_djangos_admin_login_goes_to_allauths_login_too(client):
    response = client.get("/django-admin/login/?next=/django-admin/")

    assert response.url == "/nl/accounts/login/?next=%2Fdjango-admin%2F"


def test_credentials_posted_to_the_old_admin_login_log_nobody_in(client, editor):
    response = client.post("/admin/login/", {"username": editor.username, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url == "/nl/accounts/login/?next=%2Fadmin%2F"
    assert not _is_logged_in(client)


def _second_factor(client, editor):
    return client.post(
        "/nl/accounts/2fa/authenticate/", {"code": current_totp_code(editor.totp_secret)}
    )


def test_an_editor_logs_in_and_lands_on_the_admin_page_asked_for(client, editor):
    response = client.post(
        _admin_login_form(client), {"login": editor.username, "password": PASSWORD}
    )
    assert response.url == "/nl/accounts/2fa/authenticate/"

    response = _second_factor(client, editor)

    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_an_editor_may_log_in_with_the_email_address_too(client, editor):
    client.post(_admin_login_form(client), {"login": editor.email, "password": PASSWORD})

    assert _second_factor(client, editor).url == "/admin/pages/"


def test_after_ten_wrong_passwords_the_right_one_is_refused(client, editor):
    login_form = _admin_login_form(client)
    for _attempt in range(10):
        assert (
            client.post(login_form, {"login": editor.email, "password": WRONG}).status_code == 200
        )

    response = client.post(login_form, {"login": editor.email, "password": PASSWORD})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Te veel inlogpogingen. Probeer het later nogmaals."
    ]
    assert not _is_logged_in(client)
    assert client.get("/admin/").status_code == 302


def test_logging_out_of_the_site_logs_out_of_the_admin(client, editor):
    client.post(_admin_login_form(client), {"login": editor.email, "password": PASSWORD})
    _second_factor(client, editor)

    response = client.post("/nl/accounts/logout/")

    assert response.status_code == 302
    assert not _is_logged_in(client)
    assert client.get("/admin/").url == "/nl/accounts/login/?next=/admin/"


def test_logging_out_of_the_admin_works(client, editor):
    client.post(_admin_login_form(client), {"login": editor.email, "password": PASSWORD})
    _second_factor(client, editor)

    response = client.post("/admin/logout/")

    assert response.status_code == 302
    assert not _is_logged_in(client)


@pytest.mark.django_db
def test_sign_up_without_a_mail_server_confirms_as_usual_and_logs_the_failure(
    client, django_user_model, unreachable_mail_server, caplog
):
    with caplog.at_level(logging.ERROR, logger="stakeholders.accounts.tasks"):
        response = client.post(
            "/nl/accounts/signup/",
            {
                "email": "patient@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "display_name": "Anna",
                "role": "patient",
                "preferred_language": "nl",
                "consent": "on",
            },
        )

    assert response.status_code == 302
    assert response.url == "/nl/accounts/confirm-email/"
    assert django_user_model.objects.filter(email="patient@example.org").exists()
    [record] = caplog.records
    assert record.getMessage() == (
        "Could not send the e-mail account/email/email_confirmation_signup; "
        "check the EMAIL_* settings."
    )
    assert isinstance(record.exc_info[1], ConnectionRefusedError)


def test_password_reset_without_a_mail_server_answers_as_usual_and_logs_the_failure(
    client, editor, unreachable_mail_server, caplog
):
    with caplog.at_level(logging.ERROR, logger="stakeholders.accounts.tasks"):
        response = client.post("/nl/accounts/password/reset/", {"email": editor.email})

    assert response.status_code == 302
    assert response.url == "/nl/accounts/password/reset/done/"
    [record] = caplog.records
    assert record.getMessage() == (
        "Could not send the e-mail account/email/password_reset_key; check the EMAIL_* settings."
    )


def test_a_mail_server_that_refuses_the_message_is_logged_too(client, editor, monkeypatch, caplog):
    def refuse(self, messages):
        raise smtplib.SMTPRecipientsRefused({editor.email: (550, b"mailbox unavailable")})

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    with caplog.at_level(logging.ERROR, logger="stakeholders.accounts.tasks"):
        response = client.post("/nl/accounts/password/reset/", {"email": editor.email})

    assert response.url == "/nl/accounts/password/reset/done/"
    assert isinstance(caplog.records[0].exc_info[1], smtplib.SMTPRecipientsRefused)
    assert mail.outbox == []


def test_an_account_made_in_the_admin_confirms_its_address_at_the_first_login(client, editor):
    EmailAddress.objects.filter(user=editor).delete()

    response = client.post(_admin_login_form(client), {"login": editor.email, "password": PASSWORD})

    assert response.url == "/nl/accounts/confirm-email/"
    assert not _is_logged_in(client)
    [message] = mail.outbox
    assert message.to == [editor.email]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/en/accounts/login/", "/en/accounts/signup/", "/en/accounts/password/reset/"]
)
def test_account_pages_have_the_sites_header_and_language(client, path):
    html = client.get(path).content.decode()

    assert '<html lang="en">' in html
    assert '<span class="brand__name">DARE-NL knowledge platform</span>' in html
    assert f'action="{path}"' in html
