"""Views for the public version history and the untranslated-page fallback. Thin: they read
through selectors and render."""

from django import forms
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from knowledge.diff import compare_sections
from knowledge.models import PublishedVersion


def _versions(page):
    return list(PublishedVersion.objects.filter(page=page).order_by("-number"))


def version_history(request, page):
    return TemplateResponse(
        request,
        "knowledge/version_history.html",
        {"page": page, "versions": _versions(page), "compare_form": CompareForm(page=page)},
    )


def version_detail(request, page, number):
    version = get_object_or_404(PublishedVersion, page=page, number=number)
    snapshot = version.revision.as_object() if version.revision_id else None
    context = page.get_context(request)
    context.update(
        {
            "page": snapshot or page,
            "viewing_version": version,
            "is_current_version": version.number == page.version,
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


class CompareForm(forms.Form):
    a = forms.TypedChoiceField(label=_("Older version"), coerce=int)
    b = forms.TypedChoiceField(label=_("Newer version"), coerce=int)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        numbers = list(
            PublishedVersion.objects.filter(page=page)
            .order_by("number")
            .values_list("number", flat=True)
        )
        choices = [(number, _("Version %(number)s") % {"number": number}) for number in numbers]
        self.fields["a"].choices = choices
        self.fields["b"].choices = choices
        if len(numbers) >= 2:
            self.fields["a"].initial, self.fields["b"].initial = numbers[-2], numbers[-1]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("a") is not None and cleaned.get("a") == cleaned.get("b"):
            raise forms.ValidationError(_("Choose two different versions to compare."))
        return cleaned


def version_compare(request, page):
    form = CompareForm(request.GET or None, page=page)
    context = {"page": page, "compare_form": form, "versions": _versions(page)}
    if form.is_valid():
        low, high = sorted([form.cleaned_data["a"], form.cleaned_data["b"]])
        by_number = {version.number: version for version in context["versions"]}
        old, new = by_number[low], by_number[high]
        context.update(
            {"old": old, "new": new, "diff": compare_sections(old.sections, new.sections)}
        )
    status = 200 if form.is_valid() or not form.is_bound else 400
    return TemplateResponse(request, "knowledge/version_compare.html", context, status=status)


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
