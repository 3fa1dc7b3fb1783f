"""A parse's token ids and character offsets, read once per article for the entity patterns.

Each pattern of `accords.entities.patterns` looks for a few trigger words (head nouns, "(",
hyphens) in the whole doc. Walking the doc builds a spaCy `Token` object per token, which
cost more than the checks themselves, once per pattern. The scans compare spaCy's string ids
instead (a token's ORTH and LOWER are the hashes of its text and lower-case text, the same
in every vocabulary), read from one `Doc.to_array` call, and build `Token` objects only at
the positions they select.

The text of a token range is sliced from the doc's text by the same arrays: `doc[a:b].text`
builds a `Span` and a `Token` per word to join them again, for the same string.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from accords.entities.lexicon import OPENING_PROJECT_HEADS, ORG_HEADS
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import known_by_alias
from accords.nlp import doc_text


@functools.cache
def string_ids(words: frozenset[str]) -> frozenset[int]:
    """The ids spaCy gives `words` as token texts (cached: the word lists are constants)."""
    return frozenset(get_string_id(word) for word in words)


def string_id(word: str) -> int:
    """The id spaCy gives `word` as a token text (`Token.orth`, or `Token.lower` for lower case)."""
    return get_string_id(word)


@dataclass(frozen=True)
class TokenIds:
    """Per-token arrays of one doc, as Python lists in token order: ORTH and LOWER ids, and
    each token's character offset (`Token.idx`) and length in `text`, the doc's text."""

    orth: list[int]
    lower: list[int]
    idx: list[int]
    length: list[int]
    text: str

    def where_lower(self, ids: frozenset[int]) -> list[int]:
        """Indices of the tokens whose lower-case text is one of `ids`."""
        return [i for i, lower in enumerate(self.lower) if lower in ids]

    def where_orth(self, ids: Iterable[int]) -> list[int]:
        """Indices of the tokens whose text is one of `ids`."""
        wanted = frozenset(ids)
        return [i for i, orth in enumerate(self.orth) if orth in wanted]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens `start` to `end` (exclusive, not empty), as `Span.start_char`
        and `Span.end_char` give them."""
        return self.idx[start], self.idx[end - 1] + self.length[end - 1]

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text` for a valid token range, without building the span."""
        if end <= start:
            return ""
        first, last = self.char_span(start, end)
        return self.text[first:last]


def token_ids(doc: Doc) -> TokenIds:
    """The arrays of `doc`'s tokens, read in one pass over spaCy's token data."""
    orth, lower, idx, length = doc.to_array([ORTH, LOWER, IDX, LENGTH]).T.tolist()
    return TokenIds(orth, lower, idx, length, doc_text(doc))


def is_capitalised(token: Token) -> bool:
    """A word that starts with a capital letter (not sentence punctuation)."""
    return (token.text[:1].isupper() and token.is_alpha) or (token.text[:1].isupper() and "." in token.text)



#: Short words a name carries past a line end ("Partnership for Global Infrastructure and | Investment").
_NAME_CONNECTORS = frozenset({"and", "of", "the", "for", "on", "&"})
_POSSESSIVES = frozenset({"\u2019", "'", "\u2019s", "'s"})


def name_goes_on(doc: Doc, j: int) -> bool:
    """Whether a name ending before token j goes on past it: a possessive ("Partnership for Workers | ’
    Rights"), or a line end of a wrapped text with connectors around it and a capitalised word after
    ("Partnership for Global | \\n Infrastructure", "Global Infrastructure | \\n and Investment")."""
    if j < len(doc) and doc[j].text in _POSSESSIVES:
        return True
    passed_break = False
    while j < len(doc) and (doc[j].lower_ in _NAME_CONNECTORS
                            or (doc[j].is_space and doc[j].text.count("\n") == 1 and not passed_break)):
        passed_break = passed_break or doc[j].is_space
        j += 1
    return passed_break and j < len(doc) and is_capitalised(doc[j])


def opening_name(doc: Doc, head: int, tail: int) -> bool:
    """Whether the head at `head` with its capitalised tail up to `tail` is a programme's whole name
    that opens with its head ("the Partnership for Global Infrastructure and Investment"): no capitalised
    word before it, past one line break ("Americas | Partnership for ...", "Global Partnership on AI": other
    rules name those whole or leave them), no body's head in the tail ("Partnership for Central America and
    Chamber of Commerce": two names), no tail that is only a place ("Partnership for Central America", a
    coalition the gold types ORG), and the name does not go on (`name_goes_on`)."""
    if doc[head].lower_ not in OPENING_PROJECT_HEADS or name_goes_on(doc, tail):
        return False
    before = head - 1
    if before >= 0 and doc[before].is_space and doc[before].text.count("\n") == 1:
        before -= 1
    if before >= 0 and doc[before].text[:1].isupper() and doc[before].lower_ != "the":
        return False
    words = [t for t in doc[head + 2:tail] if t.lower_ != "the"]
    named = " ".join(t.text for t in words)
    if known_by_alias(named) is not None or country_by_alias(named) is not None:
        return False  # "Partnership for Central America": a coalition named for the region it serves
    return not any(t.lower_ in ORG_HEADS for t in doc[head + 1:tail])
