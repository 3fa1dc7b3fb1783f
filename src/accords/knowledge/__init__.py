"""Who is who: office holders with their terms, and the home country of known outlets.

Versioned data shipped in the package, never fetched at run time:

- `office_holders.tsv`: a curated table, one row per term (name, aliases, office, country,
  start, end, source), each row citing the page that gives the term;
- `office_holders_corpus.tsv`: rows harvested from the shared corpora ("Readout of President
  Biden's Call with Prime Minister Kishida of Japan", "Iranian President Hassan Rouhani") by
  `accords knowledge harvest` (`accords.harvest`); each row names the documents it comes from
  and one sentence, and spans the days they were published (none for undated corpora);
- `office_holders_registry.tsv` (when present): a snapshot of the cross-article registry of a
  store (`accords consolidate`), written by `accords knowledge registry`; same columns.

Where two tables speak for one person (`same_person`), the curated table wins, then the
corpora. A harvested row's term is the span it was seen in: "the date of the article decides"
holds for it as for a curated term, and a row from undated documents covers no day.

`VERSION` names this data; a stage that reads it records the version with what it decided
(the stage stays pure: the knowledge is part of its input). Lookups:

- `country_of_person(names, title, date)`: "Prime Minister Pashinyan" -> ARM, "President
  Biden" in 2023 -> USA; a one-word name needs its title to fit the office or the date to
  fall inside a term (a surname alone is too common otherwise);
- `person_of(names, title, date)`: which known person the forms stand for (spellings and
  surnames of one holder in one article are one person);
- `holder(country, title, date)`: who held an office on a day ("the President" in a White
  House text of 2023 -> Joseph R. Biden);
- `home_country(source, url)`: the country an outlet's unqualified titles refer to;
- `outlet_country(source, url)`: the country a page of the outlet is about when it names none.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

VERSION = "office-holders.7"
#: The tables, first wins where two speak for one person: file name and origin.
_FILES = (("office_holders.tsv", "curated"), ("office_holders_corpus.tsv", "corpus"),
          ("office_holders_registry.tsv", "registry"))
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
    #: "curated" (a row of `office_holders.tsv`) or "corpus" (harvested: start and end are the
    #: first and last day the documents were published, none when they are undated).
    origin: str = "curated"
    documents: int = 0  # harvested rows: how many documents say so
    confidence: float = 1.0

    def _unbounded_guess(self) -> bool:
        # a harvested row from undated documents says nothing about any day
        return self.origin != "curated" and self.start is None and self.end is None

    def covers(self, day: dt.date) -> bool:
        """Whether the day falls in the term (with `_GRACE` either side). A harvested row
        from undated documents covers no day."""
        if self._unbounded_guess():
            return False
        if self.start is not None and day < self.start - _GRACE:
            return False
        return self.end is None or day <= self.end + _GRACE

    def holds(self, day: dt.date) -> bool:
        """Whether the person held the office on the day (no grace). A harvested row holds
        from the first to the last day it was seen, and from undated documents never."""
        if self._unbounded_guess():
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def fold(name: str) -> str:
    """Case, accents, apostrophes, dashes and dots folded: the key names are compared on."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`´.]", "", text)
    text = re.sub(r"[‐-―-]", " ", text)
    return " ".join(text.replace(",", " ").split())


_KINDS = (
    ("vice", re.compile(r"\bvice[ -]president\b")),
    ("government", re.compile(r"\b(?:prime minister|premier|chancellor(?! of the exchequer)|taoiseach)\b")),
    ("foreign", re.compile(r"\b(?:foreign (?:affairs )?minister|minister (?:of|for) foreign affairs|external affairs minister|"
                           r"secretary of state(?! for)|foreign secretary)\b")),
    ("trade", re.compile(r"\b(?:(?:foreign )?trade minister|minister of (?:foreign )?trade|commerce minister|minister of commerce|"
                         r"minister of industry,? mines? and trade|industry,? mines? and trade minister|"
                         r"minister of industry,? mining and trade|industry,? mining and trade minister|"
                         r"secretary of state for business and trade|business and trade secretary|commissioner for trade)\b")),
    ("economy", re.compile(r"\b(?:economy minister|minister of (?:the )?economy|minister of economic affairs|"
                           r"economic affairs minister|economy and finance minister|"
                           r"minister (?:of|for) economic development|economic development minister)\b")),
    ("finance", re.compile(r"\b(?:finance minister|minister of (?:treasury and )?finance|chancellor of the exchequer)\b")),
    ("oil", re.compile(r"\b(?:oil minister|petroleum minister|minister of (?:oil|petroleum))\b")),
    ("energy", re.compile(r"\b(?:energy minister|minister of energy|secretary of energy|energy secretary|"
                          r"secretary of state for energy)\b")),
    ("general", re.compile(r"\b(?:secretary[ -]general|director[ -]general|managing director)\b")),
    ("leader", re.compile(r"\bsupreme leader\b")),
    ("prince", re.compile(r"\bcrown prince\b")),
    ("monarch", re.compile(r"\b(?:king|emir|amir|sultan)\b")),
    ("state", re.compile(r"\bpresident\b")),
)


def office_kind(title: str | None) -> str | None:
    """The kind of office a title names: state (president), monarch, prince, leader, government,
    vice, foreign, trade, economy, finance, oil, energy, general; None when it names none of these
    ("Minister of Roads", "official")."""
    if not title:
        return None
    lower = title.lower()
    if re.search(r"\b(?:former|ex|late|deputy|assistant)\b|\bvice[ -]premier\b", lower):
        return None  # "Vice Premier He Lifeng" heads no government
    return next((kind for kind, pattern in _KINDS if pattern.search(lower)), None)


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def parse(text: str, *, origin: str = "curated") -> list[Term]:
    """The terms of a table's text: seven tab-separated columns (name, aliases, office,
    country, start, end, source), and for harvested tables documents, confidence and evidence
    after them (`accords.harvest.table.HEADER`); comment lines start with '#'."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        cells = line.split("\t")
        if len(cells) < 7:
            raise ValueError(f"line {number}: {len(cells)} columns, at least 7 expected")
        name_, aliases, office, country, start, end, source = cells[:7]
        documents = int(cells[7]) if len(cells) > 7 and cells[7] else 0
        confidence = float(cells[8]) if len(cells) > 8 and cells[8] else 1.0
        found.append(Term(name_, tuple(a for a in aliases.split(";") if a), office, country, _date(start), _date(end),
                          source, origin, documents, confidence))
    return found


def _read(name: str, origin: str) -> list[Term]:
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return parse(text, origin=origin)


_PARTICLES = frozenset({"al", "el", "bin", "bint", "ibn", "von", "der", "van", "de", "da", "ii", "iii", "jr", "sr"})


def _words(form: str) -> list[str]:
    return [w for w in fold(form).split() if w not in _PARTICLES and len(w) > 1]


def _ends(term: Term) -> set[str]:
    """The first and last words of a term's names (the surname in either name order)."""
    found = set()
    for form in (term.name, *term.aliases):
        words = _words(form)
        if words:
            found.update({words[0], words[-1]} if len(words) > 1 else {words[0]})
    return found


def _similar(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 5 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85)


def same_person(curated: Term, grown: Term) -> bool:
    """Whether a harvested row may be a person of the curated one: one of their names of two
    words or more is the same, or they hold the same kind of office of the same country and
    share a first or last name, spelled alike ("Pashinian" and "Pashinyan", "Kishida Fumio"
    and "Fumio Kishida", "Abdullah" and "Abdullah II"). Where both speak, the curated row wins."""
    forms = {fold(f) for f in (curated.name, *curated.aliases) if " " in f.strip()}
    if forms & {fold(f) for f in (grown.name, *grown.aliases) if " " in f.strip()}:
        return True
    if curated.country != grown.country or office_kind(curated.office) != office_kind(grown.office):
        return False
    mine = _ends(curated)
    return any(_similar(a, b) for a in _ends(grown) for b in mine)


@functools.cache
def terms() -> tuple[Term, ...]:
    """Every term of the shipped tables, read once: the curated rows, then the rows harvested
    from the corpora, then those of the registry snapshot, each only for people no earlier
    table names (where two speak, the curated table wins, then the corpora)."""
    kept: list[Term] = []
    for name, origin in _FILES:
        earlier = list(kept)
        kept += [term for term in _read(name, origin)
                 if origin == "curated" or not any(same_person(known, term) for known in earlier)]
    return tuple(kept)


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


def _matching(names: tuple[str, ...] | list[str], title: str | None, date: str | None) -> list[Term]:
    """The terms the names may stand for (see `country_of_person`), those covering the date
    first: when some do, only those."""
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
    return found


def country_of_person(names: tuple[str, ...] | list[str], title: str | None, date: str | None) -> str | None:
    """The country (or organisation) a person stands for by the office-holder tables, or None.

    `names` are the forms the article uses; a form of two or more words matches a row's name or
    alias; a one-word form (a surname) matches only when the title names the row's kind of
    office or the date falls in the row's term. Rows whose term covers the date win over the
    others; the answer is given only when the matching rows agree on one country.
    """
    countries = {term.country for term in _matching(names, title, date)}
    return countries.pop() if len(countries) == 1 else None


def person_of(names: tuple[str, ...] | list[str], title: str | None, date: str | None) -> str | None:
    """The one person (the row's name) the forms stand for by the same rule as
    `country_of_person`, or None when none or several: "Zelensky" with the title President and
    "Volodymyr Zelenskiy" are both "Volodymyr Zelenskyy"; "Xi" in 2019 is "Xi Jinping"."""
    surnames = [name.split()[-1] for name in names if " " in name.strip()]  # "Volodymyr Zelenskiy": "Zelenskiy"
    found = _matching([*names, *surnames], title, date)
    people = {term.name for term in found}
    if len(people) != 1:
        return None
    forms = {fold(form) for term in found for form in (term.name, *term.aliases)}
    given = {fold(form).split()[0] for form in forms if " " in form}
    for name in names:  # "Hunter Biden" is no form of Joseph R. Biden, though "Biden" is
        words = fold(name).split()
        if len(words) > 1 and fold(name) not in forms and not (words[-1] in forms and words[0] in given):
            return None
    return people.pop()


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
    key = _outlet_key(source, url, HOME_COUNTRIES)
    return HOME_COUNTRIES[key] if key is not None else None


#: National news outlets by web domain: the country their business and local pages are about when
#: they name none ("Home Depot reported $2.53 in per-share earnings" on barrons.com: USA). Not used
#: for titles (a US daily's "the President" may be France's) and not for international outlets
#: (Reuters, AP's wire, Al Jazeera, BBC World), whose pages have no such country.
NATIONAL_OUTLETS = {
    **dict.fromkeys((
        "nytimes.com", "washingtonpost.com", "wsj.com", "usatoday.com", "cnn.com", "cnbc.com", "foxnews.com",
        "foxbusiness.com", "nbcnews.com", "cbsnews.com", "abcnews.go.com", "npr.org", "politico.com", "thehill.com",
        "latimes.com", "chicagotribune.com", "houstonchronicle.com", "sfgate.com", "bostonglobe.com",
        "detroitnews.com", "nypost.com", "barrons.com", "marketwatch.com", "businessinsider.com", "forbes.com",
        "fortune.com", "axios.com", "vox.com", "newsweek.com", "time.com", "theatlantic.com", "nationalreview.com",
        "washingtonexaminer.com", "politifact.com", "techcrunch.com", "theverge.com", "venturebeat.com",
        "therealdeal.com", "usnews.com", "miamiherald.com", "seattletimes.com", "dallasnews.com",
        "wired.com", "cbssports.com", "nj.com", "nbcdfw.com", "cbslocal.com", "dealbreaker.com", "mysanantonio.com",
        "twincities.com", "spokesman.com", "slate.com", "gizmodo.com", "apnews.com", "nbcsports.com",
        # regional dailies and US-only business, politics and polling sites
        "oregonlive.com", "pe.com", "nola.com", "al.com", "mlive.com", "gulflive.com", "cleveland.com", "chron.com",
        "ctpost.com", "timesunion.com", "floridatoday.com", "therepublic.com", "fox13now.com", "hawaiinewsnow.com",
        "fool.com", "247wallst.com", "dailycaller.com", "talkingpointsmemo.com", "huffingtonpost.com",
        "thedailybeast.com", "tnr.com", "pewresearch.org",
    ), "USA"),
    **dict.fromkeys((
        "theguardian.com", "telegraph.co.uk", "independent.co.uk", "express.co.uk", "dailymail.co.uk",
        "thetimes.co.uk", "cityam.com", "mirror.co.uk", "standard.co.uk", "thesun.co.uk",
    ), "GBR"),
    **dict.fromkeys((
        "thehindu.com", "hindustantimes.com", "timesofindia.indiatimes.com", "deccanherald.com", "moneycontrol.com",
        "ndtv.com", "indiatoday.in", "economictimes.indiatimes.com", "livemint.com",
    ), "IND"),
}


def outlet_country(source: str | None, url: str | None = None) -> str | None:
    """The country a page of the outlet is about when it names none: its home country
    (`home_country`), else that of a national news outlet (`NATIONAL_OUTLETS`), or None."""
    home = home_country(source, url)
    if home is not None:
        return home
    key = _outlet_key(None, url or _source_domain(source), NATIONAL_OUTLETS)
    return NATIONAL_OUTLETS[key] if key is not None else None


#: The web domain a source name ends on: "The Motley Fool (fool.com)", "CNN (cnn.com)".
_DOMAIN_IN_SOURCE = re.compile(r"\((?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\)\s*$", re.IGNORECASE)


def _source_domain(source: str | None) -> str | None:
    """The web domain a source name gives in brackets at its end, for a page kept without its address."""
    found = _DOMAIN_IN_SOURCE.search(source or "")
    return found.group("domain") if found is not None else None


#: Outlets that are a government's own voice (its head's office, its foreign ministry): what they
#: announce, provide or impose without naming who does is their home country's.
GOVERNMENT_OUTLETS = frozenset({
    "the white house", "white house", "whitehouse.gov", "bidenwhitehouse.archives.gov", "trumpwhitehouse.archives.gov",
    "obamawhitehouse.archives.gov", "u.s. department of state", "state.gov", "president.az", "kremlin", "kremlin.ru",
    "en.kremlin.ru",
})


def government_outlet(source: str | None, url: str | None = None) -> bool:
    """Whether an outlet known by name or web domain is a government's own voice."""
    return _outlet_key(source, url, GOVERNMENT_OUTLETS) is not None


def _outlet_key(source: str | None, url: str | None, table: Mapping[str, str] | frozenset[str]) -> str | None:
    """The key of `table` an outlet's name or web domain (or a parent domain) is, or None."""
    if source and source.strip().lower() in table:
        return source.strip().lower()
    if url:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
        while host:
            if host in table:
                return host
            host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None
