"""The public version history of a controlled document: the list of released versions, one
version as released, and the comparison of two.

Each view takes the page it belongs to and reads its versions through the page
(``page.published_versions``), so the page's routes (``knowledge/models/mixins.py``) call these
views without this module importing any model back: models → version views, one way.
"""

from django import forms
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from knowledge.audit import audit_trail
from knowledge.diff import compare_sections


def _versions(page) -> list:
    """Newest first."""
    return list(page.published_versions.order_by("-number"))


class CompareForm(forms.Form):
    a = forms.TypedChoiceField(label=_("Older version"), coerce=int)
    b = forms.TypedChoiceField(label=_("Newer version"), coerce=int)

    def __init__(self, *args, numbers: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        numbers = sorted(numbers)
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


def version_history(request, page):
    versions = _versions(page)
    return TemplateResponse(
        request,
        "knowledge/version_history.html",
        {
            "page": page,
            "versions": versions,
            # Per version, newest first: when it was published and which review steps (roles,
            # never people) approved it, from the audit trail.
            "version_trails": audit_trail(page, versions).released,
            "detail_route": page.version_route("version_detail"),
            "compare_form": CompareForm(numbers=[version.number for version in versions]),
        },
    )


def version_detail(request, page, number):
    version = get_object_or_404(page.published_versions, number=number)
    snapshot = version.revision.as_object() if version.revision_id else None
    context = page.get_context(request)
    context.update(
        {
            "page": snapshot or page,
            "viewing_version": version,
            # The highest released number is current, whatever the draft's number says.
            "is_current_version": not page.published_versions.filter(
                number__gt=version.number
            ).exists(),
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


def version_compare(request, page):
    versions = _versions(page)
    form = CompareForm(request.GET or None, numbers=[version.number for version in versions])
    context = {"page": page, "compare_form": form, "versions": versions}
    if form.is_valid():
        low, high = sorted([form.cleaned_data["a"], form.cleaned_data["b"]])
        by_number = {version.number: version for version in versions}
        old, new = by_number[low], by_number[high]
        context.update(
            {"old": old, "new": new, "diff": compare_sections(old.sections, new.sections)}
        )
    status = 200 if form.is_valid() or not form.is_bound else 400
    return TemplateResponse(request, "knowledge/version_compare.html", context, status=status)
