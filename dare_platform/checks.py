"""System checks for the wiring that fails silently when misconfigured: mail that is never sent,
login rate limits that count nothing, rich text features that output cleaning would strip."""

from django.apps import apps
from django.conf import settings
from django.core import checks
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField, StreamField

from dare_platform.blocks.content import RICH_TEXT_FEATURES

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DUMMY_CACHE = "django.core.cache.backends.dummy.DummyCache"


def check_email_host(app_configs=None, **kwargs):
    """Deploy only: without a mail server nobody can confirm an address or reset a password."""
    if settings.EMAIL_BACKEND == SMTP_BACKEND and not settings.EMAIL_HOST:
        return [
            checks.Warning(
                "EMAIL_HOST is not set: sign-up confirmations and password resets are not sent.",
                hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD).",
                id="dare.W001",
            )
        ]
    return []


def check_email_encryption(app_configs=None, **kwargs):
    if settings.EMAIL_USE_TLS and settings.EMAIL_USE_SSL:
        return [
            checks.Error(
                "EMAIL_USE_TLS and EMAIL_USE_SSL are both on; the mail server takes one of them.",
                hint="Port 587 wants EMAIL_USE_TLS, port 465 EMAIL_USE_SSL.",
                id="dare.E001",
            )
        ]
    return []


def check_rate_limit_cache(app_configs=None, **kwargs):
    """allauth counts failed logins in the default cache; the dummy cache forgets every count."""
    if settings.CACHES["default"]["BACKEND"] == DUMMY_CACHE:
        return [
            checks.Error(
                "The default cache is the dummy cache, so login rate limits never trigger.",
                hint="Use Redis (REDIS_URL) or the local-memory cache.",
                id="dare.E002",
            )
        ]
    return []


def _rich_text_blocks(block):
    if isinstance(block, RichTextBlock):
        yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from _rich_text_blocks(child)
    if getattr(block, "child_block", None) is not None:
        yield from _rich_text_blocks(block.child_block)


def _rich_text_features(field) -> list[tuple[str, list[str] | None]]:
    """(where, features) of every rich text in a model field; ``None`` is Wagtail's defaults."""
    if isinstance(field, RichTextField):
        return [(field.name, field.features)]
    if isinstance(field, StreamField):
        return [
            (f"{field.name} ({block.name or 'block'})", block.features)
            for block in _rich_text_blocks(field.stream_block)
        ]
    return []


def _outside_the_editor_features(features: list[str] | None):
    if features is None:
        return "Wagtail's defaults"
    return sorted(set(features) - set(RICH_TEXT_FEATURES))


def check_rich_text_features(app_configs=None, **kwargs):
    """Output cleaning (dare_platform.richtext) allows only what ``RICH_TEXT_FEATURES`` produce,
    so a rich text with other features would lose its markup on the page."""
    configs = app_configs or apps.get_app_configs()
    errors = []
    for model in (model for config in configs for model in config.get_models()):
        for field in model._meta.get_fields(include_parents=False):
            for where, features in _rich_text_features(field):
                if outside := _outside_the_editor_features(features):
                    errors.append(
                        checks.Error(
                            f"{model._meta.label}.{where} uses rich text features outside "
                            f"RICH_TEXT_FEATURES: {outside}.",
                            hint="Pass features=RICH_TEXT_FEATURES, or extend RICH_TEXT_FEATURES "
                            "(and check dare_platform.richtext allows what they produce).",
                            obj=model,
                            id="dare.E003",
                        )
                    )
    return errors


def register():
    checks.register(check_email_host, checks.Tags.security, deploy=True)
    checks.register(check_email_encryption)
    checks.register(check_rate_limit_cache, checks.Tags.security)
    checks.register(check_rich_text_features, checks.Tags.templates)
