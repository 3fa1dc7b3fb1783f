"""A title the text gives no one ("the chief public health officer said") is not the person spoken of last when
every title that person holds is an office of the other kind (`accords.quotes.titles.other_office`): a minister,
premier or mayor is never called an officer, a judge or a director, nor the other way round. The title's last head
is read past a "chief" the title pattern stops at (`accords.quotes.titles.office_phrase`). Titles of neither kind
("the official", "the chief", "the lawmaker") still mean the last person spoken of, and a held title its holder.

The texts were written for these tests in the register of Canadian news copy. Each case lists every quote found, in
text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

from accords.quotes.titles import office_phrase, other_office

CASES = [
    (
        "officer-is-no-minister",
        "Health Minister Patty Hajdu spoke on Friday. \u201cThe risk to Canadians remains low,\u201d the chief public "
        "health officer said.",
        [],
    ),
    (
        "held-title-is-its-holder",
        "Police Chief Mark Saunders spoke after Mayor John Tory. \u201cWe are asking for calm,\u201d the chief said.",
        [(True, "Mark Saunders", "We are asking for calm")],
    ),
    (
        "minister-of-the-text",
        "Health Minister Patty Hajdu and Dr. Theresa Tam spoke on Friday. \u201cThe risk to Canadians remains "
        "low,\u201d the minister said.",
        [(True, "Patty Hajdu", "The risk to Canadians")],
    ),
    (
        "official-may-be-anyone",
        "Health Minister Patty Hajdu spoke on Friday. \u201cThe risk to Canadians remains low,\u201d the official "
        "said.",
        [(True, "Patty Hajdu", "The risk to Canadians")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_of_another_kind(text, expected):
    assert_quotes(quotes_found(text), expected)


@pytest.mark.parametrize("phrase,titles,clash", [
    ("the chief public health officer", ["Health Minister"], True),
    ("the minister", ["Director General"], True),
    ("the judge", ["Mayor"], True),
    ("the official", ["Health Minister"], False),
    ("the lawmaker", ["spokesman for the parliamentary committee"], False),
    ("the officer", [], False),
    ("the director", ["Minister", "Director of the clinic"], False),
], ids=["officer-minister", "minister-director", "judge-mayor", "official", "lawmaker-spokesman", "no-title",
        "one-title-of-the-same-kind"])
def test_other_office(phrase, titles, clash):
    assert other_office(phrase, titles) is clash


@pytest.mark.parametrize("text,phrase", [
    ("the chief public health officer said", "the chief public health officer"),
    ("the deputy health minister said", "the deputy health minister"),
    ("the chief said the minister", "the chief"),
], ids=["chief-goes-on", "deputy-goes-on", "a-verb-stops-it"])
def test_office_phrase(text, phrase):
    end = len(text.split(" said")[0].split()[0]) + 1 + len(text.split()[1])
    assert office_phrase(text, 0, end) == phrase
