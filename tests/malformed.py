"""The malformed-input corpus: one bad record of each kind the attack run found, between good ones.

`CASES` is table-driven: each case writes a file with good records around one bad record (or
one bad file between good files) and names the rejection it must give: the origin (relative
to the folder) and the reason. The reader tests (`tests/ingest/test_malformed.py`) and the
batch tests (`tests/test_batch_errors.py`) share it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD_TEXT = (
    "Azerbaijan and Turkey signed {n} agreements in Ankara on {day} May 2021. President Ilham Aliyev "
    "met President Recep Tayyip Erdogan in Ankara to discuss trade and energy projects."
)


def good_record(n: int) -> dict:
    """A record whose text makes facts (entities and events): `n` keeps each one distinct."""
    return {"id": f"good{n}", "title": f"Talks {n}", "url": f"https://news.example/{n}",
            "text": GOOD_TEXT.format(n=n + 2, day=n % 27 + 1)}


def _jsonl(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


def _around(bad: str, first: int = 0) -> str:
    """Two good JSONL lines, the bad line, two more good ones (the bad one is line 3)."""
    good = [json.dumps(good_record(first + i)) for i in range(4)]
    return _jsonl(good[0], good[1], bad, good[2], good[3])


@dataclass(frozen=True)
class Case:
    """One malformed input: files to write (name -> content), the rejection, good articles."""

    id: str
    files: Callable[[], dict[str, str | bytes]]
    origin: str  # relative to the folder written to
    reason: str
    good: int = 4


DEEP = "[" * 200_000 + "]" * 200_000
CASES = [
    Case(
        "deep-json-file",
        lambda: {"a.json": json.dumps([good_record(0), good_record(1)]), "b.json": DEEP,
                 "c.json": json.dumps([good_record(2), good_record(3)])},
        "b.json", "invalid JSON: arrays or objects nested too deeply",
    ),
    Case(
        "deep-json-in-text",
        lambda: {"batch.jsonl": _around('{"text": ' + "[" * 5000 + "]" * 5000 + "}")},
        "batch.jsonl:3", "line 3: invalid JSON: arrays or objects nested too deeply",
    ),
    Case(
        "100000-digit-number",
        lambda: {"batch.jsonl": _around('{"text": "Iran and Armenia met.", "id": ' + "7" * 100_000 + "}")},
        "batch.jsonl:3", "line 3: invalid JSON: a number of 100000 digits (at most 4300 are read)",
    ),
    Case(
        "lone-surrogate-in-text",
        lambda: {"batch.jsonl": _around('{"id": "s1", "text": "Iran and \\ud800 Armenia met in Yerevan."}')},
        "batch.jsonl:3#s1", "text has a lone surrogate (U+D800) at character 9: not valid Unicode",
    ),
    Case(
        "lone-surrogate-in-title",
        lambda: {"batch.json": json.dumps([good_record(0), good_record(1)])[:-1]
                 + ', {"title": "Talks \\udfff", "text": "Iran and Armenia met in Yerevan on Monday."}, '
                 + json.dumps([good_record(2), good_record(3)])[1:]},
        "batch.json[2]", "title has a lone surrogate (U+DFFF) at character 6: not valid Unicode",
    ),
    Case(
        "malformed-ipv6-url",
        lambda: {"batch.jsonl": _around(json.dumps({"text": "Iran and Armenia met in Yerevan.",
                                                    "url": "http://[::1/page"}))},
        "batch.jsonl:3", "url 'http://[::1/page' refused: malformed URL: Invalid IPv6 URL",
    ),
    Case(
        "javascript-url",
        lambda: {"batch.jsonl": _around(json.dumps({"id": 9, "text": "Iran and Armenia met in Yerevan.",
                                                    "url": "javascript:alert(document.cookie)"}))},
        "batch.jsonl:3#9",
        "url 'javascript:alert(document.cookie)' refused: scheme 'javascript' not allowed (only http and https)",
    ),
    Case(
        "json-record-over-4mb",
        lambda: {"batch.json": json.dumps([good_record(0), good_record(1),
                                           {"text": "Iran and Armenia met. " * 200_000},
                                           good_record(2), good_record(3)])},
        "batch.json[2]", "text is 4.2 MB, over the 4.0 MB limit for one article",
    ),
]


def write_case(case: Case, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in case.files().items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return folder
