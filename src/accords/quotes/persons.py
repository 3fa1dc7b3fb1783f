"""Organisation names, and persons the entity stage typed as organisations.

`ORGANISATION_NOUNS` and `ORGANISATION_NAME` tell an organisation's name from a person's ("the
ministry", "WeWorkers Coalition", "UFCW Local 832"); `people_typed_as_organisations` and
`organisations_called_who` find the persons among the organisation entities (the full name
typed ORG beside its surname typed PERSON; a name a relative "who" or an office set off by a
comma follows, or an occupation precedes and "he" or "she" speaks after), which
`accords.quotes.speakers.People` then reads as persons.
"""

from __future__ import annotations

import re
from dataclasses import replace

from accords.model import Entity, Extraction
from accords.quotes.given_names import gender_of_given_name
from accords.quotes.groups import PEOPLE_NOUNS
from accords.quotes.titles import TITLE, title_head
from accords.quotes.verbs import SPEECH_LEMMAS, VIEW_LEMMAS, finite_forms

#: Nouns that name an organisation: "the ministry said", "UFCW Local 832" aside, "WeWorkers
#: Coalition" is no person's name.
ORGANISATION_NOUNS = (
    "ministry", "office", "embassy", "government", "organisation", "organization", "agency", "company",
    "firm", "corporation", "bank", "committee", "council", "commission", "department", "administration",
    "foundation", "union", "association", "authority", "board", "institute", "university", "league",
    "club", "party", "network", "label", "coalition", "alliance", "federation", "inc", "corp",
    "ltd", "llc", "service", "services", "center", "centre", "society", "fund", "court",
    "productions", "records", "studios",
)
#: A name with an organisation noun in it ("WeWorkers Coalition", "Big Machine Label Group").
ORGANISATION_NAME = re.compile(r"\b(?i:" + "|".join(ORGANISATION_NOUNS) + r")\b\.?|\d")


#: A person's name as an organisation entity may carry it ("Montell Figgins"): two or three
#: capitalised words, no organisation noun or digit (`ORGANISATION_NAME`), no initials-only word.
_NAME_LIKE = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*){1,2}")


def people_typed_as_organisations(entities: dict[str, Entity]) -> dict[str, Entity]:
    """Persons the entity stage split in two, the full name typed as an organisation and the
    surname as a person ("Montell Figgins, who represents Thomas, said …" gives ORG "Montell
    Figgins" and PERSON "Figgins"): {the surname person's id: the full name as a PERSON}. Only
    where the person's whole name is the organisation name's last word, so a firm named after
    its founder ("Charles Schwab") stays a firm unless the text also calls someone "Schwab"
    alone as a person; the surname must belong to no other name of the article."""
    persons = {e.name: e for e in entities.values() if e.type == "PERSON" and " " not in e.name}
    surnames: dict[str, int] = {}
    for entity in entities.values():
        if entity.type in ("PERSON", "ORG") and " " in entity.name:
            surnames[entity.name.split()[-1]] = surnames.get(entity.name.split()[-1], 0) + 1
    found = {}
    for entity in entities.values():
        if entity.type != "ORG" or not _NAME_LIKE.fullmatch(entity.name) or ORGANISATION_NAME.search(entity.name):
            continue
        surname = entity.name.split()[-1]
        person = persons.get(surname)
        if person is None or surnames.get(surname) != 1 or person.id in found:
            continue
        found[person.id] = replace(entity, type="PERSON", aliases=tuple(dict.fromkeys((*entity.aliases, surname))),
                                   evidence=entity.evidence + person.evidence)
    return found


#: An honorific and a name ("Mr Balls", "Mrs. Smith", "Dr Ana Ruiz"): a person, whatever the type.
_HONORIFIC_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})")


def honorific_organisations(entities: dict[str, Entity]) -> dict[str, str]:
    """Organisation entities written as an honorific and a name ("Mr Balls said he was sure …",
    which the entity stage typed ORG beside the PERSON "Ed Balls"): {the organisation's id: the
    id of the one person whose name ends with that surname}, or the organisation's own id where
    no person or several do (it is then read as a person of its own). A name with an
    organisation noun stays an organisation ("Lord Chancellor's Department")."""
    found = {}
    for entity in entities.values():
        match = _HONORIFIC_NAME.fullmatch(entity.name)
        if entity.type != "ORG" or match is None or ORGANISATION_NAME.search(entity.name):
            continue
        surname = match.group("name").split()[-1]
        owners = [e.id for e in entities.values() if e.type == "PERSON" and e.name.split()[-1] == surname]
        found[entity.id] = owners[0] if len(owners) == 1 else entity.id
    return found


_WHO_AFTER = re.compile(r",\s+who(?:se)?\b")
#: An office set off by a comma after a name ("Seyed Reza Mortazavi, the provincial governor."):
#: the comma and its determiner, `TITLE` then matched from where it ends.
_APPOSITIVE = re.compile(r",\s+(?:(?:the|an?)\s+)?")
#: What closes that office: a punctuation mark, so "…, the official newspaper" is no office; or
#: the field or place it is held in ("Omid Nouri, Professor in urban horticulture, …").
_CLOSED = re.compile(r"\s*[,.;:)]|\s+(?:in|at)\s+[a-z]")


def office_after(text: str, end: int) -> bool:
    """Whether an office set off by a comma follows a name that ends at `end`."""
    comma = _APPOSITIVE.match(text, end)
    title = TITLE.match(text, comma.end()) if comma is not None else None
    return (title is not None and title_head(title.group(0)) is not None
            and _CLOSED.match(text, title.end()) is not None)


#: A lower-case occupation right before a name ("environmentalist Mitra Alborzimanesh"): only a
#: person practises one.
_OCCUPATION_BEFORE = re.compile(
    r"\b(?:environmentalist|economist|analyst|expert|scholar|lawyer|attorney|professor|researcher|writer|author|"
    r"journalist|commentator|academic|historian|activist|artist|scientist|sociologist|psychologist|physician|"
    r"doctor|engineer|architect|filmmaker|poet|novelist|photographer|entrepreneur|businessman|businesswoman)\s+$")
#: "he"/"she" speaking within the next sentences ("“…,” she said.", "She added …"): a finite form
#: of a speech verb (`accords.quotes.verbs.SPEECH_LEMMAS`), not of a verb of view ("she believes"
#: says what is held, not that she spoke), or "went on".
_PRONOUN_SPEAKS = re.compile(
    r"(?:\b[Hh]e|\b[Ss]he)\s+(?:also\s+)?(?:"
    + "|".join(sorted(finite_forms(SPEECH_LEMMAS - VIEW_LEMMAS), key=len, reverse=True)) + r"|went\s+on)\b")
#: How far after the name that pronoun may speak.
_PRONOUN_REACH = 300


#: People nouns an organisation or a place may be called too ("Goldman Sachs, a member of the
#: consortium", "a key player", "the owner of …"): no sign of a person after a name.
_SHARED_NOUNS = frozenset(
    "member partner leader owner supporter donor shareholder stakeholder investor customer player source local "
    "family staff crew police native fan user subscriber participant delegate representative agent "
    "regulator trustee petitioner complainant claimant appellant respondent litigant plaintiff defendant "
    "opponent critic advocate colleague peer fellow graduate alumnus alumni".split())
#: A person noun set off by a comma after a name, an indefinite article and up to three words
#: before it ("Regina Watteel, a statistician,", "Shannon Hall, an economist at the bank,", "…, a
#: mother of two in Saskatoon"; any "-ician" or "-ologist": "a statistician"): only a person is one.
_PERSON_AFTER = re.compile(
    r",\s+an?\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(PEOPLE_NOUNS - _SHARED_NOUNS, key=len, reverse=True)) + r"|[a-z]+(?:ician|ologist))\b(?!['’-])")


def occupied_speaker(text: str, start: int, end: int) -> bool:
    """Whether a name at `start`..`end` follows a lower-case occupation, or a person noun set off
    by a comma follows it (`_PERSON_AFTER`), and "he" or "she" speaks soon after it ("In an
    interview with ISNA, environmentalist Mitra Alborzimanesh challenged the idea … “…,” she
    said.", "Regina Watteel, a statistician, reviewed the data. “…,” she said."): the name is a
    person's, whatever type the entity stage gave it."""
    return ((_OCCUPATION_BEFORE.search(text, max(0, start - 30), start) is not None
             or _PERSON_AFTER.match(text, end) is not None)
            and _PRONOUN_SPEAKS.search(text, end, end + _PRONOUN_REACH) is not None)


def organisations_called_who(text: str, entities: dict[str, Entity], extraction: Extraction) -> list[str]:
    """Organisation entities with a person's name that a relative "who" follows ("Montell
    Figgins, who represents Thomas, said …"): English gives organisations "which", people
    "who", so the entity stage's type was wrong; or that an office set off by commas follows
    ("In Isfahan, the Uzbek official met with Seyed Reza Mortazavi, the provincial governor."),
    which only a person holds; or that a person noun or an occupation frames while "he" or "she"
    speaks next (`occupied_speaker`), the only sign read for a place's name. Names with an
    organisation noun or a digit stay organisations ("the union, who …" is colloquial)."""
    found = []
    for mention in extraction.mentions:
        entity = entities.get(mention.entity_id or "")
        if (entity is None or entity.type not in ("ORG", "PLACE") or not _NAME_LIKE.fullmatch(entity.name)
                or ORGANISATION_NAME.search(entity.name) or entity.id in found):
            continue
        if entity.type == "PLACE":
            # a place the entity stage made of a given name and a surname ("Shannon Hall, an
            # economist at the bank, …. “…,” she said"): only where a person noun or an occupation
            # frames it and "he" or "she" speaks next ("In Nova Scotia, the premier, …" stays a place)
            if gender_of_given_name(entity.name.split()[0]) is not None and any(
                    occupied_speaker(text, ev.start, ev.end) for ev in mention.evidence):
                found.append(entity.id)
            continue
        if any(_WHO_AFTER.match(text, ev.end) or office_after(text, ev.end) or occupied_speaker(text, ev.start, ev.end)
               for ev in mention.evidence):
            found.append(entity.id)
    return found
