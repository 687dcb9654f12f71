import pytest

from dare_platform.templatetags import dare_tags
from knowledge import factories


@pytest.fixture
def pages(site):
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, language="en", translation_of=owner_nl)
    both_nl = factories.protocol(owner_nl, title="Dooien van CAR-T")
    both_en = factories.protocol(owner_en, title="Thawing CAR-T", translation_of=both_nl)
    only_nl = factories.protocol(owner_nl, identifier="DARE-SOP-0009", title="Alleen Nederlands")
    return {"both_nl": both_nl, "both_en": both_en, "only_nl": only_nl}


def test_switcher_goes_to_the_translation_and_hreflang_lists_both(client, pages):
    response = client.get(pages["both_nl"].url)
    assert f'href="{pages["both_en"].url}" lang="en" hreflang="en"' in response.text
    assert 'rel="alternate" hreflang="en"' in response.text
    assert 'rel="alternate" hreflang="nl"' in response.text


def test_the_translations_are_looked_up_once_for_the_switcher_and_hreflang(
    client, pages, monkeypatch
):
    lookups = []
    find = dare_tags._find_language_targets
    monkeypatch.setattr(
        dare_tags, "_find_language_targets", lambda context: lookups.append(1) or find(context)
    )
    response = client.get(pages["both_nl"].url)
    assert 'rel="alternate" hreflang="en"' in response.text
    assert f'href="{pages["both_en"].url}" lang="en" hreflang="en"' in response.text
    assert len(lookups) == 1


def test_switcher_says_plainly_when_there_is_no_translation(client, pages):
    response = client.get(pages["only_nl"].url)
    assert "not translated" in response.text
    assert f"/en/untranslated/{pages['only_nl'].pk}/" in response.text
    assert 'rel="alternate" hreflang="en"' not in response.text


def test_fallback_shows_the_other_language_marked_as_such(client, pages):
    response = client.get(f"/en/untranslated/{pages['only_nl'].pk}/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "has not been translated yet" in response.text
    assert '<h1 lang="nl">Alleen Nederlands</h1>' in response.text
    assert "Alleen Nederlands" in response.text
    assert 'name="robots" content="noindex"' in response.text


def test_fallback_redirects_once_a_translation_exists(client, pages):
    response = client.get(f"/en/untranslated/{pages['both_nl'].pk}/")
    assert response.status_code == 302
    assert response["Location"] == pages["both_en"].url


def test_fallback_for_unknown_page_is_404(client, pages):
    assert client.get("/en/untranslated/999999/").status_code == 404
