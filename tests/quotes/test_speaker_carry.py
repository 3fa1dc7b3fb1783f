"""Who speaks a quote that no clause of its own attributes, and titles no one named holds:
a subject the parse took from inside the quotation marks is no unnamed source that stops the
speaker going on (`accords.stages.quotes._unknown_source`); a lede quote with no speaker
before it is the person the next paragraph opens with (`_named_after`, `first_voice`); an
indefinite title ("A senior government official said") is someone new, never the person spoken
of last (`accords.quotes.speakers.People.by_title`).

The texts were written for these tests in the register of Canadian wire and broadcast copy.
Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found


CASES = [
    (
        # the parse reads `“… my dog's bed,” said Jennifer Wright.` with "photos" as the subject
        "subject-inside-the-marks-is-no-new-source",
        "VANCOUVER -- A woman who lost her home in the wildfire says she has nowhere to go.\n\n"
        "\u201cI lost everything. My photos, my clothes, my dog's bed,\u201d said Jennifer Wright.\n\n"
        "\u201cI don't know what I'm going to do.\u201d\n\nWright is staying with her sister in Kamloops for now.",
        # (the lede's reported speech, parsed without its dateline since qggt46, is the woman's the next
        # paragraph names: `accords.quotes.named_voices`)
        [(False, "Jennifer Wright", "she has nowhere to go"), (True, "Jennifer Wright", "I lost everything"),
         (True, "Jennifer Wright", "I don't know what")],
    ),
    (
        "lede-quote-named-by-the-next-paragraph",
        "\u201cIt's been a nightmare from start to finish.\u201d\n\nJane Doe, a mother of two in Brampton, has "
        "been waiting for a passport for six months.",
        [(True, "Jane Doe", "It's been a nightmare")],
    ),
    (
        # someone spoke before: the quote carries on their words, as before
        "a-speaker-before-goes-on",
        "Mayor John Tory said the city would appeal. \u201cWe will win,\u201d he said.\n\n\u201cThe ruling "
        "changes nothing for the people of this city.\u201d\n\nJane Doe, a lawyer in Toronto, has followed the "
        "case since 2017.",
        [(False, "John Tory", "the city would appeal"), (True, "John Tory", "We will win"),
         (True, "John Tory", "The ruling changes nothing")],
    ),
    (
        "indefinite-title-is-someone-new",
        "OTTAWA -- Prime Minister Justin Trudeau defended his government's record on Monday.\n\n\u201cWe have "
        "delivered for Canadians,\u201d Trudeau told reporters outside Rideau Hall.\n\nA senior government "
        "official said the cabinet will meet again next week.",
        [(True, "Justin Trudeau", "We have delivered"), (False, "senior government official", "the cabinet will")],
    ),
    (
        "according-to-an-indefinite-title",
        "OTTAWA -- Prime Minister Justin Trudeau defended his government's record on Monday.\n\n\u201cWe have "
        "delivered for Canadians,\u201d Trudeau told reporters outside Rideau Hall.\n\nAccording to a senior "
        "government official, the cabinet will meet again next week.",
        [(True, "Justin Trudeau", "We have delivered"), (False, "senior government official", "the cabinet will")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_carried_or_someone_new(text, expected):
    assert_quotes(quotes_found(text), expected)
