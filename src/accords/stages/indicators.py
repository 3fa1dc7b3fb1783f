"""indicators.v2: every quantitative claim of the article as an `Indicator`.

For each quantity of the quantities stage (dates and conversions of units aside; an amount's
conversion to another currency in brackets is kept as its restatement):

1. its sentence (the lines of a hard-wrapped text joined back: `clauses.unwrapped`), and the
   clause window between the neighbouring figures of that sentence;
2. the metric from the keyword lexicon (`accords.indicators.lexicon`), or an earlier figure's
   it restates or changes (`referents`), a percentage change as `<metric>_growth` (`changes`),
   a percentage of a plain whole named after it by its words (`ownshares`: "70 percent of Syria’s
   water resources"); a figure with no metric word near it is left out, not guessed;
3. the kind (actual, target, forecast, estimate) and a target's deadline (`kinds`);
4. the subjects: the countries named in the clause, the article's pair for "between the two
   countries" and the like, and a first-person speaker's country inside a quote; in a sentence
   naming no country, the pair for what passes between two sides, else the countries the
   sentences just before it name (`owners`);
5. the period from the nearest time expression of the sentence (`periods`).

This module only assembles: every rule and word list lives in one module of
`accords.indicators` (lists, restatements and clauses in `clauses`, ranges in `ranges`).

The two ends of a range ("400 to 500 wagons") and a figure restated in other terms ("40 mcm
per day or 10 to 15 bcm per year") make records that differ only in value, unit and qualifier.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from accords import knowledge
from accords.ids import fact_id
from accords.indicators import (
    anniversaries, asides, based, clauses, controls, countrylists, holders, wildlife, coordinated, counted, countnouns,
    countrycounts, elections, embeds, fleets,
    items, justice, labels, leadins, markets, origins as by_origin, ownshares, places, pledges, pledgesides, ranges,
    statuses,
    tariffs,
    terms, urged, visas, visits,
    wordmultiples, balances, subjectless, ordinals,
)
from accords.indicators.changes import CHANGE_SUFFIX, amount_change, moved_by, percent_change
from accords.indicators.confidence import figure_confidence, sentence_countries
from accords.indicators.kinds import change_end_kind, deadline_of, kind_in_time, kind_of
from accords.indicators.named import CASUALTIES, aid_family, aid_kind, balance_sign, deficit
from accords.indicators.lexicon import (
    INVESTMENT_AFTER, PEOPLE, RATIO, apposed_country, figure_metric, growth_name, metric_for, people_country,
)
from accords.indicators.respective import Respective, respective_figures
from accords.indicators.mentioncountries import organisation_countries, people_countries, quote_speaker_countries
from accords.indicators.owners import (
    TARIFFS,
    ArticleCountries,
    FigurePlace,
    countries_in,
    figure_subjects,
    names_previous_owner,
    text_home,
)
from accords.indicators.packages import PACKAGE_SENTENCES, PACKAGED, is_item, packages_item, under_package
from accords.indicators.periods import (TimeSpan, calendar_times, fiscal_period, is_history, nearest_period,
                                       with_fiscal_years, year_earlier)
from accords.indicators.referents import part_of_last, referent as find_referent, share_whole
from accords.indicators.subjects import (
    CountrySpan,
    article_pair,
    country_spans,
    main_country,
    title_countries,
)
from accords.model import Article, Evidence, Extraction, Indicator, Quantity, Segment, TimeExpression
from accords.nlp import doc_text, normalise_for_nlp
from accords.pipeline import stage
from accords.quantities.units import is_money

STAGE = "indicators.v2"


@stage(STAGE)
def indicators(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Indicators from the quantities, times, entities and quotes found so far."""
    text = doc_text(doc) if doc is not None else normalise_for_nlp(article.text)
    sentences = clauses.unwrapped(text, extraction.sentences) if extraction.sentences else _fallback_sentences(text)
    official = knowledge.home_country(article.source, article.url) \
        if knowledge.government_outlet(article.source, article.url) else None
    countries = country_spans(text, extraction, official=official)
    pair = article_pair(countries)
    times = with_fiscal_years(text, calendar_times(extraction.times))
    enumerated = countrylists.enumerated(text, countries)
    claimed = wordmultiples.word_multiples(article.id, text, clauses.multiples(
        text, clauses.with_shared_units(text, clauses.claims(text, extraction.quantities, times)), RATIO), RATIO)
    claimed = ordinals.ordinal_anniversaries(article.id, text, claimed,  # "the 60th anniversary of diplomatic ties"
                                             official=knowledge.government_outlet(article.source, article.url))
    conversions = {_span(q): p for p, q in itertools.pairwise(claimed) if clauses.converts(text, p, q)}
    origins = by_origin.from_list(text, claimed, countries)
    shares = by_origin.origin_shares(text, claimed, countries, sentences)  # "Of the total visitors, 28.3% were from Russia"
    # "The stock's 52-week range is $73.96 to $104.80": the upper end of a range says what its lower end says
    upper_ends = {_span(q) for p, q in itertools.pairwise(claimed) if ranges.is_range(text, p, q)
                  and _metric(text, p, _sentence_of(sentences, p)) is not None}
    figures = [
        q for q in claimed
        if _span(q) not in conversions and (q.stage == ordinals.STAGE or not clauses.is_reference_count(text, q))
        and not _impossible_count(q)
        and not embeds.in_post(text, _span(q)[0])  # "… https://t.co/…" above "— Name (@handle) November 18, 2019"
        and (_metric(text, q, _sentence_of(sentences, q)) is not None or clauses.leans_on_previous(text, q)
             or _span(q) in origins or _span(q) in shares or _span(q) in upper_ends)
    ]
    # "between $18 and $20 a share": the lower end of a range that names nothing itself, by its upper end
    lower_ends = {_span(q): p for p, q in itertools.pairwise(claimed)
                  if q in figures and p not in figures and _span(p) not in conversions and ranges.is_range(text, p, q)
                  and not moved_by(text[max(0, _span(p)[0] - 40):_span(p)[0]])}  # not "up $2.10 to $57.40"
    # a conversion stays only with the amount it converts ("750,000 rials ($20)")
    quantities = sorted(figures + [q for q in claimed if _span(q) in conversions and conversions[_span(q)] in figures],
                        key=_span)
    outlet = knowledge.outlet_country(article.source, article.url)
    context = ArticleCountries(countries=countries, enumerated=enumerated, pair=pair, main=main_country(countries),
                               speakers=quote_speaker_countries(extraction), sentences=sentences,
                               lists=countrylists.listed_with(text, countries),
                               home=text_home(outlet, extraction),
                               people=people_countries(extraction),
                               organisations=organisation_countries(extraction, text),
                               official=official,
                               titled=title_countries(article.title),
                               institutions=pledges.institution_mentions(text, extraction, countries),
                               region=countrylists.region_list(text, countries, home=official),
                               national=outlet is not None and knowledge.home_country(article.source, article.url) is None)
    found: list[Indicator] = []
    itemised: set[str] = set()  # the items that took all their package's sides
    last_made: list[Indicator] = []  # the figures of the latest sentence that had any: what "the figure" refers back to
    for sentence_index, sentence in enumerate(sentences):
        inside = [q for q in quantities if sentence.start <= _span(q)[0] < sentence.end]
        # "750,000 rials ($20)": a conversion restates the amount before it, made once that one is
        converted = {_span(q): inside[i - 1] for i, q in enumerate(inside) if i > 0 and clauses.converts(text, inside[i - 1], q)}
        inside = [q for q in inside if _span(q) not in converted]
        respective = respective_figures(text, sentence, [(_span(q), q.unit) for q in inside], countries)
        previous: Indicator | None = None
        list_metric: str | None = None
        made: list[Indicator] = []
        made_for: dict[int, Indicator] = {}
        for index, quantity in enumerate(inside):
            indicator: Indicator | None
            window_start = _span(inside[index - 1])[1] if index > 0 else sentence.start
            window_end = _span(inside[index + 1])[0] if index + 1 < len(inside) else sentence.end
            window_start = _own_phrase_start(text, window_start, quantity, window_end, countries)
            past_next = _span(inside[index + 2])[0] if index + 2 < len(inside) else sentence.end  # the next figure's phrase too
            if index + 1 < len(inside) and (clauses.worth_pair(text, quantity, inside[index + 1])
                                            or asides.opens_aside(text, quantity, inside[index + 1])):
                # "exported 124,737 tons of goods valued at $91.6 million to Tajikistan": one flow; "exported $7.6
                # billion worth of goods (5.4% of its total exports) to Iraq": the aside inside the phrase
                window_end = past_next
            linked = made_for.get(index - 1) if index > 0 and clauses.worth_pair(text, inside[index - 1], quantity) \
                else None
            if index + 1 < len(inside) and (clauses.CHANGE_TO.match(text, _span(quantity)[1], _span(inside[index + 1])[0])
                                            or ranges.dashed(text, quantity, inside[index + 1])):  # "a 61-66 percent cut in 2035"
                window_end = past_next
            elif index + 1 < len(inside) and coordinated.shares_destination(
                    text, _span(quantity), _span(inside[index + 1]), countries, units=(quantity.unit, inside[index + 1].unit)):
                window_end = past_next  # "... to Turkey"
            elif index + 1 < len(inside) and window_end == _span(inside[index + 1])[0]:
                window_end = clauses.next_head_start(text, _span(quantity)[1], window_end, countries)
            if index > 0 and made_for.get(index - 1) is not None and clauses.restates(text, inside[index - 1], quantity):
                # "40 million cubic meters of gas per day (mcm/d) or 10 to 15 billion cubic meters per year"
                indicator = dataclasses.replace(
                    made_for[index - 1], id=fact_id(article.id, "indicator", *_span(quantity), made_for[index - 1].metric),
                    value=quantity.value, unit=quantity.unit, qualifier=quantity.qualifier)
            elif index > 0 and made_for.get(index - 1) is not None and ranges.is_range(text, inside[index - 1], quantity) \
                    and ranges.carries_lower(text, made_for[index - 1], inside[index - 1], quantity):  # not "grew by 410,000 to"
                # "400 to 500 wagons": the upper end says what the lower end says
                lower = made_for[index - 1]
                indicator = dataclasses.replace(lower, id=fact_id(article.id, "indicator", *_span(quantity), lower.metric),
                                                value=ranges.upper_value(lower, quantity.value),
                    qualifier=quantity.qualifier or "upper")
                if lower.qualifier is None:
                    made_for[index - 1] = dataclasses.replace(lower, qualifier="lower")
                    _replace(lower, made_for[index - 1], made, found)
                    previous = made_for[index - 1] if previous is lower else previous
            else:
                change_kind = change_end_kind(
                    text, clauses.clause(text, sentence, *_span(inside[index - 1]))[0], _span(inside[index - 1]),
                    _span(quantity)) if index > 0 else None
                indicator = _indicator(article, text, quantity, sentence, (window_start, window_end), context, times,
                                       previous=previous, list_metric=list_metric, linked=linked,
                                       last=_referred(last_made, quantity.unit),
                                       earlier=made, change_kind=change_kind,
                                       respective=respective.get(_span(quantity)[0]),
                                       previous_span=_span(inside[index - 1]) if index > 0 else None)
            if _span(quantity) in origins:
                # "Georgia welcomed 120,978 travelers from Armenia, 119,540 from Azerbaijan": each count is the
                # host's and its origin's, and counts what the first one counts; no host named, no figure
                indicator = by_origin.from_item(indicator, made, sentence, _span(quantity), quantity, origins, countries)
            elif (share := shares.get(_span(quantity))) is not None:
                indicator = by_origin.share_figure(article.id, sentence, quantity, share, [*last_made, *made], stage=STAGE)
            if indicator is None or labels.in_passing(text, *_span(quantity), unit=quantity.unit, value=quantity.value) \
                    or urged.asked_of_all(text, sentence.start, _span(quantity)[0]):  # "We urge all countries to reduce ..."
                continue  # a distance, "not even 1 meter", "zero doubt": no figure, though it bounds its neighbours' windows
            if indicator.metric == "aid" and (kind := aid_kind(text[_span(quantity)[1]:window_end])) is not None:
                indicator = dataclasses.replace(indicator, metric=kind)  # "$15 million in humanitarian assistance"
            recent = sentences[max(0, sentence_index - PACKAGE_SENTENCES)].start
            if indicator.metric in PACKAGED and is_item(text, sentence) and (package := next(
                    (f for f in reversed(found) if f.metric in PACKAGED and len(f.subjects) >= 2
                     and f.evidence[0].start >= recent and (f.id in itemised or packages_item(text, f.evidence[0], sentence))),
                    None)) is not None:  # a sibling bullet only as an item of the same package
                indicator = dataclasses.replace(indicator, subjects=under_package(indicator.subjects, package.subjects,
                                                                                  context.home))
                itemised |= {indicator.id} if indicator.subjects == package.subjects else set()
            if (low := lower_ends.get(_span(quantity))) is not None:
                # "priced between $18 and $20 a share": the lower end, which names nothing, says what the upper end says
                lower_end = dataclasses.replace(indicator, id=fact_id(article.id, "indicator", *_span(low), indicator.metric),
                                                value=low.value, qualifier=low.qualifier or "lower")
                indicator = dataclasses.replace(indicator, qualifier=indicator.qualifier or "upper")
                made.append(lower_end)
                if context.official is not None or not _said_before(lower_end, found):
                    found.append(lower_end)
            made_for[index] = indicator
            if countrylists.list_item_country(text, _span(quantity)[0], countries, window_start) is not None:
                list_metric = list_metric or indicator.metric
            previous = indicator
            made.append(indicator)
            if context.official is not None or not _said_before(indicator, found):
                # a government's fact sheet restates its pledges (the lead, a heading, a bullet) and the
                # gold keeps each statement; elsewhere a claim repeated is recorded once
                found.append(indicator)
        for span, base in converted.items():
            made_from = next((m for m in made if m.id == fact_id(article.id, "indicator", *_span(base), m.metric)), None)
            if made_from is not None:
                conversion = next(q for q in quantities if _span(q) == span)
                made.append(indicator := dataclasses.replace(
                    made_from, id=fact_id(article.id, "indicator", *span, made_from.metric), value=conversion.value,
                    unit=conversion.unit, qualifier=clauses.conversion_qualifier(made_from.qualifier, conversion.qualifier)))
                if context.official is not None or not _said_before(indicator, found):
                    found.append(indicator)
        if made:
            last_made = made
    found = subjectless.kept(found + _itemised(article, text, sentences, extraction.quantities, found, context), context)
    named = [(c.start, c.iso3) for c in countries]  # a figure whose subjects its own sentence names is surer
    found = [dataclasses.replace(f, confidence=figure_confidence(f.subjects, official=context.official is not None, named=(
        sentence_countries((f.evidence[0].start, f.evidence[0].end), named)))) for f in found]
    return dataclasses.replace(extraction, indicators=extraction.indicators + tuple(found))


def _itemised(
    article: Article, text: str, sentences: Sequence[Segment], quantities: Sequence[Quantity], found: Sequence[Indicator],
    context: ArticleCountries,
) -> list[Indicator]:
    """Counts of the bullet items under a figure's list (`accords.indicators.items`), with its
    subjects and kind; under a list whose opening sentence has no figure, with the countries that
    sentence names and the kind it states (`items.intro_kind`)."""
    intro_of = items.introduced(text, sentences)
    if not intro_of:
        return []
    taken = {f.evidence[0].start for f in found}
    made: list[Indicator] = []
    for sentence in sentences:
        intro = intro_of.get(sentence.start)
        if intro is None:
            continue
        intro_end = next(s.end for s in sentences if s.start == intro)
        # the opening sentence's own figure, not one an earlier item of the list made ("Three patrol boats")
        owner = next((f for f in reversed(found) if intro <= f.evidence[0].start < min(intro_end, sentence.start)), None)
        if owner is not None:
            subjects = owner.subjects
            kind = "target" if any((aid_family(f.metric), f.value, f.unit, f.kind)
                                   == (aid_family(owner.metric), owner.value, owner.unit, "target")
                                   for f in found) else owner.kind  # "announced $800 million ..." then "The new package includes:"
        else:
            # "previous United States assistance committed to Ukraine includes:"
            subjects = tuple(sorted(set(countries_in(context.countries, (intro, intro_end), context.enumerated))))
            kind = items.intro_kind(text[intro:intro_end])
            if not subjects:
                continue
        previous_end: int | None = None
        for quantity in quantities:
            start, end = _span(quantity)
            if not sentence.start <= start < sentence.end or quantity.unit != "count":
                continue
            metric = items.item_metric(text, sentence, quantity, previous_end)
            previous_end = end
            if metric is None or any(t for t in taken if sentence.start <= t < sentence.end and t == start):
                continue
            made.append(Indicator(
                id=fact_id(article.id, "indicator", start, end, metric), metric=metric, value=quantity.value,
                unit="count", evidence=(Evidence(article.id, sentence.start, sentence.end),), subjects=subjects,
                qualifier=quantity.qualifier, kind=kind, stage=STAGE,
            ))
    return made


def _own_phrase_start(text: str, window_start: int, quantity: Quantity, window_end: int,
                      countries: Sequence[CountrySpan]) -> int:
    """Where a figure's window begins when the text before it, after the previous figure, names
    countries and ends with "and (a)" while countries follow the figure too: "a 25% additional
    tariff on imports from Canada and Mexico and a 10% additional tariff on imports from China"
    gives Canada and Mexico to the first rate only; so does a comma right before the figure after a
    short head ("30 companies from Russia, 30 companies from Kyrgyzstan": Kyrgyzstan's alone)."""
    start, end = _span(quantity)
    joined = clauses.AND_NEXT.search(text, window_start, start)
    if joined is None:
        # "30 companies from Russia, 30 companies from Kyrgyzstan": the short head after the previous figure is its own
        joined = clauses.COMMA_NEXT.search(text, window_start, start)
        if joined is not None and len(text[window_start:joined.start()].split()) > clauses.COMMA_ITEM_WORDS:
            joined = None
    if joined is None or not any(window_start <= c.start < joined.start() for c in countries):
        return window_start
    return joined.start() if any(end <= c.start < window_end for c in countries) else window_start


def _referred(figures: Sequence[Indicator], unit: str) -> Indicator | None:
    """What "the figure" of a new sentence refers back to among the figures of the sentence before:
    the latest in its own unit ("... has reached $4.575 billion ..., registering a three percent
    rise ... The figure stood at $4.445 billion": the trade, not the rise), else the latest."""
    return next((f for f in reversed(figures) if f.unit == unit), figures[-1] if figures else None)


def _replace(old: Indicator, new: Indicator, *lists: list[Indicator]) -> None:
    """Put `new` where `old` stands in each list (records are frozen)."""
    for records in lists:
        for position, record in enumerate(records):
            if record is old:
                records[position] = new


def _indicator(
    article: Article,
    text: str,
    quantity: Quantity,
    sentence: Segment,
    window: tuple[int, int],
    context: ArticleCountries,
    times: Sequence[TimeSpan],
    *,
    previous: Indicator | None,
    list_metric: str | None,
    linked: Indicator | None = None,
    last: Indicator | None = None,
    earlier: Sequence[Indicator] = (),
    change_kind: str | None = None,
    respective: Respective | None = None,
    previous_span: tuple[int, int] | None = None,
) -> Indicator | None:
    start, end = _span(quantity)
    clause = clauses.clause(text, sentence, start, end)
    reach = window[1]  # where the next figure begins: a time beyond it dates that figure
    window = (max(window[0], clause[0]), min(window[1], clause[1]))
    lead, tail = text[window[0]:start], text[end:window[1]]
    referent = find_referent(text, quantity, lead, tail, earlier, linked=linked, last=last)
    metric = _metric(text, quantity, sentence)
    if referent is not None:
        # "worth $7.51 billion", "the figure stood at", "versus the $1.892 billion": the same metric and subjects
        metric = referent.metric if quantity.unit == referent.unit or quantity.unit != "percent" \
            else growth_name(referent.metric)
    if metric is None or (terms.is_programme_term(metric) and context.official is None):
        return None  # no metric; a programme's term outside a government's own text ("a five-year plan" in news)
    if (metric := tariffs.tariff_metric(text[clause[0]:clause[1]], metric, quantity.unit, lead=text[clause[0]:start],
                                        tail=text[end:clause[1]])) is None:
        return None  # "revenues from the tariffs have totaled $63 billion": money no price, whose sides the text does not give
    share = previous is not None and bool(clauses.SHARE_OF.match(tail))
    whole = share_whole(quantity, lead, tail, earlier, last) if referent is None else None  # "The figure accounts for"
    previous = whole or previous
    of_total = whole is not None or (previous is not None and referent is None and quantity.unit == "percent"
                                     and previous.unit != "percent" and bool(clauses.OF_TOTAL.match(tail)))
    if of_total and previous is not None and not metric.endswith("_share"):
        # "$3.88 billion, or 14.2 percent of the total": the share the figure before takes of its whole
        metric = f"{previous.metric}_share"
    parallel = previous is not None and referent is None and previous.unit == quantity.unit \
        and previous.metric in TARIFFS and bool(clauses.PARALLEL.fullmatch(lead))
    if parallel and previous is not None:
        metric = previous.metric  # "imposing duties of 20 percent on aluminum and 50 percent on steel"
    list_item = countrylists.list_item_country(text, start, context.countries, window[0])
    if referent is not None:
        pass
    elif respective is not None and respective.metric is not None:
        metric = respective.metric  # "exports to and imports from Iran ... $34.897 million and $88.756 million respectively"
    elif share:
        # "$175 million ..., $130.13 million of which explained by imports": the part is named after it
        metric = metric_for("", tail, unit=quantity.unit, figure=quantity.text) or metric
    elif parallel:
        pass
    elif list_item is not None and list_metric is not None:
        metric = list_metric  # "Turkey with $3.4 billion, Afghanistan with $1.1 billion": one metric
    elif is_money(quantity.unit) and INVESTMENT_AFTER.match(tail):
        metric = "investment"  # "the $15 million joint venture plant"
    if quantity.unit == RATIO:
        metric = growth_name(metric)  # "exports increased 2.3 times": a change of the exports, as a multiple
    value, change_of_previous = quantity.value * balance_sign(lead), False  # "imports exceeded exports by": a deficit
    if quantity.unit not in ("percent", RATIO) and referent is None and (changed := amount_change(lead, metric, value)):
        metric, value = changed  # "exports decreased by $1.2 billion": the change, not the level
    if metric == "trade_balance" and is_money(quantity.unit) and value > 0 and deficit(lead + balances.after(tail)):
        value = -value  # "Georgia's trade deficit stood at $2.1 billion": a negative balance
    if quantity.unit == "percent":
        change = percent_change(text, end, lead, tail, metric=metric, value=value, previous=previous, referent=referent)
        metric, value, change_of_previous = change.metric, change.value, change.of_previous
    metric = markets.commodity_metric(metric, text[clause[0]:start])  # "Oil prices have fallen by 12 percent"
    kind = change_kind if change_kind == "target" else kind_of(lead, tail, text[window[0]:end],
                                  previous_kind=previous.kind if previous is not None else None, money=is_money(quantity.unit))
    if previous is not None and previous_span is not None and previous.metric.endswith(("_growth", CHANGE_SUFFIX)) \
            and clauses.CHANGE_TO.match(text, previous_span[1], start):
        kind = previous.kind  # "rose 62.1 percent to reach $5.62 billion": the level reached is what the change is
    if referent is not None:
        subjects = referent.subjects
    else:
        # "Turkey's exports to Iran stood at $138.6 million and its imports from Iran at $431.755 million"
        its = previous is not None and names_previous_owner(lead, window, context, previous.subjects, tail=tail)
        its = its or (previous is not None and previous_span is not None and previous.metric == metric and previous.unit
                      == quantity.unit and coordinated.next_period(text, previous_span, (start, window[1]), context.countries))
        inherited = previous.subjects if previous is not None and (share or of_total or change_of_previous or its or parallel) \
            else last.subjects if previous is None and last is not None and part_of_last(lead, tail) else ()  # "of the total"
        subjects = figure_subjects(FigurePlace(text, (start, end), sentence, window, metric, list_item, tuple(inherited) or (
            coordinated.clause_subject(text, sentence, previous_span, start, context.countries, unit=quantity.unit,
                                       previous_unit=previous.unit if previous is not None else None))), context)
        subjects = respective.subjects(subjects) if respective is not None else subjects  # "... respectively"
    if metric in places.GOODS_HELD and (holder := places.held_at(text, (end, window[1]))) is not None:
        subjects = tuple(sorted({*subjects, holder}))  # "300 containers ... had been held in Jeddah's port": SAU too
    if metric == "population" and (apposed := apposed_country(text[sentence.start:start])) is not None:
        subjects = (apposed,)  # "Armenia, a country of 3 million, borders Iran": Armenia's alone
    if metric in ("population_share", PEOPLE) and (people := people_country(tail)) is not None:
        subjects = (people,)  # "70 percent of Americans say that ... Ukraine ...": the Americans' share alone
    if referent is None and (held_by := holders.holder(text[sentence.start:start], people=context.people,
                                                        offset=sentence.start)) is not None:
        subjects = (held_by,)  # "Turkey imports natural gas from Iran, which has approximately 32 trillion cubic meters"
    metric, subjects = wildlife.species_figure(text[sentence.start:sentence.end], text[sentence.start:start], metric,
                                               quantity.unit, subjects)  # "the population of Caspian seals": five states'
    if metric == elections.METRIC:  # "Erdogan won a new five-year term ... He got nearly 53%": Turkey's alone
        subjects = elections.candidate_country(start, context.people, subjects)
    metric = countnouns.people_reached(metric, text[sentence.start:start], tail)  # "to support approximately 3,500 residents"
    if metric == "population_share":  # "In Kirkuk, Kurds account for 52% of the population": Iraq's, no Turkmen side
        subjects = counted.peoples_share_subjects(text[sentence.start:sentence.end], subjects, main=context.main)
    period = nearest_period(times, (start, end), window, sentence, reach=reach, text=text, target=kind == "target")
    if period is None and linked is not None:
        period = linked.period
    period = year_earlier(text, times, (start, end), sentence, period, before=[last, *earlier])
    kind = leadins.bullet_kind(text, sentence, lead, metric, kind_in_time(kind, period, article.published, tail))
    if kind == "target" and period is not None and article.published and period == (article.published[:10],) * 2:
        period = None  # "Today, the President announced ... will donate 80 million": the day of the pledge, no deadline
    if not subjects and (metric in CASUALTIES or metric in ("population", "cases")) \
            and places.of_the_world(text, (sentence.start, sentence.end)):
        return None  # "3,248 cases reported worldwide, including 584 deaths": people of no country
    if metric in justice.CASE_METRICS and (court := justice.court_country(text[sentence.start:sentence.end])) is not None:
        subjects = (court,)  # "a court in Moscow sentenced the American journalist": the court's state's term
    if metric in justice.CASE_METRICS and len(subjects := justice.court_subjects(subjects, context.main)) != 1:
        return None  # a term or bail is one state's court's; a sentence naming two leaves the court unsaid
    if anniversaries.is_anniversary(metric, quantity.unit):
        subjects = anniversaries.anniversary_subjects(subjects, metric=metric, home=context.official)
    if referent is None:
        subjects = pledgesides.pledge_subjects(text, sentence, (start, end), window, lead, subjects, metric=metric,
                                                unit=quantity.unit, kind=kind, context=context)
        subjects = markets.company_home(text, (sentence.start, sentence.end), start, metric, subjects, context.organisations)
        subjects = subjects or tuple(filter(None, [based.based_country(text[sentence.start:start])]))  # "Tokyo-based"
        subjects = fleets.with_maker(text[sentence.start:sentence.end], tail, metric, subjects)  # buyer and maker
        subjects = visits.with_host(text[sentence.start:sentence.end], metric, subjects, tail=tail,  # visitor and host
                                    before=visits.told_before(text, context.sentences, sentence))
        subjects = visits.with_visitor(text[sentence.start:sentence.end], metric, subjects,
                                       home=None if context.national else context.home)
    subjects = counted.helped_subjects(text, sentence, start, metric, subjects, context.countries, context.official)
    if metric == "countries" and not (subjects := countrycounts.count_subjects(  # the examples are no side of the count
            text, (sentence.start, sentence.end), (start, end), subjects, context.countries, main=context.main)):
        return None  # "Representatives from 10 ECO member states" in a text of no main country: whose count is unsaid
    if metric in statuses.METRICS:
        subjects = statuses.body(start, context.countries)  # the organisation's, none of the countries it lists
    if quantity.unit == "count" and (met := countrycounts.gathered(text, end)) is not None:  # "512 scientists from 52 countries"
        subjects = countrycounts.count_subjects(text, (sentence.start, sentence.end), met[1], subjects, context.countries,
                                                main=context.main) or subjects
    period = fiscal_period(text, period, sentence, subjects, home=context.official)  # "in Fiscal Year 2022"
    if is_history(period) or places.world_figure(text, (sentence.start, sentence.end), (start, end), quantity.unit,
                                                 context.countries):
        return None  # "killed an estimated 25 million people ... in the 14th Century"; "90% of the world’s GDP"
    if metric == controls.METRIC and (verb := controls.control_verb(text[sentence.start:start])) is not None:
        # "China currently controls over 80 percent of ...": the controlling side's alone
        owner = controls.controller(text, sentence.start + verb.start(), sentence.start, context.countries)
        subjects = (owner,) if owner is not None else subjects
    kind = pledges.set_rate_kind(text[clauses.clause(text, sentence, start, end)[0]:start], kind, metric=metric,
                                 official=context.official)
    if previous is not None and previous_span is not None and referent is None:
        # "Korea will invest $350 billion in the United States, including $150 billion in shipbuilding",
        # "agreed to purchase $750 billion of U.S. energy and invest $600 billion in the United States"
        subjects, kind = pledges.continued(text, sentence.start, previous_span, (start, end), subjects, kind,
                                           previous=previous, countries=context.countries, unit=quantity.unit)
    return Indicator(
        id=fact_id(article.id, "indicator", start, end, metric),
        metric=metric,
        value=value,
        unit=anniversaries.UNIT if anniversaries.is_anniversary(metric, quantity.unit)
        else justice.term_unit(tail) if metric == justice.TERM else visas.UNIT if metric in visas.METRICS
        else markets.market_unit(text, start, end, quantity.unit, text[sentence.start:start], metric),
        evidence=(Evidence(article.id, sentence.start, sentence.end),),
        subjects=subjects,
        qualifier=justice.term_qualifier(text[sentence.start:start], quantity.qualifier) if metric == justice.TERM
        else quantity.qualifier or ("lower" if clauses.EXCEEDED.search(lead) else None),
        period=period,
        kind=kind,
        deadline=deadline_of(kind, period),
        stage=STAGE,
    )


def _said_before(indicator: Indicator, found: Sequence[Indicator]) -> bool:
    """The same claim repeated (same value, unit and kind, the same metric or one ending in the other, the same subjects
    or one of the first one's) is recorded once: "a $7 billion agreement" ... "had invested a total of $7
    billion"; "distributing 50 lakh masks" ... "distributed 5 million face masks"."""
    return any(
        (f.value, f.unit, f.kind) == (indicator.value, indicator.unit, indicator.kind)
        and _same_head(f.metric, indicator.metric)
        and (indicator.subjects == f.subjects or (len(indicator.subjects) == 1 and set(indicator.subjects) < set(f.subjects)))
        for f in found
    )


def _same_head(one: str, other: str) -> bool:
    """Whether two metrics name one thing: equal, or one the other with words before it (masks, face_masks)."""
    return one == other or one.endswith(f"_{other}") or other.endswith(f"_{one}")


def _metric(text: str, quantity: Quantity, sentence: Segment | None) -> str | None:
    start, end = _span(quantity)
    if quantity.stage == wordmultiples.STAGE:  # "has tripled", "to double the gas swap": what its clause multiplies
        return wordmultiples.multiplied(text, start, end)
    if quantity.stage == ordinals.STAGE:  # "the 45th anniversary of ASEAN-U.S. Dialogue Relations"
        return ordinals.metric(text, end)
    if quantity.unit == "count" and sentence is not None and (status := statuses.status_metric(text, end, sentence.end)):
        return status  # "four Observer States", "six “Dialogue Partners”" of the SCO named before
    gathered = countrycounts.gathered(text, end) if quantity.unit == "count" else None  # "Sixty writers ... from 22 countries"
    if quantity.unit == "count" and sentence is not None and (species := wildlife.species_population(text, start, sentence.start)):
        return species  # "Caspian seal ... their population which stood at about one million shrank to less than 100,000"
    return figure_metric(text, start, end, quantity.unit, quantity.text, sentence, value=quantity.value) or (
        gathered[0] if gathered is not None else None) or (elections.vote_share(  # "won 52 percent of the vote"
            text, start, end, lead_start=sentence.start) if quantity.unit == "percent" and sentence is not None else None) or (
        # "has 70 percent of Syria’s water resources": a share named from its own words
        ownshares.share_of_whole(text[end:sentence.end], text[sentence.start:start])
        if quantity.unit == "percent" and sentence is not None else None)


def _sentence_of(sentences: Sequence[Segment], quantity: Quantity) -> Segment | None:
    start = _span(quantity)[0]
    return next((s for s in sentences if s.start <= start < s.end), None)


def _impossible_count(quantity: Quantity) -> bool:
    """A bare number written negative ("-12.99" in a stock table, read as a number of
    companies): no count of anything says "minus"; a fall is written in words ("fell by 13"). A
    fraction may still be a rate the market words turn into one ("108.55 per dollar")."""
    return quantity.unit == "count" and quantity.value < 0


def _span(record: Quantity | TimeExpression) -> tuple[int, int]:
    return record.evidence[0].start, record.evidence[0].end


def _fallback_sentences(text: str) -> tuple[Segment, ...]:
    """Sentences when segment.v2 did not run: split after . ! ? and at line breaks."""
    spans = []
    for match in re.finditer(r"[^\n.!?]+(?:[.!?]+|$)", text):
        if match.group(0).strip():
            spans.append(Segment(match.start(), match.end()))
    return tuple(spans)
