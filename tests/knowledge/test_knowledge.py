"""accords.knowledge: office holders with terms, and the home country of outlets."""

from __future__ import annotations

import pytest

from accords import knowledge


@pytest.mark.parametrize(("names", "title", "date", "country"), [
    (["Biden"], "President", "2023-05-01", "USA"),
    (["Pashinyan"], "Prime Minister", None, "ARM"),  # title fits the office: no date needed
    (["Mohammad Javad Zarif"], None, None, "IRN"),  # a full name needs neither
    (["Zarif"], None, None, None),  # a surname alone, no title, no date: too common a form
    (["Zarif"], None, "2019-03-01", "IRN"),  # ... but the date falls in his term
    (["Netanyahu"], "Prime Minister", "2022-08-01", "ISR"),  # between terms: the title still fits
    (["Ursula von der Leyen"], "European Commission President", "2023-01-10", "EU"),
    (["Rutte"], None, "2024-12-01", "NATO"),  # the term covering the date wins over the earlier office
    (["Rutte"], None, "2019-01-01", "NLD"),
    (["Harris"], "Vice President", "2022-03-01", "USA"),
    (["Smith"], "President", "2022-03-01", None),
], ids=["biden-2023", "pashinyan-title", "zarif-full", "zarif-bare", "zarif-dated", "netanyahu-gap", "von-der-leyen",
        "rutte-nato", "rutte-nld", "harris-vp", "unknown"])
def test_country_of_person(names, title, date, country):
    assert knowledge.country_of_person(names, title, date) == country


@pytest.mark.parametrize(("country", "title", "date", "name"), [
    ("USA", "President", "2023-02-01", "Joseph R. Biden"),
    ("USA", "President", "2025-06-01", "Donald J. Trump"),  # offices change: the date decides
    ("USA", "President", "2019-06-01", "Donald J. Trump"),
    ("USA", "Vice President", "2022-01-01", "Kamala D. Harris"),
    ("USA", "Secretary of State", "2025-03-01", "Marco Rubio"),
    ("IRN", "President", "2022-01-01", "Ebrahim Raisi"),
    ("USA", "President", None, None),  # no date: no holder
    ("USA", "Prime Minister", "2022-01-01", None),  # no such office
], ids=["biden", "trump-2025", "trump-2019", "harris", "rubio", "raisi", "no-date", "no-office"])
def test_holder(country, title, date, name):
    term = knowledge.holder(country, title, date)
    assert (term.name if term else None) == name


@pytest.mark.parametrize(("title", "kind"), [
    ("President", "state"), ("Vice President", "vice"), ("Prime Minister", "government"), ("Chancellor", "government"),
    ("Minister of Foreign Affairs", "foreign"), ("Secretary of State", "foreign"), ("former President", None),
    ("Deputy Prime Minister", None), ("Minister of Roads", None), (None, None),
    ("Minister of Industry, Mine and Trade", "trade"), ("Economy Minister", "economy"), ("Finance Minister", "finance"),
], ids=lambda v: str(v))
def test_office_kind(title, kind):
    assert knowledge.office_kind(title) == kind


@pytest.mark.parametrize(("source", "url", "country"), [
    ("The White House", None, "USA"),
    (None, "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/01/01/x/", "USA"),
    (None, "https://www.tehrantimes.com/news/409405/x", "IRN"),
    ("Azernews", None, "AZE"),
    ("BBC News", "https://www.bbc.com/news/x", None),
], ids=["wh-name", "wh-archive-url", "tt-url", "azernews", "unknown"])
def test_home_country(source, url, country):
    assert knowledge.home_country(source, url) == country


def test_every_row_cites_a_source_and_valid_dates():
    for term in knowledge.terms():
        assert term.source.strip(), term
        if term.origin == "curated":  # a curated term starts on a known day and ends after it
            assert term.start is not None, term
            assert term.end is None or term.end > term.start, term
        else:  # a harvested row spans the days it was seen (none for undated corpora)
            assert (term.start is None) == (term.end is None), term
            assert term.start is None or term.end >= term.start, term
