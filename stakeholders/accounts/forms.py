"""The sign-up and profile forms: what a participant tells about themselves, and their
consent to the privacy statement, which nobody can sign up without."""

from django import forms
from django.forms.models import fields_for_model
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from stakeholders.accounts import services
from stakeholders.models import Profile

PROFILE_FIELDS = ["display_name", "role", "organisation", "preferred_language"]


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = [*PROFILE_FIELDS, "reply_emails"]

    def clean_display_name(self) -> str:
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError(_("Enter the name to show with what you write."))
        return name


_PROFILE_FORM_FIELDS = fields_for_model(Profile, fields=PROFILE_FIELDS)


class ProfileSignupForm(forms.Form):
    """allauth's sign-up form extends this one (ACCOUNT_SIGNUP_FORM_CLASS): the e-mail and
    password fields come first, then the profile's (a plain form: allauth builds the user)."""

    display_name = _PROFILE_FORM_FIELDS["display_name"]
    role = _PROFILE_FORM_FIELDS["role"]
    organisation = _PROFILE_FORM_FIELDS["organisation"]
    preferred_language = _PROFILE_FORM_FIELDS["preferred_language"]
    clean_display_name = ProfileForm.clean_display_name
    consent = forms.BooleanField(required=True, label_suffix="")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = format_html(
            '{} <a href="{}">{}</a>',
            _("I agree to the"),
            reverse("participant:privacy"),
            _("privacy statement"),
        )
        self.fields["consent"].error_messages["required"] = _(
            "You can only take part if you agree to the privacy statement."
        )

    def signup(self, request, user) -> None:
        services.create_profile(
            user=user,
            consented_at=timezone.now(),
            **{name: self.cleaned_data[name] for name in PROFILE_FIELDS},
        )


class DeleteAccountForm(forms.Form):
    KEEP, REMOVE = "keep", "remove"
    contributions = forms.ChoiceField(
        label=_("What should happen to what you wrote?"),
        choices=[
            (KEEP, _('Keep it, shown as written by "deleted participant"')),
            (REMOVE, _("Remove it")),
        ],
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label=_("Your password, to confirm"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        strip=False,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password

    @property
    def keep_contributions(self) -> bool:
        return self.cleaned_data["contributions"] == self.KEEP
