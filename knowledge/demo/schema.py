"""The shape of the demo content data, checked before anything is written.

Data modules in ``knowledge/demo/data`` are plain Python literals so that domain experts can
review them as text. ``validate_all()`` raises ``DemoDataError`` naming the first problem.
"""

import datetime
import re

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


def validate_all():
    """Validate every data module and the references between them."""
    from knowledge.demo.data import centres, glossary, pages, qc_methods, regulations
    from knowledge.demo.data.protocols import PROTOCOLS

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
    pages.validate()

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
