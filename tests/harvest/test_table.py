"""accords.harvest.table and the shipped harvested table: grouping, evidence, conflicts,
the curated table winning, and the lookups reading the grown rows by date."""

from __future__ import annotations

import datetime as dt

import pytest

from accords import knowledge
from accords.harvest.registry import RoleSeen, sightings_of
from accords.harvest.sightings import Sighting
from accords.harvest.table import HEADER, render, rows


def _s(name, office="Prime Minister", country="JPN", doc="1", published="2022-01-01", in_title=False, corpus="c"):
    return Sighting(name, office, country, corpus, doc, published, f"sentence {doc}", in_title)


def _table(sightings, **kwargs):
    return [(r.name, r.office, r.country, len(r.documents)) for r in rows(sightings, **kwargs)]


def test_surname_joins_the_one_fuller_name():
    made = rows([_s("Fumio Kishida", doc="1"), _s("Kishida", doc="2", published="2023-05-01", in_title=True)])
    assert [(r.name, r.aliases, r.first_seen, r.last_seen) for r in made] == [
        ("Fumio Kishida", ("Kishida",), "2022-01-01", "2023-05-01")]


def test_two_fuller_names_keep_the_surname_apart():
    made = _table([_s("Ilham Aliyev", "President", "AZE", doc=d) for d in "12"]
                  + [_s("Heydar Aliyev", "President", "AZE", doc=d) for d in "34"]
                  + [_s("Aliyev", "President", "AZE", doc=d) for d in "56"])
    assert sorted(made) == [("Aliyev", "President", "AZE", 2), ("Heydar Aliyev", "President", "AZE", 2),
                            ("Ilham Aliyev", "President", "AZE", 2)]


@pytest.mark.parametrize(("sightings", "expected"), [
    ([_s("Petr Fiala", country="CZE")], []),  # one body sentence: not enough
    ([_s("Petr Fiala", country="CZE", in_title=True)], [("Petr Fiala", "Prime Minister", "CZE", 1)]),  # a readout title
    ([_s("Petr Fiala", country="CZE", doc=d) for d in "12"], [("Petr Fiala", "Prime Minister", "CZE", 2)]),
    ([_s("Petr Fiala", country="CZE", doc="1")] * 3, []),  # three sentences of one document are one document
], ids=["one-document", "readout-title", "two-documents", "one-document-thrice"])
def test_evidence_rule(sightings, expected):
    assert _table(sightings) == expected


def test_a_name_in_two_countries_needs_a_dominant_one():
    balanced = [_s("Ali Ahmed", "President", "SOM", doc=d) for d in "12"] + [_s("Ali Ahmed", "President", "ETH", doc=d)
                                                                             for d in "34"]
    assert _table(balanced) == []
    dominant = balanced[:2] + [_s("Ali Ahmed", "President", "SOM", doc=d) for d in "5678"]
    assert _table(dominant) == [("Ali Ahmed", "President", "SOM", 6)]


def test_the_curated_table_wins():
    curated = [t for t in knowledge.terms() if t.origin == "curated"]
    made = _table([_s("Nikol Pashinian", country="ARM", doc=d) for d in "12"]  # Pashinyan, spelled otherwise
                  + [_s("Kishida Fumio", doc=d) for d in "34"]  # name order of Japan's joint statements
                  + [_s("Petr Fiala", country="CZE", doc=d) for d in "56"], curated=curated)
    assert made == [("Petr Fiala", "Prime Minister", "CZE", 2)]


def test_render_reads_back_as_terms():
    made = rows([_s("Petr Fiala", country="CZE", doc=d, published=p) for d, p in (("1", "2023-02-22"), ("2", "2024-04-15"))])
    text = render(made, preamble=["a test table"])
    assert text.splitlines()[1].split("\t") == list(HEADER)
    (term,) = knowledge.parse(text, origin="corpus")
    assert (term.name, term.country, term.start, term.end, term.documents) == (
        "Petr Fiala", "CZE", dt.date(2023, 2, 22), dt.date(2024, 4, 15), 2)
    assert 0.9 <= term.confidence <= 0.99


def test_registry_roles_become_sightings():
    roles = [RoleSeen("Prime Minister", "CZE", "2023-02-22", "a" * 40), RoleSeen("Deputy Prime Minister", "CZE", None, "b" * 40),
             RoleSeen("Prime Minister of the Czech Republic", "CZE", "2024-01-01", "c" * 40),
             RoleSeen("Secretary General", "CZE", None, "d" * 40)]  # no organisation: no sighting
    found = sightings_of("Mr. Petr Fiala", roles)
    assert [(s.name, s.office, s.country, s.published) for s in found] == [
        ("Petr Fiala", "Prime Minister", "CZE", "2023-02-22"), ("Petr Fiala", "Prime Minister", "CZE", "2024-01-01")]
    assert _table(found) == [("Petr Fiala", "Prime Minister", "CZE", 2)]


# --- the shipped harvested table, read by the lookups ---------------------------------------


def test_shipped_table_has_provenance_and_no_curated_person():
    grown = [t for t in knowledge.terms() if t.origin == "corpus"]
    curated = [t for t in knowledge.terms() if t.origin == "curated"]
    assert len(grown) >= 100
    assert all(t.source.startswith("corpus:") and (t.documents >= 2 or t.documents >= 1) for t in grown)
    assert not [t.name for t in grown if any(knowledge.same_person(c, t) for c in curated)]
    # White House texts from 2025 on are never read
    assert all(t.end is None or t.end.year <= 2024 for t in grown)


@pytest.mark.parametrize(("names", "title", "date", "country"), [
    (["Lee Hsien Loong"], None, "2022-03-29", "SGP"),  # "Prime Minister Lee Hsien Loong of Singapore"
    (["Shmyhal"], None, "2023-01-01", "UKR"),  # a surname alone: the day falls in the span seen
    (["Shmyhal"], None, "2010-01-01", None),  # ... and not in 2010
    (["Shmyhal"], "Prime Minister", "2010-01-01", "UKR"),  # the title fits the office
    (["Kairat Abdrakhmanov"], None, None, "KAZ"),  # Tehran Times (undated): a full name
    (["Abdrakhmanov"], None, "2018-01-01", None),  # an undated row covers no day
], ids=["full-name", "surname-in-span", "surname-2010", "surname-title", "undated-full", "undated-surname"])
def test_grown_rows_by_date(names, title, date, country):
    assert knowledge.country_of_person(names, title, date) == country


def test_grown_holder_by_date():
    term = knowledge.holder("SGP", "Prime Minister", "2022-01-15")
    assert term is not None and term.name == "Lee Hsien Loong"
    assert knowledge.holder("SGP", "Prime Minister", "2012-01-15") is None


def test_shipped_registry_snapshot_adds_only_new_people():
    found = knowledge.terms()
    earlier = [t for t in found if t.origin in ("curated", "corpus")]
    grown = [t for t in found if t.origin == "registry"]
    assert grown and all(t.source == "registry" and t.documents >= 2 for t in grown)
    assert not [t.name for t in grown if any(knowledge.same_person(e, t) for e in earlier)]
    # Reza Rahmani is in the snapshot file too, but the corpus table speaks for him first
    assert [t.origin for t in found if t.name == "Reza Rahmani"] == ["corpus"]
