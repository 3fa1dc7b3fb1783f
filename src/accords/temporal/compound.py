"""Time expressions built from calendar units, read against the publication date.

These rules join the grammar of `accords.temporal.extract` (`RULES` is appended to it, and
the longest match still wins an overlap); like those, each names its heads
(`accords.scan.starts`):

- decades and centuries: "the 1990s", "the '90s", "the nineties", "the 21st century"
  (intervals, as the gold records them);
- seasons: "summer 2021", "the spring of 1978", "this winter", "next fall" (TIMEX3
  ``2021-SU``; a bare "summer" has no year and is left out);
- the nth weekday of a month: "the first Sunday of July", "the second Monday of next month";
- the nth week of a month or year: "the last week of July", "the first week of 2015"
  (weeks belong to the month that holds their Thursday, as ISO weeks to their year);
- a day of a relative month: "the 20th of next month";
- a weekday of a relative week: "Friday next week", "next week on Friday";
- a weekday with its day: "Friday the 15th" (the nearest month where the 15th is a Friday);
- days written as ordinal words: "the tenth of September", "May twenty-first";
- "the year 2017", "a year ago", "11/2016".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from accords.quantities.numbers import TENS
from accords.temporal import calendar as cal
from accords.temporal.calendar import WEEKDAYS
from accords.temporal.parts import _ANY_MONTH, _B, _MONTH_HEADS, _WEEKDAY_HEADS, Context, Reject, _month, _year
from accords.scan.starts import NUMBER, ORDINAL_NUMBER, Head

DateValue = str | tuple[str, str]
Resolver = Callable[[Context], tuple[DateValue | None, str]]

# --- words --------------------------------------------------------------------------------

#: The ordinal words of a day of the month (the units of "twenty-first"), the one list of them.
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
_ORDINAL_UNIT_ALT = "|".join(sorted(ORDINAL_UNITS, key=len, reverse=True))
#: "first" .. "thirty-first" in words ("twenty second", "twenty-first").
_DAY_WORD = rf"(?P<dayword>(?i:(?:twenty|thirty)[\s-]+(?:{_ORDINAL_UNIT_ALT})|{_ORDINAL_UNIT_ALT}))"
_DAY_WORD_HEADS = ("twenty", "thirty", *ORDINAL_UNITS)

_NTH = r"(?P<nth>(?i:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th))"
#: (Every rule that starts with `_NTH` has whitespace after it.)
_NTH_HEADS = ("first ", "second ", "third ", "fourth ", "fifth ", "last ", "final ", ORDINAL_NUMBER)
_NTH_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1,
               "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}

_WEEKDAY = "(?P<weekday>" + "|".join(sorted({w.capitalize() for w in WEEKDAYS} | set(WEEKDAYS),
                                            key=len, reverse=True)) + ")"
_REL = r"(?P<rel>(?i:this|next|last|previous|the\s+previous|the\s+next|the\s+following|the\s+coming|coming|the\s+current|current|the\s+past|past))"
#: (Every rule that starts with `_REL` has whitespace after it.)
_REL_HEADS = ("this ", "next ", "last ", "previous ", "the ", "coming ", "current ", "past ")
_REL_STEP = {"this": 0, "current": 0, "the current": 0, "next": 1, "the next": 1, "the following": 1,
             "the coming": 1, "coming": 1, "last": -1, "previous": -1, "the previous": -1,
             "the past": -1, "past": -1}

_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def day_word(text: str) -> int:
    """1-31 for a day written as an ordinal word ("twenty-first" -> 21)."""
    parts = re.split(r"[\s-]+", text.lower())
    total = TENS.get(parts[0], 0) if len(parts) == 2 else 0
    total += ORDINAL_UNITS[parts[-1]]
    if not 1 <= total <= 31:
        raise Reject("day")
    return total


def _step(ctx: Context) -> int:
    return _REL_STEP[re.sub(r"\s+", " ", ctx.match.group("rel").lower())]


def _month_of(ctx: Context) -> tuple[int, int] | None:
    """(year, month) of a "(of) July (2016)" or "(of) next month" part; None when undated."""
    groups = ctx.match.groupdict()
    ref = ctx.reference
    if groups.get("month"):
        month = cal.month_number(groups["month"])
        if groups.get("year"):
            return int(groups["year"]), month
        if ref is None:
            return None
        return cal.nearest_month_year(ref, month, lean=ctx.lean()), month
    if ref is None:
        return None
    moved = cal.shift(ref.replace(day=1), months=_step(ctx))
    return moved.year, moved.month


# --- resolvers ----------------------------------------------------------------------------


def _decade(ctx: Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    if groups.get("full"):
        start = int(groups["full"])
    else:
        tens = int(groups["short"]) if groups.get("short") else _DECADE_WORDS[groups["word"].lower()]
        ref = ctx.reference or dt.date.today()
        start = 2000 + tens if 2000 + tens <= ref.year else 1900 + tens
    return cal.years_interval(start, start + 9), "interval"


def _century(ctx: Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    if groups.get("num"):
        number = int(groups["num"])
    else:
        words = re.split(r"[\s-]+", groups["word"].lower())
        number = (TENS.get(words[0], 0) if len(words) == 2 else 0) + ORDINAL_UNITS[words[-1]]
    if not 1 <= number <= 22:
        raise Reject("century")
    first = (number - 1) * 100
    return (f"{first:04d}-01-01", f"{first + 99:04d}-12-31"), "interval"


def _season(ctx: Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    code = _SEASONS[groups["season"].lower()]
    if groups.get("year"):
        return f"{int(groups['year']):04d}-{code}", "season"
    ref = ctx.reference
    if ref is None:
        return None, "season"
    return f"{ref.year + _step(ctx):04d}-{code}", "season"


def _nth_weekday(ctx: Context) -> tuple[DateValue | None, str]:
    which = _month_of(ctx)
    if which is None:
        return None, "day"
    year, month = which
    weekday = WEEKDAYS[ctx.match.group("weekday").lower()]
    nth = _NTH_NUMBER[ctx.match.group("nth").lower()]
    if nth == -1:
        last = cal.last_day(year, month)
        return cal.day(last - dt.timedelta(days=(last.weekday() - weekday) % 7)), "day"
    first = dt.date(year, month, 1)
    found = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    if found.month != month:
        raise Reject("no such weekday")
    return cal.day(found), "day"


def _week_of_month(ctx: Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    nth = _NTH_NUMBER[groups["nth"].lower()]
    if groups.get("wyear") or groups.get("yrel"):
        if groups.get("wyear"):
            year = int(groups["wyear"])
        elif ctx.reference is None:
            return None, "week"
        else:
            year = ctx.reference.year + _REL_STEP[re.sub(r"\s+", " ", groups["yrel"].lower())]
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    else:
        which = _month_of(ctx)
        if which is None:
            return None, "week"
        first, last = dt.date(which[0], which[1], 1), cal.last_day(*which)
    # the weeks whose Thursday lies in the month (or year)
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    if nth == -1:
        thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    else:
        thursday += dt.timedelta(days=7 * (nth - 1))
    if not first <= thursday <= last:
        raise Reject("no such week")
    return cal.week(thursday), "week"


def _day_of_month(ctx: Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    day = int(groups["day"]) if groups.get("day") else day_word(groups["dayword"])
    which = _month_of(ctx)
    if which is None:
        return None, "day"
    try:
        return cal.day(dt.date(which[0], which[1], day)), "day"
    except ValueError as exc:
        raise Reject(str(exc)) from exc


def _word_day(ctx: Context) -> tuple[DateValue | None, str]:
    """"the tenth of September (2000)", "May twenty-first": as "September 10"."""
    groups = ctx.match.groupdict()
    day = day_word(groups["dayword"])
    month = cal.month_number(groups["month"])
    if groups.get("year"):
        year = int(groups["year"])
    elif ctx.reference is None:
        return None, "day"
    else:
        nearest = cal.nearest_year(ctx.reference, month, day, lean=ctx.lean())
        if nearest is None:
            raise Reject("no such day")
        year = nearest
    try:
        return cal.day(dt.date(year, month, day)), "day"
    except ValueError as exc:
        raise Reject(str(exc)) from exc


def _weekday_of_week(ctx: Context) -> tuple[DateValue | None, str]:
    ref = ctx.reference
    if ref is None:
        return None, "day"
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=_step(ctx))
    return cal.day(monday + dt.timedelta(days=WEEKDAYS[ctx.match.group("weekday").lower()])), "day"


def _weekday_the_day(ctx: Context) -> tuple[DateValue | None, str]:
    """"Friday the 15th": the month nearest publication (past first) whose 15th is a Friday."""
    ref = ctx.reference
    if ref is None:
        return None, "day"
    weekday = WEEKDAYS[ctx.match.group("weekday").lower()]
    groups = ctx.match.groupdict()
    day = int(groups["day"]) if groups.get("day") else day_word(groups["dayword"])
    future = ctx.future()
    best: tuple[int, dt.date] | None = None
    for offset in range(-14, 15):
        moved = cal.shift(ref.replace(day=1), months=offset)
        try:
            candidate = moved.replace(day=day)
        except ValueError:
            continue
        if candidate.weekday() != weekday:
            continue
        gap = (candidate - ref).days
        cost = (gap if gap >= 0 else 10_000 - gap) if future else (-gap if gap <= 0 else cal.FUTURE_COST * gap)
        if best is None or cost < best[0]:
            best = (cost, candidate)
    if best is None:
        raise Reject("no such weekday")
    return cal.day(best[1]), "day"


def _the_year(ctx: Context) -> tuple[DateValue | None, str]:
    return ctx.match.group("year"), "year"


def _a_unit_ago(ctx: Context) -> tuple[DateValue | None, str]:
    unit = ctx.match.group("unit").lower()
    ref = ctx.reference
    if ref is None:
        return None, unit
    return cal.of_unit(cal.shift(ref, **{unit + "s": -1}), unit), unit


def _numeric_month(ctx: Context) -> tuple[DateValue | None, str]:
    month = int(ctx.match.group("m"))
    if not 1 <= month <= 12:
        raise Reject("month")
    return cal.month(int(ctx.match.group("year")), month), "month"


# --- grammar ------------------------------------------------------------------------------

_OF_MONTH = rf"(?:of|in)\s+(?:(?P<month>{_ANY_MONTH})(?:,?\s+{_year('year')})?|{_REL}\s+month\b)"
_THE = r"(?:(?i:the)\s+)?"

RULES: tuple[tuple[str, Resolver, tuple[Head, ...]], ...] = (
    # the 1990s, the 1970's, the '90s, the 70s, the nineties
    (rf"{_THE}(?:{_B}(?P<full>(?:1[5-9]|20)\d0)'?s|(?<=\bthe\s)'?(?P<short>\d0)'?s|(?P<word>(?i:{'|'.join(_DECADE_WORDS)})))\b", _decade,
     ("the ", "'", NUMBER, *_DECADE_WORDS)),
    # the 21st century, the nineteenth century
    (rf"{_THE}(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>(?i:(?:twenty|thirty)[\s-]+(?:{_ORDINAL_UNIT_ALT})|{_ORDINAL_UNIT_ALT})))\s+(?i:century)\b", _century,  # noqa: E501  (one rule kept on one line)
     ("the ", ORDINAL_NUMBER, *_DAY_WORD_HEADS)),
    # summer 2021, the spring of 1978, this winter, next fall
    (rf"{_THE}(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+of)?\s+{_year('year')}", _season,
     ("the ", *_SEASONS)),
    (rf"{_REL}\s+(?P<season>(?i:spring|summer|autumn|winter|fall))\b", _season, _REL_HEADS),
    # the first Sunday of July, the second Monday of next month
    (rf"{_THE}{_NTH}\s+{_WEEKDAY}\s+{_OF_MONTH}", _nth_weekday, ("the ", *_NTH_HEADS)),
    # the last week of July, the third week of this month, the first week of 2015
    (rf"{_THE}{_NTH}\s+(?i:week)\s+(?:{_OF_MONTH}|of\s+(?:{_year('wyear')}|(?P<yrel>(?i:this|next|last|the\s+next|the\s+previous|the\s+current))\s+year\b))", _week_of_month,  # noqa: E501  (one rule kept on one line)
     ("the ", *_NTH_HEADS)),
    # the 20th of next month, the tenth of this month
    (rf"{_THE}(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)|{_DAY_WORD})\s+of\s+{_REL}\s+month\b", _day_of_month,
     ("the ", ORDINAL_NUMBER, *_DAY_WORD_HEADS)),
    # the tenth of September (2000), May twenty-first, September the twenty-first
    (rf"{_THE}{_DAY_WORD}\s+of\s+(?P<month>{_ANY_MONTH})(?:,?\s+{_year('year')})?", _word_day,
     ("the ", *_DAY_WORD_HEADS)),
    (rf"{_month('month')}\s+(?:the\s+)?{_DAY_WORD}(?:,?\s+{_year('year')})?(?![\w-])(?!\s+[a-z])", _word_day,
     _MONTH_HEADS),
    # Friday next week, Sunday of next week, next week on Friday, last week Sunday
    (rf"{_WEEKDAY},?\s+(?:of\s+)?{_REL}\s+week\b", _weekday_of_week, _WEEKDAY_HEADS),
    (rf"{_REL}\s+week,?\s+(?:on\s+)?{_WEEKDAY}\b", _weekday_of_week, _REL_HEADS),
    # Friday the 15th, Friday the fifteenth
    (rf"{_WEEKDAY},?\s+the\s+(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b|{_DAY_WORD}\b)", _weekday_the_day, _WEEKDAY_HEADS),
    # the year 2017
    (rf"{_THE}(?i:year)\s+{_year('year')}(?![\w%])", _the_year, ("the ", "year ")),
    # a year ago, a month ago
    (r"\b(?i:a|an|one)\s+(?P<unit>(?i:year|month|week|day))\s+(?i:ago)\b", _a_unit_ago, ("a ", "an ", "one ")),
    # 11/2016, 3/2015
    (rf"{_B}(?P<m>[01]?\d)/{_year('year')}(?![/\d])", _numeric_month, (NUMBER,)),
)
