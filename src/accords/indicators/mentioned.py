""""The mentioned countries", "these countries": the group of countries the text named last.

"Iran's trade with the Caspian Sea littoral states rose 10 percent ... Latifi put Iran's trade with
the mentioned countries at about 1,200,940 tons": the five littoral states again; "trade between Iran
and the five EAEU members ... Iranian exports to these countries have increased by nearly 63
percent": the EAEU. The group is the latest one named within `REACH` characters before the
reference: several countries named at one place ("the Caspian Sea littoral states"), or an
organisation named as its members ("the EAEU members", "member states of the Shanghai Cooperation
Organization"). A list of countries is no such group ("ECO member countries including Turkey,
Afghanistan, ...": the examples), nor is "these two countries" (the pair, `subjects.PAIR_CUE`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: "the mentioned countries", "the said nations", "these countries", "the aforementioned states".
_REFERENCE = re.compile(
    r"\b(?:the\s+(?:(?:above|afore)[\s-]?mentioned|mentioned|said|aforesaid)|these)\s+"
    r"(?:countries|states|nations|member\s+(?:states|countries)|members)\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: Before an organisation: "the members of the", "member states of the", "member countries of".
_MEMBERS_BEFORE = re.compile(r"\bmember(?:s|\s+states|\s+countries|\s+nations)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: After an organisation: "EAEU members", "ECO member countries", "(SCO) member states".
_MEMBERS_AFTER = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s+(?:member\s+)?(?:states|countries|members|nations)\b")
#: How far back a group may be named (about three sentences).
REACH = 700


def group_references(text: str, spans: Sequence[tuple[int, int, str]],
                     is_country: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Spans (start, end, code) for each reference to a group, one per code of the group it refers to."""
    groups: dict[tuple[int, int], list[str]] = {}
    for start, end, code in spans:
        groups.setdefault((start, end), []).append(code)
    named = sorted(
        (place, codes) for place, codes in groups.items()
        if (len(codes) >= 2 and all(is_country(c) for c in codes))
        or (len(codes) == 1 and not is_country(codes[0]) and (
            _MEMBERS_BEFORE.search(text, max(0, place[0] - 30), place[0]) or _MEMBERS_AFTER.match(text, place[1])))
    )
    found: list[tuple[int, int, str]] = []
    for reference in _REFERENCE.finditer(text):
        latest = [codes for (start, end), codes in named if reference.start() - REACH <= start and end <= reference.start()]
        if latest:
            found += [(reference.start(), reference.end(), code) for code in latest[-1]]
    return found
