"""The one rule for which member centre owns something, used wherever ownership matters
(listings, search documents, permissions): a page by the centre page it sits under, a document
or image by the centre collection it sits in, a record by its ``centre`` field."""

from __future__ import annotations

from wagtail.models import Collection, Page

from knowledge.models import Centre, CentrePage


def _prefixes(path: str, steplen: int) -> list[str]:
    """The materialised paths of a tree node and all its ancestors, nearest first."""
    return [path[:end] for end in range(len(path), 0, -steplen)]


def owner_of(obj) -> Centre | None:
    if isinstance(obj, Centre):
        return obj
    if isinstance(obj, Page):
        return owner_in(obj, owners_by_path(_prefixes(obj.path, Page.steplen)))
    centre = getattr(obj, "centre", None)
    if isinstance(centre, Centre):
        return centre
    collection = getattr(obj, "collection", None)
    if isinstance(collection, Collection):
        return (
            Centre.objects.filter(
                collection__path__in=_prefixes(collection.path, Collection.steplen)
            )
            .order_by("-collection__depth")
            .first()
        )
    return None


def owners_by_path(paths=None) -> dict[str, Centre]:
    """The centre of every centre page, keyed by the page's tree path: one query, so a listing
    or a search projection names the owner of many pages with ``owner_in``."""
    return {path: page.centre for path, page in owning_pages_by_path(paths).items()}


def owner_in(page: Page, owners: dict[str, Centre]) -> Centre | None:
    """``owner_of`` for a page, answered from ``owners_by_path()`` without a query."""
    return _nearest(page, owners)


def owning_pages_by_path(paths=None) -> dict[str, CentrePage]:
    """Every centre page (or those at ``paths``) by tree path, with its centre: to show a
    page's owner by the name of the centre page above it, in the page's language."""
    pages = CentrePage.objects.exclude(centre=None).select_related("centre")
    if paths is not None:
        pages = pages.filter(path__in=paths)
    return {
        page.path: page
        for page in pages.only("title", "path", "code", "url_path", "locale_id", "centre")
    }


def owning_page_in(page: Page, pages: dict[str, CentrePage]) -> CentrePage | None:
    return _nearest(page, pages)


def _nearest(page: Page, by_path: dict):
    """The entry of the page's nearest ancestor (or the page itself) in a by-path map."""
    for prefix in _prefixes(page.path, Page.steplen):
        if prefix in by_path:
            return by_path[prefix]
    return None
