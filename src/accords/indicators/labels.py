"""Numbers that label, rank or scale rather than state a figure.

A fact sheet numbers its action items ("7. Sign a memorandum of understanding"), names an
agreement by its section ("Launching 123 Agreement Negotiations", "a civil nuclear cooperation
agreement (“123 agreement”)"), ranks a country ("among the top 10 producers of conventional cacao")
and states ratios ("For every $1 million in credit guarantees, this partnership is expected to
leverage up to $20 million in fertilizer sales"). None of these is a figure an analyst records:
the item number counts nothing, the section number is part of a name, a rank is no quantity, and
both amounts of a ratio are units of the rate, not sums given or raised. Nor are odds ("a 55% chance
that the incubator leads to a new top charity", "your probability of success goes down to about 50
percent": a forecaster's belief, no level of anything) or the two ends of a proportion ("eight out of
ten companies are writing custom iOS apps": neither eight companies nor ten is a count the text gives). Nor
are a footnote's mark ("[1] Demonstrated capacity is defined as ...") or the number of a strategy's objective or
pillar ("Objective 6: Strengthen the capacity of public sector employees"), a wire's serial written with a leading zero
("thr 025 e.azarbaijan-azerbaijan-mou") or a day after a month in a wire written in lower case ("on july 9"), nor a
count of someone's followers on a social network ("He tweeted to his 849,000 followers").

Nor are four kinds of number a report uses in passing: a distance between places ("Ashgabat ... is located 42
km away from the Iranian border city of Bajgiran", "10 km north of Tabriz"), which the length rule would read as a
border's or a road's length; a number of emphasis after "not even" ("the Iraqi government hasn't controlled even 1
meter of land"); an amount whose scale word the page glued to the next word ("nearly $20 billionin health programs":
read as $20, not the $20 billion written); and "zero" in an idiom ("he has zero doubt that Pashinyan's visit ..."),
which the visit in its sentence would make a count of visits.
"""

from __future__ import annotations

import re

#: A list item's number at the start of a line: "7. Sign a memorandum", "10. Prepare a collaborative report".
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_ITEM_AFTER = re.compile(r"\.[ \t]+[A-Z]")
#: A document a number names, written in the singular after it ("123 Agreement", "the 123 agreement"): a count of
#: two or more would take the plural.
_DOCUMENT_AFTER = re.compile(r"\s+(?i:agreement|act|accord|resolution|convention|protocol|treaty|declaration)\b(?!s)")
#: A document a number names after its kind: "Executive Order 13747", "National Security Memorandum-15", "Resolution
#: 2231", "Proclamation 10014", "Article 5", "Title 42": its number, no count; also a part of a text numbered in
#: lower case and the later numbers of a list of parts ("in accordance with clauses 3 and 4 of the ceasefire
#: agreement", "Articles 4 and 5", "under section 212"): clause numbers, no count of agreements.
_DOCUMENT_BEFORE = re.compile(r"\b(?:Executive\s+Orders?|Memorandum|Proclamation|Resolution|Directive|Article|Title|"
                              r"Public\s+Law|Objective|Pillar|Goal|Line\s+of\s+Effort|"
                              r"(?i:clauses?|paragraphs?|articles?|sections?|resolutions?))\s*(?:-\s*|No\.\s*|Number\s+)?"
                              r"(?:\d{1,4}(?:\s*,\s*|\s+(?:and|or|to|through)\s+))*$")
#: A rank: "among the top 10 producers", "one of the top five exporters", "a top-10 economy", "among the bottom 10
#: percent of states".
_RANK_BEFORE = re.compile(r"\b(?:top|bottom)[\s-]$", re.IGNORECASE)
#: A month right before a day, in any case (a wire written in lower case: "baku, july 12, irna --"); not "may" or
#: "march", verbs as often.
_MONTH_BEFORE = re.compile(r"\b(?i:january|february|april|june|july|august|september|october|november|december|jan|feb|"
                           r"apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+$|\b(?:May|March|Mar)\.?\s+$")
#: A ratio's unit: "For every $1 million in credit guarantees", "for each dollar invested".
_RATIO_OPENING = re.compile(r"\bfor\s+(?:every|each)\s+$", re.IGNORECASE)


#: Units of length, for a distance between places.
_LENGTHS = frozenset({"km", "m", "mi"})
#: A distance between places after a length: "42 km away from", "50 km (31 miles) north of", "20 km off the coast".
_DISTANCE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:away\s+from|(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?"
    r"\s+of|off\s+the\s+(?:coast|shore))\b", re.IGNORECASE)
#: A number of emphasis: "hasn't controlled even 1 meter", "not even one".
_NOT_EVEN_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever)\b[^.;:,]{0,40}?\beven\s+$", re.IGNORECASE)
#: "zero" in an idiom: "zero doubt", "zero tolerance", "a zero-sum game".
_ZERO_IDIOM = re.compile(r"zero[\s-]+(?:doubts?|tolerance|sum|chance|hour)\b", re.IGNORECASE)


def is_label(text: str, start: int, end: int, *, unit: str, value: float) -> bool:
    """Whether the number text[start:end] (of `unit` and `value`) labels, ranks or scales (see the
    module docstring) rather than states a figure."""
    bare = re.fullmatch(r"\d{1,4}", text[start:end].strip()) is not None
    if unit == "count" and bare and _ITEM_AFTER.match(text, end) and _LINE_START.search(text, max(0, start - 12), start):
        return True
    if unit == "count" and bare and value >= 2 and _DOCUMENT_AFTER.match(text, end):
        return True
    if unit == "count" and re.fullmatch(r"\d{1,6}", text[start:end].strip()) and _DOCUMENT_BEFORE.search(text, max(0, start - 30), start):
        return True  # "the whole-of-government effort outlined in Executive Order 13747"
    if unit == "count" and bare and (text[max(0, start - 1):end + 1] == f"[{text[start:end]}]"
                                     or text[max(0, start - 5):end + 6] == f"<sup>{text[start:end]}</sup>"):
        return True  # a footnote mark: "[1] Demonstrated capacity is defined as achieving a level four"
    if unit in ("count", "percent") and _RANK_BEFORE.search(text, max(0, start - 7), start):
        return True
    if unit == "count" and re.fullmatch(r"0\d+", text[start:end].strip()):
        return True  # "thr 025 e.azarbaijan-azerbaijan-mou": a wire's serial, written with its leading zero
    if unit == "count" and bare and value <= 31 and _MONTH_BEFORE.search(text, max(0, start - 12), start):
        return True  # "arrived here on july 9" in a lower-case wire: a day of the month, no count of the visit after it
    if unit == "percent" and (_ODDS_AFTER.match(text, end) or _ODDS_BEFORE.search(text, max(0, start - 90), start)):
        return True  # "a 55% chance that", "the probability of success goes down to about 50 percent"
    if unit == "count" and (_OUT_OF_AFTER.match(text, end) or _OUT_OF_BEFORE.search(text, max(0, start - 40), start)):
        return True  # "eight out of ten companies", "out of around 1,500 followers" after "75 to 100 people"
    if unit == "count" and _AUDIENCE_AFTER.match(text, end):
        return True  # "He tweeted to his 849,000 followers", "of my 1,000 followers": a person's audience, no country's
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    return any(_RATIO_OPENING.search(text, max(opening, m.start() - 16), m.start())
               for m in _AMOUNT_START.finditer(text, opening, end))


#: Followers on a social network right after a count ("849,000 followers", "2 million Twitter followers"): the
#: audience of a person or an account, which no analyst records as a figure of a country.
_AUDIENCE_AFTER = re.compile(r"\s+(?:(?:Twitter|Instagram|Facebook|TikTok|YouTube|X|online|social[\s-]media)\s+)?followers\b")
#: Odds: "a 55% chance", "a 30 percent probability", "a 50-50 likelihood" right after the number ...
_ODDS_AFTER = re.compile(r"\s*(?:-\s*)?(?i:chance|probability|likelihood|odds)\b")
#: ... or named before it in its clause: "the odds of success are 50 percent", "your probability of success goes
#: down to about 50 percent" (no other number, no clause break between).
_ODDS_BEFORE = re.compile(r"\b(?i:chance|probability|likelihood|odds)\s+of\s+[^.;:,\d]{0,60}?\s(?i:is|are|was|were|at|to|of)"
                          r"\s+(?:(?i:about|around|roughly|nearly|only|just|some|approximately|less\s+than|more\s+than)\s+)?$")
#: A proportion: the part before "out of" and a number ("eight out of ten", "75 to 100 ... out of around 1,500") ...
_OUT_OF_AFTER = re.compile(r"\s+out\s+of\s+(?:every\s+)?(?:(?i:about|around|roughly|nearly|some|approximately)\s+)?"
                           r"(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|a\s+hundred)\b)")
#: ... and the whole after a number and "out of" ("eight out of ten", "five out of every 100").
_OUT_OF_BEFORE = re.compile(r"(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty))[\w\s,.-]{0,30}?"
                            r"\s(?i:out\s+of)\s+(?:every\s+)?(?:(?i:about|around|roughly|nearly|some|approximately)\s+)?$")


def in_passing(text: str, start: int, end: int, *, unit: str, value: float) -> bool:
    """Whether the number text[start:end] is a distance between places, a number of emphasis or "zero" in an
    idiom (see the module docstring). Such a number still bounds the clause windows of the figures beside it
    ("Ashgabat with a six million population is located 42 km away from Iranian border city of Bajgiran": the
    population is not Iran's); only its own figure is left out."""
    if unit in _LENGTHS and _DISTANCE_AFTER.match(text, end):
        return True  # "located 42 km away from the Iranian border city of Bajgiran": a distance, no length
    if abs(value) <= 1 and _NOT_EVEN_BEFORE.search(text, max(0, start - 60), start):
        return True  # "hasn't controlled even 1 meter of land"
    if _GLUED_SCALE.match(text, end):
        return True  # "nearly $20 billionin health programs": the page lost a space, the amount read is not the one written
    return value == 0 and _ZERO_IDIOM.match(text, start) is not None  # "he has zero doubt that ...": no count of visits


#: A scale word glued to the next word right after an amount read without it: "$20 billionin health programs",
#: "$1.33 billionannually" (a space lost in the page's markup).
_GLUED_SCALE = re.compile(r"\s*(?:million|billion|trillion)(?:in|annually|for|to|of)\b", re.IGNORECASE)


#: Where a sentence ends, for the sentence a number stands in.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+|\n")
#: Where an amount may begin, for the opening of a ratio before it in the same sentence.
_AMOUNT_START = re.compile(r"(?<![\w$])(?:[$€£¥]|US\$|\d)")
