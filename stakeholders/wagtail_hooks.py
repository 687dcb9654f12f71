"""The editor's readability hint under a consultation's summary for patients: a small script
(static/stakeholders/readability.js) whose limits and messages come from here, so the hint
uses the rules of stakeholders/readability.py and speaks the editor's language."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks

from stakeholders import readability
from stakeholders.moderation.roles import ensure_moderators_group
from stakeholders.moderation.viewset import ModerationViewSet


@hooks.register("insert_editor_js")
def readability_hint_js():
    return format_html(
        '<script src="{}" defer data-field="plain_summary"'
        ' data-max-sentence-words="{}" data-long-word-letters="{}" data-max-long-word-share="{}"'
        ' data-text-sentences="{}" data-text-long-words="{}" data-text-plain="{}"'
        ' data-text-not-plain="{}"></script>',
        static("stakeholders/readability.js"),
        readability.MAX_AVERAGE_SENTENCE_WORDS,
        readability.LONG_WORD_LETTERS,
        readability.MAX_LONG_WORD_SHARE,
        _("Average sentence: %(average)s words (aim for %(limit)s or fewer)."),
        _("Long words: %(count)s of %(total)s (%(examples)s)."),
        _("Readable for most patients (B1)."),
        _("Hard to read: use shorter sentences and everyday words."),
    )


@hooks.register("insert_global_admin_css")
def readability_hint_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("stakeholders/readability-admin.css")
    )


@hooks.register("register_admin_viewset")
def register_moderation_viewset():
    return ModerationViewSet()


@hooks.register("ensure_editorial_roles")
def moderators_group():
    return ensure_moderators_group()
