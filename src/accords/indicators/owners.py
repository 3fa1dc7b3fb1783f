"""Whose figure it is: the subjects of one figure from its clause, its sentence and the article.

`subjects.py` finds where the article names countries and what its pair is; this module
decides, for one figure, which of them it is about (`figure_subjects`, the rules in its
docstring), with the article-wide facts gathered once in `ArticleCountries`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from accords.gazetteer.places import known_by_alias
from accords.gazetteer.us_states import state_country, us_state_pattern
from accords.indicators import background, bodyrefs, clauses, funds, nationalbodies, places, thecountry
from accords.indicators.lengths import SHARED_LINES, shared_sides
from accords.indicators.companyrefs import referred_company
from accords.indicators.captives import CAPTIVE_METRICS, with_armed_group
from accords.indicators.cogivers import co_givers
from accords.indicators.goals import goal_owner
from accords.indicators.markets import COMMODITY_PRICES, clause_start, investor_country, market_owner
from accords.indicators.mentioncountries import bodies_countries
from accords.indicators.named import CASUALTIES
from accords.indicators.orgsubjects import cited_sources, organisation_owner
from accords.indicators.partners import recent_pair
from accords.indicators.privategivers import private_giver
from accords.indicators.sentencepeople import is_count, sentence_country
from accords.indicators.subjects import (PAIR_CUE, CountrySpan, about_the_pair, is_country, pair_named_by, stands_out,
                                        subjects_for)
from accords.model import Extraction, Segment

_LIST_MEMBER = re.compile(r"\s+with\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us)\b")
_PAIR_AFTER = re.compile(r"\s+(?:annual\s+|yearly\s+)?(?:bilateral|mutual|two-way)\b", re.IGNORECASE)
#: "Turkey's exports to Iran stood at $138.6 million and its imports from Iran at ...": the previous figure's owner.
_ITS = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
#: "45 percent of its total oil exports": a share of the previous figure's owner's whole.
_OF_ITS = re.compile(r"^\s+(?:share\s+)?of\s+(?:its|their)\b", re.IGNORECASE)
#: "exports to Uzbekistan", "imports by Tajikistan", "trade with Armenia": the country is one side of a flow.
_PARTNER_BEFORE = re.compile(r"\b(?:to|from|by|with|into)\s+(?:the\s+)?$", re.IGNORECASE)
#: "funded a feasibility study for the $330 million USD project": the value of what the money is for, not the money.
_PURPOSE_BEFORE = re.compile(r"\bfor\s+(?:the|a|an)\s+$", re.IGNORECASE)
#: A clause of contrast after a figure ("..., but some unexpected incidents ..."), whose countries are its own topic.
_CONTRAST = re.compile(r",?\s+but\s+(?!also\b|not\b|only\b|just\b|rather\b)", re.IGNORECASE)
#: Metrics of a country's own economy (its GDP, a share of it), which an alliance named next to it does not have.
_NATIONAL = re.compile(r"(?:^|_)gdp(?:_growth)?$|share_of_gdp$")
#: Metrics of flows between two sides.
FLOWS = ("exports", "imports", "trade_turnover", "non_oil_exports", "non_oil_trade", "trade_balance", "purchases")
#: Metrics of what passes between two sides (flows, deals, money lent or given, meetings, tariffs
#: one side levies on the other): a figure of one of these in a sentence naming no country is
#: the article pair's.
BETWEEN = (*FLOWS, "tariff_rate", "tariffed_imports", "investment", "loans", "aid", "agreements_signed", "meetings",
           "visits", "contract_value", "swap", "transit", "price", *SHARED_LINES)
#: Tariffs: between the side levying them and the side whose goods they fall on.
TARIFFS = ("tariff_rate", "tariffed_imports")
#: Money one side gives, lends or invests in another: a government body giving it is its country.
GIVEN = ("aid", "loans", "investment", "contract_value", "purchases", "swap", "contribution", "financing", "funding")
#: How many sentences before a figure whose sentence names no country may tell whose it is.
TOPIC_SENTENCES = 3


@dataclass(frozen=True)
class ArticleCountries:
    """What the article as a whole says about countries, shared by its figures: where each is
    named, those named in lists of examples, its pair and main country, and the country of
    each direct quote's speaker (start, end, ISO3), and its sentences."""

    countries: Sequence[CountrySpan]
    enumerated: set[tuple[int, int]]
    pair: tuple[str, str] | None
    main: str | None
    speakers: Sequence[tuple[int, int, str]]
    sentences: Sequence[Segment] = ()  # the article's sentences, for the topic of a figure naming no country
    lists: Mapping[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)  # `countrylists.listed_with`
    home: str | None = None  # the country of a text naming none (`text_home`)
    people: Sequence[tuple[int, int, str]] = ()  # (start, end, ISO3) of mentions of people with a country
    organisations: Sequence[tuple[int, int, str]] = ()  # the same for organisations (`mentioncountries`)
    official: str | None = None  # the home country of a government's own text (`knowledge.government_outlet`)
    titled: frozenset[str] = frozenset()  # the countries its title names (`subjects.title_countries`)
    institutions: Sequence[tuple[int, int, str]] = ()  # acronyms of stateless organisations (`pledges.institution_mentions`)
    region: tuple[str, ...] = ()  # the countries a government's text names as its region (`countrylists.region_list`)
    bodies: Sequence[CountrySpan] = ()  # its government bodies ("USAID"), where `countries` leaves them out
    national: bool = False  # a national news outlet's page (`knowledge.NATIONAL_OUTLETS`), whose `home` is its outlet's


def text_home(outlet_home: str | None, extraction: Extraction) -> str | None:
    """The country a text that names no country is about: its outlet's home, else the one country of all the places
    it names (Indiana beside Kentucky: USA), else, naming no country at all, of two or more of its bodies (NASA and
    SpaceX: USA). Places of two countries, or none located, give none: a figure is never given a country the text
    does not point to. A capital names a venue or a dateline ("WASHINGTON (Reuters)"), not the topic."""
    if outlet_home:
        return outlet_home
    located = {_place_country(e.name) for e in extraction.entities if e.type == "PLACE"} - {None} \
        or bodies_countries(extraction)  # "NASA ... SpaceX" in a text naming no country
    return located.pop() if len(located) == 1 else None


def _place_country(name: str) -> str | None:
    """The country of a state (`US_STATES`) or a city the places table lists; capitals left out."""
    row = known_by_alias(name)
    return state_country(name) or (row.country if row is not None and row.type == "PLACE" else None)


def names_previous_owner(lead: str, window: tuple[int, int], article: ArticleCountries,
                         previous_subjects: Sequence[str], *, tail: str = "") -> bool:
    """Whether "its"/"their" before the figure, or in the whole a share is "of" after it ("exported
    12.5 million tons of oil to Italy, accounting for 45 percent of its total oil exports"), stands
    for the previous figure's owner (the window names no country outside that figure's subjects)."""
    return bool(_ITS.search(lead) or _OF_ITS.match(tail)) \
        and set(countries_in(article.countries, window, set())) <= set(previous_subjects)


@dataclass(frozen=True)
class FigurePlace:
    """Where one figure stands, what `figure_subjects` reads: the text, the figure's span, its
    sentence and clause window, its metric, the country of the list item it ends ("Turkey with
    $3.4 billion") and the subjects it keeps from the figure before it (a share "of which")."""

    text: str
    figure: tuple[int, int]
    sentence: Segment
    window: tuple[int, int]
    metric: str
    list_item: CountrySpan | None = None
    inherited: tuple[str, ...] = ()


def figure_subjects(place: FigurePlace, article: ArticleCountries) -> tuple[str, ...]:
    """The countries a figure is about (`_named_subjects`), and for money given, lent or invested
    (`GIVEN`) the country of a government body its sentence names as a side ("USAID is providing
    more than $3 million" after a sentence on Haiti: HTI-USA); a body ("USAID", "USDA") is no
    country otherwise."""
    sentence, metric = place.sentence, place.metric
    named_only = dataclasses.replace(article, countries=[c for c in article.countries if not c.body],
                                     bodies=[c for c in article.countries if c.body])
    subjects = _named_subjects(place, named_only)
    if metric in SHARED_LINES:  # "the 911-kilometer border with Syria" in a sentence on Turkey: both sides'
        earlier = [s.start for s in article.sentences if s.end <= sentence.start][-TOPIC_SENTENCES:]
        named = [(c.start, c.iso3) for c in named_only.countries if (earlier or [sentence.start])[0] <= c.start < sentence.end
                 and is_country(c.iso3) and (c.start, c.end) not in article.enumerated]
        return shared_sides(place.text, (sentence.start, sentence.end), subjects, named, article.main,
                            earlier=earlier[0] if earlier else sentence.start)
    if metric in TARIFFS and subjects:
        # "his tariffs on $360 billion worth of Chinese goods" (Mr. Trump's): the side levying it too
        leviers = {iso for s, e, iso in article.people if sentence.start <= s < sentence.end}
        return tuple(sorted({*subjects, *leviers})) if len(leviers) == 1 else subjects
    if metric in CASUALTIES or metric in CAPTIVE_METRICS:
        return with_armed_group(place.text, (sentence.start, sentence.end), subjects)  # "Hamas ... took 200 hostages"
    if metric.removesuffix("_growth") not in GIVEN:
        return subjects
    bodies = {c.iso3 for c in article.countries if c.body and sentence.start <= c.start < sentence.end}
    if bodies and private_giver(place.text, (sentence.start, sentence.end), place.figure):
        bodies = set()  # "CrossBoundary, in partnership with USAID, committed ...": the body is no giver of its money
    if subjects and all(is_country(c) for c in subjects) and not _PURPOSE_BEFORE.search(place.text, sentence.start, place.figure[0]) \
            and (investor := organisation_owner(place.text, (sentence.start, place.figure[0]), article.organisations)
                 or investor_country(place.text[sentence.start:place.figure[0]])) is not None:
        # "Hyundai will invest $21 billion in the United States": the investing company's country and the host
        bodies.add(investor)
    return tuple(sorted({*subjects, *bodies})) if bodies - set(subjects) else subjects


def _named_subjects(place: FigurePlace, article: ArticleCountries) -> tuple[str, ...]:
    """The countries a figure is about.

    A list item's own country joins the countries named elsewhere in its sentence; countries
    listed three or more in a row are examples, left out unless nothing else is named; a share
    ("of which") keeps the subjects of the whole (`inherited`); "the country" is the country the
    sentence named first, else the article's main country; a pair cue anywhere before the
    figure in its sentence ("the two countries' trade volume, which is $700 million") gives the
    article's pair; a flow with one partner ("exports to Uzbekistan stood at") adds the other
    side; a sentence that names no country leaves it to `_unnamed`.
    """
    text, sentence, window, metric = place.text, place.sentence, place.window, place.metric
    list_item, inherited = place.list_item, place.inherited
    start, end = place.figure
    sentence_span = (sentence.start, clauses.attribution_start(text, sentence.start, sentence.end))
    if (contrast := _CONTRAST.search(text, end, sentence_span[1])) is not None:
        # "had set high targets, namely 26 million tourists ..., but some unexpected incidents, including ... the
        # war between Lebanon and Israel, have led to numbers below expectations": the contrast has its own topic
        sentence_span = (sentence_span[0], contrast.start())
    window = (window[0], min(window[1], sentence_span[1]))
    if list_item is not None:
        owners = {
            c.iso3 for c in article.countries
            if sentence_span[0] <= c.start < sentence_span[1] and (c.start, c.end) not in article.enumerated
            and not _LIST_MEMBER.match(text, c.end) and not _earlier_item(text, c, sentence, window)
        }  # "Afghanistan with $1.655 billion, ... were next in terms of imports from Iran": Iran too
        return with_partner(tuple(sorted(owners | {list_item.iso3})), metric, article, partner=True)
    if article.pair is not None and _PAIR_AFTER.match(text, end):
        return tuple(article.pair)  # "the targeted $30-billion bilateral trade"
    owner = goal_owner(text, (window[0], start), article.countries)
    if owner is not None:
        return (owner,)  # "the goal for Canada to achieve 90 percent non-emitting electricity by 2030"
    own = sentence.start + clause_start(text[sentence.start:start])
    if metric.removesuffix("_growth").removesuffix("_change") in COMMODITY_PRICES and not countries_in(article.countries, (own, window[1]), set()):
        return ()  # "U.S. crude fell 3.38% ... and Brent was last at $60.73": Brent's price is no country's
    named = countries_in(article.countries, window, article.enumerated) or countries_in(
        article.countries, sentence_span, article.enumerated)
    if not named:
        named = countries_in(article.countries, window, set()) or countries_in(article.countries, sentence_span, set())
    named = list(dict.fromkeys([*named, *(
        code for c in article.countries if window[0] <= c.start < window[1] for code in article.lists.get((c.start, c.end), ())
    )]))  # a list of parties is one party, though a clause break cuts it ("El Salvador, Guatemala, and Honduras")
    sources = cited_sources(text, sentence_span, article.countries)
    named = [c for c in named if c not in sources] or ([] if sources else named)
    if metric in CASUALTIES and (sympathy := _SYMPATHY.search(text, sentence_span[0], start)) is not None:
        # "Aliyev has offered condolences over a deadly building collapse in the southern Iranian city of Abadan,
        # which resulted in the death of more than 30 people": the dead are Iran's, not the condoler's
        befallen = {c.iso3 for c in article.countries if sympathy.end() <= c.start < sentence_span[1]}
        named = [c for c in named if c in befallen] or named
    if metric in CASUALTIES or metric in _ABOARD:  # "a Turkish aircraft with 11 passengers aboard heading from
        ends = _routes(text, sentence_span, article, route=_JOURNEY)  # Sharjah in the UAE to Istanbul": no UAE
        named = [c for c in named if c not in ends] or named
    if metric.removesuffix("_growth") in FLOWS:
        routes = _routes(text, sentence_span, article)
        named = [c for c in named if c not in routes] or named  # "gas to Syria via Türkiye": Türkiye is the route
    if any(is_country(c) and c != article.main for c in named):
        named = [c for c in named if is_country(c)]  # "As for other SCO members, exports to Uzbekistan"
    elif _NATIONAL.search(metric) and any(is_country(c) for c in named):
        named = [c for c in named if is_country(c)]  # "25 years in NATO and ... 2 percent of its GDP": the GDP is the Czech Republic's
    clause_text = text[window[0]:window[1]]
    extra = [iso for s, e, iso in article.speakers if s <= start < e and _FIRST_PERSON.search(clause_text)]
    extra += list(inherited)
    if (subject := _pronoun_subject(text, sentence, article)) is not None:
        extra.append(subject)  # "Turkey launched ... operations into Iraq. It maintains a 1,500-strong troop presence"
    the_country = thecountry.the_country(text, sentence, (start, end), window, article)
    if the_country is not None:
        extra.append(the_country)
    # a pair cue ("bilateral", "the two countries") reaches an organisation of the pair only where the text has named it
    # by the end of the figure's sentence ("$800 million in bilateral support" before a footnote on the WHO: no pair)
    pair = article.pair if article.pair is not None and all(is_country(code) or any(
        c.iso3 == code and c.start < sentence.end for c in article.countries) for code in article.pair) else None
    if named and (pair is None or not set(named) <= set(pair)) \
            and (recent := recent_pair(text, sentence, window, article.countries)) is not None and set(named) <= set(recent):
        pair = recent  # "... imposed on Iran, the foreign trade volume between the two countries": the pair named just before
    subjects = subjects_for(text[sentence.start:window[1]], named, pair=pair, extra=extra)
    if (trio := _trio(text, (sentence.start, window[1]), article.countries)) is not None and set(subjects) <= set(trio):
        return trio  # "For more than a century, our three nations have stood shoulder to shoulder" (AUKUS): all three
    if not subjects and metric in CASUALTIES and (where := places.place_of(text, sentence_span)) is not None:
        return (where,)  # "About 4,000 people were detained after the protests in Tehran": Iran's
    if not subjects and (port := places.facility_country(text, (window[0], window[1]))) is not None:
        return (port,)  # "The capacity of the Baku port will be increased to 25 million tons": Azerbaijan's
    if not subjects and metric in places.PLACE_FIGURES and (home := places.named_place(text, (sentence_span[0], end))):
        return (home,)  # "Afrin has a population of 300,000" in a text on Turkey: Syria's
    if not subjects:
        if any(not _OF_BEFORE.search(text, max(0, w.start() - 20), w.start())
               for w in _WORLD.finditer(text, window[0], window[1])):
            return ()  # "reducing the world population from an estimated 450 million": no country's figure
        topic = _unnamed(text, sentence, metric, article, clause=(window[0], end), figure_start=start)
        if is_count(text[start:end]) and (people_home := sentence_country(text, sentence, article.people)) \
                and people_home not in topic:
            return (people_home,)  # "... his closeness to Trump ... with nine witnesses testifying": the people's country's count
        return topic
    if (len(subjects) == 1 and article.pair is not None and subjects[0] in article.pair and about_the_pair(article.countries, article.pair)
            and all(is_country(c) for c in article.pair) and _AGREED.search(text, sentence.start, sentence.end)):
        # "Construction of a 100-MW hydroelectric power plant in Armenia was also agreed in the meeting" (of Iran's
        # and Armenia's ministers): what two countries agreed or signed is the pair's, wherever it is built (a
        # group's pledge, "G7+ Leaders agreed to provide", stays the group's)
        return tuple(article.pair)
    partner = any(
        window[0] <= c.start < window[1] and c.iso3 in subjects and _PARTNER_BEFORE.search(text, max(0, c.start - 8), c.start)
        for c in article.countries
    )
    return with_partner(subjects, metric, article, partner=partner,
                        owner=organisation_owner(text, (sentence.start, start), article.organisations) if partner else None)


#: The three sides of a trilateral text in the first person: "our three nations" (not "the three countries", which
#: may be three the authors speak of: "in the three countries" of Northern Central America).
_THREE = re.compile(r"\bour\s+three\s+(?:nations|countries|governments)\b", re.IGNORECASE)


def _trio(text: str, span: tuple[int, int], countries: Sequence[CountrySpan]) -> tuple[str, ...] | None:
    """The article's three most-named countries where text[span] speaks of "our three nations" and three countries
    stand out of the article (each named twice or more, any fourth less often than the third), else None."""
    if _THREE.search(text, *span) is None:
        return None
    counts = Counter(c.iso3 for c in countries if not c.body and is_country(c.iso3)).most_common(4)
    if len(counts) < 3 or counts[2][1] < 2 or (len(counts) == 4 and counts[3][1] >= counts[2][1]):
        return None
    return tuple(sorted(code for code, _ in counts[:3]))


#: A whole of the world, not of a country: "the world population", "the world's oil output", "global demand", "global
#: producers". A figure about one, in a clause naming no country, has no subject.
_WORLD = re.compile(
    r"\b(?:world(?:['’]s)?|global|worldwide)\s+(?:[a-z-]+\s+){0,2}?(?:population|economy|gdp|output|production|demand|producers|supply|"
    r"trade|exports|imports|consumption|emissions|reserves)\b|\b(?:reported|recorded|registered)\s+(?:worldwide|globally)\b",
    re.IGNORECASE)
#: "40 percent of the world's population", "5% of total world trade": a share of the world's whole is the
#: share of whoever holds it, not a figure of the world.
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:total\s+)?$", re.IGNORECASE)
#: What two sides decided together: an agreement reached or signed, a joint undertaking.
_AGREED = re.compile(r"\b(?:was|were|been|has|have|had)\s+(?:also\s+)?(?:agreed|signed)\b|\bagreed\s+(?:to|on|upon)\b",
                     re.IGNORECASE)


#: A possessive after a country: "Azerbaijan's main trade partner", "Iran's exports": the owner of a list.
_POSSESSIVE = re.compile(r"['’]s?\b")


def _earlier_item(text: str, country: CountrySpan, sentence: Segment, window: tuple[int, int]) -> bool:
    """Whether a country named before an earlier figure of a list's sentence is that figure's own
    item, not the owner of the whole list: "Italy remained Azerbaijan's main trade partner with $5.3
    billion, followed by Turkey with $3.1 billion": Italy is the first item, not Turkey's; Azerbaijan
    (named with a possessive) owns the list."""
    if not sentence.start <= country.start < window[0] or window[0] <= sentence.start:
        return False
    return not _POSSESSIVE.match(text, country.end)


def _unnamed(text: str, sentence: Segment, metric: str, article: ArticleCountries, *,
             clause: tuple[int, int] | None = None, figure_start: int | None = None) -> tuple[str, ...]:
    """The subjects of a figure whose sentence names no country.

    A market figure is its market's (`market_owner`): a national index's country, none for a
    regional or world market.

    Something passing between two sides (`BETWEEN`: "bilateral trade reached ...", "nine MoUs
    were signed") is the article pair's. Any other figure is the text's topic: the countries the
    nearest of the `TOPIC_SENTENCES` sentences before it names ("the South Korean solar module
    industry had ... 8.69 GW" then "Hanwha Q Cells had 3.7 GW of cell capacity": Korea's, not
    Korea's and China's because the article also names Beijing), sources, lists of examples and sentences before
    its headed list item (`clauses.same_item`) left out; else the article's main country (where the text has no
    home, one that `subjects.stands_out`), or in a text naming no country its outlet's home country (a White House
    fact sheet's, a Tehran Times report's). The pair is never given to a one-country figure only because the
    article names two countries most.
    """
    if (body := bodyrefs.referred_body(text, sentence.start, article.countries)) is not None:
        return (body,)  # "The organization accounts for 40 percent of the world's population": the body named before
    market = market_owner(text[clause[0]:clause[1]], metric) if clause is not None else None
    if market is None and clause is not None:
        # "The Dow Jones Industrial Average rose 31.33 points, or 0.11%, to 27,934.02": the index named before
        market = market_owner(text[sentence.start:clause[1]], metric)
    if market is not None:
        return market
    # "SOCAR holds a 10 percent stake in the TAP pipeline": the company's country, where the sentences
    # before name no country
    owner = organisation_owner(text, (sentence.start, clause[1]), article.organisations) if clause is not None else None
    if article.official is None and (company := referred_company(text, sentence, clause[1] if clause else sentence.end,
                                                                  article.organisations)) is not None:
        return (company,)  # "The company celebrated a record third quarter" after "WhiteWave Foods ... in China": USA
    if article.official is not None and _spent_at_home(text, sentence, metric, article):
        # "The Inflation Reduction Act invests nearly $13 billion in rural electrification": the home
        # country's, and a foreign company's investing there ("$40 billion in investment from Samsung")
        return tuple(sorted({article.official, *([owner] if owner is not None else [])}))
    if clause and (body := nationalbodies.home_of(text, (sentence.start, clause[1]), metric, article, owner=owner)):
        return (body,)  # "The Central Bank of Azerbaijan kept the refinancing rate at 7.25 percent", "SOCAR owns a 25% stake"
    # "EXIM has authorized $1.6 billion of transactions supporting exports to Africa" in a fact sheet naming Tanzania
    # most: the region is the figure's scope, not the text's pair or main country; the giving government its only one
    regional = article.official is not None and places.names_region(text, (sentence.start, sentence.end))
    if metric.removesuffix("_growth") in BETWEEN and article.pair is not None and not regional \
            and about_the_pair(article.countries, article.pair) \
            and pair_named_by(article.countries, article.pair, sentence.start, article.titled) \
            and _pair_in_item(text, sentence, article):
        if _privately_given(text, sentence, metric, article, clause, figure_start):
            # "Initial private sector partners include the Argidius Foundation, ... which have committed to invest and
            # grant over $10 million" in a fact sheet on Guatemala: the receiver's, no gift of the home government
            return tuple(c for c in article.pair if c != article.official) or tuple(article.pair)
        return tuple(article.pair)
    # a region is its own topic, unless the sentence speaks for the countries before it ("Our countries provide
    # a combined $2.1 billion in development assistance for the region ... to the Pacific")
    earlier = [] if regional and not _WE.search(text, sentence.start, sentence.end) else \
        clauses.same_item(text, [s for s in article.sentences if s.end <= sentence.start], sentence)[-TOPIC_SENTENCES:]
    for previous in reversed(earlier):
        span = (previous.start, clauses.attribution_start(text, previous.start, previous.end))
        if (contrast := _CONTRAST.search(text, span[0], span[1])) is not None and _FIGURE.search(text, span[0], contrast.start()):
            span = (span[0], contrast.start())  # its figures' clause is its topic; a contrast after them has its own
        sources = cited_sources(text, span, article.countries)
        sources |= background.only_background(text, span, article.countries, metric=metric)  # "from Russia’s invasion"
        if clause is not None:  # "USAID and the French government are helping ..." then "USAID contributed $25 million"
            sources |= co_givers(text, span, (sentence.start, sentence.end), clause[1], [*article.countries, *article.bodies])
        named = [c for c in countries_in(article.countries, span, article.enumerated) if c not in sources
                 and (_named_often(article, c) or _opens_on(article, c))]  # "Canada a net headwind" once on a US page
        if metric in CASUALTIES and (sympathy := _SYMPATHY.search(text, span[0], span[1])) is not None:
            # "Putin expressed sympathy for the victims of ... attacks at the Istanbul airport" then "Some 41 people
            # were killed": the dead are where the attacks were, not the sympathiser's
            befallen = {c.iso3 for c in article.countries if sympathy.end() <= c.start < span[1] and is_country(c.iso3)}
            if (where := places.place_of(text, (sympathy.end(), span[1]))) is not None:
                befallen.add(where)
            if befallen:
                return tuple(sorted(befallen))
        if (len(named) >= LIST_TOPIC and article.main in named and article.main == article.home
                and len(_FIGURE.findall(text, *span)) >= LIST_TOPIC - 1):
            # "Italy remained Azerbaijan's main trade partner ..., followed by Turkey ... and Russia ..." then
            # "The share of oil and gas products in exports was 88.5 percent" in an Azernews report: Azerbaijan's
            return (article.main,)
        if named:
            return tuple(sorted(named))
    if regional and article.official is not None:
        return tuple(sorted({article.official, *([owner] if owner is not None else [])}))
    if owner is not None:
        if metric.removesuffix("_growth") in GIVEN and article.home is not None and article.home != owner:
            # "Hyundai announced a $5.5 billion investment to build electric vehicles ... near Savannah, Georgia" in
            # a White House fact sheet: the company's country and the text's, where it invests
            return tuple(sorted((owner, article.home)))
        return (owner,)
    if article.official is not None and article.region and article.main in (article.official, *article.region):
        # "reaching over two million people" in a fact sheet on El Salvador, Guatemala, and Honduras: the region's,
        # with the government for what it gives, not for what a company gives ("Columbia Sportswear Company has
        # committed to purchase up to $200 million in products")
        given = metric.removesuffix("_growth") in GIVEN and not _privately_given(text, sentence, metric, article, clause, figure_start)
        return tuple(sorted({*article.region, *([article.official] if given else [])}))
    if article.main and ((article.home is None and stands_out(article.countries, article.main, {*article.lists, *article.enumerated}))
                         or (_named_often(article, article.main) and _opens_on(article, article.main))):
        if article.main == article.official and _given_away_privately(text, sentence, metric, article, clause, figure_start):
            return ()  # private money given to a named receiver in a government's own text: no gift of the government's
        return (article.main,)
    # a text that names no country, or one only in passing, is about its outlet's own ("the Federal
    # Government ... purchasing over $630 billion" in a White House fact sheet) or its places' ("WeWork is
    # preparing to cut 4,000 jobs" on a page about New York's attorney general, naming "Japanese ... SoftBank" once),
    # but not where a private giver gives it to a named receiver ("private sector partners ... have committed over $3.6
    # billion to the Global Fund": the fund's, `funds.with_fund`); spent at home ("companies have committed to invest
    # nearly $400 billion ... across this country") it stays the home's
    if article.home == article.official and _given_away_privately(text, sentence, metric, article, clause, figure_start):
        return ()
    return (article.home,) if article.home else ()


def _privately_given(text: str, sentence: Segment, metric: str, article: ArticleCountries,
                     clause: tuple[int, int] | None, figure_start: int | None) -> bool:
    """Whether money in a government's own text is given by a private giver the sentence names
    (`privategivers.private_giver`): no gift of the government's, so neither its country nor the pair's."""
    return (article.official is not None and metric.removesuffix("_growth") in GIVEN and clause is not None
            and figure_start is not None
            and private_giver(text, (sentence.start, sentence.end), (figure_start, clause[1])))


def _given_away_privately(text: str, sentence: Segment, metric: str, article: ArticleCountries,
                          clause: tuple[int, int] | None, figure_start: int | None) -> bool:
    """Whether private money (`_privately_given`) goes to a receiver named right after it ("to the Global Fund"), so
    it is no money spent at home either."""
    return (_privately_given(text, sentence, metric, article, clause, figure_start) and clause is not None
            and funds.receiver_named_after(text, clause[1]))


def _pair_in_item(text: str, sentence: Segment, article: ArticleCountries) -> bool:
    """Whether a figure in a fact sheet's headed list item may be the article's pair's: the item is its own
    topic, so the pair's foreign side must be named in it (or in the title) before the figure ("- **Test and
    Treat Strategy**. ... $120 million in investments" after an item on a fund at the World Bank: not the
    World Bank's). A figure outside such an item is not held back. In a government's own text the pair's foreign
    state must be named in the title (an organisation of the pair need not): a rival the text names most is no
    partner of its money (indwh48)."""
    if article.official is not None and article.pair is not None and not all(
            code == article.official or code in article.titled or not is_country(code) for code in article.pair):
        return False  # a government's text whose title names no foreign state of its pair: "China controls 87 percent"
        # in a fact sheet on US critical minerals makes no US-China pair of "MP Materials will invest $700 million"
    start = clauses.headed_item_start(text, sentence)
    return start is None or article.pair is None or pair_named_by(
        [c for c in article.countries if c.start >= start or c.iso3 == article.official], article.pair, sentence.start,
        article.titled)


#: The first person plural: a sentence speaking for the countries named before it.
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
#: Money a government's own text reports as spent, given or invested, which it often spends at home.
SPENT = ("investment", "aid", "loans", "funding")
#: What makes money in a sentence naming no country pass between two sides: "partners", "jointly",
#: "bilateral", "between", "both", "the leaders".
_RELATION = re.compile(
    r"\b(?:partners?|partnerships?|joint(?:ly)?|bilateral|between|both|together|(?:the|two)\s+leaders|"
    r"our\s+(?:two\s+)?(?:countries|nations|governments))\b",
    re.IGNORECASE,
)
#: What says money is spent inside the home country: its own laws ("The Inflation Reduction Act
#: provides", "The Bipartisan Infrastructure Framework invests"), its states, counties and tribes,
#: "domestic", "nationwide", "the nation's", "across the country".
_DOMESTIC = re.compile(
    r"\b(?:domestic(?:ally)?|nationwide|nation['’]s|across\s+the\s+(?:country|nation)|(?<!United\s)States|"
    r"states?|Tribal|tribal|rural|count(?:y|ies)|federal(?:ly)?)\b|"
    r"\b[A-Z][\w-]*\s+(?:Act|Law|Deal|Framework)\b"
)


def _spent_at_home(text: str, sentence: Segment, metric: str, article: ArticleCountries) -> bool:
    """Whether money in a government's own text, in a sentence naming no country and no two sides
    but spending at home ("The Inflation Reduction Act invests nearly $13 billion in rural
    electrification", "States will receive more than $50 billion per year in federal-aid highway
    funding", "$3.4 billion ... to upgrade obsolete inspection facilities" in a text on China), is
    the home country's, not the article pair's nor that of a country the sentences before name.
    Money for a partner ("The new $800 million assistance package includes:") stays the pair's."""
    if article.official is None or metric.removesuffix("_growth") not in SPENT:
        return False
    words = text[sentence.start:sentence.end]
    if PAIR_CUE.search(words) or _RELATION.search(words):
        return False
    return bool(_DOMESTIC.search(words)) or (article.official == "USA" and bool(us_state_pattern().search(words)))


def at_home(text: str, sentence: Segment) -> bool:
    """Whether the sentence says its money is spent inside the home country (`_DOMESTIC`)."""
    return bool(_DOMESTIC.search(text, sentence.start, sentence.end))


#: How many countries a sentence before a figure naming none must name (with a figure for at least all
#: but one) to be a list of partners, not the figure's owners: then the figure is the article's main
#: country's, where that is its outlet's home.
LIST_TOPIC = 3
#: A number in a sentence: a list of partners gives figures for them ("Turkey with $3.1 billion").
_FIGURE = re.compile(r"\d[\d.,]*")


#: How often a country must be named to be a text's topic when the text has a home of its own.
MAIN_MENTIONS = 2


def _named_often(article: ArticleCountries, code: str) -> bool:
    return sum(1 for c in article.countries if c.iso3 == code and not c.body) >= MAIN_MENTIONS


#: How many opening sentences of a national outlet's page name the foreign country it is about.
LEAD_SENTENCES = 3


def _opens_on(article: ArticleCountries, code: str) -> bool:
    """Whether a national news outlet's page is about the foreign country `code`: its title or its
    `LEAD_SENTENCES` opening sentences name it. A page of stock picks naming China in one pick's paragraph
    ("WhiteWave Foods ... sell its brands in China") is not China's at its other picks ("Attendance across
    its 11 parks fell 4.1%" is the outlet's country's). Other outlets' pages are about their main country."""
    if not article.national or code == article.home or code in article.titled:
        return True
    lead = article.sentences[min(LEAD_SENTENCES, len(article.sentences)) - 1].end if article.sentences else 0
    return any(c.iso3 == code and c.start < lead and not c.body for c in article.countries)




#: A sentence opening on "It" or "Its" as its subject, and one opening on a country's name as its subject.
_IT_OPENS = re.compile(r"\s*(?:It|Its)\s+[a-z]")
_SUBJECT_OPENS = re.compile(r"\s*(?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+(?!(?:and|or|of)\b)[a-z]")


def _pronoun_subject(text: str, sentence: Segment, article: ArticleCountries) -> str | None:
    """The country "It" at the opening of a sentence stands for: the one the sentence before opens on as its subject
    ("Turkey launched several cross-border operations into Iraq ... It maintains a 1,500-strong troop presence
    several kilometres inside Iraq": Turkey's); None where either sentence opens otherwise."""
    if not _IT_OPENS.match(text, sentence.start):
        return None
    before = [s for s in article.sentences if s.end <= sentence.start]
    if not before or (opening := _SUBJECT_OPENS.match(text, before[-1].start)) is None:
        return None
    named = {c.iso3 for c in article.countries if before[-1].start <= c.start < opening.end()}
    return named.pop() if len(named) == 1 and is_country(next(iter(named))) else None

#: Words of sympathy: the country offering them is no side of the casualties they are offered for.
_SYMPATHY = re.compile(r"\b(?:condolences?|sympath(?:y|ies|ized|ised)|mourn(?:s|ed|ing)?|grief)\b", re.IGNORECASE)
#: "via Türkiye", "through the territory of Azerbaijan", "transiting Georgia": the route of a flow.
_ROUTE_BEFORE = re.compile(r"\b(?:via|through|transiting|across)\s+(?:the\s+)?(?:territory\s+of\s+)?(?:the\s+)?$",
                           re.IGNORECASE)

#: Counts of people aboard a vehicle: a journey's ends are no side of them (`_JOURNEY`).
_ABOARD = frozenset({"passengers", "crew", "crew_members"})
#: "heading from Sharjah in the United Arab Emirates to Istanbul, Turkey,": where a vehicle came from and went.
_JOURNEY = re.compile(r"\b(?:heading|headed|bound|flying|en\s+route|travell?ing|sailing|departing|on\s+(?:its|a)\s+way)"
                      r"\s+(?:from|to|for)\b(?:[\s,]+(?:from|to|in|the|for|via|and|[A-Z][\w'’.-]*))+")

def _routes(text: str, span: tuple[int, int], article: ArticleCountries, *, route: re.Pattern[str] | None = None) -> set[str]:
    """Countries the sentence names as the route of a flow ("1.2 bcm of gas to Syria via Türkiye"),
    or with `route` (`_JOURNEY`) as the ends of a vehicle's journey, not its sides; a country also
    named as a side elsewhere in the sentence stays a side."""
    along: set[str] = set()
    side: set[str] = set()
    journeys = [m.span() for m in route.finditer(text, span[0], span[1])] if route is not None else []
    for c in article.countries:
        if span[0] <= c.start < span[1]:
            on_route = any(a <= c.start < b for a, b in journeys) if route is not None \
                else _ROUTE_BEFORE.search(text, max(span[0], c.start - 40), c.start)
            (along if on_route else side).add(c.iso3)
    return along - side


def with_partner(subjects: tuple[str, ...], metric: str, article: ArticleCountries, *, partner: bool,
                 owner: str | None = None) -> tuple[str, ...]:
    """A flow that names only its partner ("exports to Uzbekistan stood at $368 million", "trade
    with CIS countries") runs between that partner and the article's main country, or where the
    text names no other country, its outlet's home country."""
    base = metric.removesuffix("_growth").removesuffix("_share")
    # a share of a flow or of money given is the flow's ("75% of foreign investments came from Europe": Turkey's and
    # the EU's)
    flow = base in FLOWS or (metric.endswith("_share") and base in GIVEN)
    # a text naming only the partner group ("Trade turnover with CIS countries amounted to 3.883 billion
    # USD" in an Azernews report) has no main country: the other side is the outlet's home
    # an organisation's country before the flow first; the partner is never the other side of its own flow
    # ("the supply of 1 bcm of gas to Syria" in an Azernews text naming Syria most: Azerbaijan's)
    main = article.main if not subjects or article.main != subjects[0] else None
    other = owner or main or article.home
    if partner and flow and len(subjects) == 1 and other is not None and other != subjects[0]:
        return tuple(sorted((*subjects, other)))
    return subjects


def countries_in(countries: Sequence[CountrySpan], window: tuple[int, int], leave_out: set[tuple[int, int]]) -> list[str]:
    """The codes of the countries named inside `window` (not those at `leave_out`), first named first."""
    return list(dict.fromkeys(
        c.iso3 for c in countries if window[0] <= c.start < window[1] and (c.start, c.end) not in leave_out
    ))
