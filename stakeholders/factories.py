"""Builders for participants, consultations and their discussion."""

import json
import time
import uuid
from dataclasses import dataclass
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
from django.db.models import F
from django.utils import timezone

from knowledge import factories as knowledge_factories
from knowledge.models import ProtocolPage, PublishedVersion
from stakeholders.discussion.sanitise import comment_html
from stakeholders.models import (
    Comment,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationProtocol,
    ConsultationRegulation,
    Endorsement,
    Follow,
    FollowFrequency,
    Profile,
    Report,
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


@dataclass(frozen=True)
class SopConsultation:
    """An open consultation linked to a protocol with a released version; ``steps`` are the
    anchors of that version's procedure steps, in order (``steps[2]`` is step 3)."""

    consultation: ConsultationPage
    protocol: ProtocolPage
    version: PublishedVersion
    steps: list[str]


def consultation_with_sop(
    site,
    *,
    language="en",
    index=None,
    step_count=4,
    identifier="DARE-SOP-0001",
    centre="umcu",
    **fields,
) -> SopConsultation:
    """An open consultation (``fields`` as for ``consultation``) in ``language`` about a
    protocol of that language whose version 1 is released with ``step_count`` steps, owned by
    a new centre page (``centre``: its code, one per call)."""
    owner = knowledge_factories.centre(site, code=centre, title=centre.upper(), language=language)
    protocol = knowledge_factories.protocol(
        owner, identifier=identifier, title=f"{identifier} protocol", step_count=step_count
    )
    version = PublishedVersion.objects.get(page=protocol, number=protocol.version)
    procedure = next(section for section in version.sections if section["key"] == "procedure")
    page = consultation(
        index or consultation_index(site[f"home_{language}"], language),
        protocols=[protocol],
        **fields,
    )
    return SopConsultation(
        consultation=page,
        protocol=protocol,
        version=version,
        steps=[item["id"] for item in procedure["items"]],
    )


# ---- discussion -----------------------------------------------------------------------------
# Rows written directly, without the services' rules (phase, edit window, notifications), so a
# test can set up any thread; the counters the services keep are kept here too.
def _author():
    return ProfileFactory().user


class CommentFactory(factory.django.DjangoModelFactory):
    """A published comment by a new participant with a profile; pass ``consultation`` (and
    ``parent`` for a reply: thread, depth and anchor follow from it)."""

    class Meta:
        model = Comment

    author = factory.LazyFunction(_author)
    parent = None
    thread = factory.LazyAttribute(lambda c: (c.parent.thread or c.parent) if c.parent else None)
    depth = factory.LazyAttribute(lambda c: c.parent.depth + 1 if c.parent else 0)
    version = factory.LazyAttribute(lambda c: c.parent.version if c.parent else None)
    anchor = factory.LazyAttribute(lambda c: c.parent.anchor if c.parent else "")
    text = factory.Sequence(lambda n: f"Comment {n}: the hold time should be shorter.")
    html = factory.LazyAttribute(lambda c: comment_html(c.text))


class EndorsementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Endorsement
        skip_postgeneration_save = True

    user = factory.LazyFunction(_author)

    @factory.post_generation
    def counted(endorsement, create, extracted, **kwargs):
        if create:
            Comment.objects.filter(pk=endorsement.comment_id).update(
                endorsement_count=F("endorsement_count") + 1
            )


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report
        skip_postgeneration_save = True

    reporter = factory.LazyFunction(_author)
    reason = "Dit is reclame."

    @factory.post_generation
    def counted(report, create, extracted, **kwargs):
        if create and report.resolved_at is None:
            Comment.objects.filter(pk=report.comment_id).update(
                open_report_count=F("open_report_count") + 1
            )


class FollowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Follow

    user = factory.LazyFunction(_author)
    frequency = FollowFrequency.IMMEDIATE
