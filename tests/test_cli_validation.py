"""The CLI checks its filters as the API does: a bad date, type, kind or country is an error
naming the option and what it accepts, with exit code 2; country names and codes both work."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accords.cli import app
from accords.service import filters

runner = CliRunner()

DATES = "use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn"
COUNTRIES = ("is not a country or organisation the gazetteer knows; give an ISO 3166-1 alpha-3 code (AZE), "
             "a country's name (Azerbaijan) or an acronym (EU)")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--since", "yesterday"], f"error: --since: 'yesterday' is not a date; {DATES}"),
        (["events", "--until", "2025-02-30"], f"error: --until: '2025-02-30' is not a date; {DATES}"),
        (["events", "--since", "2025-13"], f"error: --since: '2025-13' is not a date; {DATES}"),
        (["events", "--type", "FOO"],
         "error: --type: 'FOO' is not one of CONSULT, SUPPORT, AGREE, COOPERATE, AID, CONCEDE, RETREAT, REQUEST, "
         "ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT"),
        (["events", "--status", "done"], "error: --status: 'done' is not one of occurred, planned, intended, hypothetical, denied"),
        (["events", "--country", "Atlantis"], f"error: --country: 'Atlantis' {COUNTRIES}"),
        (["events", "--between", "AZE", "Narnia"], f"error: --between: 'Narnia' {COUNTRIES}"),
        (["agreements", "--kind", "napkin"],
         "error: --kind: 'napkin' is not one of agreement, charter, contract, convention, declaration, letter, "
         "memorandum, plan, programme, protocol, roadmap, treaty"),
        (["indicators", "--kind", "guess"], "error: --kind: 'guess' is not one of actual, target, forecast, estimate"),
        (["quotes", "--country", "XXX"], f"error: --country: 'XXX' {COUNTRIES}"),
        (["entities", "--type", "animal"],
         "error: --type: 'animal' is not one of COUNTRY, ORG, PERSON, PLACE, PROJECT, DOCUMENT, EVENT_NAME"),
        (["pair", "Azerbaijan", "Mordor"], f"error: SECOND: 'Mordor' {COUNTRIES}"),
        (["export", "-f", "jsonl", "-o", "-", "--kind", "cats"],
         "error: --kind: 'cats' is not one of events, indicators, quotes, entities, articles, extractions"),
        (["export", "-f", "jsonl", "-o", "-", "--since", "last week"], f"error: --since: 'last week' is not a date; {DATES}"),
        (["commitments", "--country", "Gondor"], f"error: --country: 'Gondor' {COUNTRIES}"),
    ],
    ids=["since-word", "until-no-such-day", "since-month-13", "event-type", "status", "country", "between",
         "agreement-kind", "indicator-kind", "quote-country", "entity-type", "pair", "export-kind", "export-since",
         "commitments-country"],
)
def test_bad_filter_is_a_usage_error(tmp_path, args, message):
    result = runner.invoke(app, ["--db", f"sqlite:///{tmp_path / 'a.db'}", *args])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == message
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("value", "code"),
    [("AZE", "AZE"), ("aze", "AZE"), ("Azerbaijan", "AZE"), ("azerbaijan", "AZE"), ("Turkey", "TUR"),
     ("Türkiye", "TUR"), ("United States", "USA"), ("EU", "EU"), ("European Union", "EU"), ("nato", "NATO")],
    ids=["code", "code-lower", "name", "name-lower", "old-name", "new-name", "two-words", "igo", "igo-name", "igo-lower"],
)
def test_country_names_and_codes(value, code):
    assert filters.country(value) == code


@pytest.mark.parametrize(
    ("value", "allowed", "expected"),
    [("consult", ("CONSULT", "AID"), "CONSULT"), ("ict AND telecom", ("ICT and telecom",), "ICT and telecom")],
    ids=["upper-vocabulary", "mixed-case-vocabulary"],
)
def test_one_of_gives_the_vocabulary_spelling(value, allowed, expected):
    assert filters.one_of(value, allowed) == expected


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from pathlib import Path

    url = f"sqlite:///{tmp_path_factory.mktemp('valid') / 'accords.db'}"
    article = Path(__file__).parent / "gold" / "articles" / "seed_000.txt"
    result = runner.invoke(app, ["--db", url, "ingest", "-q", str(article)])
    assert result.exit_code == 0, result.output
    return url


@pytest.mark.slow
@pytest.mark.parametrize(
    ("names", "codes"),
    [(["--country", "Azerbaijan"], ["--country", "AZE"]),
     (["--between", "Azerbaijan", "Turkey"], ["--between", "AZE", "TUR"])],
    ids=["country", "between"],
)
def test_a_name_answers_as_its_code(db, names, codes):
    by_name = runner.invoke(app, ["--db", db, "events", "--json", *names])
    by_code = runner.invoke(app, ["--db", db, "events", "--json", *codes])
    assert by_name.exit_code == by_code.exit_code == 0
    assert json.loads(by_name.stdout)["total"] == json.loads(by_code.stdout)["total"] > 0
    assert by_name.stdout == by_code.stdout


@pytest.mark.slow
def test_pair_by_names(db):
    result = runner.invoke(app, ["--db", db, "pair", "Azerbaijan", "Turkey", "--json"])
    assert result.exit_code == 0, result.output
    detail = json.loads(result.stdout)
    assert (detail["a"], detail["b"]) == ("AZE", "TUR")
    assert detail["events_total"] > 0
