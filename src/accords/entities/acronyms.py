"""Acronyms with their expansion: "Europe-Persia Express Gateway (EPEG)", "Partnership for Global
Infrastructure and Investment (PGII)". The full name is typed by the head noun after the
parenthesis or inside the name; the acronym becomes its alias.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import DOCUMENT_HEADS, EVENT_HEADS, ORG_HEADS, PROJECT_HEADS, WEAK_PROJECT_HEADS
from accords.entities.patterns import MAX_NAME_TOKENS, is_capitalised
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
        name = doc[start:end].text
        if known_by_alias(name) is not None or kind is None:
            continue  # curated already, or no cue that says what it is ("Information Technology (ICT)")
        found.append(Candidate(start, end, kind, name, PATTERN + 1, aliases=(acronym,),
                               canonical=None, source="pattern:acronym",
                               extra={"acronym_span": (token.i + 1, token.i + 2)}))
    return found


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
            return None
        start = i
        k -= 1
        i -= 1
    if k >= 0 or not is_capitalised(doc[start]):
        return None
    return start, paren


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
        return "ORG"
    for t in doc[start:end]:  # a head that opens the name: "Partnership for Global Infrastructure ... (PGII)"
        if t.text[:1].isupper() and t.lower_ in PROJECT_HEADS - WEAK_PROJECT_HEADS | {"partnership", "initiative"}:
            return "PROJECT"
        if t.text[:1].isupper() and t.lower_ in EVENT_HEADS:
            return "EVENT_NAME"
        if t.text[:1].isupper() and t.lower_ in DOCUMENT_HEADS:
            return "DOCUMENT"
    return None
