"""Speakers the Tehran Times register names once and then by office, surname or pronoun (quotes.v2, issue 14).

- "The spokeswoman said" after "Russian Foreign Ministry spokeswoman Maria Zakharova" (the office
  word alone, definite) is the person spoken of lately who holds it, before the organisation named
  last (`accords.quotes.holders.bare_office_holder`); "a Health Canada spokeswoman ... the
  spokeswoman added" stays that organisation's voice.
- "The Foreign Ministry official added" after the Foreign Ministry's spokesman spoke is that
  spokesman: "official" is any office of the organisation whose words the phrase holds
  (`accords.quotes.holders.holder_named_before`).
- "Mekdad" after "Faisal al-Mekdad" is that person: a surname written with the Arabic article
  is also read without it (`accords.quotes.speakers.People._surnames`).
- Words in marks with no verb of their own after a sentence of reported speech ("Mohammad
  Farazmand said that Iran welcomes …" | "“Tehran supports …”") are that sentence's speaker's,
  also where the parse gave the reported clause no clause of its own and the reported speech
  was read from the words (`accords.stages.quotes`: the sentence's reported speaker is the last source).
- A name the entity stage typed as an organisation is a person's when an office set off by a
  comma follows it, with or without a determiner ("Omid Nouri, Professor in urban
  horticulture,"): `accords.quotes.persons.organisations_called_who`.

The pipeline cases are Tehran Times text (tt_454853, tt_453246, tt_467349 twice, tt_455553, tt_421867,
CC BY 4.0), cut short; the organisation's-voice case is written for this test. On the code before
these rules Zakharova's and the spokesman's quotes went to "Iranian Foreign Ministry
spokeswoman/spokesman", Mekdad's to Ghalibaf, Farazmand's was lost and Nouri's went to Najafi.
Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from accords.quotes.persons import office_after
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "the-spokeswoman-is-the-holder-spoken-of-lately",
        "“The Islamic Republic of Iran also declares its readiness to assist in the deployment of peacekeeping "
        "forces,” the Iranian Foreign Ministry said. Russian Foreign Ministry spokeswoman Maria Zakharova also "
        "provided some details about Zarif’s upcoming visit to Russia. Speaking at a press conference on Thursday, "
        "the spokeswoman said, “The sides are expected to continue the exchange of views on a range of the most "
        "relevant international issues.”",
        [(True, "Iranian Foreign Ministry", "The Islamic Republic"), (True, "Maria Zakharova", "The sides")],
    ),
    (
        "the-spokesman-after-a-pronoun-is-the-named-spokesman",
        "TEHRAN – Iran has prepared an initiative to help resolve the conflict, according to Saeed Khatibzadeh, the "
        "spokesman for the Iranian Foreign Ministry. “Iran has prepared a detailed plan,” Khatibzadeh said in his "
        "weekly press conference on Monday. He said Iran is in contact with all sides. The spokesman pointed out, "
        "“Iran is one of the few players that enjoys good relations with the two warring sides.”",
        [(False, "Saeed Khatibzadeh", "Iran has prepared an"), (True, "Saeed Khatibzadeh", "Iran has prepared a"),
         (False, "Saeed Khatibzadeh", "Iran is in contact"), (True, "Saeed Khatibzadeh", "Iran is one")],
    ),
    (
        "an-organisations-spokeswoman-goes-on-speaking",
        "A spokeswoman for Health Canada said the agency was reviewing the findings. Health Minister Ann Ho "
        "visited the lab on Monday. “We will publish the data next week,” the spokeswoman added.",
        [(False, "Health Canada spokeswoman", "the agency"), (True, "Health Canada spokeswoman", "We will")],
    ),
    (
        "the-ministrys-official-is-its-spokesman",
        "Speaking at his weekly press briefing, Iranian Foreign Ministry spokesman Saeed Khatibzadeh said tensions "
        "between Iran and Azerbaijan are over. “Good news is on the way regarding Iran-Azerbaijan,” the Foreign "
        "Ministry official added.",
        [(False, "Saeed Khatibzadeh", "tensions"), (True, "Saeed Khatibzadeh", "Good news")],
    ),
    (
        "a-surname-without-its-arabic-article",
        "Mekdad also met with Majlis Speaker Mohammad Bagher Ghalibaf, who had talks with Syrian Foreign Minister "
        "Faisal al-Mekdad. “As long as the occupying regime is present, there will be no sustainable security in the "
        "region,” Ghalibaf said. For his part, Mekdad expressed his condolences over the assassination. “The "
        "assassination once again exposed the true face of the Zionist regime,” he said.",
        [(True, "Mohammad Bagher Ghalibaf", "As long as"), (True, "Faisal al-Mekdad", "The assassination")],
    ),
    (
        "an-office-after-a-comma-without-determiner",
        "Planting tree while growing Sabzeh or not? Recently Tehran Mayor Mohammad Ali Najafi has called on T"
        "ehrani citizens to plant a tree while they are growing sabzeh for their Haft Seen. He said that Tehr"
        "aners who don’t have yard to transplant the tree can transfer their plant to 12 hectare greenbelt, w"
        "hich was established by the Tehran Municipality and will be inaugurated in coming days. However, Omi"
        "d Nouri, Professor in urban & environmental horticulture, does not agree with this idea. “At first, "
        "each region in Tehran has its own ecological condition hence specific plant species can grow in that"
        " area and it is not suitable for all plants,” he told ISNA news agency. “Planting saplings without a"
        "ny studies wastes resources and has environmental harms for Tehran,” he added. He proposed that Tehr"
        "an Municipality provide some specific saplings and ask citizens to plant them instead. SB/MQ/MG",
        [(False, "Mohammad Ali Najafi", "Tehraners"), (True, "Omid Nouri", "At first"), (True, "Omid Nouri", "Planting")],
    ),
    (
        "words-in-marks-after-reported-speech-are-its-speakers",
        "TEHRAN — In an article published on Tuesday, Iranian Ambassador to Ankara Mohammad Farazmand said th"
        "at Iran welcomes Turkey’s proposed 3+3 format to solve conflicts in the South Caucasus.\n\"Tehran supp"
        "orts the proposal of Turkish President Recep Tayyip Erdogan in November 2020 to establish a regional"
        " cooperation mechanism in the South Caucasus with the participation of Azerbaijan, Armenia and Georg"
        "ia as three countries in the region and also with the presence of Turkey, Iran and Russia in the for"
        "m of 3+3.\"",
        [(False, "Mohammad Farazmand", "Iran welcomes"), (True, "Mohammad Farazmand", "Tehran supports")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_holder_named_lately(text, expected):
    assert_quotes(quotes_found(text), expected)


OFFICES_AFTER = [
    ("capitalised-office-in-a-field", "However, Omid Nouri, Professor in urban & environmental horticulture, does", True),
    ("capitalised-office-closed", "met with Omid Nouri, Professor, on Sunday", True),
    ("no-office-after-the-comma", "met with Omid Nouri, Tehran's mayor and others", False),
    ("a-place-is-no-field", "met with Omid Nouri, Professor Ali Reza and others", False),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OFFICES_AFTER], ids=[c[0] for c in OFFICES_AFTER])
def test_office_after_without_determiner(text, expected):
    assert office_after(text, text.index(",", text.index("Nouri"))) is expected
