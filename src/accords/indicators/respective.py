"""Figures listed before "respectively": each takes its own metric, or its own country.

"Turkey's exports to and imports from Iran ... was $34.897 million and $88.756 million
respectively": the metrics, in the order the sentence names them (`respective_metrics`, by the lexicon's rules).
"Iran is followed by Germany and Georgia with 666,000 and 651,000 travelers respectively": the
countries, from a list of exactly as many countries before the first figure (joined as
`accords.scan.lists` joins a list of countries, the reader of the events' named lists too), read in order
(Germany's 666,000, Georgia's 651,000; no figure is the other listed countries'); a country
ranked before the list ("Iran is followed by") is no side of these figures either.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from accords.indicators import clauses, lexicon
from accords.indicators.innames import in_name
from accords.indicators.subjects import CountrySpan
from accords.model import Segment
from accords.scan import lists

#: "... $34.897 million and $88.756 million respectively": the figures of a list read in order.
RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def respective_metrics(text: str, sentence: Segment, spans: list[tuple[int, int]], unit: str) -> dict[int, str]:
    """Metrics of figures listed before "respectively", in the order the sentence names them before
    the first figure ("Turkey's exports to and imports from Iran ... was $34.897 million and $88.756
    million respectively": exports, imports; "Iran's share in Turkey's total export and import were
    1.1 percent and 4.4 percent, respectively": exports_share, imports_share), by figure start;
    empty when the sentence lists no such figures or names fewer metrics than figures."""
    if not spans or not RESPECTIVELY.match(text, spans[-1][1]) or len(spans) < 2:
        return {}
    if not all(clauses.LIST_GAP.fullmatch(text, a[1], b[0]) for a, b in itertools.pairwise(spans)):
        return {}
    before = text[sentence.start:spans[0][0]]
    named: list[tuple[int, str]] = []
    for _, rule in lexicon.rules_for("USD" if unit == "percent" else unit):
        if rule.metric not in ("exports", "imports", "trade_turnover", "investment", "production", "transit"):
            continue
        named += [(m.start(), rule.metric) for m in rule.pattern.finditer(before) if not in_name(before, m)]
    order = [metric for _, metric in sorted(named)]
    distinct = [m for i, m in enumerate(order) if m not in order[:i]]
    if len(distinct) < len(spans):
        return {}
    chosen = distinct[-len(spans):]
    if unit == "percent":
        if not re.search(r"\bshares?\b", before, re.IGNORECASE):
            return {}
        chosen = [f"{m}_share" for m in chosen]
    return {span[0]: metric for span, metric in zip(spans, chosen)}


#: "respectively" right after the last figure, or after its noun ("666,000 and 651,000 travelers respectively").
_AFTER_LAST = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?" + RESPECTIVELY.pattern, re.IGNORECASE)
#: "Iran is followed by Germany and Georgia": the countries before it rank above the listed ones.
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Respective:
    """What "respectively" gives one figure: its metric, or its country and the countries it is not about."""

    metric: str | None = None
    country: str | None = None
    others: frozenset[str] = frozenset()

    def subjects(self, subjects: tuple[str, ...]) -> tuple[str, ...]:
        """`subjects` with the figure's own country for the other listed (and ranked) ones."""
        if self.country is None:
            return subjects
        return tuple(sorted((set(subjects) - self.others) | {self.country}))


def respective_figures(text: str, sentence: Segment, inside: Sequence[tuple[tuple[int, int], str]],
                       countries: Sequence[CountrySpan]) -> dict[int, Respective]:
    """What "respectively" gives each figure of the sentence (`inside`: span and unit, in order), for
    each run of two or more figures in one unit joined as a list, by figure start."""
    found: dict[int, Respective] = {}
    run: list[tuple[tuple[int, int], str]] = []
    for item in [*inside, None]:
        if item is not None and (not run or (item[1] == run[-1][1] and clauses.LIST_GAP.fullmatch(
                text, run[-1][0][1], item[0][0]))):
            run.append(item)
            continue
        if len(run) >= 2 and _AFTER_LAST.match(text, run[-1][0][1]):
            spans = [span for span, _ in run]
            metrics = respective_metrics(text, sentence, spans, run[0][1])
            found.update({start: Respective(metric=m) for start, m in metrics.items()})
            if not metrics:
                found.update(_by_country(text, sentence, spans, countries))
        run = [item] if item is not None else []
    return found


def _by_country(text: str, sentence: Segment, spans: Sequence[tuple[int, int]],
                countries: Sequence[CountrySpan]) -> dict[int, Respective]:
    """The figures of a "respectively" run paired with the last list of exactly as many distinct countries
    ("Germany and Georgia", "Russia, Turkey, and Georgia") before the first figure; none without one."""
    before = sorted((c for c in countries if sentence.start <= c.start and c.end <= spans[0][0]), key=lambda c: c.start)
    chains = [[before[position] for position in run] for run in lists.runs(text, [(c.start, c.end) for c in before])]
    chain = next((c for c in reversed(chains) if len(c) == len(spans)), [])
    codes = [c.iso3 for c in chain]
    if not chain or len(set(codes)) != len(codes):
        return {}
    others = set(codes)
    if _FOLLOWED_BY.search(text, sentence.start, chain[0].start):
        others |= {c.iso3 for c in before if c.end <= chain[0].start}
    return {span[0]: Respective(country=code, others=frozenset(others - {code})) for span, code in zip(spans, codes)}
