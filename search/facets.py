"""Facet names, the values each facet can take, and their labels in the reader's language.

The engine contract fixes which facets exist (search.engines.base.FACETS); the domain apps
that fill them register their labels from ``AppConfig.ready()``: ``register_type`` for a
result type, ``register_facet`` for a facet's values, either fixed in code (``choices``,
translated once per process and language) or read from the database (``labels_for``, once
per search).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from search.engines.base import FACETS

TYPE_LABELS: dict[str, Promise] = {}  # result type -> label, from the app that indexes it
FACET_LABELS: dict[str, Promise] = {"type": _("Type"), "language": _("Language")}


@dataclass(frozen=True)
class FacetValues:
    choices: Iterable[tuple[str, Promise]] = ()  # fixed in code
    labels_for: Callable[[str], dict[str, str]] | None = None  # language -> {value: label}


FACET_VALUES: dict[str, FacetValues] = {}


def register_type(code: str, label: Promise) -> None:
    TYPE_LABELS[code] = label
    fixed_labels.cache_clear()


def register_facet(
    name: str,
    label: Promise,
    *,
    choices: Iterable[tuple[str, Promise]] = (),
    labels_for: Callable[[str], dict[str, str]] | None = None,
) -> None:
    """Label a facet of the engine contract and say which values it takes."""
    if name not in FACETS or name in ("type", "language"):
        raise ValueError(f"{name!r} is not a facet a domain app can fill; see FACETS")
    FACET_LABELS[name] = label
    FACET_VALUES[name] = FacetValues(choices=tuple(choices), labels_for=labels_for)
    fixed_labels.cache_clear()


def language_name(code: str) -> str:
    return str(translation.get_language_info(code)["name_translated"])


@cache
def fixed_labels(language: str) -> dict[str, dict[str, str]]:
    """The labels that come from code, translated once per process and language (a search
    page translated them all each time: 2 ms)."""
    with translation.override(language):
        labels = {
            "type": {value: str(label) for value, label in TYPE_LABELS.items()},
            "language": {code: language_name(code) for code, _name in settings.LANGUAGES},
        }
        for facet, values in FACET_VALUES.items():
            if values.labels_for is None:
                labels[facet] = {value: str(label) for value, label in values.choices}
    return labels


class FacetCatalogue:
    """Every value a filter may take, labelled in ``language``; costs a query for each facet
    whose values live in the database."""

    def __init__(self, language: str):
        self.language = language

    @cached_property
    def labels(self) -> dict[str, dict[str, str]]:
        from_database = {
            facet: values.labels_for(self.language)
            for facet, values in FACET_VALUES.items()
            if values.labels_for is not None
        }
        return {facet: {} for facet in FACETS} | fixed_labels(self.language) | from_database

    def label(self, facet: str, value: str) -> str:
        return self.labels[facet].get(value, value)

    def knows(self, facet: str, value: str) -> bool:
        return value in self.labels[facet]
