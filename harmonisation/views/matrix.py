"""The harmonisation matrix and its CSV/XLSX exports (filled by the matrix work)."""

from django.http import Http404


def matrix(request, page):
    return page.render(request)


def export(request, page, file_format):
    raise Http404
