"""Cited news sources: "..., Shada reported", "CHTN reported", "Turkey's Milliyet newspaper reported",
and the place a wire story was filed from ("ST. JOSEPH, Mich. (AP) —").

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
from accords.gazetteer.us_states import US_STATE_ABBREVIATIONS, US_STATES

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


#: How far into the text a wire dateline may start (a title line or a byline may come first).
_DATELINE_REACH = 40


def wire_datelines(doc: Doc) -> list[Candidate]:
    """The place of a wire story's dateline, "ST. JOSEPH, Mich. (AP) —", "COLUMBIA, S.C. (AP)": the
    town in capitals (a PLACE, of the USA when a state follows) and the state written short (a PLACE
    under its full name, "Michigan", the short form an alias). Only a dateline that cites its
    agency in brackets counts: the gold records the dateline of a wire story as a place, while a
    Tehran Times dateline alone ("TEHRAN –") gives none (tests/gold/README.md)."""
    n = min(len(doc), _DATELINE_REACH)
    for i in range(n):
        if doc[i].text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or not doc[i + 1].is_upper:
            continue
        end = i
        state = None
        if end >= 2 and doc[end - 2].text == "," and (doc[end - 1].text in US_STATE_ABBREVIATIONS
                                                    or doc[end - 1].text in US_STATES):
            state = end - 1
            end -= 2
        start = end
        while start > 0 and end - start < 5 and (doc[start - 1].text.isupper() or (
                doc[start - 1].text == "." and start > 1 and doc[start - 2].text.isupper())):
            start -= 1  # "ST. JOSEPH" (the full stop may be a token of its own)
        if start == end or not any(t.is_alpha and len(t) > 1 for t in doc[start:end]) or (
                start > 0 and not doc[start - 1].is_space and not doc[start - 1].is_punct):
            return []
        found = [Candidate(start, end, "PLACE", doc[start:end].text, PATTERN, country="USA" if state else None,
                           source="pattern:dateline")]
        if state is not None:
            short = doc[state].text
            full = US_STATE_ABBREVIATIONS.get(short, short)
            found.append(Candidate(state, state + 1, "PLACE", full, PATTERN, country="USA",
                                   aliases=(short,) if short != full else (), source="pattern:dateline"))
        return found
    return []
