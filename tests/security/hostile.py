"""Content written by a hostile (or compromised) editor: every XSS payload of the list lands in
a field a reader sees. Rich text goes through Wagtail's Draftail converter, which is what an
editor's submission of the page form goes through, so a crafted submission (payload text and a
``javascript:`` link) is stored exactly as the admin would store it."""

import json
import uuid
from dataclasses import dataclass
from datetime import date
from itertools import cycle, islice

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from dare_platform.blocks.content import RICH_TEXT_FEATURES
from knowledge import factories
from knowledge.models import Centre, CentrePage, GlossaryTerm, ProtocolPage
from knowledge.selectors import forget_glossary_matcher
from tests.sitedata import SiteData

HOSTILE_CODE = "hostile"


def editor_rich_text(text: str, link_url: str = "javascript:alert(1)") -> str:
    """Rich text as the Draftail editor stores it: ``text`` in a paragraph, its last word a
    link to ``link_url`` (Wagtail drops link URLs with unsafe schemes)."""
    words = text.rsplit(" ", 1)
    link_text = words[-1] or "link"
    body = f"{text} {link_text}" if len(words) == 1 else text
    state = {
        "blocks": [
            {
                "key": uuid.uuid4().hex[:5],
                "text": body,
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [{"offset": 0, "length": min(4, len(body)), "style": "BOLD"}],
                "entityRanges": [
                    {"offset": len(body) - len(link_text), "length": len(link_text), "key": 0}
                ],
                "data": {},
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link_url}}},
    }
    return ContentstateConverter(features=RICH_TEXT_FEATURES).to_database_format(json.dumps(state))


def _take(payloads, count: int, start: int = 0) -> list[str]:
    return list(islice(cycle(payloads), start, start + count))


def _steps(payloads: list[str]) -> str:
    return json.dumps(
        [
            {
                "type": "step",
                "id": str(uuid.uuid4()),
                "value": {
                    "title": payload,
                    "text": editor_rich_text(payload, link_url=payloads[index - 1]),
                    "critical": index % 2 == 0,
                    "hold_time": payload[:60],
                    "safety_note": payload,
                    "figure": None,
                    "figure_alt_text": payload,
                },
            }
            for index, payload in enumerate(payloads)
        ]
    )


def _materials(payloads: list[str]) -> str:
    return json.dumps(
        [
            {
                "type": "material",
                "id": str(uuid.uuid4()),
                "value": {
                    "name": payload,
                    "grade": "gmp",
                    "supplier": payload,
                    "catalogue_number": payload[:40],
                    "note": payload,
                },
            }
            for payload in payloads
        ]
    )


@dataclass
class HostileSite:
    urls: dict[str, str]
    payload_count: int


def build_hostile_content(site: SiteData, payloads: tuple[str, ...]) -> HostileSite:
    """A centre, a protocol with two versions and glossary terms, all in Dutch (so the English
    site shows them as untranslated), carrying every payload at least once."""
    everything = list(payloads)
    centres_nl = site.page("centres", "nl")
    centre = factories.add_page(
        centres_nl,
        CentrePage(
            title=everything[0],
            slug="hostile-centre",
            centre=Centre.objects.create(
                code=HOSTILE_CODE, name_nl=everything[0][:120], name_en=everything[0][:120]
            ),
            city=everything[1][:80],
            kind="umc",
            contact_name=everything[2][:120],
            description=editor_rich_text(everything[3]),
            locale=centres_nl.locale,
        ),
    )
    first = factories.add_page(
        centre,
        ProtocolPage(
            identifier="<svg onload=alert(1)>",
            slug="dare-sop-hostile",
            locale=centre.locale,
            title=everything[4],
            summary=everything[5],
            modality="car-t",
            process_stage="expansion",
            status="effective",
            version=1,
            purpose=editor_rich_text(everything[6], link_url=everything[7]),
            procedure=_steps(everything),
            materials=_materials(everything),
            change_note=everything[8],
            effective_date=date(2025, 2, 1),
        ),
    )
    protocol = factories.new_version(
        first,
        2,
        title=everything[9],
        summary=everything[10],
        purpose=editor_rich_text(everything[11], link_url=everything[12]),
        procedure=_steps(_take(everything, len(everything), start=1)),
        materials=_materials(_take(everything, len(everything) // 2, start=7)),
        change_note=everything[13],
    )
    # Saved in bulk: one by one, each term would also be indexed for search (~30 ms each).
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(
            slug=f"hostile-{index}",
            term_nl=payload[:120] if index % 10 == 0 else f"gevaar{index}",
            term_en=f"hostile{index}",
            abbreviation=payload[:30] if index % 7 == 0 else "",
            definition_nl=payload,
            definition_en=payload,
        )
        for index, payload in enumerate(everything)
    )
    forget_glossary_matcher()
    base = protocol.url
    return HostileSite(
        urls={
            "home (figures)": site.url("home", "nl"),
            "centre index": site.url("centres", "nl"),
            "centre": centre.url,
            "protocol index": site.url("protocols", "nl"),
            "protocol index, centre filter": f"{site.url('protocols', 'nl')}?centre={HOSTILE_CODE}",
            "protocol index, English (only in Dutch)": site.url("protocols", "en"),
            "protocol": base,
            "protocol, version 1": f"{base}versies/1/",
            "version history": f"{base}versies/",
            "version diff": f"{base}versies/vergelijken/?a=1&b=2",
            "untranslated fallback": f"/en/untranslated/{protocol.pk}/",
            "glossary": site.url("glossary", "nl"),
            "glossary, English": site.url("glossary", "en"),
        },
        payload_count=len(everything),
    )
