"""Template helpers shared by every app: language switching, hreflang, menus, breadcrumbs.
Domain-specific helpers live in their app (e.g. ``knowledge_tags``)."""

from dataclasses import dataclass

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse, translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site, get_page_models

from dare_platform.base_url import absolute_url
from dare_platform.page_cache import cached_until_publication
from dare_platform.pages import in_language
from dare_platform.rendering import once_per_render

register = template.Library()

HOME_DEPTH = 2  # the tree root is depth 1; each language's home page sits below it


def _language_targets(context) -> list[dict]:
    """Where each language's version of what is shown lives. The language switcher and the
    hreflang links both ask, so it is worked out once per page render."""
    return once_per_render(
        context, "dare:language_targets", lambda: _find_language_targets(context)
    )


def _find_language_targets(context) -> list[dict]:
    request = context["request"]
    active = get_language()
    fallback_page = getattr(request, "language_fallback_for", None)
    page = fallback_page or context.get("page")
    links = []
    if isinstance(page, Page) and page.pk:
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
        for code, name in settings.LANGUAGES:
            translation = translations.get(code)
            if translation is not None:
                url = translation.get_url(request)
            else:
                with override(code):
                    url = reverse("untranslated_page", args=[page.pk])
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "available": translation is not None,
                    "current": code == active,
                }
            )
        return links
    for code, name in settings.LANGUAGES:
        links.append(
            {
                "code": code,
                "name": name,
                "url": translate_url(request.path, code),
                "available": True,
                "current": code == active,
            }
        )
    return links


def _query_kept_across_languages(request) -> str:
    """The query string a reader takes along to the other language: filter values are
    language-neutral codes (``modality=car-t``, ``centre=umcu``), but a page number counts
    results of this language only."""
    query = request.GET.copy()
    query.pop("page", None)
    return f"?{query.urlencode()}" if query else ""


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    query = _query_kept_across_languages(request)
    links = [{**link, "url": link["url"] + query} for link in _language_targets(context)]
    return {"links": links, "request": request}


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context):
    links = [link for link in _language_targets(context) if link["available"]]
    return {"links": [{**link, "absolute_url": absolute_url(link["url"])} for link in links]}


@register.simple_tag(takes_context=True)
def content_lang(context) -> str:
    """`` lang="nl"`` for an element of a page's own content (title, summary, text) when the
    page is read inside the other language's interface (the untranslated fallback), so that
    only the content is marked as the other language and the labels around it are not."""
    page = context.get("page")
    language = page.locale.language_code if isinstance(page, Page) else None
    if language is None or language == get_language():
        return ""
    return format_html(' lang="{}"', language)


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This page's address at the site's base URL, without filters or page numbers; an
    untranslated page read in the other language's interface is canonical in its own."""
    request = context["request"]
    fallback_page = getattr(request, "language_fallback_for", None)
    return absolute_url(fallback_page.get_url(request) if fallback_page else request.path)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (or removed when empty)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@dataclass(frozen=True)
class MenuEntry:
    """A link to a page in a site-wide menu: what the menus render, and cheap to cache."""

    pk: int
    path: str  # treebeard path, to find the section a page lies in
    content_type_id: int  # to find the section a page type belongs to
    title: str
    url: str


def _home_for_language(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    locale = Locale.objects.filter(language_code=get_language()).first()
    root = site.root_page
    if locale is not None and root.locale_id != locale.pk:
        root = root.get_translation_or_none(locale) or root
    return root


def _menu(request, name: str, pages) -> list[MenuEntry]:
    """The entries of a site-wide menu, kept until the next publication: every page renders
    both menus, and building them costs several queries."""

    def entries():
        home = _home_for_language(request)
        return [
            MenuEntry(page.pk, page.path, page.content_type_id, page.title, page.get_url(request))
            for page in (pages(home) if home else ())
        ]

    key = f"menu:v2:{name}:{request.get_host()}:{get_language()}"
    return cached_until_publication(key, entries)


def _section_of(page, items: list[MenuEntry]) -> MenuEntry | None:
    """The menu entry a page belongs to. A page type may name its section's page type in
    ``menu_section`` ("app_label.ModelName"): a protocol lives under its centre in the tree,
    yet a reader looks for it under "Protocols". Otherwise the section is the tree ancestor."""
    section_type = getattr(page, "menu_section", None)
    if section_type:
        content_type = ContentType.objects.get_for_model(apps.get_model(section_type))
        entry = next((item for item in items if item.content_type_id == content_type.pk), None)
        if entry is not None:
            return entry
    return next((item for item in items if page.path.startswith(item.path)), None)


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The main menu, marking the page itself (aria-current="page") or the section the page
    is in (aria-current="true")."""
    request = context["request"]
    items = _menu(request, "main", lambda home: home.get_children().live().in_menu())
    page = context.get("page")
    section = _section_of(page, items) if isinstance(page, Page) else None
    return {
        "items": items,
        "section_id": section.pk if section else None,
        "page_id": getattr(page, "pk", None),
        "request": request,
    }


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    """Links to the children of the home page whose type sets ``show_in_footer = True``
    (about, accessibility statement, privacy), whichever app defines them."""
    footer_types = [model for model in get_page_models() if getattr(model, "show_in_footer", False)]
    items = _menu(
        context["request"],
        "footer",
        lambda home: Page.objects.child_of(home).live().type(*footer_types).order_by("path"),
    )
    return {"items": items, "language": get_language(), "request": context["request"]}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current_title=""):
    """The trail from the home page to the page in context, in one query (two for a page
    shown untranslated, whose trail is in the reader's language). With ``current_title`` the
    page itself becomes a link and the trail ends in that view (e.g. "Version history").
    A view without a page (search) passes its title to get "Home › title". Every language's
    home page sits directly under the tree root, so the trail starts at depth 2; the home page
    itself has no trail."""
    request = context["request"]
    page = context.get("page")
    reader_language = get_language()
    if not isinstance(page, Page) and current_title:  # a view of its own, such as search
        home = _home_for_language(request)
        if home is None:
            return {"crumbs": []}
        crumbs = [
            {"title": _("Home"), "url": home.get_url(request), "language": reader_language},
            {"title": current_title, "url": "", "language": reader_language},
        ]
        return {"crumbs": crumbs, "reader_language": reader_language}
    if not isinstance(page, Page) or page.depth <= HOME_DEPTH:
        return {"crumbs": []}
    ancestors = list(page.get_ancestors().filter(depth__gte=HOME_DEPTH).select_related("locale"))
    if page.locale.language_code != reader_language:
        ancestors = in_language(ancestors, reader_language)
    home, *sections = ancestors
    crumbs = [{"title": _("Home"), "url": home.get_url(request), "language": reader_language}]
    for section in sections:
        crumbs.append(
            {
                "title": section.title,
                "url": section.get_url(request),
                "language": section.locale.language_code,
            }
        )
    here = {"title": page.title, "url": "", "language": page.locale.language_code}
    if current_title:
        crumbs += [
            {**here, "url": page.get_url(request)},
            {"title": current_title, "url": "", "language": reader_language},
        ]
    else:
        crumbs.append(here)
    return {"crumbs": crumbs, "reader_language": reader_language}
