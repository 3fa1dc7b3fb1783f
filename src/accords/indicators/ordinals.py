"""Anniversaries told by an ordinal: "the 60<sup>th</sup> anniversary of diplomatic ties between our
two nations", "the 45th anniversary of ASEAN-U.S. Dialogue Relations", "the third anniversary of
AUKUS", "the one-year anniversary of AUKUS", "entering the 75th year of this extraordinary
partnership", "the U.S.-ROK alliance, now in its 70<sup>th</sup> year".

The gold of government texts records the years such an anniversary marks as a figure in `year`
(`anniversaries`: "30 years of democracy"), but an ordinal is no number the quantities stage reads,
so these were missed. Each becomes a quantity in `count` whose metric ends in `_years`
(`anniversaries.SUFFIX`), so that the stage gives it the unit `year` and the subjects of an
anniversary. Only in a government's own text (the White House's), whose gold records them; the
regional state press names "the 30th anniversary of the establishment of relations" as an occasion
its gold mostly leaves out. A birthday, and "the first year of" a term, are no such figure: only
"anniversary", "the Nth year of" and "in its Nth year" with N of ten or more. The spans of a bond
(`tenures`: "For over 75 years, Germany has been a crucial partner") come to the stage the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.ids import fact_id
from accords.indicators import tenures
from accords.indicators.anniversaries import SUFFIX
from accords.model import Evidence, Quantity

#: The `Quantity.stage` of an anniversary read from an ordinal: its metric is `metric` of what follows it.
STAGE = "indicators.v2/ordinal-anniversaries"

_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
          "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "thirtieth": 30,
          "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
          "hundredth": 100}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50,
              "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80, "ninety": 90, "hundred": 100}
_SUP = r"(?:<sup>\s*)?(?:st|nd|rd|th)(?:\s*</sup>)?"
_WORD_ORDINAL = (r"(?:(?:" + "|".join(_TENS) + r")[-\u2011](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                 + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")")
#: "the 60<sup>th</sup> anniversary", "its 20th anniversary", "the third anniversary"; "the 50-year anniversary",
#: "the one-year anniversary".
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<digits>\d{1,3})" + _SUP + r"|(?P<word>" + _WORD_ORDINAL + r")|(?P<years>\d{1,3}|"
    + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r")[-\u2011]year)\s+anniversary\b",
    re.IGNORECASE)
#: "entering the 75th year of this extraordinary partnership", "now in its 70<sup>th</sup> year".
_NTH_YEAR = re.compile(
    r"\b(?:the|its|their|our)\s+(?P<digits>\d{2,3})" + _SUP + r"\s+year(?=\s+of\b|\s*[.,;:)]|\s*$)",
    re.IGNORECASE)
#: What the anniversary is of: "anniversary of diplomatic ties between", "year of this extraordinary partnership".
_OF = re.compile(r"\s+of\s+(?:the\s+|this\s+|our\s+|their\s+|its\s+)?(?P<np>(?:[A-Za-z][\w.’'-]*\s+){0,4}?[A-Za-z][\w-]*)\b"
                 r"(?=\s*(?:[,;:!?)<]|\.(?:\s|$)|$|\s+(?:and|as|with|this|in|on|at|for|between|by|that|which)\b))")
#: Common words of what an anniversary is of that name no topic.
_VAGUE = frozenset({"the", "our", "their", "its", "this", "that", "a", "an", "of"})


def ordinal_anniversaries(article_id: str, text: str, quantities: Sequence[Quantity], *, official: bool) -> list[Quantity]:
    """`quantities` and, in a government's own text (`official`), a quantity in `count` for each
    anniversary told by an ordinal, in text order, in place of any quantity read inside it."""
    if not official:
        return list(quantities)
    added: list[Quantity] = []
    replaced: set[str] = set()
    for start, end, value, qualifier in [*((*o, None) for o in _ordinals(text)), *tenures.tenures(text)]:
        # "60<sup>th</sup>" read as 60, "the 50-year anniversary" as a span of 50 years: the anniversary replaces them;
        # so does a span of a bond ("For over 75 years, Germany has been a crucial partner": `tenures`)
        replaced |= {q.id for q in quantities if q.evidence and q.evidence[0].start < end and start < q.evidence[0].end}
        added.append(Quantity(
            id=fact_id(article_id, "quantity", start, end, "count"), text=text[start:end], value=float(value), unit="count",
            evidence=(Evidence(article_id=article_id, start=start, end=end),), qualifier=qualifier, stage=STAGE))
    if not added:
        return list(quantities)
    kept = [q for q in quantities if q.id not in replaced]
    return sorted([*kept, *added], key=lambda q: (q.evidence[0].start, q.evidence[0].end) if q.evidence else (0, 0))


def _ordinals(text: str) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = []
    for match in _ANNIVERSARY.finditer(text):
        group = next(g for g in ("digits", "word", "years") if match.group(g))
        value = _value(match.group(group), cardinal=group == "years")
        if value:
            found.append((match.start(group), match.end(group), value))
    for match in _NTH_YEAR.finditer(text):
        value = int(match.group("digits"))
        if value >= 10:
            found.append((match.start("digits"), match.end("digits"), value))
    return sorted(found)


def _value(word: str, *, cardinal: bool) -> int:
    word = word.lower().replace("\u2011", "-")
    if word.isdigit():
        return int(word)
    if cardinal:
        return _CARDINALS.get(word, 0)
    tens, _, unit = word.partition("-")
    return _TENS[tens] + _UNITS[unit] if unit else _UNITS.get(word, 0)


def metric(text: str, end: int) -> str:
    """`<what>_years` for the anniversary whose ordinal ends at `end`: what it is "of", its last two
    common words ("anniversary of diplomatic ties": `diplomatic_ties_years`), else `anniversary_years`; a span of a
    bond its own (`tenures.metric`)."""
    if (tenure := tenures.metric(text, end)) is not None:
        return tenure
    rest = re.match(r"(?:\s*</?sup>\s*|" + _SUP + r"|[-\u2011]year)*\s+(?:anniversary|year)", text[end:end + 40], re.IGNORECASE)
    match = _OF.match(text, end + rest.end()) if rest is not None else None
    if match is None:
        return "anniversary" + SUFFIX
    tokens = [w for w in match.group("np").split() if w.lower() not in _VAGUE]
    common = [w for w in tokens if w.islower()]
    words = [w.lower().replace("-", "_").strip(".’'") for w in (common if common and tokens[-1].islower() else tokens)]
    words = [w for w in words if w]
    return "_".join(words[-2:]) + SUFFIX if words else "anniversary" + SUFFIX
