"""The page base every public page type extends, so that SEO, translation and listing
behaviour is written once."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from dare_platform.base_url import site_root_url


class BasePage(Page):
    """Adds a plain-text summary (listings, search snippets, meta description)."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("One or two plain sentences shown in listings, search results and previews."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    api_fields = ["summary"]

    show_in_menus_default = False

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["content_language"] = self.locale.language_code
        return context

    def get_url_parts(self, request=None):
        """Full URLs (API, sitemap, emails) start with ``SITE_BASE_URL`` rather than the Site
        record's hostname and port, so that one setting decides every absolute URL; the site is
        one public site, so the record only picks the tree."""
        parts = super().get_url_parts(request)
        if parts is None or parts[2] is None:
            return parts
        site_id, _site_root_url, page_path = parts
        return site_id, site_root_url(), page_path


def in_language(pages: list, language: str, model=Page) -> list:
    """Each page's live translation in ``language`` where it has one, else the page itself, in
    one query. ``model`` is the pages' type, so that a translation has the fields the caller
    shows."""
    translations = {
        translation.translation_key: translation
        for translation in model.objects.live()
        .filter(
            locale__language_code=language,
            translation_key__in=[page.translation_key for page in pages],
        )
        .select_related("locale")
    }
    return [translations.get(page.translation_key, page) for page in pages]
