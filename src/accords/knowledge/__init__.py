"""Who is who: office holders with their terms, and the home country of known outlets.

Versioned data shipped in the package, never fetched at run time:

- `office_holders.tsv`: a curated table, one row per term (name, aliases, office, country,
  start, end, source), each row citing the page that gives the term;
- `office_holders_corpus.tsv`: rows found in the corpora ("Readout of President Biden's Call
  with Prime Minister Kishida of Japan", "Iranian President Hassan Rouhani") and in the
  cross-article registry (`accords consolidate`), built by `accords.knowledge.build`; each
  row names the articles it comes from and covers the days they were published.

`VERSION` names this data; a stage that reads it records the version with what it decided
(the stage stays pure: the knowledge is part of its input). Lookups:

- `country_of_person(names, title, date)`: "Prime Minister Pashinyan" -> ARM, "President
  Biden" in 2023 -> USA; a one-word name needs its title to fit the office or the date to
  fall inside a term (a surname alone is too common otherwise);
- `holder(country, title, date)`: who held an office on a day ("the President" in a White
  House text of 2023 -> Joseph R. Biden);
- `home_country(source, url)`: the country an outlet's unqualified titles refer to.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

VERSION = "office-holders.1"
_FILES = ("office_holders.tsv", "office_holders_corpus.tsv")
#: Days before a term starts and after it ends that still count (a president-elect's call,
#: a readout published the day after the handover).
_GRACE = dt.timedelta(days=75)

#: Outlets whose unqualified titles ("the President", "the Foreign Minister") mean their own
#: country's office holders: name as the outlet writes it, or its web domain.
HOME_COUNTRIES = {
    "the white house": "USA", "white house": "USA", "whitehouse.gov": "USA", "bidenwhitehouse.archives.gov": "USA",
    "trumpwhitehouse.archives.gov": "USA", "obamawhitehouse.archives.gov": "USA",
    "u.s. department of state": "USA", "state.gov": "USA",
    "tehran times": "IRN", "tehrantimes.com": "IRN", "mehr news agency": "IRN", "mehrnews.com": "IRN",
    "irna": "IRN", "irna.ir": "IRN",
    "azernews": "AZE", "azernews.az": "AZE", "trend": "AZE", "trend.az": "AZE", "apa.az": "AZE",
    "president.az": "AZE",
    "kremlin": "RUS", "kremlin.ru": "RUS", "en.kremlin.ru": "RUS",
}


@dataclass(frozen=True)
class Term:
    """One person's term in one office."""

    name: str
    aliases: tuple[str, ...]
    office: str
    country: str
    start: dt.date | None
    end: dt.date | None
    source: str

    def covers(self, day: dt.date) -> bool:
        """Whether the day falls in the term (with `_GRACE` either side)."""
        if self.start is not None and day < self.start - _GRACE:
            return False
        return self.end is None or day <= self.end + _GRACE

    def holds(self, day: dt.date) -> bool:
        """Whether the person held the office on the day (no grace)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def fold(name: str) -> str:
    """Case, accents, apostrophes, dashes and dots folded: the key names are compared on."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`´.]", "", text)
    text = re.sub(r"[‐-―-]", " ", text)
    return " ".join(text.replace(",", " ").split())


_KINDS = (
    ("vice", re.compile(r"\bvice[ -]president\b")),
    ("government", re.compile(r"\b(?:prime minister|premier|chancellor|taoiseach)\b")),
    ("foreign", re.compile(r"\b(?:foreign (?:affairs )?minister|minister (?:of|for) foreign affairs|external affairs minister|"
                           r"secretary of state|foreign secretary)\b")),
    ("general", re.compile(r"\b(?:secretary[ -]general|director[ -]general|managing director)\b")),
    ("leader", re.compile(r"\bsupreme leader\b")),
    ("prince", re.compile(r"\bcrown prince\b")),
    ("monarch", re.compile(r"\b(?:king|emir|amir|sultan)\b")),
    ("state", re.compile(r"\bpresident\b")),
)


def office_kind(title: str | None) -> str | None:
    """The kind of office a title names: state (president), monarch, prince, leader, government,
    vice, foreign, general; None when it names none of these ("Minister of Roads", "official")."""
    if not title:
        return None
    lower = title.lower()
    if re.search(r"\b(?:former|ex|late|deputy|assistant)\b", lower):
        return None
    return next((kind for kind, pattern in _KINDS if pattern.search(lower)), None)


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _read(name: str) -> list[Term]:
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    terms = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name_, aliases, office, country, start, end, source = line.split("\t")
        terms.append(Term(name_, tuple(a for a in aliases.split(";") if a), office, country, _date(start), _date(end),
                          source))
    return terms


@functools.cache
def terms() -> tuple[Term, ...]:
    """Every term of the shipped tables (curated first), read once."""
    return tuple(term for name in _FILES for term in _read(name))


@functools.cache
def _by_name() -> dict[str, tuple[Term, ...]]:
    table: dict[str, list[Term]] = {}
    for term in terms():
        for form in {fold(term.name), *(fold(a) for a in term.aliases)}:
            table.setdefault(form, []).append(term)
    return {form: tuple(found) for form, found in table.items()}


def _day(date: str | None) -> dt.date | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def country_of_person(names: tuple[str, ...] | list[str], title: str | None, date: str | None) -> str | None:
    """The country (or organisation) a person stands for by the office-holder tables, or None.

    `names` are the forms the article uses; a form of two or more words matches a row's name or
    alias; a one-word form (a surname) matches only when the title names the row's kind of
    office or the date falls in the row's term. Rows whose term covers the date win over the
    others; the answer is given only when the matching rows agree on one country.
    """
    day = _day(date)
    kind = office_kind(title)
    found: list[Term] = []
    for name in names:
        key = fold(name)
        for term in _by_name().get(key, ()):
            if " " not in key and not (
                (kind is not None and office_kind(term.office) == kind) or (day is not None and term.covers(day))
            ):
                continue
            if term not in found:
                found.append(term)
    if day is not None and any(term.covers(day) for term in found):
        found = [term for term in found if term.covers(day)]
    countries = {term.country for term in found}
    return countries.pop() if len(countries) == 1 else None


def holder(country: str, title: str, date: str | None) -> Term | None:
    """Who held the office the title names ("President", "the Vice President") in the country on
    the day, or None when the date is unknown or the tables do not say."""
    day = _day(date)
    kind = office_kind(title)
    if day is None or kind is None:
        return None
    holding = [term for term in terms() if term.country == country and office_kind(term.office) == kind and term.holds(day)]
    names = {term.name for term in holding}
    return holding[0] if len(names) == 1 else None


def home_country(source: str | None, url: str | None = None) -> str | None:
    """The country of an outlet known by name or web domain, or None."""
    if source and source.strip().lower() in HOME_COUNTRIES:
        return HOME_COUNTRIES[source.strip().lower()]
    if url:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
        while host:
            if host in HOME_COUNTRIES:
                return HOME_COUNTRIES[host]
            host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None
