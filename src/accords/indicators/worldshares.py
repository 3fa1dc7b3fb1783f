"""Who holds a share of a world whole: "G20 Leaders representing 80% of the world’s gross domestic product" is
the G20's, "IPEF partners Australia, Brunei, ..., and Viet Nam represent 40 percent of the world’s GDP" the listed
partners' together, not the last one's (moved from `pledges`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan
from accords.quantities.extract import QUALIFIER

#: A share (or an amount) of a whole of the world right after a figure: "80% of the world’s gross domestic
#: product", "40% of world GDP", "a quarter of global trade", "90% of global forest cover", "12 percent of
#: worldwide output". One pattern for `accords.indicators.places` (a share no named country holds) too.
OF_THE_WORLD = re.compile(r"\s*(?:percent\s+|per\s+cent\s+)?of\s+(?:the\s+)?"
                          # up to two words before it, no one's ("of total available global data center capacity")
                          r"(?:(?!(?:its|their|our|his|her)\b)(?-i:[a-z]+)\s+){0,2}?(?:world['’]?s?|global|worldwide)\b",
                          re.IGNORECASE)


#: What lies between a holder and its share of a world whole: "G20 Leaders representing", "which account for".
_HOLDS = re.compile(r"\s*(?:[Ll]eaders|members|countries|nations|economies|partners)?\s*,?\s*(?:which\s+|that\s+|together\s+)?"
                    r"(?:represent\w*|account\w*\s+for|cover\w*|make\s+up|making\s+up)\s+"
                    + QUALIFIER)


def world_share_holders(text: str, figure: tuple[int, int], subjects: tuple[str, ...], *, sentence_start: int,
                        countries: Sequence[CountrySpan]) -> tuple[str, ...]:
    """A share of a world whole ("G20 Leaders representing 80% of the world’s gross domestic product") is
    held by the country or group named right before it with a verb of holding (`_HOLDS`), not by one named
    later in the clause ("... help prevent the offshoring of good American jobs"); the subjects as they are
    otherwise ("The United States and European Union announced that over 100 countries, covering ... almost
    70% of global GDP")."""
    if not OF_THE_WORLD.match(text, figure[1]):
        return subjects
    before = [c for c in countries if sentence_start <= c.start < figure[0] and not c.body]
    if not before or not _HOLDS.fullmatch(text, before[-1].end, figure[0]):
        return subjects  # "over 100 countries, covering ... almost 70% of global GDP": not the named ones'
    holders = [before[-1]]
    for earlier in reversed(before[:-1]):  # "Australia, Brunei, ..., and Viet Nam represent": the list holds it
        if not _LISTED.fullmatch(text, earlier.end, holders[-1].start):
            break
        holders.append(earlier)
    return tuple(sorted({c.iso3 for c in holders}))


#: What joins the items of a list of countries: "Australia, Brunei", "Thailand, and Viet Nam", "Japan and the Philippines".
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
