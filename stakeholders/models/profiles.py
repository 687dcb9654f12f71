"""Participant profiles: what a stakeholder shows of themselves beside what they write.

The display name is public and the e-mail address never is, so everything that shows a
participant (comments, headers, e-mails to others) reads the profile, not the user. Staff
accounts made in the admin have no profile; they are shown by their username.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stakeholders.roles import StakeholderRole

__all__ = ["Profile", "StakeholderRole"]


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stakeholder_profile"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=60,
        help_text=_("Shown with everything you write. Your e-mail address is never shown."),
    )
    role = models.CharField(_("stakeholder role"), max_length=32, choices=StakeholderRole.choices)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mails we send you."),
    )
    reply_emails = models.BooleanField(
        _("e-mail me replies to my comments"),
        default=True,
        help_text=_("Every e-mail has a link to turn this off."),
    )
    # Proof of consent (GDPR art. 7): when the person agreed to the privacy statement.
    consented_at = models.DateTimeField(_("consented at"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("participant profile")
        verbose_name_plural = _("participant profiles")

    def __str__(self) -> str:
        return self.display_name
