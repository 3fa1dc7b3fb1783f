"""Whose words "“…,” the statement said" are (quotes.v2, `accords.quotes.issuers`): the definite
noun refers back to the statement the text introduced last, and the speaker is whoever that
introduction names as issuing it ("according to a separate statement issued by the Iranian
Foreign Ministry", "The Iranian Foreign Ministry in a statement ..."), not the person the statement
tells of in the third person ("Zarif then pointed to ...") nor the body spoken of last ("Azerbaijan’s
Foreign Ministry said in a statement" two sentences before the separate statement); "the
ministry’s statement" is a ministry's. A joint statement names no single issuer. A body the
text describes by its office as the subject of "issued a statement" speaks as described; one
named after "a statement issued by" does not, since such a statement often relays another.

The texts are Tehran Times copy (CC BY 4.0; tt_457374 and tt_457556 shortened, tt_440945 up to its
fourth paragraph, the openings of tt_453210 and of a paragraph of tt_454359). Each case lists every direct quote found, in text order, as (direct, speaker
name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "statement-telling-of-a-minister-is-the-issuers",
        "TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif, who arrived in the Azerbaijani capital of Baku on "
        "Sunday evening, held meetings on Monday with the leaders of the Republic of Azerbaijan, including President "
        "Ilham Aliyev and Foreign Minister Jeyhun Bayramov. In his meeting with President Aliyev, the top Iranian "
        "diplomat congratulated the Republic of Azerbaijan’s people and government on the recent victories, according "
        "to a statement issued by the Iranian Foreign Ministry on Monday. “He also welcomed a six-party regional "
        "cooperation initiative proposed by the president of the Republic of Azerbaijan. Zarif then pointed to the "
        "successful visits that Azerbaijan’s Minister of Foreign Affairs paid to Iran, saying the mutual cooperation "
        "is ready to make a leap,” the statement said.",
        [(True, "Iranian Foreign Ministry", "He also welcomed")],
    ),
    (
        "separate-statement-is-not-the-body-that-spoke-before",
        "“It was noted that new opportunities for cooperation have been opened up in the region,” Azerbaijan’s "
        "Foreign Ministry said in a statement on Monday. Zarif also discussed the issue of transit routes with his "
        "Turkish counterpart Mevlut Cavusoglu in Istanbul on Friday morning, according to a separate statement "
        "issued by the Iranian Foreign Ministry. “He also discussed Iran-Turkey cooperation in the fields of "
        "transit, business and energy,” the statement said.",
        [(True, "Foreign Ministry", "It was noted"), (True, "Iranian Foreign Ministry", "He also discussed")],
    ),
    (
        "the-ministrys-statement-is-the-ministry-that-issued-one",
        "TEHRAN – The Iranian Foreign Ministry in a statement on Tuesday voiced Tehran’s strong opposition "
        "to any possible Turkish military aggression against Syria, warning that such a move will certainly "
        "exacerbate the security situation in the region.  The statement by the Foreign Ministry came immediately "
        "after Turkish Defense Ministry announced early on Tuesday that preparations for a military operation "
        "in northern Syria are complete. The ministry further hoped for restoration of peace and stability "
        "to Syria and the entire region and added that Tehran is closely pursuing reports with “concern” "
        "over Turkish forces’ possible deployment in Syria. The ministry further underlined that military "
        "aggression against Syria and deployment of Turkish forces in the northern part of the war-torn "
        "country will not allay Ankara’s security concerns. Instead, the ministry warned, such a move will "
        "inflict broad human losses and material damage to Syria and its people and that is why the Islamic "
        "Republic is firmly opposed to any military operation in Syria.  “Iran is ready to mediate via holding "
        "urgent contacts with senior Turkish and Syrian officials to meet existing concerns through peaceful "
        "and diplomatic ways. Tehran believes that Syria’s integrity and national sovereignty should be "
        "respected and reiterates that the Adana Pact enjoys suitable basis for resumption of such mediating "
        "talks,” the ministry’s statement read.  ",
        [(True, "Iranian Foreign Ministry", "Iran is ready to mediate")],
    ),
    (
        "body-described-by-its-office-issued-the-statement",
        "TEHRAN – The Iranian embassy in Baku has issued a statement on Sunday deploring civilian casualties in the "
        "clashes between the two neighboring countries of Azerbaijan and Armenia. “The office of the Republic of "
        "Azerbaijan’ prosecutor general reported that as of the morning of October 3, 19 innocent people have been "
        "killed, 63 wounded and 44 civilian places and facilities, as well as 181 houses, have been destroyed,” the "
        "statement said on Sunday. ",
        [(True, "Iranian embassy in Baku", "The office of the Republic")],
    ),
    (
        "statement-issued-by-a-described-body-relays-the-speaker",
        "Hajiyev spoke by phone with the Iranian ambassador to Azerbaijan, Seyed Abbas Araghchi, hours after the "
        "remarks of the MP went viral on social media platforms in Iran. Hajiyev told the ambassador that Maharramov "
        "has been admonished for his remarks, according to a statement issued by the Iranian embassy in Baku. “This "
        "person has received serious and necessary admonition and the position of the Republic of Azerbaijan is to "
        "appreciate the sincere and just support and positions of the friend, brother, and neighbor of the Islamic "
        "Republic of Iran in the crisis and the Karabakh war,” the statement said. ",
        [(True, "Hajiyev", "This person has received")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_statement_issuer(text, expected):
    assert_quotes([q for q in quotes_found(text) if q[0]], expected)
