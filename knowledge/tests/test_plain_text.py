"""Plain text for snapshots, diffs and search accepts any text an editor can type, and a
publication never leaves a live page that cannot render (issue 16: four characters, ``<![>``,
in a material name gave a 500 to every visitor)."""

import html
import json
import uuid

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from wagtail.rich_text import RichText

from knowledge import factories
from knowledge.models import ProtocolPage, PublishedVersion
from knowledge.sections import plain_text, typed_text
from knowledge.tests.editing import publish_in_admin

MARKUP_FRAGMENTS = ["<![", "<!--", "</", "<!", "<?", "]]>", "<![CDATA[", "&#0;", "&", "<", ">"]
any_text = st.lists(st.one_of(st.text(), st.sampled_from(MARKUP_FRAGMENTS)), max_size=12).map(
    "".join
)


def readable(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


@given(any_text)
@example("<![>")
@example("<![if !supportLists]>x<![endif]>")
@example("\x00<!--")
def test_any_text_has_a_plain_text_form(text):
    assert isinstance(plain_text(text), str)
    assert isinstance(plain_text(RichText(text)), str)


@given(any_text)
@example("<![>")
def test_typed_text_escaped_into_rich_text_reads_back_as_typed(text):
    """What an editor types into rich text is stored escaped; its plain text is the text."""
    assert plain_text(f"<p>{html.escape(text)}</p>") == readable(text)


@given(any_text)
@example("<![>")
@example("<5 °C & <b>")
def test_a_typed_field_is_kept_as_typed(text):
    assert typed_text(text) == readable(text)


def _material(name):
    return {
        "type": "material",
        "id": str(uuid.uuid4()),
        "value": {
            "name": name,
            "grade": "gmp",
            "supplier": "<![>",
            "catalogue_number": "",
            "note": "",
        },
    }


def test_a_protocol_with_markup_like_text_is_published_and_renders(client, site):
    owner = factories.centre(site, language="en", title="Sanquin", code="sanquin")
    sop = factories.protocol(
        owner,
        title="Thawing <![> cells",
        materials=json.dumps([_material("<![>"), _material("CryoStor <!-- CS10")]),
        acceptance_criteria=json.dumps(
            [
                {
                    "type": "criterion",
                    "id": str(uuid.uuid4()),
                    "value": {"parameter": "<![>", "specification": "</", "method": ""},
                }
            ]
        ),
    )
    [version] = PublishedVersion.objects.filter(page=sop)
    materials = next(s for s in version.sections if s["key"] == "materials")
    assert [item["title"] for item in materials["items"]] == ["<![>", "CryoStor <!-- CS10"]
    assert materials["items"][0]["fields"]["supplier"] == "<![>"
    for url in (sop.url, f"{sop.url}versions/", f"{sop.url}versions/1/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "&lt;![&gt;" in response.text


def test_a_qc_method_with_markup_like_text_is_published_and_renders(client, site):
    owner = factories.centre(site, language="en", title="Sanquin", code="sanquin")
    method = factories.qc_method(
        owner,
        pharmacopoeia_reference="<![>",
        turnaround_time="<![>",
        acceptance_criteria=json.dumps(
            [
                {
                    "type": "criterion",
                    "id": str(uuid.uuid4()),
                    "value": {"parameter": "<![>", "specification": "<![>", "method": "<![>"},
                }
            ]
        ),
    )
    [version] = PublishedVersion.objects.filter(page=method)
    criteria = next(s for s in version.sections if s["key"] == "acceptance_criteria")
    assert criteria["items"][0]["title"] == "<![>"
    assert client.get(method.url).status_code == 200


def test_content_that_cannot_become_sections_is_refused_before_it_goes_live(
    editor_client, site, monkeypatch
):
    owner = factories.centre(site, language="en", title="Sanquin", code="sanquin")
    sop = factories.protocol(owner, title="Thawing")
    live_revision = ProtocolPage.objects.get(pk=sop.pk).live_revision_id

    def fails(page):
        raise ValueError("a conversion bug")

    monkeypatch.setattr(ProtocolPage, "structured_sections", fails)
    response = publish_in_admin(editor_client, sop, version=2, title="Thawing again")
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Deze inhoud kon niet worden omgezet voor de versiegeschiedenis en kan daarom niet "
        "worden gepubliceerd. Controleer de teksten op ongebruikelijke tekens of neem contact "
        "op met de beheerders van de site."
    ]
    assert ProtocolPage.objects.get(pk=sop.pk).live_revision_id == live_revision
    assert ProtocolPage.objects.get(pk=sop.pk).title == "Thawing"


@pytest.mark.parametrize("name", ["<![>", "<!--", "</", "<![if x]>"])
def test_an_editor_may_name_a_material_with_any_characters(editor_client, site, name):
    """Through the editor, as in the issue: typed, published, recorded, rendered."""
    owner = factories.centre(site, language="en", title="Sanquin", code="sanquin")
    sop = factories.protocol(owner, material_count=1)
    page = ProtocolPage.objects.get(pk=sop.pk)
    materials = {
        "count": "1",
        "0": {
            "type": "material",
            "id": page.materials[0].id,
            "deleted": "",
            "order": "0",
            "value": {
                "name": name,
                "grade": "gmp",
                "supplier": "",
                "catalogue_number": "",
                "note": "",
            },
        },
    }
    response = publish_in_admin(editor_client, sop, version=2, materials=materials)
    assert response.status_code == 302
    version = PublishedVersion.objects.get(page=sop, number=2)
    materials_section = next(s for s in version.sections if s["key"] == "materials")
    assert materials_section["items"][0]["title"] == name
    assert editor_client.get(sop.url).status_code == 200
