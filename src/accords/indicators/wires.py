"""Countries named in lower case in a wire pasted in lower case (indtt48).

Some Tehran Times pages carry a 2000s IRNA or AFP wire written in lower case: "Iran and turkey exchanged dlrs
417,347,000 worth of goods ..., said a report by the turkish state statistics institute. Turkey's exports to iran in
the first four months of 2001 was dlrs 95.895 million" (tt_83085). The gazetteer reads names as written, so "turkey"
and "iran" named no country and the trade was Iran's alone. In a text that writes at least two different names of
countries or their peoples in lower case (`_WIRE_NAMES`), every lower-case name the gazetteer knows in capitals is
that country (`lower_case_matches`), but for the few that are common words in lower case ("us", "man", "chad").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

#: How many different lower-case names make a text a lower-case wire.
_WIRE_NAMES = 2
#: Names that are common English words in lower case: no country however the text is written.
_COMMON_WORDS = frozenset({"us", "man", "chad", "jordan", "guinea", "georgia", "cook", "jersey", "polish"})
#: A word's first letter in lower case, not inside a path, an address, a tag or a serial ("/afp-fx59", "e.azarbaijan").
_WORD_INITIAL = re.compile(r"(?<![\w/.@#_'’-])[a-z]")


def lower_case_matches(text: str, matches: Callable[[str], Iterator[tuple[int, int, str]]]) -> list[tuple[int, int, str]]:
    """(start, end, gazetteer name) of the names of countries and peoples written in lower case in `text` where it
    is a lower-case wire (see the module), else none; `matches`: the gazetteer's matcher
    (`accords.indicators.subjects.gazetteer_matches`)."""
    capitalised = _WORD_INITIAL.sub(lambda m: m.group().upper(), text)
    found = [(start, end, name) for start, end, name in matches(capitalised)
             if text[start:end].islower() and text[start:end] not in _COMMON_WORDS]  # not "the Netherlands"
    return found if len({text[start:end] for start, end, _ in found}) >= _WIRE_NAMES else []
