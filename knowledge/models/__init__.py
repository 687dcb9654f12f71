from .centres import Centre, CentreIndexPage, CentrePage
from .glossary import GlossaryPage, GlossaryTerm, GlossaryTermExclusion
from .home import HomePage, InformationPage
from .protocols import ProtocolIndexPage, ProtocolPage
from .qc import QCMethodIndexPage, QCMethodPage
from .regulations import RegulatoryIndexPage, RegulatoryItemPage
from .versions import PublishedVersion

__all__ = [
    "Centre",
    "CentreIndexPage",
    "CentrePage",
    "GlossaryPage",
    "GlossaryTerm",
    "GlossaryTermExclusion",
    "HomePage",
    "InformationPage",
    "ProtocolIndexPage",
    "ProtocolPage",
    "PublishedVersion",
    "QCMethodIndexPage",
    "QCMethodPage",
    "RegulatoryIndexPage",
    "RegulatoryItemPage",
]
