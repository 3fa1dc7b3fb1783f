"""How long a bond between the sides has lasted, as a government's own text tells it: "Over the past 55 years of
diplomatic relations, our two countries have ...", "For over 75 years, Germany has been a crucial partner",
"building on more than 60 years of cooperation in lunar exploration", "rooted in more than six decades of ...
cooperation", "the strategic partnership ..., which has deepened over the past 50 years".

The White House gold records such a span as a figure in `year` of the sides (tests/gold/README.md: indwh24 and
indwh42), marked as an anniversary or not; `anniversaries` reads only the marked ones ("celebrating 30 years of
democracy"), since a bare duration elsewhere counts nothing ("for 25 years", and the Tehran Times gold leaves out "50
years of cooperation"). Read in a government's own text only, and only where the span is of a bond: "<N> years of"
relations, partnership, cooperation, friendship, an alliance, ties, dialogue or trust; or "for <N> years" and "over
the past/last <N> years" opening a sentence whose next words name a bond (a partner, an alliance, relations, "our two
countries") or after a verb of one ("deepened"). A span
ahead ("over the next five years"), one counted "ago", and one a sentence marks as an anniversary (left to
`anniversaries`) are none. The spans come to the indicators stage as `ordinals.STAGE` quantities (no count the
quantities stage reads), whose metric `metric` gives.
"""

from __future__ import annotations

import re

from accords.indicators import anniversaries
from accords.scan.items import BULLET

_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "seventy-five": 75,
          "one hundred": 100, "a hundred": 100}
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")"
_QUALIFIER = r"(?:(?P<q>more\s+than|over|nearly|almost|about|some)\s+)?"
#: A span of years or decades, or a century: the number, its unit.
_SPAN = _QUALIFIER + r"(?:" + _NUMBER + r"\s+(?P<unit>years|decades)|(?P<century>a\s+century|two\s+centuries))\b"
#: What a bond is, right after "years of": "diplomatic relations", "U.S.-Thailand civil nuclear cooperation".
_BOND = (r"(?:relations|relationship|partnership|cooperation|friendship|alliance|ties|dialogue|trust|"
         r"diplomatic\s+relations)\b")
#: The words between "years of" and the bond, no verb of a next clause among them ("Greece’s 201 years of independence
#: and reaffirmed the strong alliance").
_FILLER = r"(?:(?![\w’'-]*ed\b)[\w.,’'-]+\s+){0,6}?"
_YEARS_OF = re.compile(r"\b" + _SPAN + r"\s+of\s+(?:the\s+|our\s+|their\s+)?" + _FILLER + _BOND, re.IGNORECASE)
#: "For over 75 years,", "over the past 50 years", "for nearly 250 years": a span up to now.
_SINCE_LEAD = re.compile(r"\b(?:for|over\s+the\s+(?:past|last))\s+" + _SPAN + r"(?!\s+(?:of|ago|to\s+come)\b)",
                         re.IGNORECASE)
#: A bond named right after a span up to now that opens its sentence: "a crucial partner", "our alliance", "our two
#: countries"; not partners or partnerships in the plural ("PEPFAR increased its partnerships with local
#: organizations"), which name no bond between the sides.
_BOND_NEAR = re.compile(
    r"\b(?:partner|partnership|ally|alliance|relationship|relations|friendship|ties|cooperation|"
    r"shoulder\s+to\s+shoulder|our\s+(?:two|three|four)\s+(?:countries|nations|peoples)|our\s+(?:countries|nations))\b",
    re.IGNORECASE)
_NEAR = 90
#: What may stand before a span up to now that opens its sentence: markup, "As NATO Allies", a dash.
_OPENING = re.compile(r"[\s*_>]*(?:As\s+(?:[\w’'.-]+\s+){0,4}?all(?:y|ies)\b[^,.;]{0,20}?)?[\s,–—-]*", re.IGNORECASE)
#: A verb of a bond right before a span up to now: "which has deepened over the past 50 years"; not a noun ("reviewed
#: the bilateral relationship over the past four years": the time of the review).
_BOND_BEFORE = re.compile(r"\b(?:deepened|grown|strengthened|flourished|endured|stood)\s*$", re.IGNORECASE)
#: A span ahead of the sentence's time: "will ... for five years".
_AHEAD = re.compile(r"\b(?:will|would|shall|intends?|plans?|aims?|to\s+be)\b", re.IGNORECASE)
#: "the next 70 years of our Alliance": a span ahead, no bond that has lasted.
_NEXT = re.compile(r"\b(?:next|coming)\s+$", re.IGNORECASE)
_QUALIFIERS = {"more than": "lower", "over": "lower", "nearly": "upper", "almost": "upper", "about": "approx",
               "some": "approx"}


def tenures(text: str) -> list[tuple[int, int, int, str | None]]:
    """(start, end, years, qualifier) of each span of a bond in `text` (a government's own text), in text order;
    `start`-`end` is the number (or "a century")."""
    found: dict[int, tuple[int, int, int, str | None]] = {}
    for match in _YEARS_OF.finditer(text):
        if not _marked(text, match.start(), match.end()) and not _NEXT.search(text, max(0, match.start() - 12), match.start()):
            found.setdefault(match.start("n") if match.group("n") else match.start("century"), _span(match))
    for match in _SINCE_LEAD.finditer(text):
        low, high = _sentence(text, match.start(), match.end())
        lead = text[low:match.start()]
        opening = _OPENING.fullmatch(lead) is not None and (re.search(r"\ball(?:y|ies)\b", lead, re.IGNORECASE) is not None
                                                            or bool(_BOND_NEAR.search(text, match.end(), min(high, match.end() + _NEAR))))
        if (opening or _BOND_BEFORE.search(lead)) and not _AHEAD.search(lead) and not _marked(text, match.start(), match.end()):
            found.setdefault(match.start("n") if match.group("n") else match.start("century"), _span(match))
    return sorted(found.values())


def metric(text: str, end: int) -> str | None:
    """`<what>_years` for a span that ends at `end` ("55 years of diplomatic relations": diplomatic_relations_years;
    "for over 75 years": relations_years), or None when no span of years, decades or centuries ends there."""
    rest = re.match(r"\s+(?:years|decades)\b", text[end:end + 12])
    if rest is None and not text[max(0, end - 9):end].lower().endswith(("century", "centuries")):
        return None
    after = text[end + (rest.end() if rest else 0):end + (rest.end() if rest else 0) + 120]
    bond = re.match(r"\s+of\s+(?:the\s+|our\s+|their\s+)?(?:[\w.,’'-]+\s+){0,6}?(?P<bond>" + _BOND + ")", after,
                    re.IGNORECASE)
    if bond is None:
        return "relations" + anniversaries.SUFFIX
    word = bond.group("bond").lower().split()[-1]
    named = anniversaries.years_of(" years" + after[:bond.end()])  # "U.S.-Thailand civil nuclear cooperation"
    return named if named is not None and named.endswith(f"{word}{anniversaries.SUFFIX}") else word + anniversaries.SUFFIX


def _span(match: re.Match[str]) -> tuple[int, int, int, str | None]:
    qualifier = _QUALIFIERS.get(re.sub(r"\s+", " ", match.group("q").lower())) if match.group("q") else None
    if match.group("century"):
        years = 200 if match.group("century").lower().startswith("two") else 100
        return match.start("century"), match.end("century"), years, qualifier
    number = match.group("n").lower()
    years = int(number) if number.isdigit() else _WORDS[re.sub(r"\s+", " ", number)]
    return match.start("n"), match.end("n"), years * (10 if match.group("unit").lower() == "decades" else 1), qualifier


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: from the last full stop, blank line or bullet before it to the next full
    stop after it."""
    lows = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600), start)]
    high = _SENTENCE_END.search(text, end)
    return (lows[-1] if lows else max(0, start - 600)), (high.start() + 1 if high else len(text))


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n|\n\s*" + BULLET + r"\s")


def _marked(text: str, start: int, end: int) -> bool:
    low, high = _sentence(text, start, end)
    return anniversaries.is_marked(text[low:high])
