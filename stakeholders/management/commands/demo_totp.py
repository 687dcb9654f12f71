"""Second factors for the demo's staff logins, so a local demo shows the admin as it is in
production (staff must use TOTP) without a phone: each demo staff account gets an
authenticator, and this command prints the code it shows now. Run it again for fresh codes.

Only with DEBUG on (dev settings): a real site's staff set up their own authenticator."""

import time

from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from stakeholders.accounts.mfa import must_have_second_factor

DEMO_DOMAIN = "@dare-nl.example"


class Command(BaseCommand):
    help = "Give the demo's staff logins an authenticator and print their current codes."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_totp is for local demos only (DEBUG on).")
        period = app_settings.TOTP_PERIOD
        counter = int(time.time()) // period
        staff = get_user_model().objects.filter(email__endswith=DEMO_DOMAIN).order_by("username")
        self.stdout.write(
            f"Second-factor codes (valid for {period} s; `make demo-codes` for new ones):"
        )
        for user in staff:
            if not must_have_second_factor(user):
                continue
            authenticator = Authenticator.objects.filter(
                user=user, type=Authenticator.Type.TOTP
            ).first()
            if authenticator is None:
                authenticator = TOTP.activate(user, generate_totp_secret()).instance
            secret = decrypt(authenticator.data["secret"])
            code = format_hotp_value(hotp_value(secret, counter))
            self.stdout.write(f"  {user.username:<28} {code}   (secret for an app: {secret})")
