"""Template helpers shared by every app: language switching, hreflang, choice labels."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, override
from wagtail.models import Page

from dare_platform.page_cache import cached_until_publication

register = template.Library()


def _language_targets(context) -> list[dict]:
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
                "url": translate_url(request.get_full_path(), code),
                "available": True,
                "current": code == active,
            }
        )
    return links


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": _language_targets(context), "request": context["request"]}


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    links = [link for link in _language_targets(context) if link["available"]]
    return {
        "links": [
            {**link, "absolute_url": request.build_absolute_uri(link["url"])} for link in links
        ],
    }


@register.filter
def choice_label(value, choices_class):
    """``{{ page.modality|choice_label:"Modality" }}`` – a code's translated label."""
    from knowledge import taxonomy

    choices = getattr(taxonomy, choices_class)
    return dict(choices.choices).get(value, value)


@register.filter
def in_language(term, language):
    """A glossary term in a given language."""
    return term.term(language)


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
    title: str
    url: str


def _home_for_language(request):
    from wagtail.models import Locale, Site

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
            MenuEntry(page.pk, page.path, page.title, page.get_url(request))
            for page in (pages(home) if home else ())
        ]

    key = f"menu:{name}:{request.get_host()}:{get_language()}"
    return cached_until_publication(key, entries)


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    items = _menu(request, "main", lambda home: home.get_children().live().in_menu())
    page = context.get("page")
    path = getattr(page, "path", None)
    section = next((item for item in items if path and path.startswith(item.path)), None)
    current = section.pk if section else getattr(page, "pk", None)
    return {"items": items, "current_id": current, "request": request}


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    from knowledge.models import InformationPage

    items = _menu(
        context["request"],
        "footer",
        lambda home: InformationPage.objects.child_of(home).live().order_by("path"),
    )
    return {"items": items, "language": get_language(), "request": context["request"]}


@register.filter
def grade_label(value):
    from dare_platform.blocks.sop import MATERIAL_GRADES

    return dict(MATERIAL_GRADES).get(value, value)


@register.filter
def section_label(key):
    from knowledge.labels import SECTION_LABELS

    return SECTION_LABELS.get(key, key)


@register.filter
def field_label(key):
    from knowledge.labels import FIELD_LABELS

    return FIELD_LABELS.get(key, key)
