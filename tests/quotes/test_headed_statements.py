"""Statements set out under a bold heading that names whose they are (`accords.quotes.headed`): a
release collecting several statements ("**Statement of UAW President Ray Curry:**" over paragraphs in
quotation marks) or a "What they are saying" page ("**Senator John Fetterman (D-PA):** “…”
[[Tweet](…), 5/3/24]"). The heading's person speaks; an organisation's name is kept as written; the
statement runs over the paragraphs that open with a quotation mark and ends at prose or at the next
heading. A bold heading of no one's name ("**From today's conversation:**") gives no speaker.

wh_20210805-clean-cars-statements (fresh dev, twenty-eighth session) has six statements so: on the
code before this rule four of its ten quotes were found (those two speakers the text also named in
a clause the parse read); a "What they are saying" page gave its tweets to "Tweet". The texts below
are written for this test in those pages' layout.
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

STATEMENTS = (
    "Today, automakers and union leaders released statements on the new standards:\n\n"
    "**Joint Statement of Northwind Motors and Harbor Auto:**\n\n"
    "“We share the goal of cleaner cars and will build them here at home with our workers.”\n\n"
    "**Statement of UAW President Ray Curry:**\n\n"
    "“This is a critical time for the auto industry and for the workers who build its cars.\n\n"
    "“We must keep good union jobs in this country as the industry changes around us.”\n\n"
    "The standards take effect next year."
)
SAYING = (
    "Leaders praised the decision. See what they are saying:\n\n"
    "**Senator John Fetterman (D-PA):** “This is a great day for working families in our state.” "
    "[[Tweet](https://x.com/example), 5/3/24]\n\n"
    "**Harbor Health Alliance:** “We applaud the decision and thank the administration for it.” "
    "[[Tweet](https://x.com/example2), 5/3/24]\n\n"
    "**From today's conversation:** “The plan will be ready in the spring.”"
)

CASES = [
    ("statements-under-headings", STATEMENTS, [
        (True, "Northwind Motors and Harbor Auto", "We share the goal"),
        (True, "Ray Curry", "This is a critical time"),
        (True, "Ray Curry", "We must keep good union jobs"),
    ]),
    ("what-they-are-saying", SAYING, [
        (True, "John Fetterman", "This is a great day"),
        (True, "Harbor Health Alliance", "We applaud the decision"),
    ]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_headed_statements(text, expected):
    assert_quotes(quotes_found(text), expected)
