"""The public face of harmonisation: one page per language under the home page, whose routes
answer the matrix, its exports, each adoption record, the local-versus-reference comparison
and the cross-centre QC comparison. Paths use the page's own language's words
(``/nl/harmonisatie/adopties/12/``, ``/en/harmonisation/adoptions/12/``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from dare_platform import routing
from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.pages import BasePage
from harmonisation.views import adoption, matrix, qc

ROUTES = {
    "export": {"nl": "export/<slug:file_format>/", "en": "export/<slug:file_format>/"},
    "adoption": {"nl": "adopties/<int:pk>/", "en": "adoptions/<int:pk>/"},
    "comparison": {"nl": "adopties/<int:pk>/vergelijking/", "en": "adoptions/<int:pk>/comparison/"},
    "qc": {"nl": "qc/", "en": "qc/"},
    "qc_attribute": {"nl": "qc/<slug:attribute>/", "en": "qc/<slug:attribute>/"},
}


def routed(name: str):
    """A route in the page's own language (``dare_platform.routing``)."""
    return routing.routed_in_page_language(ROUTES, name)


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
        return routing.route_name(ROUTES, name, self.locale.language_code)

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
