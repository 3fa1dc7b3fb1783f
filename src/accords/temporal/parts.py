"""Shared pieces of the time grammar: the match context, the reject signal, regex building blocks.

`accords.temporal.extract` (dates, months, years, quarters, relative units) and
`accords.temporal.compound` (decades, seasons, nth weekdays, weeks of a month, ...) both
build their rules from these pieces, so the two grammars read dates the same way. The
`_..._HEADS` tuples say what a piece can begin with (`accords.scan.starts`): a rule
starting with the piece lists them, so edit them with the piece.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from accords.quantities.numbers import TENS, UNITS
from accords.temporal.calendar import MONTHS, WEEKDAYS, Lean
from accords.scan.starts import ORDINAL_NUMBER


class Reject(Exception):
    """The candidate is not a time expression after all."""


@dataclass
class Context:
    """What a resolver sees: the whole text, the publication day and its regex match."""

    text: str
    reference: dt.date | None
    match: re.Match[str]

    def future(self) -> bool:
        """Whether the sentence around the match speaks of the future (`lean` is not "past")."""
        return self.lean() != "past"

    def lean(self) -> Lean:
        """Which way the sentence around the match leans in time: "future" when it says what will
        happen ("will", "next", "is to"), "likely-future" when it only speaks of plans or of what
        would be ("planned for Oct. 15", "would remain", "scheduled"): in a report of what was done
        these are often past ("canceled an increase in tariffs planned for Oct. 15", written in
        November); else "past"."""
        start = self.match.start()
        left = max(self.text.rfind(mark, max(0, start - 300), start) for mark in ".!?\n")
        right_candidates = [self.text.find(mark, self.match.end(), self.match.end() + 300) for mark in ".!?\n"]
        right = min([p for p in right_candidates if p >= 0], default=min(len(self.text), self.match.end() + 300))
        if _FUTURE.search(self.text, left + 1, right):
            return "future"
        return "likely-future" if _PLANNED.search(self.text, left + 1, right) else "past"


_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|going\s+to|to\s+be\s+held|plans?\s+to|upcoming|is\s+to|are\s+to|next|intends?\s+to|coming)\b",
    re.IGNORECASE,
)
#: Words of plans and of what would be, which a report of the past uses too (`Context.lean`).
_PLANNED = re.compile(r"\b(?:scheduled|planned|expected\s+to|would)\b", re.IGNORECASE)


# --- building blocks ---------------------------------------------------------------------

_MONTH_WORDS = sorted({name.capitalize() for name in MONTHS}, key=len, reverse=True)
#: Full month names are also read in lower case, except those that are common words.
_LOWER_MONTHS = [w for w in MONTHS if len(w) > 4 and w not in ("march",)]
_MONTH_ALT = "|".join(sorted(_MONTH_WORDS + [w.upper() for w in _MONTH_WORDS if len(w) > 3] + _LOWER_MONTHS,
                             key=len, reverse=True))

#: After a cue word ("of", "last", "this") a month name is read in any case ("the first Friday of july").
_ANY_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"


#: Every month name and abbreviation, in any case, begins with one of these.
_MONTH_HEADS = tuple(sorted({name[:3] for name in MONTHS}))


def _month(name: str) -> str:
    return rf"(?P<{name}>(?<!\w)(?:{_MONTH_ALT})\b\.?)"  # never inside a word ("XJanuary")


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?\b"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d\d|2100)\b"


_WEEKDAY_ALT = "|".join(sorted({w.capitalize() for w in WEEKDAYS} | set(WEEKDAYS), key=len, reverse=True))
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAY_ALT}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+(?:the\s+)?)"
#: Weekday names and the abbreviations above all begin with one of these.
_WEEKDAY_HEADS = tuple(sorted({name[:3] for name in WEEKDAYS}))
_DASH = r"\s*[-\u2013\u2014]\s*"
_RANGE_JOIN = rf"(?:{_DASH}|\s+(?:to|and|&|through|till|until|thru)\s+)"
_COUNT_WORDS = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_COUNT = rf"(?P<count>\d{{1,3}}|(?i:{_COUNT_WORDS})(?:-(?i:{_COUNT_WORDS}))?)"
_ORDINAL = r"(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))"
#: (Every rule that starts with an ordinal has whitespace after it.)
_ORDINAL_HEADS = ("first ", "second ", "third ", "fourth ", "final ", "last ", ORDINAL_NUMBER)
#: "of 2021", "of this year"; also an editor's bracketed insertion in a quote ("[of 2017]").
_YEAR_REF = (
    r"(?:\[?(?:of\s+)?(?:" + _year("ofyear") + r"|(?P<relyear>(?i:this|last|next|the\s+current|"
    r"the\s+previous|the\s+past|the\s+coming|the|current))\s+year)\b\]?)"
)
_MODIFIER_WORDS = (
    r"(?:(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
    r"end\s+of|beginning\s+of|start\s+of|mid-?)[\s-]+)"
)
_MODIFIER_HEADS = ("early", "mid", "late", "the ", "end ", "beginning ", "start ")
#: An optional modifier; the expression never starts inside a word ("yearly January", "XJanuary").
_MODIFIER = r"(?<!\w)" + _MODIFIER_WORDS + "?"
_B = r"(?<![\w$€£¥₼₽₺₹.,/-])"
_E = r"(?![\w%]|[.,/:-]\d)"
