"""Calendar bounds of normalised time values, so an indicator gets an inclusive period, and
which time expression of its sentence dates a figure.

A time expression's value is an ISO string at some precision (``"2021"``, ``"2021-07"``,
``"2021-Q3"``, ``"2021-H1"``, ``"2021-W37"``, ``"2021-09-14"``) or an interval of two such
strings; an indicator needs ``("first day", "last day")``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from accords.days import day_span
from accords.model import DateValue, Indicator, Segment, TimeExpression

#: (start, end, (first day, last day)) of a time expression with a calendar value.
TimeSpan = tuple[int, int, tuple[str, str]]


def bounds(value: str) -> tuple[str, str] | None:
    """First and last day covered by one ISO value (`accords.days.day_span`), as ISO strings, or None
    when it is not a calendar value."""
    span = day_span(value)
    return None if span is None else (span[0].isoformat(), span[1].isoformat())


def period_of(value: DateValue | None) -> tuple[str, str] | None:
    """The inclusive period of a time value: one value's bounds, or an interval's outer bounds."""
    if value is None:
        return None
    if isinstance(value, str):
        return bounds(value)
    if len(value) != 2:
        return None
    start, end = bounds(value[0]), bounds(value[1])
    if start is None or end is None:
        return None
    return start[0], end[1]


def calendar_times(times: Sequence[TimeExpression]) -> list[TimeSpan]:
    """(start, end, period) of the time expressions with a calendar value, outermost only."""
    spans = []
    for time in times:
        period = period_of(time.value)
        if period is not None and time.evidence:
            spans.append((time.evidence[0].start, time.evidence[0].end, period))
    return [
        span for span in spans
        if not any(o is not span and o[0] <= span[0] and span[1] <= o[1] and (o[0], o[1]) != (span[0], span[1]) for o in spans)
    ]


#: "from 2020 levels", "below 2005 levels": the year a change is measured from, not the figure's period.
_BASELINE_AFTER = re.compile(r"\s*(?:levels?|baselines?)\b", re.IGNORECASE)
#: "decreased 5.6 percent to $6.2 billion compared to the same time in 2017": a time after a figure and
#: "compared to" dates what the figure is compared with, not the figure.
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|versus)\b[^.;]{0,60}$", re.IGNORECASE)
#: "... 8 percent more than the same period last year": after a figure, "than" compares too ("more
#: than" before a figure is a bound, not a comparison, so it only counts here).
_COMPARED_AFTER = re.compile(
    r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|versus|(?<!later\s)(?<!earlier\s)(?<!sooner\s)than)\b"
    r"[^.;]{0,60}$", re.IGNORECASE)


def _compared(text: str, time: TimeSpan, figure: tuple[int, int], sentence: Segment) -> bool:
    """Whether `time` is what a change is compared with, not the figure's period: after the
    figure and "compared to" ("decreased 5.6 percent to $6.2 billion compared to the same time in
    2017"), or a comparison's time in an earlier clause ("2.6 percent growth compared to the
    amount for the same period last year, while its imports were $4.4 billion"); "compared to the
    same time in 2017 when the figure was $6.5 billion" still dates that figure."""
    if figure[1] <= time[0]:
        return bool(_COMPARED_AFTER.search(text, figure[1], time[0]))
    return (time[1] <= figure[0] and bool(_COMPARED_BEFORE.search(text, max(sentence.start, time[0] - 80), time[0]))
            and bool(re.search(r"[,;]", text[time[1]:figure[0]])))


#: "over the next year", "within the coming year": a length of time from the day of the text, no calendar year
#: (tests/gold/README.md: durations are left out, like "over the next three years").
_DURATION = re.compile(r"\b(?:over|during|within|throughout|in)\s+the\s+(?:next|coming|following)\s+year$", re.IGNORECASE)


def _duration(text: str, time: TimeSpan) -> bool:
    """Whether `time` is the end of a duration ("over the next year"), not a year."""
    return bool(_DURATION.search(text, max(0, time[0] - 40), time[1]))


#: "by 2030", "no later than 2025", "until 2027": the deadline of a target.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|through|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$",
                              re.IGNORECASE)


def nearest_period(
    times: Sequence[TimeSpan],
    figure: tuple[int, int],
    window: tuple[int, int],
    sentence: Segment,
    *,
    reach: int | None = None,
    text: str | None = None,
    target: bool = False,
) -> tuple[str, str] | None:
    """The period of the time expression nearest the figure, preferring its own clause window;
    a time after the next figure of the sentence (before `reach`) is left to that figure.

    With the article `text`, a baseline ("from 2020 levels") is never the period, and a
    deadline after the figure ("to $0.10 by 2030") is its period: anywhere in the sentence
    for a `target`, inside its own window for other figures.
    """
    if text is not None:
        times = [t for t in times if not _BASELINE_AFTER.match(text, t[1]) and not _compared(text, t, figure, sentence)
                 and not _duration(text, t)]
        high = (sentence.end if reach is None else reach) if target else window[1]
        deadlines = [t for t in times if figure[1] <= t[0] and t[1] <= high
                     and _DEADLINE_BEFORE.search(text, max(sentence.start, t[0] - 30), t[0])]
        if deadlines:
            return deadlines[0][2]
    if text is not None:
        times = [t for t in times if not _closed_before(text, t, figure, sentence, times, target=target,
                                                        high=sentence.end if reach is None else reach)]
    for low, high in (window, (sentence.start, sentence.end if reach is None else reach)):
        inside = [t for t in times if low <= t[0] and t[1] <= high]
        if inside:
            # a tie goes to the time after the figure: "from $1 billion in 2019 to $2 billion in 2020"
            nearest = min(inside, key=lambda t: (max(t[0] - figure[1], figure[0] - t[1], 0), t[0] < figure[0]))
            return nearest[2]
    return None


#: The end of a clause a time closes: "a 30% increase ... in 2021 and an 18% increase in the first five months of
#: 2022", "stood at over $11 billion in 2017 and the two countries are planning to reach the figure of $30 billion".
_CLOSED_BY = re.compile(r"\s*,?\s*(?:and|while|but|whereas)\b", re.IGNORECASE)


def _closed_before(text: str, time: TimeSpan, figure: tuple[int, int], sentence: Segment,
                   times: Sequence[TimeSpan], *, target: bool, high: int) -> bool:
    """Whether `time` ends an earlier clause of the figure's sentence, one with a figure of its own
    (a number before the time, then "and", "while", "but" after it, and no time right after that),
    so dates that clause's figure, not this one: when a time after the figure dates it instead ("in
    2021 and an 18% increase in the first five months of 2022"), or when the figure is a `target` (a
    goal is not dated by the year of an earlier figure)."""
    if time[1] > figure[0] or (closed := _CLOSED_BY.match(text, time[1])) is None \
            or not re.search(r"\d", text[sentence.start:time[0]]):
        return False
    if any(closed.end() <= t[0] <= closed.end() + 5 for t in times):
        return False  # "in 2017 and 2018": one span of two years
    return target or any(figure[1] <= t[0] and t[1] <= high for t in times)


#: A figure of the year before the one its sentence dates: "$39,014 in October, up from $38,373 a year ago",
#: "dropped to $9.1 billion in 2018, down from $19.5 billion the previous year", "71.3 pct a year earlier".
_YEAR_EARLIER_AFTER = re.compile(
    r"\s*,?\s*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|"
    r"the\s+year\s+before)\b",
    re.IGNORECASE,
)


#: "in comparison with the previous year when the figure was $9.66 billion": the phrase before the figure.
_YEAR_EARLIER_BEFORE = re.compile(
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)"
    r"\s*,?\s+when\s+(?:the\s+(?:figure|amount|value|volume|number)|it)\s+(?:was|stood\s+at|reached|amounted\s+to|hit)\s+"
    r"(?:(?:about|around|nearly|over|some)\s+)?$",
    re.IGNORECASE,
)
#: "during the six-month period", "during the mentioned time span", "in the same period": the period of the figure
#: the text gave before (not "the same period last year" nor "of 2018", which name their own).
_SAME_SPAN = re.compile(
    r"\b(?:during|in|over|within|for)\s+(?:the|this|that)\s+(?:mentioned|said|aforementioned|above-mentioned|same|"
    r"\w+-month)\s+(?:period|time\s+span|span)\b(?!\s+(?:of|last|a\s+year|in|from|the\s+(?:previous|year))\b)",
    re.IGNORECASE,
)
#: "compared to the figures for the same period the year before": the span of a comparison, not the figure's.
_COMPARING = re.compile(r"\b(?:compared|comparison|than|against|versus)\b[^.;]{0,40}$", re.IGNORECASE)


def year_earlier(text: str, times: Sequence[TimeSpan], figure: tuple[int, int], sentence: Segment,
                 period: tuple[str, str] | None, *, before: Sequence[Indicator | None] = ()) -> tuple[str, str] | None:
    """The period of a figure said to be "a year earlier" ("the previous year", "a year ago") than
    the one its sentence dates before it: that period a year back ("in October, up from $38,373 a
    year ago": October of the year before; "growing 11 percent in comparison with the previous year
    when the figure was $9.66 billion"), whatever value the phrase itself was given. A figure its
    sentence dates by no time of its own but by reference ("during the six-month period", "during
    the mentioned time span") takes the period of the last figure `before` it (the last one of the
    sentences before, then the sentence's own) that has one. `period`
    when the figure is not so placed, or the sentence dates nothing before it."""
    phrase = _YEAR_EARLIER_AFTER.match(text, figure[1]) or _YEAR_EARLIER_BEFORE.search(
        text, max(sentence.start, figure[0] - 120), figure[0])
    if phrase is None:
        if period is None and any(not _COMPARING.search(text, max(sentence.start, m.start() - 60), m.start())
                                  for m in _SAME_SPAN.finditer(text, sentence.start, sentence.end)):
            return next((f.period for f in reversed(before) if f is not None and f.period is not None), None)
        return period
    earlier = [t for t in times if sentence.start <= t[0] and t[1] <= min(figure[0], phrase.start())]
    if not earlier:
        return period
    first, last = earlier[-1][2]
    return _year_back(first), _year_back(last)


def _year_back(day: str) -> str:
    year, month, date = (int(part) for part in day.split("-"))
    if (month, date) == (2, 29):
        date = 28
    return f"{year - 1:04d}-{month:02d}-{date:02d}"


#: A fiscal year: "fiscal year 2024", "Fiscal Year (FY) 2021", "FY2023", "FY 2023", "FY23".
_FISCAL = re.compile(r"\b(?:[Ff]iscal\s+[Yy]ear\s+(?:\(FY\)\s+)?|FY\s?)(?P<year>(?:19|20)\d{2}|\d{2})\b")
#: Governments whose fiscal year is not the calendar year: the month it begins, and whether it is
#: named by the year it ends in (US FY2024: October 2023 - September 2024) or begins in (Japan's
#: fiscal year 2024: April 2024 - March 2025). tests/gold/README.md, White House indicators.
FISCAL_YEARS = {"USA": (10, "end"), "JPN": (4, "start"), "IND": (4, "end"), "GBR": (4, "end"), "CAN": (4, "end"),
                "AUS": (7, "end"), "NZL": (7, "end")}


def fiscal_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each fiscal year the text names ("FY23": 2023)."""
    found = []
    for match in _FISCAL.finditer(text):
        year = int(match.group("year"))
        found.append((match.start(), match.end(), year + 2000 if year < 100 else year))
    return found


def with_fiscal_years(text: str, times: Sequence[TimeSpan]) -> list[TimeSpan]:
    """The calendar times plus the fiscal years no time expression covers ("In FY2023"), each as
    its calendar year until `fiscal_period` knows whose fiscal year it is."""
    added = [(start, end, (f"{year:04d}-01-01", f"{year:04d}-12-31")) for start, end, year in fiscal_years(text)
             if not any(t[0] < end and start < t[1] for t in times)]
    return sorted([*times, *added])


def fiscal_period(
    text: str, period: tuple[str, str] | None, sentence: Segment, subjects: Sequence[str], *, home: str | None,
) -> tuple[str, str] | None:
    """A figure's period as the fiscal year its sentence names, when the period is that year read
    as a calendar year: the fiscal year of the one subject with a fiscal year of its own (Japan's
    "defense budget for fiscal year 2024"), else in a government's own text (`home`) of its home
    country's (a White House "Fiscal Year 2022" budget). Any other period, and a fiscal year of no
    known government's (a company's), is left as it is."""
    if period is None:
        return period
    years = [y for start, end, y in fiscal_years(text[sentence.start:sentence.end])
             if period == (f"{y:04d}-01-01", f"{y:04d}-12-31")]
    if not years:
        return period
    own = [s for s in subjects if s in FISCAL_YEARS and s != home]
    owner = own[0] if len(own) == 1 else home if home in FISCAL_YEARS else None
    if owner is None:
        return period
    month, named_by = FISCAL_YEARS[owner]
    first = years[0] - 1 if named_by == "end" else years[0]
    last_month = month - 1
    days = calendar.monthrange(first + 1, last_month)[1]
    return f"{first:04d}-{month:02d}-01", f"{first + 1:04d}-{last_month:02d}-{days:02d}"


#: The last year of the past whose figures are history rather than a record of the present: a count
#: of the 14th century's plague dead or a 19th-century trade total is no figure of any state an analyst
#: follows (tests/gold/README.md leaves out "Europe's Black Death" and the like; no gold figure is dated
#: before 1950).
HISTORY_BEFORE = 1900


def is_history(period: tuple[str, str] | None) -> bool:
    """Whether a figure's period ends before `HISTORY_BEFORE` ("killed an estimated 25 million people in
    Europe alone in the 14th Century": 1300-1399)."""
    return period is not None and period[1][:4].isdigit() and int(period[1][:4]) < HISTORY_BEFORE
