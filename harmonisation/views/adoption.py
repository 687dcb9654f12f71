"""An adoption record, and the local SOP compared with the reference version it follows."""

from django.http import Http404


def adoption_record(request, page, pk):
    raise Http404


def local_vs_reference(request, page, pk):
    raise Http404
