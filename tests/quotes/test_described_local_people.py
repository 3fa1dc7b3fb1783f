"""A person of local news named once and then described: "the Brampton resident said", "the former teacher said",
"the mother of three said" mean the person just spoken of (`accords.quotes.sources.PERSON_NOUNS`; "the mother of
three" is tied to no one, `_OF_SOMEONE`). A name between "the" and a lower-case noun modifies it and names no one
who speaks (`accords.quotes.governed.modifies_a_noun`): the small model tags "Brampton" a person there, and "the Ford
aide" is no Ford.

The texts were written for these tests in the register of Canadian news copy. Each case lists every quote found, in
text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

LEAD = "Premier Doug Ford defended the cuts on Monday.\n\n"
CASES = [
    (
        "town-before-resident",
        LEAD + "Sarah Mitchell, a Brampton resident, says she cannot afford the new fees. \u201cWe are already at our "
        "limit,\u201d the Brampton resident said.",
        [(False, "Sarah Mitchell", "she cannot afford"), (True, "Sarah Mitchell", "We are already at our limit")],
    ),
    (
        "former-teacher",
        LEAD + "Sarah Mitchell, a retired teacher, says she cannot afford the new fees. \u201cWe are already at our "
        "limit,\u201d the former teacher said.",
        [(False, "Sarah Mitchell", "she cannot afford"), (True, "Sarah Mitchell", "We are already at our limit")],
    ),
    (
        "mother-of-three-is-tied-to-no-one",
        LEAD + "Sarah Mitchell, a mother of three from Brampton, says she cannot afford the new fees. \u201cWe are "
        "already at our limit,\u201d the mother of three said.",
        [(False, "Sarah Mitchell", "she cannot afford"), (True, "Sarah Mitchell", "We are already at our limit")],
    ),
    (
        "aide-is-not-his-boss",
        "Premier Doug Ford defended the cuts on Monday. \u201cWe had no choice,\u201d the Ford aide said.",
        [],
    ),
    (
        "town-man-as-before",
        LEAD + "John Mitchell of Toronto says he cannot afford the new fees. \u201cWe are already at our limit,\u201d "
        "the Toronto man said.",
        [(False, "John Mitchell", "he cannot afford"), (True, "John Mitchell", "We are already at our limit")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_described_local_person(text, expected):
    assert_quotes(quotes_found(text), expected)
