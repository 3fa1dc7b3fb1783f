"""The bodies a participants' roster names after each person's title: "-   Latosha Brown, Co-Founder, Black
Voters Matter" lists an organisation (`accords.entities.rosters`), in a roster of three bulleted lines or
more; parts that are titles ("Adjunct Professor", "Former First Lady of the District of Columbia") and a
note ("*(Virtual)*") are none.

Source: a White House statement of 2021-07-16 (bidenwhitehouse.archives.gov, public domain;
tests/gold/articles/wh_20210716-harris-black-women-leaders-voting-rights.json), quoted.
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

ROSTER = """The leaders who participated in today’s meeting included:

-   Barbara Anriwine, Founder, Transformative Justice
    Coalition *(Virtual)*
-   Cora Masters Barry, Board Member, National Coalition on Black Civic
    Participation, Former First Lady of the District of Columbia
-   Donna Brazile, Adjunct Professor, Author, Political Strategist,
    Voting Rights Advocate
-   Latosha Brown, Co-Founder, Black Voters Matter
-   Felicia Davis, Director, HBCU Green Fund/Clayton County Black
    Women’s Roundtable*(Virtual)*
-   Tamika Mallory, Co-Founder, Until Freedom*(Virtual)*
-   Janice Mathis, Esq., Executive Director, National Council of Negro
    Women

###
"""

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("roster-bodies",
     ROSTER,
     {("ORG", "Transformative Justice Coalition"), ("ORG", "National Coalition on Black Civic Participation"),
      ("ORG", "Black Voters Matter"), ("ORG", "HBCU Green Fund"), ("ORG", "Clayton County Black Women's Roundtable"),
      ("ORG", "Until Freedom"), ("ORG", "National Council of Negro Women"), ("PERSON", "Latosha Brown")},
     {("ORG", "Political Strategist"), ("ORG", "Voting Rights Advocate"), ("ORG", "Author"),
      ("ORG", "Former First Lady of the District of Columbia"), ("ORG", "Co-Founder")}),
    ("two-lines-are-no-roster",  # one or two lines: the parts after the title are left to the other rules
     "The leaders included:\n\n-   Latosha Brown, Co-Founder, Black Voters Matter\n"
     "-   Tamika Mallory, Co-Founder, Until Freedom\n\n###\n",
     set(), {("ORG", "Until Freedom")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_roster_bodies(text, present, absent):
    got = found(text, source="The White House")
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
