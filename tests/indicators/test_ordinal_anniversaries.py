"""Anniversaries told by an ordinal in a government's own text are figures in `year`
(`accords.indicators.ordinals`, the White House gold's convention): "the 45th anniversary of
ASEAN-U.S. Dialogue Relations", "the third anniversary of AUKUS", "the 60<sup>th</sup> anniversary
of diplomatic ties", "now in its 70<sup>th</sup> year"; a birthday, an ordinal of a meeting ("the
27<sup>th</sup> ... Conference") and "the first year of" a term are none, and so is an anniversary
in another outlet's text.

Sentences: White House texts of 2021-2024 (public domain, via the CC0 crawl in
`shared/corpora/whitehouse-briefings`, as in tests/gold/README.md): the ASEAN-U.S. leaders'
statement of 2022-11-12, the Jamaica meeting of 2022-03-30, the AUKUS statement of 2024-09-17, the
Bahamas meeting of 2023-06-08, the women, peace and security fact sheet of 2022-07-18, the U.S.-ROK
technology dialogue of 2023-12-08, the Egypt statement of 2022-07-16 and the nutrition fact sheet of
2021-12-07 (the last four fresh dev of this session), some shortened. Each expected record is
(metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "They celebrated the commemoration of the 45th anniversary of ASEAN-U.S. Dialogue Relations in Phnom Penh.",
        [("dialogue_relations_years", ("ASEAN", "USA"), 45.0, "year", "actual", None)],
        id="digits-and-suffix",
    ),
    pytest.param(
        "The Vice President underscored that this year, the 60<sup>th</sup> anniversary of diplomatic ties between our "
        "two nations, we are committed to Jamaica.",
        [("diplomatic_ties_years", ("JAM", "USA"), 60.0, "year", "actual", None)],
        id="suffix-in-superscript-tags",
    ),
    pytest.param(
        "We, the leaders of Australia, the United Kingdom, and the United States, mark the third anniversary of AUKUS.",
        [("aukus_years", ("AUS", "GBR", "USA"), 3.0, "year", "actual", None)],
        id="ordinal-in-words",
    ),
    pytest.param(
        "The Vice President welcomed the upcoming celebration of the 50-year anniversary of the independence of The "
        "Bahamas.",
        [("independence_bahamas_years", ("BHS",), 50.0, "year", "actual", None)],
        id="n-year-anniversary",
    ),
    pytest.param(
        "The U.S. Secret Service celebrated its 50th anniversary of admitting female agents.",
        [("female_agents_years", ("USA",), 50.0, "year", "actual", None)],
        id="home-body's-anniversary",
    ),
    pytest.param(
        "The two countries take monumental strides to modernize the U.S.-ROK alliance, now in its 70<sup>th</sup> "
        "year.",
        [("anniversary_years", ("KOR", "USA"), 70.0, "year", "target", None)],
        id="in-its-nth-year",
    ),
    pytest.param(
        "President Biden congratulated President Al Sisi for Egypt presiding over the 27<sup>th</sup> United Nations "
        "Climate Change Conference (COP 27) in Sharm El Sheikh.",
        [],
        id="ordinal-of-a-meeting-is-none",
    ),
    pytest.param(
        "Good nutrition during the first 1,000 days, from pregnancy through a child's second birthday, is critical "
        "to a child's survival.",
        [],
        id="birthday-is-none",
    ),
    pytest.param(
        "In the first year of the Administration, the President met the Prime Minister of Japan twice.",
        [],
        id="first-year-of-a-term-is-none",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ordinal_anniversaries(text: str, expected: list[tuple]) -> None:
    assert figures(text, published="2023-06-08", source="The White House") == expected


def test_other_outlets_keep_ordinals_out() -> None:
    """The regional state press names "the 30th anniversary of the establishment of relations" as an
    occasion, which its gold mostly leaves out: only a government's own text makes the figure."""
    text = ("The Iranian ambassador spoke on the occasion of the 30th anniversary of the establishment of diplomatic "
            "relations between Iran and Tajikistan.")
    assert figures(text, published="2022-01-10", source="Tehran Times") == []
