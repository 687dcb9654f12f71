"""The public face of harmonisation: one page per language under the home page, whose routes
answer the matrix, its exports, each adoption record, the local-versus-reference comparison
and the cross-centre QC comparison. Paths use the page's own language's words
(``/nl/harmonisatie/adopties/12/``, ``/en/harmonisation/adoptions/12/``)."""

from django.http import HttpResponsePermanentRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.pages import BasePage
from harmonisation.views import adoption, matrix, qc

ROUTES = {
    "export": {"nl": "export.<str:file_format>", "en": "export.<str:file_format>"},
    "adoption": {"nl": "adopties/<int:pk>/", "en": "adoptions/<int:pk>/"},
    "comparison": {"nl": "adopties/<int:pk>/vergelijking/", "en": "adoptions/<int:pk>/comparison/"},
    "qc": {"nl": "qc/", "en": "qc/"},
    "qc_attribute": {"nl": "qc/<slug:attribute>/", "en": "qc/<slug:attribute>/"},
}


def routed(name: str):
    """Route a page method under each language's path of ``ROUTES[name]``; the other
    language's path redirects permanently to the page's own."""

    def decorator(view):
        def serve(page, request, *args, **kwargs):
            own_route = page.route_name(name)
            if request.routable_resolver_match.url_name == own_route:
                return view(page, request, *args, **kwargs)
            target = page.url + page.reverse_subpage(own_route, kwargs=kwargs)
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)

        serve.__name__ = view.__name__
        paths = set(ROUTES[name].values())
        for language, route in ROUTES[name].items():
            if len(paths) == 1 and language != "en":
                continue
            serve = path(route, name=f"{name}_{language}")(serve)
        return serve

    return decorator


class HarmonisationPage(RoutablePageMixin, BasePage):
    """The harmonisation matrix and what hangs off it."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "harmonisation/matrix_page.html"
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("harmonisation matrix")

    def route_name(self, name: str) -> str:
        if len(set(ROUTES[name].values())) == 1:
            return f"{name}_en"
        return f"{name}_{self.locale.language_code}"

    def route_url(self, name: str, **kwargs) -> str:
        return self.url + self.reverse_subpage(self.route_name(name), kwargs=kwargs)

    @path("")
    def matrix_view(self, request):
        return matrix.matrix(request, self)

    @routed("export")
    def export_view(self, request, file_format):
        return matrix.export(request, self, file_format)

    @routed("adoption")
    def adoption_view(self, request, pk):
        return adoption.adoption_record(request, self, pk)

    @routed("comparison")
    def comparison_view(self, request, pk):
        return adoption.local_vs_reference(request, self, pk)

    @routed("qc")
    def qc_view(self, request):
        return qc.qc_comparison(request, self, attribute=None)

    @routed("qc_attribute")
    def qc_attribute_view(self, request, attribute):
        return qc.qc_comparison(request, self, attribute=attribute)
