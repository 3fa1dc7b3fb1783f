"""Lists of countries around a figure: which country a list item's figure is, which lists give
examples and which name the parties, and the list a text names as its region.

Pure functions over the article text and country spans (moved from `accords.indicators.clauses`,
the words around one figure), used by `accords.stages.indicators` and `accords.indicators.owners`:

- `list_item_country`: "Turkey with $3.4 billion, Afghanistan with $1.1 billion" gives each
  figure its own country;
- `enumerated`: countries listed three or more in a row as examples ("including Turkey, Afghanistan,
  Pakistan, ...") are examples of a group, not the subjects of the figure;
- `listed_with`: a list that names the parties is one party, each of its countries with the whole list;
- `region_list`: the one such list a government's text names twice or more is its region.

A run of countries is joined as `accords.scan.lists` joins any list of countries.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan
from accords.quantities.extract import QUALIFIER
from accords.scan import lists

#: "Turkey with about $3.4 billion": a list item's country right before its figure.
_LIST_LINK = re.compile(
    r"^\s+with\s+" + QUALIFIER + r"$",
    re.IGNORECASE,
)


def list_item_country(text: str, figure_start: int, countries: Sequence[CountrySpan], low: int) -> CountrySpan | None:
    """The country of a list item "Turkey with about $3.4 billion" ending at the figure."""
    for span in reversed(countries):
        if low <= span.start and span.end <= figure_start and _LIST_LINK.match(text[span.end:figure_start]):
            return span
    return None


def enumerated(text: str, countries: Sequence[CountrySpan]) -> set[tuple[int, int]]:
    """Spans of the countries that stand in a list of three or more given as examples or as the
    members of a group named before them ("including Turkey, Pakistan, and Iran", "from the ECO
    member countries, with Turkey, Pakistan, ..."). A list with no such word before it names the
    parties themselves ("people in El Salvador, Guatemala, and Honduras", "Canada, Germany, the
    UK, and the United States will also include up to $2 billion") and is not in the set."""
    return {(s.start, s.end) for run in _lists(text, countries) if _examples(text, run) for s in run}


def _examples(text: str, run: Sequence[CountrySpan]) -> bool:
    """Whether a list of countries gives examples or describes others ("U.S., German and Israeli
    firms among others") rather than naming the parties."""
    return bool(_EXAMPLES_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
                or _EXAMPLES_AFTER.match(text, run[-1].end))


def listed_with(text: str, countries: Sequence[CountrySpan]) -> dict[tuple[int, int], tuple[str, ...]]:
    """For each country in a list of three or more that names the parties themselves (not
    examples: see `enumerated`), the codes of the whole list. "El Salvador, Guatemala, and
    Honduras, Vice President Harris announced $310 million": the clause break at ", and" leaves
    only Honduras next to the figure, but the list is one party."""
    found: dict[tuple[int, int], tuple[str, ...]] = {}
    for run in _lists(text, countries):
        if not _examples(text, run):
            codes = tuple(dict.fromkeys(s.iso3 for s in run))
            found.update({(s.start, s.end): codes for s in run})
    return found


def region_list(text: str, countries: Sequence[CountrySpan], *, home: str | None) -> tuple[str, ...]:
    """The countries a text names as its region: the one list of three or more that names the parties
    themselves (`listed_with`), without the home country, that the text names twice or more ("El
    Salvador, Guatemala, and Honduras" in a fact sheet on the root causes of migration); () when no
    list, or more than one, is named so often. What the figures of its sentences naming no country
    are about, where no other country is named most (`accords.indicators.owners`)."""
    counts = Counter(tuple(sorted({s.iso3 for s in run})) for run in _lists(text, countries) if not _examples(text, run))
    often = [codes for codes, n in counts.items() if n >= 2 and home not in codes and len(codes) >= 3]
    return often[0] if len(often) == 1 else ()


def _lists(text: str, countries: Sequence[CountrySpan]) -> list[list[CountrySpan]]:
    """Runs of three or more countries named one after another ("Turkey, Pakistan, and Iran"), joined
    as `accords.scan.lists` joins a list of countries."""
    chained = lists.runs(text, [(span.start, span.end) for span in countries])
    return [[countries[position] for position in run] for run in chained if len(run) >= 3]


#: What closes a list of examples ("among others", "etc.") or a list of what describes others ("German and
#: Israeli firms").
_EXAMPLES_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:among\s+others|and\s+others|etc\b|(?:[a-z-]+\s+)?(?:firms|companies|banks|investors|businesses|"
    r"enterprises|producers|officials|experts|delegations|troops|forces|citizens|nationals)\b)"
)
#: What opens a list of examples or of a group's members: "such as", "including", ", with".
_EXAMPLES_BEFORE = re.compile(
    r"\b(?:such\s+as|including|like|e\.g\.|for\s+example|for\s+instance|among\s+them|namely|especially|"
    r"particularly|,\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
