"""Sides a blind audit of unannotated texts found laughable (twenty-third session, prec33).

Each row is one sentence (with the text before it that sets the article's pair) and the events
found in that sentence, as (type, actors, recipients). Texts: White House statements and
readouts of 2021-2022 (public domain) and Tehran Times (CC BY 4.0), some cut.
"""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events_in

_WH = "The White House"
_TT = "Tehran Times"

_NATO = ("Today I met with fellow leaders from our NATO Allies to discuss our shared commitment to collective defense "
         "and Transatlantic security. ")
_ZELENSKYY = "Immediately after the NATO Summit, I spoke with President Zelenskyy of Ukraine."
_COMMENDED = ("Immediately after the NATO Summit, I spoke with President Zelenskyy of Ukraine. I commended the brave "
              "actions of the Ukrainian people who were fighting to defend their country.")
_REED = ("President Biden met today with Joey and Paula Reed, the parents of Trevor Reed, who is wrongfully detained "
         "in Russia.")
_CONTACT = ("The President’s national security team will remain in regular contact with the Reeds, the Whelan family, "
            "and other families of Americans held hostage or wrongfully detained abroad.")
_KISHIDA = ("President Joseph R. Biden, Jr. met with Prime Minister Kishida Fumio of Japan today, to advance cooperation "
            "on a range of bilateral, regional, and global issues. ")
_COMMITTED = ("The two leaders committed to work closely together to address security challenges, including the "
              "Democratic People’s Republic of Korea’s (DPRK) nuclear and ballistic missile programs and China’s "
              "increasingly coercive behavior that runs counter to international law.")
_XINJIANG = ("The United States is taking action against the People’s Republic of China (PRC) for its forced labor "
             "practices in Xinjiang. ")
_SUPPORTING = ("This includes maintaining support for the development of transparent and diverse clean energy supply "
               "chains at home free of forced labor — and supporting President Biden’s commitment to bold climate "
               "action.")
_IDLIB = ("Putin convinced the Syrian president to accept the Sochi agreement. Russia is a major ally of Syrian "
          "President Bashar al-Assad. Russia and Syria want Idlib back. ")
_SUMMIT = ("Earlier, the leaders of Turkey, Russia, France and Germany met at a summit hosting by Ankara to try to find "
           "a political solution to Syria’s devastating civil war.")
_ZARIF = ("TEHRAN - As the Syrian army is tightening the noose around militants in the northern province of Aleppo, "
          "Iranian Foreign Minister Mohammad Javad Zarif said on Friday that Iran, Russia, and Turkey, as three key "
          "powerbrokers, should engage in dialogue to contend with regional challenges.  Zarif made the remarks during "
          "a joint press conference with his Turkish counterpart Mevlut Cavusoglu in Ankara.\n")
_BAKU = ("The one-day visit to Turkey of the senior Iranian diplomat comes weeks after the July abortive coup in Turkey "
         "and the meeting between Iranian and Russian presidents in Baku.")
_ASTANA = ("An Iranian diplomatic delegation arrived in the Kazakh city of Astana on Tuesday morning ahead of the "
           "fourth round of negotiations in pursuit of peace in Syria. Led by Deputy Foreign Minister Hossein Jaberi "
           "Ansari, the Iranian team took part in the expert talks on Tuesday. ")
_ROUND = ("Meanwhile, the main round of negotiations between the Syrian government and militant groups will be held on "
          "May 3 and 4.")


#: The date the rows' texts are read at.
_PUBLISHED = "2023-09-17"


@pytest.mark.slow
@pytest.mark.parametrize(("before", "sentence", "source", "expected"), [
    # 1. "I" of a government's own statement is its home country, not the article's pair
    pytest.param(_NATO, _ZELENSKYY, _WH, [("CONSULT", ("USA",), ("UKR",))], id="i-of-white-house-statement"),
    pytest.param(_NATO, _COMMENDED, _WH, [("CONSULT", ("USA",), ("UKR",)), ("SUPPORT", ("USA",), ("UKR",))],
                 id="i-commended"),
    pytest.param("", _ZELENSKYY, _TT, [("CONSULT", ("NATO",), ("UKR",))], id="i-of-a-news-outlet-is-no-state"),
    pytest.param("PRESIDENT MACRON:  Thank you.\n\n", "PRESIDENT MACRON:  " + _ZELENSKYY, _WH,
                 [("CONSULT", ("NATO",), ("UKR",))], id="i-of-a-transcript-is-its-speaker"),
    # 2. private people met, or captives described, are no side
    pytest.param("", _REED, _WH, [], id="parents-met"),
    pytest.param("", "President Biden met today with Ilham Aliyev, the President of Azerbaijan.", _WH,
                 [("CONSULT", ("USA",), ("AZE",))], id="head-of-state-in-apposition"),
    pytest.param("", _CONTACT, _WH, [], id="captives-held-hostage"),
    pytest.param("", "Two Iranian diplomats were detained by Turkish police.", _TT,
                 [("COERCE", ("TUR",), ("IRN",))], id="detained-by-police"),
    # 3. what is confronted is no party to what is agreed
    pytest.param(_KISHIDA, _COMMITTED, _WH, [("AGREE", ("JPN", "USA"), ())], id="target-of-commitment"),
    # 4. a government backing its own leader is no act of the article's other side
    pytest.param(_XINJIANG, _SUPPORTING, _WH, [], id="home-backs-its-own-leader"),
    # 5. a pair inside a list, a governing subject or the article's pair added to a "between" meeting
    pytest.param(_IDLIB, _SUMMIT, _TT, [("CONSULT", ("DEU", "FRA", "RUS", "TUR"), ()),
                                        ("CONSULT", ("DEU", "FRA", "RUS", "TUR"), ("SYR",))], id="pair-inside-a-list"),
    pytest.param(_ZARIF, _BAKU, _TT, [("CONSULT", ("IRN", "TUR"), ()), ("CONSULT", ("IRN", "RUS"), ())],
                 id="between-meeting-governed"),
    pytest.param(_ASTANA, _ROUND, _TT, [], id="between-government-and-groups"),
    # kept: the pair named as two alone, a "between" phrase of a clause inside, a subject that backs
    pytest.param("", "TEHRAN – Iran and Turkey announced on Wednesday they have agreed on an arrangement to provide "
                 "humanitarian aid to Syria, after the U.S.-Russian brokered ceasefire failed after one week.", _TT,
                 [("AGREE", ("IRN", "TUR"), ())], id="pair-named-alone-among-others"),
    pytest.param("National Security Advisor Jake Sullivan met on September 16-17 with Chinese Communist Party Politburo "
                 "Member, Director of the Office of the Foreign Affairs Commission, and Foreign Minister Wang Yi in "
                 "Malta.  This meeting was part of ongoing efforts to maintain open lines of communication and "
                 "responsibly manage the relationship.  ",
                 "The two sides had candid, substantive, and constructive discussions, building on the engagements "
                 "between President Biden and President Xi in Bali, Indonesia in November 2022.", _WH,
                 [("CONSULT", ("CHN", "USA"), ())], id="between-phrase-of-a-clause-inside"),
    pytest.param("President Biden met with European Commission President Ursula von der Leyen today. ",
                 "They welcomed the revitalization of U.S.-EU ties.", _WH, [("SUPPORT", ("EU", "USA"), ())],
                 id="subject-backs-home-ties"),
])
def test_audit_sides(before, sentence, source, expected):
    assert directed_events_in(before, sentence, _PUBLISHED, source=source) == expected
