"""International organisations whose name opens inside a word glued to a country: "the U.S.-Pacific Islands Forum
Summit" names the Pacific Islands Forum. And a country's adjective glued to a title by a lost space ("Advisor to
the TurkishPresident"): the word names the country, as "Turkish President" would, and no body.

The tokenizer keeps "U.S.-Pacific" one token, so the gazetteers' phrase matcher, which sees only whole tokens,
cannot find "Pacific Islands Forum" there (`accords.entities.candidates` reads the country of such a token). The
organisation's candidate spans from the glued token to the last word of its name, as the gazetteer's would; it sits
inside the name of the meeting it opens, as "NATO" does in "NATO Summit" (`accords.entities.linking`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accords.entities.candidates import CURATED, GAZETTEER, Candidate
from accords.entities.lexicon import TITLE_HEADS
from accords.gazetteer import countries as country_table
from accords.gazetteer import organisations as org_table

#: How many words an organisation's name has at the most, here.
_MAX_WORDS = 6


def glued_igos(doc: Doc) -> list[Candidate]:
    """ORG candidates for organisations named from a word glued to a country's abbreviation (see the module docstring)."""
    found = []
    for token in doc:
        prefix, _, rest = token.text.partition("-")
        if "." not in prefix or not rest[:1].isupper():
            continue
        hit = country_table.country_by_alias(prefix)
        if hit is None or hit[1] != "name":
            continue
        words, end = [rest], token.i + 1
        while end < len(doc) and len(words) < _MAX_WORDS and (doc[end].is_space or doc[end].is_alpha):
            if not doc[end].is_space:
                words.append(doc[end].text)
                igo = org_table.igo_by_alias(" ".join(words))
                if igo is not None:
                    aliases = tuple(a for a in (igo.acronym, *igo.acronyms) if a != igo.name)
                    found.append(Candidate(token.i, end + 1, "ORG", igo.name, CURATED, canonical=igo.acronym,
                                           aliases=aliases, source="gazetteer:igo"))
                    break
            end += 1
    return found


#: One word of two capitalised parts with no space between: "TurkishPresident".
_TWO_WORDS = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")


def glued_titles(doc: Doc) -> list[Candidate]:
    """COUNTRY candidates for a country's name or adjective glued to a title ("TurkishPresident"); the gazetteer
    sees only whole words, and the small model takes the word for an organisation."""
    found = []
    for token in doc:
        parts = _TWO_WORDS.fullmatch(token.text)
        if parts is None or parts.group(2).lower() not in TITLE_HEADS:
            continue
        hit = country_table.country_by_alias(parts.group(1))
        if hit is not None and hit[1] in ("name", "demonym"):
            found.append(Candidate(token.i, token.i + 1, "COUNTRY", parts.group(1), GAZETTEER, canonical=hit[0],
                                   country=hit[0], nested_ok=True, source="gazetteer:glued-title"))
    return found
