"""The participant's own pages: profile, "download my data", "delete my account", and the
privacy statement the sign-up form links to."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from stakeholders import personal_data
from stakeholders.accounts import services
from stakeholders.accounts.forms import DeleteAccountForm, ProfileForm
from stakeholders.models import Profile, StakeholderRole


def _profile_of(user) -> Profile:
    """The person's profile; staff made in the admin get one on first save."""
    try:
        return user.stakeholder_profile
    except Profile.DoesNotExist:
        return Profile(
            user=user,
            display_name=user.get_username(),
            role=StakeholderRole.OTHER,
            consented_at=timezone.now(),
        )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=_profile_of(request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("participant:profile")
    return render(request, "stakeholders/account/profile.html", {"form": form})


@login_required
@require_GET
def my_data(request: HttpRequest) -> HttpResponse:
    return render(request, "stakeholders/account/data.html", {"parts": personal_data.REGISTRY})


@login_required
@require_GET
def download_my_data(request: HttpRequest) -> HttpResponse:
    data = {"exported_at": timezone.now().isoformat(), **personal_data.export(request.user)}
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="dare-nl-my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.erase_account(user=user, keep_contributions=form.keep_contributions)
        return redirect("participant:deleted")
    return render(request, "stakeholders/account/delete.html", {"form": form})


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "stakeholders/account/privacy.html")


@require_GET
def deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "stakeholders/account/deleted.html")
