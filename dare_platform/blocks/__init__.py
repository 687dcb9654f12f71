"""StreamField blocks every app may use: rich-text paragraphs, captioned images, links.
Domain blocks live in their app (e.g. ``knowledge.blocks``)."""

from .content import CaptionedImageBlock, LinkBlock, ParagraphBlock

__all__ = ["CaptionedImageBlock", "LinkBlock", "ParagraphBlock"]
