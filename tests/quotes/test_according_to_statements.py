"""A quote whose only clause is "according to a statement from X" is X's (quotes.v2; the news register).

"“There is no evidence of harm,” according to a statement from Health Canada.": "according to"
a statement, a release or a letter names the channel the words came through, so a quote that has
a clause of its own keeps that clause's speaker ("“…,” she told residents, according to a statement
from her ministry"); but with no other clause the words the statement carries are its issuer's
(`accords.quotes.clauses.own_clause`, `relay`), as they are in reported speech ("The vaccine is
safe, according to a statement from Health Canada"). A news medium only relays: "“…,” according to
a report by IRNA" stays without a speaker, and so does a statement whose issuer is not named.

The sentences are written for this test (paraphrases of the news register, no corpus's text).
On the code before this rule the first three quotes were lost.
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    ("a-statement-from-an-agency", "“There is no evidence of harm,” according to a statement from Health Canada.",
     [(True, "Health Canada", "There is no evidence of harm")]),
    ("a-news-release-from-the-police", "“The suspect fled on foot,” according to a news release from the RCMP.",
     [(True, "RCMP", "The suspect fled on foot")]),
    ("a-possessive-statement", "“There is no evidence of harm,” according to Health Canada's statement.",
     [(True, "Health Canada", "There is no evidence of harm")]),
    ("a-clause-of-its-own-keeps-its-speaker",
     "Interior Minister Jane Roe visited the camp. “We will not abandon them,” she told residents, according to a "
     "statement from her ministry.",
     [(True, "Jane Roe", "We will not abandon them")]),
    ("a-medium-only-relays", "“The talks were constructive,” according to a report by IRNA.", []),
    ("an-issuer-not-named", "“The talks were constructive,” according to a statement.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_according_to_a_statement(text, expected):
    assert_quotes(quotes_found(text), expected)
