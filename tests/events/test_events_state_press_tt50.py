"""State press events an analyst would laugh at (thirty-second session, evtt50): a condemned killing or
attack whose author the sentence does not name accuses none of the states its phrase names, the victim's
state or the place it struck (`accords.events.stances.victims`). Sentences copied from the Tehran Times
corpus (tehrantimes_region_dev.jsonl) or gold articles, some shortened."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

_TT = "Tehran Times"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # tests/gold/articles/tt_409296
        "Iran strongly condemns the assassination of Russia’s ambassador to Turkey, Iranian Foreign Ministry said in a "
        "statement carried on its official website on Monday. Iran’s embassy in Turkey is open, the spokesman said.",
        [], id="assassination-of-ambassador-no-accusation"),
    pytest.param(  # tests/gold/articles/tt_481953
        "“We condemn the attack at the entrance of the embassy of our brotherly neighbor, the Republic of Azerbaijan,” "
        "Mohammad Jamshidi, a political aide to President Raisi, said. Iran and Azerbaijan are neighbors.",
        [], id="attack-at-embassy-no-accusation"),
    pytest.param("Iran condemned the U.S. assassination of General Qassem Soleimani in Baghdad.",
                 [("ACCUSE", ("IRN",), ("USA",))], id="named-author-accused"),
    pytest.param("Iran’s Foreign Minister Mohammad Javad Zarif has denounced the recent U.S. sanctions against Turkey.",
                 [("ACCUSE", ("IRN",), ("USA",))], id="named-measure-author-accused"),
])
def test_condemned_without_author(text, expected):
    assert [e for e in directed_events(text, source=_TT) if e[0] == "ACCUSE"] == expected


_ISMOILOV = (  # tests/gold/articles/tt_484551, shortened
    'Commenting on the recent visit by Uzbek Parliament Speaker Nurdinjon Ismoilov to Iran, Nouri said, '
    '“The level of cooperation between Iran and Uzbekistan is increasing.” Nouri added that many '
    'agreements have been signed between the two governments. Ismoilov arrived in Tehran late on Friday '
    'and met Saturday with his Iranian counterpart Mohammad Baqer Qalibaf. The Uzbek official met with '
    'President Ebrahim Raisi.')
_TURKMEN = (  # tests/gold/articles/tt_485345
    'TEHRAN – During the visit of a senior Turkmen politico-economic delegation to Tehran, senior '
    'officials from the two countries met to explore avenues of mutual cooperation in a variety of areas. '
    "The Turkmen delegation, headed by Gurbanguly Berdimuhamedow, the chairman of the People's Council of "
    'Turkmenistan, arrived in the Iranian capital on Tuesday. As reported by the Iranian press, during '
    'his stay in Tehran Berdimuhamedow met and held talks with President Ebrahim Raisi, while his '
    'accompanying delegates also met with their Iranian counterparts to discuss ways of expanding ties, '
    'especially in the energy sector.')
_SECOND_MEETING = (  # tests/gold/articles/tt_459612, shortened
    "TEHRAN – Tehran and Dushanbe have agreed to establish a joint defensive and military committee, Iran’s Armed "
    "Forces Chief of Staff Mohammad Baqeri told reporters after a meeting with visiting Tajik Defense Minister Colonel "
    "General Sherali Mirzo on Thursday. Major General Mohammad Baqeri said the joint committee will draw the future of "
    "military and defense cooperation between the two countries, IRNA reported. After a meeting with General Baqeri, "
    "the Tajik defense minister met with his Iranian counterpart Brigadier General Amir Hatami for a second time "
    "during his stay in Tehran.")
_LAST_YEAR = (  # our own words
    'Uzbek Foreign Minister Bakhtiyor Saidov paid a visit to Tehran last year. Iran and Uzbekistan signed '
    'several documents. Saidov arrived in Tehran on Monday and met his Iranian counterpart Hossein Amir '
    'Abdollahian.')


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_ISMOILOV, [("CONSULT", ("UZB",), ("IRN",))] * 2, id="trip-told-then-first-meeting-one-visit"),
    pytest.param(_TURKMEN, [("CONSULT", ("IRN", "TKM"), ())], id="stay-meeting-with-others-clause-one-visit"),
    pytest.param(_LAST_YEAR, [("CONSULT", ("UZB",), ("IRN",))] * 2, id="last-year-visit-set-apart"),
    pytest.param(_SECOND_MEETING, [("CONSULT", ("IRN",), ("TJK",)), ("CONSULT", ("TJK",), ("IRN",))],
                 id="retold-meeting-then-another-in-one-sentence"),
])
def test_trip_and_its_first_meeting(text, expected):
    """A trip and the first meeting on it, told paragraphs apart by the same traveller or inside an
    unnamed summary, are one visit (`accords.events.reports.one_traveller`, `accords.events.dedup`)."""
    assert [e for e in directed_events(text, source=_TT) if e[0] == "CONSULT"] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # tests/gold/articles/tt_409836
        "TEHRAN – Tehran rejected on Friday recent remarks by the Turkish foreign minister on Iran’s role in Syria as "
        "“unconstructive,” saying it adds complexity into an already intricate situation.",
        [("ACCUSE", ("IRN",), ("TUR",))], id="rejected-remarks-criticism"),
    pytest.param(  # tests/gold/articles/tt_415839
        "TEHRAN – Iran’s embassy in Dushanbe issued a statement on Wednesday dismissing anti-Iran claims in a "
        "documentary aired by Tajikistan’s state television.",
        [("REJECT", ("IRN",), ())], id="dismissed-claims-denial"),
    pytest.param("Turkey rejected the U.S. proposal on Thursday.", [("REJECT", ("TUR",), ("USA",))],
                 id="rejected-proposal-refusal"),
])
def test_rejected_remarks(text, expected):
    """Rejecting or dismissing what another side's official said is criticism, the gold's ACCUSE
    (tests/gold/README.md, evtt48); rejecting claims or a proposal stays a REJECT (`accords.events.triggers`)."""
    assert [e for e in directed_events(text, source=_TT) if e[0] in ("ACCUSE", "REJECT")] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # tehrantimes_region_dev.jsonl, news 476767
        "“Tonight, in the historical city of Samarkand, I signed the memorandum of commitments of the Islamic Republic "
        "of Iran's permanent membership at the Shanghai Cooperation Organization, with the secretary-general,” Amir "
        "Abdollahian tweeted.", [("SUPPORT", ("IRN",), ("SCO",))], id="signed-with-secretary-general-venue-no-side"),
    pytest.param("Iranian Foreign Minister Hossein Amir Abdollahian met with officials in Tashkent on Friday.",
                 [("CONSULT", ("IRN",), ("UZB",))], id="met-officials-venue-host"),
])
def test_body_chief_met_abroad(text, expected):
    """The chief of an international body met or signed with in a city is none of the host's officials: the
    city is a venue, its country no side (`accords.events.venues.partner_elsewhere`)."""
    assert directed_events(text, source=_TT) == expected
