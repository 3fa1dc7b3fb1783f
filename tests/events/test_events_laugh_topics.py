"""Sides a blind audit of unannotated texts found laughable (thirty-first session, laugh48).

Each row is one sentence (with the text before it) and the events found in that sentence, as
(type, actors, recipients). Texts: Tehran Times (CC BY 4.0) and White House readouts (public
domain), some cut.

1. A country a phrase is about ("the Astana process *concerning Syria*") is no party to the
   meeting; and when the only meeting told names one side ("held in Tehran"), "They" stands for
   those who last acted together (the three presidents), not for Iran and Syria, the state whose
   sovereignty the joint statement upholds.
2. A subject or object of none denies the act: "nothing is agreed until everything is resolved",
   "reached no agreement" are no agreements (status denied, not listed).
"""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES, directed_events_in

_WH = "The White House"
_TT = "Tehran Times"

_SUMMIT = ("TEHRAN— In the summit of the guarantors for the Astana process concerning Syria held in Tehran late on "
           "Tuesday ended on a positive note\n")
_GATHERED = ("The presidents of Iran, the Russian Federation and Turkey gathered in Tehran on Tuesday to participate in "
             "the tripartite meeting within the framework of the Astana process. ")
_SOVEREIGNTY = ("They emphasized their unbreakable commitment to the sovereignty, independence, unity and territorial "
                "integrity of the Syrian Arab Republic.")
_CONDEMNED = "They also condemned the continuation of the Zionist regime's military attacks on Syria."


#: The date the rows' texts are read at.
_PUBLISHED = "2022-07-20"


@pytest.mark.slow
@pytest.mark.parametrize(("before", "sentence", "source", "expected"), [
    # 1. the topic of a meeting noun is no side; "They" after a one-sided meeting: who last acted together
    pytest.param("", _SUMMIT, _TT, [("CONSULT", ("IRN",), ())], id="process-concerning-a-country"),  # the host alone
    pytest.param(_SUMMIT + _GATHERED, _SOVEREIGNTY, _TT, [("SUPPORT", ("IRN", "RUS", "TUR"), ("SYR",))],
                 id="they-after-one-sided-meeting"),
    pytest.param(_SUMMIT + _GATHERED, _CONDEMNED, _TT, [("ACCUSE", ("IRN", "RUS", "TUR"), ("ISR",))],
                 id="they-condemned-after-one-sided-meeting"),
    # kept: "They" after a meeting of two or more is still those who met
    pytest.param("President Biden met with European Commission President Ursula von der Leyen today. ",
                 "They welcomed the revitalization of U.S.-EU ties.", _WH, [("SUPPORT", ("EU", "USA"), ())],
                 id="they-after-a-meeting-of-two"),
])
def test_laugh_topics(before, sentence, source, expected):
    assert directed_events_in(before, sentence, _PUBLISHED, source=source) == expected


_BRIEFED = ("TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian on Wednesday briefed his Turkish counterpart "
            "Mevlut Cavusoglu on the Vienna talks intended to lift sanctions on Iran. ")


@pytest.mark.slow
@pytest.mark.parametrize(("before", "sentence", "expected"), [
    pytest.param(_BRIEFED, "Iran has been insisting that nothing is agreed until everything is resolved.",
                 [("AGREE", "denied")], id="nothing-is-agreed"),
    pytest.param("Iran and Turkey held talks on Monday. ", "The two sides reached no agreement on the price of gas.",
                 [("AGREE", "denied")], id="reached-no-agreement"),
    pytest.param("Iran and Turkey held talks on Monday. ", "They signed an agreement on trade.",
                 [("SUPPORT", "occurred")], id="kept-signed-an-agreement"),
])
def test_none_denies(before, sentence, expected):
    extraction = accords.extract(before + sentence, published="2022-08-10", source=_TT, stages=STAGES)
    assert [(e.type, e.status) for e in extraction.events if e.evidence and e.evidence[0].start >= len(before)] == expected
