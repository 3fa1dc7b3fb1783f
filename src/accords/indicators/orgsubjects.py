"""An organisation a sentence names: the subject that owns its figure, or only the source it cites.

Moved from `accords.indicators.owners` (`figure_subjects` asks both): `organisation_owner` is the
country of the organisations that open the words before a figure as their subject ("SOCAR holds a
10 percent stake": Azerbaijan's), `cited_sources` the organisations a sentence cites for its figures
("according to the IMF", "a report by the International Energy Agency ... stated"), which are no
sides of them. Both read the same source cues (`_SOURCE_BEFORE`, `_SOURCE_AFTER`): one owner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan, is_country

#: "a report by the International Energy Agency ... stated", "according to the IMF": a source.
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|report(?:ed)?\s+by|data\s+(?:from|by)|figures\s+from|cited\s+by|says|said)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"^[\w’'\s-]{0,60}?\b(?:stated|said|says|reports|reported|estimated|estimates|showed|shows)\b")


def cited_sources(text: str, span: tuple[int, int], countries: Sequence[CountrySpan]) -> set[str]:
    """Organisations (not countries) the sentence cites as the source of its figures."""
    found = set()
    for c in countries:
        if span[0] <= c.start < span[1] and not is_country(c.iso3) and (
                _SOURCE_BEFORE.search(text, max(span[0], c.start - 30), c.start)
                or _SOURCE_AFTER.match(text[c.end:min(span[1], c.end + 70)])):
            found.add(c.iso3)
    return found


#: How many words may come before an organisation at the start of a sentence for it to be the
#: sentence's subject ("Meanwhile, the state-owned SOCAR holds ..."), or before it when they are
#: an opening phrase closed by a comma ("Thanks to this investment, TSMC will also build ...").
SUBJECT_WORDS = 3
OPENING_WORDS = 8
_WORDS = re.compile(r"\w+")
_OPENING = re.compile(r",\s+(?:the\s+)?$")


def organisation_owner(text: str, lead: tuple[int, int], organisations: Sequence[tuple[int, int, str]]) -> str | None:
    """The country of the organisations that open `lead` (a sentence up to a figure) as its
    subject, when they have one country and do not only report the figure ("Trend said"):
    "SOCAR holds a 10 percent stake" is Azerbaijan's, "Gazprom exported 15 bcm to Turkey" Russia's
    side of the flow; an organisation further in ("a plant constructed by Iran Khodro") owns nothing."""
    found = {iso for s, e, iso in organisations if lead[0] <= s and e <= lead[1]
             and _opens(text, lead[0], s) and (not _SOURCE_AFTER.match(text[e:lead[1]]) or _SAID_IT.match(text[e:lead[1]]))
             and not _RIVAL_AFTER.match(text[e:lead[1]])}
    return found.pop() if len(found) == 1 else None


#: "Qantas said it had ordered 12 Airbus A350 jets", "Lufthansa said on Monday that its ...": an organisation
#: that speaks of itself is the subject of what it says, not only its source.
_SAID_IT = re.compile(r"^\s*,?\s*(?:(?:has|had)\s+)?(?:said|says|stated|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its)\b")


#: "Toyota's main Korean rival plans to sell ...": the organisation only names another.
_RIVAL_AFTER = re.compile(r"^['’]s\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+){0,2}?(?:rivals?|competitors?|peers?|counterparts?)\b")


def _opens(text: str, start: int, at: int) -> bool:
    """Whether a name at `at` stands where a sentence starting at `start` has its subject: after
    at most `SUBJECT_WORDS` words, or after an opening phrase closed by a comma."""
    words = len(_WORDS.findall(text, start, at))
    return words <= SUBJECT_WORDS or (words <= OPENING_WORDS and bool(_OPENING.search(text[start:at])))
