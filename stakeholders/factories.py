"""Builders for participants (and, appended by later parts, consultations and comments)."""

import json
import time
import uuid
from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.contrib.auth import get_user_model
from django.utils import timezone

from knowledge import factories as knowledge_factories
from stakeholders.models import (
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationProtocol,
    ConsultationRegulation,
    Profile,
    StakeholderRole,
)

PASSWORD = "Cell-therapy-2026!"  # noqa: S105 - tests only


class UserFactory(factory.django.DjangoModelFactory):
    """A user who can log in: password ``PASSWORD``, a verified primary address."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"participant-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_address(user, create, extracted, **kwargs):
        if create:
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Participant {n}")
    role = StakeholderRole.PATIENT
    organisation = ""
    preferred_language = "nl"
    consented_at = factory.LazyFunction(timezone.now)


def add_totp(user) -> str:
    """Give ``user`` an authenticator app; returns its secret (for ``current_totp_code``)."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_totp_code(secret: str) -> str:
    """The code an authenticator app shows now for ``secret``."""
    counter = int(time.time()) // app_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


# ---- consultations ------------------------------------------------------------------------
# Published through revisions as editors publish them, under knowledge.factories.build_site().
INDEX_TITLES = {"nl": ("Consultaties", "consultaties"), "en": ("Consultations", "consultations")}


def questions(*texts: str) -> str:
    return json.dumps(
        [{"type": "question", "value": text, "id": str(uuid.uuid4())} for text in texts]
    )


def consultation_index(home, language: str, translation_of=None) -> ConsultationIndexPage:
    title, slug = INDEX_TITLES[language]
    return knowledge_factories.add_page(
        home,
        ConsultationIndexPage(
            title=title, slug=slug, locale=knowledge_factories.locale(language), show_in_menus=True
        ),
        translation_of=translation_of,
    )


def consultation(
    index: ConsultationIndexPage,
    *,
    title="Bewaartijd van leukaferesemateriaal",
    slug=None,
    opens_in=timedelta(days=-7),
    closes_in=timedelta(days=21),
    protocols=(),
    regulations=(),
    translation_of=None,
    **fields,
) -> ConsultationPage:
    """A live consultation under ``index``; ``opens_in``/``closes_in`` are relative to now
    (the default is open)."""
    now = timezone.now()
    defaults = {
        "summary": "Hoe lang mag leukaferesemateriaal wachten voor het wordt bewerkt?",
        "questions": questions("Is een bewaartijd van 24 uur haalbaar in uw centrum?"),
        "background": "<p>De bewaartijd verschilt nu per centrum.</p>",
        "plain_summary": "Wij willen weten wat u vindt. Het gaat om de tijd tot de bewerking.",
        "audiences": ["patient", "clinician"],
        "opens_at": now + opens_in,
        "closes_at": now + closes_in,
    }
    defaults.update(fields)
    page = ConsultationPage(
        title=title,
        slug=slug or title.lower().replace(" ", "-")[:80],
        locale=index.locale,
        **defaults,
    )
    page.linked_protocols = [ConsultationProtocol(protocol=protocol) for protocol in protocols]
    page.linked_regulations = [ConsultationRegulation(regulation=item) for item in regulations]
    return knowledge_factories.add_page(index, page, translation_of=translation_of)
