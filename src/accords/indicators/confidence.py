"""How sure a figure is: the share of figures like it that are right.

A figure's value and unit are read from its own words and are seldom wrong; what goes wrong is
whose figure it is. Three things tell apart how often it is right: how many subjects it has,
whether the text is a government's own (a White House fact sheet or joint statement:
`knowledge.government_outlet`), and where its subjects are named (`place`): every one in the
figure's own sentence, which names no other country (`ALONE`); every one there beside other
countries (`AMONG`: a single subject is then often the wrong one of two named); or one at least
carried from elsewhere (`CARRIED`: the article's pair for "the two countries", the countries of
the sentences before, the outlet's home, the title).

The table (thirty-second session, docs/confidence.md "Figures") is the share right per group,
drawn a little towards its row's share (ten figures' weight) and rounded to 0.05, on two kinds
of dev labels together (the `accords eval` matching: subjects, unit, value within 1 %): today's
code on the dev gold (3,798 figures: optimistic, the rules were written on them) and each
session's fresh dev files labelled by the code of its start, which never saw them (2,744; the
ninth to the thirty-first session; `bench/figure_calibration.py --fresh`). Share right, dev /
fresh (figures), and the confidence:

| subjects, named     | news and other outlets' texts    | a government's own text          |
|---------------------|----------------------------------|----------------------------------|
| one, alone          | .79 (262) / .63 (198): 0.7       | .71 (624) / .61 (541): 0.65      |
| one, among others   | .67 (54) / .29 (31): 0.55        | .64 (194) / .47 (126): 0.55      |
| one, carried        | .90 (483) / .66 (191): 0.85      | .72 (371) / .61 (307): 0.65      |
| two, alone          | .95 (483) / .92 (346): 0.95      | .81 (444) / .75 (359): 0.8       |
| two, among others   | .83 (36) / .68 (25): 0.8         | .68 (66) / .62 (45): 0.65        |
| two, carried        | .83 (183) / .60 (109): 0.75      | .72 (323) / .48 (231): 0.6       |
| three +, alone      | .70 (30) / .56 (16): 0.65        | .61 (66) / .38 (47): 0.5         |
| three +, among      | - / 0 of 1: 0.55                 | .40 (30) / .30 (23): 0.35        |
| three +, carried    | .72 (25) / .40 (15): 0.6         | .52 (94) / .33 (85): 0.45        |

A pair the figure's own sentence names is the surest figure there is; a pair carried from the
article's pair or the sentences before is right much less often, most of all on unseen text (fresh
.60 and .48). A single subject carried is no worse than one named alone (web news on dev: better),
most likely the one country a text is about, named in an earlier sentence; one of several
countries its sentence names is the least sure. A figure with no subject keeps the lowest
confidence: nobody can tell whose it is.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

#: Where a figure's subjects are named: every one in its own sentence, which names no other country (`ALONE`); every
#: one there, beside other countries (`AMONG`); or one at least taken from elsewhere (`CARRIED`: the article's pair
#: for "the two countries", the countries of the sentences before, the outlet's home, the title).
ALONE, AMONG, CARRIED = 0, 1, 2
#: Confidence of a figure with one, two, or three or more subjects (rows), each as named (`ALONE`, `AMONG`,
#: `CARRIED`), in any text but a government's own.
BY_SUBJECTS = ((0.7, 0.55, 0.85), (0.95, 0.8, 0.75), (0.65, 0.55, 0.6))
#: ... in a government's own text.
OFFICIAL = ((0.65, 0.55, 0.65), (0.8, 0.65, 0.6), (0.5, 0.35, 0.45))
#: Confidence of a figure whose subject the text does not give.
NO_SUBJECT = 0.5


def figure_confidence(subjects: Sequence[str], *, official: bool = False, named: Collection[str] = ()) -> float:
    """The confidence of a figure with `subjects`, `official` in a government's own text, whose own
    sentence names the countries and bodies `named` (`sentence_countries`; see the module's table)."""
    return table_value(len(subjects), official=official, named=place(subjects, named))


def table_value(subjects: int, *, official: bool, named: int) -> float:
    """The table's confidence for a figure of so many `subjects`, `official` in a government's own
    text, its subjects `named` so (`ALONE`, `AMONG`, `CARRIED`)."""
    if not subjects:
        return NO_SUBJECT
    return (OFFICIAL if official else BY_SUBJECTS)[min(subjects, 3) - 1][named]


def place(subjects: Sequence[str], named: Collection[str]) -> int:
    """`ALONE`, `AMONG` or `CARRIED`: whether every one of `subjects` is among the countries its
    sentence names (`named`), and whether that sentence names others too."""
    if not set(subjects) <= set(named):
        return CARRIED
    return ALONE if set(named) <= set(subjects) else AMONG


def sentence_countries(sentence: tuple[int, int], named: Iterable[tuple[int, str]]) -> frozenset[str]:
    """The countries and bodies a sentence (start, end) names: of `named`, (offset, code) of each
    place the article names one (`accords.indicators.subjects.country_spans`), those inside it."""
    return frozenset(code for offset, code in named if sentence[0] <= offset < sentence[1])
