"""A sentence that opens with the question put to its subject ("Asked if the minister could return
to cabinet, he replied: …", "But pressed on whether …, she said …") names the person
asked about in that opening phrase, not its subject: "he" or "she" after it is the one asked, the
person spoken of before, never the person the question was about (`accords.quotes.speakers`,
`_LEADING_PHRASE`). On the code before this rule a full name in the question ("Asked if Chrystia
Freeland could return …") was read as the sentence's subject, so "he replied" became hers.

The sentences are written for this test (the form is the news register's, no corpus's text).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "asked-if-a-named-person-he-replied",
        "Prime Minister Justin Trudeau spoke to reporters in Ottawa on Tuesday. Asked if Chrystia Freeland "
        "could return to cabinet, he replied: “She remains a valued colleague and a friend.”",
        [(True, "Justin Trudeau", "She remains a valued colleague")],
    ),
    (
        "pressed-on-a-named-person-she-said",
        "Mayor Olivia Chow met the council on Monday. Pressed on whether Police Chief Myron Demkiw would "
        "resign, she said: “That is not my decision to make.”",
        [(True, "Olivia Chow", "That is not my decision")],
    ),
    (
        "asked-with-the-subject-named",
        "Asked whether Pierre Poilievre would win the vote, Elizabeth May said she had not decided.",
        [(False, "Elizabeth May", "she had not decided")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_asked_about_someone(text, expected):
    assert_quotes(quotes_found(text), expected)
