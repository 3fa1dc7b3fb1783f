"""Counts itemised under a figure: "The new $800 million assistance package includes:" followed
by bullet items "-   800 Stinger anti-aircraft systems;", "-   25,000 helmets.".

Each item's counts are parts of the figure that introduces the list: they share its subjects
(who gives, who receives) and its kind (a package announced is pledged), and each is named from
its own words (`stinger_anti_aircraft_systems`, `helmets`). Only a list whose introducing
sentence ends with a colon is read this way, and only counts followed by a noun phrase that
ends in a plural noun; small counts count here (an itemised list names what it counts). Under
an introducing sentence with no figure ("previous United States assistance committed to
Ukraine includes:") the items take the countries that sentence names, and the kind it states
(`intro_kind`); with no country named there, they are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.named import STOP_WORDS, is_plural
from accords.model import Quantity, Segment
from accords.quantities.extract import QUALIFIER
from accords.scan import items as scan_items

#: A bullet item's mark at the start of its sentence: "-   800 Stinger ...", "* ", "• ".
BULLET = re.compile(rf"{scan_items.BULLET}\s+")
#: What may stand between the bullet and its count: "Over", "Approximately", "Nearly".
_ITEM_LEAD = re.compile(r"^" + BULLET.pattern + QUALIFIER + r"$",
                        re.IGNORECASE)
#: Between two counts of one item: "2,000 Javelin, 1,000 light anti-armor weapons, and 6,000 AT-4".
_ITEM_JOIN = re.compile(r"[^,;:()]*,\s*(?:and\s+)?" + QUALIFIER + r"$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w-]*")
#: How many words a thing's name may have after its count.
_NAME_WORDS = 5


def introduced(text: str, sentences: Sequence[Segment]) -> dict[int, int]:
    """For each bullet item (its start), the start of the sentence that introduces its list: the
    nearest sentence before the run of items, when it ends with a colon."""
    found: dict[int, int] = {}
    intro: int | None = None
    for sentence in sentences:
        if BULLET.match(text, sentence.start):
            if intro is not None:
                found[sentence.start] = intro
            continue
        intro = sentence.start if text[sentence.start:sentence.end].rstrip().endswith(":") else None
    return found


def item_metric(text: str, item: Segment, quantity: Quantity, previous_end: int | None) -> str | None:
    """The name of what a count in a bullet item counts ("800 Stinger anti-aircraft systems" →
    stinger_anti_aircraft_systems), or None when the count does not open the item or follow
    another count of it, or no plural noun follows it."""
    start, end = quantity.evidence[0].start, quantity.evidence[0].end
    lead = text[item.start:start] if previous_end is None else text[previous_end:start]
    if not (_ITEM_LEAD.match(lead) if previous_end is None else _ITEM_JOIN.fullmatch(lead)):
        return None
    stop = re.search(r"[,;:()]|\.\s|\.$", text[end:item.end])
    phrase = text[end:end + stop.start()] if stop else text[end:item.end]
    words: list[str] = []
    for match in _WORD.finditer(phrase):
        word = match.group(0).lower()
        if word in STOP_WORDS or len(words) == _NAME_WORDS:
            break
        words.append(word)
        if is_plural(word):
            return re.sub(r"[^a-z0-9]+", "_", "_".join(words)).strip("_")
    return None


#: An introducing sentence that announces what follows: "The new package includes:", "will provide:".
_ANNOUNCES = re.compile(r"\b(?:will|new|announc\w*|pledg\w*|plans?\s+to|intends?\s+to)\b", re.IGNORECASE)


def intro_kind(intro: str) -> str:
    """The kind of the items under an introducing sentence with no figure: pledged when it
    announces them, else already given ("previous ... assistance committed to Ukraine includes:")."""
    return "target" if _ANNOUNCES.search(intro) else "actual"
