"""The public search seen from the cross-app tests: its page's URL, and its index rebuilt."""

import io

from django.core.management import call_command
from django.urls import reverse
from django.utils import translation


def search_url(language: str) -> str:
    with translation.override(language):
        return reverse("search")


def rebuild_search_index() -> None:
    """The search index holds what the pages held when it was built; rebuild it after the
    database has been restored underneath it."""
    call_command("rebuild_search_index", stdout=io.StringIO())
