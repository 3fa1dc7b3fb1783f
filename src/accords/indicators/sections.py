"""The partner a section of a government's own text is about, where the section speaks of that
partner's own acts.

White House fact sheets on what partners give list each partner under a heading of its own name:

    *New Zealand*

    New Zealand is currently developing its Defense Capability Plan, ... In the interim, in May
    2024, Defense Minister Judith Collins KC announced $344 million of new funding over four years.

The money under such a heading is the partner's, not the home country's: a giver is not added
from the outlet (`pledges.with_giver`), and "the Government has imposed ... over 1,200 targeted
sanctions" under "*Australia*" is Australia's (`sanctions.sides`). The section must show the
partner giving (a mention followed by a giving verb, "New Zealand announced", or by its gift,
"Australia's largest ... package"), or the figure's sentence speak through the partner's own
government (a minister, "the Government"), and the section name neither the home country nor its
bodies from the heading to the figure's sentence end: a section on a receiver of the home
country's aid ("*Haiti*", "Haiti is facing a deep crisis", then "An additional $5 million in
humanitarian assistance", or "USAID will provide $5 million") keeps the home country as giver.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan

#: A line that is only a heading in Markdown marks: "*New Zealand*", "**Japan**", "### Australia",
#: "*Republic of Korea*:" (the name in group 1).
_HEADING = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?:[*_]{1,3})?([A-Z][^*_\n]{1,60}?)(?:[*_]{1,3})?:?[ \t]*$")
#: What follows a partner giving: a giving verb ("New Zealand announced", "Australia has also provided", "Japan will
#: contribute") or its gift by a possessive ("Australia’s largest single military support package", "New Zealand’s
#: total $79.5 million in pledged support"). Being ("Haiti is facing a deep crisis") is no act of giving.
_GIVES = re.compile(
    r"(?:['’]s?\s+(?:[\w$.,-]+\s+){0,5}?(?:packages?|contributions?|commitments?|pledged|pledges?|assistance|aid|support|"
    r"funding|sanctions|budget)\b|\s+(?:(?:has|have|had|will|would|also|further|recently|today|continues\s+to|"
    r"continued\s+to)\s+){0,3}(?:announc|pledg|provid|commit|contribut|donat|deliver|impos|allocat|disburs|grant|"
    r"gave|give|sen[dt]|spen[dt]|invest|financ|fund)\w*\b)"
)
#: The partner's own government speaking in the figure's sentence: a minister ("Defense Minister Judith Collins KC
#: announced"; the home country's are secretaries) or "the Government" named without a country of its own.
_OWN_OFFICIAL = re.compile(r"\bMinister\b|\b[Tt]he\s+Government\b(?!\s+of\b)")


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (one line) is a heading: wrapped in emphasis marks or after hashes."""
    line = text[start:end].strip()
    return line.startswith(("*", "_", "#")) and not line.startswith(("* ", "- "))


def section_actor(text: str, sentence: tuple[int, int], countries: Sequence[CountrySpan], home: str | None) -> str | None:
    """The partner (ISO3) whose heading the sentence stands under, where its section names the
    partner acting and never the home country (`home`, the outlet's country of a government's own
    text) nor one of its bodies (`countries` holds both); None elsewhere, and in any text not a
    government's own."""
    if home is None:
        return None
    heading = None
    for match in _HEADING.finditer(text, 0, sentence[0]):
        if _is_heading(text, match.start(), match.end()):
            heading = match
    if heading is None:
        return None
    named = [c for c in countries if heading.start(1) <= c.start and c.end <= heading.end(1) and not c.body]
    name = text[heading.start(1):heading.end(1)].strip()
    if len({c.iso3 for c in named}) != 1 or sum(c.end - c.start for c in named) < len(name) - 4:
        return None  # "**Defense Spending**", "*Japan and Korea*": no one partner's heading
    actor = named[0].iso3
    if actor == home:
        return None
    section = (heading.end(), sentence[1])
    if any(section[0] <= c.start < section[1] and c.iso3 == home for c in countries):
        return None
    if not _OWN_OFFICIAL.search(text, sentence[0], sentence[1]) and \
            not any(section[0] <= c.start < sentence[1] and c.iso3 == actor and _GIVES.match(text, c.end) for c in countries):
        return None
    return actor
