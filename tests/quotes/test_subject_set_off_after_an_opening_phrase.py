"""A reporting verb whose subject the parse set as an apposition of the object of an opening
prepositional phrase ("In an interview with The Canadian Press, Finance Minister Bill Morneau said
…", where "Bill Morneau" hangs on "Press") has that proper noun, right before the verb after the
phrase's comma, for its subject (`accords.quotes.phrases.appositive_subject`). On the code before
this rule the verb had no subject and the reported speech was lost; "In an interview with CBC News,
…" was read, since the parse set it right.

The sentences are written for this test (the news register's form, no corpus's text).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    ("interview-with-a-press-agency",
     "In an interview with The Canadian Press, Finance Minister Bill Morneau said the deficit would shrink.",
     [(False, "Bill Morneau", "the deficit would shrink")]),
    ("statement-to-a-newspaper",
     "In a statement to The Globe and Mail, Premier Doug Ford said the plan is on track.",
     [(False, "Doug Ford", "the plan is on track")]),
    ("a-place-before-as-before",
     "In Toronto, Mayor John Tory said the city would help the families.",
     [(False, "John Tory", "the city would help")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subject_set_off_after_an_opening_phrase(text, expected):
    assert_quotes(quotes_found(text), expected)
