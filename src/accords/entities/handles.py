"""A social-media handle that spells a person's name ("@HikmetHajiyev", "@MevlutCavusoglu"): the person.

State press quotes officials' posts with their handles in place of their names ("a cordial meeting
with @HikmetHajiyev"); the gold records the person under the name with the handle as an alias
(`tests/gold/README.md`, "a Twitter handle standing for a person"). The small model tags the handle
ORG, which `plausible.plausible_org` drops. A handle is read as a name only when its words are
capitalised (two or three, of three letters or more) and the name is an office holder's the tables
know, or its first word is a known given name: "@WhiteHouse", "@JZarif" and "@NGRSenate" stay none.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from accords import knowledge
from accords.entities.candidates import PATTERN, Candidate
from accords.quotes.given_names import gender_of_given_name

_HANDLE = re.compile(r"@((?:[A-Z][a-z]{2,}){2,3})")
_WORD = re.compile(r"[A-Z][a-z]+")


@functools.cache
def _holders() -> dict[str, str]:
    """The office holders' names and aliases of two words or more, folded and without spaces, with
    the name as the tables write it."""
    return {knowledge.fold(form).replace(" ", ""): term.name for term in knowledge.terms()
            for form in (term.name, *term.aliases) if " " in form.strip()}


def handle_people(doc: Doc) -> list[Candidate]:
    """The people the handles of `doc` spell (see the module docstring), named as the tables write
    them or as the handle's words, with the handle as an alias."""
    found = []
    for token in doc:
        match = _HANDLE.fullmatch(token.text)
        if match is None:
            continue
        words = _WORD.findall(match.group(1))
        name = _holders().get(match.group(1).lower())
        if name is None and gender_of_given_name(words[0]) is None:
            continue
        name = name or " ".join(words)
        found.append(Candidate(token.i, token.i + 1, "PERSON", name, PATTERN, aliases=(token.text,),
                               source="pattern:handle"))
    return found
