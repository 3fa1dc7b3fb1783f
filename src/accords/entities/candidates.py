"""Candidate mentions: spans of the parse that may name an entity, before overlaps are resolved.

Three sources feed candidates (each with a `priority`; the higher wins an overlap):
- the gazetteers, matched with one spaCy `PhraseMatcher` built lazily on first use;
- the patterns of `accords.entities.patterns` (projects, documents, events, organisations);
- spaCy's own NER (`doc.ents`), filtered, since the small model is noisy.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from accords.entities.lexicon import (
    CALENDAR_WORDS, COMPANY_SUFFIXES, CURRENCY_HEADS, DOCUMENT_HEADS, EVENT_HEADS, GENERIC_WORDS, LANGUAGE_PREPOSITIONS,
    LOCATIVE_PREPOSITIONS, NOT_COUNTRY_HEADS, ORG_HEADS, TITLE_WORDS,
)
from accords.entities.coordination import company_cue
from accords.entities.namebounds import hyphened_given_name
from accords.entities.headings import heading_only
from accords.entities.placecues import given_name_after_title, named_as_place, place_by_head
from accords.entities.plausible import bare_head, people_word, plausible_org, plausible_person, plural_people
from accords.gazetteer.portfolios import PORTFOLIO_WORDS
from accords.entities.tokens import TokenIds, token_ids
from accords.entities.towns import AMBIGUOUS_STATES, town_again, us_town
from accords.gazetteer import countries as country_table
from accords.gazetteer import organisations as org_table
from accords.gazetteer import places as place_table
from accords.gazetteer import us_states
from accords.knowledge.companies import company_names

#: Priorities: patterns beat gazetteers beat spaCy.
PATTERN, GAZETTEER, SPACY = 30, 20, 10
#: Curated names (IGOs, known projects, events, places) beat the patterns.
CURATED = 32


@dataclass(frozen=True)
class Candidate:
    """A span that names something: token range, type, and what is known about it.

    `name` is the surface form after cleaning (honorifics, determiners, possessives off);
    `canonical` is an ISO3 code or IGO acronym; `nested_ok` marks country names and adjectives,
    which may sit inside a longer name ("Azerbaijani-Turkish business forum") and still count.
    """

    start: int  # token index
    end: int  # token index, exclusive
    type: str
    name: str
    priority: int
    canonical: str | None = None
    country: str | None = None
    title: str | None = None
    aliases: tuple[str, ...] = ()
    nested_ok: bool = False
    source: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@functools.cache
def _matcher() -> tuple[PhraseMatcher, dict[str, tuple]]:
    """The gazetteer matcher over the shared model's vocabulary, built once on first use."""
    from accords.nlp import get_nlp

    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    labels: dict[str, tuple] = {}

    def add(label: str, info: tuple, phrases: list[str]) -> None:
        labels[label] = info
        matcher.add(label, [nlp.make_doc(phrase) for phrase in phrases])

    for alias, (iso3, kind) in country_table.all_aliases().items():
        add(f"C|{iso3}|{kind}|{alias}", ("COUNTRY", iso3, kind), [alias])
    for alias, acronym in org_table.all_aliases().items():
        add(f"O|{acronym}|{alias}", ("IGO", acronym), [alias])
    for alias, row in place_table.all_aliases().items():
        add(f"K|{row.type}|{row.name}|{alias}", ("KNOWN", row), [alias])
    for name in company_names():
        if place_table.known_by_alias(name) is None:
            add(f"B|{name}", ("COMPANY",), [name])
    return matcher, labels


def _name_goes_on(doc: Doc, end: int) -> bool:
    """Whether a capitalised word follows token `end` (over a line break): the name goes on."""
    while end < len(doc) and doc[end].is_space:
        end += 1
    return end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper()


def gazetteer_candidates(doc: Doc, ids: TokenIds | None = None) -> list[Candidate]:
    """Countries (names, adjectives, capitals), IGOs and other known names found in `doc`.

    `ids` are the doc's token arrays (`token_ids(doc)`), when the caller has them already.
    """
    from accords.nlp import doc_text, get_nlp

    if doc.vocab is not get_nlp().vocab:
        return []  # a parse from another model: its tokens cannot be matched by our matcher
    if ids is None:
        ids = token_ids(doc)
    matcher, labels = _matcher()
    found: list[Candidate] = []
    for match_id, start, end in matcher(doc):
        info = labels[doc.vocab.strings[match_id]]
        text = ids.span_text(start, end)
        if info[0] == "COUNTRY":
            iso3, kind = info[1], info[2]
            if start > 0 and f"{doc[start - 1].text} {text}" in us_states.US_STATES:
                continue  # "New Mexico Governor Michelle Lujan Grisham": a US state, not Mexico
            if us_town(doc, start, end) or town_again(doc, start, end):
                continue  # "East Palestine, Ohio", "Lebanon, Pennsylvania", "East Palestine" again: a US town
            if place_table.not_the_country(doc_text(doc), doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
                continue  # "the Gulf of Mexico", "the Indian Ocean", "Bureau of Indian Affairs": not the country
            if kind == "name" and place_table.names_a_site(doc_text(doc), doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
                continue  # "Congo Square", "Israel Street": a site named after the country
            if text == "Georgia" and us_states.is_us_georgia(doc_text(doc), doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
                continue  # "Atlanta, Georgia", "off the coasts of Florida, Georgia, South Carolina": the state
            if kind == "capital" and given_name_after_title(doc, start, end):
                continue  # "President Santiago Peña": a given name, not Chile's capital
            if kind == "capital":
                found.append(_capital(doc, start, end, iso3, text))
            elif kind == "demonym" and (_not_the_country(doc, start, end) or _people(doc, start, iso3, text)):
                continue  # "English and Russian languages", "Iranian rials", "in Russian", "Palestinians"
            elif end < len(doc) and doc[end].lower_ in CURRENCY_HEADS:
                continue  # "24.4 billion US dollars", "Hong Kong dollars": money, not the country
            else:
                found.append(Candidate(start, end, "COUNTRY", text, GAZETTEER, canonical=iso3,
                                       country=iso3, nested_ok=True, source=f"gazetteer:{kind}"))
        elif info[0] == "COMPANY" and _name_goes_on(doc, end):
            continue  # "Samsung SDI", "Hanwha Q Cells", "LG Energy Solution": a longer name the table does not list
        elif info[0] == "COMPANY":
            # a listed company as written ("TSMC", "CATL"), below spaCy: "Samsung | Electronics" stays whole;
            # no country: the entity rules give it
            found.append(Candidate(start, end, "ORG", text, SPACY - 1, source="gazetteer:company"))
        elif info[0] == "IGO":
            igo = org_table.igo_by_alias(text, doc_text(doc))  # "IDB" as the text spells it out
            if igo is None:  # the gazetteer's kind says IGO for this very alias
                continue
            aliases = tuple(a for a in (igo.acronym, *igo.acronyms) if a != text)
            found.append(Candidate(start, end, "ORG", igo.name, CURATED, canonical=igo.acronym,
                                   aliases=(text, *aliases) if text != igo.name else aliases,
                                   source="gazetteer:igo"))
        else:
            row = info[1]
            # a known place may sit inside a project or document name ("Shusha Declaration")
            priority = GAZETTEER + 1 if row.type == "PLACE" else CURATED
            kind = row.type
            if row.name in place_table.SEATS:  # a building's name beats the head-noun patterns ("Oval Office")
                priority = CURATED
                if not _after_locative(doc, start):
                    kind = "ORG"  # "the White House said": the administration
            if kind == "PLACE" and not row.country and _compass_before(doc, start, text):
                # "northern Europe", "Southern Africa": the part of a region the text names
                start -= 1
                text = ids.span_text(start, end)
                found.append(Candidate(start, end, kind, text, priority, source="gazetteer:known"))
                continue
            if kind == "EVENT_NAME" and end < len(doc) and is_year(doc[end]) and doc[end - 1].text == text.split()[-1]:
                # "Bakutel 2018": the year names the edition of a recurring event
                found.append(Candidate(start, end + 1, kind, ids.span_text(start, end + 1), priority,
                                       country=row.country, aliases=(row.name,), source="gazetteer:known"))
                continue
            longer = _place_tail(doc, end) if kind == "PLACE" else _company_tail(doc, start, end) if kind == "ORG" else end
            if longer > end:  # "Neftchala Industrial District", "KTZ Express": a longer name of its own
                found.append(Candidate(start, longer, kind, ids.span_text(start, longer), priority,
                                       country=row.country, source="gazetteer:known"))
                continue
            found.append(Candidate(start, end, kind, row.name, priority, country=row.country,
                                   aliases=(text,) if text != row.name else (), source="gazetteer:known"))
    found.extend(_glued_abbreviations(doc))
    # a known region inside a country's name is no mention of its own ("South Africa" is not "Africa")
    # (indexed by first token: the check stays linear on long texts with thousands of names)
    names: dict[int, list[tuple[int, int]]] = {}
    for c in found:
        if c.type == "COUNTRY" and c.source == "gazetteer:name":
            for i in range(c.start, c.end):
                names.setdefault(i, []).append((c.start, c.end))
    return [c for c in found if c.type == "COUNTRY" or not any(
        s <= c.start and c.end <= e and e - s > c.end - c.start for s, e in names.get(c.start, ()))]


#: Head nouns that make a town's name followed by them the name of a place of its own
#: ("Neftchala Industrial District", "Sumgait Chemical Industrial Park").
_PLACE_TAILS = frozenset({"district", "park", "zone", "quarter", "valley", "peninsula", "island"})


def _place_tail(doc: Doc, end: int) -> int:
    """The end of a place name that goes on past a known place over up to three capitalised
    words, the last a head noun of `_PLACE_TAILS`; `end` itself when there is none."""
    for stop in range(end + 1, min(end + 3, len(doc)) + 1):
        words = doc[end:stop]
        if not all(t.is_alpha and t.text[:1].isupper() for t in words):
            return end
        if words[-1].lower_ in _PLACE_TAILS:
            return stop
    return end


#: Words that make a company's short name followed by them the name of a subsidiary or unit of
#: its own ("KTZ Express", "SOCAR Trading", "Gazprom Neft", "SOCAR Polymer").
_COMPANY_TAILS = frozenset({"express", "trading", "logistics", "energy", "oil", "gas", "petroleum", "neft",
                            "capital", "finance", "shipping", "cargo", "construction", "engineering",
                            "downstream", "upstream", "marketing", "polymer", "petrochemicals", "green",
                            "telecom", "insurance", "leasing", "invest", "investments"})


def _company_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a company's name that goes on past a known company's short name over one or
    two capitalised words of `_COMPANY_TAILS`; `end` itself when there is none."""
    stop = end
    while stop < min(end + 2, len(doc)) and doc[stop].text[:1].isupper() and doc[stop].lower_ in _COMPANY_TAILS:
        stop += 1
    return stop


def _glued_abbreviations(doc: Doc) -> list[Candidate]:
    """A country abbreviated with full stops that the tokenizer keeps glued to a hyphenated
    word ("U.S.-led", "U.S.-ROK alliance", "U.K.-French"): the token names that country (the
    phrase matcher sees only whole tokens, and spaCy tags such tokens GPE or ORG)."""
    found = []
    for token in doc:
        text = token.text
        if "." not in text or "-" not in text:
            continue
        prefix, _, rest = text.partition("-")
        hit = country_table.country_by_alias(prefix) if rest[:1].isalpha() else None
        if hit is not None and hit[1] == "name":
            found.append(Candidate(token.i, token.i + 1, "COUNTRY", prefix, GAZETTEER, canonical=hit[0],
                                   country=hit[0], nested_ok=True, source="gazetteer:name"))
    return found


#: Adjectives that name a part of a region ("northern Europe").
_COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                                 "northwestern", "southeastern", "southwestern"})


def _compass_before(doc: Doc, start: int, text: str) -> bool:
    """A compass adjective right before a region the table knows, where the two together are
    no name of the table ("Eastern Europe" is one of its rows, "northern Europe" is not)."""
    if start == 0 or doc[start - 1].lower_ not in _COMPASS_ADJECTIVES:
        return False
    return place_table.known_by_alias(f"{doc[start - 1].text} {text}") is None


def _after_locative(doc: Doc, start: int) -> bool:
    """A place word ("to", "at", "in") before the name, past "the": "welcomed him to the White House"."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE_PREPOSITIONS


def _not_the_country(doc: Doc, start: int, end: int) -> bool:
    """Whether a country adjective names a language, currency or cuisine: the noun after it,
    past a coordination of such words ("English and Russian languages"), is one of
    `NOT_COUNTRY_HEADS`; or a state to come ("a Palestinian state"); or it stands alone after "in", "into" or "from" ("translated into
    Russian")."""
    i = end
    while i + 1 < len(doc) and doc[i].lower_ in ("and", ",", "or") and doc[i + 1].text[:1].isupper():
        i += 2  # "English and Russian", "Arabic, Persian and Turkish"
    following = doc[i] if i < len(doc) else None
    if following is not None and following.lower_ in NOT_COUNTRY_HEADS:
        return True
    if following is not None and following.lower_ == "state" and _indefinite_before(doc, start):
        return True  # "the establishment of a Palestinian state": a state to come, no country named
    if start == 0 or doc[start - 1].lower_ not in LANGUAGE_PREPOSITIONS:
        return False
    return following is None or following.is_punct or following.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _indefinite_before(doc: Doc, start: int) -> bool:
    """Whether the noun phrase of the word at `start` opens with "a" or "an" past at most four
    adjectives, commas and "and" ("a viable, independent Palestinian state")."""
    i = start - 1
    while i >= 0 and start - i <= 5 and (doc[i].pos_ == "ADJ" or doc[i].lower_ in (",", "and")):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("a", "an")


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


#: Nouns a demonym before them makes a country's people, not its state ("Palestinian civilians",
#: "Lebanese families"). Not "people": "support for the Ukrainian people" is support for the state's
#: side, and events take their sides from these mentions.
_PEOPLE_NOUNS = frozenset({"civilians", "families"})


def _people(doc: Doc, start: int, iso3: str, text: str) -> bool:
    """Whether a demonym is the plural that names a country's people ("aid to reach
    Palestinians", "Israelis and Palestinians alike"): the gold lists a country named only
    through its people as no mention (tests/gold/README.md, who is who), unlike an adjective
    that stands for the state ("Russian aggression"). People who act as the subject
    ("Thousands of Iranians rallied": a finite verb right after) stay: they are a side of the
    event they make."""
    if start + 1 < len(doc) and doc[start + 1].lower_ in _PEOPLE_NOUNS and text[:1].isupper():
        return True  # "Palestinian civilians": its people, like "Palestinians"
    if not text.endswith("s"):
        return False
    country = country_table.country_by_iso3(iso3)
    if country is None:
        return False
    # "Iranians" (the adjective plus s) or a listed plural of its own ("Turks", "Poles", "Danes"); the
    # first listed form is the adjective, even when it ends in s ("Swiss banks")
    if text[:-1] not in country.demonyms and text not in country.demonyms[1:]:
        return False
    after = doc[start + 1] if start + 1 < len(doc) else None
    return after is None or after.tag_ not in _FINITE_VERB_TAGS


def _capital(doc: Doc, start: int, end: int, iso3: str, text: str) -> Candidate:
    """A capital (`text`) is its country when it acts ("Baku and Tehran agreed"), else a place; "Washington, DC" and
    "Washington D.C." (with the full stop the tokenizer splits off "D.C" at a sentence's end) are one place."""
    if _acts(doc, start, end):
        return Candidate(start, end, "COUNTRY", text, GAZETTEER, canonical=iso3, country=iso3,
                         source="gazetteer:capital-metonym")
    district = end + (end < len(doc) and doc[end].text == ",")
    if district < len(doc) and doc[district].text in ("DC", "D.C.", "D.C"):
        stop = district + 1 + (doc[district].text == "D.C" and district + 1 < len(doc)
                               and doc[district + 1].text == "." and not doc[district].whitespace_)
        return Candidate(start, stop, "PLACE", doc[start:stop].text, GAZETTEER, country=iso3,
                         aliases=(text,), source="gazetteer:capital")
    return Candidate(start, end, "PLACE", text, GAZETTEER, country=iso3, source="gazetteer:capital")


def _acts(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in LOCATIVE_PREPOSITIONS:
        return False
    after = doc[end] if end < len(doc) else None
    if after is None:
        return False
    if after.tag_ in ("VBZ", "VBD", "VBP", "MD") or after.tag_ == "POS":
        return True
    # coordination with another capital or country: "Ankara and Damascus", "Baku, Tehran"
    if after.lower_ in ("and", ",") and end + 1 < len(doc):
        other = doc[end + 1].text
        found = country_table.country_by_alias(other)
        if found is not None and found[1] in ("capital", "name"):
            return True
    if before is not None and before.lower_ in ("and", "between") and start >= 2:
        other = doc[start - 2].text
        found = country_table.country_by_alias(other)
        return found is not None and found[1] in ("capital", "name")
    return False


_SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
                "LAW": "DOCUMENT", "EVENT": "EVENT_NAME"}


#: Verbs whose subject after a closing quotation is the quotation's author.
_SIGNING_VERBS = frozenset({"said", "wrote", "tweeted", "added", "stated", "noted", "stressed", "told"})


def _signs_a_quote(ent: Span) -> bool:
    """A name spaCy took for a title of a work because it follows a quotation: "“...,” Seyyed Abbas Mousavi
    wrote." Two to four capitalised words after the closing quote (and a comma), before a reporting verb."""
    doc = ent.doc
    if ent.label_ != "WORK_OF_ART" or not 2 <= len(ent) <= 4 or ent.end >= len(doc):
        return False
    if doc[ent.end].lower_ not in _SIGNING_VERBS or not all(t.is_alpha and t.text[:1].isupper() for t in ent):
        return False
    before = [t.text for t in doc[max(0, ent.start - 2):ent.start]]
    return bool(before) and (before[-1] == '"' or before[-2:] == ['"', ","])  # quotes are straight in the parse


def spacy_candidates(doc: Doc, ids: TokenIds | None = None) -> list[Candidate]:
    """spaCy's entities of the kinds we keep, trimmed of determiners and possessives."""
    if ids is None:
        ids = token_ids(doc)
    found = []
    for ent in doc.ents:
        kind = "PERSON" if _signs_a_quote(ent) or hyphened_given_name(ent) else _SPACY_TYPES.get(ent.label_)  # "Marie-Claude Tremblay"
        if kind is None:
            continue
        span = trim(ent)
        if span is None or all(t.lower_ in CALENDAR_WORDS for t in span):
            continue  # "Esfand" (a month of the Iranian calendar) tagged ORG
        if kind == "ORG" and _possessive_name(doc, span.end):
            span = Span(doc, span.start, span.end + 1)  # "Ford, Macy’s, Kellogg’s, NBC": the "’s" is the name's
        text = ids.span_text(span.start, span.end)
        if kind in ("PLACE", "ORG", "PERSON") and any(_DESIGNATION.match(t.text) for t in span):
            continue  # "F-16s", "U.S. F-35s", "S-400": a weapon's or machine's model, no name
        if kind in ("PLACE", "ORG") and (plural_people(text) or people_word(doc, text)):
            continue  # "the Azeris", "Uyghurs" beside "Uyghur workers": a people
        if "=" in text:
            continue  # "Sterling GBP=": a market quote's code, no name
        if heading_only(doc, span.start, span.end):
            continue  # "**Support Affordable Housing**": Title Case makes every noun look like a name
        if kind == "PLACE" and text.lower() in _SKY:
            continue  # "Mars", "the Moon": no place on Earth a text about states means
        if kind == "PLACE":
            if text.lower() in _COMPASS or (len(span) == 1 and text.isupper() and len(text) <= 3
                                            and place_table.place_country(text) is None) or text.islower():
                continue  # "West"; "MJ" (editors' initials); "madrasas"
            if bare_head(list(span)):
                continue  # "the Secretariat"
            if len(span) == 1 and span[0].lower_ in TITLE_WORDS:
                continue  # "his years of service as Taoiseach and Tánaiste": an office, no place
            country = place_table.place_country(text)
            if country is None and company_cue(doc, span.end):
                # "Jefferies analyst", "a WeWork spokesperson": a company the model took for a place
                if plausible_org(span, text):
                    found.append(Candidate(span.start, span.end, "ORG", text, SPACY, source="spacy"))
                continue
            name, aliases = _two_names(text)  # "Haram al-Sharif / Temple Mount": one place, two names
            found.append(Candidate(span.start, span.end, "PLACE", name, SPACY, country=country, aliases=aliases,
                                   source="spacy"))
        elif kind == "ORG" and len(span) <= 3 and named_as_place(doc, span) and plausible_org(span, text):
            found.append(Candidate(span.start, span.end, "PLACE", text, SPACY, source="spacy"))  # "Tarboro, NC"
        elif kind == "ORG":
            if _division(span) or (text in us_states.US_STATES and text not in AMBIGUOUS_STATES):
                # "Osun State", "Gujarat State": a country's division, no body; "Louisiana", "Vermont"
                # (a state of the United States the small model tags ORG in lists of states)
                found.append(Candidate(span.start, span.end, "PLACE", text, SPACY, source="spacy"))
            elif _list_of_countries(span):
                continue  # "Vanuatu, Samoa": countries in a list, no body
            elif (parts := _listed_orgs(span)) is not None:
                # "Argidius Foundation, PriceSmart Foundation": a list the model read as one name
                found.extend(Candidate(p.start, p.end, "ORG", ids.span_text(p.start, p.end), SPACY, source="spacy")
                             for p in parts if plausible_org(p, ids.span_text(p.start, p.end))
                             and not all(t.lower_ in PORTFOLIO_WORDS or not t.is_alpha for t in p))
            elif plausible_org(span, text):
                found.append(Candidate(span.start, span.end, "ORG", text, SPACY, source="spacy"))
        elif kind == "PERSON":
            if plausible_person(span, text):
                found.append(Candidate(span.start, span.end, "PERSON", text, SPACY, source="spacy"))
            elif place_by_head(span):  # "the Argus Leader of Sioux Falls": a place's word ends no person's name
                found.append(Candidate(span.start, span.end, "PLACE", text, SPACY, source="spacy"))
            elif len(span) >= 2 and span[-1].lower_ in ORG_HEADS and span[-1].text[:1].isupper() \
                    and not any(c.isdigit() for c in text) and plausible_org(span, text):
                # "Azerbaijan Railways", "Turkmengaz State Concern": a body's head noun ends it
                lead = country_table.country_by_alias(span[0].text)
                found.append(Candidate(span.start, span.end, "ORG", text, SPACY, source="spacy",
                                       country=lead[0] if lead is not None and lead[1] != "capital" else None))
        elif kind == "DOCUMENT":
            # a named agreement has a document word ("Paris Agreement", "Resolution 2231"); the
            # small model also calls chapels, chapters and articles LAW
            if any(t.is_title for t in span) and len(span) >= 2 and any(t.lower_ in DOCUMENT_HEADS for t in span):
                found.append(Candidate(span.start, span.end, "DOCUMENT", text, SPACY, source="spacy"))
        elif kind == "EVENT_NAME" and all(t.lower_ in EVENT_HEADS | GENERIC_WORDS for t in span if t.is_alpha):
            continue  # "the 108th Session (of the International Labour Conference)": a count and a head, no name
        elif any(t.is_alpha and t.text[:1].isupper() for t in span):
            found.append(Candidate(span.start, span.end, kind, text, SPACY, source="spacy"))  # not "2020 war"
    return found


#: Tokens after a company's name that ends in "'s" ("Ford, Macy’s, Kellogg’s and NBC"): the "'s"
#: then owns nothing and belongs to the name. Not a verb: "Stadia’s recommended Chromecast" owns.
_AFTER_OWN_NAME = frozenset({",", ".", ";", ":", ")", "and", "or"})


def _possessive_name(doc: Doc, end: int) -> bool:
    """Whether the "'s" at token `end` ends a name instead of making a possessive: a list's comma
    or conjunction, or a sentence's end, follows it, where a possessive goes on to the thing owned."""
    if end + 1 >= len(doc) or doc[end].tag_ != "POS" or doc[end].text not in ("’s", "'s"):
        return False
    after = doc[end + 1]
    return after.lower_ in _AFTER_OWN_NAME


def _two_names(text: str) -> tuple[str, tuple[str, ...]]:
    """A place written with its two names joined by a slash ("Haram al-Sharif / Temple Mount",
    "Haram al-Sharif/Temple Mount"): the first is the name, the second an alias. Each side must
    be capitalised words and no state; anything else keeps the text whole."""
    parts = [part.strip() for part in text.split("/")]
    if len(parts) != 2 or not all(parts) or not all(
            w[:1].isupper() or w.lower() in _NAME_LINKS for part in parts for w in part.replace("-", " ").split()):
        return text, ()
    if any(country_table.country_by_alias(part) is not None for part in parts):
        return text, ()  # "Ireland/Northern Ireland": two places, one of them a state
    return parts[0], (parts[1],)


#: Lower-case words that may sit inside a place's name ("Haram al-Sharif", "Bay of Bengal").
_NAME_LINKS = frozenset({"al", "el", "of", "de", "the", "and"})


def _list_of_countries(span: Span) -> bool:
    """Whether a span is countries joined by commas and "and" ("Vanuatu, Samoa")."""
    parts: list[list[str]] = []
    current: list[str] = []
    for t in span:
        if t.text == "," or t.lower_ == "and":
            parts.append(current)
            current = []
        else:
            current.append(t.text)
    parts.append(current)
    names = [" ".join(n) for n in parts if n]
    return len(names) > 1 and all(country_table.country_by_alias(n) is not None for n in names)


def _listed_orgs(span: Span) -> list[Span] | None:
    """The names of a list of organisations the model tagged as one ("Bowie State University, Morgan
    State University"): the parts between commas, each opening with a capitalised word and ending
    with a body's head noun; None when the
    span is one name ("Ministry of Industry, Mining and Trade", "Gavi, the Vaccine Alliance",
    "Lockheed Martin, Inc.")."""
    commas = [t.i for t in span if t.text == ","]
    if not commas or any(t.lower_ in ("of", "for", "on", "the") for t in span):
        return None
    bounds = [span.start, *commas, span.end]
    parts = []
    for left, right in itertools.pairwise(bounds):
        start = left if left == span.start else left + 1
        if start < right and span.doc[start].lower_ == "and":
            start += 1
        if start >= right or not span.doc[start].text[:1].isupper() or span.doc[start].lower_ in COMPANY_SUFFIXES:
            return None
        parts.append(span.doc[start:right])
    if not all(p[-1].lower_ in ORG_HEADS for p in parts):
        return None  # "Black, Latino", "Determined, Resilient, Empowered": no list of bodies
    return parts if len(parts) > 1 else None


#: Capitalised words after a proper name that make it a country's division ("Osun State").
_DIVISION_WORDS = frozenset({"state", "province", "region", "county", "oblast", "governorate", "prefecture"})


def _division(span: Span) -> bool:
    """Whether a span spaCy tagged ORG is a proper name and a division word: "Osun State",
    "Gujarat State", "Kachin State" (one or two proper nouns, none of them a country's
    adjective, then a capitalised `_DIVISION_WORDS` word). "Islamic State" is an ORG of the
    known names' table, which wins over spaCy's candidate."""
    words = list(span)
    if not 2 <= len(words) <= 3 or words[-1].lower_ not in _DIVISION_WORDS or not words[-1].is_title:
        return False
    return all(t.tag_ == "NNP" and t.is_title and country_table.country_by_alias(t.text) is None
               for t in words[:-1])


#: A model designation: capital letters, a hyphen, a number ("F-16s", "S-400", "T-72").
_DESIGNATION = re.compile(r"^[A-Z]{1,3}-\d+[A-Za-z]?s?$")

#: Words a name never ends on: the model's span stopped short of what they join.
_DANGLING = frozenset({"of", "for", "on", "and", "&"})


def is_year(token: Token) -> bool:
    """A four-digit year of the last two centuries ("1974", "2023")."""
    text = token.text
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def trim(span: Span) -> Span | None:
    """The span without leading determiners and trailing possessives or punctuation.

    None for a span with a whitespace token inside: ingest collapses runs of spaces, so such a token is a
    blanked link address (`nlp.normalise_for_nlp`) or a line break, and no name runs across either.
    """
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        first = doc[start]
        # "the"; a day or month the model glued on ("Sunday, Iranian Foreign Ministry")
        # "Former National Security Council": the adjective tells of a person's past post
        if not (first.lower_ in ("the", "a", "an", "former") or first.is_punct or first.is_space
                or (first.lower_ in CALENDAR_WORDS and start + 1 < end and doc[start + 1].text == ",")):
            break
        start += 1
    # a dateline glued to the name: "TEHRAN - Azerbaijani Railways", "TEHRAN- Azerbaijan"
    if end - start > 1:
        word = doc[start].text
        if end - start > 2 and word.isupper() and doc[start + 1].text in ("-", "\u2013", "\u2014"):
            start += 2
        elif len(word) > 2 and word[-1] in ("-", "\u2013", "\u2014") and word[:-1].isupper():
            start += 1
    while end > start:
        last = doc[end - 1]
        if not (last.tag_ == "POS" or last.is_punct or last.is_space):
            break
        end -= 1
    if end - start > 1 and doc[end - 1].lower_ == "of" and end < len(doc) and is_year(doc[end]):
        end += 1  # "the Trade Act of | 1974": the model leaves the year to a DATE
    elif doc[end - 1].lower_ == "act" and end + 1 < len(doc) and doc[end].lower_ == "of" and is_year(doc[end + 1]):
        end += 2  # "the Trade Act | of 1974"
    if end - start > 1 and doc[end - 1].lower_ in _DANGLING:
        # a name does not end on a preposition or "and": the model stopped short of the rest
        # ("City of | Stockton", "International Day of | ..."), and what is left is not the name
        return None
    if end <= start or any(doc[i].is_space for i in range(start + 1, end - 1)):
        return None
    # `Span` directly: `doc[start:end]` gives the same span but normalises the slice in Python first
    return Span(doc, start, end)


_COMPASS = frozenset({"east", "west", "north", "south", "the east", "the west"})
#: Bodies of the solar system, which the small model tags as places.
_SKY = frozenset({"earth", "moon", "mars", "jupiter", "saturn", "venus", "mercury", "europa", "sun"})
