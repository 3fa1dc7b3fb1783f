"""Towns of a US state that bear a country's name: "East Palestine, Ohio", "Lebanon, Pennsylvania".

A country's name that ends the name of a town given with its state is no country
(`us_town`), and once a text has given a two-word town with its state, the same two words
later in the text are that town again (`town_again`: one sense per text, "Residents of East
Palestine ..." after "East Palestine, Ohio"). A bare country name is left alone even then:
"Lebanon" after "Lebanon, Pennsylvania" may still be the country in a text about both.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from accords.gazetteer import us_states
from accords.nlp import doc_text

#: US states that are also a country's or a capital's name, or open lists of places: after a
#: country's name they do not make it a town ("Turkey, Georgia and Armenia"; "Jordan, Washington").
AMBIGUOUS_STATES = frozenset({"Georgia", "Washington"})


def us_town(doc: Doc, start: int, end: int) -> bool:
    """Whether a country's name is (the end of) the name of a town given with its US state: the
    name, not itself in a list, then a comma and a state ("East Palestine, Ohio in February",
    "Lebanon, Pennsylvania, employs"), the state not followed by another item of a list."""
    if end + 1 >= len(doc) or doc[end].text != "," or (start > 0 and doc[start - 1].text in (",", "and", "or")):
        return False
    for length in (1, 2):  # "Ohio", "New Hampshire"
        stop = end + 1 + length
        if stop > len(doc):
            break
        state = doc[end + 1:stop].text
        if state in us_states.US_STATES and state not in AMBIGUOUS_STATES:
            after = doc[stop].text if stop < len(doc) else ""
            following = doc[stop + 1].text if stop + 1 < len(doc) else ""
            # "Lebanon, Pennsylvania, employs": a town; "Qatar, New York, Geneva": a list
            return after not in ("and", "or") and not (after == "," and following[:1].isupper())
    return False


def town_again(doc: Doc, start: int, end: int) -> bool:
    """Whether the country's name at doc[start:end], after a capitalised word, repeats a two-word
    town the text gives elsewhere with its state ("East Palestine" after "East Palestine, Ohio")."""
    if start == 0 or not doc[start - 1].is_alpha or not doc[start - 1].text[:1].isupper():
        return False
    return f"{doc[start - 1].text} {doc[start:end].text}" in _towns_with_state(doc_text(doc))


@functools.cache
def _state_after() -> re.Pattern[str]:
    """A two-word name, a comma and a state (`us_states.us_state_pattern`, the ambiguous ones left out)."""
    return re.compile(r"\b([A-Z][a-z]+ [A-Z][\w'’-]+),\s+" + us_states.us_state_pattern(AMBIGUOUS_STATES).pattern)


@functools.lru_cache(maxsize=64)
def _towns_with_state(text: str) -> frozenset[str]:
    """The two-word names the text gives with a US state after a comma ("East Palestine, Ohio")."""
    return frozenset(m.group(1) for m in _state_after().finditer(text))
