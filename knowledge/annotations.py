"""Notes that other apps attach to knowledge pages, shown on the page and in listings.

The knowledge base knows nothing of the apps built on it (harmonisation imports knowledge,
never the reverse), yet a protocol that is the consortium's harmonised reference must say so
wherever it is shown. So an app registers a *provider* from its ``AppConfig.ready()``: a
function that takes the pages about to be shown and returns, for those it has something to
say about, their notes by page id. A listing asks once for its whole page of results, so a
provider costs one query per listing, however many results it shows.

    def reference_notes(pages):   # harmonisation
        return {page.pk: [Note("harmonised", "Harmonised reference", "…of the working group
                Viral vector QC")] for page in pages if …}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    kind: str  # a short code for styling, e.g. "harmonised"
    label: str  # the badge, in the reader's language: "Harmonised reference"
    detail: str = ""  # one sentence: "Harmonised reference of the working group Viral vector QC"
    url: str = ""  # where the detail is explained, if anywhere


Provider = Callable[[list], dict[int, list[Note]]]
PROVIDERS: list[Provider] = []


def register(provider: Provider) -> None:
    if provider not in PROVIDERS:
        PROVIDERS.append(provider)


def notes_for(pages: Iterable) -> dict[int, list[Note]]:
    """Every registered provider's notes for ``pages``, by page id."""
    pages = [page for page in pages if page is not None]
    notes: dict[int, list[Note]] = {}
    if not pages:
        return notes
    for provider in PROVIDERS:
        for page_id, page_notes in provider(pages).items():
            notes.setdefault(page_id, []).extend(page_notes)
    return notes


def annotate(pages: Iterable) -> None:
    """Set ``page.annotations`` (a list of notes, maybe empty) on each of ``pages``."""
    pages = [page for page in pages if page is not None]
    notes = notes_for(pages)
    for page in pages:
        page.annotations = notes.get(page.pk, [])
