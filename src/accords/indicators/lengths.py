"""A length named by what is long: "the 826-km Baku-Tbilisi-Kars railway" is a `railway_length`, "140 km long
Iran-Armenia Natural Gas Pipeline" a `pipeline_length`, "its 130-kilometer border with Iran" a `border_length`
(the names the gold gives: tests/gold/README.md), not a bare `length` of nothing."""

from __future__ import annotations

import re

#: What a length may measure, as the text names it (the lexicon's `length` rule reads these words too).
_HEADS = re.compile(
    r"\b(?:(?P<line>(?:transmission|power)\s+lines?)|(?P<rail>rail(?:way|road)s?)|(?P<word>roads?|highways?|pipelines?|"
    r"corridors?|bridges?|tunnels?|canals?|routes?|borders?|walls?|fences?|barriers?))\b",
    re.IGNORECASE,
)
#: A breadth, not a length: "the Lachin corridor (5km wide)".
_WIDE = re.compile(r"\s*(?:wide|in\s+width)\b", re.IGNORECASE)
#: How far from the figure the word must be (characters).
_REACH = 80


def named_length(metric: str, before: str, after: str) -> str:
    """`metric`, or for a bare `length` the nearest word of what is long within `_REACH`
    characters of the figure (the clause `before` it, then `after` it) as `<word>_length` (`<word>_width`
    for a figure "wide")."""
    if metric != "length":
        return metric
    near = before[-_REACH:]
    candidates = [(len(near) - m.end(), m) for m in _HEADS.finditer(near)]
    candidates += [(m.start(), m) for m in _HEADS.finditer(after[:_REACH])]
    if not candidates:
        return metric
    _, match = min(candidates, key=lambda c: c[0])
    if match.group("line"):
        word = match.group("line").lower().split()[0] + "_line"
    elif match.group("rail"):
        word = "railway"
    else:
        word = match.group("word").lower().removesuffix("s")
    return f"{word}_width" if _WIDE.match(after) else f"{word}_length"
