"""Unqualified home titles as sides (issue 13): in a White House text "the Vice President" is
the United States when the tables say who held the office that day, the sentence names another
country, and no foreign holder of the same office is named in the article."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES


def _sides(text: str, source: str | None, published: str) -> list[tuple[str, tuple[str, ...]]]:
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    return [(e.type, tuple(sorted(set(e.actor_countries) | set(e.recipient_countries)))) for e in extraction.events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "published", "expected"), [
    pytest.param("The Vice President met with Indian Prime Minister Narendra Modi.", "The White House", "2025-02-14",
                 [("CONSULT", ("IND", "USA"))], id="vice-president-home"),
    pytest.param("Today, the President spoke with Prime Minister Modi of India.", "The White House", "2025-02-14",
                 [("CONSULT", ("IND", "USA"))], id="president-home"),
    pytest.param("The Vice President met with Indian Prime Minister Narendra Modi.", None, "2025-02-14",
                 [("CONSULT", ("IND",))], id="no-home-outlet"),
    pytest.param("The Vice President met with Indian Prime Minister Narendra Modi.", "The White House", "1850-01-01",
                 [("CONSULT", ("IND",))], id="no-holder-known-that-day"),
    pytest.param("The President met with President Macron of France.", "The White House", "2025-02-14",
                 [("CONSULT", ("FRA",))], id="foreign-holder-of-the-office"),
    pytest.param("The President of Azerbaijan met with Prime Minister Modi of India.", "The White House", "2025-02-14",
                 [("CONSULT", ("AZE", "IND"))], id="qualified-title"),
    # White House readout of 2021-05-04 (public domain): "the Crown Prince" is the one named before,
    # so the agreement is between the two who spoke, not with Ethiopia, named in its topic
    pytest.param("President Joseph R. Biden Jr. spoke today with Crown Prince Mohamed bin Zayed Al Nahyan to reaffirm the "
                 "longstanding partnership between the United States and the United Arab Emirates. President Biden and the "
                 "Crown Prince agreed on the priority of working together to address conflicts, including the humanitarian "
                 "crisis in the Tigray region of Ethiopia.", "The White House", "2021-05-04",
                 [("CONSULT", ("ARE", "USA")), ("SUPPORT", ("ARE", "USA")), ("AGREE", ("ARE", "USA"))],
                 id="crown-prince-named-before"),
])
def test_home_titles(text, source, published, expected):
    assert _sides(text, source, published) == expected
