"""Whom a definite title means when the article names its holder only by another form of an office
(quotes.v2, `accords.quotes.speakers.People.by_title`): never a person one of whose titles is of
the other bench ("Shadow home secretary Peter Quill" is not "the home secretary", even where the
entity stage also gives him the bare title "secretary"), so the person spoken of before speaks.

The texts were written for these tests in the register of British political copy. Each case lists
every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found


CASES = [
    (
        "the-home-secretary-is-not-the-shadow-home-secretary-named-after",
        "Jane Marlow has apologised to MPs after her department announced a review of murder laws too early.\n\n"
        "The home secretary said the review would look at mandatory sentences. Shadow home secretary Peter Quill "
        "welcomed her apology but said the minister should have made a statement.",
        [(False, "Jane Marlow", "the review would look"), (False, "Peter Quill", "the minister should")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_title_holder(text, expected):
    assert_quotes(quotes_found(text), expected)
