"""What an earlier mention may be for a later reference to a speaker (quotes: who "he", "she"
and "a spokesman" mean).

Two rules of reference a linguist applies before looking for an antecedent:

- a person's name may hold a lower-case particle between its capitalised words ("Rodrigo de
  Rato", "Nick Van den Brul", "Ursula von der Leyen"): written so, it is still a person's name,
  whom a following "he" or "she" may mean, and no organisation's (`PERSON_NAME`);
- an indefinite role noun is relational ("a spokesperson" is someone's): bare, it bridges to the
  organisation just spoken of ("Customs and Border Protection did not accept the offer. A
  spokesperson said …"); but with a common noun of its own before it ("a union spokesman", "a
  venue spokesman", "a senior party spokesman") it names the kind of body it speaks for, and
  that body is a new one, not the organisation spoken of last (which the text would have
  called "its spokesman" or "the company's spokesman"), unless the noun is in its name ("a
  party spokesman" after the "British National Party") (`names_another_body`).
"""

from __future__ import annotations

import re

#: Lower-case words that may stand inside a person's name between capitalised ones (the entity
#: stage's own list, `accords.entities.lexicon.NAME_PARTICLES`, is a layer above the quotes).
PARTICLES = frozenset("al el bin ibn bint ul ud van von de da di du der den del della dos das le la ter".split())
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
#: Two to four capitalised words, lower-case particles allowed between them: a person's name
#: rather than an organisation's role or a group ("Eswar Prasad", "Rodrigo de Rato").
PERSON_NAME = re.compile(
    rf"[A-Z][a-z][\w'’.-]*(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}[A-Z][\w'’.-]*){{1,3}}")
#: An indefinite determiner opening a noun phrase ("a", "an", "another", "one"), and the
#: lower-case words before the role noun.
_INDEFINITE = re.compile(r"(?i)(?:an?|another|one)\s+(?P<modifiers>(?:[a-z][a-z-]*\s+)*)(?P<head>[a-z]+)$")
#: Modifiers of a role that say its rank or manner, not the kind of body it speaks for.
_RANKS = frozenset(
    "senior junior chief deputy former acting top press official principal lead second third new longtime "
    "unnamed anonymous authorised authorized designated".split())


def names_another_body(phrase: str, head: str, last: str) -> bool:
    """Whether an indefinite role phrase names, with a common noun before the role, the kind of
    body it speaks for ("a union spokesman", "A venue spokesman", "a senior party spokesman", the
    role noun `head` last): a body the text has not named, not the organisation spoken of
    before, `last`, unless that organisation's name holds the noun ("a party spokesman" after
    the "British National Party"). The caller has already found no organisation named in the phrase."""
    match = _INDEFINITE.fullmatch(phrase.strip())
    if match is None or match.group("head") != head:
        return False  # "a spokesman for the company": it says whose voice
    kinds = {w for w in match.group("modifiers").split() if w not in _RANKS}
    return bool(kinds - {w.lower() for w in re.findall(r"[\w'’-]+", last)})

