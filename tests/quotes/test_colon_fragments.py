"""A quote of under four words (`accords.quotes.marks.FRAGMENT_WORDS`) is speech only when its own sentence's clause
frames it (`accords.quotes.clauses.frames`); a clause whose own words end in a colon right before the quote frames it
too ("Ford told reporters: “Get it done.”", "said in a statement: “...”"), as "X said: “...”" did. Words that only
describe the quote ("described the plan as “...”") are framed as before; a sign with no speaker is no quote.

The texts were written for these tests in the register of Canadian news copy. Each case lists every quote found, in
text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    ("told-reporters", "Ford told reporters: \u201cGet it done.\u201d", [(True, "Ford", "Get it done.")]),
    ("told-reporters-on-a-day", "Ford told reporters on Monday: \u201cGet it done.\u201d", [(True, "Ford", "Get it done.")]),
    ("said-in-a-statement", "Premier Doug Ford said in a statement: \u201cGet it done.\u201d",
     [(True, "Doug Ford", "Get it done.")]),
    ("said-colon-as-before", "Premier Doug Ford said: \u201cGet it done.\u201d", [(True, "Doug Ford", "Get it done.")]),
    ("sign-has-no-speaker", "The sign on the door read: \u201cNo entry here.\u201d", []),
    ("fragment-in-a-clause-as-before", "Ford described the plan as \u201ca total mess.\u201d",
     [(True, "Ford", "a total mess.")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_short_quote_after_a_colon(text, expected):
    assert_quotes(quotes_found(text), expected)
