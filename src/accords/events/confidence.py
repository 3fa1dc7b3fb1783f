"""Event confidence: the share of events like this one that were right on gold.

An event's confidence is read from a table calibrated on the dev parts of the gold (every
outlet: Tehran Times, White House, web news; `bench/calibration.py` prints the reliability
table). Two things tell right events from wrong ones there, more than tense, dates or the
trigger's part of speech: how many of the event's sides the sentence itself names (a side
taken from the article's main pair, not from the sentence, is often wrong outside the outlet
the rules were written on), and the type (cooperative types are well covered by the rules,
conflictual ones less so). On tests/gold/dev (34 articles of three outlets; events matched
to optional gold left out; `bench/calibration.py --details`):

| sides the sentence names | types | confidence | right |
|---|---|---|---|
| two or more | CONSULT, SUPPORT, AGREE, COOPERATE | 0.85 | 52 of 64 (.81) |
| one (CONSULT), one or more (conflictual) | | 0.7 | 11 of 17 (.65) |
| two or more | AID | 0.5 | 0 of 1 |
| none (sides from the article's pair), or one (other cooperative) | | 0.3 | 6 of 23 (.26) |

Conflictual events, rare in this gold, are ranked like a CONSULT with one named side: the
PLOVER yardstick (one event record per sentence, `accords bench plover`) finds them the main
event of their sentence. On the test part the top band is less reliable (33 of 51, .65):
the calibration holds on the data it was fitted on, not yet across outlets.
"""

from __future__ import annotations

from accords.model import COOPERATIVE_TYPES

#: Version of the table (recorded in the docs and the changelog; the stage version covers it).
CALIBRATION = "dev-2026-12-04"

_COOPERATIVE = frozenset(COOPERATIVE_TYPES)


def event_confidence(type_: str, named_sides: int) -> float:
    """Confidence of an event of `type_` whose sentence names `named_sides` of its countries."""
    if named_sides >= 2:
        return 0.85 if type_ in _COOPERATIVE and type_ != "AID" else 0.5 if type_ == "AID" else 0.7
    if named_sides == 1:
        return 0.3 if type_ in _COOPERATIVE and type_ != "CONSULT" else 0.7
    return 0.3
