"""Whom a later reference to a speaker may mean (quotes.v2, `accords.quotes.antecedents`): a
person's name with a lower-case particle ("Juan de la Vega") is a person, whom the next "he
said" means, and no organisation; an indefinite role with a common noun of its own ("a union
spokesman") speaks for a body the text has not named, not for the organisation spoken of last,
while a bare or possessed one ("A spokesman", "The company's spokesman"), or one whose noun is in
the organisation's name ("a party spokesman" after "the Northern Labour Party"), still bridges to
it; and a bare "the party" is never a newspaper that spoke last.

The texts were written for these tests in the register of business and wire copy. Each case
lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "particle-name-as-subject-is-whom-he-means",
        "Finance Minister Ana Costa said the deal was done.\n\nJuan de la Vega, the fund's managing director, "
        "said the loan would help growth. “We expect a quick recovery next year,” he said.",
        [(False, "Ana Costa", "the deal was done"), (False, "Juan de la Vega", "the loan would help"),
         (True, "Juan de la Vega", "We expect a quick recovery")],
    ),
    (
        "particle-name-in-apposition-to-a-title",
        "Finance Minister Ana Costa praised the loan.\n\nThe fund's director, Pieter van der Berg, said the "
        "loan would help growth. “We expect a quick recovery next year,” he said.",
        [(False, "Pieter van der Berg", "the loan would help"), (True, "Pieter van der Berg", "We expect a quick")],
    ),
    (
        "indefinite-role-of-another-kind-of-body-is-described",
        "Northwind Mining cut 200 jobs at its Sudbury plant on Monday.\n\nA union spokesman said the cuts "
        "were a betrayal of the workers.",
        [(False, "union spokesman", "the cuts were a betrayal")],
    ),
    (
        "bare-indefinite-role-bridges-to-the-organisation",
        "Northwind Mining cut 200 jobs at its Sudbury plant on Monday.\n\nA spokesman said the cuts were "
        "needed to keep the plant open.",
        [(False, "Northwind Mining spokesman", "the cuts were needed")],
    ),
    (
        "senior-is-a-rank-not-a-body",
        "Northwind Mining cut 200 jobs at its Sudbury plant on Monday.\n\nA senior spokesman said the cuts "
        "were needed to keep the plant open.",
        [(False, "Northwind Mining spokesman", "the cuts were needed")],
    ),
    (
        "indefinite-role-of-the-kind-the-organisation-is",
        "The Northern Labour Party chose a new candidate on Monday.\n\nA party spokesman said the vote had "
        "been fair.",
        [(False, "Northern Labour Party spokesman", "the vote had been fair")],
    ),
    (
        "the-party-is-not-the-newspaper-that-spoke-last",
        "Councillor Jo Hart was suspended by her party last week. The Daily Herald said she had written for a "
        "fringe magazine.\n\nThe party says it did try to contact her before the decision.",
        [(False, "Daily Herald", "she had written for")],
    ),
    (
        "possessed-role-is-the-organisation's",
        "Northwind Mining cut 200 jobs at its Sudbury plant on Monday.\n\nThe company's spokesman said the "
        "cuts were needed to keep the plant open.",
        [(False, "Northwind Mining spokesman", "the cuts were needed")],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_antecedents(text, expected):
    assert_quotes(quotes_found(text), expected)
