"""Self-contained API items: every event, figure and quote an endpoint answers carries its
evidence sentence's text, its article's title, outlet and date, and the names and keys of
the entities it names, checked against the article itself; and a page costs the same
number of statements whatever its length (no query per fact)."""

from __future__ import annotations

import pytest
from sqlalchemy import event

pytestmark = pytest.mark.slow

API = "/api/v1"

#: (endpoint, parameters, where the facts are in the answer)
LISTS = [
    ("/events", {"pair": "AZE,TUR"}, "items"),
    ("/events", {"limit": 500}, "items"),
    ("/agreements", {}, "items"),
    ("/indicators", {"kind": "target"}, "items"),
    ("/quotes", {}, "items"),
    ("/pairs/AZE/TUR", {}, "latest_events"),
    ("/pairs/AZE/TUR", {}, "agreements"),
    ("/pairs/AZE/TUR", {}, "indicators"),
    ("/pairs/AZE/IRN", {}, "quotes"),
    ("/entities/COUNTRY:AZE", {}, "events"),
]


def _articles(client, items):
    ids = {item["evidence"][0]["article_id"] for item in items}
    return {i: client.get(f"{API}/articles/{i}").json() for i in ids}


@pytest.mark.parametrize(("path", "params", "field"), LISTS, ids=[f"{p}?{q}:{f}" for p, q, f in LISTS])
def test_items_carry_their_sentence_article_and_names(client, path, params, field):
    answer = client.get(f"{API}{path}", params=params)
    assert answer.status_code == 200, answer.text
    items = answer.json()[field]
    assert items, f"{path} {params} gave no {field} on the fixture store"
    articles = _articles(client, items)
    for item in items:
        article = articles[item["evidence"][0]["article_id"]]
        spans = [article["text"][e["start"] : e["end"]] for e in item["evidence"]]
        assert item["evidence_text"] == " ".join(" ".join(spans).split())
        assert item["evidence_text"].strip(), item["id"]
        assert item["article"] == {k: article[k] for k in ("id", "title", "source", "published")}
        entities = {e["id"]: e for e in article["facts"]["entities"]}
        named = [*item.get("actors", ()), *item.get("recipients", ()), *([item["speaker"]] if item.get("speaker") else [])]
        assert [e["id"] for e in item["entities"]] == list(dict.fromkeys(named))
        if "type" in item and "mode" in item:  # an event: its `when`, the one rule of accords.store.when
            if item["date"] is not None:
                assert item["when"]["source"] == "event"
                first = item["date"] if isinstance(item["date"], str) else item["date"][0]
                assert item["when"]["start"].startswith(first) or first.startswith(item["when"]["start"][:7])
            elif article["published"]:
                assert item["when"] == {"start": article["published"][:10], "end": article["published"][:10],
                                        "source": "reported", "label": f"{article['published'][:10]} (reported)"}
            else:
                assert item["when"] is None
        for ref in item["entities"]:
            local = entities[ref["id"]]
            assert (ref["name"], ref["type"]) == (local["name"], local["type"])
            assert ref["key"] == f"{local['type']}:{local['canonical_id'] or local['name']}"


def test_search_hits_carry_self_contained_facts(client):
    items = client.get(f"{API}/facts/search", params={"q": "railway"}).json()["items"]
    assert items
    for hit in items:
        fact = hit["fact"]
        assert fact["evidence_text"] == hit["evidence_text"]
        assert (fact["article"]["id"], fact["article"]["title"], fact["article"]["published"]) == (
            hit["article_id"], hit["title"], hit["published"])


def test_an_events_sides_have_names_and_keys_that_open_the_entity(client):
    signing = client.get(f"{API}/agreements", params={"pair": "AZE,TUR", "kind": "roadmap"}).json()["items"][0]
    assert "signed a roadmap" in signing["evidence_text"]
    assert signing["article"]["source"] == "Azernews" and signing["article"]["published"] == "2021-09-15"
    keys = {e["key"] for e in signing["entities"]}
    assert {"COUNTRY:AZE", "ORG:Digital Transformation Office"} <= keys
    assert client.get(f"{API}/entities/COUNTRY:AZE").json()["name"] == "Azerbaijan"


def test_one_event_by_id_is_self_contained(client):
    first = client.get(f"{API}/events", params={"pair": "AZE,TUR", "limit": 1}).json()["items"][0]
    one = client.get(f"{API}/events/{first['id']}").json()
    assert one == first


@pytest.mark.parametrize("kind", ["events", "quotes", "indicators"])
def test_the_context_of_a_page_costs_two_statements_at_any_length(db_url, kind):
    from accords.service import queries
    from accords.store import Store, context, views

    with Store.open(db_url) as store:
        facts = getattr(queries, kind)(store, limit=500).items
        assert len(facts) > 10
        engine = store._engine  # noqa: SLF001 - counting the statements the context runs
        for few in (facts[:2], facts):
            seen: list[str] = []

            def record(*args, seen=seen):
                seen.append(args[2])

            with views.read(store) as conn:
                event.listen(engine, "before_cursor_execute", record)
                described = context.with_context(conn, few)
                event.remove(engine, "before_cursor_execute", record)
            assert len(described) == len(few)
            selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
            assert len(selects) == (2 if kind != "indicators" else 1), selects
