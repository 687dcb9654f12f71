"""/health/'s search check: which engine answers, and whether the embedded index is there,
built for this code, and holds as many documents as there are live pages and glossary terms
to find."""

from dare_platform import health
from search import service
from search.projection import count_documents


def check_search() -> dict:
    result = {"engine": service.configured_engine_name()}
    detail = service.engine_status()
    if detail != "ok":
        return result | {"status": health.DEGRADED, "detail": detail}
    indexed = service.get_engine(service.EMBEDDED).document_count()
    findable = count_documents()
    result |= {"documents": indexed, "findable": findable}
    if findable and not indexed:
        return result | {"status": health.DEGRADED, "detail": "empty: run rebuild_search_index"}
    if indexed < findable:
        return result | {
            "status": health.DEGRADED,
            "detail": "behind: the index misses findable items; run rebuild_search_index",
        }
    return result | {"status": health.OK}


def register() -> None:
    health.register("search", check_search)
