"""The home leader whose message an official conveys is the official's side (`events.principals`):
"In an hour-long discussion, he conveyed President Biden's strong support ..." tells the call
already told again, not another meeting with President Biden as a new counterpart.

Sentences are White House readouts (public domain, whitehouse-briefings corpus), some cut short.
"""

from __future__ import annotations

import pytest

import accords
from accords.events.principals import principal_spans
from tests.events.sides import STAGES


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("In an hour-long discussion, he conveyed President\nBiden’s strong support for the people of Tunisia.",
                 ["President\nBiden"], id="conveyed-possessive"),
    pytest.param("Sullivan reaffirmed President Biden’s unwavering commitment to Israel’s security.",
                 ["President Biden"], id="reaffirmed-possessive"),
    pytest.param("He expressed his condolences on behalf of President Biden and the American people.",
                 ["President Biden"], id="on-behalf-of"),
    pytest.param("White House officials conveyed President Biden and Vice President Harris’s deep concern about the reports.",
                 ["President Biden and Vice President Harris"], id="two-leaders"),
    pytest.param("President Biden conveyed his strong support for the people of Tunisia.", [], id="leader-conveys-himself"),
    pytest.param("Sullivan conveyed the President’s deep concern regarding the coup in Burma.", [], id="unnamed-president"),
    pytest.param("Sullivan met with President Biden’s envoy in Cairo.", [], id="no-conveying-verb"),
])
def test_principal_spans(text, names):
    assert [text[start:end] for start, end in principal_spans(text)] == names


_SAIED = ("National Security Advisor Jake Sullivan spoke today with President Kais Saied of Tunisia. In an hour-long "
          "discussion, he conveyed President Biden’s strong support for the people of Tunisia and for Tunisian democracy "
          "based on fundamental rights, strong institutions, and a commitment to the rule of law.")


def _consults(text: str, source: str | None) -> list[tuple[tuple[str, ...], int]]:
    extraction = accords.extract(text, published="2021-07-31", source=source, stages=STAGES)
    return [(tuple(sorted(set(e.actor_countries) | set(e.recipient_countries))), len(e.evidence))
            for e in extraction.events if e.type == "CONSULT"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "expected"), [
    # White House readout of 2021-07-31: the discussion is the call told again
    pytest.param(_SAIED, "The White House", [(("TUN", "USA"), 2)], id="conveyed-leader-one-call"),
    # no home country known: President Biden is a person of his own, as before
    pytest.param(_SAIED, None, [(("TUN", "USA"), 1), (("TUN", "USA"), 1)], id="no-home-outlet"),
    # a leader not named as the one whose message is conveyed stays a person of the discussion
    pytest.param(_SAIED.replace("he conveyed President Biden’s", "he heard President Biden’s"), "The White House",
                 [(("TUN", "USA"), 1), (("TUN", "USA"), 1)], id="not-conveyed"),
])
def test_conveyed_leader_is_no_counterpart(text, source, expected):
    assert _consults(text, source) == expected
