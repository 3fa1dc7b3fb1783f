"""Which metric a figure measures, read from nearby words.

The metric comes from a keyword lexicon (the gold files' metric names, extended with clear names):
for counts the noun right after the number decides ("nine Iranian start-up firms" →
companies, "Eleven agreements" → agreements_signed); otherwise the nearest keyword in the
clause around the figure ("the trade turnover ... amounted to $2.5 billion"). What kind of
claim a figure is lives in `accords.indicators.kinds`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from accords.indicators import (anniversaries, clauses, controls, countnouns, counted, countrycounts, fleets, justice, markets,
                                memberships, moneynouns, moneyverbs, named, pledges, polls, progress, returns, sanctions, seizures, terms,
                                tolls, visas, workforce)
from accords.indicators.captives import captive_metric
from accords.indicators.innames import in_name
from accords.indicators.lengths import named_length
from accords.indicators.subjects import country_iso3, demonym_country, is_adjective, is_demonym
from accords.model import Segment
from accords.quantities.changeverbs import change_words
from accords.quantities.units import is_money
from accords.quantities.extract import QUALIFIER, qualifier_group


@dataclass(frozen=True)
class MetricRule:
    """A metric name, the pattern that signals it, and the units it accepts (empty: any)."""

    metric: str
    pattern: re.Pattern[str]
    units: tuple[str, ...] = ()
    not_units: tuple[str, ...] = ()
    in_names: bool = False  # whether the keyword counts inside a name ("Shanghai Composite")
    #: How far after the figure the keyword may come (None: anywhere in the clause): "a $10 monthly fee",
    #: not "let you go $50 into the red before they start charging any overdraft fees".
    reach_after: int | None = None


def _rule(
    metric: str, pattern: str, units: tuple[str, ...] = (), not_units: tuple[str, ...] = (), *, in_names: bool = False,
    reach_after: int | None = None,
) -> MetricRule:
    return MetricRule(metric, re.compile(pattern, re.IGNORECASE), units, not_units, in_names, reach_after)


_COUNT = ("count",)
_PERCENT = ("percent",)
#: Units that measure a route or a piece of land, never a flow of goods or money.
_DISTANCES = ("km", "m", "ha")
#: Units of the power, size or heat of a thing, never of a flow of goods or money given.
_SIZES = ("MW", "MWh", "km", "m", "ha", "degC")
#: Every physical unit (`accords.quantities.units`): money is none of them.
_PHYSICAL = ("t", "bcm", "m3/d", "km", "m", "MW", "MWh", "bbl", "bbl/d", "ha", "TEU", "degC")

#: Goods held in stock, no stock market: "carbon stocks", "grain stocks" (fish: `fish_stocks`); "consumer goods
#: stocks", "food stocks", "housing stocks" may be a market's.
_NOT_MARKET_STOCKS = "".join(rf"(?<!{word}\s)" for word in ("fish", "carbon", "grain", "wheat"))

#: Keyword rules, most specific first; the first rule that matches nearest the figure wins.
METRIC_RULES: tuple[MetricRule, ...] = (
    # "30 percent of the Caspian Sea's fish stocks": a stock of fish, no stock market
    _rule("fish_stocks", r"\b(?:fish(?:eries)?|sturgeon|seafood)\s+stocks?\b", _PERCENT + ("t",)),
    _rule("stock_index", r"\b(?:index|indices|indexes|nikkei|kospi|dow\s+jones|nasdaq|s&p|composite|hang\s+seng|ftse|dax|"
          + _NOT_MARKET_STOCKS + r"stocks?|shares|equities)\b", _PERCENT, in_names=True),
    # a currency's move or rate ("The Japanese yen strengthened 0.13% versus the greenback", "Sterling was
    # last trading at $1.2925, down 0.21%"): the word "trading" is no trade
    _rule("exchange_rate", r"\b(?:yen|euro|sterling|greenback|pound|yuan|renminbi|rupee|rials?|manats?|lira|rubles?|roubles?)\b"
          r"(?=[^.;]{0,40}?\b(?:strengthened|weakened|firmed|" + change_words("rise fall gain lose slip drop climb", ("past",))
          + r"|trad(?:ing|ed)|up|down|versus)\b)"),
    # "the economy grew by 1.1 percent", "Azerbaijan's economy to grow by 2.7 percent", "The economy of Turkey contracted"
    _rule("gdp_growth", r"\b(?:gdp|economic)\s+growth\b|\beconomy\s+(?:of\s+(?:the\s+)?[A-Z][\w-]*\s+)?"
          r"(?:(?:to|will|would|could|may|is\s+(?:expected|forecast|projected)\s+to)\s+)?(?:"
          + change_words("grow expand", ("past", "base", "s")) + "|" + change_words("shrink", ("past", "base"))
          + r"|contracted|contract|contracts)\b", _PERCENT, in_names=True),  # "is forecast to contract as much as"
    _rule("gdp", r"\bgdp\b|\bgross\s+domestic\s+product\b", in_names=True),  # "Azerbaijan's GDP": an acronym, no name
    _rule("inflation", r"\binflation\b", _PERCENT),
    # "kept the refinancing rate unchanged at 7.25 percent", "the average interest rate on a new vehicle loan"
    _rule("interest_rate", r"\b(?:refinancing|interest|policy|discount|lending|deposit|mortgage|benchmark|key)\s+rates?\b"
          r"|\bannual\s+percentage\s+rates?\b", _PERCENT),
    _rule("unemployment", r"\bunemployment\b", _PERCENT),
    _rule("employment", r"\bemployment\b|\bemployed\s+workers\b|\bjob\s+levels?\b", _PERCENT),  # "4.6 percent below the peak"
    _rule("trade_balance", r"\btrade\s+(?:balance|surplus|deficit)\b|\b(?:positive|negative)\s+balance\b"),
    _rule("non_oil_trade", r"\bnon-oil\s+trade\b"),
    _rule("non_oil_exports", r"\bnon-oil\s+exports?\b"),
    _rule("trade_turnover", r"\btrade\s+turnover\b|\bturnover\b|\b(?:volume|value|level)\s+of\s+(?:\w+\s+){0,2}trade\b"
          r"|\btrade\s+(?:volume|value|exchanges?|ties\s+worth)\b|\b(?:bilateral|mutual|annual|two-way)\s+trade\b"
          r"|\bvolume\s+of\s+(?:exchanges|transactions)\b|\bexchanged\s+(?:(?:goods|commodities|products)\s+worth\s+)?(?:(?:about|over|some|nearly|around)\s+)?(?:dlrs\s+)?$"
          r"|\btrad(?:e|ed)\b(?!\s+(?:up|down|higher|lower|flat)\b)"
          # "in early trading", "in after-hours trading": a market's session, no trade
          r"|(?<!\bin\s)(?<!early\s)(?<!\blate\s)(?<!morning\s)(?<!afternoon\s)(?<!midday\s)(?<!after-hours\s)(?<!premarket\s)"
          r"(?<!pre-market\s)\btrading\b(?!\s+(?:up|down|higher|lower|flat|at|session|day)\b)", not_units=_DISTANCES + ("MW",)),
    _rule("exports", r"\bexport(?:s|ed|ing)?\b", not_units=_DISTANCES),
    # "Azerbaijan supplied 12.9 bcm of gas to Europe", "the supply of 1 bcm of gas to Syria": goods supplied are exports
    _rule("exports", r"\bsuppl(?:y|ied|ies|ying)\b(?!\s+chains?\b)", ("t", "bcm", "m3/d", "bbl", "bbl/d", "MWh")),
    _rule("imports", r"\bimport(?:s|ed|ing)?\b", not_units=_DISTANCES),
    _rule("investment", r"\binvest(?:ment|ments|ed|ing|s|or|ors)?\b|\bcommitted\b|\bpledged\b"
          r"|\b(?:project|plant|factory|refinery|venture)s?,?\s+(?:[\w-]+\s+){0,2}?(?:worth|valued\s+at|costing)\b",
          not_units=_COUNT + _PHYSICAL),
    _rule("purchases", r"\bpurchas(?:e|es|ed|ing)\b|\bbuy(?:s|ing)?\b|\bbought\b|\bprocur(?:e|es|ed|ing|ement)\b",
          not_units=_COUNT + _PERCENT),
    _rule("sales", r"\bsales\b", not_units=_PHYSICAL + _COUNT),
    _rule("tax_credit", r"\btax\s+credits?\b", not_units=_COUNT + _PHYSICAL),  # "a tax credit of up to $7,500": no loan
    _rule("loans", r"\bloans?\b|(?<!tax\s)\bcredit(?:\s+line)?s?\b|\blen(?:t|ds?)\b|\bborrow"),
    # aid is money, goods or people helped, never the power or size of what it pays for ("A $1 million grant to
    # help develop a 25-megawatt biomass powerplant")
    _rule("aid", r"\baid\b|\bgrants?\b|\bassistance\b|\bdonat(?:e|ed|ion|ions)\b", not_units=_SIZES),
    _rule("budget", r"\bbudget\b|\ballocat(?:e|ed|es|ing|ion)\b|\bearmark(?:ed|s)?\b"),
    _rule("fine", r"\bfines?\b|\bfined\b|\bpenalt(?:y|ies)\b|\bdamages\b|\bcompensation\b", not_units=_COUNT + _PERCENT),
    _rule("reward", r"\brewards?\b|\bbount(?:y|ies)\b", not_units=_COUNT + _PERCENT + _PHYSICAL),  # "a bounty of ... lire"
    _rule("salary", r"\bsalar(?:y|ies)\b|\bwages?\b|\bpensions?\b", not_units=_COUNT),
    _rule("revenue", r"\brevenues?\b|\bincome\b|\bearn(?:ed|ings)\b"),
    _rule("cost", r"\bcost(?:s|ing)?\b", not_units=_COUNT + _PERCENT + _PHYSICAL),  # not "18,600 metric tons of carbon"
    _rule("price", r"\bprices?\b|\btariffs?\b", not_units=_PHYSICAL),  # a price is money a unit: not "50 million barrels"
    # "the departure fee rose to 40 manats", "eco-lodges would charge 750,000 rials per person", "a toll of $5":
    # what a service or a crossing costs its user, named by its own word ("charge" only as the verb right
    # before the amount: "a wireless charging case for $150" and "the charges against the company" charge no fee)
    _rule("fee", r"\b(?:fees?|fares?|tolls?)\b|\bcharg(?:e|es|ed)\b(?=\s+(?:[\w-]+\s+){0,3}?" + qualifier_group(r"only", r"just")
          + r"(?:[$€£\d]|$))", not_units=_COUNT + _PHYSICAL, reach_after=20),
    # "the departure tax has been proposed to reach 2.2 million rials": what a state levies (a fee is a price:
    # "a $10 monthly fee", "overdraft fees", a footballer's transfer fee)
    _rule("tax", r"\btax(?:es)?\b|\blev(?:y|ies)\b|\bdut(?:y|ies)\b(?!-free)", not_units=_COUNT + _PHYSICAL),
    # "had its valuation slashed from $47 billion to $8 billion", "a market capitalisation of $2 trillion"
    _rule("valuation", r"\bvaluations?\b|\bmarket\s+(?:value|capitali[sz]ation|cap)\b", not_units=_COUNT + _PERCENT + _PHYSICAL),
    _rule("reserves", r"\breserves?\b"),
    _rule("deposits", r"\bdeposits\b", not_units=_COUNT + _PHYSICAL),
    # "Azerbaijan's state debt amounted to $6.7 billion", "external debt fell to"
    # ("$6.5 billion in debt and equity" is financing, not a debt figure)
    _rule("debt", r"(?<!\bin\s)\b(?:(?:state|public|external|foreign|government|national|sovereign)\s+)?debts?\b",
          not_units=_COUNT + _PHYSICAL),
    # "SOFAZ sold $120 million at currency auctions", "demand at the auction amounted to": a central bank's or a
    # fund's sales of currency
    _rule("currency_auctions", r"\bauctions?\b", not_units=_COUNT + _PERCENT + _PHYSICAL),
    # "Remittances to Azerbaijan from Russia totaled $800 million", "insurance premiums collected amounted to"
    _rule("remittances", r"\bremittances?\b", not_units=_COUNT + _PHYSICAL),
    _rule("insurance_premiums", r"\b(?:insurance\s+)?premiums\b", not_units=_COUNT + _PERCENT + _PHYSICAL),
    _rule("assets", r"\bassets\b", not_units=_COUNT + _PERCENT + _PHYSICAL),
    _rule("profit", r"\b(?:net\s+)?profits?\b", not_units=_COUNT + _PHYSICAL),
    _rule("transit", r"\btransit(?:ed)?\b|\btransported\b|\bcargo\b|\bfreight\b|\btraffic\b"),
    _rule("cargo_handled", r"\bhandl(?:e|ed|es|ing)\b", ("t", "TEU")),  # "The Baku port handled 50,000 TEU"
    _rule("swap", r"\bswap(?:s|ped|ping)?\b", not_units=_COUNT + _PERCENT),
    _rule("capacity", r"\bcapacity\b", _PHYSICAL + _COUNT + _PERCENT),
    _rule("efficiency", r"\befficienc(?:y|ies)\b", _PERCENT),
    _rule("production", r"\bproduc(?:e|es|ed|ing|tion)\b|\boutput\b|\bgenerat(?:e|es|ed|ion)\b"),
    _rule("population", r"\bpopulation\b|\binhabitants\b|\bresidents\b|\bpeople\b", _COUNT),
    _rule("tourists", r"\btourists?\b|\bvisitors\b|\btravel(?:l)?ers\b|\btravel(?:l)?(?:ed|ing)\b|\bpilgrims\b|\barrivals\b"
          r"|\barrived\b|\btoured\b", _COUNT),  # "Around 320,000 Iranians toured Azerbaijan"
    _rule("companies", r"\bcompan(?:y|ies)\b|\bfirms?\b|\benterprises?\b|\bstart-?ups?\b|\bbusinesses\b"
          r"|\b(?:manufacturers|providers|bidders|suppliers|producers|operators|banks|exporters|importers)\b", _COUNT),
    _rule("agreements_signed", r"\bagreements?\b|\bmemorand(?:a|um|ums)\b|\bmous?\b|\bdocuments?\b|\bcontracts?\b|\bdeals?\b|\baccords?\b", _COUNT),
    _rule("meetings", r"\bmeetings?\b|\bmet\b|\bmeet\b|\btalks\b", _COUNT),
    _rule("visits", r"\bvisit(?:s|ed)?\b|\btrips?\b", _COUNT),
    _rule("projects", r"\bprojects?\b", _COUNT),
    _rule("jobs", r"\bjobs?\b|\bjob\s+opportunities\b|\bemployees\b|\bworkers\b", _COUNT),
    _rule("students", r"\bstudents\b", _COUNT),
    _rule("flights", r"\bflights\b", _COUNT),
    _rule("wagons", r"\bwagons\b", _COUNT),
    # "contracts worth", "the value of the deal", "The value of contracts signed at the exhibition"
    _rule("contract_value", r"\b(?:agreements?|contracts?|deals?|documents|memorand(?:a|um|ums)|mous?|acquisitions?|mergers?|takeovers?|"
          r"buyouts?|transactions?),?\s+(?:[\w-]+\s+){0,2}?"
          r"(?:worth|valued\s+at)\b|\b(?:value|cost)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:agreements?|contracts?|deals?)\b"
          r"|\bworth\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:agreements?|contracts?|deals?)\b",  # not "$5 billion worth of contracts"
          not_units=_COUNT + _PERCENT),
    _rule("length", r"\blong\b|\blength\b|\b(?:rail(?:way|road)s?|roads?|highways?|pipelines?|lines?|corridors?|bridges?|"
          r"tunnels?|canals?|routes?|border)\b", ("km", "m")),
    _rule("area", r"\bhectares?\b|\barea\b", ("ha", "km2")),
    # a limit on the rise of the world's temperature, not a weather reading ("The low temperature on Tuesday is
    # predicted to be -6 degrees Celsius"): see also `WARMING_LIMITS`
    _rule("global_warming_limit", r"\bwarming\b|\btemperatures?\s+(?:rise|increase)s?\b|\bclimate\b|\bparis\b|"
          r"\bpre-?industrial\b", ("degC",)),
)

#: The unit of a multiple ("grew 2.2 times", "a 10-fold hike"): `accords.indicators.clauses.multiple`.
RATIO = "ratio"

#: How many words after a count its noun may come ("one million Azeri tourists").
COUNT_NOUN_WINDOW = 4

#: How many words before "N times" the verb may come ("we have met 10 times").
_TIMES_VERB_WINDOW = 5
#: Counts written as adverbs, which count the verb before them ("visited Iran twice").
_ADVERBIAL = re.compile(r"(?:once|twice|thrice)$", re.IGNORECASE)
_RULES_BY_METRIC = {rule.metric: rule for rule in METRIC_RULES}

#: Verbs that end the noun phrase after a count: "only nine Allies met the Vilnius commitments" counts
#: Allies, not meetings; "Twenty-three Allies now meet or exceed" likewise.
_VERBS_AFTER_COUNT = frozenset({"met", "meet", "meets", "now"})
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def metric_for(before: str, after: str, *, unit: str, figure: str = "") -> str | None:
    """The metric of a figure (its text `figure`) given the sentence `before` and `after` it, or None.

    A count is named by the noun right after it ("nine Iranian start-up firms"), or for "N
    times" by the verb before it ("we have met 10 times"); a count of anything else ("the two
    countries") is no claim. Other figures take the nearest keyword before them, else the
    nearest one after.
    """
    if unit == "count":
        return _count_metric(before, after, adverbial=bool(_ADVERBIAL.match(figure.strip())))
    best: tuple[int, int, str] | None = None
    rules = rules_for(unit)
    for priority, rule in rules:
        for match in rule.pattern.finditer(before):
            if not rule.in_names and in_name(before, match):
                continue
            distance = len(before) - match.end()
            candidate = (distance, priority, rule.metric)
            if best is None or candidate < best:
                best = candidate
    if best is not None:
        return named_length(best[2], before, after)  # "the 826-km Baku-Tbilisi-Kars railway": railway_length
    for priority, rule in rules:
        first = next((m for m in rule.pattern.finditer(after) if rule.in_names or not in_name(after, m)), None)
        if first is not None and (rule.reach_after is None or first.start() <= rule.reach_after):
            candidate = (first.start(), priority, rule.metric)
            if best is None or candidate < best:
                best = candidate
    return named_length(best[2], before, after) if best is not None else None


def _count_metric(before: str, after: str, *, adverbial: bool) -> str | None:
    words = _WORD.findall(after)
    if adverbial or words[:1] == ["times"]:
        recent = " ".join(_WORD.findall(before)[-_TIMES_VERB_WINDOW:])
        for metric in ("meetings", "visits"):
            if _RULES_BY_METRIC[metric].pattern.search(recent):
                return metric
        return None
    if _COMPOUND_AFTER.match(after):
        return None  # "a 90-minute meeting", "a five-year deal": the number measures the compound, counts nothing
    head = next((i for i, w in enumerate(words[:_HEAD_WINDOW]) if w.lower() in _VERBS_AFTER_COUNT
                 or (named.is_plural(w.lower()) and "'" not in w and "’" not in w)), None)
    if head is not None and words[head].lower() not in _VERBS_AFTER_COUNT:
        # the noun phrase ends at its first plural: "two most popular medical tourist cities" counts
        # cities, "two days of talks" days; only a keyword that is that head names the count
        if words[head].lower() in _DURATIONS:
            return None
        # else a verb right after the head may name it: "12,792 Iranian nationals visited Georgia", "are anticipated to visit"
        verb = countnouns.verb_after_head(words, head)
        if verb[:1] and verb[0].lower() in _VERBS_AFTER_COUNT:
            verb = []  # "only nine Allies met the Vilnius commitments"
        if countnouns.hosted_guests(before, words[head]):
            return "tourists"  # "The Republic of Azerbaijan hosted a total of 2,276,604 foreign nationals"
        return _head_rule(" ".join(words[:head + 1])) or _first_rule(" ".join(verb), unit="count")
    phrase = words[:COUNT_NOUN_WINDOW]
    cut = next((i for i, w in enumerate(phrase) if i > 0 and w.lower() in _VERBS_AFTER_COUNT), len(phrase))
    return _first_rule(" ".join(phrase[:cut]), unit="count")


#: How many words after a count its head noun (the first plural) may come.
_HEAD_WINDOW = COUNT_NOUN_WINDOW + 2
#: A hyphen right after the count: it makes an adjective ("90-minute", "five-year").
_COMPOUND_AFTER = re.compile(r"-[A-Za-z]")
#: Units of time: "two days of talks" counts days, not talks.
_DURATIONS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"})


def _head_rule(phrase: str) -> str | None:
    """The count rule whose keyword ends `phrase` (a noun phrase ending at its head noun)."""
    for _, rule in rules_for("count"):
        if not rule.units:
            continue
        if any(rule.pattern.fullmatch(phrase, word.start()) for word in _WORD.finditer(phrase)):
            return rule.metric
    return None


def count_metric_named(before: str, *, value: float = 0.0) -> str | None:
    """The metric of a count whose noun came before it: "the number of Turkish tourists ... to 2
    million" → tourists; "The number of mobile subscribers ... exceeded 11 million" →
    mobile_subscribers (its own words, `countnouns.count_noun`); "production capacity ... is 10,000
    cars per year" → capacity."""
    numbers = list(_NUMBER_OF.finditer(before))
    if numbers:
        phrase = numbers[-1].group(1)
        metric = _first_rule(phrase, unit="count") or countnouns.count_noun(
            " " + phrase, value=value, lexicon=_lexicon_for("count"))
        if metric is not None:
            return metric
    if (capacity := _CAPACITY.search(before)) is not None and not _OWN_VALUE_AFTER.match(before, capacity.end()):
        return "capacity"
    if (level := _LEVEL_NAMED_BEFORE.search(before)) is not None:
        # "Foreign tourist arrivals in Azerbaijan reached 1.2 million", "Outbound passengers added up to 7 million"
        phrase = level.group("np")
        metric = _first_rule(phrase, unit="count") or countnouns.count_noun(
            " " + phrase.split()[-1], value=max(value, countnouns.MIN_OWN_COUNT), lexicon=_lexicon_for("count"))
        if metric is not None and metric != "population":
            return metric
    if _POPULATION_BEFORE.search(before) or (value >= MIN_POPULATION and apposed_country(before) is not None):
        return "population"  # "Armenia has a population of 3 million", "The population of Georgia is 3.7 million"
    if _FLEET_BEFORE.search(before):
        return "fleet_size"  # "the carrier's fleet of 27", "its fleet consists of 31"
    return None


#: The last "capacity" before a count: "a capacity of 5 million passengers", "Production capacity of the $15 million joint
#: venture plant ... is 10,000 cars per year"; not a name's ("the Capacity Building Pillar", "FEMA's Surge Capacity Force").
_CAPACITY = re.compile(r"\bcapacity\b(?!\s+(?-i:[A-Z]))(?!.*\bcapacity\b(?!\s+(?-i:[A-Z])))", re.IGNORECASE | re.DOTALL)
#: A number of its own right after "capacity" (a money figure aside): the capacity's value is that number, and
#: a later count is something else ("a total operating capacity of about 140 million tons and having 300 active
#: vessels", "a capacity of 2,500 and employs 650 staff", "capacity rose 10 percent").
_OWN_VALUE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?" + QUALIFIER + r"\d", re.IGNORECASE)
_BOUND_WORDS = qualifier_group(r"just\s+over")
#: "a population of", "The population of Georgia is", "whose population stood at": a level of population.
_POPULATION_BEFORE = re.compile(  # ... and what it will be: "Nigeria's population is expected to reach 400 million by 2050"
    r"\bpopulation\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4})?(?:(?<!their\spopulation\s)(?<!its\spopulation\s)"
    r"(?:which\s+|that\s+|once\s+){1,2})?(?:(?:is|was|stands\s+at|stood\s+at|reached|totals|totall?ed|numbers|numbered|exceeds|"
    r"exceeded|hit|of|at|to|rose\s+to|grew\s+to|fell\s+to|(?:will|would|could|may|(?:is|was)\s+"
    r"(?:expected|projected|forecast|set|likely)\s+to)\s+(?:reach|hit|exceed|surpass|top|peak\s+at|rise\s+to|grow\s+to|fall\s+to|shrink\s+to))\s+)"
    + _BOUND_WORDS + "$", re.IGNORECASE)
#: "Armenia, a country of 3 million", "Georgia, a nation of 3.7 million": a country sized by its people (1,000 or
#: more) in an apposition, the country named right before it.
_PLACE_OF_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:country|nation|kingdom|republic|state)\s+of\s+" + _BOUND_WORDS + "$")


def apposed_country(before: str) -> str | None:
    """The country a population sized in an apposition is of ("Armenia, a country of 3 million": ARM),
    given the sentence `before` the figure, or None."""
    match = _PLACE_OF_BEFORE.search(before)
    return demonym_country(match.group("name")) or country_iso3(match.group("name")) if match is not None else None
#: A plural noun phrase right before a verb that gives its level: "tourist arrivals in Azerbaijan reached",
#: "Outbound passengers added up to" (the quantity may keep "up to" as its bound), "the visitors from Iran totaled"
#: (the noun decides, `count_metric_named`).
_LEVEL_NAMED_BEFORE = re.compile(
    r"\b(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:(?:in|from|to|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}){0,2}"
    r"(?:(?:has|have|had)\s+)?(?:added(?:\s+up\s+to)?|reached|stood\s+at|totall?ed|amounted\s+to|hit|exceeded|surpassed|"
    r"numbered|rose\s+to|grew\s+to|increased\s+to|fell\s+to|dropped\s+to|decreased\s+to|declined\s+to)\s+"
    + _BOUND_WORDS + "$",
)
#: "a fleet of 27 aircraft", "its fleet consists of 31 planes": the size of a fleet.
_FLEET_BEFORE = re.compile(r"\bfleet\s+(?:(?:consists|consisted|comprises|comprised|is\s+made\s+up)\s+)?(?:of|to|at)\s+"
                           + _BOUND_WORDS + "$", re.IGNORECASE)


def _first_rule(text: str, *, unit: str) -> str | None:
    """The rule whose keyword comes first in `text` (ties go to the more specific rule)."""
    best: tuple[int, int, str] | None = None
    for priority, rule in rules_for(unit):
        if not rule.units:
            continue  # after a count only nouns of countable things decide
        match = rule.pattern.search(text)
        if match is not None:
            candidate = (match.start(), priority, rule.metric)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best is not None else None


@functools.lru_cache(maxsize=256)
def rules_for(unit: str) -> tuple[tuple[int, MetricRule], ...]:
    """(priority, rule) of the rules that accept `unit`, in priority order; cached, since every
    figure would otherwise check all the rules' units again."""
    return tuple((priority, rule) for priority, rule in enumerate(METRIC_RULES) if _accepts(rule, unit))


def _accepts(rule: MetricRule, unit: str) -> bool:
    if unit == RATIO:
        # "exports increased 2.3 times", "increase the capacity by three to four times": a multiple of anything
        # but a length, an area or a temperature, which a "route" or a "border" names
        return not rule.units or not set(rule.units) <= {*_DISTANCES, "km2", "degC"}
    if rule.units and unit not in rule.units:
        return False
    return unit not in rule.not_units


#: Metrics that are rates already: a percent of them is their level, not their growth ("using his 28.1%
#: shareholding" after "turned down" is a stake, no fall).
RATES = ("gdp_growth", "inflation", "unemployment", "interest_rate", "stake", "poll_share")
_POWER_UNITS = ("MW", "GW", "kW")
_AREA_UNITS = ("ha", "km2")
#: "a 240 MW wind plant", "a 100-MW hydroelectric power plant": power right before the plant it sizes.
_PLANT_AFTER = re.compile(
    r"[\s-]+(?:[\w-]+\s+){0,3}?(?:plants?|farms?|stations?|parks?|units?|facilit(?:y|ies)|projects?)\b", re.IGNORECASE)
#: "pounds of infant formula", "pounds of food": pounds of a good are a weight, not money.
_WEIGHT_OF = re.compile(
    r"\s+of\s+(?!(?:new\s+|additional\s+)?(?:funding|aid|support|investment|assistance|financing|money|cash|"
    r"loans?|grants?|debt|revenue|spending|exports|imports|trade)\b)[A-Za-z]", re.IGNORECASE)
#: "the $15 million joint venture plant": money named by what it pays for is an investment.
INVESTMENT_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:joint[\s-]venture|project|plant|factory|refinery|deal|contract|agreement|"
    r"investment)s?\b",
    re.IGNORECASE,
)


def growth_name(metric: str) -> str:
    """The metric of a change of `metric`: exports → exports_growth, exports_change (an amount changed)
    → exports_growth; a rate stays itself."""
    metric = metric.removesuffix("_change")
    return metric if metric.endswith("_growth") or metric in RATES else f"{metric}_growth"


#: A verb giving the money right before it: "has contributed two billion dollars", "pledged more than $5 million".
_GIVEN_BEFORE = re.compile(r"\b(?:contribut|donat|provid|pledg|grant|disburs)\w*\s+"
                           + qualifier_group(r"an?\s+(?:additional|further|initial)", r"another") + "$",
                           re.IGNORECASE)


def figure_metric(
    text: str, start: int, end: int, unit: str, figure: str, sentence: Segment | None, *, value: float = 0.0
) -> str | None:
    """The metric of the figure text[start:end] (unit `unit`, written `figure`, `value`) in `sentence`.

    A count of members ("a 20-member delegation") names its body; otherwise the figure's own
    clause is read first, then its whole sentence; a count may be named before it ("the
    number of tourists ... 2 million"); power is a capacity and an area an area by the unit.
    """
    if sentence is None:
        return None
    before, after = text[sentence.start:start], text[end:sentence.end]
    if (market := markets.reading(text, start, end, unit, before)) is not None:
        return market[0]  # "1.7 manats per US dollar", "$60.73 a barrel"
    if unit == "percent" and markets.against_average(after):
        return None  # "Volume totaled 25% higher than the daily average": a distance from a mean, neither level nor change
    if "pound" in figure.lower() and _WEIGHT_OF.match(after):
        return seizures.seizure_metric(before, after, unit=unit)  # "over 14,000 pounds of Kendamil infant formula": no sterling
    if unit == "count" and (multiple := markets.earnings_multiple(before, after)) is not None:
        return multiple  # "a forward P/E of 14", "trades at 16.36 times trailing-12-month earnings"
    if unit == "count" and markets.index_level(text, end, value, before):
        return "stock_index"  # "The Dow Jones Industrial Average rose 31.33 points, or 0.11%, to 27,934.02"
    if unit == "count" and (members := memberships.member_metric(before, after) or memberships.members_metric(text, end)
                                 or memberships.body_members(before, after, earlier=text[:sentence.start], value=value)
                                 or counted.destinations(before, after) or memberships.allies(text, end)
                                 or counted.helped_countries(before, after)
                                 or countrycounts.counted_countries(before, after, value=value)) is not None:
        return members
    if unit in _POWER_UNITS and _PLANT_AFTER.match(text, end):
        return "capacity"  # "ACWA Power's 240 MW wind plant will generate ...": the plant's size, not its output
    if (years := anniversaries.anniversary_metric(before, after, unit=unit, figure=figure)
            or visas.stay_metric(before, after, unit=unit) or terms.term_metric(after, unit=unit)) is not None:
        return years  # "South Africa celebrates 30 years of democracy", "stay in Azerbaijan without a visa for 15 days"
    if (case := justice.term_metric(before, after, unit=unit)
            or justice.bail_metric(before, after, text[sentence.start:sentence.end], unit=unit)
            or justice.count_metric(before, after, unit=unit, value=value)
            or justice.claim_metric(before, unit=unit)) is not None:
        return case  # "faces a maximum of 10 years in prison", "held in jail in lieu of $70,000 bond"
    if unit == "percent" and markets.holding_share(before, after):
        return "stake"  # "already owns 6.7% of the retailer's shares", "sold 20% of its equity"
    if unit == "percent" and markets.company_share_move(before, after):
        return "share_price"  # "Shares in Tencent fell 2%": a company's shares, no stock index (its change: `changes`)
    if unit == "percent" and markets.discount_share(before, after):
        return "discount"  # "Tickets are sold at a 20 percent discount"
    if unit == "percent" and controls.controls_share(before, after):
        return controls.METRIC  # "China currently controls over 80 percent of certain segments of the supply chain"
    if unit == "percent" and (share_of_people := counted.people_share(after)) is not None:
        return share_of_people  # "89 percent of pregnant women gave birth": a share of people, not of the money named before it
    low, high = clauses.clause(text, sentence, start, end)
    if unit == "count" and (sanctioned := sanctions.sanction_metric(text[low:start], text[end:high], sentence=(before, after))) is not None:
        return sanctioned  # "sanctioned 32 entities and individuals", "over 1,200 targeted sanctions"
    if (aircraft := fleets.aircraft_metric(text[sentence.start:sentence.end], after, unit=unit, lead=before)) is not None:
        return aircraft  # "ordered 40 A321neos and 10 A350s", "50 firm orders and 30 options"
    if (captives := captive_metric(before, after, unit=unit, value=value) or workforce.workforce_metric(
            before, after, unit=unit, value=value) or tolls.toll_metric(before, after, unit=unit)
            or seizures.seizure_metric(before, after, unit=unit) or returns.return_metric(before, after, unit=unit, value=value)) is not None:
        return captives  # "Israel released 39 Palestinians", "employs 4,000 people", "the death toll rose to 1,100"
    if unit == "percent" and (own := counted.number_growth(before, after, lexicon=_lexicon_for("count"))
                              or progress.completion(before, after)):  # "The line is 70 percent complete"
        return own  # "The number of foreign tourists visiting Azerbaijan rose by 20 percent": tourists_growth
    metric = moneyverbs.money_verb_metric(text[low:start], text[end:high], unit=unit) \
        or named.own_metric(text[low:start], text[end:high], unit=unit, lexicon=_lexicon_for(unit), value=value) \
        or pledges.named_money(text[low:start], text[end:high], unit=unit, lexicon=_lexicon_for(unit), value=value)
    if metric is None and is_money(unit):
        metric = moneynouns.money_noun_metric(text[end:high], lexicon=_lexicon_for(unit))  # "a $3 billion tender offer"
    if metric is not None:
        return metric
    if low > sentence.start and unit != "count":
        # "allocated 45 billion rials ..., adding that 35 billion rials has been invested": the clause's own word first
        metric = metric_for(text[low:start], text[end:high], unit=unit, figure=figure)
    if metric is None and is_money(unit) and high < sentence.end and _GIVEN_BEFORE.search(text, low, start) and metric_for(
            text[low:start], text[end:high], unit=unit, figure=figure) is None:
        # "has contributed two billion dollars to COVAX, more than any other nation—and is supporting local
        # production capacity": the giving verb of its own clause names it, not a word of the next clause
        metric = pledges.money_metric(text[low:start], text[end:high], value=value)
    if metric is None and is_money(unit) and metric_for(text[low:start], text[end:high], unit=unit, figure=figure) is None:
        metric = moneyverbs.settled_metric(text[end:high], unit=unit)  # "paid $1.1 billion to settle charges"
    metric = metric or metric_for(before, after, unit=unit, figure=figure)
    if metric is None and unit == "percent" and polls.is_poll_share(text, (sentence.start, sentence.end), end):
        metric = polls.METRIC  # "by a margin of 48% to 38%, according to a NBC News/Wall Street Journal survey"
    if metric is None and unit == "percent" and (named.CHANGED_BY.search(before) or bool(named.SHOWS_CHANGE.search(
            before) and clauses.GROWTH_AFTER.match(after))) and (noun := count_metric_named(before, value=value)) not in (
            None, "population", "capacity"):
        metric = f"{noun}_growth"  # "The number of flights ... rose by 12 percent", "... shows a 33.02 percent increase"
    if metric is None and unit == "count":
        metric = count_metric_named(before, value=value) or countnouns.count_noun(after, value=value, lexicon=_lexicon_for(unit), before=before)
    if metric is None and is_money(unit) and INVESTMENT_AFTER.match(after):
        metric = "investment"  # "signed a $7 billion agreement", "the $15 million joint venture plant"
    if metric is None and is_money(unit):
        metric = pledges.money_metric(text[low:start], text[end:high], value=value)  # "the Department of State is contributing"
    if metric is None and is_money(unit):
        metric = named.spending_metric(text[low:start])  # "Foreign tourists spent $1.2 billion in Azerbaijan"
    if metric is None and is_money(unit):
        metric = moneyverbs.funded_metric(before, text[sentence.start:sentence.end], unit=unit)  # "The bill includes $3 billion"
    if metric is None and is_money(unit):
        metric = moneyverbs.paid_metric(text[low:start], unit=unit)  # "has raised more than $80 million", "paid the agency $449,000"
    if metric is None and unit in _POWER_UNITS:
        metric = "capacity"  # "a 100-MW hydroelectric power plant"
    if unit in _AREA_UNITS:
        metric = "area"  # "water for up to two million hectares of arable lands": the unit says what it measures
    if metric == "population" and unit == "count" and countnouns.PEOPLE_AFTER.match(after) and (
            noun := count_metric_named(before, value=value)) not in (None, "population"):
        metric = noun  # "The number of foreign tourists who visited Azerbaijan reached 2.6 million people"
    if metric is None and unit == "percent" and (people := _OF_A_PEOPLE.match(after)) is not None \
            and is_demonym(people.group(1)):
        metric = "population_share"  # "Seventy-eight percent of Americans live paycheck to paycheck"
    if metric is None and unit == "percent":
        metric = counted.national_share(after, adjective=is_adjective, lexicon=_lexicon_for("count"))  # "of Iranian articles"
    if metric is None and unit == "count" and abs(value) >= MIN_POPULATION and (people := _A_PEOPLE.match(after)) is not None \
            and is_demonym(people.group(1)) and _SERVED_BEFORE.search(before):
        metric = PEOPLE  # "HIV medication to over 1.2 million Zambians", "reached more than 9.7 million Indians"
    if metric is None and unit == "count" and abs(value) >= MIN_POPULATION and (people := _A_PEOPLE.match(after)) is not None \
            and is_demonym(people.group(1)):  # "1.5 million Syrians live in Turkey": what the people do names them
        metric = next((name for name, doing in _PEOPLE_DOING if doing.match(after, people.end())), None)
    if metric == "capacity" and unit == "count" and _AREAS_AFTER.match(after):
        return None  # "local capacity in five critical areas", "across five technical areas": no capacity of five
    if metric == "population" and abs(value) < MIN_POPULATION:
        return None  # "28 people in close contact", "a study in 15 people", "attracted 10 residents": no figure
    if metric == "population" and unit == "count" and countnouns.attending(after):
        metric = "participants"  # "Some 3,000 people are expected to attend the ceremony": an attendance, no population
    if metric == "global_warming_limit" and not WARMING_LIMITS[0] < value <= WARMING_LIMITS[1]:
        return None  # "-6 degrees Celsius ... in the climate of the region": a reading, no limit on warming
    return metric


#: Areas after a count: "five critical areas", "five technical areas" (a count of areas, no capacity).
_AREAS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?areas\b")
#: The values a limit on global warming takes, in degrees Celsius (above 0, at most 4: "1.5 °C", "well below 2 °C").
WARMING_LIMITS = (0.0, 4.0)


def people_country(after: str) -> str | None:
    """The country whose people a share or a count right before `after` is of ("percent of
    Americans say ...", "1.2 million Zambians": USA, ZMB), or None: such a figure is that country's
    alone, whatever else its sentence names."""
    people = _OF_A_PEOPLE.match(after) or _A_PEOPLE.match(after)
    return demonym_country(people.group(1)) if people is not None else None


#: "percent of Americans", "60 percent of all Azerbaijanis": a nation's people's share (not "of Americans' savings").
_OF_A_PEOPLE = re.compile(r"^\s+of\s+(?:all\s+)?(?:(?:adult|young|older|elderly|working|eligible|rural|urban|ordinary)\s+)?"
                          r"([A-Z][a-z]+s)\b(?!['’])")


#: A count of a nation's people: "1.2 million Zambians", "300,000 more Afghans" (not "Americans'").
_A_PEOPLE = re.compile(r"^\s+(?:(?:more|other|additional|new)\s+)?([A-Z][a-z]+s)\b(?!['’])")
#: "35,000 Palestinians live in this area", "35,000 Palestinians and 850 Israeli settlers live in": a nation's
#: people counted where they live, a population.
_LIVE_AFTER = re.compile(r"(?:\s+and(?:\s+[\w,.-]+){1,4}?)?\s+(?:(?:now|currently|still|already)\s+)?"
                         r"(?:live|lived|living|reside|resided|residing)\b")
#: "43 million Americans expected by AAA to travel", "2 million Germans travelled abroad": a nation's people travelling.
_TRAVEL_AFTER = re.compile(r"(?:\s+[\w.-]+){0,5}?\s+(?:to\s+travel|travel(?:l?ed)|are\s+travel(?:l?ing))\b")
#: "hosting more than three millions Syrians as refugees": a nation's people counted as refugees where they stay.
_AS_REFUGEES = re.compile(r"\s+(?:as|who\s+(?:are|were)|living\s+as)\s+(?:refugees|asylum[- ]seekers)\b", re.IGNORECASE)
#: The metric of a count of a nation's people by what follows them ("Around 35,000 Palestinians live in this area":
#: a population; "43 million Americans expected by AAA to travel": travelers; "3 million Syrians as refugees").
_PEOPLE_DOING = (("population", _LIVE_AFTER), ("travelers", _TRAVEL_AFTER), ("refugees", _AS_REFUGEES))
#: What a count of people served ends on: "medication to", "reached", "helped", "vaccinated" (not "Some
#: 2.374 million Russians ... arrived in Turkey", visitors whose flow has two sides).
_SERVED_BEFORE = re.compile(
    r"\b(?:to|for|" + countnouns.SERVING_VERBS + r"|employ(?:ed|s|ing)?)\s+$",
    re.IGNORECASE)
#: The metric of a count of a nation's people (`_A_PEOPLE`).
PEOPLE = "people"
#: The smallest count of people or residents an analyst records (a population, a crowd of
#: protesters, beneficiaries); fewer people are a group in a story ("two people were diagnosed").
MIN_POPULATION = 1_000


@functools.cache
def _lexicon_for(unit: str) -> Callable[[str], str | None]:
    """The lexicon's name for a phrase, for figures of `unit` (what `named` defers to)."""
    return lambda phrase: metric_for(phrase, "", unit=unit) if unit != "count" else _first_rule(phrase, unit=unit)
