"""Crossing languages through the bilingual glossary: a query that names a glossary term (in
Dutch or English, or by its abbreviation or a synonym) is also searched with the term's other
forms, so "vrijgifte" finds pages that only say "release".

Terms are compared stem by stem, in every language (a Dutch name may be written the English
way, and "vrijgiftes" only meets "vrijgifte" through the English stemmer). The analysed
glossary is cached (it takes a query and a few thousand stemmings) and forgotten when a term
changes. The terms come from the app that owns the glossary (``register_terms``).
"""

import uuid
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache

from search.stemming import analyze, fold, stem, token_spans

CACHE_KEY = "search:glossary-forms:v1"
VERSION_KEY = "search:glossary-forms:version"
CACHE_SECONDS = 3600
MAX_EXPANSIONS = 6
JOINERS = "-/._'’"  # characters that join tokens into one word: DARE-SOP-0012, 2.6.27

TERM_LOADERS: list[Callable[[], Iterable[list[str]]]] = []
_memo: dict[str, object] = {}  # this process's analysed glossary and its version stamp


def register_terms(load: Callable[[], Iterable[list[str]]]) -> None:
    """``load`` gives each glossary term's names: its term in each language first (an
    expansion uses the first other name), then abbreviation and synonyms. Its owner calls
    ``forget`` when they change."""
    TERM_LOADERS.append(load)


def _names(term_names: list[str]) -> list[str]:
    """A term's names without blanks and repeats."""
    names, seen = [], set()
    for name in term_names:
        name = name.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def _analysed_glossary() -> tuple[list[list[str]], dict[str, dict[str, list]]]:
    """Every term's forms, and per language an index from a form's first stem to
    (stems, term number, form number). Each process keeps its copy while the shared cache's
    version stamp stays the same: unpickling it from the cache cost a millisecond a search."""
    version = cache.get(VERSION_KEY)
    if version is not None and _memo.get("version") == version:
        return _memo["forms"]
    cached = cache.get(CACHE_KEY) if version is not None else None
    if cached is None:
        names: list[list[str]] = []
        by_first_stem: dict[str, dict[str, list]] = {}
        languages = [code for code, _name in settings.LANGUAGES]
        for term_names in (_names(term) for load in TERM_LOADERS for term in load()):
            for form_number, text in enumerate(term_names):
                for language in languages:
                    stems = tuple(analyze(text, language))
                    if stems and len("".join(stems)) > 1:
                        entries = by_first_stem.setdefault(language, {}).setdefault(stems[0], [])
                        entries.append((stems, len(names), form_number))
            names.append(term_names)
        cached, version = (names, by_first_stem), uuid.uuid4().hex
        cache.set_many({CACHE_KEY: cached, VERSION_KEY: version}, CACHE_SECONDS)
    _memo.update(version=version, forms=cached)
    return cached


def names() -> list[str]:
    """Every name of every term (search engines count their phrases while indexing)."""
    return [name for term_names in _analysed_glossary()[0] for name in term_names]


def forget() -> None:
    cache.delete_many([CACHE_KEY, VERSION_KEY])


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only part of a word such as DARE-SOP-0012 or 2.6.27, whose
    pieces are not glossary terms ("SOP" there is no standard operating procedure)."""
    before, after = text[max(start - 2, 0) : start], text[end : end + 2]
    return (len(before) == 2 and before[1] in JOINERS and before[0].isalnum()) or (
        len(after) == 2 and after[0] in JOINERS and after[1].isalnum()
    )


def _named_terms(text: str) -> list[tuple[int, int, list[str]]]:
    """The glossary terms ``text`` names, in order: (start, end) of the name as typed and the
    term's other names. Overlapping names: the longest wins."""
    spans = token_spans(text)
    if not spans:
        return []
    names, by_first_stem = _analysed_glossary()
    found = set()
    for language, index in by_first_stem.items():
        stems = [stem(fold(span.group()) or span.group(), language) for span in spans]
        for start, first in enumerate(stems):
            for form_stems, term_number, form_number in index.get(first, ()):
                end = start + len(form_stems)
                if tuple(stems[start:end]) == form_stems and not _inside_a_word(
                    text, spans[start].start(), spans[end - 1].end()
                ):
                    found.add((start, end, term_number, form_number))
    chosen, covered = [], set()
    for start, end, term_number, form_number in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
        if covered.isdisjoint(range(start, end)):
            covered.update(range(start, end))
            others = [name for n, name in enumerate(names[term_number]) if n != form_number]
            if others:
                chosen.append((spans[start].start(), spans[end - 1].end(), others))
    return sorted(chosen)


def terms(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each glossary term ``text`` names, as typed, with up to ``MAX_EXPANSIONS`` of its other
    names: an engine lets every term match by any of its names on its own, so "MSC
    cryopreservation release" finds the Dutch "Cryopreservatie en vrijgifte van MSC-batches"."""
    return tuple(
        (text[start:end], tuple(others[:MAX_EXPANSIONS]))
        for start, end, others in _named_terms(text)
    )


def expansions(text: str) -> tuple[str, ...]:
    """Alternative queries: ``text`` with every glossary term it names replaced by the term's
    other forms (the first alternative uses each term's first other form, the second its
    second, and so on)."""
    chosen = _named_terms(text)
    if not chosen:
        return ()
    alternatives = []
    for choice in range(max(len(others) for _start, _end, others in chosen)):
        alternative = text
        for start, end, others in reversed(chosen):
            replacement = others[min(choice, len(others) - 1)]
            alternative = alternative[:start] + replacement + alternative[end:]
        if alternative != text and alternative not in alternatives:
            alternatives.append(alternative)
    return tuple(alternatives[:MAX_EXPANSIONS])
