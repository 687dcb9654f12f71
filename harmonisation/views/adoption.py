"""An adoption record, and the local SOP compared with the reference version it follows.
Both are public pages of the harmonisation page (``harmonisation.pages``), in the reader's
language; an unknown record is a 404."""

from django.http import Http404
from django.template.response import TemplateResponse

from harmonisation import selectors
from harmonisation.comparison import compare
from harmonisation.models import Adoption


def _record(page, pk) -> selectors.AdoptionRecord:
    """The record, or a 404 when it does not exist or its reference is not published (a
    record about a draft would make the draft public)."""
    try:
        record = selectors.adoption_record(pk, language=page.locale.language_code)
    except Adoption.DoesNotExist as missing:
        raise Http404 from missing
    if record.reference_page is None:
        raise Http404
    return record


def _context(request, page, record) -> dict:
    context = page.get_context(request)
    context.update(
        {
            "record": record,
            "adoption": record.adoption,
            "record_url": page.route_url("adoption", pk=record.adoption.pk),
            "comparison_url": page.route_url("comparison", pk=record.adoption.pk),
        }
    )
    return context


def adoption_record(request, page, pk):
    record = _record(page, pk)
    return TemplateResponse(
        request, "harmonisation/adoption_record.html", _context(request, page, record)
    )


def local_vs_reference(request, page, pk):
    record = _record(page, pk)
    context = _context(request, page, record)
    reference_version = selectors.reference_version_for_comparison(record)
    local_version = record.local_version
    if reference_version is not None and local_version is not None:
        language = record.adoption.local_sop.locale.language_code
        context.update(
            {
                "reference_version": reference_version,
                # The compared texts are in the local SOP's language, marked as such when the
                # reader reads another.
                "compared_language": "" if language == page.locale.language_code else language,
                "comparison": compare(
                    reference_version.sections, local_version.sections, record.deviations
                ),
            }
        )
    return TemplateResponse(request, "harmonisation/comparison.html", context)
