from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from dare_platform.accounts import admin_login
from dare_platform.api import api_router
from dare_platform.sitemaps import sitemap
from dare_platform.views import health, robots_txt

urlpatterns = [
    # Both admins log in through allauth (rate limits, later MFA): dare_platform.accounts
    path("django-admin/login/", admin_login),
    path("django-admin/", admin.site.urls),
    path("admin/login/", admin_login),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("health/", health, name="health"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("api/search/", include("search.api_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("stakeholders.accounts.urls")),
    path("accounts/", include("stakeholders.notifications.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("knowledge.urls")),
    path(_("search/"), include("search.urls")),
    path("", include(wagtail_urls)),
)
