"""The participant's forms. They check what refers to something (the comment answered, the SOP
step commented on); the text itself is checked by the services, which give the same message
wherever it is written. Text fields keep what was typed (``strip=False``), so a refused comment
comes back exactly as the participant left it."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from knowledge.models import PublishedVersion
from stakeholders.accounts.adapter import display_name
from stakeholders.discussion.selectors import anchor_label, anchored_items, sop_pages
from stakeholders.models import Comment, FollowFrequency, Stance

STANCE_CHOICES = [("", _("No stance")), *Stance.choices]


class CommentForm(forms.Form):
    """A comment, a reply (``parent``) or a comment on a step of a linked SOP (``version`` and
    ``anchor``). After validation ``reply_to`` is the comment answered and ``anchored_to``
    says which step the comment is about."""

    text = forms.CharField(label=_("Your comment"), widget=forms.Textarea, strip=False)
    stance = forms.ChoiceField(
        label=_("Your stance (optional)"), choices=STANCE_CHOICES, required=False
    )
    submission_key = forms.UUIDField(required=False)
    parent = forms.IntegerField(required=False, min_value=1)
    version = forms.IntegerField(required=False, min_value=1)
    anchor = forms.CharField(required=False, max_length=64)

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        # Emptiness and length are the service's to judge, with its message.
        self.fields["text"].required = False
        self.consultation = consultation
        self.reply_to: Comment | None = None
        self.anchored_to = ""

    @property
    def context_label(self) -> str:
        """What the comment answers or is about, shown above it when it comes back."""
        if self.reply_to is None:
            return self.anchored_to
        author = self.reply_to.author
        if author is None:
            return _("In reply to a deleted participant")
        return _("In reply to %(name)s") % {"name": display_name(author)}

    @property
    def takes_stance(self) -> bool:
        """Replies take no stance; the thread's first comment does."""
        return self.reply_to is None and not self.data.get("parent")

    @property
    def error_list(self) -> list[str]:
        """Every error, hidden fields' included, for the one alert above the form."""
        return [message for errors in self.errors.values() for message in errors]

    def clean_parent(self):
        pk = self.cleaned_data["parent"]
        if pk is None:
            return None
        parent = (
            Comment.objects.filter(pk=pk, consultation=self.consultation)
            .select_related("thread", "author__stakeholder_profile")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(_("The comment you answered no longer exists."))
        self.reply_to = parent
        return parent

    def clean(self):
        cleaned = super().clean()
        version_pk, anchor = cleaned.get("version"), cleaned.get("anchor", "")
        if cleaned.get("parent") is not None or (version_pk is None and not anchor):
            cleaned["version"], cleaned["anchor"] = None, ""
            return cleaned
        language = Locale.objects.filter(language_code=get_language()).first()
        pages = sop_pages(self.consultation, language or self.consultation.locale)
        version = (
            PublishedVersion.objects.filter(pk=version_pk, page_id__in=list(pages)).first()
            if version_pk is not None
            else None
        )
        item = anchored_items(version).get(anchor) if version is not None else None
        if item is None:
            raise forms.ValidationError(
                _("That step is not part of a protocol under consultation.")
            )
        cleaned["version"] = version
        self.anchored_to = anchor_label(
            item, identifier=pages[version.page_id].identifier, version_number=version.number
        )
        return cleaned


class EditForm(forms.Form):
    text = forms.CharField(
        label=_("Your comment"), widget=forms.Textarea, strip=False, required=False
    )


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this comment?"),
        help_text=_("Only the moderators read this."),
        widget=forms.Textarea,
        strip=False,
        required=False,
    )


class FollowForm(forms.Form):
    """Follow with a frequency, or ``action=unfollow``."""

    frequency = forms.ChoiceField(choices=FollowFrequency.choices, required=False)
    action = forms.ChoiceField(choices=[("unfollow", "unfollow")], required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") != "unfollow" and not cleaned.get("frequency"):
            raise forms.ValidationError(_("Choose how often you want to hear from us."))
        return cleaned
