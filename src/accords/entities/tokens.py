"""The string ids of a parse's tokens, read once per article for the whole-doc scans.

Each pattern of `accords.entities.patterns` looks for a few trigger words (head nouns, "(",
hyphens) in the whole doc. Walking the doc builds a spaCy `Token` object per token, which
cost more than the checks themselves, once per pattern. The scans compare spaCy's string ids
instead (a token's ORTH and LOWER are the hashes of its text and lower-case text, the same
in every vocabulary), read from one `Doc.to_array` call, and build `Token` objects only at
the positions they select.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc


@functools.cache
def string_ids(words: frozenset[str]) -> frozenset[int]:
    """The ids spaCy gives `words` as token texts (cached: the word lists are constants)."""
    return frozenset(get_string_id(word) for word in words)


def string_id(word: str) -> int:
    """The id spaCy gives `word` as a token text (`Token.orth`, or `Token.lower` for lower case)."""
    return get_string_id(word)


@dataclass(frozen=True)
class TokenIds:
    """ORTH and LOWER ids of every token of one doc, as Python ints in token order."""

    orth: list[int]
    lower: list[int]

    def where_lower(self, ids: frozenset[int]) -> list[int]:
        """Indices of the tokens whose lower-case text is one of `ids`."""
        return [i for i, lower in enumerate(self.lower) if lower in ids]

    def where_orth(self, ids: Iterable[int]) -> list[int]:
        """Indices of the tokens whose text is one of `ids`."""
        wanted = frozenset(ids)
        return [i for i, orth in enumerate(self.orth) if orth in wanted]


def token_ids(doc: Doc) -> TokenIds:
    """The ORTH and LOWER ids of `doc`'s tokens, read in one pass over spaCy's arrays."""
    rows = doc.to_array([ORTH, LOWER]).T.tolist()
    return TokenIds(rows[0], rows[1])
