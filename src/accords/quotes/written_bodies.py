"""Whose voice "the mission said", "the automaker said" or "PETA said" is when the entity stage gave
the clause's subject no organisation (issue 14, quote speakers): bodies the text writes out or
abbreviates, and companies called by their trade.

- "the mission": the institution written out before but no organisation the entity stage knows
  ("The Iranian mission to the United Nations in New York also issued a statement … “…,” the
  mission said"), as below;
- "the automaker", "the utility", "the Japanese carmaker": a company called by its trade is the
  last company named before it, as "the company" is (`accords.quotes.bodies.organisation_of_kind`);
- "agency officials said", "Company management said", "a company spokesman said": the people of an organisation called by its
  kind speak for the last organisation of that kind named before ("NASA"), as "the agency" would;
- "PETA said": an acronym no organisation of the article holds is the name it abbreviates where
  the text writes that out ("People for the Ethical Treatment of Animals"), else the acronym; never
  a word in capitals opening a paragraph, a dateline's place ("TEHRAN –").

A definite bare noun of a state body ("the mission", "the embassy", "the ministry") as the subject
of a reporting clause means the body of that noun written out last in its paragraph or the two
before, with what makes it one body: an owner ("Iran's mission"), capitalised or national words
before the noun ("The Iranian mission", "the Turkish Foreign Ministry"), or a proper name after
it ("the mission to the United Nations"). The speaker is that phrase as written, without "the":
the gold convention writes an organisation that speaks as the text writes it. A bare "the
ministry" with no such phrase before it stays what `accords.quotes.sources.description` makes it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accords.quotes.bodies import COMPANY_NOUNS, organisation_of_kind
from accords.quotes.names import expanded

if TYPE_CHECKING:  # types only: the article reader this module asks, never built here
    from accords.model import Entity
    from accords.quotes.sources import Speaker
    from accords.quotes.speakers import People

#: Nouns of a state body that a definite "the <noun> said" refers back to.
BODY_NOUNS = ("mission", "embassy", "consulate", "ministry", "delegation")
#: How many paragraphs before the clause's own the body may be written out.
_PARAGRAPHS = 2
_NOUN = "|".join(BODY_NOUNS)
_WRITTEN = re.compile(
    r"(?:\b(?P<owner>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*['’]s?)\s+|\b[Tt]he\s+)"
    r"(?P<mods>(?:[A-Z][\w-]*\s+){0,4})"
    rf"(?P<noun>(?i:{_NOUN}))\b"
    r"(?P<tail>\s+(?:to|of|for|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w-]*)*)?")
_BARE = re.compile(rf"(?i)the\s+(?P<noun>{_NOUN})")


def written_body(text: str, subject: tuple[int, int]) -> str | None:
    """The body a bare definite subject ("the mission") at `subject` refers back to, as written
    ("Iranian mission to the United Nations"), or None (see the module docstring)."""
    bare = _BARE.fullmatch(text, *subject)
    if bare is None:
        return None
    noun = bare.group("noun").lower()
    since = subject[0]
    for _ in range(_PARAGRAPHS + 1):
        since = text.rfind("\n", 0, max(0, since - 1))
        if since < 0:
            since = 0
            break
    found = None
    for match in _WRITTEN.finditer(text, since, subject[0]):
        if match.group("noun").lower() == noun and (match.group("owner") or match.group("mods") or match.group("tail")):
            found = match
    if found is None:
        return None
    return _as_written(found)


def _as_written(found: re.Match[str]) -> str:
    """A body's phrase as the text writes it, without "the" ("Iranian mission to the United Nations")."""
    return " ".join(part for part in (found.group("owner"), found.group("mods").strip(), found.group("noun"),
                                      (found.group("tail") or "").strip()) if part)


def body_written_here(text: str, subject: tuple[int, int]) -> str | None:
    """A state body the subject itself writes out, speaking with no organisation the entity stage
    knows ("“…,” the Iranian embassy in Baku said in a statement", "the Russian embassy said"): the
    phrase as written, its place after it included, or None for a bare noun ("the embassy")."""
    match = _WRITTEN.match(text, subject[0])
    if match is None or not match.start("noun") < subject[1] <= match.end() or not (
            match.group("owner") or match.group("mods") or match.group("tail")):
        return None
    return _as_written(match)


#: Nouns for any company, which `accords.quotes.sources` reads bare ("the company said") and which
#: a modifier makes a company of another kind ("the production company"), not the one named before.
_KIND_ONLY = frozenset(("company", "firm", "corporation"))
#: A company called by its trade, with at most three modifiers ("the Japanese automaker", "the
#: state's largest utility").
_TRADE = re.compile(rf"(?i)the\s+(?:[\w'’-]+\s+){{0,3}}(?P<noun>{'|'.join(sorted(COMPANY_NOUNS - _KIND_ONLY))})")
#: A company noun with one modifier that names its line of business ("the production company", "the
#: record company"), as a subject.
_MODIFIED_KIND = re.compile(rf"(?i)the\s+(?P<mod>[a-z]{{4,}})\s+(?:{'|'.join(sorted(_KIND_ONLY))})")
#: An acronym alone as the subject ("PETA", "RCMP"): no pronoun in capitals.
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")


#: The people of an organisation called by its kind ("agency officials", "company management").
_KIND_PEOPLE = re.compile(
    r"(?i)(?:(?:the|a|an)\s+)?(?P<noun>company|agency|ministry|department|utility|firm)(?:['’]s)?\s+"
    r"(?:officials|executives|management|spokesman|spokeswoman|spokesperson|representatives?|leaders|leadership)")


def unnamed_body(people: People, subject: tuple[int, int] | None, found: Speaker | None) -> tuple[str | None, str] | None:
    """The organisation (entity id, name) a subject the entity stage left without one means, or the
    people of one called by its kind (`found`, what the subject gave so far) mean (see the module
    docstring), or None."""
    if subject is None:
        return None
    text = people.text
    kind = _KIND_PEOPLE.fullmatch(text, *subject) if found is None or found.entity is None else None
    if kind is not None:
        entity = people.person(organisation_of_kind(people, kind.group("noun").lower(), subject[0]))
        return (entity.id, entity.name) if entity is not None else None
    if found is not None:
        return None
    body = written_body(text, subject) or body_written_here(text, subject)
    if body is not None:
        return None, body
    trade = _TRADE.fullmatch(text, *subject)
    if trade is not None:
        entity_id = organisation_of_kind(people, trade.group("noun").lower(), subject[0])
        entity = people.person(entity_id)
        return (entity.id, entity.name) if entity is not None else None
    modified = _MODIFIED_KIND.fullmatch(text, *subject)
    if modified is not None and (entity := _named_for(people, modified.group("mod").lower(), subject[0])) is not None:
        # "the production company said" after "Dick Clark Productions denied …" (a name the entity
        # stage may have taken for a person's: then the name alone)
        return (entity.id if entity.type == "ORG" else None), entity.name
    opens = subject[0] == 0 or text[subject[0] - 1] == "\n"  # "TEHRAN –": a dateline's place, in capitals
    if _ACRONYM.fullmatch(text, *subject) and not opens and text[subject[0]:subject[1]] not in ("I", "US", "UK", "OK"):
        acronym = text[subject[0]:subject[1]]
        return None, expanded(text, acronym) or acronym
    return None


def _named_for(people: People, word: str, before: int) -> Entity | None:
    """The one organisation named in the paragraph of `before` or the `_PARAGRAPHS` before it whose
    name holds `word` as a word of its own, plural or not ("Productions" for "production", "Records"
    for "record"; after the first word where the entity stage took the name for a person's), or
    None when none or several do."""
    since = before
    for _ in range(_PARAGRAPHS + 1):
        since = people.text.rfind("\n", 0, max(0, since - 1))
        if since < 0:
            since = 0
            break
    found = {entity.id: entity for ref in people.names if since <= ref.start < before
             and (entity := people.entities.get(ref.entity) if ref.entity else None) is not None
             and entity.type in ("ORG", "PERSON") and any(
                 w.lower().rstrip("s") == word.rstrip("s") and (entity.type == "ORG" or (i > 0 and w[:1].isupper()))
                 for i, w in enumerate(entity.name.split()))}
    return next(iter(found.values())) if len(found) == 1 else None
