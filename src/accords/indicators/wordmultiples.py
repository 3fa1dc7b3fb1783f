"""Multiples written as one word: "trade between Iran and Tajikistan has tripled", "the Indian
government doubled the fund", "to double non-oil exports", "boost the capacity by fourfold".

The quantities stage reads numbers ("2.2 times", "a 10-fold hike": `clauses.multiples` gives
those the unit `lexicon.RATIO`); a verb that multiplies ("doubled", "tripled") or a number and
"fold" in one word ("fourfold") holds no number it can read, so these figures were missed. Each
becomes a quantity in the unit `ratio` (2, 3, 4 ...), which then passes the same tests as any
figure: a metric word must be near it, and the subjects and kind come from its sentence.

Only the verb: "doubled" and "tripled" as past forms (not "doubled down"), "double", "triple"
and "quadruple" after "to" or a modal ("to double non-oil exports", "will double its imports")
and "doubling" before what it doubles; never the adjective ("double standards", "double
taxation", "a double-digit rise"), which multiplies nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.ids import fact_id
from accords.indicators.lexicon import metric_for
from accords.model import Evidence, Quantity
from accords.quantities.changeverbs import RISE_NOUNS

#: The `Quantity.stage` of a multiple made here: its metric is what it multiplies (`multiplied`).
STAGE = "indicators.v2/word-multiples"

_FACTORS = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4}
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

#: "has doubled", "were tripled", "quadrupled its exports"; not "doubled down" (an effort redoubled).
_PAST = re.compile(r"\b(?P<verb>doubl|tripl|trebl|quadrupl)ed\b(?!\s+down\b)", re.IGNORECASE)
#: "to double non-oil exports", "will triple the volume", "aims at doubling trade": the verb before what it
#: multiplies, which starts with a determiner, a possessive or a word (not the adjective's nouns below).
_INFINITIVE = re.compile(
    r"\b(?:to|will|would|could|can|should|shall|must|may|might|plans?\s+to|aims?\s+to)\s+(?:\w+ly\s+)?"
    r"(?P<verb>doubl|tripl|trebl|quadrupl)e\s+(?=[a-z])"
    r"|\b(?P<gerund>doubl|tripl|trebl|quadrupl)ing\s+(?=(?:the|its|their|our|his|her|this|that|bilateral|mutual|annual|"
    r"trade|exports?|imports?|production|output|capacity|investments?)\b)",
    re.IGNORECASE,
)
#: Nouns the adjective "double" and "triple" qualify (the phrase names a kind, no change of a level), and
#: "double down on" (an effort pressed, nothing multiplied).
_ADJECTIVE_NOUN = re.compile(
    r"(?:down|standards?|taxation|tax|digits?|-digit|agents?|whammy|game|role|check|crown|jump|bed|rooms?|decker|"
    r"talaq|murder|homicide|attack|blow|threat|edged|speak|track|shift|layer|barrel|entry|play)\b",
    re.IGNORECASE,
)
#: What a multiple may multiply: flows, stocks and counts of an economy (the lexicon's names). "Doubled the
#: number of students", "quadrupled the monthly supply of tests", "a fivefold increase in lithium demand" are
#: left to the numbers the text gives, if any.
_MULTIPLIED = frozenset({"trade_turnover", "non_oil_trade", "non_oil_exports", "exports", "imports", "investment", "sales",
                         "transit", "cargo_handled", "swap", "capacity", "production", "tourists", "visits", "flights",
                         "wagons", "revenue", "aid", "budget", "loans"})
#: The clause a multiple is told in: what came before it in its sentence (`_BEFORE_MARK`) and what follows it
#: up to the next clause mark (`_AFTER_MARK`): "trade ... between Iran and Tajikistan has tripled" (subject
#: before), "to double the gas swap from Turkmenistan" (object after).
_BEFORE_MARK = re.compile(r"[;:.!?()“”\"]")
_AFTER_MARK = re.compile(r"[,;:.!?()“”\"]|\s(?:and|but|which|while|to|by|in|after|since)\s")
#: A multiple with nothing after it that it multiplies: "has tripled.", "doubled compared to", "will double after".
_NO_OBJECT = re.compile(
    r"\s*(?:[,;:.!?—–()\]“”\"*]|$|(?:in|since|from|to|by|compared|over|during|and|while|after|before|versus|between|last|"
    r"annually|again|year-on-year|within|as|at|for|so|thanks|because|due|under|with|when|if|or|but)\b)",
    re.IGNORECASE,
)
#: "a fivefold increase in lithium demand": what the change is in follows it.
_CHANGE_IN = re.compile(r"\s+(?:" + RISE_NOUNS + r"|expansion)\s+(?:in|of|for)\s+", re.IGNORECASE)
#: Sentence ends around a multiple.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
#: "by fourfold", "a tenfold increase": a number and "fold" written as one word.
_FOLD_WORD = re.compile(r"\b(?P<number>two|three|four|five|six|seven|eight|nine|ten)fold\b", re.IGNORECASE)


def word_multiples(article_id: str, text: str, quantities: Sequence[Quantity], ratio: str) -> list[Quantity]:
    """`quantities` and, in text order, a quantity in the unit `ratio` for each multiple written as
    one word that no quantity covers already."""
    taken = [(q.evidence[0].start, q.evidence[0].end) for q in quantities
             if q.evidence and not (q.unit == "count" and q.text.strip().isalpha())]  # "the two countries": no figure
    added: list[Quantity] = []
    for start, end, value in _multiples(text):
        first, last = _sentence(text, start, end)
        if any(first <= s < last for s, _ in taken) or multiplied(text, start, end) is None:
            continue  # a figure of its sentence would lean on the multiple as on a figure it restates
        added.append(Quantity(
            id=fact_id(article_id, "quantity", start, end, ratio), text=text[start:end], value=float(value), unit=ratio,
            evidence=(Evidence(article_id=article_id, start=start, end=end),), stage=STAGE))
        taken.append((start, end))
    if not added:
        return list(quantities)
    return sorted([*quantities, *added], key=lambda q: (q.evidence[0].start, q.evidence[0].end) if q.evidence else (0, 0))


def _multiples(text: str) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = []
    for match in _PAST.finditer(text):
        found.append((match.start(), match.end(), _FACTORS[match.group("verb").lower()]))
    for match in _INFINITIVE.finditer(text):
        group = "verb" if match.group("verb") else "gerund"
        if _ADJECTIVE_NOUN.match(text, match.end()):
            continue
        found.append((match.start(group), match.end(group) + (1 if group == "verb" else 3),
                      _FACTORS[match.group(group).lower()]))
    for match in _FOLD_WORD.finditer(text):
        found.append((match.start(), match.end(), _FOLD[match.group("number").lower()]))
    return sorted(found)


def multiplied(text: str, start: int, end: int) -> str | None:
    """What the multiple at `start`-`end` multiplies, if the lexicon knows it as a flow or stock
    (`_MULTIPLIED`): its object when one follows ("to double the gas swap", "a fivefold increase in
    exports"), else its subject, the sentence's words before it ("EV sales have more than quadrupled")."""
    after = text[end:end + 120]
    if (change := _CHANGE_IN.match(after)) is not None:
        after = after[change.end():]
    elif _NO_OBJECT.match(after):
        before = text[max(0, start - 160):start]
        marks = list(_BEFORE_MARK.finditer(before))
        metric = metric_for(before[marks[-1].end():] if marks else before, "", unit="ratio")
        return metric if metric in _MULTIPLIED else None
    mark = _AFTER_MARK.search(after)
    metric = metric_for("", after[:mark.start()] if mark else after, unit="ratio")
    return metric if metric in _MULTIPLIED else None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    following = _SENTENCE_END.search(text, end)
    return (ends[-1] if ends else max(0, start - 400), following.start() if following else len(text))
