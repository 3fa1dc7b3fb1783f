"""A quote with no verb of its own right after a sentence that names one new person (quotes.v2;
the news register's carry-over).

"“…,” said Mayor Tom Ruiz. | For Jane Lee, the issue is personal. | “It will not work for us.”":
a quote standing alone after a sentence without quote marks or a reporting verb that names one
person, the last source aside, is that person's, whatever place the name holds in the sentence
("For Jane Lee, …", "That is the view of Jane Lee, a nurse."), not the source before
(`accords.stages.quotes`, `_sole_person`; `accords.quotes.layout.free_quote_next`). A quote the
text gives a verb ("“…,” she said") keeps the pronoun rules: the source who spoke last goes on
speaking ("She praised the actress who first took the part, …. “…,” she said" stays the speaker's). A name in
the possessive ("Jane Lee's bakery …") leaves the last source.

The sentences are written for this test (paraphrases of the news register, no corpus's text).
On the code before this rule both free quotes went to Tom Ruiz.
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

_BEFORE = "“The plan will work,” said Mayor Tom Ruiz.\n\n"
_FREE = "\n\n“It will not work for us.”"

CASES = [
    ("named-in-a-leading-phrase", _BEFORE + "For Jane Lee, the issue is personal." + _FREE,
     [(True, "Tom Ruiz", "The plan will work"), (True, "Jane Lee", "It will not work for us")]),
    ("named-as-a-complement", _BEFORE + "That is the view of Jane Lee, a nurse." + _FREE,
     [(True, "Tom Ruiz", "The plan will work"), (True, "Jane Lee", "It will not work for us")]),
    ("a-possessive-names-no-speaker", _BEFORE + "Jane Lee's bakery has been closed since March." + _FREE,
     [(True, "Tom Ruiz", "The plan will work"), (True, "Tom Ruiz", "It will not work for us")]),
    ("a-quote-with-its-verb-keeps-the-source",
     "Ann Cole, who won the prize, said: “Winning means a lot to me.” She praised the actress who first took the "
     "part, Mary Wood, for opening doors. “Thank you very much,” she said.",
     [(True, "Ann Cole", "Winning means a lot"), (True, "Ann Cole", "Thank you very much")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_free_quote_after_a_named_person(text, expected):
    assert_quotes(quotes_found(text), expected)
