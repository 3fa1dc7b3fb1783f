"""Other givers of a sentence before a figure: a country named together with the government body whose money
the figure's own sentence gives ("USAID and the French government are helping to rebuild Haiti's national
teaching hospital" then "USAID contributed $25 million towards the reconstruction": the money is USAID's, Haiti's
as its receiver, not France's). `owners._unnamed` leaves such a country out of the topic it carries over."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan

#: A body, then a country joined to it as one acting side: "USAID and the French government", "USAID and France".
_BODY_THEN = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?)?")
#: A country, then a body joined to it: "the French government and USAID", "France and USAID".
_THEN_BODY = re.compile(r"(?:\s+(?:[Gg]overnment|[Gg]overnments))?\s*,?\s+and\s+(?:the\s+)?")


def co_givers(text: str, earlier: tuple[int, int], figure_sentence: tuple[int, int], figure_start: int,
              countries: Sequence[CountrySpan]) -> set[str]:
    """The countries the sentence `earlier` names joined with a government body (`_BODY_THEN`, `_THEN_BODY`) that
    the figure's sentence names again before the figure as the one giving: sides of the joint work before, not the
    topic of the body's own money. Empty where the figure's sentence names no such body, or where the sentence before
    names no other country (then the partner is the receiver)."""
    givers = {c.iso3 for c in countries if c.body and figure_sentence[0] <= c.start < figure_start}
    if not givers:
        return set()
    inside = [c for c in countries if earlier[0] <= c.start < earlier[1]]
    found: set[str] = set()
    for body in (c for c in inside if c.body and c.iso3 in givers):
        for other in (c for c in inside if not c.body and c.iso3 != body.iso3):
            if (other.start >= body.end and _BODY_THEN.fullmatch(text, body.end, other.start)) or (
                    other.end <= body.start and _THEN_BODY.fullmatch(text, other.end, body.start)):
                found.add(other.iso3)
    # the joint work's own topic stays ("... to rebuild Haiti's national teaching hospital"); a sentence naming no
    # other country names the body's partner as its receiver too ("The Government of Haiti and USAID signed ...")
    rest = {c.iso3 for c in inside if not c.body} - found - givers
    return found if rest else set()
