"""Market readings: the level of a stock index, a commodity's price, a currency's rate.

Market reports (Reuters' closing wrap, a Tehran Stock Exchange report, a daily oil price)
give levels as bare numbers or prices per unit, which the keyword lexicon has no word for:

- an index level is a bare number reached by a named index ("The Dow Jones Industrial Average
  rose 31.33 points, or 0.11%, to 27,934.02", "Sensex scaled a new all-time high of
  40,816.38"): metric `stock_index`, unit `points`; the change in points is left out;
- money per unit of a commodity is its price, named by the commodity ("$60.73 a barrel" of
  Brent is `oil_price`, "$1,472.19 an ounce" of gold `gold_price`), else `price`; crude reached
  without its unit ("Brent was last at $60.73") is priced by the barrel;
- an exchange rate is one currency per unit of another: "108.55 per dollar" after "the
  Japanese yen" (JPY/USD), "$1.1075" reached by "the euro" (USD/EUR): metric `exchange_rate`.
- a company's share price is an amount its shares or stock reached, closed or traded at ("Shares
  in Northwind fell 40 cents to $11.20", "the stock closed at $152.30"): metric `share_price`;
  a percentage a price is lowered by ("a 20 percent discount", "30% off") is a `discount`
  (`discount_share`);
- how far a company's shares moved ("Shares in Tencent fell 2%", "The stock was down 5%") is its
  `share_price` change (`company_share_move`), not a stock index's: a country's or a region's
  shares ("Japanese shares", "European stocks"), the stock market and named indexes stay indexes;
- a percentage of a company owned, bought or sold ("already owns 6.7% of the retailer's shares", "sold
  20% of its equity", "1.5 billion shares, or 0.5 percent of the company") is a `stake`
  (`holding_share`), not an index's move: a share of a market, a trade or a nation's whole is none;
- what a share costs for each unit of its company's earnings ("a forward P/E of 14", "trades at 16.36 times
  trailing earnings") is its `price_earnings_ratio` (`forward_price_earnings_ratio` on next year's
  earnings), a ratio (`earnings_multiple`), no count.

`reading(text, start, end, unit, lead)` returns (metric, unit) for such a figure, or None;
`market_owner(clause, metric)` whose market a reading in a clause naming no country is (a
national index's country, no one for a regional or world market or a currency's rate);
`company_home(...)` whose a company's share price is when its sentence names no country: the
company's home country, the company named in the sentence or referred back to ("The company's shares").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.fleets import MAKERS, ORDERED
from accords.indicators.subjects import country_iso3, demonym_country
from accords.knowledge.companies import company_country
from accords.quantities.changeverbs import change_words
from accords.quantities.units import CURRENCY_NAMES, is_money
from accords.quantities.extract import QUALIFIER, qualifier_group

#: A stock index named in the sentence before a level (the lexicon's index words, capitalised names
#: too), or a move in points ("lost 1.85 points, or 0.06%, to 3,120.18"); an air quality, price,
#: development, happiness or freedom index is none ("air quality index monitors ... ratings of 999").
_INDEX = re.compile(
    r"\b(?:(?<!quality\s)(?<!price\s)(?<!development\s)(?<!happiness\s)(?<!freedom\s)index|indices|indexes|nikkei|kospi|kosdaq|topix|dow(?:\s+jones)?|nasdaq|s&p(?:\s+500)?|composite|hang\s+seng|"
    r"ftse|dax|cac|sensex|nifty|tedpix|bist(?:\s+100)?|benchmark|(?<!percentage\s)points)\b",
    re.IGNORECASE,
)
#: What comes right before a level: "to 27,934.02", "at 1.52 million", "a new all-time high of".
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|of|reached|hit|touched)\s+" + QUALIFIER + r"$", re.IGNORECASE
)
#: What may follow a level: the end of its clause, a time, "points".
_LEVEL_AFTER = re.compile(r"^(?:\s*$|\s*[,.;:)–—-]|\s+(?:points?|units?|on|in|as|while|after|and|but|,|at\s+the\s+close)\b)",
                          re.IGNORECASE)
#: Commodities whose price per unit a report gives, by the metric's first word.
_COMMODITIES = (
    ("oil", r"oil|crude|brent|wti|urals|azeri\s+light|cpc\s+blend|opec\s+basket"),
    ("gas", r"(?:natural\s+)?gas|lng"),
    ("gold", r"gold"),
    ("silver", r"silver"),
    ("copper", r"copper"),
    ("aluminum", r"alumini?um"),
    ("wheat", r"wheat"),
    ("steel", r"steel"),
)
_COMMODITY = re.compile("|".join(rf"\b(?P<{name}>{words})\b" for name, words in _COMMODITIES), re.IGNORECASE)
#: Currencies named as the subject of a rate ("the euro", "Sterling", "the Japanese yen"), by ISO code.
_CURRENCY_WORDS = {name: code for name, (code, factor) in CURRENCY_NAMES.items()
                   if factor == 1 and name.isalpha() and len(name) > 3 and name not in ("dollar", "dollars", "bucks")}
_CURRENCY_WORDS.update({"yen": "JPY", "greenback": "USD"})
_CURRENCY = re.compile(r"\b(?:" + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
#: "108.55 per dollar": a bare number per unit of a currency.
_PER_CURRENCY_AFTER = re.compile(r"^\s+(?:per|to\s+the|against\s+the)\s+(?:U\.?S\.?\s+)?(?P<per>dollar|euro|pound)\b",
                                 re.IGNORECASE)
_PER_CODES = {"dollar": "USD", "euro": "EUR", "pound": "GBP"}


def reading(text: str, start: int, end: int, unit: str, lead: str) -> tuple[str, str] | None:
    """(metric, unit) of the market figure text[start:end] (unit `unit`) whose sentence reads
    `lead` before it, or None when it is no market reading."""
    figure = text[start:end]
    tail = text[end:end + 60]
    if "/" in unit:
        base = unit.split("/", 1)[0]
        if is_money(base):
            if pay_name(_clause_lead(lead), unit) is None and _DISCOUNT.search(_clause_lead(lead)) and _per_time(unit):
                return None  # "a discount of up to $75 per month": what a price is lowered by, no price
            return pay_name(_clause_lead(lead), unit) or price_name(lead), unit
        return None
    if _SCALED.search(figure):
        return None  # "$2.5 billion", "1.52 million" (an index level in millions is read below)
    if unit == "count":
        rate = _PER_CURRENCY_AFTER.match(tail)
        named = _subject_currency(_clause_lead(lead))
        if rate is not None and named is not None:
            code = _CURRENCY_WORDS[named.lower()]
            per = _PER_CODES[rate.group("per").lower()]
            if code != per:
                return "exchange_rate", f"{code}/{per}"
        return None
    if is_money(unit) and _SHARE_LEVEL.search(_clause_lead(lead)) and not _PER_SHARE.match(tail):
        return "share_price", unit  # "Shares in the company fell 3% to $41.20", "The firm's stock closed at $152.30"
    if is_money(unit) and _LEVEL_BEFORE.search(lead):
        if price_name(_clause_lead(lead)) == "oil_price":
            return "oil_price", f"{unit}/bbl"  # "Brent LCOc1 was last at $60.73": crude is priced by the barrel
        named = _subject_currency(_clause_lead(lead))
        if named is not None and _CURRENCY_WORDS[named.lower()] != unit:
            return "exchange_rate", f"{unit}/{_CURRENCY_WORDS[named.lower()]}"  # "the euro ... up 0.05% to $1.1075"
    return None


#: A company's shares or stock, then the level they reached right before an amount: "Shares in the company fell
#: 3% to $41.20", "the stock closed at $152.30", "The stock is $8.5", "the miner's shares slid to a three-month low of
#: A$3.20" (an amount in millions is a value, not a price).
#: A company named with its US exchange ticker stands for its shares: "JPMorgan Chase & Co. (NYSE: JPM) traded up 0.77%".
_LISTED = r"\((?:NYSE|NASDAQ|Nasdaq|NYSE\s+American|NYSE\s+MKT|AMEX)\s*:\s*[A-Z][A-Z.]{0,5}\s*\)"
#: ... when a move or a trade follows it ("(NYSE: BA) traded higher", "(NASDAQ: VVUS) dropped"), not "said its revenue rose".
_LISTED_MOVED = _LISTED + (r"(?=\s+(?:(?:was|is)\s+)?(?:trad(?:ed|es|ing)|clos(?:ed|es)|open(?:ed|s)|end(?:ed|s)|up|down|fall|"
                           + change_words("drop fall rise gain climb slide jump lose add surge plunge tumble slip", ("s", "past"))
                           + "|losing|sank)\\b)")
_SHARE_LEVEL = re.compile(
    r"(?:\b(?:shares|stock|share\s+price)\b|" + _LISTED_MOVED + r")"
    r"(?!\s+(?:of|in)\s+(?:the\s+)?(?:market|revenue|sales|exports|imports|trade)\b)"
    r"[^;$]{0,60}?\b(?:to|at|closed\s+at|ended\s+at|finished\s+at|trad(?:ing|ed)\s+at|priced\s+at|reached|hit|is|was|(?:low|high|peak)\s+of)\s+"
    + qualifier_group(r"just\s+over") + r"$",
    re.IGNORECASE,
)
#: "$0.50 a share", "$2.53 per diluted share": money per share, named by `accords.indicators.named.per_share_metric`.
_PER_SHARE = re.compile(r"\s+(?:a|per|each)\s+", re.IGNORECASE)
#: "a 20 percent discount", "30% off", "a discount of 15 percent": how much a price is lowered (not "knocked
#: 0.2% off the growth rate", a change of what follows).
_DISCOUNT_AFTER = re.compile(
    r"^[\s-]+(?:(?:price|cash|tax)\s+)?(?:discounts?|rebates?|markdowns?)\b|^\s+off\b(?!\s+(?:the|its|their|his|her|a|an)\b)",
    re.IGNORECASE)
_DISCOUNT_BEFORE = re.compile(r"\b(?:discounts?|rebates?|markdowns?)\s+of\s+" + QUALIFIER + r"$",
                              re.IGNORECASE)


def discount_share(lead: str, tail: str) -> bool:
    """Whether a percentage with `lead` before it and `tail` after it is how much a price is lowered:
    "a 20 percent discount", "30% off", "a discount of 15 percent"."""
    return bool(_DISCOUNT_AFTER.match(tail) or _DISCOUNT_BEFORE.search(lead))


#: A company's shares or stock before a percentage of their move: "The stock was down 5%", "Lowe's stock is off
#: too, down 1.8%", "Home Depot shares are up about 40%", "Shares in Tencent fell 2%", "its shares rose 3%".
_SHARE_WORD = r"(?:stock(?!\s+(?:markets?|exchanges?|ind(?:ex|ices|exes)|prices|futures|options)\b)|shares|share\s+price)\b"
_COMPANY_SHARES = re.compile(
    rf"(?:\b(?i:the|its|their)\s+(?:company['’]s\s+)?{_SHARE_WORD}"
    rf"|(?P<owner>\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}?)(?:['’]s?)?\s+(?:\([A-Z.]{{1,6}}\)\s+)?{_SHARE_WORD}"
    r"|\b(?i:stock|shares)\s+(?:of|in)\s+(?P<of>[A-Z][\w&.-]*)|" + _LISTED_MOVED + r")(?P<rest>[^;]*)$"
)
#: "40% of the firm's total capital", "10% of its share capital": a part of a whole, no move.
_PART_OF = re.compile(r"\s+of\b")
#: Whose shares are a market's, not a company's: "European shares", "Asian stocks", "Wall Street", "world shares".
_MARKET_OWNERS = re.compile(
    r"^(?:The\s+)?(?:European|Asian|Gulf|Arab|African|Latin|Western|Emerging|World|Global|Wall(?:\s+Street)?|Bank|Tech|"
    r"Energy|Oil|Mining|Blue-chip|Blue|Chip|Main|Other|Most|Some|All|Its|Their|His|Her|But|And|Meanwhile|Still|While)\b"
)


def company_share_move(lead: str, tail: str) -> bool:
    """Whether a percentage whose clause reads `lead` before it and `tail` after it is how far a
    company's shares moved ("Shares in Tencent fell 2%", "The stock was down 5%"), not a market's or
    an index's: no index word in the clause (`_INDEX`), the shares not a country's or a region's
    ("Japanese shares", "European stocks", "U.S. stocks"), and no
    part of a whole ("sold 5 million shares, some 40% of the firm's capital")."""
    clause = _clause_lead(lead)
    found = _COMPANY_SHARES.search(clause)
    if found is None or _INDEX.search(re.sub(_LISTED, "", clause)) or _NO_COUNTRY_MARKET.search(clause) \
            or _PART_OF.match(tail):  # "(NASDAQ: VVUS)" is a listing, no index
        return False
    owner = found.group("owner") or found.group("of")
    if owner is None:
        return True
    owner = re.sub(r"^(?:The|A|An)\s+", "", owner)
    return not (_MARKET_OWNERS.match(owner) or any(country_iso3(word) is not None or demonym_country(word) is not None
                                                    for word in (owner, owner.split()[0])))


def index_level(text: str, end: int, value: float, lead: str) -> bool:
    """Whether the count ending at text[end] is the level a stock index named in `lead` reached."""
    return (value > 0 and bool(_INDEX.search(lead)) and bool(_LEVEL_BEFORE.search(lead))
            and bool(_LEVEL_AFTER.match(text[end:end + 30])))


#: The metrics of a share's price over its company's earnings (`earnings_multiple`), recorded as a ratio.
EARNINGS_MULTIPLES = ("price_earnings_ratio", "forward_price_earnings_ratio")
#: "a forward P/E of 14", "a TTM P/E of 17", "a P/E ratio near 17.5", "its price-to-earnings multiple is": the
#: multiple named right before the number (a hedge between: `QUALIFIER`).
_MULTIPLE_BEFORE = re.compile(
    r"\b(?P<forward>forward\s+)?(?:(?:TTM|trailing(?:[\s-]+(?:12|twelve)[\s-]+months?)?)\s+)?"
    r"(?:(?-i:P/E|PE)|price[\s/-]+(?:to[\s-]+)?earnings)(?:\s+(?:ratio|multiple))?\s+(?:of|near|at|around|is|was|stands\s+at)\s+"
    + QUALIFIER + "$", re.IGNORECASE)
#: "16.36 times trailing-12-month earnings", "14 times this year's estimated EPS", "20 times forward earnings": a
#: multiple of earnings said after the number (up to four words between).
_MULTIPLE_AFTER = re.compile(
    r"^\s*(?:times|x)\s+(?P<words>(?:[\w'’-]+\s+){0,4}?)(?:earnings|EPS|profits)\b", re.IGNORECASE)
_FORWARD = re.compile(r"\b(?:forward|next\s+year['’]s)\b", re.IGNORECASE)


def earnings_multiple(lead: str, tail: str) -> str | None:
    """`price_earnings_ratio` (`forward_price_earnings_ratio` on next year's earnings) for a bare number a
    share's price is counted in, as a multiple of its company's earnings: named before it ("a forward P/E of
    14") or after it ("trades at 16.36 times trailing-12-month earnings"); None otherwise. `lead` is the
    sentence up to the number, `tail` from its end."""
    if (before := _MULTIPLE_BEFORE.search(lead)) is not None:
        return EARNINGS_MULTIPLES[1] if before.group("forward") else EARNINGS_MULTIPLES[0]
    if (after := _MULTIPLE_AFTER.match(tail)) is not None:
        return EARNINGS_MULTIPLES[1] if _FORWARD.search(after.group("words")) else EARNINGS_MULTIPLES[0]
    return None


def market_unit(text: str, start: int, end: int, unit: str, lead: str, metric: str) -> str:
    """The unit a figure of `metric` is recorded in: a stock index level in points, a share's price over its
    company's earnings as a ratio, an exchange rate per unit of the other currency (`reading`), else its
    quantity's unit."""
    if metric == "stock_index" and unit == "count":
        return "points"
    if metric in EARNINGS_MULTIPLES and unit == "count":
        return "ratio"  # "a forward P/E of 14"
    if metric.startswith("oil_price") and is_money(unit) and _BARREL.search(f"{lead[-60:]} {text[end:end + 40]}"):
        return f"{unit}/bbl"  # "The price of a barrel of Brent oil is $71", "rose by $1.2 to $74.5 per barrel"
    found = reading(text, start, end, unit, lead)
    return found[1] if found is not None and found[0] == metric else unit


_ANY_COMMODITY = "|".join(words for _, words in _COMMODITIES)
_BARREL = re.compile(r"\b(?:per|a|of\s+a)\s+barrel\b", re.IGNORECASE)
#: A price named by its commodity next to the word: "Oil prices", "the price of Azeri Light crude", "the price of a
#: barrel of Brent oil", "the price of Urals" (not "Oil Minister ... said the price": the words must touch).
_COMMODITY_PRICE = re.compile(
    rf"\b(?:{_ANY_COMMODITY})(?:\s+(?:crude|oil|futures|blend))?\s+prices?\b|"
    rf"\bprices?\s+of\s+(?:(?:a|one|the)\s+)?(?:barrel\s+of\s+)?(?:[A-Z][\w-]*\s+){{0,2}}(?:{_ANY_COMMODITY})\b",
    re.IGNORECASE)


def commodity_metric(metric: str, lead: str) -> str:
    """`metric` named by the commodity when the lexicon read a bare price, its change or growth (`price_growth`) and
    the clause before the figure, `lead`, names a traded commodity's price ("Oil prices have fallen by 12 percent":
    `oil_price_growth`, no country's unless its clause names one: `owners`); gas stays a country's price."""
    base = metric.removesuffix("_growth").removesuffix("_change")
    found = list(_COMMODITY_PRICE.finditer(lead))
    if base != "price" or not found:
        return metric
    named = _COMMODITY.search(found[-1].group(0))
    name = named.lastgroup if named is not None else None
    return metric if name in (None, "gas") else f"{name}_price{metric[len(base):]}"


#: Prices of commodities traded on world markets (`price_name`): a market's, no country's unless
#: one is named in their clause ("Brent was last at $60.73"); gas is left out, as its price is a
#: country's retail price as often ("gas was about $3.30 a gallon" in a White House fact sheet).
COMMODITY_PRICES = tuple(f"{name}_price" for name, _ in _COMMODITIES if name != "gas")


#: Pay named before an amount per unit of time: "the minimum wage to $9 per hour", "workers earn $15 an hour".
_PAY = re.compile(r"\b(?P<minimum>minimum\s+)?(?:wages?|salar(?:y|ies)|earn(?:s|ed|ing)?|(?:hourly|base|average)\s+pay|"
                  r"pay\s+(?:rates?|of))\b", re.IGNORECASE)  # not "you'll pay $6.99 per month": a price


#: What lowers a price: money per month of it is no price.
_DISCOUNT = re.compile(r"\b(?:discounts?|rebates?|credits?|savings?|subsid(?:y|ies))\b", re.IGNORECASE)


def _per_time(unit: str) -> bool:
    return unit.partition("/")[2] in ("h", "week", "month", "year")


def pay_name(clause: str, unit: str) -> str | None:
    """`minimum_wage` or `wage` for money per hour, week, month or year whose clause names pay
    (`_PAY`), else None (a price: "Disney's $6.99-a-month service")."""
    if not _per_time(unit):
        return None
    found = list(_PAY.finditer(clause))
    if not found:
        return None
    return "minimum_wage" if found[-1].group("minimum") else "wage"


def price_name(lead: str) -> str:
    """The metric of a price per unit: the commodity named nearest before it, else `price`."""
    found = list(_COMMODITY.finditer(lead))
    return f"{found[-1].lastgroup}_price" if found else "price"


_SCALED = re.compile(r"(?i)(?:million|billion|trillion|mln|bln|bn|tn)\b|\d[mbMB]\b")


#: "versus the greenback", "against the dollar": the currency a rate is measured in, not its subject.
_AGAINST = re.compile(r"\b(?:versus|vs\.?|against|to)\s+(?:the\s+)?$", re.IGNORECASE)


def _subject_currency(clause: str) -> str | None:
    """The first currency the clause names that is not what another is measured against ("The
    Japanese yen strengthened 0.13% versus the greenback": the yen)."""
    return next((m.group(0) for m in _CURRENCY.finditer(clause) if not _AGAINST.search(clause, 0, m.start())), None)


def _clause_lead(lead: str) -> str:
    """The part of `lead` after its last clause break (`clause_start`)."""
    return lead[clause_start(lead):]


def clause_start(lead: str) -> int:
    """Where the last clause of `lead` begins: after ";", ", while", ", and", or "and" before a
    new capitalised subject ("U.S. crude fell 3.38% to $55.12 per barrel and Brent was last at")."""
    return max((m.end() for m in re.finditer(r";|,\s+(?:while|and|but|whereas)\b|\s+and\s+(?=[A-Z])", lead)), default=0)


#: Stock indexes of one country's market, known by name: a figure of one is that country's.
_NATIONAL_INDEXES = (
    ("USA", r"dow(?:\s+jones)?|djia|s&p(?:\s+500)?|nasdaq|russell\s+2000|philadelphia\s+semiconductor"),
    ("JPN", r"nikkei|topix"),
    ("KOR", r"kospi|kosdaq"),
    ("HKG", r"hang\s+seng"),
    ("CHN", r"shanghai\s+composite|shenzhen\s+component|csi\s+300"),
    ("IND", r"sensex|nifty"),
    ("GBR", r"ftse(?:\s+100)?"),
    ("DEU", r"dax"),
    ("FRA", r"cac(?:\s+40)?"),
    ("IRN", r"tedpix"),
)
_NATIONAL_INDEX = re.compile("|".join(rf"\b(?P<{iso}>{names})\b" for iso, names in _NATIONAL_INDEXES), re.IGNORECASE)
#: A market of no one country: regional and world indexes, emerging markets, the dollar index.
_NO_COUNTRY_MARKET = re.compile(
    r"\b(?:pan-European|STOXX|MSCI|emerging[- ]markets?|world\s+(?:stocks|shares|equities)|global\s+(?:stocks|shares|equities)|"
    r"dollar\s+index)\b", re.IGNORECASE)


def market_owner(clause: str, metric: str) -> tuple[str, ...] | None:
    """Whose a market figure (`stock_index*`, `exchange_rate*`) in a clause naming no country is:
    none for a currency's rate; for an index the country of
    the one national index it names ("the Sensex scaled a new high": IND), none for a regional
    or world market ("The pan-European STOXX 600 index lost 0.12%", "Emerging market stocks
    rose 0.48%", "The dollar index rose 0.05%": a market figure about no country has no subject,
    as the web news gold records it), else None (the topic rules decide)."""
    if metric.startswith("exchange_rate") or metric in COMMODITY_PRICES:
        return ()  # a currency's rate is no country's ("The Japanese yen strengthened 0.13%"), nor Brent's price
    if not metric.startswith("stock_index"):
        return None
    national = {m.lastgroup for m in _NATIONAL_INDEX.finditer(clause) if m.lastgroup}
    if len(national) == 1:
        return (national.pop(),)
    if not national and _NO_COUNTRY_MARKET.search(clause):
        return ()
    return None


#: An airline's counts of aircraft, ordered or flown, its home country owns as it owns its share price (`company_home`):
#: "The carrier ordered 50 jets", "Its fleet will grow to 200 aircraft" after the airline is named.
AIRLINE_METRICS = ORDERED | {"fleet_size"}
#: The share-price figures a company's home country owns (`company_home`), and its shares counted ("a daily average of
#: around 5.8 million shares" traded).
SHARE_METRICS = ("share_price", "share_price_growth", "share_price_change", "shares")
#: A company referred back to before its shares: "The company's shares", "its stock", "the firm's", "the stock", and
#: its shares' trading volume ("Trading volume was less than half the daily average of around 5.8 million shares").
_COMPANY_BACK = re.compile(r"\b(?:the\s+(?:company|firm|group|carrier|airline|bank|lender|automaker|carmaker|retailer|"
                           r"insurer|miner|maker|giant|conglomerate|stock|shares?)\b|its\s+(?:shares?|stock|fleet)\b|"
                           r"(?:trading|share)\s+volume\b|volume\s+(?:was|is|totall?ed)\b)",
                           re.IGNORECASE)
#: How far back (characters before the figure's sentence) a company referred back to may have been named.
COMPANY_REACH = 600


#: A percentage compared with an average: "Volume totaled 25% higher than the daily average", "about 50% below the
#: daily average of around 26 million shares": how far one reading stands from a mean, neither a level nor a change.
_AGAINST_AVERAGE = re.compile(r"^\s+(?:higher|lower|above|below|more|less|over|under)\s+(?:than\s+)?(?:the\s+|its\s+)?"
                              r"(?:[a-z-]+\s+){0,2}?average\b", re.IGNORECASE)


def against_average(after: str) -> bool:
    """Whether a percentage with `after` after it compares a reading with an average (`_AGAINST_AVERAGE`)."""
    return _AGAINST_AVERAGE.match(after) is not None


def company_home(text: str, sentence: tuple[int, int], start: int, metric: str, subjects: tuple[str, ...],
                 organisations: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """The subjects of a company's share price, and of an airline's aircraft ordered or flown
    (`AIRLINE_METRICS`): its home country, by the convention of its other figures
    (`mentioncountries.organisation_countries`: the entity's country or `knowledge.companies`), for a figure
    whose sentence names none ("Samsung reported record profit. The company's shares closed at 70,000
    won": KOR); the company is the one named last before the figure in its sentence, else referred back
    to ("the company's", "its shares", "the carrier", "its fleet") and named last in the text just before
    it. Other figures, and those that have subjects or no company of a known country, are left."""
    if subjects or (metric not in SHARE_METRICS and metric not in AIRLINE_METRICS):
        return subjects
    if metric in AIRLINE_METRICS:  # the airline, not the maker it buys from ("the Ryanair/Boeing order book")
        organisations = [(s, e, iso) for s, e, iso in organisations if text[s:e] not in MAKERS]
    named = [iso for s, e, iso in organisations if sentence[0] <= s and e <= start]
    if not named and _COMPANY_BACK.search(text, sentence[0], start):
        named = [iso for s, e, iso in organisations if sentence[0] - COMPANY_REACH <= s and e <= sentence[0]]
    return (named[-1],) if named else subjects


#: A company named as the investor of a sum before it: "a lifeline from investor SoftBank worth up to $8 billion",
#: "SoftBank, its largest investor, committed to a $9.5 billion lifeline".
_INVESTOR = re.compile(
    r"\b(?:investors?|backers?)\s+(?P<named>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)"
    r"|(?P<apposed>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?),\s+(?:its|their|the\s+(?:company|firm)['’]s)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:investor|backer)\b"
)


def investor_country(lead: str) -> str | None:
    """The home country (`accords.knowledge.companies`) of the one company `lead` (a sentence up to a sum)
    names as the sum's investor ("from investor SoftBank": JPN), the investing side of money put into a
    company of another country; None where it names none, or companies of two countries."""
    found = {country for m in _INVESTOR.finditer(lead)
             if (country := company_country(m.group("named") or m.group("apposed"))) is not None}
    return found.pop() if len(found) == 1 else None


#: A verb of owning, buying or selling right before a percentage: "owns 6.7% of", "acquired 67.7% of", "holding 2%
#: of", "sold 20% of its equity", "holders of 3% or more of", "1.5 billion shares, or 0.5 percent of the company".
_HOLDING_BEFORE = re.compile(
    r"\b(?:own(?:s|ed|ing)?|hold(?:s|ing)?|held|holders\s+of|acquir(?:e|es|ed|ing)|bought|buy(?:s|ing)?|"
    r"purchas(?:e|es|ed|ing)|sold|sell(?:s|ing)?|divest(?:s|ed|ing)?|offload(?:s|ed|ing)?|shares,?\s+or)\s+"
    + qualifier_group(r"a\s+further", r"another", r"an\s+additional") + "$",
    re.IGNORECASE,
)
#: ... then what is owned: a company, its shares, equity or capital, or an asset ("of the retailer's shares", "of the company",
#: "of its equity", "of Deutsche Boerse", "of the Star refinery"), not a market, a trade or a nation's or a region's whole ("28% of the
#: Turkish domestic flight market", "30% of Europe's gas").
_OF_COMPANY_AFTER = re.compile(
    r"^\s+(?:or\s+more\s+)?of\s+(?:(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:company|firm|group|bank|business|"
    r"carrier|airline|lender|insurer|equity|shares|stock|capital|refinery|plant|field|project|pipeline|consortium|"
    r"venture|terminal|mine|deposit|complex|facility|port|block|assets?)\b(?!\s+(?:market|markets|sales|output)\b)"
    r"(?!['’]s\s+(?:[\w-]+\s+){0,2}?(?:market|sales|output))"
    r"|(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s?)?"
    r"(?!\s+(?:[\w-]+\s+){0,3}?(?:market|markets|exports|imports|trade|output|production|sales|supply|population|reserves)\b))"
)
_NO_COMPANY = re.compile(r"^(?:The|A|An|This|That|These|Europe|Asia|Africa|America|Americas|Latin|Middle|Gulf|World|Global|"
                         r"All|Total|GDP)\b")


def holding_share(lead: str, tail: str) -> bool:
    """Whether a percentage whose clause reads `lead` before it and `tail` after it is a stake: a share of a
    company owned, bought or sold ("The fund already owns 6.7% of the retailer's shares", "It sold 20% of its
    equity", "will sell 1.5 billion shares, or 0.5 percent of the company"), not a market share, a trade share
    or a share of a nation's or a region's whole."""
    if _HOLDING_BEFORE.search(_clause_lead(lead)) is None or (found := _OF_COMPANY_AFTER.match(tail)) is None:
        return False
    name = found.group("name")
    return name is None or not (_NO_COMPANY.match(name) or country_iso3(name.split()[0]) is not None
                                or demonym_country(name.split()[0]) is not None or country_iso3(name) is not None)
