"""Find time expressions in plain text and normalise them against the publication date.

`find_times(text, published=...)` returns `TimeMatch` records in text order. The grammar
is a list of regular expressions, each with a resolver and its heads (what its matches
begin with, so that it is tried only there: `accords.scan.starts`); where candidates
overlap the longest wins ("the first seven months of 2021" over "2021"). What is covered:

- dates: "September 14", "14 September 2021", "Sept. 14, 2021", "2021-09-14", "14.09.2021";
  a date without a year takes the year that puts it nearest the publication date, past
  preferred (calendar.nearest_year); weekdays ("Monday", "last Friday") fall in the
  publication week, before publication unless the sentence speaks of the future;
- months and years: "in February 2021", "in February", "2020" (a year only when it reads
  as one: not money, not a count of things, not part of a longer number);
- ranges: "December 26th and 27th", "14-21 July", "from March to May 2020", "2015-2020";
- periods: "the first seven months of 2021", "H1 2022", "the first half of 2022", "Q3",
  "the third quarter", "last year", "this month", "so far this year", "since 2020",
  "the past five years", "two years ago", "yesterday", "today";
- compound expressions (`accords.temporal.compound`): decades, centuries, seasons, "the
  first Sunday of July", "the last week of July", "Friday next week", "the year 2017".

Relative expressions in an undated article get value None (no guessing); absolute ones are
still normalised. Vague ones ("nowadays", "recently", "so far") are not matched at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from accords.quantities.numbers import ORDINALS, UNITS, TENS
from accords.temporal import calendar as cal
from accords.temporal.calendar import WEEKDAYS
from accords.temporal.compound import ORDINAL_UNITS, RULES as COMPOUND_RULES
from accords.temporal.parts import (
    Context as _Context, Reject as _Reject, _ANY_MONTH, _B, _COUNT, _DASH, _E, _MODIFIER,
    _MODIFIER_HEADS, _MODIFIER_WORDS, _MONTH_HEADS, _ORDINAL, _ORDINAL_HEADS, _RANGE_JOIN, _WEEKDAY_ALT,
    _WEEKDAY_HEADS, _WEEKDAY_PREFIX, _YEAR_REF, _day, _month, _year,
)
from accords.scan.spans import SpanSet
from accords.scan.starts import NUMBER, Head, StartIndex

DateValue = str | tuple[str, str]


@dataclass(frozen=True)
class TimeMatch:
    """One time expression: `text[start:end]`, its normalised value and its precision."""

    start: int
    end: int
    text: str
    value: DateValue | None
    precision: str


_BARE_MONTH_WORDS = ("in", "until", "till", "by", "from", "during", "of", "early", "late", "mid", "before",
                     "after", "through", "last", "next", "this", "throughout", "between", "and", "or", "to", "on")
_BARE_MONTH_PREFIX = r"(?<!\w)(?i:" + "|".join(_BARE_MONTH_WORDS) + r")\s+"
_BARE_MONTH_HEADS = tuple(word + " " for word in _BARE_MONTH_WORDS)

# --- resolvers -----------------------------------------------------------------------------


def _ref(ctx: _Context) -> dt.date | None:
    return ctx.reference


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _word_count(value: str) -> int:
    lower = value.lower()
    if lower.isdigit():
        return int(lower)
    total = 0
    for part in lower.split("-"):
        total += UNITS.get(part, 0) + TENS.get(part, 0)
    if total == 0:
        raise _Reject(value)
    return total


def _check_day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise _Reject(str(exc)) from exc


def _year_of(ctx: _Context, group: str = "year") -> int | None:
    """The explicit year in `group` or the reference-relative year ("last year"); None if relative and undated."""
    groups = ctx.match.groupdict()
    if groups.get(group):
        return int(groups[group])
    rel = (groups.get("relyear") or "").lower()
    if rel:
        ref = _ref(ctx)
        if ref is None:
            return None
        if rel in ("last", "the previous", "the past"):
            return ref.year - 1
        if rel in ("next", "the coming"):
            return ref.year + 1
        return ref.year
    raise KeyError(group)


def _month_day(ctx: _Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    month = cal.month_number(groups["month"])
    day = int(groups["day"])
    if not 1 <= day <= 31:
        raise _Reject("day")
    year = _stated_or_nearest_year(ctx, month, day)
    if year is None:
        return None, "day"
    return cal.day(_check_day(year, month, day)), "day"


def _stated_or_nearest_year(ctx: _Context, month: int, day: int) -> int | None:
    """The match's explicit year, else the year that puts `month`/`day` nearest the publication date.

    None when the match has no year and the article no date; `_Reject` when no year has that day.
    """
    year = _int(ctx.match.groupdict().get("year"))
    if year is None:
        ref = _ref(ctx)
        if ref is None:
            return None
        year = cal.nearest_year(ref, month, day, lean=ctx.lean())
        if year is None:
            raise _Reject("no such day")
    return year


def _day_range(ctx: _Context) -> tuple[DateValue | None, str]:
    """"March 3-5, 2021", "March 30 to April 2": the month on the first day, the year on the range."""
    groups = ctx.match.groupdict()
    month = cal.month_number(groups["month"])
    end_month = cal.month_number(groups["month2"]) if groups.get("month2") else month
    return _days_interval(ctx, month, end_month, year_ends=False)


def _day_range_dmy(ctx: _Context) -> tuple[DateValue | None, str]:
    """"3-5 March 2021", "30 March to 2 April": the month on the last day, the year on the range."""
    groups = ctx.match.groupdict()
    end_month = cal.month_number(groups["month2"])
    month = cal.month_number(groups["month1"]) if groups.get("month1") else end_month
    return _days_interval(ctx, month, end_month, year_ends=True)


def _days_interval(ctx: _Context, month: int, end_month: int, *, year_ends: bool) -> tuple[DateValue | None, str]:
    """The interval from day `day` of `month` to day `day2` of `end_month`.

    A range that runs into an earlier month crosses New Year: with `year_ends` the year found
    (stated, or nearest the publication date) is the end's and the start is a year earlier,
    otherwise it is the start's and the end is a year later.
    """
    groups = ctx.match.groupdict()
    first, last = int(groups["day"]), int(groups["day2"])
    if not (1 <= first <= 31 and 1 <= last <= 31) or (end_month == month and last <= first):
        raise _Reject("range")
    year = _stated_or_nearest_year(ctx, month, first)
    if year is None:
        return None, "interval"
    crosses = 1 if end_month < month else 0
    start_year, end_year = (year - crosses, year) if year_ends else (year, year + crosses)
    return (cal.day(_check_day(start_year, month, first)), cal.day(_check_day(end_year, end_month, last))), "interval"


def _month_year(ctx: _Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    return cal.month(int(groups["year"]), cal.month_number(groups["month"])), "month"


def _bare_month(ctx: _Context) -> tuple[DateValue | None, str]:
    month = cal.month_number(ctx.match.group("month"))
    ref = _ref(ctx)
    if ref is None:
        return None, "month"
    year = cal.nearest_month_year(ref, month, lean=ctx.lean())
    return cal.month(year, month), "month"


def _named_month(ctx: _Context) -> tuple[DateValue | None, str]:
    """"last June" is the most recent June before publication, "next June" the first after."""
    month = cal.month_number(ctx.match.group("month"))
    ref = _ref(ctx)
    if ref is None:
        return None, "month"
    which = ctx.match.group("which").lower()
    if which == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif which in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = ref.year
    return cal.month(year, month), "month"


def _month_range(ctx: _Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    first, last = cal.month_number(groups["month"]), cal.month_number(groups["month2"])
    year = _int(groups.get("year"))
    start_year = _int(groups.get("year1"))
    if year is None:
        ref = _ref(ctx)
        if ref is None:
            return None, "interval"
        year = cal.nearest_month_year(ref, last, lean=ctx.lean())
    if start_year is None:
        start_year = year if first <= last else year - 1
    return cal.months_interval(start_year, first, last, end_year=year), "interval"


def _iso_date(ctx: _Context) -> tuple[DateValue | None, str]:
    year, month, day = (int(ctx.match.group(g)) for g in ("year", "m", "d"))
    return cal.day(_check_day(year, month, day)), "day"


def _numeric_date(ctx: _Context) -> tuple[DateValue | None, str]:
    first, second, year = (int(ctx.match.group(g)) for g in ("a", "b", "year"))
    separator = ctx.match.group("sep")
    if first > 12 or (separator == "." and second <= 12):
        day, month = first, second
    else:
        month, day = first, second
    return cal.day(_check_day(year, month, day)), "day"


def _bare_year(ctx: _Context) -> tuple[DateValue | None, str]:
    if not _reads_as_year(ctx.text, ctx.match.start("year"), ctx.match.end("year")):
        raise _Reject("not a year")
    return ctx.match.group("year"), "year"


def _modified_year(ctx: _Context) -> tuple[DateValue | None, str]:
    return ctx.match.group("year"), "year"


def _year_range(ctx: _Context) -> tuple[DateValue | None, str]:
    first = int(ctx.match.group("year"))
    second_text = ctx.match.group("year2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first or second - first > 50:
        raise _Reject("year range")
    return cal.years_interval(first, second), "interval"


def _months_of(ctx: _Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    count = _word_count(groups["count"])
    if not 1 <= count <= 12:
        raise _Reject("months")
    year = _year_of(ctx, "ofyear") if (groups.get("ofyear") or groups.get("relyear")) else _ref_year(ctx)
    if year is None:
        return None, "interval"
    if groups["which"].lower() in ("first", "initial"):
        return cal.months_interval(year, 1, count), "interval"
    return cal.months_interval(year, 13 - count, 12), "interval"


def _ref_year(ctx: _Context) -> int | None:
    ref = _ref(ctx)
    return ref.year if ref else None


def _part_of_year(ctx: _Context, kind: str) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    ordinal = (groups.get("ord") or groups.get("num") or "").lower()
    number = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": -1}.get(ordinal) or ORDINALS.get(ordinal)
    if number is None and ordinal.isdigit():
        number = int(ordinal)
    parts = 2 if kind == "H" else 4
    if number == -1:
        number = parts
    if number is None or not 1 <= number <= parts:
        raise _Reject(kind)
    if groups.get("year") or groups.get("ofyear") or groups.get("relyear"):
        year = int(groups["year"]) if groups.get("year") else _year_of(ctx, "ofyear")
    else:
        year = _ref_year(ctx)
    if year is None:
        return None, "half" if kind == "H" else "quarter"
    return f"{year:04d}-{kind}{number}", "half" if kind == "H" else "quarter"


def _half(ctx: _Context) -> tuple[DateValue | None, str]:
    return _part_of_year(ctx, "H")


def _quarter(ctx: _Context) -> tuple[DateValue | None, str]:
    return _part_of_year(ctx, "Q")


def _year_to_date(ctx: _Context) -> tuple[DateValue | None, str]:
    ref = _ref(ctx)
    if ref is None:
        return None, "interval"
    return (f"{ref.year:04d}-01-01", cal.day(ref)), "interval"


def _since(ctx: _Context) -> tuple[DateValue | None, str]:
    groups = ctx.match.groupdict()
    ref = _ref(ctx)
    if ref is None:
        return None, "interval"
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("month") or groups.get("bare"):
        month = cal.month_number(groups.get("month") or groups["bare"])
        if year is None:
            year = cal.nearest_month_year(ref, month)
            if dt.date(year, month, 1) > ref:
                year -= 1
        start = dt.date(year, month, 1)
    elif year is not None:
        start = dt.date(year, 1, 1)
    else:
        raise _Reject("since neither a month nor a year")
    if start > ref:
        raise _Reject("since a future date")
    return (cal.day(start), cal.day(ref)), "interval"


def _relative_unit(ctx: _Context) -> tuple[DateValue | None, str]:
    which = re.sub(r"\s+", " ", ctx.match.group("which").lower())
    unit = ctx.match.group("unit").lower()
    precision = {"year": "year", "month": "month", "week": "week"}[unit]
    ref = _ref(ctx)
    if which in ("the past", "the last", "past"):
        if ref is None:
            return None, "interval"
        back = cal.shift(ref, **{unit + "s": -1})
        return (cal.day(back), cal.day(ref)), "interval"
    if ref is None:
        return None, precision
    step = {"last": -1, "the previous": -1, "previous": -1, "next": 1, "the coming": 1,
            "coming": 1, "the next": 1}.get(which, 0)
    return cal.of_unit(cal.shift(ref, **{unit + "s": step}), unit), precision


def _past_span(ctx: _Context) -> tuple[DateValue | None, str]:
    count = 10 if ctx.match.group("decade") else _word_count(ctx.match.group("count"))
    unit = "years" if ctx.match.group("decade") else ctx.match.group("unit").lower().rstrip("s") + "s"
    ref = _ref(ctx)
    if ref is None:
        return None, "interval"
    return (cal.day(cal.shift(ref, **{unit: -count})), cal.day(ref)), "interval"


def _ago(ctx: _Context) -> tuple[DateValue | None, str]:
    count = _word_count(ctx.match.group("count"))
    unit = ctx.match.group("unit").lower().rstrip("s")
    ref = _ref(ctx)
    if ref is None:
        return None, unit
    return cal.of_unit(cal.shift(ref, **{unit + "s": -count}), unit), unit


_DEICTIC = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}


def _deictic(ctx: _Context) -> tuple[DateValue | None, str]:
    ref = _ref(ctx)
    if ref is None:
        return None, "day"
    offset = _DEICTIC[re.sub(r"\s+", " ", ctx.match.group(0).lower())]
    return cal.day(ref + dt.timedelta(days=offset)), "day"


def _weekday(ctx: _Context) -> tuple[DateValue | None, str]:
    ref = _ref(ctx)
    if ref is None:
        return None, "day"
    which = (ctx.match.group("which") or "").lower()
    weekday = WEEKDAYS[ctx.match.group("weekday").lower()]
    direction = {"last": "last", "next": "next", "this": "this", "coming": "future",
                 "this coming": "future", "past": "last"}.get(which)
    if direction is None:
        direction = "future" if ctx.future() else "past"
    return cal.day(cal.nearest_weekday(ref, weekday, direction=direction)), "day"


# --- grammar ------------------------------------------------------------------------------

Resolver = Callable[[_Context], tuple[DateValue | None, str]]

_FROM = r"(?:(?i:from|between)\s+(?:the\s+)?)?"
_FROM_HEADS = ("from ", "between ")
_OPT_YEAR = r"(?:,?\s+(?:of\s+)?" + _year("year") + ")?"

_RULES: tuple[tuple[str, Resolver, tuple[Head, ...]], ...] = (
    (rf"{_B}(?P<year>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d:])", _iso_date, (NUMBER,)),
    (rf"{_B}(?P<a>\d{{1,2}})(?P<sep>[./])(?P<b>\d{{1,2}})(?P=sep)(?P<year>(?:19|20)\d\d)\b", _numeric_date, (NUMBER,)),
    # December 26th and 27th, December 26-27, 2017; September 1 to October 10
    (rf"{_FROM}{_month('month')}\s+{_day('day')}{_RANGE_JOIN}(?:{_month('month2')}\s+)?{_day('day2')}{_OPT_YEAR}", _day_range,
     (*_FROM_HEADS, *_MONTH_HEADS)),
    # 14-21 July 2021; 1 September to 10 October
    (rf"{_FROM}{_B}{_day('day')}(?:\s+(?:of\s+)?{_month('month1')})?{_RANGE_JOIN}{_day('day2')}\s+(?:of\s+)?{_month('month2')}{_OPT_YEAR}",
     _day_range_dmy, (*_FROM_HEADS, NUMBER)),
    # September 14, Sept. 14, 2021, Monday, September 14
    (rf"{_WEEKDAY_PREFIX}?{_month('month')}\s+{_day('day')}(?!\s*(?:[-\u2013%]|(?i:percent|per\s+cent)))(?:,?\s+{_year('year')})?", _month_day,
     (*_WEEKDAY_HEADS, *_MONTH_HEADS)),
    # 14 September 2021, 14th of September
    (rf"{_WEEKDAY_PREFIX}?{_B}(?:the\s+)?{_day('day')}\s+(?:of\s+)?{_month('month')}(?:,?\s+{_year('year')})?", _month_day,
     (*_WEEKDAY_HEADS, "the ", NUMBER)),
    # from March to May 2020, January-July 2021, between March and May
    (rf"(?i:from|between)\s+{_month('month')}(?:\s+{_year('year1')})?\s+(?:to|and|till|until|through)\s+{_month('month2')}{_OPT_YEAR}", _month_range,
     _FROM_HEADS),
    (rf"{_month('month')}(?:\s+{_year('year1')})?{_DASH}{_month('month2')}{_OPT_YEAR}", _month_range, _MONTH_HEADS),
    (rf"{_MODIFIER}{_month('month')},?\s+(?:of\s+)?{_year('year')}", _month_year, (*_MODIFIER_HEADS, *_MONTH_HEADS)),
    # last June, this september (any case after the modifier), before the bare month reads "this June"
    (rf"(?P<which>(?i:last|next|this|coming))\s+(?P<month>{_ANY_MONTH})(?![\w-])", _named_month,
     ("last ", "next ", "this ", "coming ")),
    (rf"(?:{_BARE_MONTH_PREFIX}){_MODIFIER}{_month('month')}(?![\w-])", _bare_month, _BARE_MONTH_HEADS),
    (rf"(?i:the\s+)?(?i:month\s+of)\s+{_month('month')}(?![\w-])", _bare_month, ("the ", "month ")),
    # 2015-2020, from 2015 to 2020, 2020-21
    (rf"{_FROM}{_B}{_year('year')}(?:{_DASH}|\s+(?:to|and|till|until|through)\s+)(?P<year2>(?:19|20)\d\d|\d\d)\b(?![-%.,]\d)", _year_range,
     (*_FROM_HEADS, NUMBER)),
    # the first seven months of 2021, the last three months
    (rf"(?i:the\s+)?(?P<which>(?i:first|initial|last|final))\s+{_COUNT}\s+(?i:months)(?:\s+{_YEAR_REF})?", _months_of,
     ("the ", "first ", "initial ", "last ", "final ")),
    # the first half of 2022, H1 2022, 1H 2022
    (rf"(?i:the\s+)?{_ORDINAL}\s+(?i:half)(?:\s+{_YEAR_REF})?", _half, ("the ", *_ORDINAL_HEADS)),
    (rf"{_B}(?:H(?P<num>[12])|(?P<ord>[12])H)(?:\s*{_year('year')}|(?!\w))", _half, ("h1", "h2", NUMBER)),
    # the third quarter of 2021, Q3 2021, Q3, 2021 Q3
    (rf"(?i:the\s+)?{_ORDINAL}\s+(?i:quarter)(?:\s+{_YEAR_REF})?", _quarter, ("the ", *_ORDINAL_HEADS)),
    (rf"{_B}Q(?P<num>[1-4])(?:\s*(?:of\s+)?{_year('year')}|(?!\w))", _quarter, ("q1", "q2", "q3", "q4")),
    (rf"{_B}{_year('year')}\s*Q(?P<num>[1-4])\b", _quarter, (NUMBER,)),
    (r"(?i:so\s+far\s+this\s+year|this\s+year\s+so\s+far|year[-\s]to[-\s]date|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+(?:current\s+)?year)", _year_to_date,  # noqa: E501  (one rule kept on one line)
     ("so ", "this ", "year", "since ")),
    (rf"(?i:since)\s+(?:(?:{_month('month')}\s+)?{_year('year')}|{_month('bare')}(?![\w-]))", _since, ("since ",)),
    (r"(?P<which>(?i:last|this|next|the\s+previous|previous|the\s+coming|the\s+current|the\s+past|the\s+last|past|the\s+next))\s+(?P<unit>(?i:year|month|week))\b", _relative_unit,  # noqa: E501  (one rule kept on one line)
     ("last ", "this ", "next ", "the ", "previous ", "past ")),
    (rf"(?i:the\s+)?(?i:past|last|previous)\s+(?:(?P<decade>(?i:decade))|{_COUNT}\s+(?P<unit>(?i:years|months|weeks|days)))\b", _past_span,
     ("the ", "past ", "last ", "previous ")),
    (rf"{_B}{_COUNT}\s+(?P<unit>(?i:years?|months?|weeks?|days?))\s+(?i:ago)\b", _ago, (NUMBER, *UNITS, *TENS)),
    (r"\b(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|this\s+morning|this\s+afternoon|this\s+evening)\b", _deictic,  # noqa: E501  (one rule kept on one line)
     ("the ", "yesterday", "today", "tomorrow", "tonight", "this ")),
    (rf"(?:(?P<which>(?i:last|next|this\s+coming|this|coming|past))\s+)?(?P<weekday>{_WEEKDAY_ALT})\b", _weekday,
     ("last ", "next ", "this ", "coming ", "past ", *_WEEKDAY_HEADS)),
    (rf"{_MODIFIER_WORDS}{_year('year')}(?!\w)", _modified_year, _MODIFIER_HEADS),
    (rf"{_B}{_year('year')}{_E}", _bare_year, (NUMBER,)),
    *COMPOUND_RULES,
)

#: Each rule's pattern, resolver and heads: what every match of the pattern begins with
#: (`accords.scan.starts`), so the pattern is tried only there.
_COMPILED = tuple((re.compile(pattern), resolver, heads) for pattern, resolver, heads in _RULES)

_WEEKDAY_WORDS = tuple(WEEKDAYS)
_ORDINAL_DAY_WORDS = tuple(ORDINAL_UNITS)

#: Resolver name -> lower-case words one of which every match of its rules contains. A rule
#: whose words are all absent from the text cannot match and is not run (most of the grammar's
#: cost was rules tried at every position of a text they never match in).
_NEEDS: dict[str, tuple[str, ...]] = {
    "_months_of": ("months",),
    "_year_to_date": ("year",),
    "_since": ("since",),
    "_relative_unit": ("year", "month", "week"),
    "_past_span": ("past", "last", "previous"),
    "_ago": ("ago",),
    "_deictic": ("yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening"),
    "_weekday": _WEEKDAY_WORDS,
    "_decade": ("0s", "0's", "ties"),
    "_century": ("century",),
    "_season": ("spring", "summer", "autumn", "fall", "winter"),
    "_nth_weekday": _WEEKDAY_WORDS,
    "_week_of_month": ("week",),
    "_day_of_month": ("month",),
    "_word_day": _ORDINAL_DAY_WORDS,
    "_weekday_of_week": ("week",),
    "_weekday_the_day": _WEEKDAY_WORDS,
    "_the_year": ("year",),
    "_a_unit_ago": ("ago",),
}
_RULE_NEEDS = tuple(_NEEDS.get(resolver.__name__, ()) for _pattern, resolver, _heads in _RULES)

#: Words after a number that make it an amount, not a year ("2020 tons", "1990 companies").
_AMOUNT_AFTER = re.compile(
    r"\s*(?:%|(?i:percent|per\s+cent|million|billion|thousand|trillion|tons?|tonnes?|km|kilomet|"
    r"meters|metres|MW|GW|bcm|barrels|dollars|euros|manats?|rials|tomans|rubles|roubles|yuan|lira|"
    r"pounds|people|persons|companies|firms|units|cars|vehicles|tourists|students|projects|"
    r"hectares|times)\b)"
)
_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:in|since|by|of|from|to|until|till|before|after|during|for|year|early|late|mid|"
    r"end|beginning|start|and|or|through|between|than|around|circa|c\.|fiscal|the|spring|summer|"
    r"autumn|fall|winter|vision|strategy)\s+|[,(]\s*)$"
)
_AMOUNT_BEFORE = re.compile(
    r"(?:[$€£¥₼₽₺₹#]\s?|\b(?i:USD|EUR|AZN|IRR|RUB|TRY|GBP|No\.?|number|article|page|item|"
    r"resolution|flight|room|code|tel\.?|phone|fax)\s*)$"
)
_DIGITS_AROUND = re.compile(r"\d[\s-]?$")


def _reads_as_year(text: str, start: int, end: int) -> bool:
    """Whether the four digits at `text[start:end]` read as a year, not an amount or a code."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 30]
    if _AMOUNT_BEFORE.search(before) or _DIGITS_AROUND.search(before):
        return False
    if re.match(r"[\s-]?\d", after):
        return False
    if _AMOUNT_AFTER.match(after) and not _YEAR_BEFORE.search(before):
        return False
    return True


#: A month name with nothing before it, read in permissive mode ("May").
_PERMISSIVE_MONTH = re.compile(rf"{_MODIFIER}{_month('month')}(?![\w-])")


def find_times(text: str, *, published: str | None = None, permissive: bool = False) -> tuple[TimeMatch, ...]:
    """Every time expression in `text`, normalised against the `published` date (ISO or None).

    `permissive` also accepts a month name with nothing before it ("May"): use it on a span
    that a tagger already marked as a date, not on running text.
    """
    reference = cal.reference_date(published)
    candidates: list[tuple[int, int, int, TimeMatch]] = []
    index = StartIndex(text)
    # None when a character folds unlike `str.lower` (`starts.FOLD_RISK`): then every rule runs
    lowered = index.lowered
    for priority, (pattern, resolver, heads) in enumerate(_COMPILED):
        needs = _RULE_NEEDS[priority]
        if needs and lowered is not None and not any(word in lowered for word in needs):
            continue
        for match in index.finditer(pattern, heads):
            if match.end() == match.start():
                continue
            try:
                value, precision = resolver(_Context(text, reference, match))
            except _Reject:
                continue
            start, end = _trim(text, match.start(), match.end())
            candidates.append((start, end, priority, TimeMatch(start, end, text[start:end], value, precision)))
    if permissive:
        for match in _PERMISSIVE_MONTH.finditer(text):
            value, precision = _bare_month(_Context(text, reference, match))
            candidates.append((match.start(), match.end(), len(_COMPILED),
                               TimeMatch(match.start(), match.end(), match.group(0), value, precision)))
    chosen: list[TimeMatch] = []
    taken = SpanSet()
    for start, end, _priority, found in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if taken.overlaps(start, end):
            continue
        chosen.append(found)
        taken.add(start, end)
    return tuple(sorted(chosen, key=lambda t: t.start))


_LEADING = re.compile(r"(?i:in|since|until|till|by|from|during|of|before|after|through|last|next|this|throughout|between|and|or|to|on)\s+")


#: Words that only lead into a time expression ("in February", "until 2025"), trimmed off it.
_CONTEXT_PREPOSITIONS = (
    "in", "by", "during", "of", "on", "to", "and", "or", "through", "throughout", "before", "after", "until", "till",
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition that only served as context ("in February" -> "February")."""
    lead = _LEADING.match(text, start, end)
    if lead is not None and lead.group(0).split()[0].lower() in _CONTEXT_PREPOSITIONS:
        start = lead.end()
    return start, end
