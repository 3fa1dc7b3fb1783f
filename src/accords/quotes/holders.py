"""Whose words "the Iranian Foreign Ministry spokesman said" are when the text named the holder
of that office before ("Iranian Foreign Ministry spokesman Nasser Kanaani also condemned ..."):
that person, rather than the office as a role of its organisation (issue 14, quote speakers).

A definite office phrase means the person named before it whose own titles hold every word of
the phrase ("Foreign Ministry spokesman" is "Iranian Foreign Ministry spokesman Nasser Kanaani",
never "Foreign Minister Hossein Amir Abdollahian"); the most recently named such person wins. A
legislature's presiding officer written otherwise ("the Chairman of the Legislative Chamber of
Uzbekistan" for "Uzbek Parliament Speaker Nurdinjon Ismoilov") is the person of the phrase's
country named before who holds that seat (`accords.quotes.titles.same_presiding_seat`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.quotes.country_words import country_in
from accords.quotes.speakers import People
from accords.quotes.roles import singular_role
from accords.quotes.titles import same_presiding_seat, title_words

_DEFINITE = re.compile(r"(?i)^\s*the\s+")
#: A definite office word alone ("The spokesman").
_BARE = re.compile(r"(?i)\s*the\s+[a-z-]+\s*")


def holder_named_before(people: People, start: int, end: int) -> str | None:
    """The entity id of the person named before `start` whose titles hold every word of the
    definite office phrase text[start:end], or None."""
    phrase = people.text[start:end]
    if _DEFINITE.match(phrase) is None:
        return None
    wanted = title_words(phrase)
    if len(wanted) < 2:
        return None  # "the spokesman": any of them; the organisation whose role spoke decides
    if "official" in wanted and len(wanted) > 2:
        wanted -= {"official"}  # "the Foreign Ministry official": any office of the ministry
        # ("Foreign Ministry spokesman Saeed Khatibzadeh"), the organisation's words all held
    last_named: dict[str, int] = {}  # each entity's last mention before the phrase
    for ref in people.names:
        if ref.start >= start:
            break
        if ref.entity is not None:
            last_named[ref.entity] = ref.start
    for entity_id in sorted(last_named, key=last_named.__getitem__, reverse=True):
        entity = people.person(entity_id)
        if entity is not None and entity.type == "PERSON" and any(wanted <= title_words(t) for t in people.titles(entity)):
            return entity_id
    country = country_in(phrase)
    for entity_id in sorted(last_named, key=last_named.__getitem__, reverse=True):
        entity = people.person(entity_id)
        if country and entity is not None and entity.type == "PERSON" and people.countries.get(entity_id) == country and any(
                same_presiding_seat(phrase, t) for t in people.titles(entity)):
            return entity_id  # "the Chairman of the Legislative Chamber of Uzbekistan": "Uzbek Parliament Speaker X"
    return None


def recent_holder(people: People, start: int, end: int, role: str, recent: Sequence[str]) -> str | None:
    """ "The spokesman also expressed concern …" where no organisation whose voice it could be has
    spoken: the person spoken of lately (the first three of `recent`) whose titles hold the role
    word ("Iranian government spokesman Ali Rabiei"), or None. Only a definite singular phrase
    ("the spokesman", "the government spokesman") refers back so."""
    if not role or _DEFINITE.match(people.text[start:end]) is None:
        return None
    for entity_id in recent[:3]:
        entity = people.person(entity_id)
        if entity is not None and entity.type == "PERSON" and any(
                role in title_words(t) for t in people.titles(entity)):
            return entity_id
    return None


def bare_office_holder(people: People, start: int, end: int, head: str, recent: Sequence[str],
                       roles: Sequence[str]) -> str | None:
    """ "The spokeswoman said" (the office word alone, definite) where no organisation's role of
    that word has spoken: the person spoken of lately who holds it (`recent_holder`: "Russian
    Foreign Ministry spokeswoman Maria Zakharova ... the spokeswoman said"), before the
    organisation named last, whose voice it is only when no such person is near."""
    role = singular_role(head)
    if _BARE.fullmatch(people.text, start, end) is None or people.text[start:end].split()[-1].lower() != head:
        return None
    if any(name.lower().endswith(role) for name in roles):
        return None  # "a Health Canada spokeswoman said ... the spokeswoman added": that voice
    return recent_holder(people, start, end, role, recent)
