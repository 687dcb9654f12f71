"""The one-click unsubscribe page, reached from a link in an e-mail without logging in.

GET only asks to confirm (mail scanners and link previews open every link in an e-mail, and
must not unsubscribe anyone); the change is a POST: the page's button, or the mail program's
own one-click POST (RFC 8058, ``List-Unsubscribe-Post``), which carries no CSRF token — the
signed token in the address is what proves the request, so CSRF protection is off here.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from stakeholders.models import ConsultationPage
from stakeholders.notifications import services
from stakeholders.notifications.tokens import InvalidToken, Subscription, read_token


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        asked = read_token(token)
    except InvalidToken:
        return _private(
            render(request, "stakeholders/notifications/unsubscribe_invalid.html", status=400)
        )
    consultation = None
    if asked.what == Subscription.FOLLOW:
        page = ConsultationPage.objects.filter(pk=asked.consultation_id).first()
        consultation = page.localized if page is not None else None
    context = {"what": str(asked.what), "consultation": consultation}
    if request.method == "POST":
        services.unsubscribe(
            user_id=asked.user_id, what=asked.what, consultation_id=asked.consultation_id
        )
        template = "stakeholders/notifications/unsubscribed.html"
    else:
        template = "stakeholders/notifications/unsubscribe.html"
    return _private(render(request, template, context))


def _private(response: HttpResponse) -> HttpResponse:
    """The address is a personal key: never cached, never sent on as a referrer."""
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
