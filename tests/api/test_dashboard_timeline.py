"""The pair timeline on a real time axis (#18): every event is counted, by its own month
when the text dates it and by its article's month ("reported") when not; months without
events keep their place on the axis; and the dashboard's search box finds facts."""

from __future__ import annotations

import html as html_lib
import re

import pytest

pytestmark = pytest.mark.slow

API = "/api/v1"

CASES = [
    ("AZE", "TUR", {}),
    ("AZE", "IRN", {}),
    ("AZE", "TUR", {"min_confidence": 0.5}),  # counted over the events, not the pair index
    ("AZE", "IRN", {"min_confidence": 0.8}),
]


@pytest.mark.parametrize(("a", "b", "params"), CASES, ids=[f"{a}-{b}-{p or 'all'}" for a, b, p in CASES])
def test_the_monthly_counts_keep_every_event(client, a, b, params):
    pair = client.get(f"{API}/pairs/{a}/{b}", params=params).json()
    dated = sum(row["count"] for row in pair["timeline"])
    reported = sum(row["count"] for row in pair["timeline_reported"])
    assert dated + reported + pair["timeline_unplaced"] == pair["events_total"]
    assert pair["timeline_unplaced"] >= 0
    events = client.get(f"{API}/events", params={"pair": f"{a},{b}", "limit": 500, **params}).json()["items"]
    undated = [e for e in events if e["date"] is None]
    placed = [e for e in undated if e["article"]["published"]]
    assert reported == len(placed)
    for row in pair["timeline_reported"]:
        assert row["count"] == sum(1 for e in placed if e["article"]["published"][:7] == row["month"])


def _bars(html: str) -> list[tuple[str, str, float, float]]:
    """(class, month, x, width) of each bar of the timeline chart."""
    section = html[html.index('id="timeline"') : html.index('id="agreements"')]
    return [
        (cls, month, float(x), float(w))
        for cls, month, x, w in re.findall(
            r'<rect class="(dated|reported)" data-month="([\d-]+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', section
        )
    ]


def test_the_timeline_is_on_a_real_time_axis_with_reported_events_apart(client):
    """AZE-TUR on the seeds: events of 2021-02, 2021-06 and 2021-09 with their own dates,
    and the undated events of the 2021-09-15 article hatched in 2021-09; the gap from
    February to June is four months wide, from June to September three."""
    html = client.get("/pair/AZE/TUR").text
    bars = _bars(html)
    x = {month: pos for cls, month, pos, _ in bars if cls == "dated"}
    assert {"2021-02", "2021-06", "2021-09"} <= set(x)
    assert (x["2021-06"] - x["2021-02"]) / (x["2021-09"] - x["2021-06"]) == pytest.approx(4 / 3, rel=0.01)
    reported = [month for cls, month, *_ in bars if cls == "reported"]
    assert reported == ["2021-09"]
    assert 'fill="url(#reported-hatch)"' in html and "reported date" in html


def test_the_search_box_finds_facts_with_their_sentence(client):
    html = client.get("/search", params={"q": "railway"}).text
    hits = re.findall(r'<li class="fact-hit kind-(\w+)">.*?<span class="evidence">(.*?)</span>', html, re.S)
    assert hits
    api = client.get(f"{API}/facts/search", params={"q": "railway", "limit": 30}).json()["items"]
    assert [html_lib.unescape(text) for _kind, text in hits] == [h["evidence_text"] for h in api]
    assert all("railway" in text.lower() for _kind, text in hits)


def test_event_lists_show_the_reported_day_of_undated_events(client):
    """The pair page's latest events: an undated event shows its article's day, marked
    reported; a dated one its own date."""
    events = client.get(f"{API}/events", params={"pair": "AZE,TUR", "limit": 20}).json()["items"]
    html = client.get("/pair/AZE/TUR").text
    section = html[html.index('id="events"') : html.index('id="sources"')]
    rows = re.findall(r'<tr class="event[^"]*" data-fact="([^"]+)">\s*<td data-label="Date">(.*?)</td>', section, re.S)
    assert rows
    by_id = {e["id"]: e for e in events}
    kinds = set()
    for fact_id, cell in rows:
        when = by_id[fact_id]["when"]
        if when["source"] == "reported":
            assert f'{when["start"]} <small>(reported)</small>' in cell
        else:
            assert "reported" not in cell
        kinds.add(when["source"])
    assert kinds == {"event", "reported"}
