"""Wagtail's sitemap lists only the default language's tree; ours lists every language."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        trees = Q(pk__in=[])
        for home in site.root_page.get_translations(inclusive=True):
            trees |= Q(path__startswith=home.path)
        return (
            Page.objects.live()
            .public()
            .filter(trees)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": BilingualSitemap(request)})
