"""The query commands over a store built from the seed articles (real pipeline, real text)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accords.cli import app

runner = CliRunner()


def _json(seeds_db, *args):
    result = runner.invoke(app, ["--db", seeds_db, *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.slow
def test_agreements_register_between_a_pair(seeds_db):
    page = _json(seeds_db, "agreements", "--between", "AZE", "TUR")
    rows = [(e["date"], e["document_kind"], e["count"], e["location"]) for e in page["items"]]
    assert rows == [
        ("2021-09-14", "roadmap", None, None),
        ("2021-06-15", "declaration", None, None),
        ("2021-02-18", "agreement", 11, "Ankara"),
    ]
    assert all(e["actor_countries"] == ["AZE", "TUR"] for e in page["items"])


@pytest.mark.parametrize(
    ("args", "expected_total"),
    [
        (["agreements", "--since", "2021-06-01"], 2),
        (["agreements", "--between", "AZE", "RUS"], 0),
        (["agreements", "--country", "tur", "--until", "2021-03-01"], 1),
    ],
    ids=["since", "other-pair", "country-until"],
)
@pytest.mark.slow
def test_agreement_filters(seeds_db, args, expected_total):
    assert _json(seeds_db, *args)["total"] == expected_total


@pytest.mark.slow
def test_events_by_type_and_pair(seeds_db):
    page = _json(seeds_db, "events", "--type", "consult", "--between", "AZE", "IRN")
    assert page["total"] >= 1
    assert {e["type"] for e in page["items"]} == {"CONSULT"}
    assert all({"AZE", "IRN"} <= set(e["actor_countries"]) | set(e["recipient_countries"]) for e in page["items"])


@pytest.mark.slow
def test_indicators_of_a_pair_include_the_trade_target(seeds_db):
    page = _json(seeds_db, "indicators", "--between", "AZE", "TUR", "--metric", "trade_turnover", "--kind", "target")
    assert [(i["value"], i["unit"], i["period"], i["deadline"]) for i in page["items"]] == [
        (15e9, "USD", ["2023-01-01", "2023-12-31"], "2023-12-31")
    ]


@pytest.mark.slow
def test_quotes_by_speaker(seeds_db):
    page = _json(seeds_db, "quotes", "--speaker", "Aliyev")
    assert page["total"] >= 5
    assert {q["speaker_name"] for q in page["items"]} == {"Ilham Aliyev"}


@pytest.mark.slow
def test_pair_summary_text(seeds_db):
    result = runner.invoke(app, ["--db", seeds_db, "pair", "AZE", "TUR"])
    assert result.exit_code == 0, result.output
    assert "agreements signed: agreement 11, declaration 1, roadmap 1" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pair", "codes"),
    [(("AZE", "TUR"), ("AZE", "TUR")), (("tur", "aze"), ("tur", "aze")), (("Azerbaijan", "Turkey"), ("AZE", "TUR"))],
    ids=["aze-tur", "lower-reversed", "names"],
)
def test_accords_pair_is_the_api_pair_answer(seeds_db, pair, codes):
    """`accords pair A B --json` and ``GET /api/v1/pairs/A/B`` are one answer (the dashboard's
    /pair/A/B renders the same `pair_detail`); the CLI takes country names too."""
    from fastapi.testclient import TestClient

    from accords.server import create_app

    with TestClient(create_app(seeds_db)) as client:
        answer = client.get(f"/api/v1/pairs/{codes[0]}/{codes[1]}")
    assert answer.status_code == 200
    assert _json(seeds_db, "pair", *pair) == answer.json()


@pytest.mark.slow
def test_pair_text_lists_what_the_pair_page_shows(seeds_db):
    detail = _json(seeds_db, "pair", "AZE", "TUR")
    lines = runner.invoke(app, ["--db", seeds_db, "pair", "AZE", "TUR"]).stdout.splitlines()
    assert lines[0].endswith(f": {detail['source_articles_total']} articles, {detail['events_total']} events")
    assert len([line for line in lines if line.startswith("  ")]) == len(detail["indicators"]) > 0
