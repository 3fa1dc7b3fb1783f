"""Event confidence: the share of events like this one that were right on gold.

An event's confidence is read from a table calibrated on the dev parts of the gold (every
outlet: Tehran Times, White House, web news; `bench/calibration.py` prints the reliability
table). Three things tell right events from wrong ones there, none of them the outlet: how
many of the event's sides the sentence itself names (a side taken from the article's main
pair, not from the sentence, is often wrong), the strength of the trigger (a signing names a
document and its signatories; a meeting is often only mentioned; backing, welcoming and
intentions are often words, not acts), and whether the type is cooperative (conflictual
events are rare in the gold and mostly domestic where the rules find them). Refitted on
tests/gold/dev of 62 articles (events.v2 of 2026-12-04, events matched to optional gold left
out; `bench/calibration.py --details`):

| sides the sentence names | type | confidence | right on dev |
|---|---|---|---|
| two or more | SUPPORT by signing or ratifying | 0.85 | 13 of 15 (.87) |
| two or more | CONSULT | 0.7 | 25 of 35 (.71) |
| one | CONSULT | 0.65 | 10 of 15 (.67) |
| two or more | AGREE, COOPERATE, AID | 0.6 | 13 of 20 (.65) |
| two or more | SUPPORT otherwise (backing, welcoming) | 0.45 | 3 of 7 (.43) |
| none (sides from the article's pair) | cooperative | 0.4 | 20 of 44 (.45) |
| one | other cooperative | 0.3 | 4 of 14 (.29) |
| one or more | conflictual | 0.15 | 1 of 15 (.07) |

The table before this refit (two named sides 0.85 whatever the type) held 62 of 85 (.73) on
dev and 35 of 52 (.67) on test at >= 0.8 once the dev gold grew to three outlets.
"""

from __future__ import annotations

from accords.model import COOPERATIVE_TYPES

#: Version of the table (recorded in the docs and the changelog; the stage version covers it).
CALIBRATION = "dev62-2026-12-04"

_COOPERATIVE = frozenset(COOPERATIVE_TYPES)


def event_confidence(type_: str, named_sides: int, mode: str | None = None) -> float:
    """Confidence of an event of `type_` (and `mode`) whose sentence names `named_sides` of its
    countries."""
    if type_ not in _COOPERATIVE:
        return 0.15
    if named_sides >= 2:
        if type_ == "SUPPORT":
            return 0.85 if mode in ("sign", "ratify") else 0.45
        return 0.7 if type_ == "CONSULT" else 0.6
    if named_sides == 1:
        return 0.65 if type_ == "CONSULT" else 0.3
    return 0.4
