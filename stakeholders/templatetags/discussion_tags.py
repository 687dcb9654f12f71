"""Template helpers of the discussion, whose page shows twenty threads with their replies,
each comment with a form to answer it."""

import uuid

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from dare_platform.rendering import once_per_render

register = template.Library()

REPLY_FORM = "stakeholders/discussion/comment_form.html"
# Stand-ins for what tells two reply forms apart, filled in once the form is rendered: the
# comment answered and the form's own submission key. NUL never occurs in a page address or
# a translation, so nothing else in the form is taken for them.
ANSWERED = "\0answered\0"
KEY = "\0key\0"


@register.simple_tag(takes_context=True)
def reply_form(context, node):
    """The form answering ``node``'s comment. Reply forms differ only in the comment they
    answer and their submission key, so the form is rendered once per page and each
    comment's copy gets its own two filled in."""
    markup = once_per_render(context, "stakeholders:reply_form", lambda: _blank_reply_form(context))
    filled_in = markup.replace(ANSWERED, str(node.pk)).replace(KEY, str(uuid.uuid4()))
    return mark_safe(filled_in)  # noqa: S308 - the form's markup, escaped when rendered


def _blank_reply_form(context) -> str:
    with context.push(
        form_id=f"reply-to-{ANSWERED}",
        parent=ANSWERED,
        key=KEY,
        with_stance=False,
        errors=None,
        text=None,
        version=None,
        anchor=None,
        context_label="",
        submit_label=_("Send reply"),
    ):
        return context.template.engine.get_template(REPLY_FORM).render(context)
