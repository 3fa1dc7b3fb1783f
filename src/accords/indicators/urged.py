"""A figure the sides ask every other country to reach: "We urge all countries to reduce collective anthropogenic
methane emissions at least 30 percent by 2030 from 2020 levels", "We urge all developed countries to deliver on
their commitment to the goal of mobilizing $100 billion annually through 2025".

A joint declaration repeats the world's goals as calls on everyone else; the figure is no target, pledge or level
of the sides that sign it, nor of any country the text names (tests/gold/README.md, "world goals the sides only
cite ... are left out"). A call on one named partner ("called on Russia to return ...") or on the sides themselves
keeps its figures.
"""

from __future__ import annotations

import re

#: A call on every other country, in the clause before the figure: "urge all countries", "call on all developed
#: countries", "encourage all nations", "urged every major economy"; up to two describing words before the noun.
_CALL_ON_ALL = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing))\s+"
    r"(?:all|every)\s+(?:(?:other|[a-z][\w-]*)\s+){0,2}?"
    r"(?:countries|country|nations|nation|parties|party|states|economies|economy|emitters|members)\b",
    re.IGNORECASE,
)


def asked_of_all(text: str, sentence_start: int, figure_start: int) -> bool:
    """Whether the figure starting at `figure_start` stands in what its sentence (from `sentence_start`) calls
    on all other countries to do (`_CALL_ON_ALL`, with no ";" between): no figure of the text's sides."""
    lead = text[sentence_start:figure_start]
    calls = list(_CALL_ON_ALL.finditer(lead))
    return bool(calls) and ";" not in lead[calls[-1].end():]  # the last call before the figure
