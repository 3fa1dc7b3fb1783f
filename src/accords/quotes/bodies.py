"""Which organisation a bare definite organisation noun speaking means: "the company said", "the
ministry said", "the agency said" (issue 14, quote speakers).

News writes an organisation's name once and then its kind: "Nissan said … | “…,” the company
said". When no organisation spoke before whose name the noun may be (`accords.quotes.sources`,
`Context.organisation`), the noun means the last organisation named before the clause that is of
its kind: a company for "the company" or "the firm" (an ORG whose name is no state
body's, public body's, party's, school's or medium's, `_NOT_COMPANY`); a state body for "the
ministry", "the department", "the agency" (an ORG whose name holds one of the kind's own words,
"Ministry of Foreign Affairs", "Food and Drug Administration"); likewise a union ("the union": a
union, federation, association or guild), a board, a council, a commission, a party or a city for
its own noun. The organisation must be named
in the clause's paragraph or the two before it; of several, the one the article has named most
so far (the company it is about, not a product line typed as an organisation: "DaimlerChrysler
… its Mercedes Smart range … the firm said"), and none when two are named equally often
("Apple and Samsung settled …": either of two). "The group" means an organisation whose name calls
it a group ("WeWorkers Coalition") first, then the organisation that spoke last, then any named
before that is no state body or medium (`accords.quotes.sources`).
None when none fits: the noun is then kept as written where the stage keeps descriptions
(`sources.description`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the article reader this module asks, never built here
    from accords.quotes.speakers import People

#: Nouns that name a company, and the state bodies' nouns with the words their names hold.
COMPANY_NOUNS = frozenset(
    "company firm corporation carrier airline automaker carmaker retailer lender insurer utility manufacturer "
    "chipmaker drugmaker studio chain conglomerate startup".split())  # (not "miner", "producer": people too)
_COMPANY = COMPANY_NOUNS
_STATE_WORDS = {
    "ministry": ("ministry", "department"),
    "department": ("department", "ministry"),
    "agency": ("agency", "administration", "bureau", "service", "authority", "commission"),
    "regulator": ("authority", "commission", "agency", "administration", "regulator", "board"),
    # public bodies and unions named by their kind as often ("ETFO … | the union said", "the board
    # said" after "the Toronto District School Board", "the party said", "the city said")
    "union": ("union", "federation", "association", "guild", "brotherhood", "teamsters"),
    "board": ("board",),
    "council": ("council",),
    "commission": ("commission",),
    "party": ("party",),
    "city": ("city", "town", "municipality"),
}
#: Words whose presence makes an organisation's name no company's: state and public bodies,
#: international bodies, parties, schools, churches, media, courts, forces, unions, charities.
_NOT_COMPANY = frozenset((
    "ministry department agency administration bureau service services authority commission council "
    "committee government parliament congress senate assembly office court police army navy force forces "
    "guard university college school institute academy hospital church party union association federation "
    "foundation organisation organization league society fund charity coalition alliance movement "
    "news times post press daily journal herald tribune gazette tv radio network broadcasting agency "
    "museum center centre board club team nations un nato who imf"
).split())
#: How far back the organisation may be named: the clause's paragraph and the two before it.
_PARAGRAPHS = 3


#: Nouns for any organisation that is no state body or medium ("the group said"), which no
#: organisation reference of the article covers (`accords.quotes.persons.ORGANISATION_NOUNS`).
GROUP_NOUNS = frozenset("group coalition".split())
#: Words of an organisation's name that "the group" means before any other ("WeWorkers Coalition",
#: "Big Machine Label Group"), even when a company it speaks of spoke since.
_GROUP_NAME_WORDS = frozenset("group coalition alliance association union network movement campaign federation".split())
_NOT_GROUP = _NOT_COMPANY - frozenset(
    "union association federation foundation organisation organization league society fund charity coalition "
    "alliance movement center centre board club institute".split())


def kind_of(noun: str) -> str | None:
    """The kind of organisation a bare noun names: "company", "group", a state body's noun, or None."""
    noun = noun.lower()
    if noun in _COMPANY:
        return "company"
    if noun == "named group":
        return noun
    if noun in GROUP_NOUNS:
        return "group"
    return noun if noun in _STATE_WORDS else None


def fits(noun: str, name: str) -> bool:
    """Whether the organisation `name` is of the kind the bare noun `noun` names."""
    kind = kind_of(noun)
    words = {w.lower() for w in re.findall(r"[\w'’&-]+", name)}
    if kind is None or not words:
        return False
    if kind in ("company", "group"):  # "NATO", "IAEA": no company
        return not words & (_NOT_COMPANY if kind == "company" else _NOT_GROUP) and not name.isupper()
    if kind == "named group":
        return bool(words & _GROUP_NAME_WORDS)
    return bool(words & set(_STATE_WORDS[kind]))


def organisation_of_kind(people: People, noun: str, before: int) -> str | None:
    """The entity id of the organisation a bare `noun` ("company", "ministry") at `before`
    means: the last ORG named in the clause's paragraph or the two before it whose name fits
    the noun's kind (`fits`), or None."""
    if kind_of(noun) is None:
        return None
    since = before
    for _ in range(_PARAGRAPHS):
        since = people.text.rfind("\n", 0, max(0, since - 1))
        if since < 0:
            since = 0
            break
    found = [(ref.start, entity.id) for ref in people.names if since <= ref.start < before
             and (entity := people.entities.get(ref.entity) if ref.entity else None) is not None
             and entity.type == "ORG" and fits(noun, entity.name)]
    if not found:
        return None
    named = {e: sum(1 for r in people.names if r.entity == e and r.start < before) for _, e in found}
    last_at = {e: at for at, e in found}
    best = max(named, key=lambda e: (named[e], last_at[e]))
    if any(e != best and named[e] == named[best] for e in named):
        return None  # "Apple and Samsung settled … The company said": either of two
    return best
