"""Publishing, unpublishing, deleting, moving and restricting pages keep the index in step,
through the signals, without a rebuild."""

import logging

from django.db import transaction
from wagtail.models import PageViewRestriction

from knowledge import factories
from search import service


def titles(text, language="nl", **fields):
    return [hit.title for hit in service.search(text, language=language, **fields).hits]


def test_a_published_page_is_found_at_once(site):
    owner = factories.centre(site)
    factories.protocol(owner, title="Leukaferese-ontvangst")
    assert titles("leukaferese") == ["Leukaferese-ontvangst"]


def test_the_index_is_written_once_the_publication_has_committed(
    site, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(service, "on_commit", transaction.on_commit)
    with django_capture_on_commit_callbacks(execute=True):
        factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
        assert titles("leukaferese") == []
    assert titles("leukaferese") == ["Leukaferese-ontvangst"]


def test_a_draft_is_not_found_until_it_is_published(site):
    draft = factories.protocol(factories.centre(site), title="Nog geheim", live=False)
    assert titles("geheim") == []
    factories.publish(draft)
    assert titles("geheim") == ["Nog geheim"]


def test_an_unpublished_page_disappears_at_once(site):
    protocol = factories.protocol(factories.centre(site))
    protocol.unpublish()
    assert titles("leukaferese") == []


def test_a_deleted_page_disappears_at_once(site):
    owner = factories.centre(site)
    protocol = factories.protocol(owner)
    protocol.published_versions.all().delete()  # released versions keep a page from deletion
    owner.delete()  # and the protocol under it
    assert titles("leukaferese") == []
    assert titles("utrecht") == []


def test_a_page_made_private_disappears_and_comes_back_when_public_again(site):
    owner = factories.centre(site)
    factories.protocol(owner)
    restriction = PageViewRestriction.objects.create(page=owner, restriction_type="login")
    assert titles("leukaferese") == []
    restriction.delete()
    assert titles("leukaferese") == ["Leukaferese-ontvangst"]


def test_a_moved_page_is_reindexed_with_its_new_owner_and_url(site):
    umcu = factories.centre(site, code="umcu", title="UMC Utrecht")
    lumc = factories.centre(site, code="lumc", title="LUMC")
    protocol = factories.protocol(umcu)
    protocol.move(lumc, pos="last-child")
    protocol.refresh_from_db()
    [hit] = service.search("leukaferese", language="nl").hits
    assert (hit.centre, hit.centre_name, hit.url) == ("lumc", "LUMC", protocol.url)


def test_renaming_a_centre_reaches_the_documents_under_it(site):
    owner = factories.centre(site, title="UMC Utrecht")
    factories.protocol(owner)
    owner.title, owner.slug = "UMC Utrecht (UMCU)", "umc-utrecht"
    factories.publish(owner)
    [hit] = service.search("leukaferese", language="nl").hits
    assert hit.centre_name == "UMC Utrecht (UMCU)"
    assert "/umc-utrecht/" in hit.url


def test_glossary_terms_are_indexed_changed_and_removed(site):
    term = factories.GlossaryTermFactory(slug="vrijgifte")
    assert titles("vrijgifte") == ["vrijgifte"]
    assert titles("release", language="en") == ["release"]
    term.term_nl = "batchvrijgave"
    term.save()
    assert titles("vrijgifte") == []
    assert titles("batchvrijgave") == ["batchvrijgave"]
    term.delete()
    assert titles("batchvrijgave") == []


def test_glossary_documents_follow_the_glossary_page(site):
    factories.GlossaryTermFactory(slug="vrijgifte")
    glossary = site["glossary_nl"]
    glossary.slug = "woordenlijst"
    factories.publish(glossary)
    [hit] = service.search("vrijgifte", language="nl").hits
    assert hit.url.endswith("/woordenlijst/#vrijgifte")


def test_a_failing_index_never_stops_publishing(site, monkeypatch, caplog):
    engine = service.get_engine(service.EMBEDDED)

    def broken(documents, stale):
        raise OSError("disk full")

    monkeypatch.setattr(engine, "replace", broken)
    with caplog.at_level(logging.ERROR, logger="search.service"):
        protocol = factories.protocol(factories.centre(site))
    assert protocol.live
    assert "run rebuild_search_index" in caplog.text
