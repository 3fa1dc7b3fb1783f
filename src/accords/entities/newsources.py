"""Cited news sources: "..., Shada reported", "CHTN reported", "Turkey's Milliyet newspaper reported".

The small model takes such names for places or drops them; the reporting verb says they are
organisations. One of the token patterns of the entities stage (`accords.entities.patterns`
holds the others).
"""

from __future__ import annotations

from spacy.tokens import Doc

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import CALENDAR_WORDS, TITLE_HEADS
from accords.entities.patterns import is_capitalised
from accords.entities.tokens import TokenIds, string_ids, token_ids
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import known_by_alias, place_country

#: Verbs a news source is the subject of ("Shada reported"), and heads that name a source.
_REPORTING = frozenset({"reported", "reports"})
_MEDIA_HEADS = frozenset({"newspaper", "daily", "website", "agency"})


def news_sources(doc: Doc, ids: TokenIds | None = None) -> list[Candidate]:
    """A news source cited as such: "..., Shada reported", "CHTN reported", "Turkey's Milliyet
    newspaper reported". The small model takes such names for places or drops them; the verb
    says they are organisations. Names the gazetteers know (countries, capitals, places) are left
    to them ("Iran reported a rise")."""
    if ids is None:
        ids = token_ids(doc)
    found: list[Candidate] = []
    for verb in ids.where_lower(string_ids(_REPORTING)):
        end = verb
        if end > 0 and doc[end - 1].lower_ in _MEDIA_HEADS and doc[end - 1].is_lower:
            end -= 1
            if end > 0 and doc[end - 1].lower_ == "news":
                end -= 1
        start = end
        # proper nouns, or an acronym whatever its tag ("CHTN" comes out NNS)
        while start > 0 and end - start < 3 and doc[start - 1].ent_type_ != "PERSON" and (
                (is_capitalised(doc[start - 1]) and doc[start - 1].tag_ in ("NNP", "NNPS"))
                or (doc[start - 1].is_upper and doc[start - 1].is_alpha and len(doc[start - 1]) >= 2)):
            start -= 1
        if start == end or (start > 0 and doc[start - 1].tag_ not in (",", "``", "''", "POS", "IN", "DT")
                            and not doc[start - 1].is_sent_end and doc[start - 1].lower_ != "as"):
            continue
        name = doc[start:end].text
        if country_by_alias(name) or known_by_alias(name) or place_country(name) or any(
                t.lower_ in CALENDAR_WORDS or t.lower_ in TITLE_HEADS for t in doc[start:end]):
            continue
        full = doc[start:verb].text
        found.append(Candidate(start, verb, "ORG", full, PATTERN, aliases=(name,) if full != name else (),
                               source="pattern:news-source"))
    return found
