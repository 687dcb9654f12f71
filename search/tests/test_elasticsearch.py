"""The Elasticsearch engine without a cluster: the bodies it sends, how it reads answers,
the rebuild's order of steps (against a mock client) and failure on an unreachable URL."""

import datetime
import json
import re
import time
from unittest import mock

import pytest
import snowballstemmer

from search.engines import elasticsearch as es
from search.engines.base import FACETS, SearchDocument, SearchQuery

PROTOCOL = SearchDocument(
    key="page:42",
    group="tk-42",
    type="protocol",
    language="nl",
    title="Celtherapieën bereiden",
    body="Bereiding van celtherapieën in de cleanroom.",
    url="/nl/protocollen/celtherapie/",
    summary="Hoe wij celtherapieën bereiden.",
    identifier="SOP-QC-012",
    centre="umcu",
    centre_name="UMC Utrecht",
    facets={"modality": "cell", "process_stage": "manufacturing", "unknown": "dropped"},
    date=datetime.date(2024, 5, 1),
)


def query(text="", **kwargs):
    return SearchQuery(text=text, language=kwargs.pop("language", "nl"), **kwargs)


def walk(node, path=()):
    """Every (path, leaf) of a JSON-like body."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for value in node:
            yield from walk(value, path)
    else:
        yield path, node


def keys(node):
    return {key for path, _leaf in walk(node) for key in path}


# ---- mapping ---------------------------------------------------------------------------------


def test_text_is_analysed_per_language():
    properties = es.index_body()["mappings"]["properties"]
    for field in ("title", "body"):
        assert properties[f"{field}_nl"]["type"] == properties[f"{field}_en"]["type"] == "text"
        assert properties[f"{field}_nl"]["analyzer"] == "dutch_text"
        assert properties[f"{field}_en"]["analyzer"] == "english_text"
        assert properties[f"{field}_nl"]["copy_to"] == "spell"
    assert properties["body_nl"]["index_options"] == "offsets"
    assert properties["spell"] == {"type": "text", "analyzer": "folded"}


def analysis():
    return es.index_body()["settings"]["analysis"]


def test_language_analyzers_are_the_builtin_ones_with_snowball_stemmers():
    analyzers, filters = analysis()["analyzer"], analysis()["filter"]
    dutch = analyzers["dutch_text"]
    assert (dutch["type"], dutch["tokenizer"]) == ("custom", "standard")
    assert [filters.get(name, name) for name in dutch["filter"]][:3] == [
        "lowercase",
        {"type": "stop", "stopwords": "_dutch_"},
        {
            "type": "stemmer_override",
            "rules": ["fiets=>fiets", "bromfiets=>bromfiets", "ei=>eier", "kind=>kinder"],
        },
    ]
    assert filters[dutch["filter"][-1]] == {"type": "stemmer", "language": "dutch"}
    english = analyzers["english_text"]
    # Superscript and subscript digits as digits, as search.stemming.fold does (CO₂ → co2).
    for name in ("dutch_text", "english_text", "folded"):
        assert analyzers[name]["char_filter"] == ["script_digits"]
    mapping = analysis()["char_filter"]["script_digits"]
    assert mapping["type"] == "mapping"
    assert {"₂=>2", "⁸=>8"} <= set(mapping["mappings"])
    assert [filters.get(name, name) for name in english["filter"]] == [
        {"type": "stemmer", "language": "possessive_english"},
        "lowercase",
        {"type": "stop", "stopwords": "_english_"},
        {"type": "stemmer", "language": "porter2"},  # Snowball English, as in PostgreSQL
    ]


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("celtherapieën", "celtherapie"),
        ("Categorieën", "categorie"),
        ("ideeën", "idee"),
        ("bacteriën", "bacterie"),
        ("bereidingen", "bereiding"),
    ],
)
def test_dutch_analyzer_joins_diaeresis_plurals_with_their_singular(plural, singular):
    """Runs the index's own pattern filters (Java and Python agree on these regular
    expressions) and Snowball's Dutch stemmer, the one Elasticsearch 8 uses."""
    filters = analysis()["filter"]
    stemmer = snowballstemmer.stemmer("dutch_porter")

    def analyse(token):
        token = token.lower()
        for name in analysis()["analyzer"]["dutch_text"]["filter"]:
            if filters.get(name, {}).get("type") == "pattern_replace":
                token = re.sub(filters[name]["pattern"], filters[name]["replacement"], token)
        return stemmer.stemWord(token)

    assert analyse(plural) == analyse(singular)


def test_keywords_for_identity_and_every_facet():
    properties = es.index_body()["mappings"]["properties"]
    for field in ("key", "group", "type", "language", "centre", "centre_name", "identifier"):
        assert properties[field]["type"] == "keyword"
    for facet in FACETS:
        assert properties[facet]["type"] == "keyword", facet
    assert properties["identifier"]["normalizer"] == "lowercase"
    assert properties["date"] == {"type": "date"}
    assert properties["url"]["index"] is False
    assert properties["summary"]["index"] is False


def test_completion_field_is_filtered_by_language():
    body = es.index_body()
    suggest = body["mappings"]["properties"]["suggest"]
    assert suggest["type"] == "completion"
    assert suggest["analyzer"] == "folded"
    assert suggest["contexts"] == [{"name": "language", "type": "category", "path": "language"}]
    assert body["settings"]["analysis"]["analyzer"]["folded"] == {
        "type": "custom",
        "tokenizer": "standard",
        "char_filter": ["script_digits"],
        "filter": ["lowercase", "asciifolding"],
    }


def test_mapping_is_strict_single_shard_and_refresh_is_off_only_while_loading():
    body = es.index_body()
    assert body["mappings"]["dynamic"] == "strict"
    assert body["settings"]["number_of_shards"] == 1
    assert "refresh_interval" not in body["settings"]
    assert es.index_body(bulk_loading=True)["settings"]["refresh_interval"] == "-1"
    assert "refresh_interval" not in es.index_body()["settings"]  # no shared state


def test_document_source_fits_the_strict_mapping():
    source = es.document_source(PROTOCOL)
    properties = es.index_body()["mappings"]["properties"]
    assert set(source) <= set(properties)
    assert source["title_nl"] == PROTOCOL.title
    assert source["body_nl"] == PROTOCOL.body
    assert "title_en" not in source and "body_en" not in source
    assert source["modality"] == "cell"
    assert "unknown" not in source
    assert source["date"] == "2024-05-01"


def test_document_source_leaves_out_empty_values_and_highlight_sentinels():
    document = SearchDocument(
        key="glossary:atmp:en",
        group="glossary:atmp",
        type="glossary",
        language="en",
        title=f"ATMP {es.MARK_OPEN}x{es.MARK_CLOSE}",
        body="Advanced therapy medicinal product",
        url="/en/glossary/atmp/",
    )
    source = es.document_source(document)
    for empty in ("centre", "centre_name", "identifier", "summary", "date", "modality"):
        assert empty not in source
    assert source["title_en"] == "ATMP x"


def test_completion_inputs_rank_whole_titles_above_later_words():
    assert es.completion_inputs("Flow cytometry CD34 count", "SOP-7") == [
        {"input": ["Flow cytometry CD34 count", "SOP-7"], "weight": 2},
        {"input": ["cytometry CD34 count", "CD34 count", "count"], "weight": 1},
    ]
    assert es.completion_inputs("   ", "") == []


# ---- query body ------------------------------------------------------------------------------


def scoring(body):
    """The alternatives of the text part of a search body."""
    return body["query"]["bool"]["must"][0]["bool"]["should"]


def test_simple_query():
    body = es.search_body(query("celtherapie bereiding"))
    reader = scoring(body)[0]["bool"]
    multi_match = reader["must"][0]["multi_match"]
    assert multi_match["query"] == "celtherapie bereiding"
    assert multi_match["type"] == "best_fields"
    assert multi_match["fuzziness"] == "AUTO"
    assert multi_match["fields"] == ["title_nl^3", "title_en^3", "body_nl", "body_en"]
    proximity = reader["should"][0]["multi_match"]
    assert (proximity["type"], proximity["slop"]) == ("phrase", 2)
    assert "fuzziness" not in proximity
    assert scoring(body)[1] == {
        "match": {"identifier": {"query": "celtherapie bereiding", "boost": 10}}
    }
    assert body["query"]["bool"]["must"][0]["bool"]["minimum_should_match"] == 1
    assert "post_filter" not in body
    assert body["sort"][0] == "_score"
    assert (body["from"], body["size"], body["track_total_hits"]) == (0, 10, True)


def test_a_glossary_term_matches_as_typed_or_by_its_other_names_on_its_own():
    body = es.search_body(
        query("msc cryopreservatie", terms=(("msc", ("mesenchymal stromal cell",)),))
    )
    must = scoring(body)[0]["bool"]["must"]
    [term] = [clause["dis_max"] for clause in must if "dis_max" in clause]
    typed, other = term["queries"]
    assert {"match_phrase": {"title_nl": {"query": "msc", "boost": 3}}} in typed["dis_max"][
        "queries"
    ]
    assert other["dis_max"]["boost"] == es.EXPANSION_BOOST
    assert {"match_phrase": {"body_en": {"query": "mesenchymal stromal cell"}}} in other["dis_max"][
        "queries"
    ]
    [words] = [clause["multi_match"] for clause in must if "multi_match" in clause]
    assert words["query"] == "cryopreservatie"  # the term is matched on its own, not twice


def test_a_relaxed_query_needs_all_words_but_one():
    body = es.search_body(query('thawing car-t infusion "dose"', relaxed=True))
    [relaxed] = scoring(body)[0]["bool"]["must"]
    conditions = relaxed["bool"]["should"]
    words = [clause["multi_match"]["query"] for clause in conditions if "multi_match" in clause]
    assert words == ["thawing", "car-t", "infusion"]
    assert len(conditions) == 4  # three words and the phrase
    assert relaxed["bool"]["minimum_should_match"] == 3


def test_an_exact_query_needs_its_words_together():
    must = scoring(es.search_body(query("thawing car-t infusion")))[0]["bool"]["must"]
    assert [clause["multi_match"]["query"] for clause in must] == ["thawing car-t infusion"]


def test_reader_language_and_prominence_get_a_bonus():
    body = es.search_body(query("atmp", language="en"))
    assert body["query"]["bool"]["should"] == [
        {"constant_score": {"filter": {"term": {"language": "en"}}, "boost": 1.0}},
        {"rank_feature": {"field": "prominence", "linear": {}, "boost": 5.0}},
    ]


def test_double_quoted_phrase_is_required_and_not_fuzzy():
    body = es.search_body(query('"flow cytometry" cd34'))
    must = scoring(body)[0]["bool"]["must"]
    phrase = must[0]["dis_max"]["queries"]
    assert {"match_phrase": {"title_nl": {"query": "flow cytometry", "boost": 3}}} in phrase
    assert {"match_phrase": {"body_en": {"query": "flow cytometry"}}} in phrase
    assert len(phrase) == 4
    assert must[1]["multi_match"]["query"] == "cd34"


def test_split_phrases():
    assert es.split_phrases('"flow cytometry" cd34 "" "open') == ("cd34 open", ["flow cytometry"])
    assert es.split_phrases('""') == ("", [])


def test_only_quotes_finds_nothing_and_empty_text_browses_everything():
    assert es.search_body(query('"" "'))["query"]["bool"]["must"][0] == {"match_none": {}}
    assert es.search_body(query("  "))["query"]["bool"]["must"][0] == {"match_all": {}}


def test_expansions_are_alternatives():
    body = es.search_body(query("celtherapie", expansions=("cell therapy", " ")))
    alternatives = scoring(body)
    assert len(alternatives) == 3  # the reader's words, the identifier, one expansion
    expansion = alternatives[2]["dis_max"]
    assert expansion["boost"] == es.EXPANSION_BOOST
    assert {"match_phrase": {"body_nl": {"query": "cell therapy"}}} in expansion["queries"]


def test_expansions_alone_still_search():
    alternatives = scoring(es.search_body(query("", expansions=("cell therapy",))))
    assert len(alternatives) == 1
    assert "dis_max" in alternatives[0]


def test_filters_go_to_post_filter_and_each_facet_ignores_its_own_filter():
    body = es.search_body(
        query(
            "sop",
            filters={
                "centre": ("umcu", "lumc"),
                "type": ("protocol",),
                "modality": (),
                "not_a_facet": ("x",),
            },
        )
    )
    assert body["post_filter"] == {
        "bool": {
            "filter": [
                {"terms": {"centre": ["umcu", "lumc"]}},
                {"terms": {"type": ["protocol"]}},
            ]
        }
    }
    assert set(body["aggs"]) == set(FACETS)
    for facet in FACETS:
        assert body["aggs"][facet]["aggs"]["values"]["terms"]["field"] == facet
    assert body["aggs"]["centre"]["filter"]["bool"]["filter"] == [{"terms": {"type": ["protocol"]}}]
    assert body["aggs"]["type"]["filter"]["bool"]["filter"] == [
        {"terms": {"centre": ["umcu", "lumc"]}}
    ]
    assert len(body["aggs"]["modality"]["filter"]["bool"]["filter"]) == 2
    assert "not_a_facet" not in json.dumps(body)
    assert "centre" not in json.dumps(body["query"])  # filters never change the scores


def test_without_filters_every_facet_counts_the_whole_query():
    body = es.search_body(query("sop"))
    for facet in FACETS:
        assert body["aggs"][facet]["filter"] == {"bool": {"filter": []}}


def test_date_sort_puts_undated_last_and_keeps_scores():
    body = es.search_body(query("sop", sort="date"))
    assert body["sort"] == [
        {"date": {"order": "desc", "missing": "_last"}},
        "_score",
        {"key": "asc"},
    ]
    assert body["track_scores"] is True


def test_pagination():
    body = es.search_body(query("sop", offset=20, limit=10))
    assert (body["from"], body["size"]) == (20, 10)
    body = es.search_body(query("sop", offset=-5, limit=-1))
    assert (body["from"], body["size"]) == (0, 0)
    # Past Elasticsearch's result window: no hits, but still the count and the facets.
    body = es.search_body(query("sop", offset=9_995, limit=10))
    assert (body["from"], body["size"]) == (0, 0)
    assert set(body["aggs"]) == set(FACETS)


def test_highlight_uses_sentinels_on_the_body_fields():
    highlight = es.search_body(query("sop"))["highlight"]
    assert highlight["pre_tags"] == [es.MARK_OPEN]
    assert highlight["post_tags"] == [es.MARK_CLOSE]
    assert set(highlight["fields"]) == {"body_nl", "body_en"}


HOSTILE = [
    "cell NEAR therapy",
    "*",
    '"',
    '{"json": 1}',
    '{"query_string": {"query": "*:*"}}',
    "a OR b AND NOT c~2 title:x^9 /re.*/",
    "<script>alert(1)</script>",
    "x" * 10_000,
]
MATCH_QUERIES = {"match", "multi_match", "match_phrase"}


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_only_ever_data_of_match_queries(text):
    body = es.search_body(query(text, expansions=(text,)))
    json.dumps(body)  # always serialisable: the text is a string value, never parsed
    assert "query_string" not in keys(body)
    assert "simple_query_string" not in keys(body)
    assert "wildcard" not in keys(body) and "regexp" not in keys(body)
    fragment = text.strip('"')[:40].strip()
    for path, leaf in walk(body):
        if isinstance(leaf, str) and fragment and fragment in leaf:
            assert path[-1] == "query", path
            assert MATCH_QUERIES & set(path), path
    assert max(len(leaf) for _path, leaf in walk(body) if isinstance(leaf, str)) <= (
        es.MAX_QUERY_CHARS
    )


def test_hostile_text_in_autocomplete_and_suggest_stays_data():
    for text in HOSTILE:
        completion = es.autocomplete_body(text, "nl", 8)["suggest"]["titles"]
        assert completion["prefix"] == text[: es.AUTOCOMPLETE_MAX_CHARS]
        spelling = es.suggest_body(text)["suggest"]["spelling"]
        assert spelling["text"] == text[: es.MAX_QUERY_CHARS]


# ---- reading answers -------------------------------------------------------------------------


def test_snippet_marks_highlights_and_escapes_everything_else():
    fragment = f"<b>voor</b> {es.MARK_OPEN}celtherapieën{es.MARK_CLOSE} & meer"
    assert es.render_snippet([fragment], "samenvatting") == (
        "&lt;b&gt;voor&lt;/b&gt; <mark>celtherapieën</mark> &amp; meer"
    )


def test_snippet_escapes_a_payload_inside_a_highlight():
    payload = '<img src=x onerror="alert(1)">'
    fragment = f"{es.MARK_OPEN}{payload}{es.MARK_CLOSE}"
    snippet = es.render_snippet([fragment], "")
    assert snippet == "<mark>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</mark>"


def test_snippet_without_highlight_prefers_the_summary():
    assert es.render_snippet(["start of the body"], "<i>Summary</i>") == (
        "&lt;i&gt;Summary&lt;/i&gt;"
    )
    assert es.render_snippet(["start of the body"], "") == "start of the body"
    assert es.render_snippet(None, "") == ""


def search_response(hits, buckets=None):
    return {
        "hits": {"total": {"value": 7, "relation": "eq"}, "hits": hits},
        "aggregations": {
            facet: {"doc_count": 7, "values": {"buckets": (buckets or {}).get(facet, [])}}
            for facet in FACETS
        },
    }


def test_parse_search_response():
    xss_title = "<script>alert('title')</script>"
    hit = {
        "_score": 3.5,
        "_source": {
            "key": "page:42",
            "group": "tk-42",
            "type": "protocol",
            "language": "nl",
            "centre": "umcu",
            "centre_name": "UMC Utrecht",
            "url": "/nl/p/",
            "summary": xss_title,
            "date": "2024-05-01",
            "title_nl": xss_title,
        },
        "highlight": {"body_nl": ["no mark here"]},
    }
    undated = {
        "_score": None,
        "_source": {"key": "glossary:atmp:en", "group": "g", "type": "glossary"}
        | {"language": "en", "url": "/en/g/", "title_en": "ATMP"},
    }
    results = es.parse_search_response(
        search_response([hit, undated], {"type": [{"key": "protocol", "doc_count": 5}]})
    )
    assert results.count == 7
    first, second = results.hits
    assert first.title == xss_title  # plain text: the template escapes it
    assert first.snippet == "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;"
    assert (first.score, first.date, first.centre_name) == (
        3.5,
        datetime.date(2024, 5, 1),
        "UMC Utrecht",
    )
    assert (second.title, second.score, second.date, second.centre) == ("ATMP", 0.0, None, "")
    assert results.facets["type"] == {"protocol": 5}
    assert results.facets["centre"] == {}
    assert set(results.facets) == set(FACETS)


def test_autocomplete_body_and_answer():
    body = es.autocomplete_body("Celth", "nl", 5)
    completion = body["suggest"]["titles"]["completion"]
    assert body["size"] == 0
    assert body["_source"] == ["title_nl"]
    assert completion["contexts"] == {"language": ["nl"]}
    assert completion["field"] == "suggest"
    assert completion["size"] == 10
    assert es.autocomplete_body("x", "nl", 10_000)["suggest"]["titles"]["completion"]["size"] == 40
    response = {
        "suggest": {
            "titles": [
                {
                    "text": "Celth",
                    "options": [
                        {"text": "Celtherapie", "_source": {"title_nl": "Celtherapie"}},
                        {"text": "celtherapie x", "_source": {"title_nl": "Celtherapie"}},
                        {"text": "Celtherapieën", "_source": {"title_nl": "Celtherapieën"}},
                        {"text": "Celtherapie 3", "_source": {"title_nl": "Celtherapie 3"}},
                    ],
                }
            ]
        }
    }
    assert es.parse_autocomplete(response, "nl", 2) == ["Celtherapie", "Celtherapieën"]


def test_suggest_body_uses_unstemmed_words_and_only_corrects_unknown_ones():
    term = es.suggest_body("celtherapy")["suggest"]["spelling"]["term"]
    assert term["field"] == "spell"
    assert term["suggest_mode"] == "missing"


def test_corrected_text_replaces_by_offset():
    response = {
        "suggest": {
            "spelling": [
                {
                    "text": "celtherpie",
                    "offset": 0,
                    "length": 10,
                    "options": [{"text": "celtherapie"}],
                },
                {"text": "voor", "offset": 11, "length": 4, "options": []},
                {"text": "kinderen", "offset": 16, "length": 8, "options": [{"text": "kinders"}]},
            ]
        }
    }
    assert es.corrected_text("Celtherpie voor kinderen", response) == "Celtherapie voor kinders"
    emoji = {
        "suggest": {
            "spelling": [
                {
                    "text": "celtherpie",
                    "offset": 3,
                    "length": 10,
                    "options": [{"text": "celtherapie"}],
                }
            ]
        }
    }
    assert es.corrected_text("🧬 celtherpie", emoji) == "🧬 celtherapie"  # 🧬 is 2 UTF-16 units
    nothing = {"suggest": {"spelling": [{"text": "x", "offset": 0, "length": 1, "options": []}]}}
    assert es.corrected_text("x", nothing) is None


# ---- writes ----------------------------------------------------------------------------------


def test_bulk_index_actions_target_the_given_index_by_key():
    (action,) = es.bulk_index_actions([PROTOCOL], "dare-documents")
    assert action["_op_type"] == "index"
    assert action["_index"] == "dare-documents"
    assert action["_id"] == "page:42"
    assert action["_source"] == es.document_source(PROTOCOL)


def test_bulk_delete_actions():
    assert list(es.bulk_delete_actions(["page:1", "page:2"], "dare-documents")) == [
        {"_op_type": "delete", "_index": "dare-documents", "_id": "page:1"},
        {"_op_type": "delete", "_index": "dare-documents", "_id": "page:2"},
    ]


def test_alias_swap_is_one_list_of_removes_then_the_add():
    assert es.alias_swap_actions("dare-documents", "dare-documents-2", ["dare-documents-1"]) == [
        {"remove": {"index": "dare-documents-1", "alias": "dare-documents", "must_exist": True}},
        {"add": {"index": "dare-documents-2", "alias": "dare-documents"}},
    ]
    assert es.alias_swap_actions("a", "a-2", []) == [{"add": {"index": "a-2", "alias": "a"}}]


# ---- the engine --------------------------------------------------------------------------------


def test_engine_names_the_alias_after_the_prefix(settings):
    settings.SEARCH_INDEX_PREFIX = "dare-Staging"
    assert es.ElasticsearchEngine().alias == "dare-staging-documents"
    settings.SEARCH_INDEX_PREFIX = ""
    assert es.ElasticsearchEngine().alias == "dare-documents"
    assert es.ElasticsearchEngine.name == "elasticsearch"


@pytest.fixture
def mock_client(settings):
    settings.ELASTICSEARCH_URL = "http://elasticsearch.invalid:9200"
    settings.SEARCH_INDEX_PREFIX = "dare-test"
    client = mock.MagicMock()
    client.options.return_value = client
    # The alias exists, on the old index only.
    client.indices.exists_alias.side_effect = lambda name, index=None: index is None
    client.indices.get_alias.return_value = {"dare-test-documents-1": {"aliases": {}}}
    with mock.patch.object(es, "_connect", return_value=client):
        yield client


def test_rebuild_loads_a_new_index_then_moves_the_alias_then_drops_the_old(mock_client):
    progress = mock.Mock()
    documents = [PROTOCOL] * (es.BULK_CHUNK + 3)
    ok = iter([(True, {})] * len(documents))
    with mock.patch.object(es, "streaming_bulk", return_value=ok) as streaming_bulk:
        written = es.ElasticsearchEngine().rebuild(iter(documents), progress=progress)

    assert written == len(documents)
    assert [c.args for c in progress.advance.call_args_list] == [(es.BULK_CHUNK,), (3,)]
    create = mock_client.indices.create.call_args.kwargs
    new_index = create["index"]
    assert new_index.startswith("dare-test-documents-")
    assert create["settings"]["refresh_interval"] == "-1"
    actions = list(streaming_bulk.call_args.args[1])
    assert {action["_index"] for action in actions} == {new_index}
    mock_client.indices.refresh.assert_called_once_with(index=new_index)
    mock_client.indices.update_aliases.assert_called_once_with(
        actions=es.alias_swap_actions("dare-test-documents", new_index, ["dare-test-documents-1"])
    )
    mock_client.indices.delete.assert_called_once_with(index="dare-test-documents-1")
    names = [name for name, _args, _kwargs in mock_client.method_calls]
    assert names.index("indices.refresh") < names.index("indices.update_aliases")
    assert names.index("indices.put_settings") < names.index("indices.refresh")


def test_failed_rebuild_keeps_the_alias_and_drops_the_new_index(mock_client):
    failure = es.BulkIndexError("1 document(s) failed", [{"index": {"error": {"reason": "bad"}}}])
    with (
        mock.patch.object(es, "streaming_bulk", side_effect=failure),
        pytest.raises(es.SearchUnavailable, match="bad"),
    ):
        es.ElasticsearchEngine().rebuild(iter([PROTOCOL]))
    new_index = mock_client.indices.create.call_args.kwargs["index"]
    mock_client.indices.update_aliases.assert_not_called()
    mock_client.indices.delete.assert_called_once_with(index=new_index)


def test_a_swap_that_went_through_despite_an_error_keeps_the_new_index(mock_client):
    mock_client.indices.update_aliases.side_effect = es.TransportError("read timed out")
    mock_client.indices.exists_alias.side_effect = None
    mock_client.indices.exists_alias.return_value = True  # the swap was applied after all
    with (
        mock.patch.object(es, "streaming_bulk", return_value=iter([(True, {})])),
        pytest.raises(es.SearchUnavailable, match="timed out"),
    ):
        es.ElasticsearchEngine().rebuild(iter([PROTOCOL]))
    mock_client.indices.delete.assert_not_called()


def test_index_writes_through_the_alias_only(mock_client):
    with mock.patch.object(es, "bulk", return_value=(1, [])) as bulk:
        assert es.ElasticsearchEngine().index([PROTOCOL]) == 1
    assert bulk.call_args.kwargs["require_alias"] is True
    assert [a["_index"] for a in bulk.call_args.args[1]] == ["dare-test-documents"]


def test_delete_ignores_documents_that_are_already_gone(mock_client):
    with mock.patch.object(es, "bulk", return_value=(0, [])) as bulk:
        es.ElasticsearchEngine().delete(["page:1"])
    assert bulk.call_args.kwargs["ignore_status"] == (404,)
    assert bulk.call_args.kwargs["require_alias"] is True


def test_tally_counts_groups_and_asks_the_alias(mock_client):
    mock_client.search.return_value.body = {
        "aggregations": {
            "matching": {"doc_count": 7, "groups": {"value": 4}},
            "type": {
                "values": {"buckets": [{"key": "protocol", "doc_count": 5, "groups": {"value": 3}}]}
            },
        }
    }
    count, facets = es.ElasticsearchEngine().tally(query("sop"))
    assert (count, facets["type"], facets["centre"]) == (4, {"protocol": 3}, {})
    assert mock_client.search.call_args.kwargs["index"] == "dare-test-documents"
    body = mock_client.search.call_args.kwargs["body"]
    assert body["size"] == 0
    assert body["aggs"]["type"]["aggs"]["values"]["aggs"] == es.GROUP_COUNT


def test_status_reads_cluster_health(mock_client):
    mock_client.cluster.health.return_value = {"status": "yellow"}
    assert es.ElasticsearchEngine().status() == "ok"
    mock_client.cluster.health.return_value = {"status": "red"}
    assert es.ElasticsearchEngine().status() == "cluster health is red"


def test_blank_input_needs_no_request(mock_client):
    engine = es.ElasticsearchEngine()
    assert engine.autocomplete("  ", "nl") == []
    assert engine.suggest("", "nl") is None
    mock_client.search.assert_not_called()


# ---- an unreachable cluster ------------------------------------------------------------------


@pytest.fixture
def closed_port(settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    return es.ElasticsearchEngine()


@pytest.mark.parametrize(
    "call",
    [
        lambda engine: engine.ranked(query("celtherapie"), 10),
        lambda engine: engine.index([PROTOCOL]),
        lambda engine: engine.delete(["page:42"]),
        lambda engine: engine.rebuild(iter([PROTOCOL])),
        lambda engine: engine.autocomplete("celth", "nl"),
        lambda engine: engine.suggest("celtherapy", "nl"),
    ],
    ids=["search", "index", "delete", "rebuild", "autocomplete", "suggest"],
)
def test_an_unreachable_cluster_raises_search_unavailable_quickly(closed_port, call):
    started = time.monotonic()
    with pytest.raises(es.SearchUnavailable):
        call(closed_port)
    assert time.monotonic() - started < 5


def test_status_reports_an_unreachable_cluster_without_raising(closed_port, settings):
    assert closed_port.status().startswith("unavailable: ")
    settings.ELASTICSEARCH_URL = ""
    assert es.ElasticsearchEngine().status() == "ELASTICSEARCH_URL is not set"
    settings.ELASTICSEARCH_URL = "not a url"
    assert es.ElasticsearchEngine().status().startswith("invalid ELASTICSEARCH_URL")
