"""events.v2: aides of a named office and visits named as a frame, in the state press (twenty-fifth session, evtt36).

The fresh Tehran Times dev files of evtt36 showed two causes of false events. A person introduced as
serving an office ("Ali Asghar Khaji, senior advisor to the Iranian foreign minister") had no country, so
his meetings took the countries he met as both sides (`accords.entities.people._principal_country`). And a
visit already told, named again as the frame of another act ("Prior to his visit to Azerbaijan, the
Iranian president visited Turkmenistan", "the Turkish minister's visit to Iran is a preparatory measure for
...") was one more visit (`accords.events.referrals.FRAMED_VISIT`, `accords.events.dedup`).

Tehran Times sentences (tehrantimes.com, news ids 485784, 422267, 409112; Tehran Times, CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/, via ../shared/corpora/tehrantimes-region) and a White House
statement (public domain); the other must-still-fire cases were written for this test in the same constructions.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

_KHAJI_IN_DAMASCUS = (
    "TEHRAN – A senior Russian diplomat has said that officials from Iran, Syria, Russia and Turkey will "
    "convene a meeting in Astana to discuss issues related to normalization of relations between Ankara "
    "and Damascus.  Mikhail Bogdanov, the Russian President’s Special Presidential Envoy for the Middle "
    "East and Africa, said the meeting will be held on June 21 at the level of deputy foreign ministers "
    "of the mentioned countries, according to TASS.  \"A large Russian delegation is going to Astana. On "
    "June 21, there will be a meeting of deputy foreign ministers [of Russia, Iran, Turkey, Syria],\" "
    "Bogdanov said on Wednesday. Bogdanov also said that the deputy foreign ministers of the four "
    "countries have readied a draft roadmap for normalization of relations between Ankara and Damascus.  "
    "The draft roadmap for normalizing relations between Ankara and Damascus, proposed by Moscow, is now "
    "ready, he said. \"The Russian draft of a roadmap is now ready. Our next task is to discuss it with "
    "our partners and progress further in this work. Hopefully, the Astana meeting will enable us to make "
    "major progress,\" said Bogdanov At a Moscow meeting on May 10, the foreign ministers of Russia, Iran, "
    "Syria and Turkey agreed to instruct their deputies to prepare a roadmap on streamlining relations "
    "between Damascus and Ankara. The roadmap is aimed at spearheading efforts toward a normalization "
    "between the two countries, according to TASS.  Ali-Asghar Khaji, a top advisor to the Iranian "
    "foreign minister, met on Monday in Damascus with Syrian President Bashar al-Assad ahead of the "
    "Astana meeting.  Khaji also met Ayman Sosan, Syria’s deputy foreign minister."
)
_TRIPS = (
    "TEHRAN – In late March President Hassan Rouhani made trips to the Republic of Azerbaijan and "
    "Turkmenistan.\nDuring his visit to Baku on March 28, Iran and Azerbaijan signed eight cooperation "
    "documents and memoranda of understanding (MOUs).   The agreements, signed at the presence of Rouhani "
    "and Azeri President Ilham Aliyev, included cooperation in family and women’s affairs, youth and "
    "sport, cultural interchange, health, oil, industry, economy, and joint ventures for constructing "
    "Rasht-Astara Railway. During a joint press conference with Aliyev, Rouhani said the cooperation "
    "agreements would benefit not only the two countries but also the entire region and the wider world. "
    "For his part, the Azeri president called for expansion of economic and trade ties between the two "
    "neighbors.   Prior to his visit to Azerbaijan, the Iranian president visited Turkmenistan on March "
    "27, holding talks with his Turkmen counterpart Gurbanguly Berdimuhamedow."
)
_CONFERRED = ("TEHRAN- Turkish Transport Minister Ahmet Arslan conferred on expansion of transport and communication ties "
              "with Iranian Transport Minister Abbas Akhoundi and Communication Minister Mahmoud Vaezi in Tehran on "
              "Tuesday. ")

_SULLIVAN_SUH = (
    "National Security Advisor Jake Sullivan met today with the Republic of\nKorea (ROK) National Security Advisor Suh "
    "Hoon, and both emphasized the\nimportant role of the U.S.-ROK alliance as the linchpin of peace,\nprosperity and "
    "security in northeast Asia and the broader Indo-Pacific.\nMr. Sullivan and Mr. Suh held detailed discussions on the "
    "current\nsecurity situation in the region and called on the DPRK to enter into\nserious and sustained diplomacy "
    "towards the complete denuclearization of\nthe Korean Peninsula. Mr. Sullivan stressed the need for the DPRK to\n"
    "refrain from escalatory actions and also reaffirmed U.S. support for\ninter-Korean dialogue and cooperation. They "
    "acknowledged the important\nsteps taken to broaden and expand the U.S.-ROK relationship following\nPresident Moon’s "
    "visit to Washington in May, and committed to deepening\ncooperation in critical areas such as advanced technology, "
    "secure and\ntrustworthy 5G, resilient supply chains, and global health."
)

CASES = [
    # an aide of an office is the office's country's
    ("advisor-met-deputy-minister",  # tt_485784, to the meeting with Sosan
     _KHAJI_IN_DAMASCUS,
     "CONSULT", [("CONSULT", ("RUS", "SYR"), "occurred"), ("CONSULT", ("IRN", "SYR"), "occurred"),
                 ("CONSULT", ("IRN", "SYR"), "occurred")]),
    # a visit named as a frame is the visit told
    ("prior-to-his-visit",  # tt_422267, to the Turkmen talks
     _TRIPS,
     "CONSULT", [("CONSULT", ("AZE", "IRN"), "occurred"), ("CONSULT", ("IRN", "TKM"), "occurred")]),
    ("ministers-visit-is-a-measure",  # tt_409112
     _CONFERRED + "Vaezi also informed that Iranian Vice President Es’haq Jahangiri will pay a visit to Turkey in near "
     "future saying that the Turkish minister’s visit to Iran is a preparatory measure for Jahangiri’s trip to Turkey.",
     "CONSULT", [("CONSULT", ("IRN", "TUR"), "occurred")]),
    # must still fire: an aide's meeting alone; a framed visit told first; a frame set apart
    ("advisor-met-president",
     "Ali-Asghar Khaji, a top advisor to the Iranian foreign minister, met on Monday in Damascus with Syrian President "
     "Bashar al-Assad ahead of the Astana meeting.",
     "CONSULT", [("CONSULT", ("IRN", "SYR"), "occurred")]),
    ("framed-visit-told-first",
     "During his visit to Moscow, Iranian President Ebrahim Raisi met Russian President Vladimir Putin.",
     "CONSULT", [("CONSULT", ("IRN", "RUS"), "occurred")]),
    ("visit-followed-stays",  # White House statement, 2021-10-12 (public domain), published date given
     _SULLIVAN_SUH,
     "CONSULT", [("CONSULT", ("KOR", "USA"), "occurred")] * 2),  # the meeting (told twice: one event), Moon's visit
    ("previous-visit-set-apart",
     _CONFERRED + "During his previous visit to Iran in 2016, Arslan visited the port of Chabahar.",
     "CONSULT", [("CONSULT", ("IRN", "TUR"), "occurred"), ("CONSULT", ("IRN", "TUR"), "occurred")]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_state_press_aides_and_framed_visits(text, kind, expected):
    published = "2021-10-12" if text is _SULLIVAN_SUH else None
    assert [event for event in events_with_sides(text, published) if event[0] == kind] == expected
