"""The moderators' action forms: a reason (required where the action removes something or
someone), and for deletion an explicit confirmation, since it cannot be undone."""

from django import forms
from django.utils.translation import gettext_lazy as _

from stakeholders.discussion.services import REASON_MAX_LENGTH


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"),
        help_text=_("Kept in the moderation log."),
        max_length=REASON_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RequiredReasonForm(ReasonForm):
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("Required; kept in the moderation log."),
        max_length=REASON_MAX_LENGTH,
        error_messages={"required": _("A reason is required for this action.")},
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class DeleteForm(RequiredReasonForm):
    confirm = forms.BooleanField(
        label=_("I understand that the text of this comment is removed for good."),
        error_messages={"required": _("Confirm that the comment may be deleted.")},
    )
