"""Speakers that a word beside the name used to hide (quotes.v2, issue 14):

- a news agency that relays a statement ("…, IRNA reported") is no organisation whose spokesman
  speaks next: "the spokesman" is the spokesman spoken of lately (`accords.quotes.holders.recent_holder`);
- an outlet or employer written before a person's name ("Al Jazeera's Sinem Koseoglu") says whom
  they work for, not who speaks (`accords.quotes.names.person_after_owner`);
- a title the parse cut at its hyphen ("said study co-author Anna Petrova") still ends at the
  name after it (`accords.quotes.sources._whole_names`);
- "the mission said" is the mission written out before ("Iran's mission to the United Nations"),
  though no organisation the entity stage knows (`accords.quotes.written_bodies`).

The texts were written for these tests in the register of Tehran Times and wire science copy.
Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from accords.quotes.names import person_after_owner
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "the-spokesman-after-an-agency-relayed-him",
        "TEHRAN – Government spokesman Ali Rabiei on Tuesday called on both sides to end the fighting. "
        "“Our stance on the dispute has been stated clearly,” Rabiei said at a press conference. IRNA reported "
        "that he had met the envoys of both countries. The spokesman also expressed concern over shells that hit "
        "border villages, saying, “We are deeply concerned about the lives of our citizens.” “We will not be "
        "indifferent to it,” he added.",
        [(True, "Ali Rabiei", "Our stance"), (False, "Islamic Republic News Agency", "he had met"),
         (True, "Ali Rabiei", "We are deeply"), (True, "Ali Rabiei", "We will not")],
    ),
    (
        "an-outlet-before-its-reporter",
        "Turkish troops were killed on Monday in an attack in Idlib province. Al Jazeera's Sinem Koseoglu said, "
        "\"This is seen as the highest escalation between Ankara and Damascus in years.\"",
        [(True, "Sinem Koseoglu", "This is seen")],
    ),
    (
        "a-hyphenated-title-before-the-name",
        "Rainfall occurs everywhere on the moon, but the equatorial regions are drier than the poles, said study "
        "co-author Anna Petrova, a research fellow at the European Space Agency.",
        [(False, "Anna Petrova", "Rainfall occurs")],
    ),
    (
        "the-mission-written-out-before",
        "The Iranian mission to the United Nations in New York also issued a statement explaining Iran's position. "
        "“Iran opposes any conflict or war anywhere in the world,” the mission said in the statement.",
        [(True, "Iranian mission to the United Nations", "Iran opposes")],
    ),
    (
        "an-owner-before-the-mission",
        "Iran's mission to the United Nations rejected the claims on Monday. \"These accusations are baseless,\" "
        "the mission said.",
        [(True, "Iran's mission to the United Nations", "These accusations")],
    ),
    (
        "a-bare-ministry-with-nothing-before",
        "The talks will resume next week. \"We expect progress,\" the ministry said.",
        [(True, "the ministry", "We expect")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relayed_voice(text, expected):
    assert_quotes(quotes_found(text), expected)


OWNED = [
    ("outlet", "Al Jazeera's Sinem Koseoglu", "Sinem Koseoglu"),
    ("company-plural-possessive", "American Airlines' Kent Powell", "Kent Powell"),
    ("organisation-is-no-person", "Iran's Foreign Ministry", None),
    ("a-title-after-the-owner", "Trump's Chief of Staff Mick Mulvaney", None),
    ("no-owner", "Sinem Koseoglu", None),
]


@pytest.mark.parametrize("name,expected", [c[1:] for c in OWNED], ids=[c[0] for c in OWNED])
def test_person_after_owner(name, expected):
    assert person_after_owner(name) == expected
