"""A cheap relevance gate: is an article plausibly about relations between countries?

Most general news (sport, entertainment, company results) says nothing about international
cooperation; parsing it with spaCy and running the event, quote and indicator stages is
wasted work. `relevance` decides from the text alone, with dictionary look-ups and no model:

1. split the title and body into sentences (a regex, not the statistical segmenter);
2. in each sentence, find the international actors the gazetteers know — country names,
   demonyms and capitals (`accords.gazetteer.countries`) and intergovernmental
   organisations (`accords.gazetteer.organisations`), matched case-sensitively;
3. the article is relevant when one sentence names two different actors (two countries,
   or a country and an organisation) together with a word of the relations vocabulary
   (`RELATIONS_WORDS`: cooperation, agreements, talks, trade, sanctions, visits, envoys, ...),
   or names one foreign actor with a word that implies a second party (``counterpart``,
   ``bilateral``, ``ties``...).

The gate is tuned for recall: every article of the project's gold sets must pass (the
tests check it), and a skipped article is only ever one without such a sentence. Its
decision is recorded on the extraction (`accords.pipeline`), so a skipped article can be
found and re-run with the gate off.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from accords.model import Article

#: The gate's versioned name, recorded in the note of every article it skips.
GATE = "gate.v1"

#: Lower-case word stems of the relations vocabulary (matched at the start of a word).
RELATIONS_WORDS = (
    "accord", "agree", "alliance", "allies", "ally", "ambassador", "annex", "arms", "attack",
    "bilateral", "blockade", "boycott", "ceasefire", "cease-fire", "coalition", "commission",
    "committee", "condemn", "conference", "conflict", "consul", "consortium", "contract",
    "cooperat", "co-operat", "corridor", "council", "counterpart", "crisis", "deal", "delegat",
    "dialogue", "diplomat", "dispute", "embargo", "embass", "envoy", "export", "extradit",
    "foreign", "forum", "framework", "grant", "import", "integrat", "invest", "invit", "joint", "loan",
    "mediat", "meet", "memorand", "met", "minister", "mission", "mou", "multilateral",
    "negotiat", "normali", "nuclear", "pact", "partner", "peace", "pipeline", "president",
    "project", "protocol", "reconcil", "relations", "route", "sanction", "sign", "strike",
    "summit", "support", "talk", "tariff", "tension", "threat", "ties", "trade", "transit",
    "treaty", "troops", "truce", "union", "visit", "war",
)

#: Stems that name a second party by themselves (one foreign actor suffices with them).
PAIRING_WORDS = ("bilateral", "counterpart", "embass", "envoy", "ambassador", "ties", "relations")

_SENTENCE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n\s*\n")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*(?:\.[A-Z])*\.?")


@dataclass(frozen=True)
class Relevance:
    """The gate's decision on one article, with the evidence for it."""

    relevant: bool
    reason: str
    actors: tuple[str, ...] = ()


def relevance(article: Article) -> Relevance:
    """Whether `article` should go through the heavy stages, and why (pure, no model)."""
    seen: set[str] = set()
    if article.title:
        actors = _actors(_WORD.findall(article.title))
        if len(actors) >= 2:
            return Relevance(True, f"the title names {'/'.join(sorted(actors))}", tuple(sorted(actors)))
    for sentence in _SENTENCE.split(article.text):
        words = _WORD.findall(sentence)
        if not words:
            continue
        actors = _actors(words)
        seen.update(actors)
        if not actors:
            continue
        stems = _relations(words)
        if len(actors) >= 2 and stems:
            return Relevance(True, f"{'/'.join(sorted(actors))} with {stems[0]!r}", tuple(sorted(actors)))
        pairing = [stem for stem in stems if stem in PAIRING_WORDS]
        if pairing:
            return Relevance(True, f"{next(iter(actors))} with {pairing[0]!r}", tuple(sorted(actors)))
    if not seen:
        return Relevance(False, "names no country or international organisation")
    return Relevance(False, f"no sentence relates two international actors ({', '.join(sorted(seen)[:5])} named)",
                     tuple(sorted(seen)))


def relating_share(text: str) -> float:
    """The share of the text's sentences that name two international actors with a word of the
    relations vocabulary (the gate's first test, sentence by sentence): how much of an article
    is about relations between states at all. Web news on politics at home scores near 0,
    readouts and state-press reports of visits far higher; the event confidence bench tries it
    as a sign that an article's events are less often right (docs/confidence.md)."""
    sentences = relating = 0
    for sentence in _SENTENCE.split(text):
        words = _WORD.findall(sentence)
        if not words:
            continue
        sentences += 1
        if len(_actors(words)) >= 2 and _relations(words):
            relating += 1
    return relating / sentences if sentences else 0.0


def _actors(words: list[str]) -> set[str]:
    """Canonical ids (ISO3 or IGO acronym) of the actors named in a sentence's words.

    At each capitalised word, the longest alias starting there wins. Only the lengths of the
    aliases that begin with that very word are tried (a possessive or final period is stripped
    from a phrase's last word only, so a longer phrase keeps its first word), plus the word alone.
    Typographic apostrophes are straightened first, as the gazetteers' aliases have them.
    """
    aliases, lengths = _alias_table()
    words = [word.replace("\u2019", "'") for word in words]  # "People’s Republic of China" as the gazetteer spells it
    found: set[str] = set()
    index = 0
    count = len(words)
    while index < count:
        word = words[index]
        if not word[0].isupper():
            index += 1
            continue
        matched = 0
        for size in lengths.get(word, _ONE_WORD):
            if size > count - index:
                continue
            phrase = " ".join(words[index:index + size]) if size > 1 else word
            key = aliases.get(phrase) or aliases.get(_POSSESSIVE.sub("", phrase.rstrip(".")))
            if key is not None:
                found.add(key)
                matched = size
                break
        index += matched or 1
    return found


_ONE_WORD = (1,)


def _relations(words: list[str]) -> list[str]:
    """The relations-vocabulary stems that start a word of the sentence, in order."""
    prefixes = _stem_prefixes()
    hits: list[str] = []
    for word in words:
        lower = word.lower()
        stems = prefixes.get(lower[:3])
        if stems:
            hits.extend(stem for stem in stems if lower.startswith(stem))
    return hits


@functools.cache
def _alias_table() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """Alias (exact case, words joined by single spaces) -> actor id, and for each first word
    the word counts of the aliases it begins, longest first (always ending with 1)."""
    from accords.gazetteer import countries, organisations

    table: dict[str, str] = {}
    for alias, (iso3, _kind) in countries.all_aliases().items():
        table[" ".join(_WORD.findall(alias))] = iso3
    for alias, acronym in organisations.all_aliases().items():
        table.setdefault(" ".join(_WORD.findall(alias)), acronym)
    for alias, country in _office_holders().items():
        table.setdefault(alias, country)
    table.pop("", None)
    lengths: dict[str, set[int]] = {}
    for key in table:
        words = key.split(" ")
        lengths.setdefault(words[0], {1}).add(len(words))
    return table, {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()}


def _office_holders() -> dict[str, str]:
    """Names of the curated office holders (`accords.knowledge`) -> their country: full names
    of two words or more ("Joseph R. Biden", "Donald J. Trump") and the office with the surname
    ("President Biden", "Prime Minister Kishida"), so that "President Biden spoke today with Amir
    ... of Qatar" names two actors. A bare surname is not used (too common a word)."""
    from accords import knowledge

    table: dict[str, str] = {}
    for term in knowledge.terms():
        if term.origin != "curated":
            continue
        names = [" ".join(_WORD.findall(name)) for name in (term.name, *term.aliases)]
        for name in names:
            words = [word for word in name.split(" ") if word not in ("Jr", "Jr.")]
            if len(words) >= 2:
                table.setdefault(" ".join(words), term.country)
                table.setdefault(" ".join([*_WORD.findall(term.office), words[-1].rstrip(".")]), term.country)
    return table


@functools.cache
def _stem_prefixes() -> dict[str, tuple[str, ...]]:
    """Stems indexed by their first three letters, so each word costs one dict look-up."""
    index: dict[str, list[str]] = {}
    for stem in RELATIONS_WORDS:
        index.setdefault(stem[:3], []).append(stem)
    return {key: tuple(values) for key, values in index.items()}
