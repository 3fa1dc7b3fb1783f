"""Money another side pledges that a state welcomes: the welcomer is no side of it.

Joint statements and readouts report other parties' pledges through the words of the side that
welcomes them: "the United States welcomed the decision by the Arab Coordination Group (ACG) ...
to provide a minimum of $10 billion", "President Biden welcomed the announcement that some GCC
partners plan to invest a total of $3 billion", "President Biden expressed appreciation for the
GCC countries' pledge to provide $100 million". The money is the pledger's (and its receiver's),
not the welcomer's (tests/gold/README.md: a pledge takes its giver and its receivers). The rule
(`without_welcomer`) takes the giver from the words between the welcoming verb and the amount,
only where they name whose decision, announcement or pledge it is, so that "President Biden
welcomed President Lula to the White House and announced $50 million" (a host's welcome, the
host's own pledge) keeps its giver.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan

#: A side welcoming what another side does: "welcomed", "commended", "applauded", "expressed
#: appreciation for", "praised", "hailed".
_WELCOMES = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|"
    r"(?:express(?:es|ed|ing)?|conveyed)\s+(?:(?:his|her|their|its|our|deep|sincere)\s+)*(?:appreciation|gratitude|thanks)"
    r"\s+(?:to|for))\b",
    re.IGNORECASE,
)
#: What is welcomed, right before its author: "the decision by the", "the pledge of", "the
#: announcement that some", "the commitment from", "the Arab Coordination Group (" (an acronym
#: the text gives the author's name).
_ACT_BEFORE = re.compile(
    r"\b(?:(?:decision|announcement|pledge|commitment|plan|intention|contribution|offer)s?\s+(?:by|of|from)|"
    r"(?:announcement|decision|news)\s+that)\s+(?:the\s+)?(?:some\s+|several\s+|all\s+)?"
    r"(?:(?:[A-Z][\w’'-]*|and|of|for)\s+){0,6}(?:\(\s*)?$"
)
#: What is welcomed, right after its author: "’s pledge", "countries’ decision", " partners plan to",
#: " will provide", " (ACG), which includes ... to provide".
_ACT_AFTER = re.compile(
    r"(?:\s*\([^)]{1,20}\))?(?:\s+(?:partners|countries|members|member\s+states|states|nations|governments?))?"
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,3}?(?:decision|announcement|pledge|commitment|plan|intention|contribution|offer)s?\b|"
    r"\s+(?:will|would|plans?|planned|intends?|intended|has\s+pledged|have\s+pledged|pledged|committed|agreed)\b)"
)

#: An author named with the short form the text gives it: "the decision by the Arab Coordination Group (ACG)".
_DEFINED_AUTHOR = re.compile(
    r"\b(?:decision|announcement|pledge|commitment|plan|intention|contribution|offer)s?\s+(?:by|of|from)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w’'-]*){0,6}\s*\((?P<short>[A-Z]{2,8})\)"
)
#: A receiver named after the amount: "for the Middle East", "to Ukraine", "in Kenya".
_RECEIVER_BEFORE = re.compile(r"\b(?:to|for|in|into|inside|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def without_welcomer(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *, money: bool,
    countries: Sequence[CountrySpan], institutions: Sequence[tuple[int, int, str]] = (),
) -> tuple[str, ...]:
    """The subjects of an amount of money (`money`) in a sentence where a side welcomes another's
    decision, announcement or pledge before the amount: the welcomers (the sides the sentence names only
    before the welcoming verb, or the text's home country it names nowhere) give way to the author of what they welcome (a country, a group of
    states or an institution's acronym named between the verb and the amount, `_ACT_BEFORE` or
    `_ACT_AFTER` around it, or defined in brackets: `_DEFINED_AUTHOR`); the receivers named after the
    amount (`_RECEIVER_BEFORE`) stay. The subjects as they are where no such author is named."""
    if not money:
        return subjects
    verbs = [m for m in _WELCOMES.finditer(text, sentence[0], figure[0])]
    if not verbs:
        return subjects
    verb = verbs[-1]
    named = [(c.start, c.end, c.iso3) for c in countries] + list(institutions)
    named += [(m.start("short"), m.end("short"), m.group("short")) for m in _DEFINED_AUTHOR.finditer(text, verb.end(), figure[0])]
    between = [(start, end, name) for start, end, name in sorted(named) if verb.end() <= start < figure[0]]
    if not between:
        return subjects
    start, end, name = between[-1]  # the side named last before the amount: "welcomed Australia's contributions
    # ..., where the United States intends to provide $1.5 million" is the United States' own money
    if not (_ACT_BEFORE.search(text, max(verb.end(), start - 120), start) or _ACT_AFTER.match(text, end, figure[0])):
        return subjects
    authors = [name]
    after = {name for start, _end, name in named if verb.end() <= start < figure[0]} | {
        c.iso3 for c in countries if figure[1] <= c.start < sentence[1] and _RECEIVER_BEFORE.search(text, sentence[0], c.start)}
    return tuple(sorted({*(s for s in subjects if s in after), authors[0]}))
