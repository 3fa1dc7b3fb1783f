"""Figures listed by where they come from: counts of travellers by origin ("Georgia welcomed
120,978 travelers from Armenia, 119,540 from Azerbaijan") and shares of a whole by origin ("Of
the total visitors to the country, 28.3% were from Russia, 21.9% from Georgia", "of the
arrivals, 12 percent came from Iraq").

A share by origin is the host's and the origin's (tests/gold/README.md: "a share of a host's
visitors by origin is the host's and the origin's, the rest ("citizens of other countries") the
host's alone"). Only a whole the text names right before the list ("Of the total visitors", "Of
Azerbaijan's imports") makes one, and only wholes of travellers and trade (`_WHOLES`): "28.3% were
from Russia" alone says not of what. The host is the one country the sentence names before the
list that is no origin of it; where the whole refers back ("the country", "the arrivals") and the
sentence names none, the one country the sentence before names as where people went ("visiting
Azerbaijan", "to Iran") or as the one that received them ("Georgia received 1.2 million visitors").
No host, no figure.

Counts by origin are found here too (`from_list`, the stage's reader of such lists; `from_item` makes
their figures), so both lists by origin, of counts and of shares, have one owner.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from accords.ids import fact_id
from accords.indicators.subjects import CountrySpan
from accords.model import Evidence, Indicator, Quantity, Segment

#: What a host receives from each origin of a list: travellers, whose count is the two countries' figure.
ARRIVALS = frozenset({"tourists", "visitors", "passengers", "pilgrims", "arrivals"})

#: The whole a list of shares divides, named right before its first share: "Of the total visitors to the country,",
#: "Of Azerbaijan's imports,", "Among the arrivals,".
_WHOLE_BEFORE = re.compile(
    r"(?:^\s*|[;:]\s+|,\s+)(?:[Oo]f|[Aa]mong)\s+(?P<whole>[^,;:.()\d%]{2,80}?)\s*,\s*(?:about\s+|some\s+|nearly\s+|around\s+)?$")
#: The nouns of a whole of travellers or of trade, and the metric of a share of it.
_WHOLES = (
    (re.compile(r"\b(?:visitors|tourists|travell?ers|arrivals|guests|holidaymakers)\b", re.IGNORECASE), "tourists_share"),
    (re.compile(r"\bpassengers\b", re.IGNORECASE), "passengers_share"),
    (re.compile(r"\bimports\b", re.IGNORECASE), "imports_share"),
    (re.compile(r"\bexports\b", re.IGNORECASE), "exports_share"),
)
#: Between a share and its origin: "28.3% were from", "21.9% from", "12 percent came from the".
_FROM_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|came|come|comes|originated)\s+)?from\s+(?:the\s+)?", re.IGNORECASE)
#: The rest of a list: "16.5% were citizens of other countries", "the rest from other countries".
_OTHERS_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|came|come)\s+)?(?:(?:from|citizens\s+of|nationals\s+of|residents\s+of)\s+)"
    r"(?:other|various|different)\s+countries\b", re.IGNORECASE)
#: Between two items of a list, of shares or of counts (`from_list`): ", ", ", and ", " and ", ", while ", "; ".
_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+)?|;\s*|\s+and\s+|\s+while\s+)")
#: Where people went or goods came in the sentence before: "visiting Azerbaijan", "travelled to Iran", "arrivals in Georgia".
_DESTINATION_BEFORE = re.compile(r"\b(?:visiting|visited|visit|to|in|into|entering|entered)\s+(?:the\s+)?$", re.IGNORECASE)
#: "Georgia received 1.2 million foreign visitors", "Turkey has welcomed": the host as the subject of a verb of hosting.
_HOSTED_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:received|welcomed|hosted|attracted|registered)\b", re.IGNORECASE)
#: A whole that refers back: "the total visitors to the country", "the arrivals", "these tourists".
_REFERS_BACK = re.compile(r"^(?:the|these|those|this)\b|\b(?:the|this)\s+country\b", re.IGNORECASE)
#: "120,978 travelers from Armenia, 119,540 from Azerbaijan, and 118,252 from Russia": a count's origin.
_COUNT_FROM_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?from\s+(?:the\s+)?$")


@dataclasses.dataclass(frozen=True)
class OriginShare:
    """A share of a whole by origin: its metric and its subjects (the host's, with the origin's)."""

    metric: str
    subjects: tuple[str, ...]


def origin_shares(
    text: str, quantities: Sequence[Quantity], countries: Sequence[CountrySpan], sentences: Sequence[Segment],
) -> dict[tuple[int, int], OriginShare]:
    """For each percent of a list of shares by origin after a named whole, by its span, what it is."""
    found: dict[tuple[int, int], OriginShare] = {}
    percents = [q for q in quantities if q.unit == "percent" and q.evidence]
    for index, sentence in enumerate(sentences):
        inside = [q for q in percents if sentence.start <= q.evidence[0].start < sentence.end]
        position = 0
        while position < len(inside):
            first = inside[position]
            whole = _WHOLE_BEFORE.search(text[sentence.start:first.evidence[0].start])
            metric = next((name for pattern, name in _WHOLES if whole and pattern.search(whole.group("whole"))), None)
            items = _items(text, inside[position:], countries) if metric is not None and whole is not None else []
            position += max(1, len(items))
            if not items or all(origin is None for _, origin in items):
                continue
            origins = {origin for _, origin in items if origin is not None}
            host = _host(text, sentence, sentence.start + whole.start("whole"), sentence.start + whole.end("whole"),
                         first.evidence[0].start, origins,
                         countries, sentences[index - 1] if index > 0 else None) if whole is not None else None
            if host is None or metric is None:
                continue
            for quantity, origin in items:
                found[(quantity.evidence[0].start, quantity.evidence[0].end)] = OriginShare(
                    metric, tuple(sorted({host, *([origin] if origin is not None else [])})))
    return found


def _items(text: str, percents: Sequence[Quantity], countries: Sequence[CountrySpan]) -> list[tuple[Quantity, str | None]]:
    """The shares of one list, each with its origin (None for the rest: "other countries"), in text order."""
    items: list[tuple[Quantity, str | None]] = []
    previous_end: int | None = None
    for quantity in percents:
        start, end = quantity.evidence[0].start, quantity.evidence[0].end
        if previous_end is not None and not _ITEM_GAP.fullmatch(text, previous_end, start):
            break
        if (linked := _FROM_AFTER.match(text, end)) is not None:
            origin = next((c for c in countries if c.start == linked.end()), None)
            if origin is None:
                break
            items.append((quantity, origin.iso3))
            previous_end = origin.end
        elif items and (rest := _OTHERS_AFTER.match(text, end)) is not None:
            items.append((quantity, None))
            previous_end = rest.end()
        else:
            break
    return items


def _host(
    text: str, sentence: Segment, whole_start: int, whole_end: int, list_start: int, origins: set[str],
    countries: Sequence[CountrySpan], before: Segment | None,
) -> str | None:
    """The one country whose whole the list divides: named in the sentence before the list, else, for a
    whole that refers back, the one destination or host of the sentence before."""
    named = {c.iso3 for c in countries if sentence.start <= c.start < list_start} - origins
    if named:
        return named.pop() if len(named) == 1 else None
    if before is None or not _REFERS_BACK.search(text[whole_start:whole_end]):
        return None
    went = {c.iso3 for c in countries if before.start <= c.start < before.end
            and (_DESTINATION_BEFORE.search(text, max(before.start, c.start - 20), c.start) or _HOSTED_AFTER.match(text, c.end))}
    return went.pop() if len(went) == 1 else None


def share_figure(
    article_id: str, sentence: Segment, quantity: Quantity, share: OriginShare, last: Sequence[Indicator],
    *, stage: str,
) -> Indicator:
    """The figure of a share by origin; its period is that of the figure the sentence before gave, if any."""
    start, end = quantity.evidence[0].start, quantity.evidence[0].end
    period = next((m.period for m in reversed(last) if m.period is not None), None)
    return Indicator(
        id=fact_id(article_id, "indicator", start, end, share.metric), metric=share.metric, value=quantity.value,
        unit="percent", evidence=(Evidence(article_id, sentence.start, sentence.end),), subjects=share.subjects,
        qualifier=quantity.qualifier, period=period, kind="actual", stage=stage)


def from_list(text: str, quantities: Sequence[Quantity], countries: Sequence[CountrySpan]) -> dict[tuple[int, int], str]:
    """Counts listed by where they come from ("120,978 travelers from Armenia, 119,540 from
    Azerbaijan, and 118,252 from Russia"): for each count of such a list of two or more, by its
    span, the country right after its "from"; one list's counts share what the first one counts."""
    origins: dict[tuple[int, int], str] = {}
    run: list[tuple[tuple[int, int], str, int]] = []  # (span, origin, origin end)
    for quantity in quantities:
        start, end = quantity.evidence[0].start, quantity.evidence[0].end
        origin = next((c for c in countries if c.start > end and _COUNT_FROM_AFTER.fullmatch(text, end, c.start)), None)
        if quantity.unit != "count" or origin is None:
            run = _closed(run, origins)
            continue
        if run and not _ITEM_GAP.fullmatch(text, run[-1][2], start):
            run = _closed(run, origins)
        run.append(((start, end), origin.iso3, origin.end))
    _closed(run, origins)
    return origins


def _closed(run: list[tuple[tuple[int, int], str, int]], origins: dict[tuple[int, int], str]) -> list:
    if len(run) >= 2:
        origins.update({span: origin for span, origin, _ in run})
    return []


def from_item(
    indicator: Indicator | None, made: Sequence[Indicator], sentence: Segment, span: tuple[int, int],
    quantity: Quantity, origins: dict[tuple[int, int], str], countries: Sequence[CountrySpan],
) -> Indicator | None:
    """A count of a list by origin (`from_list`) as the host's and its origin's, counting what
    the list's first count counts: the host is the one country the sentence names before the list
    that is no origin of it; without one, no figure (the text does not say whose arrivals they are).
    Only travellers are the host's too; other counts by origin keep their own subjects."""
    if not arrivals_list(indicator, made):
        return indicator
    listed = sorted(s for s in origins if sentence.start <= s[0] < sentence.end)
    first = listed[0]
    hosts = {c.iso3 for c in countries if sentence.start <= c.start < first[0]} - {origins[s] for s in listed}
    if len(hosts) != 1:
        return None
    lead = indicator if span == first else next(
        (m for m in made if m.evidence and m.id == fact_id(m.evidence[0].article_id, "indicator", *first, m.metric)), None)
    if lead is None or lead.metric not in ARRIVALS:
        return None  # "30 companies from Russia" are Russia's alone (tests/gold/README.md): no host
    return dataclasses.replace(
        lead, id=fact_id(lead.evidence[0].article_id, "indicator", *span, lead.metric), value=quantity.value,
        unit=quantity.unit, qualifier=quantity.qualifier, subjects=tuple(sorted(hosts | {origins[span]})))


def arrivals_list(indicator: Indicator | None, made: Sequence[Indicator]) -> bool:
    """Whether a count of a list by origin counts travellers: its own metric, else the last one made."""
    metric = indicator.metric if indicator is not None else (made[-1].metric if made else None)
    return metric in ARRIVALS
