"""The receiving country a government's own text names after the money it gives, in the same sentence, or in the
sentence right before (`_earlier_receiver`).

A White House fact sheet writes its giver first and the receiver after the money, often past a purpose:
"the U.S. Agency for International Development (USAID) has invested over $1.8 billion to promote economic, social,
and political development and to support Peru as it manages the migration flows", "The United States has invested
$750,000 in the construction of training areas ... to support emergency response in Peru", "has provided over $6.8
billion in development, economic, health, and security assistance to support Indonesian development efforts". The
money is the giver's and the receiver's (docs/gold-format.md: a government's agency that gives stands for its state,
with the receiving country). Only where the figure's subjects are the home country alone, the sentence names that
giver before the money, and the rest of the sentence names one other country, not as a co-giver ("in partnership
with Japan", "alongside the EU") nor as a source ("from Mexico").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.background import only_background
from accords.indicators.owners import at_home
from accords.indicators.subjects import CountrySpan, is_country
from accords.model import Segment

#: Money given, lent or invested: the metrics whose receiver is a side (`owners.GIVEN`'s given money).
_GIVEN = re.compile(r"^(?:aid|development_aid|humanitarian_aid|security_assistance|assistance|loans?|grants?|contribution|"
                    r"funding|financing|investment|donations?)$")
#: Words right before a country that make it a co-giver or a source, no receiver.
_NOT_RECEIVER = re.compile(
    r"(?:\b(?:alongside|along\s+with|together\s+with|jointly\s+with|partnership\s+with|coordination\s+with|"
    r"cooperation\s+with|co-financ\w*\s+with|and|from|by|than|like|as\s+did|as\s+has)\s+(?:the\s+)?"
    r"(?:(?:government|people)\s+of\s+(?:the\s+)?)?)$",
    re.IGNORECASE)
#: Receivers named as many or as a region before the country ("to countries in need as a result of Putin’s unprovoked
#: further invasion of Ukraine", "partner countries ... within the region", "with 10 African governments, beginning with
#: Kenya"): the country is no receiver of its own.
_MANY = re.compile(r"\b(?:countries|nations|governments|regions?|regional|economies|partners)\b", re.IGNORECASE)
#: Where the sentence's own receiver part ends: a clause of another actor or a new item.
_TAIL_END = re.compile(r";|\.\s|[$€£]\s?\d|\bwhile\b|\bwhereas\b|\bwhich\s+(?:will\s+)?(?:also\s+)?(?:complement|add|match)", re.IGNORECASE)


def with_receiver(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *,
    metric: str, money: bool, home: str | None, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """`subjects` with the one receiving country the sentence names after the money, where the subjects are the
    home country alone and the sentence names it (or one of its bodies: "USAID") before the money."""
    if not money or home is None or subjects != (home,) or not _GIVEN.match(metric):
        return subjects
    if not any(c.iso3 == home and sentence[0] <= c.start < figure[0] for c in countries):
        return subjects  # the giver is not the sentence's own: "a $36 million USAID flagship effort" left as it is
    stop = _TAIL_END.search(text, figure[1], sentence[1])
    end = stop.start() if stop is not None else sentence[1]
    after = [c for c in countries if figure[1] <= c.start < end and not c.body]
    named = {c.iso3 for c in after}
    if not named and not any(c.iso3 != home and sentence[0] <= c.start < sentence[1] for c in countries) \
            and (earlier := _earlier_receiver(text, sentence, countries, home=home, metric=metric)) is not None:
        return tuple(sorted({home, earlier}))  # "... the largest humanitarian donor in Haiti." "U.S. agencies ... provided $32 million"
    if len(named) != 1 or home in named or not all(is_country(code) for code in named):
        return subjects  # none, several (a list, examples), a group, or the home ("to buyers in the United States")
    first = after[0]
    if _NOT_RECEIVER.search(text[max(figure[1], first.start - 40):first.start]) or _MANY.search(text, figure[1], first.start):
        return subjects  # a co-giver, a source, or a country named after many receivers
    return tuple(sorted({home, *named}))


#: Assistance given: the money whose receiver a sentence before may name (not an investment, a loan or financing,
#: which a sentence before names as often by its co-investors).
_AID = re.compile(r"^(?:aid|development_aid|humanitarian_aid|security_assistance|assistance|grants?|donations?)$")
#: Where a sentence ends inside the text before a figure's sentence.
_SENTENCE_END = re.compile(r"[.!?][*_”\"’)\]]*\s+")
#: A list item's or heading's line: no prose sentence to take a receiver from.
_ITEM_OR_HEADING = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)]|#|\*\*[^*]+\*\*\s*$)")


def _earlier_receiver(text: str, sentence: tuple[int, int], countries: Sequence[CountrySpan], *, home: str,
                      metric: str) -> str | None:
    """The one receiving country of money whose own sentence names no country but its giver: the one country the prose
    sentence right before names, in the same paragraph or closing the paragraph before ("Officials also emphasized
    the Administration’s commitment to providing aid to the Haitian people as the largest humanitarian donor in
    Haiti." then "U.S. agencies, led by USAID, recently provided $32 million in new assistance to support earthquake
    response efforts": Haiti's and the United States'). Assistance only (`_AID`), in a sentence naming no receivers as
    many ("to African countries"). None where that sentence names several countries, the home only, a group, a
    co-giver or source, a country only as background ("Russia’s invasion of Ukraine", `background.only_background`),
    or is a list item or heading; none for money spent at home."""
    if not _AID.match(metric) or at_home(text, Segment(*sentence)) or _MANY.search(text, sentence[0], sentence[1]):
        return None  # an investment or financing ("invest USD 17.5 billion into its submarine industrial base"), money
        # for many ("to African countries", "for developing countries"), or money spent at home
    before = text[max(0, sentence[0] - 600):sentence[0]].rstrip()
    if "\n\n" in before:
        paragraph = before[before.rfind("\n\n") + 2:]
        before = paragraph if paragraph.strip() else before
    ends = [m.end() for m in _SENTENCE_END.finditer(before) if m.end() < len(before)]
    start = sentence[0] - len(before) + (ends[-1] if ends else 0)
    previous = (start, sentence[0])
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", start) if text.find("\n", start) >= 0 else len(text)]
    if _ITEM_OR_HEADING.match(line):
        return None
    inside = [c for c in countries if previous[0] <= c.start < previous[1] and not c.body]
    named = {c.iso3 for c in inside} - only_background(text, previous, countries, metric=metric)
    if len(named) != 1 or home in named or not all(is_country(code) for code in named):
        return None
    first = next(c for c in inside if c.iso3 in named)
    if _NOT_RECEIVER.search(text[max(previous[0], first.start - 40):first.start]):
        return None
    return next(iter(named))

