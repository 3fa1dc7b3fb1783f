"""An event whose own sentence names the two countries of a relationship ("relations ... between
Iran and Mali", "ties between Tehran and Baku") takes that pair, not the article's pair; "relations
between the two countries" said by a side outside the article's pair adds no third side
(`accords.events.pairrefs.own_relation`). A conflict between two countries is a topic, not the
sides ("border tensions between Armenia and Azerbaijan").

Sentences from Tehran Times (CC BY 4.0): tt_464983 (congratulations to Iran's new foreign
minister, in a report on Tajikistan's independence day), tt_474443, tt_485734, tt_407942 and
tt_414035 (corpus texts, cut after the sentence tested)."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES, events_with_sides, sides

pytestmark = pytest.mark.slow

_TAJIK = ("TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian has sent a congratulatory message to his Tajik "
          "counterpart Sirojiddin Muhriddin felicitating him on the anniversary of Tajikistan’s independence. "
          "In the message to his Tajik counterpart, the top Iranian diplomat expressed hope that the two countries will "
          "see the ever-increasing expansion of bilateral relations in political, economic and cultural fields in the "
          "near future. ")


def _with(text: str, kind: str) -> list[tuple[str, ...]]:
    return [found for type_, found, _status in events_with_sides(text, published="2021-09-09") if type_ == kind]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    pytest.param(_TAJIK + "Mali’s Foreign Minister Abdoulaye Diop has sent a message to Abdollahian to congratulate him "
                 "on his appointment as Iran’s top diplomat. Diop wished Abdollahian success in his post. He also said "
                 "he’s ready to help strengthen friendly relations and international cooperation between Iran and Mali.",
                 "AGREE", [("IRN", "MLI")], id="relations-between-iran-and-mali-not-the-article-pair"),
    pytest.param(_TAJIK + "Senegal’s Foreign Minister Aissata Tall Sall has in a message congratulated Abdollahian on "
                 "winning Parliament’s endorsement. The Senegalese foreign minister expressed her readiness to work "
                 "with Abdullahian to strengthen good and friendly relations between the two countries.",
                 "AGREE", [], id="between-the-two-countries-no-third-side"),
])
def test_own_relation(text, kind, expected):
    assert _with(text, kind) == expected


_ENERGY_474443 = (
    "TEHRAN- During a meeting between Iranian Energy Minister Ali-Akbar Mehrabian and Deputy Prime Minister of "
    "Azerbaijan Shahin Mustafayev in Baku on Wednesday, the two sides explored the ways for the expansion of ties between "
    "the two countries in the fields of water and electricity. “The agreement to synchronize the power grids of Iran, "
    "Russia and Republic of Azerbaijan is being studied, very good lines have also been established between Iran and "
    "Turkey and we had very good exchanges with this country, which is how we are also connected to the European power "
    "grid”, the Iranian minister stated. Mustafayev, for his part, referred to the meeting between the presidents of the "
    "two countries, and emphasized the importance of the development of relations between the two sides, adding that "
    "recent trips to Iran have been made in this direction.")
_SYRIA_485734 = (
    "TEHRAN- Ali-Asghar Khaji, a top advisor to the Iranian foreign minister, met on Monday in Damascus with Syrian "
    "President Bashar al-Assad. He said Iran is ready to play an effective role in pushing for the normalization of ties "
    "between Ankara and Damascus.")
_IRAQ_407942 = (
    "Turkish Foreign Minister Mevlüt Çavusoglu said on Tuesday that Turkey welcomes his Iranian counterpart Mohammad "
    "Javad Zarif’s statements proposing Iran can act as an arbitrator to mend ties between Turkey and Iraq.\nSpeaking at "
    "a Turkish school in Qatar during an official visit, Çavusoglu thanked Iran for taking positive steps to mend "
    "relations between Turkey and Iraq, Daily Sabah reported on Wednesday.")
_SCO_414035 = (
    "TEHRAN – The Chinese ambassador to Tehran has said that contrary to “Western media rumors”, Beijing has never been "
    "opposed to Iran’s membership in the Shanghai Cooperation Organization, endorsing Tehran’s efforts to join the "
    "security bloc. Relations between Iran and Tajikistan came under strain in December 2015 as Iran officially invited "
    "Muhiddin Kabiri, leader of the Islamic Revival Party, to attend the International Islamic Unity Conference in Tehran.")


def _sides_at(text: str, words: str) -> list[tuple[str, ...]]:
    """The sides of each event whose evidence holds `words`."""
    at = text.index(words)
    extraction = accords.extract(text, published="2021-09-09", stages=STAGES)
    return [sides(event) for event in extraction.events
            if any(span.start <= at < span.end for span in event.evidence)]


@pytest.mark.parametrize(("text", "words", "expected"), [
    pytest.param(_ENERGY_474443, "Mustafayev, for his part", [("AZE", "IRN")],
                 id="the-two-sides-a-side-outside-the-pair-named-before-and-iran"),
    pytest.param(_SYRIA_485734, "He said Iran is ready", [("IRN", "SYR", "TUR")], id="go-between-keeps-its-side"),
    pytest.param(_IRAQ_407942, "Çavusoglu thanked Iran", [("IRN", "TUR")], id="thanked-a-third-side-not-the-pair-related"),
    pytest.param(_SCO_414035, "Relations between Iran and Tajikistan", [("IRN", "TJK")],
                 id="relations-between-named-pair-not-the-article-pair"),
])
def test_own_relation_at(text, words, expected):
    assert _sides_at(text, words) == expected
