"""The last source of an article's quotes, and whom "he", "she" and an unnamed voice may mean of it.

The quotes stage (`accords.stages.quotes`) keeps, sentence by sentence, who spoke (or was introduced
as a subject) last: a `Source`. A pronoun right after may mean that source when the entity stage
did not link it as a person (`unlinked_source`: "Eswar Prasad", a one-word name "Zaqov" the text
gives a "his" or "her"), or when it is an organisation's voice (`last_voice`: "Health Canada
spokeswoman"); `unnamed_voice` reads such a voice as a sentence's subject ("A spokeswoman for the
port authority rejected the claim"); `holds_office` tells a subject written as an office the
person holds ("The governor of Isfahan province expressed hope …" after "Seyed Reza Mortazavi, the
provincial governor"), who is then introduced as that sentence's subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accords.model import Segment
from accords.quotes.antecedents import PERSON_NAME
from accords.quotes.genders import given_name_gender, mention_gender
from accords.quotes.groups import VOICE_NOUNS, pronoun_may_mean
from accords.quotes.names import fullest, spelled_person
from accords.quotes.resolved import Speaker
from accords.quotes.sources import is_medium
from accords.quotes.country_words import country_words
from accords.quotes.speakers import ORGANISATION_NAME, People, Reference
from accords.quotes.titles import title_head


def _spelling_of_person(people: People, name: str) -> bool:
    """Whether a one-word name spells the surname of a person of the article one letter otherwise
    ("Kocharyan" for "Robert Kocharian", "Zaqov" for "Sardar Omar Zagov"): the same person."""
    return spelled_person(people.entities.values(), name) is not None


@dataclass(frozen=True)
class Source:
    """The last speaker (or person introduced as a subject), for quotes that name none."""

    entity: str | None
    name: str
    paragraph: int
    confidence: float



def unlinked_source(last: Source | None, paragraph: int, text: str | None = None,
                    people: People | None = None) -> Speaker | None:
    """The last speaker as "he" or "she" may mean them: a person's name the entity stage did not
    link ("Eswar Prasad"), or took for an organisation's ("Marcelo Claure": a given name first),
    or an unnamed person ("a doctor from Hebron", `accords.quotes.groups.pronoun_may_mean`),
    spoken in this paragraph or the one before."""
    if last is None or last.paragraph < paragraph - 1:
        return None
    if last.entity is None and (pronoun_may_mean(last.name, "he") or pronoun_may_mean(last.name, "she")):
        # "“…,” says a doctor from Hebron. | … he says …": the doctor, not a person named before
        return Speaker(None, last.name, "group", last.confidence)
    linked = people.person(last.entity) if people is not None else None
    if last.entity is not None and (linked is None or linked.type == "PERSON"):
        return None  # a linked person is found through the recent subjects
    name = last.name
    if _SURNAME.fullmatch(name) and text is not None:
        # "Claure said in the email. | He said …": a surname the text gives in full elsewhere
        # ("executive chair Marcelo Claure"), not an organisation's or a medium's one-word name
        name = fullest(text, name)
    if ((linked is None or linked.type != "PERSON") and _SURNAME.fullmatch(name) and text is not None
            and name not in country_words() and mention_gender(text, name) is not None
            and not is_medium(Speaker(None, name, "name", 0))):
        # "Zaqov, for his part, underscored …, saying, “…” | “…,” he underlined": a one-word name
        # no entity holds (or one the entity stage took for an organisation's: "Rouhani said his
        # administration will …") and the text gives no fuller form, which a "his" or "her" right
        # after it marks as a person's (the pronoun's gender is checked where it is read)
        return Speaker(None, name, "name", last.confidence)
    if (people is not None and _SURNAME.fullmatch(name) and name not in country_words()
            and (linked is None or linked.type != "PERSON") and _spelling_of_person(people, name)):
        # "Kocharyan said in a news conference … | “…,” he said": a one-word name, unlinked or
        # taken for an organisation's, that spells a person's surname one letter otherwise (the
        # opposition leader the entity stage knows as "Robert Kocharian") is that person's
        return Speaker(linked.id if linked is not None else None, name, "name", last.confidence)
    if not PERSON_NAME.fullmatch(name) or ORGANISATION_NAME.search(name) or is_medium(Speaker(None, name, "name", 0)):
        return None
    if linked is not None and given_name_gender(name) is None:
        return None  # an organisation is no "he" or "she"
    return Speaker(linked.id if linked is not None else None, name, "name", last.confidence)


#: An indefinite voice of an organisation as a sentence's subject ("a spokesman", "An official").
_INDEFINITE_VOICE = re.compile(r"(?i:\b(?:a|an)\s+)(?P<head>" + "|".join(VOICE_NOUNS) + r")\s*$")
#: The preposition that ties a voice to its organisation ("a spokeswoman for the port authority").
_VOICE_OF = re.compile(r"\s+(?:for|of|with|at|from)\s+(?:the\s+)?$")


def unnamed_voice(people: People, sentence: Segment, ref: Reference | None) -> Speaker | None:
    """The organisation's voice a sentence has as its subject ("A spokeswoman for Health Canada
    declined to comment", "But a spokesman for the transit agency disputed the figures"): the
    organisation named right after the voice noun, as `Health Canada spokeswoman`; else None."""
    if ref is None or ref.kind != "title":
        return None
    match = _INDEFINITE_VOICE.search(people.text, ref.start, ref.end)
    if match is None:
        return None
    for org in people.references(ref.end, sentence.end):
        entity = people.person(org.entity)
        if entity is None or entity.type != "ORG":
            continue
        if _VOICE_OF.fullmatch(people.text, ref.end, org.start) is None:
            return None
        return Speaker(entity.id, f"{entity.name} {match.group('head').lower()}", "role", 0.6)
    return None


def last_voice(people: People, last: Source | None, paragraph: int) -> Speaker | None:
    """The last speaker as "he" or "she" may mean them when it is an organisation's voice ("Health
    Canada spokeswoman", `accords.quotes.groups.VOICE_NOUNS`), spoken in this paragraph or the
    one before; a person introduced as a subject since has taken its place as `last`. A person's
    own spokesman ("Premier Tom Ruiz's press spokesman") speaks as the person, whom "he" finds anyway."""
    if last is None or last.paragraph < paragraph - 1 or _is_person(people, last.entity):
        return None
    words = last.name.lower().split()
    if not words or words[-1] not in VOICE_NOUNS:
        return None  # "Health Canada spokeswoman", or "spokesman" of an organisation no one names
    return Speaker(last.entity, last.name, "role", last.confidence)


_SURNAME = re.compile(r"[A-Z][a-z][\w'’-]+")


def _is_person(people: People, entity_id: str | None) -> bool:
    entity = people.person(entity_id)
    return entity is not None and entity.type == "PERSON"


def holds_office(people: People, ref: Reference, entity_id: str | None) -> bool:
    """Whether a title reference ("The governor of Isfahan province") names an office the person
    it resolved to holds in the text ("Seyed Reza Mortazavi, the provincial governor"), rather
    than one the person was only the last source for."""
    head = title_head(people.text[ref.start:ref.end]) if ref.kind == "title" else None
    entity = people.person(entity_id)
    return (head is not None and entity is not None and entity.type == "PERSON"
            and any(title_head(t) == head for t in people.titles(entity)))
