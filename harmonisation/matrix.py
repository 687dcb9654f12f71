"""The harmonisation matrix: every harmonised reference (a row) against every member centre
(a column), each cell the centre's adoption status, with totals per reference and per centre.

The page, the CSV and the XLSX export all read ``build_matrix``, so an export holds what the
page shows under the same filters. The page shows one page of ``PAGE_SIZE`` references at a
time (500 references at 50 centres would be 25,000 cells); the exports hold every matching
reference. Either way the totals per centre count every matching reference, not only the
page shown: they come from one aggregate query over the matching references.

It runs the same seven queries whatever the number of centres, references and adoptions:
centres, the reference pages' fields (every page type and language in one query, after the
view-restriction check Wagtail's ``public()`` makes), references, the URLs of the rows shown
(not for an export, which has no links), their adoption statuses and the totals per centre.
The reference pages are read as
plain values, not page objects, which cost more to make than the rows they give. Filtering
happens in Python on those values: a filter reads a reference page's own field (a
protocol's modality and process stage, a QC method's quality attribute), so a protocol never
matches a quality-attribute filter.

"% adopted" counts the centres that adopted the reference, as is or with deviations, among
the centres it applies to: a "not applicable" cell is left out of the percentage, an empty
cell (no record) is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as ListPage
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from harmonisation.models import (
    FOLLOWING_STATUSES,
    Adoption,
    AdoptionStatus,
    HarmonisedReference,
)
from knowledge.models import Centre, ProtocolPage, QCMethodPage
from knowledge.taxonomy import Modality, ProcessStage, QualityAttribute

# Each filter reads this field of the reference page; a page without the field never matches.
FILTER_FIELDS = ("modality", "process_stage", "quality_attribute")
PAGE_SIZE = 25  # references (rows) per page of the matrix
PAGE_PARAMETER = "page"
# The page types a reference's page can be, and the fields the matrix reads of each.
REFERENCE_PAGE_FIELDS = {
    ProtocolPage: ("identifier", "modality", "process_stage"),
    QCMethodPage: ("identifier", "quality_attribute"),
}


def _choice(label, choices):
    return forms.ChoiceField(label=label, choices=[("", _("All")), *choices], required=False)


class MatrixFilterForm(forms.Form):
    """The matrix filters. An unknown value is a form error: the filter is ignored and the
    page says so."""

    modality = _choice(_("Modality"), Modality.choices)
    process_stage = _choice(_("Process stage"), ProcessStage.choices)
    quality_attribute = _choice(_("Quality attribute"), QualityAttribute.choices)

    def active_filters(self) -> dict[str, str]:
        if not hasattr(self, "cleaned_data"):
            return {}
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value and name not in self.errors
        }

    def described_filters(self) -> list[tuple[str, str]]:
        """The filters in use as (label, value label) pairs, for the export's filter sheet."""
        active = self.active_filters()
        return [
            (str(self.fields[name].label), str(dict(self.fields[name].choices)[value]))
            for name, value in active.items()
        ]

    def ignored_filters(self) -> list[tuple[str, str]]:
        """Filters that were not understood, as (label, the value given)."""
        if not self.is_bound:
            return []
        return [
            (str(self.fields[name].label), self.data.get(name, "")[:200]) for name in self.errors
        ]


# The filters: what the exports carry over from the page (the page number is not one).
PARAMETERS = frozenset(MatrixFilterForm.base_fields)


@dataclass(frozen=True)
class CentreColumn:
    centre_id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Cell:
    """One centre's answer to one reference; ``adoption_id`` None means no record. The label
    is the status's name in the reader's language, translated once per matrix, not per cell."""

    centre: CentreColumn
    label: str
    adoption_id: int | None = None
    status: str = ""
    url: str = ""

    @property
    def css_status(self) -> str:
        return self.status or "none"


@dataclass(frozen=True)
class Tally:
    """How many of ``applicable`` cells are adopted; ``percent`` None when none applies."""

    adopted: int
    applicable: int

    @property
    def percent(self) -> int | None:
        if not self.applicable:
            return None
        return round(100 * self.adopted / self.applicable)


@dataclass
class ReferenceRow:
    reference_id: int
    title: str
    identifier: str
    url: str
    language: str  # the language of the page shown
    other_language: bool  # shown in another language than the reader's (no translation)
    kind: str
    working_group: str
    cells: list[Cell] = field(default_factory=list)
    tally: Tally | None = None


@dataclass
class Matrix:
    centres: list[CentreColumn]
    rows: list[ReferenceRow]  # the rows shown: one page of them, or all for an export
    centre_tallies: list[Tally]  # over every matching reference, on every page
    form: MatrixFilterForm
    reference_count: int  # every reference matching the filters
    page_obj: ListPage | None = None  # the page of rows shown; None when all rows are


def _tally(cells: list[Cell]) -> Tally:
    adopted = sum(1 for cell in cells if cell.status in FOLLOWING_STATUSES)
    not_applicable = sum(1 for cell in cells if cell.status == AdoptionStatus.NOT_APPLICABLE)
    return Tally(adopted=adopted, applicable=len(cells) - not_applicable)


def _reference_pages(language: str) -> dict[str, dict]:
    """The live, public page of each reference (by translation key) in ``language``, or in
    another language where it has no translation, as a dict of the fields the matrix reads
    (its filter fields, and ``kind``, the page type's name). Every page type is read in one
    query over the tree, joined to each type's own table."""
    types = {}  # content type id: (kind, {field: its lookup from the tree})
    for model, content_type in ContentType.objects.get_for_models(*REFERENCE_PAGE_FIELDS).items():
        prefix = model._meta.model_name
        types[content_type.pk] = (
            str(model._meta.verbose_name),
            {name: f"{prefix}__{name}" for name in REFERENCE_PAGE_FIELDS[model]},
        )
    rows = (
        Page.objects.live()
        .public()
        .filter(
            translation_key__in=HarmonisedReference.objects.values("translation_key"),
            content_type_id__in=types,
        )
        .order_by("pk")
        .values(
            "id",
            "title",
            "translation_key",
            "content_type_id",
            "locale__language_code",
            *(lookup for _kind, fields in types.values() for lookup in fields.values()),
        )
    )
    chosen: dict[str, dict] = {}
    for row in rows:
        current = chosen.get(row["translation_key"])
        row_language = row["locale__language_code"]
        if current is None or (row_language == language and current["language"] != language):
            kind, fields = types[row["content_type_id"]]
            chosen[row["translation_key"]] = {
                "id": row["id"],
                "title": row["title"],
                "language": row_language,
                "kind": kind,
                **{name: row[lookup] for name, lookup in fields.items()},
            }
    return chosen


def _page_urls(page_ids: list[int], request) -> dict[int, str]:
    """The URL of each page, read from the tree's fields alone (no page type's own table)."""
    pages = Page.objects.filter(pk__in=page_ids).specific(defer=True)
    return {page.pk: page.get_url(request) for page in pages}


def _matches(page: dict, active: dict[str, str]) -> bool:
    return all(page.get(name) == value for name, value in active.items())


def centre_name(centre: Centre, language: str) -> str:
    return centre.name_nl if language == "nl" else centre.name_en


def _centre_tallies(
    reference_ids: list[int], every_reference_id: set[int], centres: list[CentreColumn]
) -> list[Tally]:
    """Each centre's tally over the references given, counted by the database in one query.
    Of the references that match and those that do not (``every_reference_id`` less the
    matching), the query names the shorter list: none at all when every reference matches.
    A list of hundreds of numbers costs more to write into the query than to count."""
    if not reference_ids or not centres:
        return [Tally(0, 0) for _centre in centres]
    adoptions = Adoption.objects.order_by()
    left_out = every_reference_id.difference(reference_ids)
    if len(left_out) < len(reference_ids):
        if left_out:
            adoptions = adoptions.exclude(reference_id__in=left_out)
    else:
        adoptions = adoptions.filter(reference_id__in=reference_ids)
    counts = {
        row["centre_id"]: row
        for row in adoptions.values("centre_id").annotate(
            adopted=Count("pk", filter=Q(status__in=FOLLOWING_STATUSES)),
            not_applicable=Count("pk", filter=Q(status=AdoptionStatus.NOT_APPLICABLE)),
        )
    }
    tallies = []
    for centre in centres:
        found = counts.get(centre.centre_id, {"adopted": 0, "not_applicable": 0})
        tallies.append(
            Tally(
                adopted=found["adopted"],
                applicable=len(reference_ids) - found["not_applicable"],
            )
        )
    return tallies


def build_matrix(*, data, language: str, adoption_url=None, request=None, page=None) -> Matrix:
    """The matrix under the filters in ``data`` (a query dict), for a reader of
    ``language``. ``adoption_url(pk)`` gives the link of an adoption record; without it
    (the exports) neither the cells nor the references link anywhere. ``page`` (the page
    number asked for, any text) shows that page of ``PAGE_SIZE`` rows, or the nearest one
    that exists; None shows every row."""
    form = MatrixFilterForm(data)
    form.is_valid()
    active = form.active_filters()

    centres = [
        CentreColumn(centre.pk, centre.code, centre_name(centre, language))
        for centre in Centre.objects.filter(pages__live=True).distinct()
    ]
    centres.sort(key=lambda column: (column.name.casefold(), column.code))

    pages = _reference_pages(language)
    matching = []  # (reference, its page's fields)
    references = list(
        HarmonisedReference.objects.values(
            "pk", "translation_key", "working_group__name_nl", "working_group__name_en"
        )
    )
    for reference in references:
        reference_page = pages.get(reference["translation_key"])
        if reference_page is not None and _matches(reference_page, active):
            matching.append((reference, reference_page))
    matching.sort(key=lambda pair: (pair[1]["identifier"], pair[1]["title"].casefold()))

    page_obj = None
    shown = matching
    if page is not None:
        page_obj = Paginator(matching, PAGE_SIZE).get_page(page)
        shown = page_obj.object_list

    urls = {}
    if adoption_url is not None:
        urls = _page_urls([reference_page["id"] for _reference, reference_page in shown], request)
    group_name = "working_group__name_nl" if language == "nl" else "working_group__name_en"
    rows = [
        ReferenceRow(
            reference_id=reference["pk"],
            title=reference_page["title"],
            identifier=reference_page["identifier"],
            url=urls.get(reference_page["id"], ""),
            language=reference_page["language"],
            other_language=reference_page["language"] != language,
            kind=reference_page["kind"],
            working_group=reference[group_name],
        )
        for reference, reference_page in shown
    ]

    statuses: dict[tuple[int, int], tuple[int, str]] = {}
    if rows and centres:
        adoptions = (
            Adoption.objects.filter(reference_id__in=[row.reference_id for row in rows])
            .order_by()  # the model's order by centre name would join the centres for nothing
            .values_list("pk", "centre_id", "reference_id", "status")
        )
        for pk, centre_id, reference_id, status in adoptions:
            statuses[(reference_id, centre_id)] = (pk, status)

    labels = {status: str(label) for status, label in AdoptionStatus.choices}
    no_record = str(_("No record"))
    # A cell is immutable: each centre's empty cell is made once and shared by its rows.
    empty_cells = {centre.centre_id: Cell(centre, no_record) for centre in centres}
    for row in rows:
        for centre in centres:
            found = statuses.get((row.reference_id, centre.centre_id))
            if found is None:
                row.cells.append(empty_cells[centre.centre_id])
            else:
                pk, status = found
                url = adoption_url(pk) if adoption_url else ""
                row.cells.append(Cell(centre, labels.get(status, status), pk, status, url))
        row.tally = _tally(row.cells)
    return Matrix(
        centres=centres,
        rows=rows,
        centre_tallies=_centre_tallies(
            [reference["pk"] for reference, _page in matching],
            {reference["pk"] for reference in references},
            centres,
        ),
        form=form,
        reference_count=len(matching),
        page_obj=page_obj,
    )
