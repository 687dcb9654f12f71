"""The system checks of dare_platform.checks."""

from dare_platform import checks

SMTP = "django.core.mail.backends.smtp.EmailBackend"


def _ids(messages) -> list[str]:
    return [message.id for message in messages]


def test_production_without_a_mail_server_is_warned_about(settings):
    settings.EMAIL_BACKEND, settings.EMAIL_HOST = SMTP, ""

    assert _ids(checks.check_email_host()) == ["dare.W001"]


def test_a_configured_mail_server_passes(settings):
    settings.EMAIL_BACKEND, settings.EMAIL_HOST = SMTP, "smtp.umcu.example"

    assert checks.check_email_host() == []


def test_mail_to_the_console_or_memory_needs_no_mail_server(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    settings.EMAIL_HOST = ""

    assert checks.check_email_host() == []


def test_starttls_and_implicit_tls_together_are_an_error(settings):
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = True

    assert _ids(checks.check_email_encryption()) == ["dare.E001"]


def test_one_kind_of_tls_passes(settings):
    settings.EMAIL_USE_TLS, settings.EMAIL_USE_SSL = False, True

    assert checks.check_email_encryption() == []


def test_the_dummy_cache_is_refused_because_rate_limits_would_count_nothing(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    assert _ids(checks.check_rate_limit_cache()) == ["dare.E002"]


def test_the_local_memory_cache_counts_rate_limits(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

    assert checks.check_rate_limit_cache() == []


def test_every_rich_text_of_the_project_uses_the_editor_features():
    assert checks.check_rich_text_features() == []


def test_a_rich_text_feature_the_output_cleaning_does_not_know_is_an_error(monkeypatch):
    monkeypatch.setattr(
        checks, "RICH_TEXT_FEATURES", ["bold", "italic", "link", "ol", "ul", "subscript"]
    )

    messages = [message.msg for message in checks.check_rich_text_features()]

    assert (
        "knowledge.ProtocolPage.purpose uses rich text features outside RICH_TEXT_FEATURES: "
        "['superscript']."
    ) in messages
    assert (
        "knowledge.InformationPage.body (paragraph) uses rich text features outside "
        "RICH_TEXT_FEATURES: ['superscript']."
    ) in messages
