"""Organisations a clause's subject means when the entity stage gave it none (quotes.v2, issue 14,
`accords.quotes.written_bodies.unnamed_body`): a company called by its trade ("the automaker", "the
utility") is the last company named before it, as "the company" is, and the people of an
organisation called by its kind ("Agency officials said", "a company spokesman said") speak for
the last organisation of that kind; an acronym alone ("PETA said") is
the organisation it abbreviates; a modified "company" ("the production company") is the one company named
before whose name holds the modifier's word ("Dick Clark Productions"), else left alone. A trade noun with two companies named equally often before it
stays no one's.

The texts were written for these tests in the register of wire business copy. Each case lists
every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "the-automaker-reported",
        "Nissan Motor Co. cut 4,000 jobs in Europe on Monday. The automaker said the cuts would save $300 million "
        "a year.",
        [(False, "Nissan Motor Co.", "the cuts would save")],
    ),
    (
        "the-utility-reported",
        "Pacific Gas and Electric Co. cut power to 150,000 customers on Wednesday. The utility said it will "
        "closely monitor the weather.",
        [(False, "Pacific Gas and Electric Co.", "it will closely")],
    ),
    (
        "a-national-modifier-before-the-trade",
        "Nissan Motor Co. cut 4,000 jobs in Europe on Monday. \"The cuts will save $300 million a year,\" the "
        "Japanese automaker said.",
        [(True, "Nissan Motor Co.", "The cuts will save")],
    ),
    (
        "an-acronym-alone",
        "Animal rights campaigners plan to fly drones over hunting grounds this winter. PETA said it aims to "
        "protect wildlife against illegal hunting.",
        [(False, "PETA", "it aims to protect")],
    ),
    (
        "agency-officials",
        "The National Aeronautics and Space Administration added five companies to its lunar program on Monday. "
        "Agency officials said the landers could fly as early as 2021.",
        [(False, "National Aeronautics and Space Administration", "the landers could fly")],
    ),
    (
        "a-company-spokesman",
        "Nissan Motor Co. cut 4,000 jobs on Monday. \"We had no choice,\" a company spokesman said.",
        [(True, "Nissan Motor Co.", "We had no choice")],
    ),
    (
        "two-companies-either-of-them",
        "Apple Inc. and Samsung Electronics Co. settled their patent case on Monday. The manufacturer said it was "
        "pleased with the outcome.",
        [],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unnamed_body(text, expected):
    assert_quotes(quotes_found(text), expected)
