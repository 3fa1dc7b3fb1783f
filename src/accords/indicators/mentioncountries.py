"""Where an extraction names a country through someone: the spans of the mentions of people and
organisations with a country, and of direct quotes whose speaker has one.

The figures stage gathers them once per article (`accords.indicators.owners.ArticleCountries`):
a figure in a sentence that names no country may be the country of the person or organisation
that opens it, or of the speaker of the quote it is in ("we invested $2 billion").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import country_iso3, demonym_country
from accords.knowledge.companies import company_country
from accords.model import Extraction


def people_countries(extraction: Extraction) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each mention of a person with a country ("Mr. Trump": USA)."""
    people = {e.id: e.country for e in extraction.entities if e.type == "PERSON" and e.country}
    return [(ev.start, ev.end, people[m.entity_id]) for m in extraction.mentions if m.entity_id in people
            for ev in m.evidence]


def organisation_countries(extraction: Extraction, text: str = "") -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each mention of an organisation with a country of its own ("SOCAR":
    AZE, "Gazprom": RUS), or a company whose home country `knowledge.companies` knows ("TSMC":
    TWN, "Samsung Electronics": KOR), else one `text` names with a ticker of a US exchange
    (`us_listed`); international organisations have none."""
    orgs = {e.id: country for e in extraction.entities if e.type == "ORG"
            and (country := e.country or _company_country(e.name, e.aliases)) is not None}
    listed = us_listed(text, extraction) - set(orgs)
    orgs.update(dict.fromkeys(listed, "USA"))
    return [(ev.start, ev.end, orgs[m.entity_id]) for m in extraction.mentions if m.entity_id in orgs
            for ev in m.evidence]


#: A ticker of a US stock exchange right after a company's name: "Home Depot Inc. (NYSE: HD)", "Qualcomm (NASDAQ:
#: QCOM )", "Vivus Inc. (Nasdaq: VVUS)".
_US_TICKER = re.compile(r"\s*\((?:NYSE|NASDAQ|Nasdaq|NYSE\s+American|NYSE\s+MKT|AMEX)\s*:\s*[A-Z][A-Z.]{0,5}\s*\)")


def us_listed(text: str, extraction: Extraction) -> set[str]:
    """The ids of the organisations of no known country that `text` names with a ticker of a US exchange
    (`_US_TICKER`): a company listed there is, unless its name says otherwise, a US company, as the gold
    gives a US company's figures to USA (tests/gold/README.md). A name with a country or a nation's adjective
    in it ("Taiwan Semiconductor (NYSE: TSM)", "China Mobile") is a foreign company's listing: not one
    (an American one, "American Express (NYSE: AXP)", is)."""
    if not text:
        return set()
    names = {e.id: e.name for e in extraction.entities if e.type == "ORG" and e.country is None}
    found: set[str] = set()
    for mention in extraction.mentions:
        name = names.get(mention.entity_id or "")
        if name is None or mention.entity_id is None \
                or any((country_iso3(w) or demonym_country(w)) not in (None, "USA") for w in name.split()):
            continue
        if any(_US_TICKER.match(text, ev.end) for ev in mention.evidence):
            found.add(mention.entity_id)
    return found


def _company_country(name: str, aliases: Sequence[str]) -> str | None:
    """The home country of a company the entity stage gave none, by its name or an alias."""
    return next((c for form in (name, *aliases) if (c := company_country(form)) is not None), None)


def quote_speaker_countries(extraction: Extraction) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each direct quote whose speaker has a country, for "I"/"we" figures."""
    by_id = {e.id: e for e in extraction.entities}
    found = []
    for quote in extraction.quotes:
        speaker = by_id.get(quote.speaker or "")
        if speaker is None or not quote.direct:
            continue
        country = speaker.country or (speaker.canonical_id if speaker.type == "COUNTRY" else None)
        if country:
            for ev in quote.evidence:
                found.append((ev.start, ev.end, country))
    return found


def bodies_countries(extraction: Extraction) -> set[str]:
    """The countries of the organisations a text names, where it names no country at all and two or
    more organisations with a country (NASA and SpaceX: {"USA"}); else none: one body is too little
    to say where a text is, and a text naming a country says so itself."""
    if any(e.type == "COUNTRY" for e in extraction.entities):
        return set()
    bodies = {e.name: e.country for e in extraction.entities if e.type == "ORG" and e.country}
    return set(bodies.values()) if len(bodies) >= 2 else set()
