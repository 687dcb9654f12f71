"""The version history answers in the page's own language: ``/nl/…/versies/vergelijken/`` on a
Dutch page, ``/en/…/versions/compare/`` on an English one; the other language's paths
redirect there permanently."""

import pytest

from knowledge import factories

DUTCH = "/nl/centra/umcu/dare-sop-0001/"
ENGLISH = "/en/centres/umcu/dare-sop-0001/"


@pytest.fixture
def sops(site):
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, language="en", translation_of=owner_nl)
    sop_nl = factories.protocol(owner_nl, title="Ontvangst")
    sop_en = factories.protocol(owner_en, title="Receipt", translation_of=sop_nl)
    factories.new_version(sop_nl, 2, change_note="Tweede uitgave.")
    factories.new_version(sop_en, 2, change_note="Second edition.")
    return {"nl": sop_nl, "en": sop_en}


@pytest.mark.parametrize(
    ("base", "history", "compare"),
    [(DUTCH, "versies/", "versies/vergelijken/"), (ENGLISH, "versions/", "versions/compare/")],
)
def test_version_pages_answer_under_the_page_languages_paths(client, sops, base, history, compare):
    page = client.get(base)
    assert f'<a href="{base}{history}">' in page.text
    listing = client.get(f"{base}{history}")
    assert listing.status_code == 200
    assert f'<a href="{base}{history}1/">' in listing.text
    assert f'<a href="{base}{history}2/">' in listing.text
    assert f'action="{base}{compare}"' in listing.text
    assert client.get(f"{base}{history}1/").status_code == 200
    diff = client.get(f"{base}{compare}", {"a": 1, "b": 2})
    assert diff.status_code == 200
    assert f'<a href="{base}{history}">' in diff.text


@pytest.mark.parametrize(
    ("path", "target"),
    [
        (f"{DUTCH}versions/", f"{DUTCH}versies/"),
        (f"{DUTCH}versions/2/", f"{DUTCH}versies/2/"),
        (f"{DUTCH}versions/compare/?a=1&b=2", f"{DUTCH}versies/vergelijken/?a=1&b=2"),
        (f"{ENGLISH}versies/", f"{ENGLISH}versions/"),
        (f"{ENGLISH}versies/1/", f"{ENGLISH}versions/1/"),
        (f"{ENGLISH}versies/vergelijken/?a=1&b=2", f"{ENGLISH}versions/compare/?a=1&b=2"),
    ],
)
def test_the_other_languages_version_paths_redirect_permanently(client, sops, path, target):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == target


def test_a_dutch_path_mixed_with_english_words_is_not_found(client, sops):
    assert client.get(f"{DUTCH}versies/compare/").status_code == 404
