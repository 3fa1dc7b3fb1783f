"""How a reporting clause's subject phrase names a person or an organisation's people: the
person at the head of the phrase (`head_person`), an office holder the parse left after the
phrase (`holder_after`), a name the parse cut (`whole_names`), an organisation's people
(`organisation_group`) and a possessor that owns the head rather than speaks (`possessor`).
Split from `accords.quotes.sources`, which resolves the subject with them."""

from __future__ import annotations

import re

from accords.model import Entity
from accords.quotes.governed import modifies_a_noun
from accords.quotes.names import TITLE_WORDS, expanded
from accords.quotes.resolved import Speaker
from accords.quotes.roles import owner_words
from accords.quotes.speakers import People, Reference
from accords.quotes.titles import TITLE


def possessor(text: str, ref: Reference, end: int) -> bool:
    """A name followed by 's inside the subject owns its head ("Carlineo's attorney"), not speaks."""
    return ref.end < end and text[ref.end:ref.end + 2] in ("'s", "’s")


def head_person(people: People, start: int, end: int) -> Entity | None:
    """The person a subject phrase names: of the people named in it (no possessor: "Carlineo's
    attorney"), the last one not governed by a preposition, since an English noun phrase ends
    with its head ("Lib Dem Home Affairs spokesman Mark Oaten", where the entity stage took
    "Lib Dem Home Affairs" for a person too)."""
    found = []
    for ref in people.references(start, end):
        entity = people.person(ref.entity)
        if ref.kind == "name" and entity is not None and entity.type == "PERSON" and not possessor(people.text, ref, end) \
                and not modifies_a_noun(people.text, ref.start, ref.end, end):  # not "the Brampton resident"
            found.append((ref, entity))
    if not found:
        return None
    free = [entity for ref, entity in found
            if (word := re.search(r"(\w+)\W*$", people.text[start:ref.start])) is None
            or word.group(1).lower() not in _GOVERNING]
    if free:
        return free[-1]
    first = re.match(r"\W*(?:(?:the|a|an|one|another)\s+)?(?:[\w'’-]+\s+){0,2}?(\w+)\s+(?:of|for|to)\b",
                     people.text[start:found[0][0].start], re.IGNORECASE)
    if first is not None and first.group(1).lower() not in _VOICE_HEADS:
        return None  # "An adviser to Erdogan", "the wife of John Smith": someone of theirs, not they
    return found[0][1]


#: A relative clause on a name that names a kin or another of theirs ("Sharma, whose daughter Anika
#: Sharma ...", "Lee, whose son, Tom Lee, ..."): the clause's name is someone else's.
_WHOSE_KIN = r",\s+whose\s+(?:[a-z][\w'’-]*\s+){1,3},?\s*"


def namesake_after(people: People, entity: Entity, start: int, end: int) -> str | None:
    """The bare surname a subject phrase is ("said Sharma, whose daughter Anika Sharma died"), when the
    entity stage tied it to a namesake whose full name the text writes first in a relative clause
    right after it: the surname is someone else, speaking under that surname; None otherwise."""
    ref = next((r for r in people.references(start, end) if r.entity == entity.id and r.kind == "name"), None)
    if ref is None:
        return None
    surname = people.text[ref.start:ref.end]
    if " " in surname or not entity.name.endswith(" " + surname) or entity.name in people.text[:ref.start]:
        return None
    return surname if re.compile(_WHOSE_KIN + re.escape(entity.name)).match(people.text, ref.end) else None


#: Words that make the name after them no head of the subject ("the wife of John Smith").
_GOVERNING = frozenset("of for with from to at by on in and".split())
#: Heads whose person's own voice they are: "the office of Senator Ruiz said" is the senator's.
_VOICE_HEADS = frozenset("office campaign".split())
#: A common noun opening a subject and the preposition after it ("An adviser to", "a friend of
#: the", "A senior aide to"), then capitalised words that end in an office ("Turkish President ",
#: "Ontario Premier "): the name after them is the noun's object, not the speaker.
_NOUN_THEN_PREPOSITION = re.compile(r"\W*(?:(?:the|a|an|one|another)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?([a-z]+)\s+(?:of|for|to)\s+",
                                    re.IGNORECASE)
_OFFICE_BEFORE_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}")


def object_past_office(text: str, start: int, name_start: int) -> bool:
    """ "An adviser to Turkish President Recep Tayyip Erdogan", "An aide to Ontario Premier Doug
    Ford": a lower-case noun opens the subject, a preposition follows it, and only an office written
    in capitals stands between the preposition and the name, so the name is the noun's object (but
    "the leader of the Conservative Party Pierre Poilievre", whose office the party's words are not,
    nor "the office of Senator Ruiz", the senator's own voice, are left as they were)."""
    lead = _NOUN_THEN_PREPOSITION.match(text, start, name_start)
    if lead is None or not lead.group(1).islower() or lead.group(1) in _VOICE_HEADS:
        return False
    office = text[lead.end():name_start]
    return bool(office) and _OFFICE_BEFORE_NAME.fullmatch(office) is not None and TITLE.search(office) is not None


def holder_after(people: People, end: int, cue: int) -> Speaker | None:
    """ "CPUC President Marybel Batjer said", "UKA chief executive David Moorcroft said": a
    subject the parse cut to the organisation, with an office and the person holding it between
    it and the verb; the person speaks, not the organisation."""
    if cue <= end:
        return None
    for ref in people.references(end, cue):
        entity = people.person(ref.entity)
        if ref.kind != "name" or entity is None or entity.type != "PERSON":
            continue
        words = people.text[end:ref.start].split()
        if words and len(words) <= 3 and all(w.rstrip(".").lower() in TITLE_WORDS for w in words):
            return Speaker(entity.id, entity.name, "person", 0.85)
        if (_OFFICE_CUT.search(people.text, max(0, end - 40), end) and 3 <= len(words) <= 5 and words[0] in ("and", "&")
                and all(w[:1].isupper() for w in words[1:]) and words[-1].rstrip(".").lower() in TITLE_WORDS):
            # "Turkish Roads | and Transportation Minister Enis Oksuz said": an office of two
            # portfolios that the parse cut at "and"; its holder speaks
            return Speaker(entity.id, entity.name, "person", 0.85)
        return None
    return None


#: A subject that ends on a capitalised word (the first portfolio of an office: "Turkish Roads").
_OFFICE_CUT = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*$")


def whole_names(people: People, start: int, end: int) -> int:
    """The end of a subject phrase the parse cut inside a person's name ("President of the European
    Commission Ursula von der | Leyen": the name's end), or at a hyphen before the name ("said study
    co|-author Anezina Solomonidou": through the name right after the hyphenated word)."""
    if (hyphen := _HYPHEN_TAIL.match(people.text, end)) is not None:
        end = max([end, *(r.end for r in people.names_starting(hyphen.end(), hyphen.end() + 1) if r.kind == "name")])
    return max([end, *(r.end for r in people.names_starting(start, end) if r.kind == "name")])


_HYPHEN_TAIL = re.compile(r"-[a-z]+\s+(?=[A-Z])")


def organisation_group(people: People, start: int, end: int, head: str) -> Speaker | None:
    """ "NASA's scientists", "CBP officers": an organisation's people speak for it."""
    for ref in people.references(start, end):
        entity = people.person(ref.entity)
        if entity is not None and entity.type == "ORG" and ref.end < end:
            return Speaker(entity.id, f"{entity.name} {head}", "role", 0.6)
    owner = owner_words(people.text[start:end], head)
    if owner and owner.isupper():  # an acronym the entity stage left unnamed ("NASA's scientists")
        return Speaker(None, f"{expanded(people.text, owner) or owner} {head}", "role", 0.5)
    return None
