"""indicators.v2: every quantitative claim of the article as an `Indicator`.

For each quantity of the quantities stage (dates and parenthesised conversions aside):

1. its sentence, and the clause window between the neighbouring figures of that sentence;
2. the metric from the keyword lexicon (`accords.indicators.lexicon.metric_for`); a figure
   with no metric word near it is left out, not guessed;
3. the kind (actual, target, forecast, estimate) from the cue words before it;
4. the subjects: the countries named in the clause, the article's pair for "between the two
   countries" and the like, and a first-person speaker's country inside a quote;
5. the period from the nearest time expression of the sentence (its calendar bounds), and
   for a target the deadline (the period's last day).

The two ends of a range ("400 to 500 wagons") and a figure restated in other terms ("40 mcm
per day or 10 to 15 bcm per year") make records that differ only in value, unit and qualifier.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from accords.ids import fact_id
from accords.indicators import clauses
from accords.indicators.lexicon import count_metric_named, kind_for, metric_for
from accords.indicators.periods import period_of
from accords.indicators.subjects import (
    CountrySpan,
    article_pair,
    country_spans,
    is_country,
    main_country,
    subjects_for,
)
from accords.model import Article, Evidence, Extraction, Indicator, Quantity, Segment, TimeExpression
from accords.nlp import doc_text, normalise_for_nlp
from accords.pipeline import stage

STAGE = "indicators.v2"

_GROWTH = re.compile(
    r"\b(?:increas(?:e|ed|es|ing)|ris(?:e|es|ing)|rose|gr[eo]w(?:s|th|n|ing)?|up|down|declin(?:e|ed|es)|"
    r"decreas(?:e|ed|es)|f[ae]ll(?:s|en)?|drop(?:ped|s)?|hike|jump(?:ed)?|surg(?:e|ed))\b",
    re.IGNORECASE,
)
_LIST_MEMBER = re.compile(r"\s+with\b")
#: "exceeded $9.233 billion": more than the figure.
_EXCEEDED = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topped)\s+$", re.IGNORECASE)
_MONEY = re.compile(r"[A-Z]{3}")
_POWER_UNITS = ("MW", "GW", "kW")
_AREA_UNITS = ("ha", "km2")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us)\b")
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r";|:\s|,\s+(?:and|but|while|whereas|which|who|adding|saying|stating|noting|followed\s+by)\b|"
    r"\s(?:and|but)\s+(?=(?:I|we|they|he|she|it)\b)"
)
_PAIR_AFTER = re.compile(r"\s+(?:annual\s+|yearly\s+)?(?:bilateral|mutual|two-way)\b", re.IGNORECASE)
#: "rose 21 percent to stand at $1.206 billion": the change and the level it reached are one claim.
_CHANGE_TO = re.compile(r"\s+to\s+(?:stand\s+at\s+|settle\s+at\s+|reach\s+|hit\s+)?$", re.IGNORECASE)
_RATES = ("gdp_growth", "inflation", "unemployment")
_AND_TO = re.compile(r"[^,.;]{0,40}?\b(?:and|or)\s+(?:then\s+)?(?:to|at)\s+$", re.IGNORECASE)
_ITS = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
#: "the country imported ...", "the Islamic Republic's export": the article's main country.
_THE_COUNTRY = re.compile(r"\b(?:the\s+country|the\s+Islamic\s+Republic)\b(?!\s+(?:of|level))", re.IGNORECASE)


@stage(STAGE)
def indicators(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Indicators from the quantities, times, entities and quotes found so far."""
    text = doc_text(doc) if doc is not None else normalise_for_nlp(article.text)
    sentences = extraction.sentences or _fallback_sentences(text)
    countries = country_spans(text, extraction)
    pair = article_pair(countries)
    times = _calendar_times(extraction.times)
    speakers = _quote_speaker_countries(extraction)
    enumerated = clauses.enumerated(text, countries)
    quantities = [
        q for q in _claims(text, extraction.quantities, times)
        if not clauses.is_reference_count(text, q)
        and (_metric(text, q, _sentence_of(sentences, q)) is not None or clauses.leans_on_previous(text, q))
    ]
    context = _Context(countries=countries, enumerated=enumerated, pair=pair, main=main_country(countries),
                       times=times, speakers=speakers)
    found: list[Indicator] = []
    last: Indicator | None = None  # the article's latest figure, what "the figure" refers back to
    for sentence in sentences:
        inside = [q for q in quantities if sentence.start <= _span(q)[0] < sentence.end]
        previous: Indicator | None = None
        list_metric: str | None = None
        made: list[Indicator] = []
        made_for: dict[int, Indicator] = {}
        for index, quantity in enumerate(inside):
            window_start = _span(inside[index - 1])[1] if index > 0 else sentence.start
            window_end = _span(inside[index + 1])[0] if index + 1 < len(inside) else sentence.end
            if index + 1 < len(inside) and clauses.worth_pair(text, quantity, inside[index + 1]):
                # "exported 124,737 tons of goods valued at $91.6 million to Tajikistan": one flow
                window_end = _span(inside[index + 2])[0] if index + 2 < len(inside) else sentence.end
            linked = made_for.get(index - 1) if index > 0 and clauses.worth_pair(text, inside[index - 1], quantity) \
                else None
            if index + 1 < len(inside) and _CHANGE_TO.match(text, _span(quantity)[1], _span(inside[index + 1])[0]):
                window_end = _span(inside[index + 2])[0] if index + 2 < len(inside) else sentence.end
            elif index + 1 < len(inside) and window_end == _span(inside[index + 1])[0]:
                window_end = clauses.next_head_start(text, _span(quantity)[1], window_end, countries)
            if index > 0 and made_for.get(index - 1) is not None and clauses.restates(text, inside[index - 1], quantity):
                # "40 million cubic meters of gas per day (mcm/d) or 10 to 15 billion cubic meters per year"
                indicator = dataclasses.replace(
                    made_for[index - 1], id=fact_id(article.id, "indicator", *_span(quantity), made_for[index - 1].metric),
                    value=quantity.value, unit=quantity.unit, qualifier=quantity.qualifier)
            elif index > 0 and made_for.get(index - 1) is not None and clauses.is_range(text, inside[index - 1], quantity):
                # "400 to 500 wagons": the upper end says what the lower end says
                lower = made_for[index - 1]
                indicator = dataclasses.replace(
                    lower, id=fact_id(article.id, "indicator", *_span(quantity), lower.metric), value=quantity.value,
                    qualifier=quantity.qualifier or "upper")
                if lower.qualifier is None:
                    made_for[index - 1] = dataclasses.replace(lower, qualifier="lower")
                    _replace(lower, made_for[index - 1], made, found)
                    previous = made_for[index - 1] if previous is lower else previous
            else:
                indicator = _indicator(article, text, quantity, sentence, (window_start, window_end), context,
                                       previous=previous, list_metric=list_metric, linked=linked, last=last,
                                       earlier=made)
            if indicator is None:
                continue
            made_for[index] = indicator
            if clauses.list_item_country(text, _span(quantity)[0], countries, window_start) is not None:
                list_metric = list_metric or indicator.metric
            previous = indicator
            made.append(indicator)
            if not _said_before(indicator, found):
                found.append(indicator)
        if made:
            last = made[-1]
    return dataclasses.replace(extraction, indicators=extraction.indicators + tuple(found))


def _replace(old: Indicator, new: Indicator, *lists: list[Indicator]) -> None:
    """Put `new` where `old` stands in each list (records are frozen)."""
    for records in lists:
        for position, record in enumerate(records):
            if record is old:
                records[position] = new


@dataclasses.dataclass(frozen=True)
class _Context:
    """What the article as a whole says about countries and times, shared by its figures."""

    countries: Sequence[CountrySpan]
    enumerated: set[tuple[int, int]]
    pair: tuple[str, str] | None
    main: str | None
    times: Sequence[tuple[int, int, tuple[str, str]]]
    speakers: Sequence[tuple[int, int, str]]


def _indicator(
    article: Article,
    text: str,
    quantity: Quantity,
    sentence: Segment,
    window: tuple[int, int],
    context: _Context,
    *,
    previous: Indicator | None,
    list_metric: str | None,
    linked: Indicator | None = None,
    last: Indicator | None = None,
    earlier: Sequence[Indicator] = (),
) -> Indicator | None:
    start, end = _span(quantity)
    clause = _clause(text, sentence, start, end)
    reach = window[1]  # where the next figure begins: a time beyond it dates that figure
    window = (max(window[0], clause[0]), min(window[1], clause[1]))
    lead, tail = text[window[0]:start], text[end:window[1]]
    referent = _referent(text, quantity, lead, tail, earlier, linked=linked, last=last)
    metric = _metric(text, quantity, sentence)
    if referent is not None:
        # "worth $7.51 billion", "the figure stood at", "versus the $1.892 billion": the same metric and subjects
        metric = referent.metric if quantity.unit == referent.unit or quantity.unit != "percent" \
            else _growth_name(referent.metric)
    if metric is None:
        return None
    share = previous is not None and bool(clauses.SHARE_OF.match(tail))
    list_item = clauses.list_item_country(text, start, context.countries, window[0])
    if referent is not None:
        pass
    elif share:
        # "$175 million ..., $130.13 million of which explained by imports": the part is named after it
        metric = metric_for("", tail, unit=quantity.unit, figure=quantity.text) or metric
    elif list_item is not None and list_metric is not None:
        metric = list_metric  # "Turkey with $3.4 billion, Afghanistan with $1.1 billion": one metric
    elif _MONEY.fullmatch(quantity.unit) and clauses.INVESTMENT_AFTER.match(tail):
        metric = "investment"  # "the $15 million joint venture plant"
    value = quantity.value
    change_of_previous = False
    if quantity.unit == "percent" and metric not in _RATES and not metric.endswith("_growth") \
            and (referent is None or referent.unit == "percent"):
        after = clauses.GROWTH_AFTER.match(tail)
        joined = previous is not None and previous.unit == "percent" and previous.metric.endswith("_growth") \
            and re.fullmatch(r"\W*(?:percent\s+)?(?:in\s+terms\s+of\s+\w+\s+)?(?:and|or|to)\s*", lead)
        if after is None:
            after = clauses.SHARED_GROWTH_AFTER.match(text, end)
        if _GROWTH.search(lead) or after is not None or joined:
            metric = previous.metric if joined else f"{metric}_growth"
            # "exceeded $9.2 billion ... to register a 48.5 percent increase": the change of that figure
            change_of_previous = previous is not None and previous.unit != "percent"
            cue = after.group(1) if after is not None else lead
            if clauses.FALL.search(cue) and value > 0:
                value = -value  # a fall is negative growth
    if clauses.TARGET_AFTER.match(tail) and not _FROM_BEFORE.search(lead):
        kind = "target"
    else:
        kind = "actual" if _FROM_BEFORE.search(lead) else kind_for(text[window[0]:end])
        if kind == "actual" and previous is not None and _AND_TO.match(lead):
            kind = previous.kind  # "should be increased to $1 billion in the first stage and to $3 billion"
    if referent is not None and quantity.unit == "percent" and referent.unit != "percent":
        cue = (clauses.GROWTH_AFTER.match(tail) or clauses.GROWTH_BEFORE.search(lead))
        if cue is not None and clauses.FALL.search(cue.group(0)) and value > 0:
            value = -value  # "a 34.5 percent decrease": negative growth
    if referent is not None:
        subjects = referent.subjects
    else:
        # "Turkey's exports to Iran stood at $138.6 million and its imports from Iran at $431.755 million"
        its = previous is not None and bool(_ITS.search(lead)) and set(
            _countries_in(context.countries, window, set())) <= set(previous.subjects)
        subjects = _subjects(text, quantity, sentence, window, context, metric=metric, list_item=list_item,
                             inherited=previous.subjects if previous is not None and (share or change_of_previous or its)
                             else ())
    period = _nearest_period(context.times, (start, end), window, sentence, reach=reach)
    if period is None and linked is not None:
        period = linked.period
    return Indicator(
        id=fact_id(article.id, "indicator", start, end, metric),
        metric=metric,
        value=value,
        unit=quantity.unit,
        evidence=(Evidence(article.id, sentence.start, sentence.end),),
        subjects=subjects,
        qualifier=quantity.qualifier or ("lower" if _EXCEEDED.search(lead) else None),
        period=period,
        kind=kind,
        deadline=period[1] if kind == "target" and period is not None else None,
        stage=STAGE,
        confidence=0.7 if subjects else 0.5,
    )


def _growth_name(metric: str) -> str:
    return metric if metric.endswith("_growth") or metric in _RATES else f"{metric}_growth"


def _referent(
    text: str,
    quantity: Quantity,
    lead: str,
    tail: str,
    earlier: Sequence[Indicator],
    *,
    linked: Indicator | None,
    last: Indicator | None,
) -> Indicator | None:
    """The earlier figure this one restates or changes, whose metric and subjects it takes, or None.

    - the money of "16.74 million tons of goods, at the value of $7.51 billion" (`linked`);
    - "the figure stood at $4.445 billion", "versus the $1.892 billion of 2015", "from 1.66 million
      in 2016": the latest earlier figure in the same unit;
    - a change with no metric word of its own after a figure ("a 34.5 percent decrease", "the
      figure shows a 38-percent fall"): that figure.
    """
    if linked is not None:
        return linked
    refers_back = bool(clauses.REFERS_BACK.search(lead))
    if not earlier:
        if not refers_back or last is None:
            return None
        earlier = [last]  # "The figure stood at $4.445 billion ...": the previous sentence's figure
    start = _span(quantity)[0]
    same_unit = [f for f in earlier if f.unit == quantity.unit]
    if refers_back or clauses.COMPARED_BEFORE.search(text[max(0, start - 40):start]):
        if same_unit:
            return same_unit[-1]

    if quantity.unit == "percent" and (clauses.GROWTH_AFTER.match(tail) or clauses.GROWTH_BEFORE.search(lead)):
        own = metric_for(lead, tail, unit="percent", figure=quantity.text)
        if own is None:
            figures = [f for f in earlier if f.unit != "percent"]
            if figures:
                return figures[-1]
    return None


def _subjects(
    text: str,
    quantity: Quantity,
    sentence: Segment,
    window: tuple[int, int],
    context: _Context,
    *,
    metric: str,
    list_item: CountrySpan | None,
    inherited: Sequence[str],
) -> tuple[str, ...]:
    """The countries a figure is about (see the module docstring, step 4).

    A list item's own country joins the countries named elsewhere in its sentence; countries
    listed three or more in a row are examples, left out unless nothing else is named; a share
    ("of which") keeps the subjects of the whole; "the country" is the country the sentence
    named first, else the article's main country; a pair cue anywhere before the figure in its
    sentence ("the two countries' trade volume, which is $700 million") gives the article's
    pair; a flow with one partner ("exports to Uzbekistan stood at") adds the other side; a
    sentence that names no country gives the article's pair, or its one country.
    """
    start, end = _span(quantity)
    sentence_span = (sentence.start, clauses.attribution_start(text, sentence.start, sentence.end))
    window = (window[0], min(window[1], sentence_span[1]))
    if list_item is not None:
        owners = {
            c.iso3 for c in context.countries
            if sentence_span[0] <= c.start < sentence_span[1] and (c.start, c.end) not in context.enumerated
            and not _LIST_MEMBER.match(text, c.end)
        }  # "Afghanistan with $1.655 billion, ... were next in terms of imports from Iran": Iran too
        return _with_partner(tuple(sorted(owners | {list_item.iso3})), metric, context, partner=True)
    if context.pair is not None and _PAIR_AFTER.match(text, end):
        return tuple(context.pair)  # "the targeted $30-billion bilateral trade"
    named = _countries_in(context.countries, window, context.enumerated) or _countries_in(
        context.countries, sentence_span, context.enumerated)
    if not named:
        named = _countries_in(context.countries, window, set()) or _countries_in(context.countries, sentence_span, set())
    if any(is_country(c) and c != context.main for c in named):
        named = [c for c in named if is_country(c)]  # "As for other SCO members, exports to Uzbekistan"
    clause_text = text[window[0]:window[1]]
    extra = [iso for s, e, iso in context.speakers if s <= start < e and _FIRST_PERSON.search(clause_text)]
    extra += list(inherited)
    the_country = _the_country(text, sentence, (start, end), window, context)
    if the_country is not None:
        extra.append(the_country)
    subjects = subjects_for(text[sentence.start:window[1]], named, pair=context.pair, extra=extra)
    if not subjects:
        # no country named: the article's pair, or the one country an article about one economy names
        return tuple(context.pair) if context.pair is not None else ((context.main,) if context.main else ())
    partner = any(
        window[0] <= c.start < window[1] and c.iso3 in subjects and _PARTNER_BEFORE.search(text, max(0, c.start - 8), c.start)
        for c in context.countries
    )
    return _with_partner(subjects, metric, context, partner=partner)


#: "exports to Uzbekistan", "imports by Tajikistan", "trade with Armenia": the country is one side of a flow.
_PARTNER_BEFORE = re.compile(r"\b(?:to|from|by|with|into)\s+(?:the\s+)?$", re.IGNORECASE)
_FLOWS = ("exports", "imports", "trade_turnover", "non_oil_exports", "non_oil_trade", "trade_balance")


def _with_partner(subjects: tuple[str, ...], metric: str, context: _Context, *, partner: bool) -> tuple[str, ...]:
    """A flow that names only its partner country ("exports to Uzbekistan stood at $368 million")
    runs between that country and the article's main country."""
    base = metric.removesuffix("_growth")
    if (partner and base in _FLOWS and len(subjects) == 1 and is_country(subjects[0])
            and context.main is not None and context.main != subjects[0]):
        return tuple(sorted((*subjects, context.main)))
    return subjects


def _the_country(
    text: str, sentence: Segment, figure: tuple[int, int], window: tuple[int, int], context: _Context
) -> str | None:
    """What "the country" or "the Islamic Republic" near a figure stands for: the country its
    sentence named first before it ("lands in Turkey and boost the country's electricity
    production"), else the article's main country; None when the phrase is not there."""
    match = _THE_COUNTRY.search(text, sentence.start, figure[0]) or _THE_COUNTRY.search(text, figure[1], window[1])
    if match is None or context.main is None:
        return None
    if match.group(0).lower().startswith("the country"):
        named = [
            c.iso3 for c in context.countries
            if sentence.start <= c.start < match.start() and is_country(c.iso3) and (c.start, c.end) not in context.enumerated
        ]
        if named:
            return named[0]
    return context.main


def _said_before(indicator: Indicator, found: Sequence[Indicator]) -> bool:
    """The same claim repeated (same metric, value, unit and kind, the same subjects or one of the
    first one's) is recorded once: "a $7 billion agreement" ... "had invested a total of $7 billion"."""
    return any(
        (f.metric, f.value, f.unit, f.kind) == (indicator.metric, indicator.value, indicator.unit, indicator.kind)
        and (indicator.subjects == f.subjects or len(indicator.subjects) == 1 and set(indicator.subjects) < set(f.subjects))
        for f in found
    )


def _metric(text: str, quantity: Quantity, sentence: Segment | None) -> str | None:
    if sentence is None:
        return None
    start, end = _span(quantity)
    before, after = text[sentence.start:start], text[end:sentence.end]
    if quantity.unit == "count" and (members := clauses.members_metric(text, end)) is not None:
        return members
    low, high = _clause(text, sentence, start, end)
    metric = None
    if low > sentence.start and quantity.unit != "count":
        # "allocated 45 billion rials ..., adding that 35 billion rials has been invested": the clause's own word first
        metric = metric_for(text[low:start], text[end:high], unit=quantity.unit, figure=quantity.text)
    metric = metric or metric_for(before, after, unit=quantity.unit, figure=quantity.text)
    if metric is None and quantity.unit == "count":
        metric = count_metric_named(before)
    if metric is None and quantity.unit in _POWER_UNITS:
        metric = "capacity"  # "a 100-MW hydroelectric power plant"
    if quantity.unit in _AREA_UNITS:
        metric = "area"  # "water for up to two million hectares of arable lands": the unit says what it measures
    return metric


def _sentence_of(sentences: Sequence[Segment], quantity: Quantity) -> Segment | None:
    start = _span(quantity)[0]
    return next((s for s in sentences if s.start <= start < s.end), None)


def _clause(text: str, sentence: Segment, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence that holds text[start:end], cut at ";", ", and ...", ": "."""
    low, high = sentence.start, sentence.end
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.end() <= start:
            low = match.end()
        elif match.start() >= end:
            high = match.start()
            break
    return low, high


def _span(record: Quantity | TimeExpression) -> tuple[int, int]:
    return record.evidence[0].start, record.evidence[0].end


def _claims(
    text: str, quantities: Sequence[Quantity], times: Sequence[tuple[int, int, tuple[str, str]]]
) -> list[Quantity]:
    """Quantities that are claims: not inside a time expression, not a conversion in brackets."""
    kept: list[Quantity] = []
    for quantity in sorted((q for q in quantities if q.evidence), key=lambda q: _span(q)):
        start, end = _span(quantity)
        if any(ts <= start and end <= te for ts, te, _ in times):
            continue
        if kept and _is_conversion(text, kept[-1], quantity):
            continue
        kept.append(quantity)
    return kept


def _is_conversion(text: str, previous: Quantity, current: Quantity) -> bool:
    """"6 billion euros ($6.4 billion)", "140-kilometer (48-mile)": the bracketed figure restates
    the previous one, in another unit or in the same unit after conversion."""
    gap = current.evidence[0].start - previous.evidence[0].end
    if not 0 <= gap <= 3 or previous.unit in ("count", "percent"):
        return False
    return previous.unit != current.unit or text[previous.evidence[0].end:current.evidence[0].start].strip() == "("


def _calendar_times(times: Sequence[TimeExpression]) -> list[tuple[int, int, tuple[str, str]]]:
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


def _nearest_period(
    times: Sequence[tuple[int, int, tuple[str, str]]],
    figure: tuple[int, int],
    window: tuple[int, int],
    sentence: Segment,
    *,
    reach: int | None = None,
) -> tuple[str, str] | None:
    """The period of the time expression nearest the figure, preferring its own clause window;
    a time after the next figure of the sentence (before `reach`) is left to that figure."""
    for low, high in (window, (sentence.start, sentence.end if reach is None else reach)):
        inside = [t for t in times if low <= t[0] and t[1] <= high]
        if inside:
            nearest = min(inside, key=lambda t: max(t[0] - figure[1], figure[0] - t[1], 0))
            return nearest[2]
    return None


def _countries_in(countries: Sequence[CountrySpan], window: tuple[int, int], leave_out: set[tuple[int, int]]) -> list[str]:
    return list(dict.fromkeys(
        c.iso3 for c in countries if window[0] <= c.start < window[1] and (c.start, c.end) not in leave_out
    ))


def _quote_speaker_countries(extraction: Extraction) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each quote whose speaker has a country, for "I"/"we" figures."""
    by_id = {e.id: e for e in extraction.entities}
    found = []
    for quote in extraction.quotes:
        speaker = by_id.get(quote.speaker or "")
        if speaker is None or not quote.direct:
            continue
        country = speaker.country or (speaker.canonical_id if speaker.type == "COUNTRY" else None)
        if country:
            for ev in quote.evidence:
                found.append((ev.start, ev.end, country))
    return found


def _fallback_sentences(text: str) -> tuple[Segment, ...]:
    """Sentences when segment.v1 did not run: split after . ! ? and at line breaks."""
    spans = []
    for match in re.finditer(r"[^\n.!?]+(?:[.!?]+|$)", text):
        if match.group(0).strip():
            spans.append(Segment(match.start(), match.end()))
    return tuple(spans)
