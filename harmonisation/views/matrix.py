"""The harmonisation matrix and its CSV/XLSX exports, both read from ``build_matrix`` with the
request's filters, so a download holds what the page showed (all its pages)."""

from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from harmonisation import exports
from harmonisation.matrix import PAGE_PARAMETER, PARAMETERS, build_matrix
from harmonisation.models import AdoptionStatus

EXPORTS = {
    "csv": (exports.as_csv, exports.CSV_TYPE),
    "xlsx": (exports.as_xlsx, exports.XLSX_TYPE),
}
# Reversed once into the record route to find where a record's number goes in its URL (its
# last occurrence): a matrix links a thousand records, and reversing each cost more than the
# rest of the page.
_PLACEHOLDER_PK = 987654321


def adoption_urls(request, page):
    """A function giving an adoption record's URL: the route is reversed once, then each
    record's number is put in its place."""
    url = page.get_url(request) + page.reverse_subpage(
        page.route_name("adoption"), kwargs={"pk": _PLACEHOLDER_PK}
    )
    before, after = url.rsplit(str(_PLACEHOLDER_PK), 1)
    return lambda pk: f"{before}{pk}{after}"


def matrix(request, page):
    built = build_matrix(
        data=request.GET,
        language=get_language(),
        adoption_url=adoption_urls(request, page),
        request=request,
        page=request.GET.get(PAGE_PARAMETER, 1),
    )
    filters = request.GET.copy()
    for name in set(filters) - PARAMETERS:
        del filters[name]
    query = filters.urlencode()
    suffix = f"?{query}" if query else ""
    return page.render(
        request,
        context_overrides={
            "matrix": built,
            "filter_form": built.form,
            "active_filters": built.form.active_filters(),
            "ignored_filters": built.form.ignored_filters(),
            "page_obj": built.page_obj,
            "query_without_page": query,
            "csv_url": page.route_url("export", file_format="csv") + suffix,
            "xlsx_url": page.route_url("export", file_format="xlsx") + suffix,
            "qc_url": page.route_url("qc"),
            "statuses": [*AdoptionStatus.choices, ("", _("No record"))],
        },
    )


def export(request, page, file_format):
    if file_format not in EXPORTS:
        raise Http404
    render, content_type = EXPORTS[file_format]
    built = build_matrix(data=request.GET, language=get_language())  # every row, no links
    response = HttpResponse(render(built), content_type=content_type)
    name = exports.filename(built, get_language(), file_format)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
