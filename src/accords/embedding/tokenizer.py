"""The WordPiece tokenizer of the bundled sentence-embedding model, in plain Python.

all-MiniLM-L6-v2 uses BERT's uncased tokenizer: clean the text (drop control characters,
map whitespace to spaces), put spaces around CJK characters, lower-case and strip accents,
split on whitespace and punctuation, then cut every word into the longest pieces of the
vocabulary, left to right ("readout" -> "read", "##out"); a word that cannot be cut, or is
longer than 100 characters, is ``[UNK]``. This is what the `tokenizers` package does with the
model's tokenizer.json (BertNormalizer, BertPreTokenizer, WordPiece); it is written out here
so that the project needs no `tokenizers` (and its hub client) for it. `bench/encoder_check.py`
compares it with `tokenizers` where that package is installed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

#: Tokens the model adds around a sentence.
CLS, SEP, UNK = "[CLS]", "[SEP]", "[UNK]"
#: Longest word WordPiece cuts; a longer one is one [UNK].
MAX_WORD_CHARS = 100


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
            or 0x2A700 <= code <= 0x2B73F or 0x2B740 <= code <= 0x2B81F or 0x2B820 <= code <= 0x2CEAF
            or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F)


def _normalise(text: str) -> str:
    """BertNormalizer: clean text, space out CJK, lower-case, strip accents."""
    out = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD:
            continue
        category = unicodedata.category(char)
        if char in "\t\n\r" or category == "Zs":
            out.append(" ")
        elif category in ("Cc", "Cf"):
            continue
        elif _is_cjk(code):
            out.append(f" {char} ")
        else:
            out.append(char)
    lowered = unicodedata.normalize("NFD", "".join(out).lower())
    return "".join(c for c in lowered if unicodedata.category(c) != "Mn")


def _words(text: str) -> list[str]:
    """BertPreTokenizer: split on whitespace, and every punctuation character is a word."""
    words: list[str] = []
    for chunk in text.split():
        start = 0
        for i, char in enumerate(chunk):
            if _is_punctuation(char):
                if start < i:
                    words.append(chunk[start:i])
                words.append(char)
                start = i + 1
        if start < len(chunk):
            words.append(chunk[start:])
    return words


@dataclass(frozen=True)
class WordPiece:
    """The vocabulary (token -> id) and the cutting rule."""

    vocab: dict[str, int]

    @classmethod
    def from_file(cls, path: Path) -> WordPiece:
        """Read vocab.txt: one token a line, the id is the line number."""
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls({token: i for i, token in enumerate(lines)})

    def pieces(self, word: str) -> list[str]:
        if len(word) > MAX_WORD_CHARS:
            return [UNK]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    break
                end -= 1
            else:
                return [UNK]
            pieces.append(piece)
            start = end
        return pieces

    def tokens(self, text: str) -> list[str]:
        """The word pieces of `text`, without the [CLS] and [SEP] the model adds."""
        return [p for word in _words(_normalise(text)) for p in self.pieces(word)]

    def ids(self, text: str, max_length: int) -> list[int]:
        """[CLS] pieces [SEP] as ids, the pieces cut to fit `max_length` in all."""
        pieces = self.tokens(text)[: max_length - 2]
        return [self.vocab[CLS], *(self.vocab.get(p, self.vocab[UNK]) for p in pieces), self.vocab[SEP]]

    def batch_ids(self, texts: Sequence[str], max_length: int) -> list[list[int]]:
        return [self.ids(text, max_length) for text in texts]
