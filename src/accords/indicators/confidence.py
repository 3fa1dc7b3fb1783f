"""How sure a figure is: the share of figures like it that are right on text no rule was written on.

A figure's value and unit are read from its own words and are seldom wrong; what goes wrong is
whose figure it is. How many subjects the figure has, and whether the text is a government's
own (a White House fact sheet or joint statement: `knowledge.government_outlet`), tell apart
how often it is right; its kind (a forecast or an actual figure) no longer does once these two
are known.

The table is set on honest labels (sixteenth session, `bench/figure_calibration.py --fresh`):
the dev files each session added before writing its rules, run with the code of that session's
start, which never saw them (eight sessions, ninth to sixteenth, 682 figures; the `accords eval`
matching: subjects, unit, value within 1 %). Share right:

| subjects | news and other outlets' texts | a government's own text |
|----------|-------------------------------|-------------------------|
| one      | .71 (109)                     | .51 (201)               |
| two      | .90 (216)                     | .67 (123)               |
| three +  | 2 of 3                        | .11 (28)                |

A pair's figure (trade between two countries, a loan from one to another) is the register's
commonest and its subjects are the two the sentence names; a single subject is often the wrong
one of two named; a government text's figure given to three or more sides is nearly always a
figure of one of them. A figure with no subject keeps the lowest confidence: nobody can tell
whose it is (0 of 2 on the fresh labels; earlier dev labels had 14 of 14 right in web news).
"""

from __future__ import annotations

from collections.abc import Sequence

#: Confidence of a figure with one, two, or three or more subjects, in any text but a government's own.
BY_SUBJECTS = (0.7, 0.9, 0.6)
#: ... in a government's own text.
OFFICIAL = (0.5, 0.65, 0.1)
#: Confidence of a figure whose subject the text does not give.
NO_SUBJECT = 0.5


def figure_confidence(subjects: Sequence[str], *, official: bool = False) -> float:
    """The confidence of a figure with `subjects`, `official` in a government's own text (see the
    module's table)."""
    if not subjects:
        return NO_SUBJECT
    return (OFFICIAL if official else BY_SUBJECTS)[min(len(subjects), 3) - 1]
