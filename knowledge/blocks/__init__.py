"""StreamField blocks of the knowledge base: the structured parts of protocols and QC methods
(``sop``) and the blocks that point at knowledge pages (``references``). Structured, so content
can be compared section by section and each item keeps a stable anchor (its block id)."""

from .references import AudienceBlock, ReferenceStreamBlock
from .sop import (
    MATERIAL_GRADES,
    AcceptanceCriterionBlock,
    AttachmentBlock,
    EquipmentBlock,
    MaterialBlock,
    PharmacopoeiaReferenceBlock,
    ProcedureStepBlock,
    ResponsibilityBlock,
)

__all__ = [
    "MATERIAL_GRADES",
    "AcceptanceCriterionBlock",
    "AttachmentBlock",
    "AudienceBlock",
    "EquipmentBlock",
    "MaterialBlock",
    "PharmacopoeiaReferenceBlock",
    "ProcedureStepBlock",
    "ReferenceStreamBlock",
    "ResponsibilityBlock",
]
