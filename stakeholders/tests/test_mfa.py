"""Anyone who can open an admin must have a second factor (TOTP, with recovery codes);
participants may add one. The admin login is the site's login, so the rule covers it."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission

from stakeholders.factories import (
    PASSWORD,
    ProfileFactory,
    UserFactory,
    add_totp,
    current_totp_code,
)

ACTIVATE = "/nl/accounts/2fa/totp/activate/"
AUTHENTICATE = "/nl/accounts/2fa/authenticate/"


@pytest.fixture(autouse=True)
def _second_factor_required(settings):
    """On everywhere but in tests (dare_platform/settings/test.py), so on here."""
    settings.MFA_REQUIRED_FOR_STAFF = True


def test_the_rule_is_on_unless_the_environment_says_otherwise(monkeypatch):
    import importlib

    from dare_platform.settings import base

    monkeypatch.delenv("MFA_REQUIRED_FOR_STAFF", raising=False)
    assert importlib.reload(base).MFA_REQUIRED_FOR_STAFF is True


@pytest.fixture
def moderator(db):
    """A member of a group that grants the admin (as moderators, editors, the committee)."""
    group = Group.objects.create(name="Comment moderators (test)")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = UserFactory(username="moderator")
    user.groups.add(group)
    return user


def _log_in(client, user, next_url="/admin/"):
    return client.post(
        f"/nl/accounts/login/?next={next_url}", {"login": user.email, "password": PASSWORD}
    )


def _reauthenticate(client):
    """allauth asks for the password again before a second factor is added (a stolen session
    cannot add its own); after that the set-up page opens."""
    response = client.get(ACTIVATE)
    assert response.url == f"/nl/accounts/reauthenticate/?next={ACTIVATE.replace('/', '%2F')}"
    response = client.post(response.url, {"password": PASSWORD})
    assert response.url == ACTIVATE


def test_staff_without_a_second_factor_are_sent_to_set_one_up(client, moderator):
    _log_in(client, moderator)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response.url == ACTIVATE
    assert client.get("/admin/pages/").url == ACTIVATE
    assert client.get("/django-admin/").url == ACTIVATE


def test_staff_logging_in_without_a_next_page_land_on_the_set_up(client, moderator):
    response = client.post("/nl/accounts/login/", {"login": moderator.email, "password": PASSWORD})

    assert response.url == ACTIVATE


@pytest.mark.parametrize("flag", ["is_staff", "is_superuser"])
def test_django_staff_and_superusers_need_one_too(client, db, flag):
    user = UserFactory(username=f"user-{flag}")
    setattr(user, flag, True)
    user.save()
    _log_in(client, user)

    assert client.get("/admin/").url == ACTIVATE


def test_setting_up_totp_opens_the_admin(client, moderator):
    _log_in(client, moderator)
    _reauthenticate(client)
    client.get(ACTIVATE)
    secret = client.session["mfa.totp.secret"]

    response = client.post(ACTIVATE, {"code": current_totp_code(secret)})

    assert response.url == "/nl/accounts/2fa/recovery-codes/"
    assert set(Authenticator.objects.filter(user=moderator).values_list("type", flat=True)) == {
        "totp",
        "recovery_codes",
    }
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_with_a_message(client, moderator):
    _log_in(client, moderator)
    _reauthenticate(client)
    client.get(ACTIVATE)

    response = client.post(ACTIVATE, {"code": "000000"})

    assert response.status_code == 200
    assert response.context["form"].errors == {"code": ["Ongeldige code."]}
    assert not Authenticator.objects.filter(user=moderator).exists()


def test_staff_with_totp_give_the_code_after_the_password(client, moderator):
    secret = add_totp(moderator)

    assert _log_in(client, moderator, "/admin/pages/").url == AUTHENTICATE
    assert client.get("/admin/").status_code == 302  # not logged in yet

    response = client.post(AUTHENTICATE, {"code": current_totp_code(secret)})

    assert response.url == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_second_factor_logs_nobody_in(client, moderator):
    add_totp(moderator)
    _log_in(client, moderator)

    response = client.post(AUTHENTICATE, {"code": "000000"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_participants_are_not_asked_for_a_second_factor(client, db):
    participant = ProfileFactory().user

    response = client.post(
        "/nl/accounts/login/", {"login": participant.email, "password": PASSWORD}
    )

    assert response.url == "/"
    assert client.get("/nl/accounts/profile/").status_code == 200


def test_participants_may_add_one(client, db):
    participant = ProfileFactory().user
    _log_in(client, participant, "/nl/accounts/profile/")
    _reauthenticate(client)

    response = client.get(ACTIVATE)

    assert response.status_code == 200
    assert 'autocomplete="one-time-code"' in response.content.decode()


def test_the_rule_can_be_switched_off_for_a_local_demo(client, moderator, settings):
    settings.MFA_REQUIRED_FOR_STAFF = False
    _log_in(client, moderator)

    assert client.get("/admin/").status_code == 200


def test_staff_can_always_log_out(client, moderator):
    _log_in(client, moderator)

    response = client.post("/admin/logout/")

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
