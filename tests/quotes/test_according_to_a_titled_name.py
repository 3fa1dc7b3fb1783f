"""An opening "According to" before a name with an abbreviated title ("According to Dr. Bonnie
Henry, most of the new cases are …") reports the rest of the sentence as that person's words
(`accords.quotes.syntax._rest_of_sentence`). The parser cuts such a sentence after the name (the
abbreviation's full stop): "According" becomes a root of its own and the clause after the comma
hangs on the name as a relative clause, so on the code before this rule the reported speech was
lost, while "According to Bonnie Henry, …" was read. An apposition after the name is skipped; a
relative clause ("According to Sen. Bob Ruiz, who chairs the committee, …") is not taken for the
content.

The sentences are written for this test (the form is the news register's, no corpus's text).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    ("dr-then-the-clause", "According to Dr. Bonnie Henry, most of the new cases are linked to a single gathering.",
     [(False, "Bonnie Henry", "most of the new cases are linked")]),
    ("dr-an-apposition-then-the-clause",
     "According to Dr. Theresa Tam, the country's chief public health officer, the risk remains low for Canadians.",
     [(False, "Theresa Tam", "the risk remains low")]),
    ("no-title-as-before", "According to Bonnie Henry, most of the new cases are linked to a single gathering.",
     [(False, "Bonnie Henry", "most of the new cases are linked")]),
    ("closing-according-as-before", "The figures were published on Friday, according to Dr. Bonnie Henry.",
     [(False, "Bonnie Henry", "The figures were published")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_according_to_a_titled_name(text, expected):
    assert_quotes(quotes_found(text), expected)
