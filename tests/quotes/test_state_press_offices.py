"""Offices of the state-press register that name a person written before (quotes.v2, issue 14).

- A person named with an office set off by commas ("Seyed Reza Mortazavi, the provincial
  governor") is a person even where the entity stage typed the name as an organisation
  (`accords.quotes.persons.organisations_called_who`), holds that office, and is introduced as
  the subject by it ("The governor of Isfahan province expressed hope …"), so the "he said" quote
  after that sentence is theirs, not the earlier speaker's (`accords.quotes.last_source.holds_office`).
- A country's "chief diplomat" or "top diplomat" is its foreign minister
  (`accords.quotes.titles.office_phrase`).
- "The Turkish official" is the person of that country spoken of ("Cavusoglu"), not the voice of
  an organisation "Turkish official" (`accords.quotes.sources._country_official`); "a Turkish
  official" is still someone unnamed.

The first pipeline cases are Tehran Times text (tt_484457, CC BY 4.0), cut short; the last is
written for this test in the register of tt_481013. On the code before these rules the governor's
quote went to Ismoilov and the top diplomat's to Erdogan.
Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from accords.quotes.persons import office_after
from accords.quotes.resolved import Speaker
from accords.quotes.sources import _country_official
from accords.quotes.country_words import country_in
from accords.quotes.titles import office_phrase
from tests.quotes.found import assert_quotes, quotes_found

_ISFAHAN = (
    "TEHRAN - Uzbek Parliament Speaker Nurdinjon Ismoilov traveled to Isfahan on Sunday morning to visit historical "
    "attractions of the ancient city. He is accompanied by an Uzbek parliamentary delegation. In Isfahan, the Uzbek "
    "official met with Seyed Reza Mortazavi, the provincial governor. “I am proud and happy to be in Isfahan,” "
    "Ismoilov said upon arriving in Isfahan. “Of course, not only us, but all the inhabitants of the East should be "
    "proud of this historical and ancient city,” he added, according to Mehr News. "
)
CASES = [
    (
        "an-office-after-a-comma-introduces-its-holder-as-subject",
        _ISFAHAN + "The governor of Isfahan province expressed hope that Ismoilov’s visit would strengthen relations "
        "between Iran and Uzbekistan. “We hope that this trip will be a basis for promoting relations in economic, "
        "tourism and cultural fields,” he said.",
        [(True, "Nurdinjon Ismoilov", "I am proud"), (True, "Nurdinjon Ismoilov", "Of course"),
         (True, "Seyed Reza Mortazavi", "We hope")],
    ),
    (
        "the-speaker-goes-on-when-no-office-is-the-subject",
        _ISFAHAN + "Ismoilov expressed hope that the visit would strengthen relations between Iran and Uzbekistan. "
        "“We hope that this trip will be a basis for promoting relations,” he said.",
        [(True, "Nurdinjon Ismoilov", "I am proud"), (True, "Nurdinjon Ismoilov", "Of course"),
         (True, "Nurdinjon Ismoilov", "We hope")],
    ),
    (
        "the-top-diplomat-is-the-foreign-minister-not-the-last-speaker",
        "TEHRAN- Iranian Foreign Minister Hossein Amir Abdollahian held talks on Tuesday with Turkish President Recep "
        "Tayyip Erdogan in Ankara. Erdogan said that Tehran-Ankara ties are significant. “There is no limit to the "
        "expansion of cooperation between the two neighboring countries,” Erdogan said. The top diplomat said, "
        "“We feel any constructive growth in ties between Ankara and Damascus would help our region.”",
        [(False, "Recep Tayyip Erdogan", "Tehran-Ankara"), (True, "Recep Tayyip Erdogan", "There is no limit"),
         (True, "Hossein Amir Abdollahian", "We feel")],
    ),
    (
        "the-countrys-official-is-the-person-spoken-of",
        "Iranian Foreign Minister Hossein Amir Abdollahian held talks on Tuesday with his Turkish counterpart Mevlut "
        "Cavusoglu in Ankara. For his part, Cavusoglu emphasized that Turkey and Iran both agreed that Syria's "
        "territorial integrity should be protected. The Turkish official had previously mentioned that he may meet "
        "his Syrian counterpart next month. “Today, we stressed the importance of Iran's involvement to this "
        "process,” he remarked.",
        [(False, "Mevlut Cavusoglu", "Turkey and Iran"), (False, "Mevlut Cavusoglu", "he may meet"),
         (True, "Mevlut Cavusoglu", "Today, we stressed")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_state_press_office_speaker(text, expected):
    assert_quotes(quotes_found(text), expected)


OFFICE_PHRASES = [
    ("chief-diplomat-cut-by-the-title-pattern", "Iran’s chief diplomat said", 0, 12, "Iran’s foreign minister"),
    ("top-diplomat", "the top diplomat of Iran said", 0, 16, "the foreign minister"),
    ("a-diplomat-is-no-minister", "a senior diplomat said", 0, 17, "a senior diplomat"),
    ("another-office-as-it-is", "the chief of staff said", 0, 9, "the chief"),
]


@pytest.mark.parametrize("text,start,end,expected", [c[1:] for c in OFFICE_PHRASES], ids=[c[0] for c in OFFICE_PHRASES])
def test_office_phrase(text, start, end, expected):
    assert office_phrase(text, start, end) == expected


OFFICES_AFTER = [
    ("office-set-off-by-comma", "met with Seyed Reza Mortazavi, the provincial governor. “I am", True),
    ("office-of-a-place", "met with Ali Karimi, the governor of Isfahan Province, on Sunday", True),
    ("an-office-in-a-clause", "talks with Hassan Rouhani, the official said.", False),
    ("a-newspaper-is-no-office", "according to Tehran Times, the official newspaper of", False),
    ("no-comma", "met with Seyed Reza Mortazavi on Sunday.", False),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OFFICES_AFTER], ids=[c[0] for c in OFFICES_AFTER])
def test_office_after(text, expected):
    name_end = text.index(",") if "," in text else text.index(" on")
    assert office_after(text, name_end) is expected


@pytest.mark.parametrize("phrase,expected", [
    ("Iran’s chief diplomat", "IRN"), ("Iran's chief diplomat", "IRN"), ("The Iranian foreign minister", "IRN"),
    ("the speaker of the parliament", None)])
def test_country_of_a_title(phrase, expected):
    assert country_in(phrase) == expected


@pytest.mark.parametrize("phrase,head,expected", [
    ("The Turkish official", "official", True),
    ("the Iranian official", "official", True),
    ("a Turkish official", "official", False),
    ("the Foreign Ministry official", "official", False),
    ("the Turkish officials", "officials", False),
], ids=["definite-country-official", "lower-case-the", "indefinite-is-someone-unnamed", "an-organisations-official",
        "plural-is-a-group"])
def test_country_official(phrase, head, expected):
    assert _country_official(phrase, head) is expected


def test_country_official_after_an_organisation_spoke():
    ministry = Speaker(None, "Iranian foreign ministry", "description", 0.5)
    assert _country_official("the Iranian official", "official", ministry) is False
    assert _country_official("the Iranian official", "official", Speaker(None, "Turkey", "name", 0.7)) is True
