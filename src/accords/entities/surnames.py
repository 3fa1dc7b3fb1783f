"""A surname alone is a mention of the person the article named in full.

"Iranian President Hassan Rouhani held talks ... Rouhani met separately with President of
Kazakhstan Nursultan Nazarbayev": the second "Rouhani" is the president. Linking joins a bare
surname to its person when the recogniser marks it as a name; at the start of a sentence, or
before a verb it reads as part of a name, the small model often does not, and the mention is
lost to every later stage (the events lose the side of its subject, the quotes their speaker).

Each whole-word occurrence that no entity covers, of the surname of a person named in full whom
the article ties to a country or gives a title, is a mention of that person. A surname is used only when it is unambiguous: at least four letters,
capitalised, borne by people of one country only (the one the article names most), and no word of
any other entity's name (a place, an organisation, a project); an occurrence counts where it is a
singular proper noun standing alone, or a capitalised word the tagger read as a common noun ("Trump
blamed Iran": "Trump" opening a sentence is tagged NN); not "Democrats", not "the Biden-Harris
Administration".
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from accords.entities.lexicon import TITLE_HEADS
from accords.entities.linking import Cluster
from accords.entities.tokens import TokenIds, string_id
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import place_country

_MIN_LETTERS = 4
#: A joined Arabic article before a surname ("al-Assad", "Al-Sudani", "el-Sisi").
_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)[-\u2011](?=[A-Z])")
#: Tags of a surname standing alone: a proper noun, or a capitalised word the small model reads
#: as a common noun ("Trump blamed Iran ...": "Trump" at the start of a sentence is tagged NN).
#: Not NNPS ("Democrats"); only the surname's own capitalised spelling is looked for.
_NAME_TAGS = frozenset({"NNP", "NN"})
#: Nouns after a leader's surname that make it name a government, not the person.
_GOVERNMENTS = frozenset({"administration", "government", "cabinet", "presidency", "era"})


def add_surname_mentions(clusters: list[Cluster], doc: Doc, ids: TokenIds) -> int:
    """Add a mention to each person cluster on every uncovered occurrence of its surname;
    return how many were added."""
    bearers: dict[str, list[Cluster]] = {}
    others: set[str] = set()
    for cluster in clusters:
        words = cluster.fullest().split()
        if cluster.type != "PERSON":
            others.update(word.casefold() for word in words)
            continue
        if len(words) < 2 or country_by_alias(words[0]) is not None or place_country(words[0]) is not None:
            continue  # "Virginia Democrats": a place's people, no person
        if not any(m.country or m.title for m in cluster.members):
            continue  # a person the article places or titles, not a stray capitalised pair ("Fallen Order")
        surname = _bare(words[-1])
        if len(surname) >= _MIN_LETTERS and surname.isalpha() and surname[0].isupper() \
                and surname.lower() not in TITLE_HEADS:  # "Amir Sheikh": "Sheikh Tamim" is no surname
            bearers.setdefault(surname, []).append(cluster)
    usable = {surname: bearer for surname, people in bearers.items()
              if surname.casefold() not in others and (bearer := _bearer(people)) is not None}
    if not usable:
        return 0
    _place_namesakes(clusters, usable)
    _fold_bare_surnames(clusters, usable)
    uses: dict[int, list[int]] = {string_id(surname): [] for surname in usable}
    for i in ids.where_orth(uses):
        uses[ids.orth[i]].append(i)
    taken = {i for cluster in clusters for m in cluster.members for i in range(m.start, m.end)}
    added = 0
    for surname, person in usable.items():
        model = max(person.members, key=lambda m: len(m.name.split()))
        for i in uses[string_id(surname)]:
            if i in taken or doc[i].tag_ not in _NAME_TAGS or _glued(doc, i) or (
                    i + 1 < len(doc) and doc[i + 1].lower_ in _GOVERNMENTS):
                continue  # a plural ("Democrats"); a pair ("Biden-Harris"); a government ("the Biden Administration")
            person.members.append(dataclasses.replace(
                model, start=i, end=i + 1, name=surname, aliases=(), title=None, source="surname", extra={}))
            taken.add(i)
            added += 1
    return added


def _place_namesakes(clusters: list[Cluster], usable: dict[str, Cluster]) -> None:
    """A person the article gives no country, named with the surname of a placed person, is of
    that person's country: "Taoiseach Harris" (the title not read as one) beside "Simon Harris"
    of Ireland, "Hojjatoleslam Rouhani" beside "Hassan Rouhani", a relative ("Hunter Biden").
    They stay apart (a relative is another person); the events read the country as a side."""
    for cluster in clusters:
        if cluster.type != "PERSON" or _country(cluster) is not None:
            continue
        words = cluster.fullest().split()
        bearer = usable.get(_bare(words[-1])) if len(words) >= 2 else None
        country = _country(bearer) if bearer is not None and bearer is not cluster else None
        if country is not None:
            cluster.members[:] = [dataclasses.replace(m, country=country) for m in cluster.members]


def _fold_bare_surnames(clusters: list[Cluster], usable: dict[str, Cluster]) -> None:
    """A person named only by a usable surname the linking left apart ("Assad" beside "Bashar
    al-Assad", the joined article hiding the shared last word) is that surname's bearer: its
    mentions join the bearer's, when it has no country or the bearer's."""
    for cluster in list(clusters):
        words = cluster.fullest().split()
        bearer = usable.get(words[0]) if cluster.type == "PERSON" and len(words) == 1 else None
        if bearer is None or bearer is cluster or _country(cluster) not in (None, _country(bearer)):
            continue
        model = max(bearer.members, key=lambda m: len(m.name.split()))
        bearer.members.extend(dataclasses.replace(model, start=m.start, end=m.end, name=m.name, aliases=(), title=None,
                                                  source="surname", extra={}) for m in cluster.members)
        clusters.remove(cluster)


def _country(cluster: Cluster) -> str | None:
    return next((m.country for m in cluster.members if m.country), None)


def _bearer(people: list[Cluster]) -> Cluster | None:
    """The person a bare surname names: None when bearers of two countries share it ("Ali
    Karimi" of Iran, "Hamid Karimi" of Afghanistan); else the bearer the article names most,
    among those it ties to a country ("Joe Biden" over "Hunter Biden" in a story about both;
    "Hassan Rouhani" over a stray "Hojjatoleslam Rouhani" the recogniser gave no country)."""
    countries = {c for c in map(_country, people) if c}
    if len(countries) > 1:
        return None
    placed = [p for p in people if _country(p)] or people
    return max(placed, key=lambda p: (len(p.members), -min(m.start for m in p.members)))


def _bare(surname: str) -> str:
    """The surname without a joined Arabic article: "al-Assad" is "Assad" when used alone
    ("Assad said ..."), as the text shortens it; other names stay as written."""
    match = _ARTICLE.match(surname)
    return surname[match.end():] if match else surname


def _glued(doc: Doc, i: int) -> bool:
    """Token i is glued to a hyphen on either side ("Biden-Harris")."""
    before = i > 0 and doc[i - 1].text in ("-", "\u2013") and not doc[i - 1].whitespace_
    after = i + 1 < len(doc) and doc[i + 1].text in ("-", "\u2013") and not doc[i].whitespace_
    return before or after

