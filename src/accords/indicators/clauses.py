"""How the words around a figure change what it claims: attributions, shares (ranges: `ranges`; lists of
countries: `countrylists`; lists by origin: `origins`).

Pure functions over the article text and country spans, used by `accords.stages.indicators`:

- `attribution_start`: where a closing ", the Turkish company said." begins, so the speaker's
  country is not taken for a subject;
- `is_reference_count`: "the two sides", "all three companies", "a three-day visit" count
  nothing new;
- cue patterns for shares ("of which"), growth after the figure ("a 48.5 percent increase"),
  falls (negative growth), changes that reach a level ("rose 21 percent to stand at"), figures
  that refer back ("the figure stood at") or compare ("versus the $1.892 billion");
- `clause`: the clause of a sentence that holds a figure;
- `claims`: the quantities that are claims (not in a time expression, not a conversion in
  brackets).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from accords.indicators import justice, labels, memberships, stated, terms, visas
from accords.indicators.named import PER_SHARE_AFTER, TIMES_AFTER
from accords.indicators.subjects import CountrySpan
from accords.model import Quantity, Segment
from accords.scan import items, wraps
from accords.quantities.units import is_money
from accords.quantities.changeverbs import CHANGE_NOUNS, change_words
from accords.quantities.extract import QUALIFIER

#: ", the Turkish company said." / ", IRNA reported." closing a sentence.
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:[\w’'-]+\s+){1,6}?(?:said|added|noted|stated|reported|announced|explained|stressed|told\s+\w+)"
    r"(?:\s+on\s+\w+)?\W*$"
)
_REFERENCE_BEFORE = re.compile(r"\b(?:the|all|both|these|those|its|their|of\s+the)\s+$", re.IGNORECASE)
#: "our three nations", "our two countries": the writers' own sides, counted back, no figure.
_OUR_BEFORE = re.compile(r"\bour\s+$", re.IGNORECASE)
_SIDES_AFTER = re.compile(r"\s+(?:nations|countries|governments|peoples|democracies)\b", re.IGNORECASE)
#: "a three-day visit", "for 25 years": a duration counts nothing ("30 years of democracy", "25 years in
#: NATO" are left to `accords.indicators.anniversaries`).
_DURATION_AFTER = re.compile(r"^[\s-]*(?:day|days|week|weeks|month|months|year|years|hour|hours)\b"
                             r"(?!\s+(?:of|ago|since)\b|\s+in\s+(?-i:[A-Z]))", re.IGNORECASE)
#: The people a report cites as its sources: "according to two people familiar with the matter",
#: "three officials briefed on the talks said": how the news was sourced, no figure of its own.
_SOURCE_PEOPLE_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:people|persons|sources|officials|diplomats|insiders)\b(?=\s+(?:familiar\s+with|briefed\s+on|"
    r"with\s+(?:direct\s+)?knowledge|close\s+to|who\s+(?:spoke|asked|declined|requested)|speaking\s+on)\b)",
    re.IGNORECASE)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:people|persons|sources|officials|diplomats|insiders)\b", re.IGNORECASE)
SHARE_OF = re.compile(r"^\s*of\s+which\b", re.IGNORECASE)
#: "$3.88 billion, or 14.2 percent of the total", "... of the total turnover", "of its total exports": a percent
#: after a figure that is that figure's share of its whole.
OF_TOTAL = re.compile(r"^\s+of\s+(?:the|its|their)\s+(?:total|overall)\b", re.IGNORECASE)
GROWTH_AFTER = re.compile(
    r"^\s*(?:(?:year[\s-]on[\s-]year|annual|yearly)\s+)?(" + CHANGE_NOUNS
    + r"|below|fewer|(?:more|higher|less|lower)(?=\s+than\b))s?\b",
    re.IGNORECASE,
)
#: A change named just before the figure: "rose by", "a considerable rise of", "fell".
GROWTH_BEFORE = re.compile(
    r"\b(?:" + change_words("increase grow decline decrease fall drop") + "|growth|"
    + change_words("rise") + "|"
    + change_words("jump surge plunge soar", ("base", "s", "past"))
    + r"|(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)up|down)\s+(?:by\s+|of\s+)?"
    + QUALIFIER + r"$",  # "made up 12 percent of" is a share, no rise
    re.IGNORECASE,
)
FALL = re.compile(
    r"\b(?:" + change_words("decrease decline fall drop reduce lose shed slip") + "|reduction|"
    + change_words("plunge slump tumble slide dip", ("base", "s", "past")) + "|" + change_words("shrink", ("base", "past", "participle"))
    + "|" + change_words("sink ease", ("past",))
    + r"|down|less|lower|below|fewer|cut(?=\s+by\b|$))\b",  # "the number of travelers cut by 24 percent"
    re.IGNORECASE,
)
#: "12.5 percent and 14 percent fall": the change named after the second figure is the first one's too.
SHARED_GROWTH_AFTER = re.compile(
    r"\s*(?:and|or)\s+[\d.,]+\s*-?\s*(?:percent|%)\s+(?:(?:year[\s-]on[\s-]year|annual)\s+)?"
    r"(" + CHANGE_NOUNS + r")s?\b",
    re.IGNORECASE,
)
#: "the figure stood at", "this figure", "the number fell", "when the volume stood at": a figure that restates an earlier one.
REFERS_BACK = re.compile(
    r"\b(?:the|this|that)\s+(?:said\s+|mentioned\s+|above\s+|same\s+)?(?:figure|number|volume)\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: "versus the $1.892 billion of 2015", "from 1.66 million in 2016", "in comparison with 204,000": the earlier value.
COMPARED_BEFORE = re.compile(
    r"\b(?:versus|vs\.?|(?:in\s+comparison|compared)\s+(?:to|with)|(?:as\s+)?against|than|from)\s+(?:the\s+)?"
    r"(?:(?:last|previous|the\s+previous)\s+year[’']s\s+)?$",
    re.IGNORECASE,
)
#: Between a tonnage and its money value: "of non-oil products worth", ", at the value of".
_WORTH_LINK = re.compile(
    r"^\s*(?:[\w\[\]’'-]+,?\s+){0,8}?(?:worth|valued\s+at|at\s+(?:the|a)\s+value\s+of|"
    r"with\s+a\s+value\s+of|for)\s*$",
    re.IGNORECASE,
)
_PHYSICAL_UNITS = ("t", "bcm", "m3/d", "bbl", "bbl/d", "MWh", "TEU")
#: "in 1397", "calendar year 1400": a year of the Iranian calendar, no amount.
_IRANIAN_YEAR = re.compile(r"^1[34]\d\d$")
_YEAR_BEFORE = re.compile(r"\b(?:in|year|of|since|until|to)\s+$", re.IGNORECASE)
#: A change named anywhere before the figure in its clause: "trade increased ... by", "exports fell".
GROWTH_IN_LEAD = re.compile(
    r"\b(?:" + change_words("increase grow rise") + "|growth|" + change_words("slip", ("base", "s", "past", "ing")) + "|"
    + change_words("decline decrease fall drop plunge slump tumble slide dip gain climb soar", ("base", "s", "past", "participle"))
    + "|" + change_words("jump surge", ("base", "past")) + "|" + change_words("lose shed", ("s", "past", "ing")) + "|"
    + change_words("sink ease", ("past",))
    + r"|(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)up|down|hike|add(?:ed|s)\s+[\d.,]+\s+points)\b",
    re.IGNORECASE,
)
#: Between two changes of one metric: "12 percent and 14 percent", "in terms of value or".
JOINED_CHANGE = re.compile(r"\W*(?:percent\s+)?(?:in\s+terms\s+of\s+\w+\s+)?(?:and|or|to)\s*")
#: "... on imports from Canada and Mexico and a 10% additional tariff": the next figure's own phrase begins.
AND_NEXT = re.compile(r",?\s+and\s+(?:(?:a|an|another)\s+)?$", re.IGNORECASE)
#: A comma right before a figure that opens the next item of a list: "30 companies from Russia, 30 companies
#: from Kyrgyzstan, more than 10 companies from Armenia".
COMMA_NEXT = re.compile(r",\s+" + QUALIFIER + r"$", re.IGNORECASE)
#: Most words between a figure and the comma of `COMMA_NEXT` for the stretch to be that figure's own head.
COMMA_ITEM_WORDS = 6
#: Between two figures of one list: ", ", " and ", ", and ".
LIST_GAP = re.compile(r"\s*(?:,\s*and|,|and)\s*", re.IGNORECASE)
#: "duties of 20 percent on aluminum and 50 percent on steel": a second rate for a second item, the same claim.
PARALLEL = re.compile(r"\s+on\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+and\s+(?:(?:a|an)\s+)?$")
#: "rose 21 percent to stand at $1.206 billion": the change and the level it reached are one claim.
CHANGE_TO = re.compile(r"\s+to\s+(?:stand\s+at\s+|settle\s+at\s+|reach\s+|hit\s+)?$", re.IGNORECASE)
#: "exceeded $9.233 billion": more than the figure.
EXCEEDED = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topped)\s+$", re.IGNORECASE)
#: Where a clause ends inside a sentence: ";", ": ", ", and ...", ", which ...", " and we ...".
_CLAUSE_BREAK = re.compile(
    r";|:\s|,\s+(?:and|but|while|whereas|which|who|adding|saying|stating|noting|followed\s+by|"
    r"voicing|expressing|urging|stressing|emphasi[sz]ing|underlining|highlighting)\b|[\u2014\u2013]\s*(?:and|but)\s|"
    r"\s(?:and|but)\s+(?=(?:I|we|they|he|she|it)\b)|"
    # "a bounty of four million Turkish lire for any information leading to the capture of the Emirati ...": whom a
    # reward seeks is not who offers it
    r"\s(?:for|on)\s+(?:any\s+)?information\s+(?:leading|that\s+(?:leads|could\s+lead))\s+to\b"
)


#: A line that ends a sentence, an item or a heading: "... insecurity.", "includes:", "**Relief ($255M)**", an
#: HTML comment; the marks and closing quotes are `accords.scan.wraps`' (a tag's end or a single "*" is no close
#: here: "the 70<sup>th</sup>" / "anniversary of the U.S.-ROK alliance" is one sentence).
_LINE_CLOSED = re.compile(r"(?:[" + wraps.SENTENCE_MARKS + r"]|\*\*|-->)" + wraps.CLOSING + r"\s*$")


#: "172.6 billion cu. m": a gas volume the parse cut at the dot of its unit.
_CUBIC_CUT = re.compile(r"\d\s*(?:[a-z]+\s+)?cu\.$")
_CUBIC_RESUMED = re.compile(r"m\b|met(?:er|re)s\b")


def unwrapped(text: str, sentences: Sequence[Segment]) -> tuple[Segment, ...]:
    """`sentences` with the lines of a hard-wrapped text joined back into their sentence.

    Texts copied from web pages with their line breaks ("announced an additional $310 million
    in U.S. government support for" / "humanitarian relief ...") are split by the parse at each
    break, which cuts a figure off from its subject and its metric. The parse reads most such
    breaks as spaces already (`accords.scan.wraps.soft_breaks`), and an ingested text has none
    left (`accords.ingest.cleaning.unwrap`), but a raw text (`accords.extract`) keeps the breaks
    `soft_breaks` leaves: before an indented line (a bullet's next line: "USAID is" /
    "    investing over $780,000") and after a hyphenated word part. A segment is joined to the
    one before it when one line break (no blank line) separates them, the one before ends no
    sentence, item or heading (`_LINE_CLOSED`), and the next opens no list item: looser than the
    parse's `accords.scan.wraps.joins`, which must not glue a plain-text heading into the next sentence
    for every fact kind (why the two rules stay two: `accords.scan.wraps`). A word the parse cut at its hyphen
    ("Non" | "-oil exports grew by 7.2 percent") is joined back too, and so is a unit cut at its dot
    ("172.6 billion cu." | "m in 2014").
    """
    joined: list[Segment] = []
    for sentence in sentences:
        if joined:
            before = joined[-1]
            gap = text[before.end:sentence.start]
            if not gap and text[sentence.start:sentence.start + 1] == "-" and text[before.end - 1:before.end].isalpha():
                joined[-1] = Segment(before.start, sentence.end)  # "Non" | "-oil exports grew": one word cut at its hyphen
                continue
            if _CUBIC_CUT.search(text, before.start, before.end) and _CUBIC_RESUMED.match(text, sentence.start):
                joined[-1] = Segment(before.start, sentence.end)  # "172.6 billion cu." | "m in 2014": a unit cut at its dot
                continue
            if (gap.count("\n") == 1 and not gap.strip() and not _LINE_CLOSED.search(text, before.start, before.end)
                    and not _opens_item(text, sentence.start)):
                joined[-1] = Segment(before.start, sentence.end)
                continue
        joined.append(sentence)
    return tuple(joined)


def _opens_item(text: str, start: int) -> bool:
    """Whether the line at `start` opens an item of its own: a list item ("-   USAID will provide", "2. ")
    or an HTML comment a page left ("<!-- -->")."""
    return bool(items.OPENS_ITEM.match(text, start)) or text.startswith("<!--", start)


def attribution_start(text: str, start: int, end: int) -> int:
    """Where the attribution that closes text[start:end] begins (`end` when there is none)."""
    match = _ATTRIBUTION_TAIL.search(text, start, end)
    return match.start() if match is not None else end


#: A list's item number: "under four pillars: 1) Improving Access ...; 2) Facilitating ...", "(3) the".
#: One or two digits closed by a bracket, after the start of a line, a colon, a semicolon, a comma
#: or an opening bracket, and before a word: a label, not a count.
_ENUMERATOR = re.compile(r"(?:^|[\n:;,(]|\s)\s*\(?$")
_ENUMERATOR_AFTER = re.compile(r"\)\s+[A-Za-z]")
#: "dozens of civilians", "hundreds of trucks": a vague number, no figure.
_VAGUE = re.compile(r"(?:dozens|scores|hundreds|thousands|millions|billions)", re.IGNORECASE)


def is_reference_count(text: str, quantity: Quantity) -> bool:
    """A count that refers back, measures time, is vague, numbers a list's items or counts the
    report's sources, not a claim: "the two sides", "a three-day visit", "dozens of civilians",
    "2) Facilitating Clean Energy", "according to two people familiar with the matter"; or any
    number that labels, ranks or scales (`labels`)."""
    start, end = quantity.evidence[0].start, quantity.evidence[0].end
    if labels.is_label(text, start, end, unit=quantity.unit, value=quantity.value):
        return True  # "7. Sign a memorandum", "123 Agreement", "among the top 10", "For every $1 million"
    if quantity.unit != "count":
        return False
    if _VAGUE.fullmatch(text[start:end].strip()) or 0 < abs(quantity.value) < 1:
        return True  # "dozens of", "a quarter of": no count
    if quantity.qualifier is None and _OUR_BEFORE.search(text[max(0, start - 5):start]) and _SIDES_AFTER.match(text, end):
        return True  # "our three nations seek to expand our partnership"
    if _REFERENCE_BEFORE.search(text[max(0, start - 12):start]) and quantity.qualifier is None \
            and not stated.is_stated_large(text, start, end, quantity.value) \
            and not memberships.names_body(text, end) and not memberships.counts_members(text, end, quantity.value) \
            and not (abs(quantity.value) >= STATED_COUNT and _FORCES_AFTER.match(text, end)):
        # "the two sides"; a bounded count is no reference back ("the more than 10 million users who activated"),
        # nor a large one after "the" (`stated`: "the 1.1 million jobs created in Texas"),
        # nor a large one of forces or captives ("withdraw its 5,100 troops", "the 7,000 Palestinian prisoners"),
        # nor the size of a body named with it ("the 38-nation Combined Maritime Forces")
        return True
    if re.fullmatch(r"\d{1,2}", text[start:end]) and _ENUMERATOR_AFTER.match(text, end) \
            and _ENUMERATOR.search(text[max(0, start - 3):start]):
        return True  # "four pillars: 1) Improving Access to Development Financing; 2) ...": item numbers
    if _IRANIAN_YEAR.match(text[start:end]) and _YEAR_BEFORE.search(text[max(0, start - 8):start]):
        return True
    if _is_designation(text, start, end):
        return True  # "Boeing 787 aircraft", "Su-35 fighters", "Resolution 2231": a name's number, no count
    if _SOURCE_PEOPLE_AFTER.match(text[end:end + 80]) or (
            _ACCORDING_TO.search(text[max(0, start - 16):start]) and _PEOPLE_AFTER.match(text[end:end + 30])):
        return True  # "according to two people familiar with the matter": the report's sources
    return bool(_DURATION_AFTER.match(text[end:end + 12])) and not justice.is_term(text, start, end) \
        and not visas.is_stay(text, start, end) and not terms.is_term(text, start, end)  # "a visa for 15 days", "a 5-year loan"


#: From this size, "the"/"its" before a count of forces or captives states it ("its 5,100 troops"): small ones refer
#: back ("the two soldiers").
STATED_COUNT = 100
_FORCES_AFTER = re.compile(r"\s+(?:[A-Z][\w.-]*\s+){0,2}(?:troops|soldiers|forces|personnel|peacekeepers|fighters|"
                           r"prisoners|detainees|hostages|refugees|migrants)\b")
#: A capitalised word right before a bare number inside a sentence: "Boeing 787", "Su-35", "Article 5".
_NAME_BEFORE_NUMBER = re.compile(r"(?P<word>[A-Z][A-Za-z]*)[ -]$")
#: Capitalised words that may open a sentence before its count ("Some 145 Indians", "Over 350,000").
_QUANTIFIERS = frozenset({"About", "Some", "Over", "Around", "Nearly", "Almost", "Approximately", "Roughly", "Only",
                          "Just", "Exactly", "Totally", "Another", "All", "Fully", "Up", "At", "Under", "Below",
                          "Above", "Less", "More", "Fewer", "Those", "These", "The", "A", "An", "And", "In", "By"})


def _is_designation(text: str, start: int, end: int) -> bool:
    """Whether the bare number text[start:end] is part of a name ("Boeing 787 aircraft", "Su-35
    fighter jets", "Airbus 320", "Resolution 2231", "Phase 2"): written right after a capitalised
    word that does not open the sentence, with no thousands separator or decimals, as no count is. A number
    followed by "times" (`TIMES_AFTER`) counts how often ("have visited Tajikistan 13 times"), whatever is written
    before it."""
    if not re.fullmatch(r"\d{1,4}", text[start:end].strip()) or TIMES_AFTER.match(text, end):
        return False
    name = _NAME_BEFORE_NUMBER.search(text, max(0, start - 25), start)
    if name is None or name.group("word") in _QUANTIFIERS:
        return False
    before = text[:name.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“‘'(\n•*-–—"


def worth_pair(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether `second` is the money value of the amount `first`: "6.2 million tons of Iranian
    non-oil products worth $2.25 billion" is one flow, whose countries both figures share."""
    if first.unit not in _PHYSICAL_UNITS or not is_money(second.unit):
        return False
    return bool(_WORTH_LINK.match(text[first.evidence[0].end:second.evidence[0].start]))


_RESTATED = re.compile(r"[^.;:\d]{0,40}?,?\s+or\s+", re.IGNORECASE)
_MEASURES = ("count", "percent")


def restates(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether `second` restates `first` in other terms: "40 million cubic meters of gas per day
    (mcm/d) or 10 to 15 billion cubic meters per year" is one offer, whose subjects both share."""
    if first.unit in _MEASURES or second.unit in _MEASURES:
        return False
    if PER_SHARE_AFTER.match(text[second.evidence[0].end:second.evidence[0].end + 40]):
        return False  # "earned $2.8 billion, or $2.53 per diluted share": an amount per share of its own
    return bool(_RESTATED.fullmatch(text[first.evidence[0].end:second.evidence[0].start]))


#: The head of a second figure that owns its own flow: "... and its imports from Russia", ", while their exports".
_ITS_HEAD = re.compile(r",?\s+(?:and|while|whereas|but)\s+(?:its|their)\s+(?=[a-z])", re.IGNORECASE)


def next_head_start(text: str, end: int, next_start: int, countries: Sequence[CountrySpan]) -> int:
    """Where the next figure's own head begins when a short comma-led stretch names its country:
    in "exports to Uzbekistan stood at $368 million, to Kazakhstan at $165 million" Kazakhstan
    belongs to the second figure, not the first (`next_start` when there is no such head)."""
    its = _ITS_HEAD.search(text, end, next_start)
    if its is not None and len(text[its.start():next_start].split()) <= 8:
        return its.start()  # "exports to Italy amounted to $6.5 billion and its imports from Russia $1.9 billion"
    comma = text.rfind(",", end, next_start)
    if comma < 0 or len(text[comma:next_start].split()) > 8:
        return next_start
    if any(comma < c.start and c.end <= next_start for c in countries):
        return comma
    return next_start


def leans_on_previous(text: str, quantity: Quantity) -> bool:
    """Whether a figure with no metric word of its own may take an earlier figure's: a change
    ("a 34.5 percent decrease", "rose by 9 percent"), "the figure stood at ...", or a
    comparison ("from 1.66 million in 2016")."""
    start, end = quantity.evidence[0].start, quantity.evidence[0].end
    before = text[max(0, start - 60):start]
    if REFERS_BACK.search(before) or COMPARED_BEFORE.search(before):
        return True
    if quantity.unit != "percent":
        return False
    return bool(GROWTH_AFTER.match(text[end:end + 40]) or GROWTH_BEFORE.search(before))


def clause(text: str, sentence: Segment, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence that holds text[start:end], cut at ";", ", and ...", ": "."""
    low, high = sentence.start, sentence.end
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.end() <= start:
            low = match.end()
        elif match.start() >= end:
            high = match.start()
            break
    return low, high


def claims(text: str, quantities: Sequence[Quantity], times: Sequence[tuple[int, int, object]]) -> list[Quantity]:
    """Quantities that are claims: not inside a time expression (`times`: start, end, value),
    not a conversion in brackets; in text order."""
    kept: list[Quantity] = []
    for quantity in sorted((q for q in quantities if q.evidence), key=lambda q: (q.evidence[0].start, q.evidence[0].end)):
        start, end = quantity.evidence[0].start, quantity.evidence[0].end
        if any(ts <= start and end <= te for ts, te, _ in times):
            continue
        if kept and _is_conversion(text, kept[-1], quantity) and not converts(text, kept[-1], quantity):
            continue
        kept.append(quantity)
    return kept


#: "grew 2.2 times", "increase the capacity by three to four times the current capacity", "a 10-fold hike":
#: a count that multiplies what the sentence measures (unit `lexicon.RATIO`); "met 12 times", "three times
#: a year" count occasions and stay counts, and so does a number in words with no "by" ("rates rose five
#: times between 2003 and 2004"); a comparison ("2.5 times greater than ads in widgets") is no
#: change of a figure and is left out.
_MULTIPLE_CHANGE_BEFORE = re.compile(
    r"\b(?:" + change_words("increase rise grow expand boost raise") + "|"
    + change_words("jump soar surge multiply decline decrease fall drop reduce", ("base", "s", "past", "participle"))
    + r"|up)\s+"
    r"(?:(?:the|its|their)\s+[a-z][\w-]*\s+)?(?:by\s+)?" + QUALIFIER + r"$",
    re.IGNORECASE,
)
_MULTIPLE_COMPARED_AFTER = re.compile(
    r"\s*(?:times|-?fold)\s+(?:(?:" + CHANGE_NOUNS + r"|expansion)s?|"
    r"(?:(?:of|more|higher|greater|larger|bigger)\s+(?:than\s+)?)?(?:the|its|their)\s+(?:current|present|existing|original|previous)\b)\b"
    # "would increase from the current 500 million dollars to three times more": a level raised to a multiple of itself
    r"|\s*times\s+(?:more|higher|greater|larger|bigger)\b(?=\s*[.;,]|\s*$)",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+" + QUALIFIER + r"$", re.IGNORECASE)
_FOLD_AFTER = re.compile(r"-?fold\b", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:to|-|–|or)\s*", re.IGNORECASE)


def multiples(text: str, quantities: Sequence[Quantity], ratio: str) -> list[Quantity]:
    """`quantities` with each count that is a multiple ("grew 2.2 times": `_MULTIPLE_CHANGE_BEFORE`
    before it, or `_MULTIPLE_COMPARED_AFTER` after it) given the unit `ratio`; the lower end of a
    range of multiples ("by three to four times") too."""
    found = list(quantities)
    for index in range(len(found) - 1, -1, -1):
        quantity = found[index]
        start, end = quantity.evidence[0].start, quantity.evidence[0].end
        if quantity.unit != "count":
            continue
        upper = found[index + 1] if index + 1 < len(found) else None
        if (upper is not None and upper.unit == ratio and _RANGE_TO.fullmatch(text, end, upper.evidence[0].start)):
            found[index] = dataclasses.replace(quantity, unit=ratio)
            continue
        if not TIMES_AFTER.match(text, end):
            continue
        if (quantity.text.strip().isalpha() and not _BY_BEFORE.search(text, 0, start)
                and not _MULTIPLE_COMPARED_AFTER.match(text, end) and not _FOLD_AFTER.match(text, end)):
            continue  # "Interest rates rose four times between March 2021 and June 2022": four rises
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
        if _MULTIPLE_COMPARED_AFTER.match(text, end) or _MULTIPLE_CHANGE_BEFORE.search(text, sentence_start, start):
            found[index] = dataclasses.replace(quantity, unit=ratio)
    return found


def converts(text: str, previous: Quantity, current: Quantity) -> bool:
    """Whether `current` is `previous` in another currency, in brackets right after it: "750,000
    rials ($20)", "C$93 billion (US$69 billion)". The gold records both amounts (tests/gold/README.md:
    "an amount given in two currencies is two figures"), so such a figure is kept, as a restatement."""
    if not (is_money(previous.unit) and is_money(current.unit)) or previous.unit == current.unit:
        return False
    gap = text[previous.evidence[0].end:current.evidence[0].start]
    return bool(_CONVERSION_GAP.fullmatch(gap)) and _is_conversion(text, previous, current)


#: What stands between an amount and its conversion: the bracket and a bound word the quantity keeps.
_CONVERSION_GAP = re.compile(r"\s*\(\s*")


def conversion_qualifier(first: str | None, second: str | None) -> str:
    """The qualifier of a converted amount: its own bound word ("(about $52)"), else a bound of the
    first amount that covers both ("up to C$7.5 million (US$5.6 million)": upper), else `approx`,
    since a conversion is rounded."""
    if second is not None:
        return second
    return first if first in ("upper", "lower") else "approx"


def _is_conversion(text: str, previous: Quantity, current: Quantity) -> bool:
    """"6 billion euros ($6.4 billion)", "140-kilometer (48-mile)": the bracketed figure restates
    the previous one, in another unit or in the same unit after conversion."""
    gap = current.evidence[0].start - previous.evidence[0].end
    if not 0 <= gap <= 3 or previous.unit in ("count", "percent"):
        return False
    if re.search(r"[.;!?]", text[previous.evidence[0].end:current.evidence[0].start]):
        return False  # "reached 960 manats. Some 45 companies": a new sentence, no conversion
    return previous.unit != current.unit or text[previous.evidence[0].end:current.evidence[0].start].strip() == "("


#: "from around $0.23/W today to $0.10": the second price of a change is per the same unit.
_TO_GAP = re.compile(r"[^.;\d]{0,20}?\bto\s+$", re.IGNORECASE)


def with_shared_units(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """`quantities` (in text order), where an amount of money right after "to" that follows a
    price per unit takes that unit ("$0.23/W today to $0.10" → 0.10 USD/W), and one right before
    "to" a price per unit too ("raise the minimum wage by $1 to $8.25 per hour" → 1 USD/h)."""
    found = list(quantities)
    for index in range(1, len(found)):
        previous, current = found[index - 1], found[index]
        if "/" in previous.unit and current.unit == previous.unit.split("/")[0] and _TO_GAP.fullmatch(
                text, previous.evidence[0].end, current.evidence[0].start):
            found[index] = dataclasses.replace(current, unit=previous.unit)
        elif current.unit.partition("/")[2] in _TIMES and previous.unit == current.unit.split("/")[0] and _TO_NEXT.fullmatch(
                text, previous.evidence[0].end, current.evidence[0].start):
            found[index - 1] = dataclasses.replace(previous, unit=current.unit)
    return found


#: Units of time a price or pay is per ("USD/h"): only their rates pass back to the amount before "to"
#: (a barrel's price does not: "down $2.05 to $71.40 a barrel" is an amount moved, no price).
_TIMES = frozenset({"h", "week", "month", "year"})
#: "by $1 to $8.25 per hour", "from $7.25 to $8.25 per hour": nothing but "to" between two amounts.
_TO_NEXT = re.compile(r"\s+to\s+", re.IGNORECASE)


#: A blank line followed by a line that is not indented: the list is over ("\n\nThe Americas Partnership countries ...").
_LIST_ENDS = re.compile(r"\n[ \t]*\n(?![ \t])")


def same_item(text: str, earlier: Sequence[Segment], sentence: Segment) -> list[Segment]:
    """The `earlier` sentences that stand in the same list item as `sentence` where that item opens
    with a heading of its own: a fact sheet's item is its own topic, and the countries of the item
    before it ("... to the Cote d’Ivoire and Guinea borders" then "- **Microsoft Airband ISP Incentive
    Fund:** A Digital Invest grant of $500,000") are not its figures'. All of them elsewhere."""
    start = headed_item_start(text, sentence)
    return list(earlier) if start is None else [s for s in earlier if s.start >= start]


def headed_item_start(text: str, sentence: Segment) -> int | None:
    """Where the list item holding `sentence` opens, where that item opens with a heading of its own
    ("- **Test and Treat Strategy**. ..."): a fact sheet's item is its own topic; None elsewhere."""
    lines = [line for line in items.ITEM_LINE.finditer(text, 0, sentence.end) if line.start() <= sentence.start]
    item = items.ITEM_LINE.match(text, lines[-1].start()) if lines else None
    if item is None or item.group("heading") is None or _LIST_ENDS.search(text, item.start(), sentence.start):
        return None
    return item.start()

