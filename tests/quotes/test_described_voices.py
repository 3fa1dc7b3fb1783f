"""Described voices of the state-press register that mean someone spoken of before (quotes.v2, issue 14).

- "The Chairman of the Legislative Chamber of Uzbekistan said" after "Uzbek Parliament Speaker
  Nurdinjon Ismoilov" is that person: a capitalised office phrase of one country's legislature's
  presiding officer is the person of that country named before who holds the seat under another
  name (`accords.quotes.titles.same_presiding_seat`, `accords.quotes.holders.holder_named_before`);
  before, the phrase itself was the speaker. Another country's speaker named since is not meant.
- "the source highlighted" after "an unnamed source at the Syrian Ministry of Foreign Affairs
  said" is that source, shown as the ministry's source (`accords.quotes.groups.again`); before,
  the quote had no speaker and was dropped.
- "the co-conveners said they were committed to supporting a “…,” according to the UN": a
  hyphenated subject the parse split ("co", "-", "conveners") is read whole, a group of people by
  its last part (`accords.quotes.phrases.head_word`, `accords.quotes.groups.is_people_noun`); before,
  "the co" named no one and the words went to the UN of "according to", which only relays them.

The pipeline cases are Tehran Times text (tt_484418, tt_444911, tt_460196, CC BY 4.0), cut short, or
written for this test after it. Each case lists every quote found, in text order, as (direct,
speaker name, first words).
"""

import pytest

from accords.quotes.titles import same_presiding_seat
from tests.quotes.found import assert_quotes, quotes_found

_VISIT = ("TEHRAN – Uzbek Parliament Speaker Nurdinjon Ismoilov arrived in Tehran late on Friday and met Saturday "
          "with his Iranian counterpart Mohammad Baqer Qalibaf. ")

CASES = [
    (
        "the-chamber-chairman-is-the-parliament-speaker-named-before",
        _VISIT + "Qalibaf said improving relations with neighbors is a priority. “We are very happy that today we "
        "are hosting the Speaker of the Parliament of Uzbekistan,” Qalibaf said. The Chairman of the Legislative "
        "Chamber of Uzbekistan, for his part, praised the foreign policy of Iran and said, “In Uzbekistan, the "
        "development of relations with neighbors is given priority.”",
        [(False, "Mohammad Baqer Qalibaf", "improving"), (True, "Mohammad Baqer Qalibaf", "We are very happy"),
         (True, "Nurdinjon Ismoilov", "In Uzbekistan")],
    ),
    (
        "the-chamber-chairman-after-another-speaker",
        "TEHRAN – Uzbek Parliament Speaker Nurdinjon Ismoilov met on Saturday with Iranian President Ebrahim "
        "Raisi. “We are ready to expand ties,” Raisi said. The Chairman of the Legislative Chamber of Uzbekistan "
        "stated, “I assure that our parliament will implement the agreements.”",
        [(True, "Ebrahim Raisi", "We are ready"), (True, "Nurdinjon Ismoilov", "I assure")],
    ),
    (
        "another-countrys-speaker-is-not-the-chamber-chairman",
        "TEHRAN – Iranian Parliament Speaker Mohammad Baqer Qalibaf met on Saturday with a delegation from "
        "Uzbekistan. “We are very happy that today we are hosting our guests,” Qalibaf said. The Chairman of the "
        "Legislative Chamber of Uzbekistan said, “Our parliament supports the agreements.”",
        [(True, "Mohammad Baqer Qalibaf", "We are very happy"),
         (True, "Chairman of the Legislative Chamber of Uzbekistan", "Our parliament")],
    ),
    (
        "the-source-is-the-unnamed-source-described-before",
        "“Turkish forces infringed upon Syrian borders and were deployed in areas between the towns of Binnish and "
        "Taftanaz,” an unnamed source at the Syrian Ministry of Foreign Affairs said in a statement. “The Syrian "
        "Arab Republic reiterates that acts of aggression will not prevent the Syrian army from continuing its "
        "campaign against terrorism,” the source highlighted.",
        [(True, "Syrian Ministry of Foreign Affairs source", "Turkish forces"),
         (True, "Syrian Ministry of Foreign Affairs source", "The Syrian Arab Republic")],
    ),
    (
        "hyphenated-co-conveners-not-the-un-that-relays-them",
        "The talks were due to go ahead on April 24 and run through May 4, known officially as the Istanbul "
        "Conference on the Afghan Peace Process, and the co-conveners said they were committed to supporting a "
        "“sovereign, independent and unified Afghanistan,” according to the UN. But the talks were postponed.",
        [(True, "co-conveners", "they were committed to supporting")],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_described_voices(text: str, expected: list) -> None:
    assert_quotes(quotes_found(text), expected)


SEATS = [
    ("chamber-chairman-and-parliament-speaker", "the Chairman of the Legislative Chamber of Uzbekistan",
     "Uzbek Parliament Speaker", True),
    ("assembly-president-and-majlis-speaker", "the President of the National Assembly", "Majlis Speaker", True),
    ("a-committee-chairman-is-no-presiding-officer", "the Chairman of the Parliamentary Committee on Foreign Affairs",
     "Parliament Speaker", False),
    ("a-deputy-speaker-is-another-seat", "the Chairman of the Legislative Chamber", "Deputy Parliament Speaker", False),
    ("a-countrys-president-is-no-legislature", "the President of Uzbekistan", "Parliament Speaker", False),
]


@pytest.mark.parametrize("phrase,title,same", [c[1:] for c in SEATS], ids=[c[0] for c in SEATS])
def test_same_presiding_seat(phrase: str, title: str, same: bool) -> None:
    assert same_presiding_seat(phrase, title) is same
