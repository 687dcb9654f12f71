from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from dare_platform.blocks import ParagraphBlock
from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.pages import BasePage
from knowledge.blocks import AudienceBlock


class HomePage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    audiences = StreamField(
        [("audience", AudienceBlock())], blank=True, verbose_name=_("ways in per user group")
    )

    parent_page_types = ["wagtailcore.Page"]
    template = "knowledge/home_page.html"

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("audiences")]
    api_fields = [*BasePage.api_fields, "intro", "audiences"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import home_figures

        context = super().get_context(request, *args, **kwargs)
        context["figures"] = home_figures(self, request)
        return context


class InformationPage(BasePage):
    """Plain content pages: about, accessibility statement, privacy."""

    body = StreamField(
        [
            (
                "heading",
                blocks.CharBlock(
                    form_classname="title",
                    label=_("heading"),
                    template="components/streamfield/heading.html",
                ),
            ),
            ("paragraph", ParagraphBlock(label=_("paragraph"))),
        ],
        verbose_name=_("body"),
    )

    parent_page_types = ["knowledge.HomePage", "knowledge.InformationPage"]
    template = "knowledge/information_page.html"
    show_in_footer = True

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, "body"]

    class Meta:
        verbose_name = _("information page")
