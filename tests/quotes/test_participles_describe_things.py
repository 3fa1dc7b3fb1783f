"""A reporting verb as a past participle that describes a thing ("the plan announced by Kamal Khera", "the views
expressed by Maharramov") is no clause of speech (`accords.quotes.syntax._is_speech_verb`): its agent did not
speak in that sentence, so "she said" after it still means the sentence's subject, not the agent named last.
"As previously announced by ..." (an adverbial clause, a source of the sentence's words) is left as it was.

The texts were written for these tests, the last after a Tehran Times report ("the views expressed by Maharramov"). Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "agent-of-a-participle-is-no-speaker",
        "Priya Sharma criticized the plan announced by Kamal Khera on Monday. \u201cWe have waited two years for "
        "this,\u201d she said.",
        [(True, "Priya Sharma", "We have waited two years")],
    ),
    (
        "subject-still-speaks-before-a-relative-clause",
        "Priya Sharma, who works with Kamal Khera, said the plan was late. \u201cWe have waited two years for "
        "this,\u201d she said.",
        [(False, "Priya Sharma", "the plan was late"), (True, "Priya Sharma", "We have waited two years")],
    ),
    (
        "views-expressed-by",
        "Deputy Foreign Minister Elnur Mammadov rejected the views expressed by Maharramov about Iran. \u201cThey "
        "contradict the spirit of good neighbourly relations,\u201d he said.",
        [(True, "Elnur Mammadov", "They contradict the spirit")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_participle_agent_is_no_speaker(text, expected):
    assert_quotes(quotes_found(text), expected)
