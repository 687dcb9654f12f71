"""The cross-centre QC comparison: how each centre tests a quality attribute."""

from django.http import Http404


def qc_comparison(request, page, attribute):
    raise Http404
