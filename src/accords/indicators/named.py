"""Metrics named from a figure's own words, for figures the keyword lexicon has no word for or
names too loosely: "patent activity grew by 22 %" is `patent_activity_growth`, not the
production named later in the sentence; "1,200 patent applications" is `patent_applications`;
"a 25 percent tariff" is `tariff_rate`; "a 10 percent stake" is `stake`; "two percent of GDP on
defense" is `defense_spending_share_of_gdp`; "30 percent of Azerbaijan's imports" is
`imports_share`; "cut methane pollution by 30 percent" is `methane_pollution_change` (its value is
made negative by `accords.indicators.changes`: a cut is a negative change, tests/gold/README.md).

`own_metric(lead, tail, unit=...)` reads the clause's words right before (`lead`) and after
(`tail`) the figure and returns such a name, or None to leave the figure to the lexicon. A
name is made of the text's own nouns, lower-cased and joined by "_", never of a country, a
determiner or a pronoun; a phrase whose words the lexicon knows takes the lexicon's name
("trade turnover increased by 48 percent" stays `trade_turnover_growth`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from accords.indicators import initials
from accords.quantities.changeverbs import CHANGED
from accords.quantities.units import is_money
from accords.quantities.extract import QUALIFIER, qualifier_group

#: Words that never name what a figure measures: determiners, pronouns, prepositions,
#: conjunctions, auxiliaries, vague quantity words, and nouns that only point at the figure.
STOP_WORDS = frozenset("""
a an the this that these those its their his her our my your it they we he she which who what whose
when where while whereas whether if because although though since after before until then there here so
of in on at by for from to with into over under about around between among per as than and or but nor
through throughout across within via during against without toward towards upon
is are was were be been being has have had do does did will would could should may might can shall
also still only just even some any all both each every most more less much many several other such own
total overall combined global annual yearly monthly daily average same new current previous last next first
figure figures number numbers amount amounts value values level levels volume size share
additional already further extra committed approximately nearly roughly
year years month months day days week weeks time times period percent percentage per cent
country countries nation nations state states side sides party parties region regions
one two three four five six seven eight nine ten dozens hundreds thousands millions
""".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
#: A phrase of one to three words right before a change verb that ends at the figure.
_CHANGE_BEFORE = re.compile(  # where from and to: "Tourist arrivals from Iran to Turkey increased by 12 percent"
    r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)(?:\s+(?:from|to|in|into)\s+(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,2}){0,2}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?P<verb>" + CHANGED + r")\s+(?:by\s+)?$",
    re.IGNORECASE,
)
#: A verb that reports a change named after the figure: "the number of tourists ... shows a 33.02 percent
#: increase", "registered a 20 percent rise", "saw an 8 percent drop".
SHOWS_CHANGE = re.compile(
    r"\b(?:show(?:s|ed|ing)?|register(?:s|ed|ing)?|record(?:s|ed|ing)?|post(?:s|ed|ing)?|saw|sees|witness(?:es|ed|ing)?|"
    r"indicat(?:es|ed|ing)|mark(?:s|ed|ing)?|experienc(?:es|ed|ing))\s+(?:a|an)?\s*$",
    re.IGNORECASE,
)
#: A time adjunct between what changed and its change verb: "The number of foreign tourists who visited
#: Azerbaijan in the first seven months of 2025 increased by 8.5 percent", "exports in January-July rose by".
#: A change verb right before its figure: "rose by", "has increased", "fell".
CHANGED_BY = re.compile(
    r"\b(?:" + CHANGED + r")\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TIME_BEFORE_CHANGE = re.compile(
    rf",?\s+(?:in|during|over)\s+(?:[\w-]+\s+){{0,5}}?(?:\d{{4}}|years?|months?|quarters?|half|period|{_MONTH}(?:[-\u2013]{_MONTH})?)"
    r"\s*,?(?=\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:" + CHANGED + r")\s+(?:by\s+)?$)",
)
#: "cut global methane pollution by at least 30 percent", "reduce emissions by 50 percent".
_REDUCE_BEFORE = re.compile(  # "reduce U.S. emissions by 50-52%": an initialism may stand in it
    r"\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|curb(?:s|ed|ing)?)\s+"
    r"(?P<np>(?:(?:[A-Za-z][\w’'-]*|(?:[A-Z]\.){2,})\s+){0,7}?[A-Za-z][\w-]*)(?<!\bto)(?<!\bfrom)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
#: A cut named as a noun after the figure (tests/gold/README.md, "Signs"): "a 65 percent emissions reduction by
#: 2030", "a 50 percent reduction in building emissions by 2032", "a 50-52 percent reduction from 2005 levels in
#: economy-wide net greenhouse gas pollution". What is cut is named before the noun or after "in", "of" or "to".
_CUT_AFTER = re.compile(
    r"^(?:\s*[-\u2013]\s*\d[\d.]*)?\s*(?:percent|%)?\s+(?P<pre>(?:[a-z][\w-]*\s+){0,2}?)(?:reduction|cut)s?\b"
    r"(?:\s+(?:from|below)\s+(?:\d{4}|[\w-]+)\s+levels?)?"
    r"(?:\s+(?:in|of|to)\s+(?:the\s+)?(?:(?:number|amount|level|rate)\s+of\s+)?(?P<np>(?:[\w’'-]+\s*){1,6}))?",
    re.IGNORECASE,
)
_SUPPOSED = re.compile(r"[^.;,]*?\b(?:would|could|might)\b", re.IGNORECASE)
#: What a cut named by its noun alone is a cut of, when its sentence speaks of emissions or pollution: "net-zero
#: emissions from overall federal operations by 2050, including a 65 percent reduction by 2030".
_EMISSIONS = re.compile(r"\b(?:emissions?|pollution|greenhouse\s+gas(?:es)?|carbon)\b", re.IGNORECASE)
#: An interest rate named before its level, with what it is charged on between: "the average interest rate
#: on a new vehicle loan stayed below".
_RATE_BEFORE = re.compile(
    r"\b(?:interest|refinancing|lending|mortgage)\s+rates?\s+(?:on|for)\s+[^.;%\d]{0,50}?"
    r"\b(?:stayed|stood|was|is|remained|averaged|reached|at|of|to)\s+" + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: "a 10 percent stake in", "the entire 25.2% stake held by", "a 5% shareholding": a stake whatever follows;
#: "a 30 percent share in", "a 49% interest in": a share or interest only with what it is held in.
_STAKE_AFTER = re.compile(r"^[\s-]*(?:\w+\s+){0,1}?(?:(?:stake|shareholding)\b|(?:share|interest)\s+in\b)", re.IGNORECASE)
#: "a stake of 10 percent", "increased its stake in the Tengiz field to 15 percent".
_STAKE_BEFORE = re.compile(r"\b(?:stake|shareholding)\s+(?:in\s+[^.;%\d]{1,60}?\s+)?(?:of|to|at)\s+$", re.IGNORECASE)
_TARIFF_AFTER = re.compile(
    r"^[\s-]*(?:(?:import|export|customs|retaliatory|additional|ad\s+valorem)\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies)\b",
    re.IGNORECASE,
)
_TARIFF_BEFORE = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\s+(?:rate\s+)?(?:of|at)\s+$"
    # "The tariff rate on electric vehicles under Section 301 will increase from 25% to 100%"
    r"|\b(?:tariff|duty)\s+rates?\b[^.;]{0,100}?\b(?:from|to|at|of|is|was|be)\s+$",
    re.IGNORECASE,
)
_OF_GDP_AFTER = re.compile(
    r"^\s+of\s+(?:(?:its|their|the\s+country's|national|(?P<world>global|(?:the\s+)?world(?:['’]s)?))\s+)?(?:\d{4}\s+)?"
    r"(?:gdp|gross\s+domestic\s+product)\b"
    r"(?:\s+(?:annually\s+|each\s+year\s+)?(?:on|for|to)\s+(?P<topic>[A-Za-z][\w-]*))?",
    re.IGNORECASE,
)
#: "increase defense spending to 2.3 percent of GDP": the spending named before the share.
_SPENDING_BEFORE = re.compile(r"\b(?P<topic>[a-z][\w-]*)\s+(?:spending|expenditures?|budgets?)\b[^.;]*$", re.IGNORECASE)
#: "a 17 percent increase in defense spending": the change of what follows "in".
_CHANGE_IN_AFTER = re.compile(
    r"^[\s-]*(?:(?:year[\s-]on[\s-]year|annual|yearly)\s+)?(?:increase|rise|growth|jump|hike|surge|decrease|decline|fall|drop)s?"
    r"\s+in\s+(?!terms\b|the\s+(?:first|last|past|same|previous|current)\b|\d{4}\b)(?P<np>(?:[\w'’-]+\s*){1,4})",
    re.IGNORECASE,
)
#: "The share of the non-oil sector in GDP was 67.5 percent": a share named before the figure.
_SHARE_IN_BEFORE = re.compile(
    r"\bshare\s+of\s+(?:the\s+)?(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+in\s+(?:the\s+)?(?:country['’]s\s+|[A-Z][\w-]*['’]s\s+|total\s+|overall\s+)?"
    r"(?P<whole>gdp|[a-z][\w-]*)\b[^.;%]{0,40}?$",
    re.IGNORECASE,
)
#: "increasing the share of renewables to 30 percent", "the share of the private sector reached": a share
#: named before the figure, its level said with to/at/reached.
_SHARE_TO_BEFORE = re.compile(
    r"\bshare\s+of\s+(?:the\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:(?:will\s+|would\s+|has\s+|had\s+)?(?:reach(?:ed|es)?|st(?:ood|ands)\s+at|rise\s+to|rose\s+to|increase\s+to|"
    r"increased\s+to|was|is|be)\s+|to\s+|at\s+)" + QUALIFIER + r"$",
)
#: "30 percent of Azerbaijan's imports", "a quarter of the world's oil": a share of something.
_SHARE_OF_AFTER = re.compile(
    r"^\s+of\s+(?P<np>(?:(?!(?:in|from|to|by|for|with|during|since|was|were|is|are|and|or)\b)[\w.'’-]+\s*){1,5})",
    re.IGNORECASE,
)
#: "11.7 percent share of the total arrivals", "a 30% market share of": the word "share" written after the figure.
_SHARE_WORD_AFTER = re.compile(
    r"^\s+share\s+of\s+(?P<np>(?:(?!(?:in|from|to|by|for|with|during|since|was|were|is|are|and|or)\b)[\w.'’-]+\s*){1,5})",
    re.IGNORECASE,
)
#: Wholes of the economy a share "accounts for" that the lexicon has no metric for ("24.6 percent of
#: arrivals", "2 percent of corporate profits"); not a surface, nor a population unless the text names
#: whose ("0.4 percent of the total U.S. population"): an ethnic share names peoples ("Kurds account for 52%
#: of the population, while ... Turkmens"), whose demonyms are no countries.
SHARED_WHOLES = frozenset("""
arrivals tourists travelers travellers visitors passengers market output revenues profits sales spending
consumption supply supplies deliveries shipments cargo traffic demand deposits loans assets capital employment
""".split())
#: "the population", "the city's population", "the country's total population": the population of the place the
#: sentence is about ("In Kirkuk, Kurds account for 52% of the population": a share of Iraq's, tests/gold/README.md).
_THE_POPULATION = re.compile(r"the\s+(?:(?:city|country|province|region|nation)['’]s\s+)?(?:total\s+)?population\b", re.IGNORECASE)
#: "accounted for 24.6 percent of arrivals", "made up 12 percent of": the figure is a share of what follows.
_ACCOUNTS_FOR_BEFORE = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|ma(?:de|ke|kes|king)\s+up|constitut(?:e|es|ed|ing)|represent(?:s|ed|ing)?)\s+"
    + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: "Azerbaijan's share in the EU's gas imports stood at", "The share of Kazakhstan in Azerbaijan's trade turnover was".
_SHARE_IN_WHOLE_BEFORE = re.compile(
    r"\bshare\s+(?:of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+)?in\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+)?(?:total\s+)?"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:(?:stood|was|were|is|are|amounted|reached|made|hit|rose|fell)\b[^.;%]{0,20}?)?$",
)
#: "90 percent non-emitting electricity", "100 percent clean energy": a share named after it.
_SHARE_NAMED_AFTER = re.compile(
    r"^\s+(?P<np>(?:(?!(?:compared|than|to|of|from|by|in|on|for|with|and|or)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:electricity|power|energy|renewables?|emissions|vehicles|cars|sales|"
    r"coverage|sourcing))\b"
)


def own_metric(
    lead: str, tail: str, *, unit: str, lexicon: Callable[[str], str | None], value: float = 0.0
) -> str | None:
    """The metric a figure's own words name (see the module docstring), or None.

    `lexicon` names a phrase the way the keyword lexicon does (None when it knows no word of it).
    """
    if unit == "percent":
        return _percent_metric(lead, tail, lexicon)
    if unit == "count":
        return casualties(lead, tail, value=value)
    if (volume := _VOLUME_OF_BEFORE.search(lead)) is not None:
        # "The volume of e-commerce in Azerbaijan reached 1.5 billion manats": named by what it measures
        words = _content_words(volume.group("np"), run="first")
        if words:
            return lexicon(volume.group(0)) or lexicon(" ".join(words)) or name_of(words[-3:])
    if unit == "bcm" and _BODY_VOLUME_BEFORE.search(lead) and not _FLOW_WORD.search(lead):
        return "volume"  # "The sea has a surface area of 371,000 square kilometers and a volume of 78,200 cubic kilometers"
    if not is_money(unit):
        return None
    if PER_SHARE_AFTER.match(tail) or (_EACH_AFTER.match(tail) and _SHARES_WORD.search(lead)):
        return per_share_metric(lead)  # "$16.50 per share", "500 million new shares ... at up to HK$188 each"
    if _TARIFFED_BEFORE.search(lead):
        return "tariffed_imports"  # "his tariffs on $360 billion worth of Chinese goods"
    if BALANCE_BEFORE.search(lead):
        return "trade_balance"  # "Iran's imports exceeded the exports by $398 million": the gap, no flow
    if _OF_WHICH_BEFORE.search(lead) and (part := _PART_AFTER.match(tail)) is not None:
        return lexicon(part.group("np"))  # "trade stood at $156.665 million, of which $90.085 million was Iran's exports"
    if (source := EARNED_FROM_AFTER.match(tail)) is not None and (named := lexicon(source.group("np"))) is not None:
        return named  # "$584 million was gained from the exports": what the money came from names it
    if (what := _MONEY_FOR_AFTER.match(tail)) is not None:
        if what.group("head").lower() in ("support", "relief"):
            return "aid"  # "$310 million in U.S. government support for humanitarian relief"
        return lexicon(what.group("np"))
    if (package := _PACKAGE_AFTER.match(tail)) is not None:
        return lexicon(package.group("np")) or "aid"  # "a new $625 million security assistance package"
    if _PROVIDE_BEFORE.search(lead):
        return "aid"  # "USAID will provide $125M to mitigate the impact of recurrent drought"
    return None


#: "at up to HK$188 each", "priced at 10 manats apiece": money for each of the shares its clause names.
_EACH_AFTER = re.compile(r"^\s+(?:each|apiece)\b", re.IGNORECASE)
_SHARES_WORD = re.compile(r"\bshares\b", re.IGNORECASE)
#: "$13 a share", "$16.50 per share", "$2.53 per diluted share": money per share of a company.
PER_SHARE_AFTER = re.compile(r"^\s+(?:a|per|each)\s+(?:(?:diluted|basic|adjusted)\s+)?share\b", re.IGNORECASE)
#: Words of what a company earns for each share, reported or expected: "earned $2.8 billion, or $2.53 per
#: diluted share", "analysts were expecting $2.52 a share" (a price is paid, bid or offered instead).
_EARNINGS_BEFORE = re.compile(r"\b(?:earn\w*|profits?|income|EPS|loss(?:es)?|expect\w*|estimat\w*|forecast\w*|"
                              r"consensus)\b", re.IGNORECASE)
_DIVIDEND_BEFORE = re.compile(r"\bdividends?\b", re.IGNORECASE)


#: "Foreign tourists spent $1.2 billion", "citizens spent 950 million manats on trips abroad": money spent (not by one person).
_SPENT_BEFORE = re.compile(
    r"(?<!\b[Hh]e\s)(?<!\b[Ss]he\s)(?<!\bI\s)(?<!\b[Hh]e\shas\s)(?<!\b[Ss]he\shas\s)(?<!\b[Hh]e\shad\s)(?<!\bI\shave\s)(?<!\bI\shad\s)"
    r"\b(?:spent|spends|spend|spending)\s+" + qualifier_group(r"a\s+total\s+of") + "$",
    re.IGNORECASE,
)
#: "Spending per capita fell to $728", "tourism spending reached $3 billion": a level of spending.
_SPENDING_LEVEL_BEFORE = re.compile(
    r"\bspending\b(?:\s+per\s+(?:capita|person|head|tourist|visitor))?\s+(?:has\s+|had\s+)?(?:fell|rose|reached|amounted|"
    r"stood|was|is|totall?ed|increased|decreased|dropped|grew|hit)\s+(?:to\s+|at\s+)?"
    + QUALIFIER + r"$",
    re.IGNORECASE,
)


def spending_metric(lead: str) -> str | None:
    """`spending` for money a clause says was spent ("Foreign tourists spent $1.2 billion in
    Azerbaijan") or a level of spending ("Spending per capita fell to $728"), `spending_per_capita`
    for spending per head; None otherwise. The figures stage asks it only where no other word names
    the money (`lexicon.figure_metric`): "spent $40 million on humanitarian aid" stays aid."""
    if (level := _SPENDING_LEVEL_BEFORE.search(lead)) is not None:
        return "spending_per_capita" if re.search(r"\bper\s+", level.group(0)) else "spending"
    return "spending" if _SPENT_BEFORE.search(lead) else None


def per_share_metric(lead: str) -> str:
    """The metric of money per share of a company, by the words of its clause before it: a
    dividend, earnings (reported or expected), else the price the shares were paid, bid or
    offered at ("for $13 a share", "bid $16.50 per share", "brought public at $16 a share")."""
    if _DIVIDEND_BEFORE.search(lead):
        return "dividend_per_share"
    return "earnings_per_share" if _EARNINGS_BEFORE.search(lead) else "share_price"


#: "The volume of e-commerce in Azerbaijan reached", "the value of grain imports amounted to": a total
#: named by the noun phrase after "volume/value of", its level said right before the figure.
_VOLUME_OF_BEFORE = re.compile(
    r"^\s*(?:the\s+)?(?:total\s+)?(?:volume|value)\s+of\s+(?:the\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:(?:in|of)\s+(?:[A-Z][\w.-]*\s*){1,3})?(?:(?:has\s+|had\s+)?(?:reached|amounted\s+to|stood\s+at|totall?ed|hit|"
    r"exceeded|was|is|equall?ed)\s+)" + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: "a volume of 78,200 cubic kilometers", "its volume is 20 cubic kilometres": the size of a body of water, no flow.
_BODY_VOLUME_BEFORE = re.compile(r"\b(?:an?|its|the)\s+(?:total\s+)?volume\s+(?:of|is|was)\s+" + QUALIFIER + "$", re.IGNORECASE)
#: Words of a flow of gas or goods: "exports with a volume of 10 bcm" stays exports.
_FLOW_WORD = re.compile(r"\b(?:gas|oil|exports?|imports?|transit\w*|swap\w*|suppl\w+|deliver\w*|transport\w*|trade)\b",
                        re.IGNORECASE)
#: "$584 million was gained from the exports", "$2 billion earned from oil sales": money named by its source.
EARNED_FROM_AFTER = re.compile(
    r"^\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:gained|earned|obtained|generated|derived|made|received|"
    r"collected)\s+(?:from|through|via)\s+(?:the\s+)?(?P<np>(?:[\w-]+\s+){0,2}?[\w-]+)\b", re.IGNORECASE)
#: "$500 million in humanitarian assistance", "$2 billion of new loans": what the money is, named
#: right after it in the lexicon's words, decides over a verb before it ("pledged", "committed").
_MONEY_FOR_AFTER = re.compile(
    r"^\s+(?:in|of)\s+(?P<np>(?:[\w.-]+\s+){0,4}?(?P<head>assistance|aid|grants?|loans?|funding|financing|"
    r"investments?|credits?|support|relief))\b",
    re.IGNORECASE,
)
#: "tariffs on $360 billion worth of Chinese goods", "a 15 percent tariff that the Trump administration had
#: planned to impose Dec. 15 on another $160 billion of goods": the value of the goods a tariff falls on.
_TARIFFED_BEFORE = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levies)\b[^;$]{0,80}?\bon\s+" + qualifier_group(r"another", r"an\s+additional", r"additional") + "$",
    re.IGNORECASE,
)
#: "imports exceeded the exports by $398 million" (a deficit: `balance_sign` -1), "exports exceeded imports by".
BALANCE_BEFORE = re.compile(
    r"\b(?P<more>imports?|exports?)\s+(?:exceeded|surpassed|outstripped|outpaced)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<less>imports?|exports?)\s+by\s+" + QUALIFIER + r"$",
    re.IGNORECASE,
)


def balance_sign(lead: str) -> int:
    """The sign of a trade balance told as one flow exceeding the other (`BALANCE_BEFORE`): -1 when
    imports exceed exports, 1 otherwise (and when the lead tells no such thing)."""
    match = BALANCE_BEFORE.search(lead)
    return -1 if match is not None and match.group("more").lower().startswith("import") \
        and match.group("less").lower().startswith("export") else 1


#: "Georgia's trade deficit stood at", "the negative balance amounted to": the last such word before a
#: trade balance says its sign.
_BALANCE_WORD = re.compile(r"\b(?:(?P<minus>deficits?|negative\s+balance)|surplus(?:es)?|positive\s+balance)\b", re.IGNORECASE)


def deficit(lead: str) -> bool:
    """Whether the words before a trade balance call it a deficit (the last balance word is
    "deficit" or "negative balance"), which the gold records as a negative value."""
    words = list(_BALANCE_WORD.finditer(lead))
    return bool(words) and words[-1].group("minus") is not None


#: "..., of which $90.085 million was Iran’s exports to Georgia": a part named after it.
_OF_WHICH_BEFORE = re.compile(r"\b(?:of\s+which|including)\s+" + QUALIFIER + r"$", re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s+(?:was|were|is|are|went\s+to|came\s+from)\s+(?P<np>[^,.;]{1,40})", re.IGNORECASE)
#: "will provide $125M", "is providing an additional $50 million": money one side gives another.
#: "a new $625 million security assistance package", "a $275 million aid package": the package's own kind of money,
#: named right after the amount, before any word of the clause further off ("pledged to continue supporting Ukraine").
_PACKAGE_AFTER = re.compile(
    r"^\s+(?P<np>(?:(?!(?:to|for|and|or|the|a|an|in|of|with|by|from|that|which|will|would|was|is|are)\b)[a-z][\w-]*\s+)"
    r"{0,2}(?:assistance|aid))\s+package\b",
    re.IGNORECASE,
)
_PROVIDE_BEFORE = re.compile(
    r"\bprovid(?:e|es|ed|ing)\s+" + qualifier_group(r"an?\s+additional", r"another") + r"$",
    re.IGNORECASE,
)


#: What happened to the people a count counts, after it: "20 people were killed", "five soldiers died".
_FATE_AFTER = re.compile(
    r"^\s+(?:(?:[A-Za-z][\w.-]*\s+){0,3}?(?:(?:were|was|have\s+been|had\s+been|are|got)\s+|(?:have|has|had)\s+(?=fled|died))?(?:(?:initially|later|also|all|reportedly|reported)\s+)?|"
    # "28 people who came into contact with the patient were quarantined", "28 people in close contact with the
    # hunter were initially quarantined": a relative clause or a place between
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?:who|that|in|from|at|near|on)\s+[^.;:,()]{1,80}?\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:(?:initially|later|also|all|reportedly|reported)\s+)?)(?:(?:put|placed)\s+(?:under|in|into)\s+(?:(?:medical|home|strict)\s+)?(?=quarantine\b))?"
    r"(?P<fate>killed|dead|died|martyred|murdered|massacred|injured|wounded|hurt|arrested|detained|deported|displaced|kidnapped|abducted|"
    r"evacuated|executed|infected|quarantined?|hospitali[sz]ed|charged|indicted|convicted|rescued|diagnosed|fled|"
    r"jailed|imprisoned|put\s+behind\s+bars)\b",  # "with around 44,000 put behind bars"
    re.IGNORECASE,
)
#: ... or before it: "killing at least 20", "left 12 dead", "injuring 30", "Coup plotters martyred 246 people".
_FATE_BEFORE = re.compile(
    r"\b(?P<fate>kill(?:ed|ing)|martyr(?:ed|ing)|murder(?:ed|ing)|massacr(?:ed|ing)|slaughter(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|deport(?:ed|ing)|"
    r"displac(?:ed|ing)|kidnapp(?:ed|ing)|abduct(?:ed|ing)|evacuat(?:ed|ing)|execut(?:ed|ing)|infect(?:ed|ing)|"
    r"(?:deaths?|martyrdom|killing|injur(?:y|ies)|wounding|arrests?|execution)\s+of|"
    # "Turkish prosecutors indicted 20 Saudi citizens", "began the prosecution of the 20 suspects"
    r"indict(?:ed|ing)|prosecut(?:ed|ing)|(?:indictment|prosecution|trial)\s+of\s+the)\s+"
    + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: "13 times", "a 3-fold rise": a number that says how often or how many times over, no count of things (read
#: by `casualties` and `accords.indicators.clauses`).
TIMES_AFTER = re.compile(r"\s*(?:times|-?fold)\b", re.IGNORECASE)
#: "12 people and injured dozens": the fate after a count belongs to another clause, joined by "and" or "or".
_JOINED_FATE = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
_FATES = {
    "kill": "deaths", "murder": "deaths", "massacr": "deaths", "slaughter": "deaths",
    "dead": "deaths", "died": "deaths", "martyr": "deaths", "execut": "executions", "injur": "injured",
    "wound": "injured", "hurt": "injured", "arrest": "arrests", "detain": "detentions", "deport": "deportees",
    "death": "deaths", "displac": "displaced", "kidnapp": "kidnapped", "abduct": "kidnapped", "evacuat": "evacuated", "infect": "infections",
    "quarantin": "quarantined", "hospitali": "hospitalized", "charg": "people_charged", "indict": "people_charged",
    "prosecut": "people_prosecuted", "trial": "people_prosecuted",
    "convict": "convictions", "rescu": "rescued", "diagnos": "cases", "fled": "refugees",
    "jail": "people_jailed", "impris": "people_jailed", "put": "people_jailed",
}
#: Metrics of people a disaster, a conflict or a crackdown befell.
CASUALTIES = frozenset(_FATES.values())

#: Counts of people in a conflict or of forces, named by their own noun ("3,000 troops", "12 hostages").
_FORCE_NOUNS = re.compile(
    r"^\s+(?:(?:more|additional|[A-Z][\w-]*|U\.S\.)\s+){0,2}?(?P<noun>troops|soldiers|hostages|prisoners|detainees|deportees|"
    r"casualties|deaths|fatalities|refugees|migrants|asylum[\s-]seekers|fighters|militants|peacekeepers|"
    r"(?P<troops>forces|service\s*members|servicemen|military\s+personnel))\b",
)

#: Forces counted by their strength: "a 1,500-strong troop presence ... inside Iraq", "a 5,000-strong force", "a
#: 300-strong military contingent" (not "a 160-strong delegation": `memberships`).
_STRONG_FORCE = re.compile(
    r"^-strong\s+(?:(?:troop|military|army|peacekeeping|naval|NATO|U\.S\.|[A-Z][a-z]+)\s+)?"
    r"(?:presence|force|forces|contingent|army|garrison|deployment|battalion|brigade)\b")

#: Below this, a count of forces or hostages named only by its noun tells of an event ("the
#: release of two hostages"), not a figure.
MIN_FORCE_COUNT = 3


def casualties(lead: str, tail: str, *, value: float = 0.0) -> str | None:
    """The metric of a count of people in a conflict or a crackdown: deaths, injured, arrests,
    deportees ... by what happened to them, or troops, hostages, refugees ... by their noun
    (`MIN_FORCE_COUNT` or more)."""
    if TIMES_AFTER.match(tail):
        return None  # "indicted 3 times": how often, no people counted
    fate = _FATE_AFTER.match(tail)
    if fate is None or (_JOINED_FATE.search(tail, 0, fate.start("fate")) and _FATE_BEFORE.search(lead)):
        # "has killed 12 people and injured dozens": the verb before the count says what befell it, not the next clause's
        fate = _FATE_BEFORE.search(lead)
    if fate is not None:
        word = fate.group("fate").lower()
        return next(metric for stem, metric in _FATES.items() if word.startswith(stem))
    if _STRONG_FORCE.match(tail) and abs(value) >= MIN_FORCE_COUNT:
        return "troops"
    noun = _FORCE_NOUNS.match(tail)
    if noun is not None and abs(value) >= MIN_FORCE_COUNT:
        if noun.group("troops"):
            return "troops"  # "hosting 9,000 U.S. forces", "39,000 U.S. service members": one metric for every name of forces
        return re.sub(r"[\s-]+", "_", noun.group("noun").lower())
    return None


#: Adjectives that may stand between a count and its noun without naming what it counts.
def _percent_metric(lead: str, tail: str, lexicon: Callable[[str], str | None]) -> str | None:
    if _STAKE_AFTER.match(tail) or _STAKE_BEFORE.search(lead):
        return "stake"
    if _TARIFF_AFTER.match(tail) or _TARIFF_BEFORE.search(lead):
        return "tariff_rate"
    if _RATE_BEFORE.search(lead):
        return "interest_rate"  # "the average interest rate on a new vehicle loan stayed below 6 percent": no loan
    if (cut := _cut_metric(lead, tail, lexicon)) is not None:
        return cut  # "a 50 percent reduction in building emissions by 2032": building_emissions_change, signed by `changes`
    if (target := _SHARE_TO_BEFORE.search(lead)) is not None and not _SHARE_IN_BEFORE.search(lead):
        words = _content_words(target.group("np"))
        if words:
            return f"{name_of(words[-3:])}_share"  # "increasing the share of renewables to 30 percent by 2030"
    if (part := _SHARE_IN_BEFORE.search(lead)) is not None:
        words = _content_words(part.group("np"))
        if words:
            whole = part.group("whole").lower()
            return f"{name_of(words[-3:])}_share_of_gdp" if whole == "gdp" else f"{name_of(words[-3:])}_share"
    if (gdp := _OF_GDP_AFTER.match(tail)) is not None:
        topic = gdp.group("topic") or ((spending := _SPENDING_BEFORE.search(lead)) and spending.group("topic"))
        if topic and topic.lower() not in STOP_WORDS:
            return f"{topic.lower().replace('-', '_')}_spending_share_of_gdp"
        return "world_gdp_share" if gdp.group("world") else "share_of_gdp"  # "representing 80% of the world's GDP"
    if (change := _CHANGE_IN_AFTER.match(tail)) is not None:
        words = _content_words(change.group("np"), run="first")
        if words:
            named = lexicon(" ".join(words))
            return f"{named or name_of(words[-3:])}_growth" if named is None or not named.endswith("_growth") else named
    if (reduce := _REDUCE_BEFORE.search(lead)) is not None:
        words = _content_words(reduce.group("np"), run="first")
        if words:
            return f"{lexicon(' '.join(words)) or name_of(words[-3:])}_change"  # signed by `changes`
    if (change := _CHANGE_BEFORE.search(_TIME_BEFORE_CHANGE.sub("", lead))) is not None:
        words = _content_words(initials.lowered(change.string, change.start("np"), change.group("np")), run="first")
        if words and lexicon(lead) is None:
            return f"{name_of(words[-3:])}_growth"  # the clause names no metric the lexicon knows
        return None
    if (written := _SHARE_WORD_AFTER.match(tail)) is not None:
        # "contributing to 11.7 percent share of the total arrivals": a share, named by its whole
        named = lexicon(written.group("np"))
        if named is not None and not named.endswith(("_growth", "_share")):
            return f"{named}_share"
        words = _content_words(written.group("np").rstrip(" .,;:"))
        if words:
            return f"{name_of(words[-3:])}_share"
    if (share := _SHARE_OF_AFTER.match(tail)) is not None:
        named = lexicon(share.group("np"))
        if named is not None and not named.endswith(("_growth", "_share")):
            return f"{named}_share"
        words = _content_words(share.group("np").rstrip(" .,;:"))
        if words and _ACCOUNTS_FOR_BEFORE.search(lead) and (words[-1] in SHARED_WHOLES or (
                words[-1] == "population" and (re.search(r"\b(?:[A-Z]|world)", share.group("np"))
                                               or _THE_POPULATION.match(share.group("np"))))):
            return f"{name_of(words[-3:])}_share"  # "Tourists from Russia accounted for 24.6 percent of arrivals"
    if (part := _SHARE_IN_WHOLE_BEFORE.search(lead)) is not None:
        words = _content_words(part.group("np"))
        if words:
            named = lexicon(" ".join(words))
            return f"{named}_share" if named is not None and not named.endswith(("_growth", "_share")) \
                else f"{name_of(words[-3:])}_share"  # "Azerbaijan's share in the EU's gas imports stood at 4.3 percent"
    if (named_after := _SHARE_NAMED_AFTER.match(tail)) is not None:
        words = _content_words(named_after.group("np"))
        if words:
            return f"{name_of(words[-3:])}_share"
    return None


def _content_words(phrase: str, *, run: str = "last") -> list[str]:
    """The last (or first) run of words of `phrase` between stop words, capitalised words (a
    country, a name) and punctuation: "In Azerbaijan, patent activity" → [patent, activity];
    first run of "critical investments in families" → [critical, investments]."""
    runs: list[list[str]] = [[]]
    for word in re.findall(r"[\w'’-]+|[^\w\s]", phrase):
        lower = word.lower()
        if (not _WORD.fullmatch(word) or lower in STOP_WORDS or word[0].isupper() or "'" in word or "’" in word
                or len(word) == 1):  # "Azerbaijan's" split before its "s"
            runs.append([])
            continue
        runs[-1].append(lower)
    found = [r for r in runs if r]
    if not found:
        return []
    return found[0] if run == "first" else (runs[-1] or [])


def is_plural(word: str) -> bool:
    """Whether `word` (lower case) reads as a plural noun: "applications", "people", "memoranda"."""
    return word in ("people", "children", "staff", "personnel", "memoranda") or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def name_of(words: list[str]) -> str:
    """snake_case of `words`: ["non-emitting", "electricity"] → non_emitting_electricity."""
    return re.sub(r"_+", "_", "_".join(re.sub(r"[^a-z]+", "_", w) for w in words)).strip("_")


def states_cut(lead: str, tail: str = "") -> bool:
    """Whether the words right before a percentage say it is a cut of what they name ("cut global
    methane pollution by at least", "reduce emissions by"), or the words right after name a cut ("a 65
    percent emissions reduction"): such a figure is a negative change."""
    return _REDUCE_BEFORE.search(lead) is not None or _CUT_AFTER.match(tail) is not None


def _cut_metric(lead: str, tail: str, lexicon: Callable[[str], str | None]) -> str | None:
    """`<what>_change` for a cut named as a noun after the figure (`_CUT_AFTER`), else None."""
    if (cut := _CUT_AFTER.match(tail)) is None or _SUPPOSED.match(tail[:160]):
        return None  # "A 10 percent reduction in global fertilizer loss and waste would free up ...": a supposition
    words = _content_words(cut.group("np") or "", run="first") or _content_words(cut.group("pre"))
    if not words:
        return "emissions_change" if _EMISSIONS.search(lead) else None
    named = lexicon(" ".join(words))
    return f"{named.removesuffix('_growth').removesuffix('_share') if named else name_of(words[-3:])}_change"


#: The kinds of aid the gold names apart, by the adjective the text gives the aid: "$20.4 billion in
#: additional security and military assistance" is `security_assistance`, "$2 billion in global
#: humanitarian assistance" `humanitarian_aid` (tests/gold/README.md, White House indicators).
AID_KINDS = {
    "humanitarian": "humanitarian_aid", "security": "security_assistance", "military": "military_aid",
    "development": "development_aid", "economic": "economic_aid", "civilian": "civilian_aid",
}
#: The aid's own words right after the money: "in (new|additional|emergency ...) <kind> assistance",
#: "a $400 million security assistance package".
_AID_KIND_AFTER = re.compile(
    r"^\s+(?:(?:in|of)\s+|(?:package|tranche)\s+of\s+)?(?:(?:new|additional|further|emergency|immediate|urgent|global|bilateral|critical|"
    r"life-?saving|U\.S\.|US|American|direct)\s+)*"
    rf"(?P<kind>{'|'.join(AID_KINDS)})\s+(?:(?:and|or)\s+(?:[a-z-]+\s+)?)?(?:assistance|aid)\b",
    re.IGNORECASE,
)


def aid_kind(tail: str) -> str | None:
    """The kind of aid the words right after an amount of aid name (`AID_KINDS`), or None: "$15
    million in additional humanitarian assistance" is `humanitarian_aid`; "$283 million in aid"
    names none and stays `aid`."""
    match = _AID_KIND_AFTER.match(tail)
    return AID_KINDS[match.group("kind").lower()] if match is not None else None


def aid_family(metric: str) -> str:
    """`aid` for every kind of aid `aid_kind` names, else the metric: "the $800 million in security
    assistance" restated as "the $800 million package" is one pledge."""
    return "aid" if metric in AID_KINDS.values() else metric
