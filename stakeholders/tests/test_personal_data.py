"""GDPR self-service: "download my data" (JSON from every registered part) and "delete my
account" (every part erased with the person's choice, sessions ended, no trace left)."""

import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models.functions import Cast
from django.test import Client

from stakeholders import personal_data
from stakeholders.factories import PASSWORD, ProfileFactory

NAME, EMAIL = "Wilhelmina Zonderland", "wilhelmina.zonderland@example.org"


def _login(client, user):
    client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")


@pytest.fixture
def participant(db):
    return ProfileFactory(
        display_name=NAME, user__username="wilhelmina", user__email=EMAIL, organisation="VSN"
    ).user


@pytest.fixture
def recorded_part(monkeypatch):
    """A part registered as comments will be, recording what the erasers were asked."""
    calls = []
    monkeypatch.setitem(
        personal_data.REGISTRY,
        "comments",
        personal_data.PersonalData(
            key="comments",
            export=lambda user: [{"text": f"by {user.pk}"}],
            erase=lambda user, keep_contributions: calls.append((user.pk, keep_contributions)),
        ),
    )
    return calls


def test_download_my_data_is_json_with_the_profile_and_every_part(
    client, participant, recorded_part
):
    _login(client, participant)

    response = client.get("/en/accounts/profile/data/download/")

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="dare-nl-my-data.json"'
    data = json.loads(response.content)
    assert data["account"]["profile"]["display_name"] == NAME
    assert data["account"]["profile"]["organisation"] == "VSN"
    assert data["account"]["email_addresses"] == [
        {"email": EMAIL, "verified": True, "primary": True}
    ]
    assert data["comments"] == [{"text": f"by {participant.pk}"}]


def test_the_data_pages_need_a_login(client, db):
    assert client.get("/en/accounts/profile/data/download/").url.startswith("/en/accounts/login/")
    assert client.get("/en/accounts/profile/delete/").url.startswith("/en/accounts/login/")


def test_a_wrong_password_deletes_nothing_and_keeps_the_choice(client, participant):
    _login(client, participant)

    response = client.post(
        "/nl/accounts/profile/delete/", {"contributions": "remove", "password": "wrong"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"password": ["Dat is niet uw wachtwoord."]}
    assert 'value="remove" id="id_contributions_1" required checked' in response.content.decode()
    assert get_user_model().objects.filter(pk=participant.pk).exists()


@pytest.mark.parametrize("choice, keep", [("keep", True), ("remove", False)])
def test_deleting_passes_the_choice_to_every_part_and_ends_every_session(
    client, participant, recorded_part, choice, keep
):
    elsewhere = Client()
    _login(elsewhere, participant)
    _login(client, participant)
    participant_id = participant.pk

    response = client.post(
        "/en/accounts/profile/delete/", {"contributions": choice, "password": PASSWORD}
    )

    assert response.url == "/en/accounts/deleted/"
    assert recorded_part == [(participant_id, keep)]
    assert not get_user_model().objects.filter(pk=participant_id).exists()
    assert "_auth_user_id" not in client.session
    assert elsewhere.get("/en/accounts/profile/").status_code == 302
    assert "Your account has been deleted" in client.get(response.url).content.decode()


def _text_columns():
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField | models.JSONField):
                yield model, field


def _rows_naming(text: str) -> list[str]:
    """Every table and column whose value contains ``text`` (case-insensitive)."""
    found = []
    for model, field in _text_columns():
        rows = model._base_manager.all()
        if isinstance(field, models.JSONField):
            rows = rows.annotate(as_text=Cast(field.name, models.TextField()))
            lookup = "as_text__icontains"
        else:
            lookup = f"{field.name}__icontains"
        if rows.filter(**{lookup: text}).exists():
            found.append(f"{model._meta.db_table}.{field.column}")
    return found


@pytest.mark.django_db
def test_after_erasure_no_text_column_names_the_person(client, settings):
    """Sign up with the mail queued in the database (as in production), confirm, use the
    account, delete it: neither name nor address remains in any table."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.post(
        "/en/accounts/signup/",
        {
            "email": EMAIL,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": NAME,
            "role": "patient",
            "preferred_language": "en",
            "consent": "on",
        },
    )
    user = get_user_model().objects.get(email=EMAIL)
    user.emailaddress_set.update(verified=True)
    client.post("/en/accounts/login/", {"login": EMAIL, "password": PASSWORD})
    client.post("/en/accounts/password/reset/", {"email": EMAIL})
    assert "account_emailaddress.email" in _rows_naming(EMAIL)
    assert any(column.startswith("django_tasks_database") for column in _rows_naming(EMAIL))
    assert _rows_naming(NAME) == ["stakeholders_profile.display_name"]

    client.post("/en/accounts/profile/delete/", {"contributions": "keep", "password": PASSWORD})

    assert _rows_naming(EMAIL) == []
    assert _rows_naming(NAME) == []
    assert _rows_naming(EMAIL.split("@")[0]) == []
