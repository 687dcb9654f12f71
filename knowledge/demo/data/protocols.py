"""All demo protocols; split over two modules only to keep each file reviewable."""

from .protocols_cell_therapy import PROTOCOLS as CELL_THERAPY
from .protocols_gene_therapy import PROTOCOLS as GENE_THERAPY_AND_GENERAL

PROTOCOLS = [*CELL_THERAPY, *GENE_THERAPY_AND_GENERAL]
