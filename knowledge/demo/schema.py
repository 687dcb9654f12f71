"""The shape of the demo content data, checked before anything is written.

Data modules in ``knowledge/demo/data`` are plain Python literals so that domain experts can
review them as text. ``validate_all()`` raises ``DemoDataError`` naming the first problem.
"""

import datetime
import re

from knowledge.demo.data import centres, glossary, pages, qc_methods, regulations
from knowledge.demo.data.protocols import PROTOCOLS
from knowledge.taxonomy import (
    Authority,
    CentreKind,
    DocumentStatus,
    InstrumentType,
    Jurisdiction,
    LegalStatus,
    Modality,
    ProcessStage,
    QualityAttribute,
    RegulatoryTopic,
    ValidationStatus,
)

LANGUAGES = ("nl", "en")
GRADES = {"gmp", "clinical", "pharmacopoeial", "medical_device", "research"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ALLOWED_TAGS = re.compile(r"</?(p|ul|ol|li|b|i|strong|em|a|sup|sub|br)(\s[^>]*)?/?>")


class DemoDataError(ValueError):
    pass


def _fail(where, message):
    raise DemoDataError(f"{where}: {message}")


def _require(record, keys, where):
    for key in keys:
        if key not in record or record[key] in (None, ""):
            _fail(where, f"missing {key!r}")


def _choice(value, choices, where, name):
    if value not in choices.values:
        _fail(where, f"{name}={value!r} is not one of {choices.values}")


def _html(value, where):
    stripped = ALLOWED_TAGS.sub("", value)
    if "<" in stripped:
        _fail(where, f"unsupported HTML in {value[:60]!r}")
    if "lorem" in value.lower():
        _fail(where, "placeholder text")


def _date(value, where, name):
    if value is not None and not isinstance(value, datetime.date):
        _fail(where, f"{name} must be a datetime.date or None")


def validate_centre(centre):
    where = f"centre {centre.get('code')}"
    _require(centre, ["code", "city", "kind", "expertise", "nl", "en"], where)
    _choice(centre["kind"], CentreKind, where, "kind")
    for code in centre["expertise"]:
        _choice(code, Modality, where, "expertise")
    for language in LANGUAGES:
        _require(centre[language], ["title", "summary", "description", "gmp_facilities"], where)
        _html(centre[language]["description"], where)
        _html(centre[language]["gmp_facilities"], where)


def _validate_document_content(content, where, *, kind):
    keys = ["title", "summary"]
    keys += ["purpose", "steps"] if kind == "protocol" else ["method_principle"]
    _require(content, keys, where)
    for key in ("purpose", "scope", "method_principle", "sample_requirements"):
        if key in content:
            _html(content[key], where)
    for step in content.get("steps", []):
        _require(step, ["title", "text"], f"{where} step")
        _html(step["text"], where)
    for material in content.get("materials", []):
        _require(material, ["name", "grade"], f"{where} material")
        if material["grade"] not in GRADES:
            _fail(where, f"grade {material['grade']!r} not in {sorted(GRADES)}")
    for criterion in content.get("acceptance_criteria", []):
        _require(criterion, ["parameter", "specification"], f"{where} criterion")
    for role, text in content.get("responsibilities", []):
        if not role or not text:
            _fail(where, "empty responsibility")


def _validate_versions(record, where, *, kind):
    versions = record["versions"]
    if not versions:
        _fail(where, "no versions")
    numbers = [version["version"] for version in versions]
    if numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        _fail(where, "versions must be numbered in increasing order")
    first = versions[0]
    for language in record["languages"]:
        if language not in first:
            _fail(where, f"version {first['version']} lacks {language!r} content")
        _validate_document_content(
            first[language], f"{where} v{first['version']} {language}", kind=kind
        )
    for version in versions:
        _choice(version["status"], DocumentStatus, where, "status")
        _date(version.get("effective_date"), where, "effective_date")
        _date(version.get("next_review_date"), where, "next_review_date")
        for language in record["languages"]:
            if (
                language in version
                and "change_note" not in version[language]
                and version is not first
            ):
                _fail(where, f"v{version['version']} {language} lacks a change_note")


def validate_protocol(protocol):
    where = f"protocol {protocol.get('identifier')}"
    _require(
        protocol,
        ["identifier", "centre", "modality", "process_stage", "languages", "versions"],
        where,
    )
    _choice(protocol["modality"], Modality, where, "modality")
    _choice(protocol["process_stage"], ProcessStage, where, "process_stage")
    _validate_versions(protocol, where, kind="protocol")


def validate_qc_method(method):
    where = f"QC method {method.get('identifier')}"
    _require(
        method,
        [
            "identifier",
            "centre",
            "quality_attribute",
            "validation_status",
            "performed_by",
            "languages",
            "versions",
        ],
        where,
    )
    _choice(method["quality_attribute"], QualityAttribute, where, "quality_attribute")
    _choice(method["validation_status"], ValidationStatus, where, "validation_status")
    _validate_versions(method, where, kind="qc")


def validate_regulation(item):
    where = f"regulation {item.get('key')}"
    _require(
        item,
        [
            "key",
            "reference",
            "instrument_type",
            "jurisdiction",
            "authority",
            "topic",
            "legal_status",
            "source_url",
            "languages",
        ],
        where,
    )
    _choice(item["instrument_type"], InstrumentType, where, "instrument_type")
    _choice(item["jurisdiction"], Jurisdiction, where, "jurisdiction")
    _choice(item["authority"], Authority, where, "authority")
    _choice(item["topic"], RegulatoryTopic, where, "topic")
    _choice(item["legal_status"], LegalStatus, where, "legal_status")
    _date(item.get("adopted_date"), where, "adopted_date")
    _date(item.get("applicable_date"), where, "applicable_date")
    for language in item["languages"]:
        _require(item[language], ["title", "summary", "plain_summary", "implications"], where)
        _html(item[language]["plain_summary"], where)
        _html(item[language]["implications"], where)


def validate_glossary_term(term):
    where = f"glossary term {term.get('slug')}"
    _require(term, ["slug", "term_nl", "term_en", "definition_nl", "definition_en"], where)


_HOME_FIELDS = ("title", "summary", "intro", "audiences")
_AUDIENCE_FIELDS = ("heading", "text", "links")
_SECTION_FIELDS = ("title", "slug", "summary")
_PAGE_FIELDS = ("title", "slug", "summary", "body")
_BLOCK_TYPES = ("heading", "paragraph")


def validate_pages(pages):
    """Check the structural pages (``knowledge.demo.data.pages``); raise ``DemoDataError``
    naming the first problem."""

    def require(record, fields, where):
        if not isinstance(record, dict):
            _fail(where, "must be a dict")
        for field in fields:
            if field not in record or record[field] in (None, "", []):
                _fail(where, f"missing {field!r}")

    def check_slug(slug, where):
        if not isinstance(slug, str) or not SLUG.match(slug):
            _fail(where, f"slug {slug!r} is not lowercase-with-hyphens")

    page_keys = [page.get("key") for page in pages.INFORMATION_PAGES]
    if None in page_keys or len(page_keys) != len(set(page_keys)):
        _fail("information pages", "every page needs a unique 'key'")
    duplicated = set(pages.SECTIONS) & set(page_keys)
    if duplicated:
        _fail("pages", f"keys used for a section and an information page: {sorted(duplicated)}")
    targets = set(pages.SECTIONS) | set(page_keys)

    for language in LANGUAGES:
        where = f"home {language}"
        require(pages.HOME, [language], "home")
        content = pages.HOME[language]
        require(content, _HOME_FIELDS, where)
        _html(content["intro"], where)
        if len(content["audiences"]) != 3:
            _fail(where, f"needs exactly 3 audiences, has {len(content['audiences'])}")
        for number, audience in enumerate(content["audiences"], start=1):
            audience_where = f"{where} audience {number}"
            require(audience, _AUDIENCE_FIELDS, audience_where)
            for link in audience["links"]:
                if not (isinstance(link, tuple) and len(link) == 2 and all(link)):
                    _fail(audience_where, f"link {link!r} must be a (target, label) pair")
                if link[0] not in targets:
                    _fail(audience_where, f"unknown link target {link[0]!r}")

    slugs = {language: [] for language in LANGUAGES}
    for key, section in pages.SECTIONS.items():
        for language in LANGUAGES:
            where = f"section {key} {language}"
            require(section, [language], f"section {key}")
            require(section[language], _SECTION_FIELDS, where)
            check_slug(section[language]["slug"], where)
            slugs[language].append(section[language]["slug"])

    for page in pages.INFORMATION_PAGES:
        for language in LANGUAGES:
            where = f"information page {page['key']} {language}"
            require(page, [language], f"information page {page['key']}")
            content = page[language]
            require(content, _PAGE_FIELDS, where)
            check_slug(content["slug"], where)
            slugs[language].append(content["slug"])
            for block in content["body"]:
                if not (isinstance(block, tuple) and len(block) == 2):
                    _fail(where, f"body block {block!r} must be a (type, value) pair")
                block_type, value = block
                if block_type not in _BLOCK_TYPES:
                    _fail(where, f"block type {block_type!r} is not one of {_BLOCK_TYPES}")
                if not value:
                    _fail(where, f"empty {block_type} block")
                if block_type == "paragraph":
                    _html(value, where)
                elif "<" in value:
                    _fail(where, f"heading {value!r} must be plain text")

    for language, language_slugs in slugs.items():
        if len(language_slugs) != len(set(language_slugs)):
            _fail(f"pages {language}", "slugs must be unique among sibling pages")


def validate_all():
    """Validate every data module and the references between them."""
    for centre in centres.CENTRES:
        validate_centre(centre)
    centre_codes = {centre["code"] for centre in centres.CENTRES}
    for protocol in PROTOCOLS:
        validate_protocol(protocol)
    for method in qc_methods.QC_METHODS:
        validate_qc_method(method)
    for item in regulations.REGULATIONS:
        validate_regulation(item)
    for term in glossary.TERMS:
        validate_glossary_term(term)
    validate_pages(pages)

    regulation_keys = {item["key"] for item in regulations.REGULATIONS}
    protocol_ids = {protocol["identifier"] for protocol in PROTOCOLS}
    qc_ids = {method["identifier"] for method in qc_methods.QC_METHODS}
    for record in [*PROTOCOLS, *qc_methods.QC_METHODS]:
        if record["centre"] not in centre_codes:
            _fail(record["identifier"], f"unknown centre {record['centre']!r}")
        for code in record.get("performed_by", []):
            if code not in centre_codes:
                _fail(record["identifier"], f"unknown performing centre {code!r}")
        for version in record["versions"]:
            for language in LANGUAGES:
                for reference in version.get(language, {}).get("references", []):
                    _check_reference(
                        reference, record["identifier"], regulation_keys, protocol_ids, qc_ids
                    )
    for term in glossary.TERMS:
        for key in term.get("excluded_pages", []):
            if key not in regulation_keys | protocol_ids | qc_ids:
                _fail(f"glossary term {term['slug']}", f"unknown excluded page {key!r}")
    for item in regulations.REGULATIONS:
        for identifier in item.get("related_protocols", []):
            if identifier not in protocol_ids:
                _fail(item["key"], f"unknown related protocol {identifier!r}")
    for name, collection in (("protocol", protocol_ids), ("QC method", qc_ids)):
        if len(collection) != len({*collection}):
            _fail(name, "duplicate identifiers")
    slugs = [term["slug"] for term in glossary.TERMS]
    if len(slugs) != len(set(slugs)):
        _fail("glossary", "duplicate slugs")


def _check_reference(reference, where, regulation_keys, protocol_ids, qc_ids):
    ((kind, value),) = reference.items()
    known = {"regulation": regulation_keys, "protocol": protocol_ids, "qc_method": qc_ids}
    if kind in known and value not in known[kind]:
        _fail(where, f"unknown {kind} reference {value!r}")
    if kind == "pharmacopoeia" and not (isinstance(value, tuple) and len(value) == 2):
        _fail(where, "pharmacopoeia reference must be (chapter, title)")
    if kind == "link" and not (isinstance(value, tuple) and value[1].startswith("https://")):
        _fail(where, "link reference must be (title, https://…)")
    if kind not in {*known, "pharmacopoeia", "link"}:
        _fail(where, f"unknown reference kind {kind!r}")
