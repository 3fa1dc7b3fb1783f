"""Whose voice "the mission said" is when the institution it refers back to was written out before
but is no organisation the entity stage knows ("The Iranian mission to the United Nations in New York
also issued a statement … “…,” the mission said"; issue 14, quote speakers).

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
    owner = found.group("owner")
    return " ".join(part for part in (owner, found.group("mods").strip(), found.group("noun"),
                                      (found.group("tail") or "").strip()) if part)
