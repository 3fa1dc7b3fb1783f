"""Speakers of four kinds the quotes stage lost or cut (quotes.v2):

- a short quoted sentence whose only long word is its capitalised first word ("It's on all of
  us.") is speech, not a title (`accords.quotes.layout.is_title`: a sentence's first word is
  capitalised whatever it is);
- an office of two portfolios that the parse cut at "and" ("Turkish Roads | and Transportation
  Minister Enis Oksuz said") is its holder's, never "Turkish Roads"
  (`accords.quotes.subject_names.holder_after`);
- a quote whose paragraph is followed by "Those were X's words to Y" is X's, the owner of the
  words, not the listener's (`accords.stages.quotes._introduced`);
- a title's holder set off by commas with an honorific ("Her deputy, Dr. Howard Njoo, echoed the
  call") is the sentence's subject, whom "he" then means (`accords.quotes.speakers._TITLE_REST`).

The second text is Tehran Times copy (corpus line 1430); the others were written for these tests.
Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found


CASES = [
    (
        "short-sentence-after-the-clause-is-speech-not-a-title",
        "Quinn Hughes spoke to reporters after the game.\n\n"
        "\"We can't keep giving up goals like that,\" Hughes said. \"It's on all of us.\"",
        [(True, "Hughes", "We can't keep"), (True, "Hughes", "It's on all of us")],
    ),
    (
        "office-of-two-portfolios-cut-at-and",
        "Turkish Roads and Transportation Minister Enis Oksuz said here Tuesday that his country is set to "
        "solve transportation problems with Iran.",
        [(False, "Enis Oksuz", "his country is set")],
    ),
    (
        "words-owned-by-a-possessive-name-after-the-quote",
        "\"The water is rising faster than anyone expected.\"\n\n"
        "Those were Dennis Brooks's words to CBC's Nadia Jamil on Sunday as he loaded sandbags onto a truck.",
        [(True, "Dennis Brooks", "The water is rising")],
    ),
    (
        "words-owned-by-a-possessive-name-ending-in-s",
        "\"We are not giving up on this town.\"\n\n"
        "That was Mayor Anne Collins' message to residents at a packed meeting on Tuesday night.",
        [(True, "Anne Collins", "We are not giving up")],
    ),
    (
        "appositive-holder-with-an-honorific",
        "Dr. Theresa Tam, Canada's chief public health officer, urged people to get their booster shots.\n\n"
        "Her deputy, Dr. Howard Njoo, echoed the call. \"Vaccines remain our best protection,\" he said.",
        [(True, "Howard Njoo", "Vaccines remain")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cut_offices_and_short_sentences(text, expected):
    assert_quotes(quotes_found(text), expected)
