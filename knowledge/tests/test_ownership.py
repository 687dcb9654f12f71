"""knowledge.ownership: the one rule for which centre owns a page, a document, an image or a
record, and its batch form for listings and the search projection."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from knowledge import factories
from knowledge.editorial_roles import ensure_centre_roles
from knowledge.models import Centre
from knowledge.ownership import owner_in, owner_of, owners_by_path


@pytest.fixture
def centres(site):
    umcu_nl = factories.centre(site, code="umcu", title="UMC Utrecht")
    umcu_en = factories.centre(site, code="umcu", language="en", translation_of=umcu_nl)
    lumc_nl = factories.centre(site, code="lumc", title="LUMC")
    return {
        "umcu": Centre.objects.get(code="umcu"),
        "lumc": Centre.objects.get(code="lumc"),
        "umcu_nl": umcu_nl,
        "umcu_en": umcu_en,
        "lumc_nl": lumc_nl,
    }


def test_a_protocol_and_a_qc_method_belong_to_the_centre_they_sit_under(centres):
    protocol = factories.protocol(centres["umcu_nl"])
    qc_method = factories.qc_method(centres["lumc_nl"])
    assert owner_of(protocol) == centres["umcu"]
    assert owner_of(qc_method) == centres["lumc"]
    assert owner_of(Page.objects.get(pk=protocol.pk)) == centres["umcu"]  # not specific


def test_a_centre_page_in_either_language_belongs_to_its_centre(centres):
    assert owner_of(centres["umcu_nl"]) == centres["umcu"]
    assert owner_of(centres["umcu_en"]) == centres["umcu"]


def test_consortium_wide_pages_belong_to_no_centre(site, centres):
    regulation = factories.regulation(site)
    assert [owner_of(page) for page in (regulation, site["home_nl"], site["centres_en"])] == [
        None,
        None,
        None,
    ]


def test_documents_and_images_belong_to_the_centre_of_their_collection(centres):
    ensure_centre_roles(centres["umcu"])
    collection = centres["umcu"].collection
    validation_reports = collection.add_child(name="Validation reports")
    document = get_document_model().objects.create(title="SOP scan", collection=collection)
    nested = get_document_model().objects.create(title="Validation", collection=validation_reports)
    image = get_image_model().objects.create(
        title="Cabinet", file="cabinet.jpg", width=1, height=1, collection=validation_reports
    )
    shared = get_document_model().objects.create(
        title="Template", collection=Collection.get_first_root_node()
    )
    assert [owner_of(item) for item in (document, nested, image, shared)] == [
        centres["umcu"],
        centres["umcu"],
        centres["umcu"],
        None,
    ]


def test_a_record_belongs_to_the_centre_in_its_centre_field(centres):
    assert owner_of(SimpleNamespace(centre=centres["lumc"])) == centres["lumc"]
    assert owner_of(SimpleNamespace(centre="lumc")) is None


def test_the_batch_form_agrees_with_owner_of_in_one_query(site, centres):
    factories.protocol(centres["umcu_nl"])
    factories.protocol(centres["umcu_en"], identifier="DARE-SOP-0002", title="Apheresis")
    factories.qc_method(centres["lumc_nl"])
    factories.regulation(site)

    def owners_of_all_pages():
        pages = list(Page.objects.all())
        with CaptureQueriesContext(connection) as captured:
            owners = owners_by_path()
            found = {page.pk: owner_in(page, owners) for page in pages}
        return found, len(captured), pages

    found, queries, pages = owners_of_all_pages()
    assert found == {page.pk: owner_of(page) for page in pages}
    assert (
        sorted(str(owner) for owner in found.values() if owner)
        == ["LUMC", "LUMC"] + ["UMC Utrecht"] * 4
    )
    assert queries == 1

    more = factories.centre(site, code="amc", title="Amsterdam UMC")
    for number in range(3, 8):
        factories.protocol(more, identifier=f"DARE-SOP-{number:04d}", title=f"SOP {number}")
    assert owners_of_all_pages()[1] == 1
