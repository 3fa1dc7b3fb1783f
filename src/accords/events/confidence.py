"""Event confidence: the share of events like this one that were right on gold.

An event's confidence is read from a table calibrated on the dev parts of the gold (every
outlet: Tehran Times, White House, web news; `bench/calibration.py` prints the reliability
table). Two things tell right events from wrong ones there, more than tense, dates or the
trigger's part of speech: how many of the event's sides the sentence itself names (a side
taken from the article's main pair, not from the sentence, is often wrong outside the outlet
the rules were written on), and the type (cooperative types are well covered by the rules,
conflictual ones less so). Shares on tests/gold/dev (events matched to optional gold left out):

| sides the sentence names | types | right |
|---|---|---|
| two or more | CONSULT, SUPPORT, AGREE, COOPERATE | 49 of 57 (.86) |
| two or more | AID | 0 of 1 |
| two or more | conflictual | 1 of 3 (and the main event of most PLOVER records) |
| one | CONSULT | 9 of 11 (.82) |
| one | conflictual | 0 of 3 (PLOVER records: their main event) |
| one | SUPPORT, AGREE, COOPERATE, AID | 0 of 2 |
| none (sides from the article's pair) | any | 7 of 23 (.30) |

The values below are those shares shrunk toward the middle where the counts are small, so
that "at confidence >= 0.8, at least 80 % right" (DESIGN.md) holds with a margin; conflictual
events, rare in this gold, are ranked like CONSULT, as the PLOVER yardstick (one event record
per sentence, `accords bench plover`) finds them the main event of their sentence.
"""

from __future__ import annotations

#: Version of the table (recorded in the docs and the changelog; the stage version covers it).
CALIBRATION = "dev-2026-12-04"

_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID"})


def event_confidence(type_: str, named_sides: int) -> float:
    """Confidence of an event of `type_` whose sentence names `named_sides` of its countries."""
    if named_sides >= 2:
        return 0.5 if type_ == "AID" else 0.85
    if named_sides == 1:
        return 0.3 if type_ in _COOPERATIVE and type_ != "CONSULT" else 0.7
    return 0.3
