"""A quote whose speaker the next paragraph names by pointing back at it ("That's the warning
from Dr. X", "Those were the words of X", `accords.quotes.layout.named_next`), and speakers
written after a North American police or council rank abbreviated with a period ("said Const.
Jane Roe", `accords.quotes.layout.TITLE_ABBREVIATIONS`), which sentence splitting had cut off
("Const" spoke).

The texts were written for these tests in the register of Canadian wire and broadcast copy.
Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found


CASES = [
    (
        "warning-from-in-the-next-paragraph",
        "\u201cThe system is broken and people are dying while they wait.\u201d\n\nThat's the warning from "
        "Dr. Michael Warner, a critical care physician in Toronto.",
        [(True, "Michael Warner", "The system is broken")],
    ),
    (
        "words-of-in-the-next-paragraph",
        "\u201cIt's a scary time for everyone in this town.\u201d\n\nThose were the words of Maria Lopez, a "
        "nurse at the hospital, on Tuesday.",
        [(True, "Maria Lopez", "It's a scary time")],
    ),
    (
        # the next paragraph's pointing sentence names the speaker, not the one who spoke before
        "named-next-beats-the-last-speaker",
        "Mayor John Tory said the city would appeal. \u201cWe will win,\u201d he said.\n\n\u201cThe system is "
        "broken and people are dying while they wait.\u201d\n\nThat's the warning from Dr. Michael Warner, a "
        "critical care physician in Toronto.",
        [(False, "John Tory", "the city would appeal"), (True, "John Tory", "We will win"),
         (True, "Michael Warner", "The system is broken")],
    ),
    (
        # a person after "of" that is no speaker: the crowd reacted to a speech
        "reaction-of-a-crowd-is-no-one",
        "\u201cIt's a scary time for everyone in this town.\u201d That was the reaction of the crowd to Donald "
        "Trump's speech.",
        [],
    ),
    (
        "constable-abbreviated",
        "\u201cIt was terrifying,\u201d said Const. Caroline de Kloet.",
        [(True, "Caroline de Kloet", "It was terrifying")],
    ),
    (
        "detective-sergeant-abbreviated",
        "\u201cThe investigation is ongoing,\u201d said Det. Sgt. Jason Kraft of the Ontario Provincial Police.",
        [(True, "Jason Kraft", "The investigation is ongoing")],
    ),
    (
        "councillor-abbreviated",
        "\u201cWe cannot wait another year for this,\u201d said Coun. Kristyn Wong-Tam.",
        [(True, "Kristyn Wong-Tam", "We cannot wait")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_named_next_or_after_a_rank(text, expected):
    assert_quotes(quotes_found(text), expected)
