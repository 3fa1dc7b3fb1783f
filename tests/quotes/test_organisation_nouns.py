"""An organisation noun as a speaker (quotes.v2, `accords.quotes.speakers.People.by_org` with
`named=True`): "the utilities commission" is the organisation whose name holds all its words;
a bare "the company" is the organisation that spoke last, never merely the last organisation
whose name holds the noun.

The "utilities-commission" text is an excerpt of a page of the Zyte/Scrapinghub
article-extraction-benchmark (github.com/scrapinghub/article-extraction-benchmark, MIT licence,
"Copyright (c) 2020 Scrapinghub"; page content copyright of the publishers): Times Union/AP on
PG&E's power shutoff (news_d0382c0d95, a dev page). The "bare-company" and "short-form" texts were
written for these tests in the register of wire business copy. Each case lists every quote found, in text order,
as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found


CASES = [
    (
        "utilities-commission-is-the-named-commission",
        "The California Public Utilities Commission holds a public hearing Wednesday with executives from AT&T, "
        "Comcast/Xfinity, T-Mobile and others.\n\nThe utilities commission is frustrated with both communications "
        "and utilities companies, saying they failed to share detailed information in real time.",
        [(False, "California Public Utilities Commission", "they failed to share")],
    ),
    (
        # "Ford Motor Company" holds the noun, but Nissan spoke last: the company is Nissan
        "bare-company-is-the-organisation-that-spoke-last",
        "The Ford Motor Company said on Monday that its sales rose 4 percent in October.\n\nNissan said it would "
        "cut 1,200 jobs at its Tennessee plant by March. “We have no choice in this market,” the company said "
        "in a statement.",
        [(False, "Ford Motor Company", "its sales rose"), (False, "Nissan", "it would cut"),
         (True, "Nissan", "We have no choice")],
    ),
    (
        "bare-company-across-a-paragraph",
        "The Ford Motor Company said on Monday that its sales rose 4 percent in October.\n\nNissan said it would "
        "cut 1,200 jobs at its Tennessee plant by March.\n\n“We have no choice in this market,” the company said "
        "in a statement.",
        [(False, "Ford Motor Company", "its sales rose"), (False, "Nissan", "it would cut"),
         (True, "Nissan", "We have no choice")],
    ),
    (
        # a company named in full once, then by its first word (`People.organisation_named_by`)
        "short-form-is-the-organisation-named-in-full",
        "Loblaw Companies Ltd. reported higher profits on Thursday.\n\n“Our stores performed well,” Loblaw said.",
        [(True, "Loblaw Companies Ltd.", "Our stores performed")],
    ),
    (
        "short-form-of-two-organisations-is-neither",
        "Loblaw Companies Ltd. and Loblaw Financial Corp. reported higher profits on Thursday.\n\n“Our stores performed "
        "well,” Loblaw said.",
        [(True, "Loblaw", "Our stores performed")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_organisation_noun_speaks(text, expected):
    assert_quotes(quotes_found(text), expected)
