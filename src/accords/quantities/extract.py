"""Find quantities in plain text: money, percentages, physical amounts and counts.

`find_quantities(text)` returns `QuantityMatch` records in text order, each with its value
in base units (units.py says which), its unit code and its qualifier:

- money: "$2.5 billion" -> 2.5e9 USD, "AZN 3.4 million", "3.4 million manats" -> AZN,
  "10b dollars", "5 million US dollars", "1.5 trillion tomans" -> 1.5e13 IRR; prices per
  unit: "$0.23/W" -> 0.23 USD/W, "$80 a barrel" -> 80 USD/bbl;
- percentages: "15 percent", "15%", "15 per cent" -> 15 percent;
- physical amounts: "2 million tons" -> 2e6 t, "10 bcm", "5 GW" -> 5000 MW, "300 km";
- counts: "Eleven agreements" -> 11, "nine Iranian start-up firms" -> 9, "twice" -> 2;
- the Indian scale words and rupee sign: "50 lakh" -> 5e6, "Rs 100 crore" -> 1e9 INR;
- qualifiers before the number: almost, nearly, up to, less than, under -> "upper";
  about, around, approximately, some, roughly -> "approx"; over, more than, above,
  exceeding, at least -> "lower".

Spans in `skip` (time expressions found earlier) are never read as quantities, so "2020"
in "in 2020" is a year, not a count. Numbers glued to letters ("4G", "G20", "COVID-19"),
clock times, phone-number-like digit runs, ordinals and a bare "one" are not quantities.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from accords.quantities.changeverbs import change_words
from accords.quantities.numbers import (
    DIGIT_NUMBER, DIGIT_NUMBER_HEAD, FRACTION_WORDS, TENS, UNITS, WORD_NUMBER, WORD_NUMBER_HEADS, parse_number,
)
from accords.quantities.units import (
    CURRENCY_NAME_RE,
    CURRENCY_PREFIX_HEADS,
    CURRENCY_PREFIX_RE,
    PERCENT_RE,
    PHYSICAL_UNIT_RE,
    UNIT_CASE_SENSITIVE,
    UPPERCASE_ONLY,
    currency_name,
    currency_prefix,
    physical_unit,
)
from accords.scan.spans import SpanSet
from accords.scan.starts import Head, StartIndex


@dataclass(frozen=True)
class QuantityMatch:
    """One quantity found in a text: `text[start:end]`, its value in base units and unit."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str | None = None


#: Scale words after digits; the words in any case ("$100 Million", "$2 BILLION" in fact sheet headings).
_LONG_SCALE = r"(?:(?i:hundred|thousand|millions?|billions?|trillions?)|lakhs?|crores?|mln|mn|bln|bn|tn|trn)"
#: A number with an optional scale: "2.5 billion", "2.5bn", "10b", "$125M" (fact sheets), "one million".
_AMOUNT = (
    rf"(?:{DIGIT_NUMBER}(?:(?:\s*|-){_LONG_SCALE}\b|[mbkMBK]\b)?(?:\s+(?i:hundred|thousand|million|billion))?"
    rf"|(?i:{WORD_NUMBER})\b)"
)
#: Not glued to a word, a decimal point or a currency sign; a hyphen only as a minus sign
#: (not "COVID-19", not the second number of "10-15").
_BEFORE = r"(?<![\w.,/:$€£¥₼₽₺₹])(?<![\w)\]%][-\u2212])"
_AFTER = r"(?![\w%€₼₽₺₾]|[.,]\d|:\d)"

_MONEY_PREFIX = re.compile(
    rf"(?<![\w$])(?P<cur>(?i:{CURRENCY_PREFIX_RE}))\s?(?P<num>{_AMOUNT}){_AFTER}"
)
_MONEY_SUFFIX = re.compile(
    rf"{_BEFORE}(?P<num>{_AMOUNT})(?:\s*|-)(?P<cur>(?i:{CURRENCY_NAME_RE}))(?!\w)"
)
#: "dropped by 18.8 year-on-year percent": the period word between a number and its percent leaves it a percentage.
_PERCENT = re.compile(rf"{_BEFORE}(?P<num>{_AMOUNT})(?:\s*|-)(?:(?i:year-on-year|y-o-y)\s+)?(?P<unit>(?i:{PERCENT_RE}))(?!\w)")
_PHYSICAL = re.compile(
    rf"{_BEFORE}(?P<num>{_AMOUNT})\s*-?\s*(?P<unit>(?i:{PHYSICAL_UNIT_RE}))(?![\w/])"
)
_COUNT = re.compile(
    rf"{_BEFORE}(?P<num>{DIGIT_NUMBER}(?:\s+(?:(?i:hundred|thousand|millions?|billions?|trillions?)|lakhs?|crores?))?"
    rf"|(?i:{WORD_NUMBER})\b){_AFTER}"
)
#: A fraction of a whole is a share of it: "three quarters of the latter's Foreign Direct Investment", "nearly half of
#: its trade", "one-third of the land surface"; and a change by a fraction ("trade ... fell by a quarter"). Not a
#: fraction of a scale word ("a quarter of a million": a count) or of a pronoun ("half of that": no whole named), nor a
#: half that an ordinal or a determiner makes a period ("the first half of 2019", "the latter half of").
_FRACTION_SHARE = re.compile(
    rf"{_BEFORE}(?P<num>(?i:{FRACTION_WORDS}))"
    r"(?=\s+of\b(?!\s+(?:an?\s+(?:dozen|hundred|thousand|million|billion)|that|this|these|those|it|them)\b))"
    rf"|(?<=\bby\s)(?P<by>(?i:{FRACTION_WORDS}))(?!\s+(?:of|an?|the)\b|[\w-])"
)
_PERIOD_HALF_BEFORE = re.compile(
    r"\b(?i:first|second|latter|former|other|better|greater|this|that|each|the|its|their|next|last|early|late)\s+$")
#: What every match of the patterns that start with a number begins with (`accords.scan.starts`).
_NUMBER_HEADS: tuple[Head, ...] = (DIGIT_NUMBER_HEAD, *WORD_NUMBER_HEADS)

_SCALE_TAIL = re.compile(rf"(?i)\s*(?:{_LONG_SCALE}|[mbk])\b.*$")
_SIGN_BEFORE = re.compile(r"(?:(?<![\w)\]%.,\u2013-])[-\u2212]|\b(?i:minus|negative)\s+)$")
#: Small numbers in words that may open a range ("five to seven million tons").
_SMALL_WORD_LIST = [word for word, n in {**UNITS, **TENS}.items() if 0 < n <= 50]
_SMALL_WORDS = "|".join(sorted(_SMALL_WORD_LIST, key=len, reverse=True))

_QUALIFIERS = (
    # "added up to 7 million" is a sum, no bound
    ("upper", r"almost|nearly|(?<!\badded\s)(?<!\badds\s)(?<!\badd\s)(?<!\bgo\s)(?<!\bgoes\s)(?<!\bwent\s)(?<!\bgone\s)"
              r"(?<!\bgoing\s)up\s+to|close\s+to|less\s+than|fewer\s+than|under|below|at\s+most|"
              r"no\s+more\s+than|not\s+more\s+than|just\s+under|a\s+maximum\s+of|as\s+many\s+as|as\s+much\s+as"),
    ("approx", r"about|around|approximately|approx\.|some|roughly|circa|an\s+estimated|estimated|"
               r"nearly\s+about|in\s+the\s+region\s+of|an\s+approximate"),
    ("lower", r"over|more\s+than|above|exceeding|at\s+least|in\s+excess\s+of|upwards\s+of|"
              r"a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than|beyond"),
)
_QUALIFIER_RE = re.compile(
    "(?:" + "|".join(f"(?P<{name}>\\b(?:{words}))" for name, words in _QUALIFIERS) + r")\s+$",
    re.IGNORECASE,
)


def qualifier_group(*extra: str) -> str:
    """An optional regex group of one qualifier and its space, for rules that read the words right
    before an amount ("rose by nearly", "with more than"): every qualifier `find_quantities` knows,
    and `extra` words a rule also lets stand there ("another", "a further")."""
    words = "|".join((*extra, *(alternatives for _, alternatives in _QUALIFIERS)))
    return rf"(?:\b(?:{words})\s+)?"


#: Every qualifier `find_quantities` knows, as one optional regex group with its space.
QUALIFIER = qualifier_group()

#: A change word right before an amount: "closed Tuesday up $2.10 to $57.40", "rose 20 to 150": the amount
#: before "to" is how much the figure moved, not the lower end of a range (read by `indicators.changes.moved_by`
#: too).
MOVED_BEFORE = re.compile(
    r"\b(?:up|down|by|" + change_words("rise fall gain lose add shed drop jump climb slip decline increase decrease grow surge "
                                     "plunge slump", ("past",)) + r")\s+" + QUALIFIER + r"$",
    re.IGNORECASE,
)

#: Words after which a number is a label, not an amount ("Article 5", "No. 3").
#: A year naming a treaty, a war or a revolution: "the 1648 Kasri Shirin agreement", "the 1979 Islamic Revolution"
#: (the times stage reads years of the last two centuries; older ones come here as numbers).
_YEAR_NAMED_BEFORE = re.compile(r"\b(?:the|its|their|since|after|before)\s+$", re.IGNORECASE)
_YEAR_NAMED_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:[Aa]greements?|[Tt]reat(?:y|ies)|[Cc]onventions?|[Aa]ccords?|"
                               r"[Rr]evolution|[Ww]ar|[Cc]oup|[Pp]eace|[Dd]eal|[Ee]lections?|[Cc]onstitution)\b")
_LABEL_BEFORE = re.compile(
    r"\b(?:article|no\.?|number|resolution|paragraph|clause|chapter|section|page|room|flight|"
    r"line|phase|unit|block|version|level|grade|episode|point|item|route|highway|gate|platform)\s*$",
    re.IGNORECASE,
)
_PHONE_NEIGHBOUR_BEFORE = re.compile(r"(?:[+(]|\d[\s-]|\d\)\s?)$")
_PHONE_NEIGHBOUR_AFTER = re.compile(r"^[\s-]\d")
#: What follows a three-digit model number ("787-9", "777X", "737s", "737 MAX", "787 Dreamliners"): a variant.
_VARIANT = r"(?:-\d{1,2}s?\b|[A-Z]{1,3}s?\b|s\b|\s+(?:MAX|Max|Dreamliners?)\b)"
#: A number with a variant after a count and "more" is that model, no second count ("75 more 737 MAX jets").
_COUNT_MORE_BEFORE = re.compile(r"\d\s+(?:more|new|additional|further|used)\s+$")
_VARIANT_AFTER = re.compile(rf"^{_VARIANT}")
#: Longer digit runs are codes or identifiers, not amounts.
MAX_DIGITS = 15
#: Bare word numbers that are pronouns or determiners more often than counts.
_NOT_COUNTS = {"one", "a couple of", "once"}


#: A range of two amounts sharing the second one's scale and unit: "5-7 million tons", "10-15%",
#: "between 10 and 15 percent", "$2-3 billion". "from 10 to 15 percent" shares the unit but is
#: a change, not a range: its two values carry no bound qualifier.
_RANGE = re.compile(
    rf"(?<![\w.,/:$€£¥₼₽₺₹-])(?:(?P<cur>(?i:{CURRENCY_PREFIX_RE}))\s?)?"
    rf"(?P<lo>{DIGIT_NUMBER}|(?i:{_SMALL_WORDS}))(?P<scale>\s*{_LONG_SCALE}\b)?(?!\s*{_LONG_SCALE})"
    r"(?P<join>\s*[-\u2013]\s*|\s+(?:to|and)\s+)(?=[\d$€£¥₼₽₺₹a-zA-Z])"
)
_RANGE_HEADS: tuple[Head, ...] = (*CURRENCY_PREFIX_HEADS, DIGIT_NUMBER_HEAD, *_SMALL_WORD_LIST)


def find_quantities(text: str, *, skip: Iterable[tuple[int, int]] = ()) -> tuple[QuantityMatch, ...]:
    """Every quantity in `text` outside the `skip` spans, in text order.

    A range ("5-7 million tons") gives two quantities, its bounds: the first with qualifier
    "lower", the second "upper".
    """
    taken = SpanSet(skip)
    found: list[QuantityMatch] = []
    index = StartIndex(text)
    for low, high in _ranges(text, index):
        if not (taken.overlaps(low.start, low.end) or taken.overlaps(high.start, high.end)):
            found.extend((low, high))
            taken.add(low.start, low.end)
            taken.add(high.start, high.end)
    for pattern, heads, reader in _READERS:
        for match in index.finditer(pattern, heads, word_start=True):
            if taken.overlaps(match.start(), match.end()):
                continue
            result = reader(text, match)
            if result is None or taken.overlaps(result.start, result.end):
                continue
            found.append(result)
            taken.add(result.start, result.end)
    return tuple(sorted(found, key=lambda q: q.start))


def _ranges(text: str, index: StartIndex) -> list[tuple[QuantityMatch, QuantityMatch]]:
    """The (low, high) bounds of each range of amounts with a unit (see `_RANGE`) in `index.text`."""
    found = []
    for match in index.finditer(_RANGE, _RANGE_HEADS, word_start=True):
        if match.group("join").strip().lower() == "and" and not re.search(r"(?i)\bbetween\s+$", text[:match.start()][-10:]):
            continue  # "10 and 15 percent" is a range only after "between"
        change = re.search(r"(?i)\bfrom\s+$", text[max(0, match.start() - 10):match.start()]) is not None
        moved = MOVED_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        if match.group("scale") and not (change and match.group("join").strip().lower() == "to"):
            continue  # a first amount with its own scale shares the unit only in "from 11 billion to 30 billion dollars"
        high, bare, high_number = None, None, ""
        # the second amount is read on its own (the hyphen before it is no minus sign)
        rest = text[match.end():match.end() + 200]
        for pattern, reader in ((_MONEY_PREFIX, _prefix_money), (_MONEY_SUFFIX, _suffix_money),
                                (_PERCENT, _percent), (_PHYSICAL, _physical), (_COUNT, _count)):
            candidate = pattern.match(rest)
            if candidate is not None:
                high = reader(rest, candidate, qualify=False)
                if high is not None:
                    high_number = candidate.group("num")
                    bare = parse_number(_SCALE_TAIL.sub("", high_number))
                    high = dataclasses.replace(high, start=high.start + match.end(), end=high.end + match.end())
                    break
        if high is None or not bare or (match.group("cur") is None and high.unit == "count" and high.value == bare):
            continue  # "10-15" alone is no range of amounts; "2015-2020" is a time span
        if match.group("cur"):
            code = currency_prefix(match.group("cur"))
            if code is None or not (high.unit in ("count", code) or (high.unit.startswith(f"{code}/") and not moved)):
                continue  # "$67-$72 per barrel": both ends are prices per barrel; "down $2.05 to $71.40 a barrel" no range
            high = dataclasses.replace(high, unit=code if high.unit == "count" else high.unit)
        low_number = parse_number(match.group("lo"))
        if low_number is not None and match.group("scale"):
            # "from 11 billion to 30 billion dollars": each amount has its own scale; the unit's factor is shared
            whole = parse_number(high_number)
            scaled = parse_number(match.group("lo") + match.group("scale"))
            if not whole or scaled is None:
                continue
            low = _make(text, match, scaled * high.value / whole, high.unit, group="scale")
            if low is not None:
                found.append((low, dataclasses.replace(high, qualifier=None)))
            continue
        if low_number is None or low_number >= bare:
            continue
        low = _make(text, match, low_number * high.value / bare, high.unit, group="lo")
        if low is None:
            continue
        found.append((dataclasses.replace(low, qualifier=None if change else "lower"),
                      dataclasses.replace(high, qualifier=None if change else "upper")))
    return found


def _make(text: str, match: re.Match[str], value: float | None, unit: str, *, group: str = "num",
          qualify: bool = True) -> QuantityMatch | None:
    """The quantity of `match`, widened to a minus sign and a qualifier just before it."""
    if value is None or not math.isfinite(value) or len(re.sub(r"\D", "", match.group(group))) > MAX_DIGITS:
        return None
    start = match.start()
    end = match.end() if group == "num" else match.end(group)
    sign = _SIGN_BEFORE.search(text, max(0, start - 12), start)
    if sign is not None:  # "-2.3%", "minus 5 percent"
        value, start = -value, sign.start()
    qualifier = None
    if not qualify:
        value = float(f"{value:.12g}")
        return QuantityMatch(start, end, text[start:end], value, unit, None)
    window = text[max(0, start - 40):start]
    qualified = _QUALIFIER_RE.search(window)
    if qualified is not None:
        qualifier = qualified.lastgroup
        start -= len(window) - qualified.start()
    # 12 significant digits drop binary noise: 300 million cubic metres is 0.3 bcm, not 0.30000000000000004.
    value = float(f"{value:.12g}")
    return QuantityMatch(start, end, text[start:end], value, unit, qualifier)


#: A price per unit after an amount of money: "$0.23/W", "$0.03/kWh", "$45 per megawatt-hour", "$80 a barrel", "$500 per tonne", "40 dollars
#: per 1,000 cubic meters" (gas, "USD/1000m3": the thousand cubic metres are the price's unit, no volume of their own).
_PER_UNIT = re.compile(
    r"(?:\s*/\s*|\s+per\s+|\s+an?\s+)(?P<per>kWh|MWh|(?:kilo|mega)watt[- ]hour|Wp|W|barrel|bbl|tonne|ton|kg|MMBtu|litre|liter|gallon|ounce|oz|"
    r"(?:1,000|1000|one\s+thousand|a\s+thousand|thousand)\s+cubic\s+met(?:er|re)s|tcm)(?![\w/])"
)
_PER_UNIT_CODES = {"kilowatt-hour": "kWh", "kilowatt hour": "kWh", "megawatt-hour": "MWh", "megawatt hour": "MWh",
                   "barrel": "bbl", "tonne": "t", "ton": "t", "litre": "l", "liter": "l", "gallon": "gal", "ounce": "oz",
                   "tcm": "1000m3"}
#: A price or pay per unit of time after an amount: "$8.25 per hour", "15 cents an hour", "$6.99-a-month",
#: "$95 a month" (unit "USD/h", "USD/month"). Only a price, a fee or pay (`MAX_PRICE_PER_TIME`): "$53 million a
#: week", "$1.4 billion per month" are amounts that flow over the time, recorded in money as they are.
_PER_TIME = re.compile(r"(?:\s+per\s+|\s+an?\s+|-an?-)(?P<per>hour|hr|month|mo|week|year|yr)(?![\w/])"
                       r"(?!\s+(?:ago|earlier|before|later|after|prior|back|since|from)\b)", re.IGNORECASE)
_PER_TIME_CODES = {"hour": "h", "hr": "h", "mo": "month", "yr": "year"}
#: The largest amount per unit of time read as a price or pay rather than a flow ("$250,000 a year" is pay).
MAX_PRICE_PER_TIME = 1_000_000


def _per_unit(text: str, found: QuantityMatch | None) -> QuantityMatch | None:
    """A money amount followed by "/W", "per kWh", "a barrel" is a price per that unit: unit
    "USD/W", the span widened to the unit; one followed by "per hour", "a month" a price or pay
    per that time ("USD/h", "USD/month": `_PER_TIME`)."""
    if found is None:
        return None
    per = _PER_UNIT.match(text, found.end)
    if per is None:
        timed = _PER_TIME.match(text, found.end)
        if timed is None or abs(found.value or 0) >= MAX_PRICE_PER_TIME or "/" in found.unit:
            return found
        period = timed.group("per").lower()
        return dataclasses.replace(found, end=timed.end(), text=text[found.start:timed.end()],
                                   unit=f"{found.unit}/{_PER_TIME_CODES.get(period, period)}")
    written = per.group("per").lower()
    unit = "1000m3" if "cubic" in written else _PER_UNIT_CODES.get(written, per.group("per"))
    return dataclasses.replace(found, end=per.end(), text=text[found.start:per.end()], unit=f"{found.unit}/{unit}")


def _prefix_money(text: str, match: re.Match[str], *, qualify: bool = True) -> QuantityMatch | None:
    code = currency_prefix(match.group("cur"))
    amount = parse_number(match.group("num"))
    if code is None or amount is None:
        return None
    amount = _plausible(match.group("num"), amount, code)
    return _per_unit(text, _make(text, match, amount, code, qualify=qualify))


#: One pound (avoirdupois) in tonnes.
POUND_IN_TONNES = 0.00045359237
#: What a weight in pounds weighs, right after it: "pounds of fentanyl", "pounds of specialized tools" (not
#: "pounds of funding", "pounds in aid": sterling).
_GOODS_OF = re.compile(
    r"\s+of\s+(?!(?:new\s+|additional\s+|public\s+|private\s+)?(?:funding|aid|support|investment|assistance|financing|money|"
    r"cash|loans?|grants?|debt|revenue|spending|exports|imports|trade|taxpayers?|sterling|savings|profits?|sales)\b)[A-Za-z]",
    re.IGNORECASE)


def _suffix_money(text: str, match: re.Match[str], *, qualify: bool = True) -> QuantityMatch | None:
    written = match.group("cur")
    if written.lower() in UPPERCASE_ONLY and written != written.upper():
        return None
    if written.lower() in ("pounds", "pound", "lbs", "lb") and _GOODS_OF.match(text, match.end()):
        # "15,000 pounds of fentanyl powder", "170,000 pounds of specialized tools": a weight, in tonnes
        return _per_unit(text, _in_base_units(text, match, ("t", POUND_IN_TONNES), qualify=qualify))
    return _per_unit(text, _in_base_units(text, match, currency_name(written), qualify=qualify))


def _percent(text: str, match: re.Match[str], *, qualify: bool = True) -> QuantityMatch | None:
    unit = "pp" if "point" in match.group("unit").lower() else "percent"
    return _make(text, match, parse_number(match.group("num")), unit, qualify=qualify)


#: Gas a day after a volume: "10 million cubic meters of gas per day", "5 mcm a day", "15 million cubic meters daily".
_PER_DAY = re.compile(r"(?:\s+of\s+(?:natural\s+|Turkmen\s+|Iranian\s+|Russian\s+|Azerbaijani\s+)?gas)?"
                      r"(?:\s+(?:per|a|each|every)\s+day\b|\s+daily\b|\s*/\s*d(?:ay)?\b)", re.IGNORECASE)
#: "each 1,000 cubic meters of gas is $22", "per thousand cubic meters": the unit of a price or fee, no volume.
_PER_BEFORE = re.compile(r"\b(?:per|each|every)\s+$", re.IGNORECASE)
#: A measure written in title case, number word and unit ("One Acre", "Ten Mile"), and the capitalised word after it
#: that makes it part of a name ("One Acre Fund", "Ten Mile River"), not at a sentence's opening.
_NAMED_MEASURE = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?\s+[A-Z][a-z]+")
_IN_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def _physical(text: str, match: re.Match[str], *, qualify: bool = True) -> QuantityMatch | None:
    written = match.group("unit")
    if written.lower() in UNIT_CASE_SENSITIVE and written not in (written.lower(), written.upper()):
        return None
    if written in ("T", "HA", "M3"):
        return None
    if _NAMED_MEASURE.fullmatch(match.group(0).strip()) and _IN_NAME_AFTER.match(text, match.end()) \
            and not _SENTENCE_OPENING.search(text, max(0, match.start() - 3), match.start()):
        return None  # "a $20 million loan to One Acre Fund": a name, no area
    found = _in_base_units(text, match, physical_unit(written), qualify=qualify)
    if found is None or found.unit != "bcm":
        return found
    if _PER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None
    if _PER_DAY.match(text, found.end):
        # a daily flow keeps its rate in cubic metres a day (unit "m3/d", as barrels a day are "bbl/d")
        return dataclasses.replace(found, value=float(f"{(found.value or 0) * 1e9:.12g}"), unit="m3/d")
    return found


def _in_base_units(
    text: str, match: re.Match[str], known: tuple[str, float] | None, *, qualify: bool
) -> QuantityMatch | None:
    """The match's number times the factor of its unit (`known`: code and factor), or None."""
    amount = parse_number(match.group("num"))
    if known is None or amount is None:
        return None
    code, factor = known
    return _make(text, match, _plausible(match.group("num"), amount, code) * factor, code, qualify=qualify)


#: Currencies in which no amount of one economy's trade reaches this (world output is about 1e14 dollars).
_HARD_CURRENCIES = frozenset({"USD", "EUR", "GBP", "CHF", "CNY", "AED", "SAR", "AZN", "TRY", "GEL"})
_IMPLAUSIBLE = 1e14
_GROUPED_SCALED = re.compile(r"(?P<head>\d{1,3}),(?P<rest>\d{3}(?:,\d{3})+)\s*(?P<scale>[A-Za-z]+)")


def _plausible(written: str, amount: float, code: str) -> float:
    """An amount in a hard currency written with thousands separators and a scale word that
    would exceed world output is a decimal comma ("worth over $6,030,544 billion" is $6.03
    billion, not 6e15); any other amount is as written."""
    grouped = _GROUPED_SCALED.fullmatch(written.strip())
    if code not in _HARD_CURRENCIES or amount < _IMPLAUSIBLE or grouped is None:
        return amount
    scaled = parse_number(f"{grouped.group('head')}.{grouped.group('rest').replace(',', '')} {grouped.group('scale')}")
    return scaled if scaled is not None else amount


def _count(text: str, match: re.Match[str], *, qualify: bool = True) -> QuantityMatch | None:
    written = match.group("num")
    if written.lower() in _NOT_COUNTS or re.fullmatch(r"(?i)a\s+couple\s+of", written):
        return None
    before = text[max(0, match.start() - 20):match.start()]
    after = text[match.end():match.end() + 20]
    if _LABEL_BEFORE.search(before):
        return None
    if re.fullmatch(r"1\d{3}|20\d{2}", written) and _YEAR_NAMED_BEFORE.search(before) \
            and _YEAR_NAMED_AFTER.match(text, match.end()):
        return None  # "since the 1648 Kasri Shirin agreement", "the 1982 Maritime Law Convention": a year naming an event
    if written[0].isdigit() and (_PHONE_NEIGHBOUR_BEFORE.search(before) or _PHONE_NEIGHBOUR_AFTER.match(after)):
        return None
    if written[0].isdigit() and _COUNT_MORE_BEFORE.search(before) and _VARIANT_AFTER.match(after):
        return None
    if written[0].isdigit() and _unsaid_percent(text[max(0, match.start() - 40):match.start()], text[match.end():match.end() + 40],
                                                 "." in written):
        return _make(text, match, parse_number(written), "percent", qualify=qualify)
    value = parse_number(written)
    if value is not None and re.fullmatch(r"\d{1,3}\.\d{2,3}", written) and _PEOPLE_AFTER.match(after) \
            and (listed := _SCALED_BEFORE.search(text[max(0, match.start() - 60):match.start()])) is not None:
        value *= _SCALE_WORDS[listed.group(1).lower()]  # "Some 2.374 million Russians and 1.547 Germans": millions too
    return _make(text, match, value, "count", qualify=qualify)


def _fraction_share(text: str, match: re.Match[str], *, qualify: bool = True) -> QuantityMatch | None:
    """A fraction of a whole, or a change by a fraction, as a percent (`_FRACTION_SHARE`): "three quarters of" is
    75 percent, "one-third of" 33.33, "half of" 50."""
    group = "num" if match.group("num") else "by"
    written = match.group(group)
    if _PERIOD_HALF_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None
    value = 0.5 if written.lower() == "half" else parse_number(written)
    if value is None or not 0 < value < 1:
        return None
    return _make(text, match, 100 * value, "percent", group=group, qualify=qualify)


#: A count in a list whose scale word only the item before it writes: "2.374 million Russians and 1.547 Germans".
_SCALED_BEFORE = re.compile(r"\d\s+(million|billion)\s+[A-Z][a-z]+\s*(?:,|,?\s+and)\s+$")
_SCALE_WORDS = {"million": 1e6, "billion": 1e9}
#: The people a bare decimal counts in such a list: a demonym ("Germans"), capitalised.
_PEOPLE_AFTER = re.compile(r"\s+[A-Z][a-z]+s?\b(?!\s+(?:percent|per\s+cent))")


#: A change whose percent sign the text leaves out, told by its period word: "an 18.8 year-on-year increase",
#: "rose 12.5 year-on-year", "showing 20.1 growth year on year", "grew by 3.2 compared to last year" (after a
#: verb, or before a change noun and its period word, a decimal only: "rose by 12
#: year-on-year" may count twelve things). A bare number with no such word stays a count.
_YEAR_ON_YEAR = r"(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y-o-y|yoy)"
_AN_BEFORE = re.compile(r"\b(?i:an?)\s+$")
_CHANGE_NOUN_AFTER = re.compile(
    rf"\s+(?i:{_YEAR_ON_YEAR})\s+(?i:increase|rise|growth|gain|jump|decrease|decline|drop|fall|reduction)\b")
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?i:" + change_words("rise increase grow gain jump surge climb fall decline drop decrease", ("past", "participle"))
    + "|" + change_words("shrink", ("past",)) + "|" + change_words("slide plunge plummet", ("past", "participle"))
    + r")(?:\s+by)?\s+$")
_PERIOD_AFTER = re.compile(rf"\s*,?\s+(?i:{_YEAR_ON_YEAR})\b")
#: "showing 20.1 growth year on year": a decimal, the change noun, then its period word.
_CHANGE_NOUN_THEN_PERIOD = re.compile(
    rf"\s+(?i:increase|rise|growth|gain|jump|decrease|decline|drop|fall|reduction)\s+(?i:{_YEAR_ON_YEAR})\b")
_COMPARED_AFTER = re.compile(r"\s+(?i:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|over\s+the\s+same\s+period)\b")


def _unsaid_percent(before: str, after: str, decimal: bool) -> bool:
    """Whether a bare number is a percent change whose sign the text leaves out (`_YEAR_ON_YEAR`)."""
    if _AN_BEFORE.search(before) and _CHANGE_NOUN_AFTER.match(after):
        return True
    if decimal and _CHANGE_NOUN_THEN_PERIOD.match(after):
        return True  # "hosted a total of 2,276,604 foreign nationals ..., showing 20.1 growth year on year"
    return decimal and _CHANGE_VERB_BEFORE.search(before) is not None and (
        _PERIOD_AFTER.match(after) is not None or _COMPARED_AFTER.match(after) is not None)


#: Each pattern, what its matches begin with (`accords.scan.starts`) and the reader that
#: turns a match into a quantity, in the order they claim text. No match starts right after
#: a word character (`_BEFORE`, and "(?<![\w$])" before a currency prefix).
_READERS = (
    (_MONEY_PREFIX, CURRENCY_PREFIX_HEADS, _prefix_money),
    (_MONEY_SUFFIX, _NUMBER_HEADS, _suffix_money),
    (_PERCENT, _NUMBER_HEADS, _percent),
    (_PHYSICAL, _NUMBER_HEADS, _physical),
    (_FRACTION_SHARE, _NUMBER_HEADS, _fraction_share),
    (_COUNT, _NUMBER_HEADS, _count),
)
