"""Speakers and quoted words an analyst would laugh at, cut off (quotes.v2, issue 14):

- "Rezaei was quoted by Mehr as saying": the passive's subject is the speaker, not all the words
  up to "as" (`accords.quotes.syntax.attributions`, the active "quoted X as saying" keeps them);
- "X announced, IRIB reported on Monday.": the second reporting clause names who relayed the
  report, it is not what X announced (`accords.quotes.misplaced_clauses.relaying_clause`);
- "X said that … “…”, Anadolu Agency reported." and "According to X, …, Shana reported.": the words
  are X's, the agency relays them (`accords.quotes.clauses._inner_frame`,
  `accords.quotes.reported.reported_quotes`);
- "Will Americans be a trustworthy partner …?" and "Q: Will Turkey’s operation …?": the question's
  auxiliary is no given name of the people or country after it (`accords.quotes.names.opens_question`,
  `accords.entities.namebounds.question_auxiliary`);
- "the UN General Assembly resolution … titled “Principles of the Charter … in Ukraine”": words in
  marks right after "titled", "entitled", "headlined" or "themed" are a title, whatever their
  case, never the Assembly's quote (`accords.quotes.layout.is_title`; a White House statement of
  2023, whitehouse_2021_2024.jsonl line 1209).

The texts are Tehran Times region articles (tehrantimes_region_dev.jsonl), cut to the sentences
that matter. Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from accords.quotes.names import fullest, opens_question
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "a-resolution-titled-is-no-quote",
        "We once again recall the UN General Assembly resolution A/RES/ES-11/6 titled “Principles of the Charter "
        "of the United Nations underlying a comprehensive, just and lasting peace in Ukraine” adopted in February "
        "this year with the broad support of the international community.",
        [],
    ),
    (
        "quoted-by-an-agency-in-the-passive",
        "TEHRAN – Mohsen Rezaee, secretary of Iran’s Expediency Council, said on Saturday that the United States "
        "is seeking to prop up Kurdish forces against Turkey, adding that Ankara in return is trying to disrupt U.S. "
        "plans. “Regional confrontations will yield no positive results for any countries involved,” Rezaei was "
        "quoted by Mehr as saying.\xa0 “It would be better if everyone made efforts so that legitimate governments "
        "could establish sustainable peace in their countries.”",
        [(False, "Mohsen Rezaee", "the United States is seeking"), (False, "Mohsen Rezaee", "Ankara in return"),
         # "Rezaei" spells "Rezaee" a second way: one person (entities, second spellings)
         (True, "Mohsen Rezaee", "Regional confrontations"), (True, "Mohsen Rezaee", "It would be better")],
    ),
    (
        "an-agency-relaying-an-announcement",
        "TEHRAN- Iran and Kyrgyzstan signed an agreement to boost cooperation on air transportation, the head of "
        "Public Relations Department of Iran Civil Aviation Organization (CAO) Reza Jafarzadeh announced, IRIB "
        "reported on Monday.",
        [],
    ),
    (
        "an-agency-relaying-a-ministry",
        "TEHRAN – The foreign ministers of Iran, Russia and Turkey are set to meet in Kazakhstan next week as the "
        "three countries attempt to move forward with a plan to end nearly seven years of war in Syria. "
        "Kazakhstan's Foreign Ministry said on Tuesday that the top diplomats will meet on March 16 in the capital "
        "Astana “without observers or Syrian sides”, Anadolu Agency reported.",
        [(True, "Foreign Ministry", "the top diplomats will meet")],
    ),
    (
        "an-agency-relaying-an-according-to",
        "TEHRAN - Iran’s Khazar Exploration and Production Company (KEPCO) is cooperating with domestic "
        "knowledge-based companies for the Caspian Sea oil exploration operations, Head of KEPCO’s Department of "
        "Geology Farid Taati said. According to Taati, exploration operations are currently underway in the "
        "region, Shana reported on Saturday.",
        [(False, "Farid Taati", "exploration operations")],
    ),
    (
        "a-country-inside-the-quote-is-no-subject-of-its-cue",
        # tt_453733: the parse gives "noted" two subjects, "Turkey" inside the marks and "the top general"
        # after them (`accords.quotes.phrases.clause_subject`); no quote rather than Turkey's
        "“We expect that Turkey, as a friendly and important regional country, helps resolve the crisis "
        "diplomatically,” the top general noted.",
        [],
    ),
    (
        "a-dated-dateline-is-no-subject",
        # the parse took the dateline's place for the subject of "says"; since qggt46 the sentence is parsed
        # without the dateline (`accords.quotes.sentence_clauses`): the analyst as described, never Tehran
        "TEHRAN, Nov. 3 (MNA) – A geopolitical analyst says the new corridor will change the balance of power in the "
        "South Caucasus. “Turkey wants to use the corridor to reach Central Asia,” he told Mehr.",
        [(False, "geopolitical analyst", "the new corridor"), (True, "geopolitical analyst", "Turkey wants")],
    ),
    (
        "a-statement-after-an-agency-dateline",
        "GENEVA (Reuters) – The United Nations refugee agency on Friday called for more funding for Afghan refugees in "
        "Iran. “Iran hosts one of the largest refugee populations in the world and needs the support of the "
        "international community,” the statement said.",
        [(True, "United Nations", "Iran hosts")],
    ),
    (
        "a-question-before-the-speakers",
        "Q: Till now the U.S. has not been a trustworthy ally or partner for any of the country’s allies including "
        "Turkey. Will Americans be a trustworthy partner for Kurds, too? A: Absolutely no. In Syria, during the "
        "latest Afrin operation of Turkey, Americans said they have nothing to do with the area and accepted "
        "Turkish move against its so called close allies.",
        [(False, "Americans", "they have nothing to do")],
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_laughable_speakers(text, expected):
    assert_quotes(quotes_found(text), expected)


@pytest.mark.parametrize("text, start, question", [
    ("allies including Turkey. Will Americans be a trustworthy partner for Kurds, too? A: No.", 25, True),
    ("Q: Will Turkey’s operation affect Syria peace talks? A: Yes.", 3, True),
    ("Actor Will Smith said he would come. Will Smith come?", 6, False),
    ("Will Smith arrived on Monday. Nothing more was said?", 0, False),
], ids=["after-a-sentence", "after-an-interview-label", "a-given-name-mid-sentence", "a-statement-not-a-question"])
def test_opens_question(text, start, question):
    assert opens_question(text, start) is question


def test_a_question_auxiliary_is_no_given_name():
    text = "Will Americans be a trustworthy partner for Kurds, too? A: No. Americans said they had nothing to do with it."
    assert fullest(text, "Americans") == "Americans"
    assert fullest("Actor Will Smith said so. Smith added more.", "Smith") == "Will Smith"
