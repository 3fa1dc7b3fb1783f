"""A person introduced as the subject of a sentence whose only words in marks are no quote (quotes.v2).

"Former U.S. Secretary of State John Kerry has called policy of “maximum pressure” on Tehran
bankrupt. “We have been pressuring them …,” he told CBS News.": the scare phrase in marks is no
quote (`accords.quotes.marks.is_fragment`), so the sentence introduces Kerry as any sentence without
quote marks would, and the "he told" right after the next quote is his, not the source before him
(`accords.stages.quotes`, the `quoted` test of the introduced-subject branch). A sentence with a
real quote still introduces no one: the quote's own speaker is the source.

The cases are Tehran Times text (tt_441605, tt_465406, CC BY 4.0), cut short; the last is written
for this test. On the code before this rule, Kerry's quote went to the central bank governor
Hemmati, and Ahmadi Sangari's to Naderi, the lawmaker quoted before him. Each case lists every
quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "a-scare-phrase-in-the-subjects-sentence",
        "Iran’s central bank governor, Abdolnaser Hemmati, called the sanctions repetitive. Former U.S. Secretary of "
        "State John Kerry has called policy of “maximum pressure” on Tehran bankrupt. “We have been pressuring them. "
        "Maximum pressure… we’re seeing the unfolding of really a bankruptcy of approach,” he told CBS News.",
        [(True, "John Kerry", "We have been pressuring them")],
    ),
    (
        "scare-phrases-after-a-tweet",
        "Other Iranian lawmakers were blunter. Ahmad Naderi, a lawmaker, said on Twitter that some Azerbaijani "
        "lawmakers have now “gotten carried away” many times. “Otherwise, the hand will be restored to the body,” he "
        "said. Mohammad Reza Ahmadi Sangari, another Iranian lawmaker, tweeted leaders of Baku have been "
        "“illusioned” by their Karabakh victory which was achieved by “Turkish doping.” “The age of your small "
        "country is less than that of our youngest lawmaker,” he boasted.",
        [(True, "Ahmad Naderi", "some Azerbaijani lawmakers"), (True, "Ahmad Naderi", "Otherwise, the hand"),
         (True, "Mohammad Reza Ahmadi Sangari", "The age of your small country")],
    ),
    (
        "a-real-quote-in-the-sentence-introduces-no-one",
        "Iran’s central bank governor, Abdolnaser Hemmati, said the sanctions were repetitive. “They will fail,” "
        "Hemmati said as John Kerry watched. “We have seen it all before,” he added.",
        [(False, "Abdolnaser Hemmati", "the sanctions were"), (True, "Abdolnaser Hemmati", "They will fail"),
         (True, "Abdolnaser Hemmati", "We have seen it all")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_scare_phrase_subject(text, expected):
    assert_quotes(quotes_found(text), expected)
