"""A length named by what is long: "the 826-km Baku-Tbilisi-Kars railway" is a `railway_length`, "140 km long
Iran-Armenia Natural Gas Pipeline" a `pipeline_length`, "its 130-kilometer border with Iran" a `border_length`
(the names the gold gives: tests/gold/README.md), not a bare `length` of nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

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


#: Lengths of what two neighbours share: a border, and a wall, fence or barrier built on one.
SHARED_LINES = ("border_length", "wall_length", "fence_length", "barrier_length")
#: A country named as the neighbour across a border: "the 911-kilometer border with Syria", "its borders with Iran and Iraq".
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?(?:Republic\s+of\s+)?$", re.IGNORECASE)


def shared_sides(text: str, sentence: tuple[int, int], subjects: tuple[str, ...],
                 named: Sequence[tuple[int, str]], main: str | None, *, earlier: int | None = None) -> tuple[str, ...]:
    """The two sides of a border's length (`SHARED_LINES`) where the figure's clause names one: "Turkey has so far
    completed ... a 650-kilometer stretch of the wall along the 911-kilometer border with Syria" (the wall and the
    border are Turkey's and Syria's), "Iran, which has a 900-kilometer border with Afghanistan" (Iran's and
    Afghanistan's). The other side is the one other country the sentence names (`named`: start and ISO3 of its
    countries), a country it names after "border with"; else, where the figure's one country is that neighbour, the
    article's main country. Two or more other countries leave the figure as it is. A sentence naming no country
    ("the wall will be constructed along 70-km of the border") takes the two sides of the border the sentences before
    it (from `earlier`) last named ("a wall along the Turkish-Iranian border"), whatever it carried over.
    `named` may hold the countries of those sentences too."""
    own = [(start, iso) for start, iso in named if start >= sentence[0]]
    if not own and earlier is not None and (sides := _border_named(text, (earlier, sentence[0]), named)) is not None:
        return sides
    named = own
    if len(subjects) != 1:
        return subjects
    neighbours = {iso for start, iso in named if _BORDER_WITH.search(text, max(sentence[0], start - 40), start)}
    others = {iso for _, iso in named} - set(subjects)
    if len(others) == 1 and neighbours:
        return tuple(sorted({*subjects, *others}))
    if not others and subjects[0] in neighbours and main is not None and main != subjects[0]:
        return tuple(sorted((subjects[0], main)))
    return subjects


#: The word "border" where a text names the two sides of one: "the Turkish-Iranian border", "the Iran-Turkey border",
#: "the border between Iran and Turkey".
_BORDER = re.compile(r"\bborders?\b", re.IGNORECASE)
#: How far from "border" the two sides may be named (characters).
_SIDES_REACH = 40


def _border_named(text: str, span: tuple[int, int], named: Sequence[tuple[int, str]]) -> tuple[str, ...] | None:
    """The two countries the last border named in text[span] lies between: those named right before "border" ("the
    Turkish-Iranian border") or right after it with "between" or "with" ("the border between Iran and Turkey",
    "Azerbaijan's border with Iran"); None where that border has not exactly two sides."""
    for match in reversed(list(_BORDER.finditer(text, *span))):
        sides = {iso for start, iso in named if match.start() - _SIDES_REACH <= start < match.start()
                 and not re.search(r"[.;]", text[start:match.start()])}
        if len(sides) < 2 and re.match(r"\s+(?:between|with)\b", text[match.end():match.end() + 12]):
            # "the border between Iran and Turkey", "Azerbaijan's border with Iran"
            sides |= {iso for start, iso in named if match.end() < start <= match.end() + _SIDES_REACH
                      and not re.search(r"[.;]", text[match.end():start])}
        if len(sides) == 2:
            return tuple(sorted(sides))
    return None
