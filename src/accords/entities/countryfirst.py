"""A country's name that opens a person's name the small model read: the country, or a given name?

"Jordan" and "Chad" are given names as well as countries. The model often reads "Jordan Safadi" or
"Chad Deby" as one person, and linking then drops the country inside the name ("Michael Jordan" is
no mention of Jordan). When the text writes the same surname with another given name elsewhere
("Ayman Safadi", "Mahamat Idriss Deby") and names the country elsewhere too ("Jordanian Foreign
Minister"), the country's word is no given name of that person: the person's name starts after it,
and the country stays. "Jordan Matsudaira" alone, "Chad Williams ... Williams said", or "Chad Thomas"
beside "Tavierre Thomas" on a sports page that names no country Chad, is left a person.

A city's name opens a person's name too: "has met with Baghdad Amrayev, the secretary-general of the
Turkic Council" names no Baghdad (and no Iraq). Where the model reads a place's word and one or two name
words after it as one person, and the text gives that person a title in apposition or writes the
surname alone elsewhere ("Amrayev said"), the place's word is a given name: no place or country there.

A whole name the model reads as a place or a body is a person's when the text writes its last word alone
after a title or an honorific: "... Central External Relations Commission, Le Hoai Trung at the White House"
(tagged FAC) beside "Chairman Trung" (`people_read_as_places`). One word the model reads as a body or a place
is a person's when it is the surname, or the listed given name, of a person the text names in full: "In the meeting
Karbasi expressed" after "Mohammadreza Karbasi", "The President called Cherelle" after "Cherelle Griner"
(`names_read_as_bodies`).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from accords.entities.candidates import Candidate
from accords.entities.people import _NOT_GIVEN_NAMES, _apposition, _is_honorific, _is_place, _title_head, refine_person
from accords.entities.tokens import TokenIds
from accords.quotes.given_names import is_given_name
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.us_states import US_STATES

#: How many name words may follow a place's word inside one person's name ("Baghdad Amrayev").
_MAX_AFTER = 2


def _country_name(word: str) -> bool:
    found = country_by_alias(word)
    return found is not None and found[1] == "name"


def _named_elsewhere(person: Candidate, word: str, countries: list[Candidate]) -> bool:
    """Whether the text names the country of `word` outside the person's name as well ("Jordanian
    Foreign Minister", "Jordan and Egypt"): a football page's "Chad Thomas" beside "Tavierre Thomas"
    names no country Chad."""
    found = country_by_alias(word)
    code = found[0] if found is not None else None
    return any(c.canonical == code and not (person.start <= c.start < person.end) for c in countries)


def without_country_given_names(candidates: list[Candidate], ids: TokenIds) -> list[Candidate]:
    """`candidates` with each person whose first word is a country's name, whose surname the text
    writes with another given name, and whose country the text names elsewhere, starting after that
    word."""
    people = [c for c in candidates if c.type == "PERSON" and c.end - c.start >= 2]
    if not people:
        return candidates
    # (given name, surname) of every person of two words or more
    names = [(c.name.split()[0], c.name.split()[-1]) for c in people if len(c.name.split()) >= 2]
    countries = [c for c in candidates if c.type == "COUNTRY" and c.canonical is not None]
    out = []
    for cand in candidates:
        words = cand.name.split()
        if (cand.type == "PERSON" and cand.end - cand.start >= 2 and len(words) >= 2 and _country_name(words[0])
                and ids.span_text(cand.start, cand.start + 1) == words[0]
                and any(surname == words[-1] and given != words[0] and not _country_name(given)
                        for given, surname in names)
                and _named_elsewhere(cand, words[0], countries)):
            cand = dataclasses.replace(cand, start=cand.start + 1, name=ids.span_text(cand.start + 1, cand.end))
        out.append(cand)
    return out


def _name_after(doc: Doc, person: Candidate) -> bool:
    """Whether the words of `person` after its first are one or two capitalised name words, none a
    place, a country or a word of a title ("Amrayev"; not "Patriarch Kirill", "Baghdad Airport")."""
    rest = doc[person.start + 1:person.end]
    return 1 <= len(rest) <= _MAX_AFTER and all(
        t.is_alpha and t.text[:1].isupper() and t.tag_ == "NNP" and t.lower_ not in _NOT_GIVEN_NAMES
        and not _is_place(t.text) for t in rest)


def without_place_given_names(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """`candidates` without the places and countries read on the first word of a person's name the model
    read, where that word is a given name (see the module docstring): the person's title follows in
    apposition (", the secretary-general of ...") or the surname stands alone elsewhere as a person."""
    alone = {c.name for c in candidates if c.type == "PERSON" and c.end - c.start == 1}
    given: set[int] = set()
    for cand in candidates:
        if cand.type == "PERSON" and cand.source == "spacy" and _name_after(doc, cand) and (
                _apposition(doc, cand.end)[0] is not None or doc[cand.end - 1].text in alone):
            given.add(cand.start)
    if not given:
        return candidates
    return [c for c in candidates if not (c.type in ("PLACE", "COUNTRY") and c.end - c.start == 1 and c.start in given
                                          and any(p.type == "PERSON" and p.start == c.start and p.end > c.end
                                                  for p in candidates))]


def _name_words(doc: Doc, cand: Candidate) -> bool:
    """Whether `cand` is two to four capitalised proper nouns, none a place, a country, a title or a
    head noun of a name ("Le Hoai Trung"; not "Sioux Falls Argus", "Kennedy Center")."""
    words = doc[cand.start:cand.end]
    return 2 <= len(words) <= 4 and not _is_place(cand.name) and all(
        t.is_alpha and t.text[:1].isupper() and t.tag_ == "NNP" and t.lower_ not in _NOT_GIVEN_NAMES
        and not _is_place(t.text) for t in words)


def people_read_as_places(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """`candidates` with each name the model read as a place or a body a person where the text writes its
    last word alone as a person right after a title or an honorific ("Chairman Trung", "Mr. Trung";
    see the module docstring)."""
    titled = {c.name for c in candidates if c.type == "PERSON" and c.end - c.start == 1 and c.start > 0
              and (_title_head(doc[c.start - 1]) or _is_honorific(doc, c.start - 1))}
    if not titled:
        return candidates
    out = []
    for cand in candidates:
        if cand.type in ("PLACE", "ORG") and cand.source == "spacy" and cand.canonical is None \
                and cand.name.split()[-1] in titled and _name_words(doc, cand):
            person = dataclasses.replace(cand, type="PERSON", country=None, source="spacy:titled-surname")
            cand = refine_person(doc, person) or person
        out.append(cand)
    return out


def names_read_as_bodies(candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with each one-word body or place of the model, no place's name, that is the surname, or the
    listed given name of one person only, of a person named in full (two words or more) a person, the word alone
    (see the module docstring; "Vice President-Elect Marquez" is no "Elect Marquez")."""
    full = {c.name for c in candidates if c.type == "PERSON" and len(c.name.split()) >= 2}
    surnames = {name.split()[-1] for name in full}
    firsts = [name.split()[0] for name in full]
    out = []
    for cand in candidates:
        word = cand.name
        if cand.type in ("PLACE", "ORG") and cand.source == "spacy" and cand.canonical is None \
                and cand.end - cand.start == 1 and word.isalpha() and not word.isupper() and not _place_word(word) \
                and (word in surnames or (firsts.count(word) == 1 and is_given_name(word))):
            cand = dataclasses.replace(cand, type="PERSON", country=None, source="spacy:name-of-a-person")
        out.append(cand)
    return out


def _place_word(word: str) -> bool:
    """A country's, a place's or a US state's name ("Virginia"): the model's place is no person."""
    return _is_place(word) or word in US_STATES
