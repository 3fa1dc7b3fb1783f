"""Readouts of the White House (2021-2024, public domain): the leader's country from the
office-holder tables, unqualified titles from the outlet's home country, conversations
("spoke today with", "called"), courtesies that are no offers (issue 13)."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES, sides

WH = "The White House"

CASES = [
    pytest.param(
        "President Joseph R. Biden, Jr. spoke today with President Bola Tinubu of Nigeria.  President Biden offered "
        "his condolences on the recent flooding that has impacted northeastern Nigeria.",
        "2024-10-29", WH, [("CONSULT", ("NGA", "USA"), "2024-10-29")], id="spoke-today-condolences"),
    pytest.param(
        "President Biden called Prime Minister Kishida of Japan today to express his outrage, sadness and deep "
        "condolences on the tragic and violent shooting death of former Prime Minister Abe Shinzo.",
        "2022-07-08", WH, [("CONSULT", ("JPN", "USA"), "2022-07-08")], id="called"),
    pytest.param(
        "President Joseph R. Biden, Jr. spoke today with European Commission President Ursula von der Leyen to "
        "applaud the European Union’s historic decision.",
        "2024-02-01", WH, [("CONSULT", ("EU", "USA"), "2024-02-01")], id="commission-is-eu"),
    pytest.param(
        "Vice President Kamala Harris met today with Chancellor Olaf Scholz of Germany in Munich, Germany. The Vice "
        "President and Chancellor Scholz discussed Russia’s brutal invasion of Ukraine.",
        "2023-02-17", WH, [("CONSULT", ("DEU", "USA"), "2023-02-17")], id="vice-president-title"),
    pytest.param(
        "President Biden welcomed Romanian President Klaus Iohannis to the White House today to celebrate "
        "Romania’s 20th anniversary as a member of the NATO Alliance.",
        "2024-05-07", WH, [("CONSULT", ("ROU", "USA"), "2024-05-07")], id="welcomed"),
]


def _events(text, published, source):
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    return [(e.type, sides(e), e.date) for e in extraction.events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "source", "expected"), CASES)
def test_readout_consultation(text, published, source, expected):
    assert _events(text, published, source) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "linked"), [
    pytest.param("President Biden spoke today with President Emmanuel Macron of France. The President and "
                 "President Macron discussed Ukraine.", "2023-03-01", {"President": "USA"}, id="holder-named"),
    # the home country's holder (Biden) is not named: the title is no one, not the other president
    pytest.param("The President spoke today with President Emmanuel Macron of France.", "2023-03-01", {},
                 id="holder-not-named"),
    pytest.param("Vice President Kamala Harris met today with Chancellor Olaf Scholz of Germany. The Vice President "
                 "and the Chancellor discussed Ukraine.", "2023-02-17", {"Vice President": "USA", "Chancellor": "DEU"},
                 id="vice-and-other-title"),
])
def test_unqualified_title(text, published, linked):
    extraction = accords.extract(text, published=published, source=WH, stages=STAGES)
    entities = {e.id: e for e in extraction.entities}
    titles = {m.text: entities[m.entity_id].country for m in extraction.mentions
              if m.text in ("President", "Vice President", "Chancellor")}
    assert titles == linked
