"""StreamField blocks shared by every app. Structured, so content can be compared section by
section and each item keeps a stable anchor (its block id)."""

from .content import CaptionedImageBlock, LinkBlock, ParagraphBlock
from .sop import (
    AcceptanceCriterionBlock,
    AttachmentBlock,
    EquipmentBlock,
    MaterialBlock,
    PharmacopoeiaReferenceBlock,
    ProcedureStepBlock,
    ResponsibilityBlock,
)

__all__ = [
    "AcceptanceCriterionBlock",
    "AttachmentBlock",
    "CaptionedImageBlock",
    "EquipmentBlock",
    "LinkBlock",
    "MaterialBlock",
    "ParagraphBlock",
    "PharmacopoeiaReferenceBlock",
    "ProcedureStepBlock",
    "ResponsibilityBlock",
]
