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
