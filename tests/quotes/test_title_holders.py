"""Whom a definite title means when the article names its holder only by another form of an office
(quotes.v2, `accords.quotes.speakers.People.by_title`): never a person one of whose titles is of
the other bench ("Shadow home secretary Peter Quill" is not "the home secretary", even where the
entity stage also gives him the bare title "secretary"), so the person spoken of before speaks.

The texts were written for these tests in the register of British political copy. Each case lists
every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from accords.model import Article
from accords.pipeline import run

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
    extraction = run(Article(id="q", text=text, published="2019-11-19"))
    found = [(q.direct, q.speaker_name, q.text) for q in extraction.quotes]
    assert [(d, s) for d, s, _ in found] == [(d, s) for d, s, _ in expected]
    for (_, _, words), (_, _, start) in zip(found, expected):
        assert words.startswith(start)
