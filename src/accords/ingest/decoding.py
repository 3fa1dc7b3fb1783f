"""Bytes to text: UTF-8 first, then a detected legacy encoding, or a clear refusal.

Pure: takes bytes, returns a string or raises `IngestError` with the reason. The reasons
are the ones a user sees in the ingest summary, so they name the problem plainly.
"""

from __future__ import annotations

import codecs
import logging
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
#: Bytes per invalid UTF-8 sequence a UTF-8 text may have and still be read as UTF-8 (stray
#: bytes replaced by U+FFFD) rather than guessed as a legacy encoding, which turns every
#: accented letter of the text into mojibake.
STRAY_BYTES_PER = 1000

log = logging.getLogger(__name__)


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
    mostly = _mostly_utf8(data, origin)
    if mostly is not None:
        return _checked(mostly, origin)
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


def _mostly_utf8(data: bytes, origin: str) -> str | None:
    """`data` as UTF-8 with its few invalid bytes replaced by U+FFFD (and a warning), when it
    is UTF-8 text with stray bytes: it has valid multi-byte sequences, and at most one
    invalid sequence per `STRAY_BYTES_PER` bytes (at least one allowed). Else None: text in
    a legacy single-byte encoding has no valid multi-byte sequences, or many invalid ones."""
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = any(ord(ch) > 0x7F and ch != "\ufffd" for ch in text)
    if not multibyte or stray > max(1, len(data) // STRAY_BYTES_PER):
        return None
    log.warning("%s: %d byte sequence(s) not valid UTF-8, replaced by U+FFFD (the rest is UTF-8)", origin, stray)
    return text


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
