"""People named in a list after a plural noun of office: "his Russian and Turkish counterparts Vassily
Nebenzia and Feridun Sinirlioglu", "their Turkish and Azerbaijani counterparts, Mevlut Cavusoglu and Elmar
Mammadyarov,".

The small model tags the first name of such a pair a place or an organisation as often as a person, and the
second one often not at all. Every name of the list (two to four capitalised name words each, the last after
"and") is a PERSON; where the country adjectives before the noun are as many as the names, each name takes
the country of its adjective, in order ("Russian and Turkish ... Nebenzia and Sinirlioglu": RUS, TUR), which
the text gives and an office-holder table of namesakes must not override (the candidate outranks the table's
own, which takes a country from the table when the text gives none: "Feridun Sinirlioglu", Turkey's envoy in
2017, is no OSCE Secretary General there).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import HONORIFICS, ORG_HEADS, TITLE_WORDS
from accords.entities.patterns import country_of, is_capitalised
from accords.entities.people import refine_person

#: Plural nouns of office a list of the office-holders' names may follow.
_OFFICES = frozenset({"counterparts"})
#: How many words one listed name has at the most.
_MAX_WORDS = 4


def _name_word(token: Token) -> bool:
    lower = token.lower_
    return (is_capitalised(token) and token.is_alpha and token.tag_ in ("NNP", "NNPS") and lower not in TITLE_WORDS
            and lower not in ORG_HEADS and lower.rstrip(".") not in HONORIFICS and country_of(token.text) is None)


def _name_end(doc: Doc, i: int) -> int | None:
    """The end of a name of two to four name words at token i that ends the capitalised run, else None."""
    j = i
    while j < len(doc) and j - i < _MAX_WORDS and _name_word(doc[j]):
        j += 1
    return j if j - i >= 2 and not (j < len(doc) and _name_word(doc[j])) else None


def _names(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The names listed from token i ("A B, C D and E F"), or [] when the words there are no such list."""
    names: list[tuple[int, int]] = []
    n = len(doc)
    while len(names) < 5:
        j = _name_end(doc, i)
        if j is None:
            return []
        names.append((i, j))
        if len(names) >= 2 and doc[i - 1].lower_ == "and":
            return names  # the last name, after "and"
        if j < n and doc[j].lower_ == "and":
            i = j + 1
        elif j + 1 < n and doc[j].text == "," and doc[j + 1].lower_ == "and":
            i = j + 2
        elif j < n and doc[j].text == ",":
            i = j + 1
        else:
            return []
    return []


def _adjective_countries(doc: Doc, noun: int) -> list[str]:
    """The countries of the adjectives right before the noun, in order ("Russian and Turkish counterparts")."""
    found: list[str] = []
    i = noun - 1
    while i >= 0:
        if doc[i].lower_ in ("and", ","):
            i -= 1
            continue
        iso3 = country_of(doc[i].text)
        if iso3 is None:
            break
        found.append(iso3)
        i -= 1
    return found[::-1]


def counterpart_lists(doc: Doc) -> list[Candidate]:
    """PERSON candidates for the names listed after a plural noun of office (see the module docstring)."""
    found: list[Candidate] = []
    for token in doc:
        if token.lower_ not in _OFFICES or not token.is_lower:
            continue
        start = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
        names = _names(doc, start)
        countries = _adjective_countries(doc, token.i)
        for k, (s, e) in enumerate(names):
            person = refine_person(doc, Candidate(s, e, "PERSON", doc[s:e].text, PATTERN, source="pattern:counterparts"))
            if person is None:
                continue
            if len(countries) == len(names):
                person = dataclasses.replace(person, country=countries[k])
            found.append(dataclasses.replace(person, priority=PATTERN + 2, source="pattern:counterparts"))
    return found
