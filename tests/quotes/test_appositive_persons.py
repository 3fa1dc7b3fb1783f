"""A name the entity stage typed as an organisation or a place, with a person noun set off by a
comma after it, is a person's when "he" or "she" speaks next (quotes.v2; the news register).

"Regina Watteel, a statistician, reviewed the data. “…,” she said.": a person noun after a
comma and "a" or "an" ("a statistician", "an economist at the bank", "a mother of two in
Saskatoon") is said only of a person (`accords.quotes.persons.occupied_speaker`, `_PERSON_AFTER`),
so the name the entity stage typed ORG is read as a person's and the "she said" right after is
hers. People nouns an organisation may be called too ("a member", "a partner", "a key player",
"the owner") are no sign. A place's name is read so only when it opens with a given name of
one gender, so "In Nova Scotia, …" stays a place.

The sentences are written for this test (paraphrases of the news register, no corpus's text).
On the code before this rule the quote after "she said" was lost: the entity typed ORG was no
one "she" could mean.
"""

import pytest

from accords.quotes.persons import occupied_speaker
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "a-statistician-then-she-said",
        "Regina Watteel, a statistician, reviewed the data. “The numbers don't add up,” she said.",
        [(True, "Regina Watteel", "The numbers don't add up")],
    ),
    (
        "a-mother-of-two-then-she-said",
        "Regina Watteel, a mother of two in Saskatoon, waited for months. “We can't find a doctor,” she said.",
        [(True, "Regina Watteel", "We can't find a doctor")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_appositive_person(text, expected):
    assert_quotes(quotes_found(text), expected)


AFTER = [
    ("a-statistician", "Regina Watteel, a statistician, reviewed it. “It fails,” she said.", True),
    ("an-economist-at-a-bank", "Regina Watteel, an economist at the bank, expects a rise. She added that rates climb.", True),
    ("three-words-before-the-noun", "Regina Watteel, a longtime Halifax resident, waited. “It is slow,” she said.", True),
    ("an-ologist", "Regina Watteel, an epidemiologist, disagreed. “It spreads,” she told reporters.", True),
    ("a-member-is-no-sign", "Regina Watteel, a member of the consortium, agreed. “It works,” he said.", False),
    ("a-key-player-is-no-sign", "Regina Watteel, a key player in the market, grew. “It works,” he said.", False),
    ("no-pronoun-speaking", "Regina Watteel, a statistician, reviewed it. The data were late.", False),
    ("a-noun-inside-a-longer-word-is-none", "Regina Watteel, a nursery chain, grew. “It works,” he said.", False),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in AFTER], ids=[c[0] for c in AFTER])
def test_person_noun_after_name(text, expected):
    assert occupied_speaker(text, 0, len("Regina Watteel")) is expected
