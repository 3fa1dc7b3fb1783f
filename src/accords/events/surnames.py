"""A surname alone stands for the person the article named in full: "Iranian President Hassan
Rouhani held talks ... Rouhani met separately with President of Kazakhstan Nursultan
Nazarbayev" is Iran meeting Kazakhstan.

The entities stage links a bare surname that no entity covers to its person
(`accords.entities.surnames`). What is left here is a surname inside another person's name that
has no country of its own: "Taoiseach Harris" (the title not read as one) beside "Simon Harris"
of Ireland, "Hojjatoleslam Rouhani" beside "Hassan Rouhani", a relative ("Hunter Biden"). For the
events only, each whole-word occurrence of the surname of a person with a country, named in full
in the article, that no side covers, is a side of that person's country. A surname is used only
when it is unambiguous: at least four letters, capitalised, borne by persons of one country only,
and not the name of any other entity of the article (a place, an organisation).
"""

from __future__ import annotations

import dataclasses
import re

from accords.events.actors import ActorIndex, Side
from accords.model import Extraction

_MIN_LETTERS = 4


def with_surnames(index: ActorIndex, extraction: Extraction, text: str) -> ActorIndex:
    """The index with a side on every unlinked occurrence of an unambiguous surname."""
    bearers: dict[str, set[tuple[str, str]]] = {}
    others: set[str] = set()
    for entity in extraction.entities:
        words = entity.name.split()
        if entity.type != "PERSON":
            others.update(word.casefold() for word in words)
            continue
        if len(words) < 2 or not entity.country:
            continue
        surname = words[-1]
        if len(surname) >= _MIN_LETTERS and surname.isalpha() and surname[0].isupper():
            bearers.setdefault(surname, set()).add((entity.id, entity.country))
    spans = list(index.spans)
    for surname, people in bearers.items():
        if len({country for _id, country in people}) != 1 or surname.casefold() in others:
            continue
        entity_id, country = sorted(people)[0]
        for match in re.finditer(rf"\b{re.escape(surname)}\b", text):
            if not index.sides_in(match.start(), match.end()):
                spans.append((match.start(), match.end(), Side(entity_id, country), "PERSON"))
    if len(spans) == len(index.spans):
        return index
    spans.sort(key=lambda item: (item[0], item[1]))
    return dataclasses.replace(index, starts=tuple(s[0] for s in spans), spans=tuple(spans))
