"""From candidates to mentions and entities: resolve overlaps, then link within the article.

1. Overlaps: the candidate with the higher priority (then the longer one) wins; a country
   name or adjective may sit inside an organisation, project, event or document name
   ("Azerbaijani-Turkish business forum" counts AZE and TUR as well as the forum).
2. Linking: countries by ISO3, international organisations by acronym, people by name
   (a surname or a shorter form links to the fullest name: "Aliyev" -> "Ilham Aliyev"),
   everything else by type and folded name, and acronyms to their expansions.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc

from accords.entities.candidates import Candidate
from accords.gazetteer.countries import country_by_alias, country_by_iso3
from accords.gazetteer.places import SEATS, known_by_alias, place_country
from accords.gazetteer.us_states import US_STATES
from accords.quotes.given_names import is_given_name

_NESTING_HOSTS = frozenset({"ORG", "PROJECT", "EVENT_NAME", "DOCUMENT"})


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and dash-folded form of a name, without a leading "the".

    Cached: linking folds the same few names many times per article (every person cluster's
    fullest name at each comparison), and names recur across articles.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-").casefold()
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _nests(inner: Candidate, outer: Candidate) -> bool:
    # a curated name of a medium or group is no mention of the country in it ("France 24");
    # an international organisation sits inside the name of its meeting, programme or document
    # ("NATO Summit", "G7 Partnership for Global Infrastructure and Investment")
    # (a grouping of states the gazetteers know without a country, "AUKUS", "Quad", nests the same way:
    # "Quad Senior Cyber Group", "AUKUS Trilateral Joint Steering Groups")
    grouping = inner.source == "gazetteer:igo" or (inner.source == "gazetteer:known" and inner.country is None)
    nestable = inner.nested_ok or (inner.type == "ORG" and grouping and (
        outer.type == "EVENT_NAME" or (outer.type in ("PROJECT", "DOCUMENT") and outer.name.split()[-1][:1].isupper())))
    return (nestable and outer.type in _NESTING_HOSTS and outer.source != "gazetteer:known"
            and outer.start <= inner.start and inner.end <= outer.end
            and outer.end - outer.start > inner.end - inner.start)


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-conflicting candidates in text order (see the module docstring for the rule)."""
    pool = list(candidates)
    persons = [c for c in pool if c.type == "PERSON" and c.end - c.start >= 2]
    # "Jordan" inside "Michael Jordan" is no country, "Najaf" ending "Rovshan Najaf" no city
    pool = [c for c in pool if not (_in_a_name(c) and any(
        p.start <= c.start and c.end <= p.end and (p.end - p.start) > (c.end - c.start)
        and (c.source == "gazetteer:name" or _surname_of(c, p)) for p in persons))]
    pool.sort(key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    accepted: list[Candidate] = []
    occupants: dict[int, list[Candidate]] = {}  # token -> accepted candidates covering it
    for cand in pool:
        others = {id(o): o for i in range(cand.start, cand.end) for o in occupants.get(i, ())}
        if any(not (_nests(cand, other) or _nests(other, cand)) for other in others.values()):
            continue
        accepted.append(cand)
        for i in range(cand.start, cand.end):
            occupants.setdefault(i, []).append(cand)
    accepted.sort(key=lambda c: (c.start, c.end))
    return accepted


def _in_a_name(cand: Candidate) -> bool:
    """A country's name, or a listed town past the first word of a person's name, can be part
    of the name ("Michael Jordan", "Rovshan Najaf"); capitals and adjectives are left alone."""
    return (cand.type == "COUNTRY" and cand.source == "gazetteer:name") or (
        cand.type == "PLACE" and cand.source == "gazetteer:known")


def _surname_of(place: Candidate, person: Candidate) -> bool:
    """A listed town that ends a person's name of plain words ("Rovshan Najaf"), not a route
    the model took for a person ("Qazvin-Bandar Anzali": hyphens) nor a name that starts with
    a place."""
    return (place.end == person.end and place.start > person.start and "-" not in person.name
            and "\u2013" not in person.name and known_by_alias(person.name.split()[0]) is None
            and country_by_alias(person.name.split()[0]) is None)


@dataclass
class Cluster:
    """The mentions of one entity while linking."""

    type: str
    key: tuple
    members: list[Candidate] = field(default_factory=list)
    canonical: str | None = None
    # `tokens` as of `_tokens_at` members: linking compares each person candidate with every
    # person cluster, and members are only ever appended, so the count dates the value
    _tokens: list[str] = field(default_factory=list, init=False, repr=False, compare=False)
    _tokens_at: int = field(default=-1, init=False, repr=False, compare=False)

    @property
    def tokens(self) -> list[str]:
        """The folded words of the fullest name (recomputed when members were added)."""
        if self._tokens_at != len(self.members):
            self._tokens = fold(self.fullest()).split()
            self._tokens_at = len(self.members)
        return self._tokens

    def fullest(self) -> str:
        """The member name of most words (then characters); for a person, initials count for
        no word ("Benjamin Nzeribe" over "B. U. Nzeribe", "Joseph R. Biden" over "Joe Biden")."""
        if self.type == "PERSON":
            return max((m.name for m in self.members),
                       key=lambda n: (sum(not _is_initial(w) for w in n.split()), len(n.split()), len(n)))
        return max((m.name for m in self.members), key=lambda n: (len(n.split()), len(n)))


def link(candidates: list[Candidate], doc: Doc) -> list[Cluster]:
    """Group resolved candidates into clusters, one per real-world thing of the article."""
    clusters: dict[tuple, Cluster] = {}
    people: list[Cluster] = []
    by_alias: dict[tuple[str, str], Cluster] = {}
    ordered = sorted(candidates, key=lambda c: (-(len(c.name.split())) if c.type == "PERSON" else 0, c.start))
    for cand in ordered:
        if cand.type == "PERSON":
            _link_person(cand, people)
            continue
        person = _person_named(cand, people) if cand.source == "spacy" else None
        if person is not None:  # spaCy's "ORG Shamkhani" is the person named before
            person.members.append(cand)
            continue
        key: tuple[str, ...]
        if cand.canonical:
            key = (cand.type, cand.canonical)
        elif cand.type == "ORG" and cand.country and _ministry_key(cand.name) is not None:
            # "Iran's Ministry of Agriculture" and "Kazakhstan's Ministry of Agriculture" are two bodies
            key = (cand.type, fold(cand.name), cand.country)
        else:
            known = by_alias.get((cand.type, fold(cand.name)), None)
            key = known.key if known is not None else (cand.type, fold(cand.name))
        cluster = clusters.setdefault(key, Cluster(cand.type, key, canonical=cand.canonical))
        cluster.members.append(cand)
        for alias in cand.aliases:
            by_alias.setdefault((cand.type, fold(alias)), cluster)
    # a bare acronym ("EPEG") or short form seen before its expansion joins the expansion
    for key, cluster in list(clusters.items()):
        target = by_alias.get((cluster.type, key[1])) if len(key) == 2 and isinstance(key[1], str) else None
        if target is not None and target is not cluster and key in clusters:
            target.members.extend(cluster.members)
            del clusters[key]
    _merge_ministries(clusters)
    _merge_bare_portfolios(clusters)
    _merge_seats(clusters)
    _merge_place_twins(clusters)
    _merge_country_pairs(clusters)
    _merge_short_forms(clusters)
    _merge_name_heads(clusters)
    _merge_shared_forms(clusters)
    _merge_inner_forms(clusters)
    kept_people = [p for p in people if _keep_person(p, doc)]
    return list(clusters.values()) + kept_people


def _ministry_key(name: str) -> str | None:
    """The portfolio of a ministry's or a department's name, however written: "Iranian Ministry of
    Foreign Affairs", "Iranian Foreign Ministry", "Foreign Ministry of Iran" and "Foreign Ministry" all
    give "ministry:foreign", "the Department of State" and "the State Department" "department:state";
    None for other names."""
    words = [w for w in fold(name).replace("'s ", " ").split() if w != "the"]
    head = "ministry" if "ministry" in words else "department" if "department" in words else None
    if head is None:
        return None
    words = [("ministry" if w == head else w) for w in words]  # "Department of State", "State Department"
    while words and country_by_alias(words[0].capitalize()) is not None:
        words = words[1:]  # "iranian", "iran"
    if len(words) >= 3 and words[-2] == "of" and words[-3] == "ministry" and country_by_alias(words[-1].capitalize()):
        words = words[:-2]  # "Defense Ministry of Armenia" is the "Armenian Defense Ministry"
    if words[:2] == ["ministry", "of"]:
        words = words[2:] + ["ministry"]
    words = [w for w in words if w not in ("affairs", "ministry")]
    return (head + ":" + " ".join(words)) if words else None


def _merge_ministries(clusters: dict[tuple, Cluster]) -> None:
    """One ministry named two ways in an article is one entity: the forms with the same portfolio
    and country join ("Iran's Foreign Ministry", "the Iranian Foreign Ministry"), and a form
    without a country joins the only country's form. The "Iranian" and the "Azerbaijani" foreign
    ministries stay apart, and a form without a country then joins neither."""
    groups: dict[tuple[str, str | None], list[tuple[tuple, Cluster]]] = {}
    for key, cluster in clusters.items():
        if cluster.type == "ORG" and cluster.canonical is None:
            portfolio = _ministry_key(cluster.fullest())
            if portfolio is not None:
                groups.setdefault((portfolio, cluster.members[0].country), []).append((key, cluster))
    for (portfolio, country), members in groups.items():
        countries = {k[1] for k in groups if k[0] == portfolio and k[1] is not None}
        if country is None and countries:
            continue  # joins its country's form below, or stays apart
        if country is not None and len(countries) == 1:  # the forms without a country are this one's
            members = members + groups.get((portfolio, None), [])
        if len(members) < 2:
            continue
        (_, target), *rest = sorted(members, key=lambda kc: -len(kc[1].fullest()))
        for key, cluster in rest:
            if key in clusters:
                target.members.extend(cluster.members)
                del clusters[key]


def _merge_bare_portfolios(clusters: dict[tuple, Cluster]) -> None:
    """A department named by its portfolio alone after its full name ("the Department of the
    Treasury ... Treasury's Specially Designated Nationals List", "Commerce's Entity List") is
    that department: a one-word body joins the only department or ministry of that portfolio."""
    portfolios: dict[str, list[tuple]] = {}
    for key, cluster in clusters.items():
        if cluster.type == "ORG" and cluster.canonical is None:
            portfolio = _ministry_key(cluster.fullest())
            if portfolio is not None:
                portfolios.setdefault(portfolio.partition(":")[2], []).append(key)
    for key, cluster in list(clusters.items()):
        if cluster.type != "ORG" or cluster.canonical is not None:
            continue
        names = {fold(m.name) for m in cluster.members}
        if len(names) != 1:
            continue
        (name,) = names
        targets = portfolios.get(name, []) if " " not in name else []
        if len(targets) == 1 and targets[0] != key and targets[0] in clusters:
            clusters[targets[0]].members.extend(clusters.pop(key).members)


def _merge_place_twins(clusters: dict[tuple, Cluster]) -> None:
    """A name the small model tags a place in one sentence and an organisation in another, that no
    gazetteer knows as a place ("WeWork", "Hipcricket"), is one body: the text that names a
    company acting reads its other mentions the same way (one sense per text)."""
    for key, cluster in list(clusters.items()):
        if cluster.type != "PLACE" or cluster.canonical is not None or len(key) != 2:
            continue
        body = ("ORG", key[1])
        if body not in clusters or any(m.source != "spacy" for m in cluster.members):
            continue
        if known_by_alias(cluster.fullest()) is not None:
            continue
        clusters[body].members.extend(clusters.pop(key).members)


def _merge_seats(clusters: dict[tuple, Cluster]) -> None:
    """A seat of government the text names both as the building ("a meeting at the White
    House") and as the body ("the White House said") is one entity, the body: the article is
    about what the administration does (gazetteer `SEATS`)."""
    for seat in SEATS:
        place, body = ("PLACE", fold(seat)), ("ORG", fold(seat))
        if place in clusters and body in clusters:
            clusters[body].members.extend(clusters.pop(place).members)


#: Types whose names may open with the countries they join ("Iran-Georgia business forum").
_PAIRED_TYPES = frozenset({"ORG", "EVENT_NAME", "PROJECT", "DOCUMENT"})


def _pair_key(name: str) -> tuple[frozenset[str], str] | None:
    """The countries a name opens with and the rest of it, however the countries are written:
    "Georgian-Iranian business forum" and "Iran-Georgia business forum" both give
    ({GEO, IRN}, "business forum"); None for a name that opens with no pair of countries."""
    first, _, rest = fold(name).partition(" ")
    parts = first.split("-")
    if len(parts) < 2 or not rest:
        return None
    codes = set()
    for part in parts:
        found = country_by_alias(part.capitalize())
        if found is None or found[1] not in ("name", "demonym"):
            return None
        codes.add(found[0])
    return (frozenset(codes), rest) if len(codes) == len(parts) else None


def _merge_country_pairs(clusters: dict[tuple, Cluster]) -> None:
    """One body or forum named with its countries in two orders or forms ("Iran-Georgia business
    forum", "Georgian-Iranian business forum") is one entity: the same type, the same set of
    countries and the same rest of the name join the first form seen."""
    seen: dict[tuple, tuple] = {}
    for key, cluster in list(clusters.items()):
        if cluster.type not in _PAIRED_TYPES or cluster.canonical is not None:
            continue
        pair = _pair_key(cluster.fullest())
        if pair is None:
            continue
        target = seen.setdefault((cluster.type, pair), key)
        if target != key:
            clusters[target].members.extend(cluster.members)
            del clusters[key]


def _merge_short_forms(clusters: dict[tuple, Cluster]) -> None:
    """A lower-case form that ends a fuller name of the same type in the article is that body or
    meeting told again ("the two countries joint economic committee" after "Iran-Georgia Joint
    Economic Committee"), and so is a body's capitalised name ("Red Cross" beside "International
    Committee of the Red Cross", "Constitutional Committee" beside "Syrian Constitutional Committee"):
    it joins the fuller name when exactly one such name exists."""
    for key, cluster in list(clusters.items()):
        if cluster.type not in _PAIRED_TYPES or cluster.canonical is not None or key not in clusters:
            continue
        if cluster.type != "ORG" and not all(m.name == m.name.lower() for m in cluster.members):
            continue
        short = fold(cluster.fullest())
        if len(short.split()) < 2:
            continue
        countries = {m.country for m in cluster.members if m.country}
        fuller = [k for k, c in clusters.items() if k != key and c.type == cluster.type
                  and fold(c.fullest()).endswith(" " + short)
                  and not (countries and {m.country for m in c.members if m.country} - countries)]
        if len(fuller) == 1:
            clusters[fuller[0]].members.extend(cluster.members)
            del clusters[key]


#: Words that carry a name on past its head ("Americas Partnership | for Economic Prosperity").
_NAME_TAILS = ("for", "on", "against")


def _merge_name_heads(clusters: dict[tuple, Cluster]) -> None:
    """A capitalised name of two or more words that is a fuller name of the same type cut before its
    tail ("Americas Partnership" after "Americas Partnership for Economic Prosperity (Americas
    Partnership)", "Leaders Summit" after "Leaders Summit on Climate") is that programme, meeting or
    body named short: it joins the fuller name when exactly one such name exists."""
    for key, cluster in list(clusters.items()):
        if cluster.type not in _PAIRED_TYPES or cluster.canonical is not None or key not in clusters:
            continue
        short = fold(cluster.fullest())
        if len(short.split()) < 2 or not cluster.fullest()[:1].isupper():
            continue
        fuller = [k for k, c in clusters.items() if k != key and c.type == cluster.type
                  and any(fold(c.fullest()).startswith(f"{short} {tail} ") for tail in _NAME_TAILS)]
        if len(fuller) == 1:
            clusters[fuller[0]].members.extend(cluster.members)
            del clusters[key]


def _forms(cluster: Cluster) -> set[str]:
    return {fold(form) for m in cluster.members for form in (m.name, *m.aliases)}


#: Types whose clusters join on a shared name or alias.
_NAMED_THINGS = frozenset({"PROJECT", "EVENT_NAME", "DOCUMENT"})


def _merge_shared_forms(clusters: dict[tuple, Cluster]) -> None:
    """Two projects, meetings or documents of the article that share a name or an alias are one:
    "International North–South Transport Corridor (INSTC)" spelled with an en dash, and the known
    corridor the bare "INSTC" names later. Countries must not disagree, nor canonical ids. Bodies
    are left to their keys (Iran's and Turkmenistan's Ministry of Foreign Affairs stay two)."""
    for key, cluster in list(clusters.items()):
        if cluster.type not in _NAMED_THINGS or key not in clusters:
            continue
        forms = _forms(cluster)
        countries = {m.country for m in cluster.members if m.country}
        for other_key, other in list(clusters.items()):
            if other_key == key or other.type != cluster.type or not forms & _forms(other):
                continue
            if (cluster.canonical and other.canonical and cluster.canonical != other.canonical) or (
                    countries and {m.country for m in other.members if m.country} - countries):
                continue
            target, gone = (other_key, key) if other.canonical and not cluster.canonical else (key, other_key)
            clusters[target].members.extend(clusters.pop(gone).members)
            if gone == key:
                break
            forms |= _forms(other)


def _merge_inner_forms(clusters: dict[tuple, Cluster]) -> None:
    """A project's or meeting's name of two or more words whose words all stand, in order, in one
    fuller name of the same type that opens and ends with the same words is that name told short:
    "North-South corridor" after "International North-South Transport Corridor", "Zangezur
    corridor" beside "Zangezur Transport Corridor". It joins the fuller name when exactly one fits."""
    for key, cluster in list(clusters.items()):
        if cluster.type not in ("PROJECT", "EVENT_NAME") or cluster.canonical is not None or key not in clusters:
            continue
        short = fold(cluster.fullest()).split()
        if len(short) < 2:
            continue
        fuller = [k for k, c in clusters.items() if k != key and c.type == cluster.type
                  and _inside(short, fold(c.fullest()).split())]
        if len(fuller) == 1:
            clusters[fuller[0]].members.extend(clusters.pop(key).members)


def _inside(short: list[str], words: list[str]) -> bool:
    """`short` is a proper subsequence of `words`, with its first word among the first two of
    `words` (an "International" may open the fuller name) and the same last word."""
    if len(words) <= len(short) or short[-1] != words[-1] or short[0] not in words[:2]:
        return False
    rest = iter(words)
    return all(word in rest for word in short)


#: Titles of rulers and royals, who go by their given name (or their father's, "Crown Prince Salman" for "Mohammed
#: bin Salman"): "King Abdullah II" is no "Rania Al Abdullah".
_ROYAL_TITLES = frozenset({"king", "queen", "emir", "amir", "sultan", "prince", "princess", "sheikh", "sheikha"})


def _link_person(cand: Candidate, people: list[Cluster]) -> None:
    tokens = fold(cand.name).split()
    title = fold(cand.title or "").split()
    royal = len(tokens) == 1 and bool(title) and title[-1] in _ROYAL_TITLES
    for cluster in people:
        full = cluster.tokens
        if royal and full[0] != tokens[0] and not any(a in ("bin", "ibn") and b == tokens[0] for a, b in pairwise(full)):
            continue  # a ruler's one name is his given name or his father's ("bin Salman"), not a family name
        if full[-len(tokens):] == tokens or (len(tokens) == 1 and tokens[0] in full[1:]):
            cluster.members.append(cand)
            return
    given = _given_name_of(cand, tokens, people) or _same_by_initials(tokens, people) or _same_by_spelling(tokens, people)
    if given is not None:
        given.members.append(cand)
        return
    people.append(Cluster("PERSON", ("PERSON", " ".join(tokens)), [cand]))


#: Countries whose people's names are written family name first in English ("Cho Tae-yong", "Xi
#: Jinping"): the first word of such a name is the surname, used alone without a title too
#: ("National Security Advisors Sullivan, Cho, and Akiba").
_FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "HKG", "MAC"})


def _given_name_of(cand: Candidate, tokens: list[str], people: list[Cluster]) -> Cluster | None:
    """The one fuller name whose first word a titled one-word name is: "President Samia" after
    "President Samia Suluhu Hassan", "President Xi" after "Xi Jinping", "Sheikh Mohammed" after
    "Mohammed bin Zayed" (the first word of a name is the one some cultures' titles go with).
    Only with a title, for a person of a country that writes the family name first
    (`_FAMILY_NAME_FIRST`), or for a listed given name alone ("Cherelle" after "Cherelle Griner",
    "Ivan served as the CEO" after "Ivan Braiker") that names no place ("Virginia"), and only when one person of
    the article has that first word."""
    if len(tokens) != 1:
        return None
    found = [cluster for cluster in people if len(cluster.tokens) >= 2 and cluster.tokens[0] == tokens[0]]
    if len(found) != 1:
        return None
    if cand.title or any(member.country in _FAMILY_NAME_FIRST for member in found[0].members) \
            or (is_given_name(cand.name) and not _place_word(cand.name)):
        return found[0]
    return None


def _place_word(word: str) -> bool:
    """A country's, a place's or a US state's name ("Virginia", "Georgia"): no given name alone."""
    return country_by_alias(word) is not None or place_country(word) is not None or word in US_STATES


def _is_initial(token: str) -> bool:
    return len(token.rstrip(".")) == 1 and token[:1].isalpha()


def _same_by_initials(tokens: list[str], people: list[Cluster]) -> Cluster | None:
    """The one person whose name is this one with its given names written as initials, or the
    other way round: "B. U. Nzeribe" and "Benjamin Nzeribe" (the same surname; the first
    initial opens the first given name). Nobody when two people of the article would fit."""
    if len(tokens) < 2:
        return None
    found = []
    for cluster in people:
        full = cluster.tokens
        if len(full) < 2 or full[-1] != tokens[-1]:
            continue
        given, other = tokens[:-1], full[:-1]
        if all(_is_initial(t) for t in other) and not all(_is_initial(t) for t in given):
            given, other = other, given
        if all(_is_initial(t) for t in given) and not any(_is_initial(t) for t in other) \
                and given[0][0] == other[0][0]:
            found.append(cluster)
    return found[0] if len(found) == 1 else None


#: Vowels that transliterations of one Persian or Arabic given name swap ("Mahdi"/"Mehdi",
#: "Mohammad"/"Mohammed", "Hossein"/"Hussein"); other swaps tell names apart ("Jean"/"Joan",
#: "Dana"/"Dina", "Karen"/"Koren").
_TRANSLITERATED_VOWELS = frozenset({("a", "e"), ("e", "a"), ("o", "u"), ("u", "o"), ("e", "i"), ("i", "e")})


def _transliterated(a: str, b: str) -> bool:
    """`a` and `b` are one given name spelled twice: four letters or more, the same first letter,
    and every difference a vowel swap of `_TRANSLITERATED_VOWELS` or one letter written double
    ("Sayyad"/"Sayad")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    if len(a) != len(b):
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        return len(longer) == len(shorter) + 1 and any(
            longer[i] == longer[i - 1] and _transliterated(longer[:i] + longer[i + 1:], shorter)
            for i in range(1, len(longer)))
    return all(x == y or (x, y) in _TRANSLITERATED_VOWELS for x, y in zip(a, b, strict=True))


def _same_by_spelling(tokens: list[str], people: list[Cluster]) -> Cluster | None:
    """The one person whose name differs from this one only in the vowels of its given names, as a
    transliteration spells them twice in one text: "Mahdi Safari" and "Mehdi Safari", "Mohammad" and
    "Mohammed" (`_transliterated`). The same surname and number of words; nobody when two people of
    the article would fit. Two people of one family ("Jean and Joan Tremblay") stay two."""
    if len(tokens) < 2:
        return None
    found = [cluster for cluster in people if len(cluster.tokens) == len(tokens) and cluster.tokens[-1] == tokens[-1]
             and cluster.tokens[:-1] != tokens[:-1]
             and all(_transliterated(a, b) for a, b in zip(cluster.tokens[:-1], tokens[:-1], strict=True))]
    return found[0] if len(found) == 1 else None


def _person_named(cand: Candidate, people: list[Cluster]) -> Cluster | None:
    tokens = fold(cand.name).split()
    for cluster in people:
        full = cluster.tokens
        if full == tokens or (len(full) >= 2 and full[-len(tokens):] == tokens):
            return cluster
    if len(tokens) != 1 or len(tokens[0]) < 5:
        return None
    # the surname spelled a second way ("Sanaie" beside "Mehdi Sanaei"), when one person of the article has it
    found = [cluster for cluster in people if len(cluster.tokens) >= 2 and _transliterated(cluster.tokens[-1], tokens[0])]
    return found[0] if len(found) == 1 else None


def _keep_person(cluster: Cluster, doc: Doc) -> bool:
    """Drop lone one-word 'people' with no title or honorific (see `people`), and one-word
    'people' that only ever modify a common noun ("Patriot batteries", "the Darien jungle"):
    a name the recogniser took for a person's, standing for a thing or a place."""
    if any(not m.extra.get("weak", False) for m in cluster.members):
        return True
    return len(cluster.members) >= 2 and not all(_modifies_a_noun(doc, m.end) for m in cluster.members)


def _modifies_a_noun(doc: Doc, end: int) -> bool:
    """Whether the word after a name is a lower-case common noun: the name is its modifier."""
    return end < len(doc) and doc[end].is_lower and doc[end].tag_ in ("NN", "NNS")


def entity_name(cluster: Cluster) -> str:
    """Countries by their usual short name; IGOs by full name; others by the fullest form."""
    if cluster.type == "COUNTRY" and cluster.canonical:
        country = country_by_iso3(cluster.canonical)
        if country is not None:
            return country.name
    return cluster.fullest()
