"""indicators.v1: every quantitative claim of the article as an `Indicator`.

For each quantity of the quantities stage (dates and parenthesised conversions aside):

1. its sentence, and the clause window between the neighbouring figures of that sentence;
2. the metric from the keyword lexicon (`accords.indicators.lexicon.metric_for`); a figure
   with no metric word near it is left out, not guessed;
3. the kind (actual, target, forecast, estimate) from the cue words before it;
4. the subjects: the countries named in the clause, the article's pair for "between the two
   countries" and the like, and a first-person speaker's country inside a quote;
5. the period from the nearest time expression of the sentence (its calendar bounds), and
   for a target the deadline (the period's last day).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from accords.ids import fact_id
from accords.indicators.lexicon import kind_for, metric_for
from accords.indicators.periods import period_of
from accords.indicators.subjects import CountrySpan, article_pair, country_spans, subjects_for
from accords.model import Article, Evidence, Extraction, Indicator, Quantity, Segment, TimeExpression
from accords.nlp import normalise_for_nlp
from accords.pipeline import stage

STAGE = "indicators.v1"

_GROWTH = re.compile(
    r"\b(?:increas(?:e|ed|es|ing)|ris(?:e|es|ing)|rose|gr[eo]w(?:s|th|n|ing)?|up|declin(?:e|ed|es)|"
    r"decreas(?:e|ed|es)|f[ae]ll(?:s|en)?|drop(?:ped|s)?|hike|jump(?:ed)?|surg(?:e|ed))\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us)\b")
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r";|:\s|,\s+(?:and|but|while|whereas|which|who|adding|saying|stating|noting)\b|"
    r"\s(?:and|but)\s+(?=(?:I|we|they|he|she|it)\b)"
)
_RATES = ("gdp_growth", "inflation", "unemployment")


@stage(STAGE)
def indicators(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Indicators from the quantities, times, entities and quotes found so far."""
    text = doc.text if doc is not None else normalise_for_nlp(article.text)
    sentences = extraction.sentences or _fallback_sentences(text)
    countries = country_spans(text, extraction)
    pair = article_pair(countries)
    times = _calendar_times(extraction.times)
    speakers = _quote_speaker_countries(extraction)
    quantities = [
        q for q in _claims(extraction.quantities, times)
        if _metric(text, q, _sentence_of(sentences, q)) is not None
    ]
    found: list[Indicator] = []
    for sentence in sentences:
        inside = [q for q in quantities if sentence.start <= _span(q)[0] < sentence.end]
        for index, quantity in enumerate(inside):
            window_start = _span(inside[index - 1])[1] if index > 0 else sentence.start
            window_end = _span(inside[index + 1])[0] if index + 1 < len(inside) else sentence.end
            indicator = _indicator(
                article, text, quantity, sentence, (window_start, window_end),
                countries=countries, pair=pair, times=times, speakers=speakers,
            )
            if indicator is not None:
                found.append(indicator)
    return dataclasses.replace(extraction, indicators=extraction.indicators + tuple(found))


def _indicator(
    article: Article,
    text: str,
    quantity: Quantity,
    sentence: Segment,
    window: tuple[int, int],
    *,
    countries: Sequence[CountrySpan],
    pair: tuple[str, str] | None,
    times: Sequence[tuple[int, int, tuple[str, str]]],
    speakers: Sequence[tuple[int, int, str]],
) -> Indicator | None:
    start, end = _span(quantity)
    clause = _clause(text, sentence, start, end)
    window = (max(window[0], clause[0]), min(window[1], clause[1]))
    metric = _metric(text, quantity, sentence)
    if metric is None:
        return None
    lead = text[window[0]:start]
    if quantity.unit == "percent" and metric not in _RATES and not metric.endswith("_growth") and _GROWTH.search(lead):
        metric = f"{metric}_growth"
    kind = "actual" if _FROM_BEFORE.search(lead) else kind_for(text[window[0]:end])
    named = _countries_in(countries, window) or _countries_in(countries, (sentence.start, sentence.end))
    clause_text = text[window[0]:window[1]]
    extra = [iso for s, e, iso in speakers if s <= start < e and _FIRST_PERSON.search(clause_text)]
    subjects = subjects_for(clause_text, named, pair=pair, extra=extra)
    period = _nearest_period(times, (start, end), window, sentence)
    return Indicator(
        id=fact_id(article.id, "indicator", start, end, metric),
        metric=metric,
        value=quantity.value,
        unit=quantity.unit,
        evidence=(Evidence(article.id, sentence.start, sentence.end),),
        subjects=subjects,
        qualifier=quantity.qualifier,
        period=period,
        kind=kind,
        deadline=period[1] if kind == "target" and period is not None else None,
        stage=STAGE,
        confidence=0.7 if subjects else 0.5,
    )


def _metric(text: str, quantity: Quantity, sentence: Segment | None) -> str | None:
    if sentence is None:
        return None
    start, end = _span(quantity)
    return metric_for(text[sentence.start:start], text[end:sentence.end], unit=quantity.unit, figure=quantity.text)


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


def _claims(quantities: Sequence[Quantity], times: Sequence[tuple[int, int, tuple[str, str]]]) -> list[Quantity]:
    """Quantities that are claims: not inside a time expression, not a conversion in brackets."""
    kept: list[Quantity] = []
    for quantity in sorted((q for q in quantities if q.evidence), key=lambda q: _span(q)):
        start, end = _span(quantity)
        if any(ts <= start and end <= te for ts, te, _ in times):
            continue
        if kept and _is_conversion(kept[-1], quantity):
            continue
        kept.append(quantity)
    return kept


def _is_conversion(previous: Quantity, current: Quantity) -> bool:
    """"6 billion euros ($6.4 billion)": the bracketed figure restates the previous one."""
    gap = current.evidence[0].start - previous.evidence[0].end
    return 0 <= gap <= 3 and previous.unit != current.unit and previous.unit not in ("count", "percent")


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
) -> tuple[str, str] | None:
    """The period of the time expression nearest the figure, preferring its own clause window."""
    for low, high in (window, (sentence.start, sentence.end)):
        inside = [t for t in times if low <= t[0] and t[1] <= high]
        if inside:
            nearest = min(inside, key=lambda t: max(t[0] - figure[1], figure[0] - t[1], 0))
            return nearest[2]
    return None


def _countries_in(countries: Sequence[CountrySpan], window: tuple[int, int]) -> list[str]:
    return list(dict.fromkeys(c.iso3 for c in countries if window[0] <= c.start < window[1]))


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
