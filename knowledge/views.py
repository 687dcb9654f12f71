"""The untranslated-page fallback. Thin: it finds the page and lets the page render itself.
The version history's views live in ``knowledge/version_views.py``, called by the pages' routes."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language
from wagtail.models import Locale, Page


def untranslated_page(request, page_id):
    """Show a page that has no version in the reader's language, in its own language, inside
    the reader's interface, and say so."""
    page = get_object_or_404(Page.objects.live().public().specific(), pk=page_id)
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is None:
        raise Http404
    if page.locale_id == locale.pk:
        return redirect(page.url)
    translation = page.get_translation_or_none(locale)
    if translation is not None and translation.live:
        return redirect(translation.url)
    request.language_fallback_for = page
    return page.serve(request)
