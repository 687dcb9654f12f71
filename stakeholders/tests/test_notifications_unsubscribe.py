"""One-click unsubscribe without logging in: a signed link that GET only confirms (mail
scanners open links), a POST from the page or from the mail program (RFC 8058) that does it,
and a clear page, not an error, for a link that was altered."""

import pytest
from django.core import signing
from django.test import Client

from stakeholders import factories
from stakeholders.discussion import services as discussion
from stakeholders.models import Follow, Profile
from stakeholders.notifications.tokens import (
    SALT,
    InvalidToken,
    Subscription,
    make_token,
    read_token,
)


@pytest.fixture
def consultations(site):
    index = factories.consultation_index(site["home_en"], "en")
    return (
        factories.consultation(index, title="Storage time", slug="storage-time"),
        factories.consultation(index, title="Labels", slug="labels"),
    )


@pytest.fixture
def participant(consultations):
    user = factories.ProfileFactory(display_name="Anna").user
    for page in consultations:
        discussion.follow(consultation=page, user=user)
    return user


def url(token, language="en"):
    return f"/{language}/accounts/unsubscribe/{token}/"


def reply_emails(user) -> bool:
    return Profile.objects.get(user=user).reply_emails


def test_get_only_asks_to_confirm_and_the_button_stops_reply_emails(client, participant):
    token = make_token(user_id=participant.pk, what=Subscription.REPLIES)

    page = client.get(url(token))
    html = page.content.decode()
    assert page.status_code == 200
    assert page["Cache-Control"] == "private, no-store"
    assert "You will no longer get an e-mail when someone replies" in html
    assert '<form method="post">' in html and "Yes, stop these e-mails" in html
    assert reply_emails(participant) is True

    done = client.post(url(token))
    assert done.status_code == 200
    assert "Done: you will no longer get an e-mail" in done.content.decode()
    assert reply_emails(participant) is False
    assert Follow.objects.filter(user=participant).count() == 2
    assert client.post(url(token)).status_code == 200  # a second time changes nothing


def test_the_mail_programs_one_click_post_needs_no_csrf_token(consultations, participant):
    storage, labels = consultations
    token = make_token(user_id=participant.pk, what=Subscription.FOLLOW, consultation_id=storage.pk)
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(
        url(token),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert list(Follow.objects.filter(user=participant).values_list("consultation", flat=True)) == [
        labels.pk
    ]
    assert reply_emails(participant) is True


def test_the_follow_page_names_the_consultation_in_dutch(client, consultations, participant):
    token = make_token(
        user_id=participant.pk, what=Subscription.FOLLOW, consultation_id=consultations[0].pk
    )
    html = client.get(url(token, "nl")).content.decode()
    assert '<html lang="nl">' in html
    assert "U volgt de consultatie “Storage time” niet meer" in html


def test_all_stops_replies_and_every_follow(client, participant):
    client.post(url(make_token(user_id=participant.pk, what=Subscription.ALL)))
    assert reply_emails(participant) is False
    assert not Follow.objects.filter(user=participant).exists()


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        "eyJ1IjoxLCJ3IjoiYWxsIn0:1xZ44A:W84S1kMqcoARx1CKc68n2WuDKpzeb-bTzGJurbLX9gU",
        signing.dumps({"u": 1, "w": "all"}, salt="another-salt"),
        signing.dumps({"u": 1, "w": "everything"}, salt=SALT),
        signing.dumps(["u", 1], salt=SALT),
    ],
    # Signed tokens hold the time they were made: named by position, so that every
    # pytest-xdist worker collects the same test names whenever it starts.
    ids=["nonsense", "signed-elsewhere", "other-salt", "unknown-subscription", "not-an-object"],
)
def test_an_altered_link_gets_a_clear_page_with_status_400(client, participant, token):
    with pytest.raises(InvalidToken):
        read_token(token)
    for method in (client.get, client.post):
        response = method(url(token, "nl"))
        assert response.status_code == 400
        html = response.content.decode()
        assert "Deze link werkt niet" in html
        assert 'role="alert"' in html
    assert reply_emails(participant) is True
    assert Follow.objects.filter(user=participant).count() == 2


def test_a_token_for_someone_else_cannot_be_made_by_editing_it(client, participant):
    token = make_token(user_id=participant.pk, what=Subscription.ALL)
    _payload, rest = token.split(":", 1)
    other = signing.dumps({"u": participant.pk + 1, "w": "all"}, salt=SALT).split(":", 1)[0]
    assert client.post(url(f"{other}:{rest}")).status_code == 400
    assert reply_emails(participant) is True


def test_a_link_of_an_erased_account_changes_nothing_and_does_not_fail(client, db):
    token = make_token(user_id=987654, what=Subscription.ALL)
    assert client.post(url(token)).status_code == 200


def test_other_methods_are_refused(client, participant):
    token = make_token(user_id=participant.pk, what=Subscription.REPLIES)
    assert client.put(url(token)).status_code == 405


def test_the_profile_has_the_reply_emails_checkbox(client, participant):
    client.force_login(participant, backend="allauth.account.auth_backends.AuthenticationBackend")
    html = client.get("/en/accounts/profile/").content.decode()
    assert 'type="checkbox" name="reply_emails"' in html
    profile = participant.stakeholder_profile
    client.post(
        "/en/accounts/profile/",
        {
            "display_name": profile.display_name,
            "role": profile.role,
            "organisation": "",
            "preferred_language": "en",
        },
    )
    assert reply_emails(participant) is False
