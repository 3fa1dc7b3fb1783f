"""How sure a figure is: the share of figures of its kind that the gold confirms.

A figure's value and unit are read from its own words and are seldom wrong; what goes wrong is
whose figure it is and what kind of figure it is. Measured with the rules of bff4436 (the
`accords eval` matching: subjects, unit and value within 1 %), share of extracted figures right:

| kind                          | dev gold (128 files) | fresh dev, blind (11 files) | test (report only) |
|-------------------------------|----------------------|-----------------------------|--------------------|
| actual, estimate or target    | .87 (400)            | .80 (87)                    | .86 (83)           |
| forecast                      | .69 (26)             | .33 (3)                     | .57 (14)           |

"Fresh dev" are the seventh session's figure files, scored with that session's starting code
(fc7e38f), before any rule was written on them: the honest rate on unseen text. A forecast is
right less often (its subjects are often the market or the region a forecast is about, and
its kind is mistaken for an actual figure's). A figure with no subject keeps the lowest
confidence: nobody can tell whose it is. The table was set on dev and fresh dev; the test
parts were only measured (docs/confidence.md, "Figures").

A government's own text (a White House fact sheet or joint statement: `knowledge.government_outlet`)
states many figures of many sides, and whose each is goes wrong more often: with the rules of 9245820
(eleventh session), figures right at 0.8 in White House texts: dev .75 (385), fresh dev blind .62
(60, eleventh session's files, code 0dea649), test .83 (6). Their figures other than forecasts are
given 0.7 (`OFFICIAL`); forecasts were right .69 (29) on dev and keep 0.6.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Confidence of a figure with at least one subject, by kind.
BY_KIND = {"actual": 0.8, "estimate": 0.8, "target": 0.8, "forecast": 0.6}
#: ... in a government's own text.
OFFICIAL = {"actual": 0.7, "estimate": 0.7, "target": 0.7, "forecast": 0.6}
#: Confidence of a figure whose subject the text does not give.
NO_SUBJECT = 0.5


def figure_confidence(kind: str, subjects: Sequence[str], *, official: bool = False) -> float:
    """The confidence of a figure of `kind` with `subjects`, `official` in a government's own text
    (see the module's table)."""
    if not subjects:
        return NO_SUBJECT
    table = OFFICIAL if official else BY_KIND
    return table.get(kind, table["actual"])
