"""Bytes to text: UTF-8 first, then a detected legacy encoding, or a clear refusal.

Pure: takes bytes, returns a string or raises `IngestError` with the reason. The reasons
are the ones a user sees in the ingest summary, so they name the problem plainly.
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from accords.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Share of characters that may be control characters before a decoding is called garbage.
MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes, *, origin: str) -> str:
    """Decode a file's bytes as text, or raise `IngestError(origin, reason)`.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are read directly. A file with
    NUL bytes and no BOM is binary. Other bytes go to charset-normalizer; when its best
    guess is a Latin-script single-byte code page, Windows-1252 is used instead, because
    that is what such web text nearly always is (WHATWG reads latin-1 labels as
    windows-1252) and detectors confuse the Latin code pages on short texts.
    """
    if not data:
        raise IngestError(origin, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), origin)
            except UnicodeDecodeError as exc:
                raise IngestError(origin, f"cannot decode as {encoding}: {exc.reason}") from exc
    if b"\x00" in data:
        raise IngestError(origin, "binary file (NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), origin)
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise IngestError(origin, "binary file (not UTF-8, and no known text encoding fits)")
    text = str(best)
    if _all_latin(text):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return _checked(text, origin)


def _checked(text: str, origin: str) -> str:
    if not text.strip():
        raise IngestError(origin, "empty file (only whitespace)")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise IngestError(origin, f"binary file ({controls} control characters)")
    return text


def _all_latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin letter (so a Latin code page was detected)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())
