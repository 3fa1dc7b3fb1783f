"""A one-word name no entity holds goes on speaking as "he" or "she" (quotes.v2, issue 14):
"Zaqov, for his part, underscored …, saying, “…” | “…,” he underlined" is the Uzbek minister's
second quote, not the Iranian vice president's named before, when the text gives the name a
"his" or "her" right after it (`accords.quotes.genders.mention_gender`,
`accords.quotes.last_source.unlinked_source`).

The first case is Tehran Times text (tt_450529, Tehran Times / Mehr News Agency, CC BY 4.0), cut
short; the others are written for these tests in its register. Each case lists every quote found,
in text order, as (direct, speaker name, first words); the last two keep the rule to a pronoun of
the name's gender and to a person's name ("its" marks none).

A one-word name that spells a person's surname one letter otherwise ("Kocharyan" beside "Robert
Kocharian", tt_462317, cut short) is that person too, linked or not; a one-word name that spells
no person's surname is not ("Petrolink said …", written for these tests).

"him" or "her" right after a name's own verb ("Adrian Dix thanked her for her work", written for these
tests) is the verb's object, another person: it tells nothing of the name's gender (it read Dix as a
woman, whose "he said" quote was then dropped; thirty-second session, `_object_of_verb`).
"""

import pytest

from accords.quotes.genders import mention_gender
from tests.quotes.found import assert_quotes, quotes_found

_OPENING = (
    "TEHRAN- The volume of trade between Iran and Uzbekistan increased 40 percent in 2019, Iranian Vice "
    "President for Economic Affairs Mohammad Nahavandian announced on Sunday. Nahavandian said that there are "
    "various ways to overcome the existing obstacles. "
)

CASES = [
    (
        "he-after-a-one-word-name-with-his",
        _OPENING + "Zaqov, for his part, underscored that Iran is a major trade partner of his country, saying, "
        "\"We are determined to promote cooperation between the two countries in various fields.\" "
        "\"We believe that geographical proximity and spiritual commonalities are a good opportunity,\" he underlined.",
        [(False, "Mohammad Nahavandian", "The volume of trade"),  # the lede, parsed without its dateline (qggt46)
         (False, "Mohammad Nahavandian", "there are various"), (True, "Zaqov", "We are determined"),
         (False, "Zaqov", "Iran is a major"), (True, "Zaqov", "We believe")],
    ),
    (
        "she-is-not-a-name-followed-by-his",
        "Foreign Minister Maria Santos met the visiting delegation on Monday. Santos said that trade had grown. "
        "Zaqov, for his part, said, \"We are determined to promote cooperation.\" \"The ties are strong,\" she said.",
        [(True, "Zaqov", "We are determined"),
         (True, "Maria Santos", "The ties are strong")],
    ),
    (
        "a-one-word-name-followed-by-its",
        "Energy Minister Ali Karimi spoke at the opening of the plant on Monday. Karimi said that output would "
        "double. Petrolink, for its part, said, \"We are ready to invest.\" \"The plant will open in May,\" he said.",
        [(True, "Petrolink", "We are ready"),
         (True, "Ali Karimi", "The plant will")],
    ),
    (
        "a-surname-spelt-one-letter-otherwise",
        "According to preliminary results announced by the Central Electoral Commission on Monday, the Civil "
        "Contract Party of Armenia’s acting Prime Minister Nikol Pashinyan won the early parliamentary polls with "
        "53.92% of the votes, while Robert Kocharian’s party came second with 21.1% of the votes, Anadolu Agency "
        "reported. Kocharyan said in a news conference in the capital Yerevan that the election results were "
        "“unexpected”, noting that the public opinion polls were showing a “different picture.” “We must try to "
        "find an explanation. We will apply to the Constitutional Court to challenge the results,” he said.",
        [(False, "Anadolu Agency", "According to preliminary"), (True, "Kocharyan", "the public opinion polls"),
         (False, "Kocharyan", "the election results"), (True, "Kocharyan", "We must try")],
    ),
    (
        "a-one-word-name-spelling-no-person",
        "Energy Minister Ali Karimi spoke at the opening of the plant on Monday. Karimi said that output would "
        "double. Petrolink said it was ready to invest. \"The plant will open in May,\" he said.",
        [(False, "Petrolink", "it was ready"), (True, "Ali Karimi", "The plant will")],
    ),
    (
        "an-object-pronoun-tells-no-gender",
        "Health Minister Adrian Dix thanked her for her work at the same briefing.\n\n"
        "“Now is the time to be careful, not to let our guard down,” he said.",
        [(True, "Adrian Dix", "Now is the time")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_word_speaker(text, expected):
    assert_quotes(quotes_found(text), expected)


GENDERS = [
    ("his-right-after", "Zaqov, for his part, underscored the ties.", "Zaqov", "m"),
    ("her-right-after", "Aliyeva, in her speech, praised the ties.", "Aliyeva", "f"),
    ("another-name-between", "Zaqov met Maria Santos at her office.", "Zaqov", None),
    ("its-is-no-gender", "Petrolink, for its part, said it was ready.", "Petrolink", None),
    ("the-next-sentence-does-not-count", "Zaqov spoke. He left.", "Zaqov", None),
    ("mentions-that-disagree", "Zaqov, for his part, agreed. Zaqov, in her view, erred.", "Zaqov", None),
    ("an-object-of-the-verb-is-someone-else", "Zaqov praised her at the briefing.", "Zaqov", None),
    ("an-object-after-a-preposition", "Zaqov met with him on Monday.", "Zaqov", None),
    ("a-possessive-after-the-verb-votes", "Aliyeva announced her resignation.", "Aliyeva", "f"),
]


@pytest.mark.parametrize("text,name,expected", [c[1:] for c in GENDERS], ids=[c[0] for c in GENDERS])
def test_mention_gender(text, name, expected):
    assert mention_gender(text, name) == expected
