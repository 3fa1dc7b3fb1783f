"""Find quantities in plain text: money, percentages, physical amounts and counts.

`find_quantities(text)` returns `QuantityMatch` records in text order, each with its value
in base units (units.py says which), its unit code and its qualifier:

- money: "$2.5 billion" -> 2.5e9 USD, "AZN 3.4 million", "3.4 million manats" -> AZN,
  "10b dollars", "5 million US dollars", "1.5 trillion tomans" -> 1.5e13 IRR;
- percentages: "15 percent", "15%", "15 per cent" -> 15 percent;
- physical amounts: "2 million tons" -> 2e6 t, "10 bcm", "5 GW" -> 5000 MW, "300 km";
- counts: "Eleven agreements" -> 11, "nine Iranian start-up firms" -> 9, "twice" -> 2;
- qualifiers before the number: almost, nearly, up to, less than, under -> "upper";
  about, around, approximately, some, roughly -> "approx"; over, more than, above,
  exceeding, at least -> "lower".

Spans in `skip` (time expressions found earlier) are never read as quantities, so "2020"
in "in 2020" is a year, not a count. Numbers glued to letters ("4G", "G20", "COVID-19"),
clock times, phone-number-like digit runs, ordinals and a bare "one" are not quantities.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from accords.quantities.numbers import DIGIT_NUMBER, WORD_NUMBER, parse_number
from accords.temporal.spans import SpanSet
from accords.quantities.units import (
    CURRENCY_NAME_RE,
    CURRENCY_PREFIX_RE,
    PERCENT_RE,
    PHYSICAL_UNIT_RE,
    UNIT_CASE_SENSITIVE,
    UPPERCASE_ONLY,
    currency_name,
    currency_prefix,
    physical_unit,
)


@dataclass(frozen=True)
class QuantityMatch:
    """One quantity found in a text: `text[start:end]`, its value in base units and unit."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str | None = None


_LONG_SCALE = r"(?:hundred|thousand|million|billion|trillion|mln|mn|bln|bn|tn|trn)"
#: A number with an optional scale: "2.5 billion", "2.5bn", "10b", "one million".
_AMOUNT = (
    rf"(?:{DIGIT_NUMBER}(?:\s*{_LONG_SCALE}\b|[mbk]\b)?(?:\s+(?:hundred|thousand|million|billion))?"
    rf"|(?i:{WORD_NUMBER})\b)"
)
_BEFORE = r"(?<![\w.,/:$€£¥₼₽₺₹-])"
_AFTER = r"(?![\w%€₼₽₺₾]|[.,]\d|:\d)"

_MONEY_PREFIX = re.compile(
    rf"(?<![\w$])(?P<cur>(?i:{CURRENCY_PREFIX_RE}))\s?(?P<num>{_AMOUNT}){_AFTER}"
)
_MONEY_SUFFIX = re.compile(
    rf"{_BEFORE}(?P<num>{_AMOUNT})\s*(?P<cur>(?i:{CURRENCY_NAME_RE}))(?!\w)"
)
_PERCENT = re.compile(rf"{_BEFORE}(?P<num>{_AMOUNT})\s*(?P<unit>(?i:{PERCENT_RE}))(?!\w)")
_PHYSICAL = re.compile(
    rf"{_BEFORE}(?P<num>{_AMOUNT})\s*-?\s*(?P<unit>(?i:{PHYSICAL_UNIT_RE}))(?![\w/])"
)
_COUNT = re.compile(
    rf"{_BEFORE}(?P<num>{DIGIT_NUMBER}(?:\s+(?:hundred|thousand|million|billion|trillion))?"
    rf"|(?i:{WORD_NUMBER})\b){_AFTER}"
)

_QUALIFIERS = (
    ("upper", r"almost|nearly|up\s+to|close\s+to|less\s+than|fewer\s+than|under|below|at\s+most|"
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
#: Words after which a number is a label, not an amount ("Article 5", "No. 3").
_LABEL_BEFORE = re.compile(
    r"\b(?:article|no\.?|number|resolution|paragraph|clause|chapter|section|page|room|flight|"
    r"line|phase|unit|block|version|level|grade|episode|point|item|route|highway|gate|platform)\s*$",
    re.IGNORECASE,
)
_PHONE_NEIGHBOUR_BEFORE = re.compile(r"(?:[+(]|\d[\s-]|\d\)\s?)$")
_PHONE_NEIGHBOUR_AFTER = re.compile(r"^[\s-]\d")
#: Longer digit runs are codes or identifiers, not amounts.
MAX_DIGITS = 15
#: Bare word numbers that are pronouns or determiners more often than counts.
_NOT_COUNTS = {"one", "a couple of", "once"}


def find_quantities(text: str, *, skip: Iterable[tuple[int, int]] = ()) -> tuple[QuantityMatch, ...]:
    """Every quantity in `text` outside the `skip` spans, in text order."""
    taken = SpanSet(skip)
    found: list[QuantityMatch] = []
    for pattern, reader in ((_MONEY_PREFIX, _prefix_money), (_MONEY_SUFFIX, _suffix_money),
                            (_PERCENT, _percent), (_PHYSICAL, _physical), (_COUNT, _count)):
        for match in pattern.finditer(text):
            if taken.overlaps(match.start(), match.end()):
                continue
            result = reader(text, match)
            if result is None or taken.overlaps(result.start, result.end):
                continue
            found.append(result)
            taken.add(result.start, result.end)
    return tuple(sorted(found, key=lambda q: q.start))


def _make(text: str, match: re.Match[str], value: float | None, unit: str) -> QuantityMatch | None:
    if value is None or not math.isfinite(value) or len(re.sub(r"\D", "", match.group("num"))) > MAX_DIGITS:
        return None
    start = match.start()
    qualifier = None
    window = text[max(0, start - 40):start]
    qualified = _QUALIFIER_RE.search(window)
    if qualified is not None:
        qualifier = qualified.lastgroup
        start -= len(window) - qualified.start()
    # 12 significant digits drop binary noise: 300 million cubic metres is 0.3 bcm, not 0.30000000000000004.
    value = float(f"{value:.12g}")
    return QuantityMatch(start, match.end(), text[start:match.end()], value, unit, qualifier)


def _prefix_money(text: str, match: re.Match[str]) -> QuantityMatch | None:
    code = currency_prefix(match.group("cur"))
    amount = parse_number(match.group("num"))
    if code is None or amount is None:
        return None
    return _make(text, match, amount, code)


def _suffix_money(text: str, match: re.Match[str]) -> QuantityMatch | None:
    written = match.group("cur")
    if written.lower() in UPPERCASE_ONLY and written != written.upper():
        return None
    known = currency_name(written)
    amount = parse_number(match.group("num"))
    if known is None or amount is None:
        return None
    code, factor = known
    return _make(text, match, amount * factor, code)


def _percent(text: str, match: re.Match[str]) -> QuantityMatch | None:
    unit = "pp" if "point" in match.group("unit").lower() else "percent"
    return _make(text, match, parse_number(match.group("num")), unit)


def _physical(text: str, match: re.Match[str]) -> QuantityMatch | None:
    written = match.group("unit")
    if written.lower() in UNIT_CASE_SENSITIVE and written not in (written.lower(), written.upper()):
        return None
    if written in ("T", "HA", "M3"):
        return None
    known = physical_unit(written)
    amount = parse_number(match.group("num"))
    if known is None or amount is None:
        return None
    code, factor = known
    return _make(text, match, amount * factor, code)


def _count(text: str, match: re.Match[str]) -> QuantityMatch | None:
    written = match.group("num")
    if written.lower() in _NOT_COUNTS or re.fullmatch(r"(?i)a\s+couple\s+of", written):
        return None
    before = text[max(0, match.start() - 20):match.start()]
    after = text[match.end():match.end() + 3]
    if _LABEL_BEFORE.search(before):
        return None
    if written[0].isdigit() and (_PHONE_NEIGHBOUR_BEFORE.search(before) or _PHONE_NEIGHBOUR_AFTER.match(after)):
        return None
    return _make(text, match, parse_number(written), "count")
