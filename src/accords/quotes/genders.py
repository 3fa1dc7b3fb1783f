"""Whose gender the article tells, for "he" and "she" (quotes: whose words a pronoun means).

A person's gender is voted from the article: an honorific or a rank of one sex right before a
mention ("Mr", "Lord Kinnock", "Dame Judi Dench") counts three, the gendered pronoun that first
follows a mention in its own sentence ("Omar ... her office") one, and a given name that is
nearly always one gender's (`accords.quotes.given_names`) two. A tie tells nothing, and the
pronoun then agrees with anyone. `accords.quotes.speakers.People.gender` asks this module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from accords.quotes.given_names import gender_of_given_name
from accords.quotes.titles import TITLE_PREFIXES

if TYPE_CHECKING:
    from accords.model import Entity
    from accords.quotes.speakers import Reference

_GENDERED = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|[Ss]he|[Hh]er|[Hh]erself)\b")
#: An honorific or a rank of one sex right before a name ("Mr", "Lord Kinnock", "Dame Judi Dench"):
#: the gender `article_genders` counts three pronouns' worth.
_HONORIFIC = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Lord|Sir|Lady|Dame|Baroness|Baron|King|Queen|Prince|Princess|Duke|Duchess|Cardinal|Pope)"
    r"\.?\s+$")
_MALE_HONORIFICS = frozenset("Mr Lord Sir Baron King Prince Duke Cardinal Pope".split())


def article_genders(text: str, names: Sequence[Reference], entities: Mapping[str, Entity]) -> dict[str, str]:
    """ "m" or "f" for each person of `entities` whose gender the article tells (see the module
    docstring), from the references `names` (sorted by start) to them in `text`."""
    votes: dict[str, list[int]] = {}
    for index, ref in enumerate(names):
        entity = entities.get(ref.entity or "")
        if entity is None or entity.type != "PERSON":
            continue
        tally = votes.setdefault(entity.id, [0, 0])
        honorific = _HONORIFIC.search(text, max(0, ref.start - 10), ref.start)
        if honorific is not None:
            tally[0 if honorific.group(1) in _MALE_HONORIFICS else 1] += 3
        opening = max(text.rfind(". ", 0, ref.start), text.rfind("\n", 0, ref.start))
        if any(r.kind == "name" and r.end > opening and r.entity != ref.entity for r in names[max(0, index - 3):index]):
            continue  # not the sentence's first name: a pronoun after it is more likely the subject's
        stop = names[index + 1].start if index + 1 < len(names) else len(text)
        window = re.split(r"[.!?]\s|\n", text[ref.end:min(stop, ref.end + 200)])[0]  # its own sentence
        pronoun = _GENDERED.search(window)
        if pronoun is not None and not _object_of_verb(window, pronoun):
            tally[0 if pronoun.group(0).lower() in ("he", "his", "him", "himself") else 1] += 1
    for entity_id, tally in votes.items():
        given = given_name_gender(entities[entity_id].name)
        if given is not None:  # "Jennifer Ramsay": a name nearly always a woman's, worth two pronouns
            tally[0 if given == "m" else 1] += 2
    return {e: ("m" if m > f else "f") for e, (m, f) in votes.items() if m != f}


def given_name_gender(name: str) -> str | None:
    """The gender of a person's given name: the first word of a name of two or more words,
    after any titles before it ("Prime Minister Justin Trudeau": Justin), never the surname."""
    words = name.split()
    for word in words[:-1][:3]:
        gender = gender_of_given_name(word)
        if gender is not None:
            return gender
        if word.rstrip(".").lower() not in TITLE_PREFIXES:
            return None
    return None


def mention_gender(text: str, name: str) -> str | None:
    """ "m" or "f" for a one-word name no entity holds ("Zaqov, for his part, underscored …"):
    the gendered pronoun that first follows its mentions in their own sentences, where no other
    capitalised word comes between (the pronoun is then the name's, not another person's); None
    when no mention has one, or the mentions disagree."""
    votes = [0, 0]
    for mention in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        window = re.split(r"[.!?]\s|\n", text[mention.end():mention.end() + 200])[0]
        pronoun = _GENDERED.search(window)
        if pronoun is None or re.search(r"\b[A-Z]", window[:pronoun.start()]) or _object_of_verb(window, pronoun):
            continue
        votes[0 if pronoun.group(0).lower() in ("he", "his", "him", "himself") else 1] += 1
    if votes[0] == votes[1]:
        return None
    return "m" if votes[0] > votes[1] else "f"



#: A name's own verb right before a pronoun ("Dix | praised | her", "spoke with him"): the pronoun
#: is the verb's object, someone else (the name's own would be "herself", "himself").
_VERB_BEFORE = re.compile(r"\s*(?:[a-z]+ly\s+)?(?!(?:and|or|but|as|than|like)\s)[a-z]+(?:\s+(?:to|with|for|at|on|about|by|from))?\s+$")
#: Words after "her" that make it an object ("told her the plan", "thanked her for"), not a possessive ("her office").
_AFTER_OBJECT = re.compile(
    r"\s*(?:$|[^\w\s]|(?:the|a|an|to|and|or|but|that|this|for|at|in|on|with|from|by|about|as|after|before|during|"
    r"over|into|if|whether|of|up|out|back|down|off|again|directly|personally)\b)")


def _object_of_verb(window: str, pronoun: re.Match[str]) -> bool:
    """Whether the pronoun after a mention is the object of the mention's verb ("Adrian Dix praised
    her at the briefing", "Dix met with him"): another person's, no vote for the mention's gender.
    ("Jones announced her resignation" keeps its vote: a possessive.)"""
    word = pronoun.group(0).lower()
    if word not in ("him", "her") or not _VERB_BEFORE.fullmatch(window[:pronoun.start()]):
        return False
    return word == "him" or _AFTER_OBJECT.match(window, pronoun.end()) is not None
