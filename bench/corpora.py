"""Readers for the benchmark corpora under ../shared/corpora or $ACCORDS_CORPORA (bench scripts only; tests never read them).

- `tehrantimes(n)`: the first `n` Tehran Times region articles (JSONL records);
- `mixed_news(n)`: general news, BBC News (five sections) interleaved with Reuters-21578
  bodies (SGML), evenly sampled: most of it is not about international cooperation.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from pathlib import Path

from accords.ids import content_id
from accords.model import Article

ROOT = Path(__file__).resolve().parents[1]
#: The corpora folder: ``ACCORDS_CORPORA``, else ../shared/corpora next to the checkout.
SHARED = Path(os.environ.get("ACCORDS_CORPORA") or ROOT.parent / "shared" / "corpora")

_REUTERS = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\".*?</REUTERS>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def _need(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"{path} not found: the benchmarks read ../shared/corpora")
    return path


def tehrantimes(n: int) -> list[Article]:
    """The first `n` articles of the Tehran Times region corpus."""
    path = _need(SHARED / "tehrantimes-region" / "tehrantimes_region_dev.jsonl")
    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            articles.append(Article(id=content_id(row["text"]), text=row["text"], title=row.get("title_from_slug"),
                                    language="en", origin=f"tehrantimes:{row['news_id']}"))
            if len(articles) >= n:
                break
    return articles


def bbc() -> list[Article]:
    """Every BBC News article (title = first line)."""
    folder = _need(SHARED / "bbc-news")
    articles = []
    for path in sorted(folder.glob("*/*.txt")):
        raw = path.read_text(encoding="latin-1")
        title, _, body = raw.partition("\n")
        text = body.strip()
        articles.append(Article(id=content_id(text), text=text, title=title.strip(), language="en",
                                origin=f"bbc:{path.parent.name}/{path.name}"))
    return articles


def reuters() -> list[Article]:
    """Every Reuters-21578 story that has a body, from the SGML files present."""
    folder = _need(SHARED / "reuters21578")
    articles = []
    for path in sorted(folder.glob("*.sgm")):
        data = path.read_text(encoding="latin-1")
        for match in _REUTERS.finditer(data):
            body = _BODY.search(match.group(0))
            if body is None:
                continue
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            text = re.sub(r"\s*Reuter\s*$", "", text)
            title = _TITLE.search(match.group(0))
            if text:
                articles.append(Article(id=content_id(text), text=text, language="en",
                                        title=html.unescape(title.group(1)).strip() if title else None,
                                        origin=f"reuters:{match.group(1)}"))
    return articles


def mixed_news(n: int | None = None) -> list[Article]:
    """BBC and Reuters interleaved; with `n`, an even sample of `n` of them."""
    a, b = bbc(), reuters()
    mixed = [item for pair in zip(a, b) for item in pair] + a[len(b):] + b[len(a):]
    if n is None or n >= len(mixed):
        return mixed
    step = len(mixed) / n
    return [mixed[int(i * step)] for i in range(n)]
