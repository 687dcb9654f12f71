"""Blocks that point at knowledge pages or sources (the shared, model-independent blocks live
in dare_platform.blocks)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from dare_platform.blocks import LinkBlock

from .sop import PharmacopoeiaReferenceBlock


class ReferenceStreamBlock(blocks.StreamBlock):
    regulation = blocks.PageChooserBlock(
        page_type="knowledge.RegulatoryItemPage", label=_("regulation or guideline")
    )
    protocol = blocks.PageChooserBlock(page_type="knowledge.ProtocolPage", label=_("protocol"))
    qc_method = blocks.PageChooserBlock(page_type="knowledge.QCMethodPage", label=_("QC method"))
    pharmacopoeia = PharmacopoeiaReferenceBlock()
    link = LinkBlock(label=_("external source"))


class AudienceBlock(blocks.StructBlock):
    """A way in for one user group on the home page."""

    heading = blocks.CharBlock(label=_("heading"))
    text = blocks.TextBlock(label=_("text"))
    links = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("page", blocks.PageChooserBlock(label=_("page"))),
                ("label", blocks.CharBlock(label=_("link text"))),
            ]
        ),
        label=_("links"),
    )

    class Meta:
        icon = "group"
        label = _("audience")
        template = "components/streamfield/audience.html"
