"""Acronyms with their expansion: "Europe-Persia Express Gateway (EPEG)", "Partnership for Global
Infrastructure and Investment (PGII)". The full name is typed by the head noun after the
parenthesis or inside the name; the acronym becomes its alias. An organisation's head that names a
standing meeting of governments ("Nuclear Consultative Group (NCG)") makes an EVENT_NAME
(`accords.entities.standing`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import DOCUMENT_HEADS, EVENT_HEADS, ORG_HEADS, PROJECT_HEADS, WEAK_PROJECT_HEADS, radio_term
from accords.entities.patterns import MAX_NAME_TOKENS, country_of, is_capitalised
from accords.entities.standing import standing_meeting
from accords.entities.tokens import TokenIds, string_id, token_ids
from accords.gazetteer.places import known_by_alias


def acronym_expansions(doc: Doc, ids: TokenIds | None = None) -> list[Candidate]:
    """"Full Name (ACR)": the full name with the acronym as alias, typed by what follows."""
    if ids is None:
        ids = token_ids(doc)
    found: list[Candidate] = []
    close = string_id(")")
    for i in ids.where_orth((string_id("("),)):
        if i + 2 >= len(doc) or ids.orth[i + 2] != close:
            continue
        token = doc[i]
        acronym = doc[token.i + 1].text
        if not (2 <= len(acronym) <= 10 and acronym.replace("-", "").isalnum() and acronym[:1].isupper()
                and sum(c.isupper() for c in acronym) >= 2):
            continue
        match = _expansion(doc, token.i, acronym)
        if match is None:
            continue
        start, end = match
        after = doc[token.i + 3] if token.i + 3 < len(doc) else None
        kind = _kind_after(doc, start, end, after)
        if kind == "ORG" and standing_meeting(doc, max(0, start - 3), end - 1):
            kind = "EVENT_NAME"  # "U.S.-ROK Nuclear Consultative Group (NCG)": a standing meeting
        name = doc[start:end].text
        if known_by_alias(name) is not None or kind is None:
            continue  # curated already, or no cue that says what it is ("Information Technology (ICT)")
        found.append(Candidate(start, end, kind, name, PATTERN + 1, aliases=(acronym,),
                               canonical=None, source="pattern:acronym", country=_country(doc, start, end, kind),
                               extra={"acronym_span": (token.i + 1, token.i + 2)}))
    return found


def without_redefined(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates but the gazetteer's reading of an acronym the text spells out as something
    else, with no word of the gazetteer's name: "the Additional Protocol (AP)" makes every "AP"
    of the text the protocol, not the Associated Press the gazetteer knows by that alias (a
    spelled-out name the gazetteer shares words with, "Centers for Disease Control and
    Prevention (CDC)", keeps the gazetteer's reading)."""
    defined: dict[str, set[str]] = {}
    for c in candidates:
        if c.source == "pattern:acronym":
            for alias in c.aliases:
                defined.setdefault(alias, set()).update(_words(c.name))
    return [c for c in candidates if not (
        c.source.startswith("gazetteer:") and c.canonical is None and c.end - c.start == 1
        and doc[c.start].text in defined and not (_words(c.name) & defined[doc[c.start].text]))]


def _words(name: str) -> set[str]:
    """The words of a name that say what it names (not "of", "the", "and")."""
    return {w for w in name.lower().split() if w.isalpha() and w not in ("of", "the", "and", "for", "on", "in")}


def _country(doc: Doc, start: int, end: int, kind: str) -> str | None:
    """An organisation's country from its name, as the head-noun pattern reads it: a country
    or its adjective opening it ("U.S. Trade and Development Agency"), or a country after "of"
    in its last three words ("... Customs Administration of the Republic of Azerbaijan")."""
    if kind != "ORG":
        return None
    if country_of(doc[start].text):
        return country_of(doc[start].text)
    for k in range(end - 1, max(start + 1, end - 3) - 1, -1):
        if doc[k - 1].lower_ == "of" and country_of(doc[k].text):
            return country_of(doc[k].text)
    return None


def _expansion(doc: Doc, paren: int, acronym: str) -> tuple[int, int] | None:
    """The tokens before `paren` whose initials spell `acronym` (small words may be skipped)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    i = paren - 1
    k = len(letters) - 1
    start = paren
    limit = max(0, paren - 2 * MAX_NAME_TOKENS)
    while i >= limit and k >= 0:
        t = doc[i]
        if t.text in ("-", "\u2013", ",") or t.lower_ in ("of", "and", "for", "the", "on", "in", "&"):
            i -= 1
            continue
        if not t.is_alpha or t.text[0].upper() != letters[k]:
            return _reordered(doc, paren, letters) or _loose(doc, paren, acronym)
        start = i
        k -= 1
        i -= 1
    if k >= 0 or not is_capitalised(doc[start]):
        return _reordered(doc, paren, letters) or _loose(doc, paren, acronym)
    return start, paren


def _reordered(doc: Doc, paren: int, letters: list[str]) -> tuple[int, int] | None:
    """A name whose acronym keeps its own language's word order: "State Oil Company of the
    Republic of Azerbaijan (SOCAR)", whose initials read S O C R A. The capitalised words
    before the parenthesis, as many as the acronym has letters, must have the same initials in
    some order, begin with its first letter and hold an organisation's head noun."""
    words: list[Token] = []
    i = paren - 1
    limit = max(0, paren - 2 * MAX_NAME_TOKENS)
    while i >= limit and len(words) < len(letters):
        t = doc[i]
        if t.lower_ in ("of", "and", "for", "the", "&"):
            i -= 1
            continue
        if not (t.is_alpha and is_capitalised(t)):
            return None
        words.append(t)
        i -= 1
    if len(words) != len(letters) or len(letters) < 3:
        return None
    initials = [t.text[0].upper() for t in words]
    if sorted(initials) != sorted(letters) or initials[-1] != letters[0]:
        return None
    if not any(t.lower_ in ORG_HEADS for t in words):
        return None
    return words[-1].i, paren


def _loose(doc: Doc, paren: int, acronym: str) -> tuple[int, int] | None:
    """An organisation's name before the acronym of its name in another language or of a
    short form: "Azerbaijan Export and Investment Promotion Agency (AZPROMO)", "Azerbaijan
    Railways (ADY)". The name is the run of capitalised words (and "of", "and", "the", "for")
    before the parenthesis, whose first word's initial opens the acronym; it must hold
    an organisation's head noun, and the acronym must be one the gazetteer knows as an
    organisation or share at least half its letters with the name's initials."""
    words: list[Token] = []
    i = paren - 1
    limit = max(0, paren - MAX_NAME_TOKENS)
    while i >= limit and (is_capitalised(doc[i]) or (doc[i].lower_ in ("of", "and", "for", "&") and words)):
        words.append(doc[i])
        i -= 1
    words.reverse()
    while words and (not is_capitalised(words[0]) or words[0].lower_ == "the"):
        words.pop(0)  # "of", "and" or a sentence's "The" opening the run belong to no name
    if not words or words[0].text[0] != acronym[0]:
        return None  # the whole run or nothing: "Nationalist Movement Party (MHP)" is not cut to "Movement Party"
    initials = sorted(t.text[0].upper() for t in words if is_capitalised(t))
    if len(initials) < 2 or not any(t.lower_ in ORG_HEADS for t in words):
        return None
    known = known_by_alias(acronym)
    letters = sorted(c for c in acronym.upper() if c.isalpha())
    shared = sum(min(letters.count(c), initials.count(c)) for c in set(letters))
    if (known is None or known.type != "ORG") and 2 * shared < len(letters):
        return None
    return words[0].i, paren


def _kind_after(doc: Doc, start: int, end: int, after: Token | None) -> str | None:
    if after is not None:
        lower = after.lower_
        if lower in PROJECT_HEADS:
            return "PROJECT"
        if lower in EVENT_HEADS:
            return "EVENT_NAME"
        if lower in DOCUMENT_HEADS:
            return "DOCUMENT"
    last = doc[end - 1].lower_
    if last in PROJECT_HEADS:
        return "PROJECT"
    if last in EVENT_HEADS:
        return "EVENT_NAME"
    if last in DOCUMENT_HEADS:
        return "DOCUMENT"
    if any(t.lower_ in ORG_HEADS for t in doc[start:end]):
        return None if radio_term([t.lower_ for t in doc[start:end]]) else "ORG"  # no "Radio Frequency (RF)"
    for t in doc[start:end]:  # a head that opens the name: "Partnership for Global Infrastructure ... (PGII)"
        if t.text[:1].isupper() and t.lower_ in PROJECT_HEADS - WEAK_PROJECT_HEADS | {"partnership", "initiative"}:
            return "PROJECT"
        if t.text[:1].isupper() and t.lower_ in EVENT_HEADS:
            return "EVENT_NAME"
        if t.text[:1].isupper() and t.lower_ in DOCUMENT_HEADS:
            return "DOCUMENT"
    return None
