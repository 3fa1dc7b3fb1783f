"""The documents the harvester reads from the shared corpora (the only I/O of the package).

Read, as ../shared/corpora/README.md allows:

- `whitehouse-briefings/whitehouse_2021_2024.jsonl`: readouts, statements and fact sheets
  dated 2021-2024. A record dated 2025 or later is never read (White House texts from 2025
  on are held out);
- `tehrantimes-region/*.jsonl`: Tehran Times articles (undated);
- `article-extraction-benchmark/ground-truth.json`: news pages' bodies (undated here).

Not read: bbc-news and reuters21578, whose licences allow no copy into the project (the
table quotes its sentences). Documents whose URL is in `exclude` (the project's gold
articles) are skipped, so the gold parts measure what the table gives on articles it was
not built from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from accords.errors import AccordsError

#: The last year of White House texts that may be read (2025 on is held out).
WHITE_HOUSE_LAST_YEAR = 2024


@dataclass(frozen=True)
class Document:
    """One document to harvest: its corpus, id, publication day, title and text."""

    corpus: str
    doc_id: str
    published: str | None
    title: str | None
    text: str
    readout: bool  # a White House readout, whose title names the partner with their office


def _url_key(url: str) -> str:
    return url.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")


def _jsonl(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise AccordsError(f"{path}:{number}: not a JSON record ({exc.msg})") from exc


def white_house(root: Path, exclude: set[str]) -> Iterator[Document]:
    """White House records dated up to `WHITE_HOUSE_LAST_YEAR`."""
    for path in sorted((root / "whitehouse-briefings").glob("*.jsonl")):
        for record in _jsonl(path):
            published = str(record.get("published") or "")[:10]
            if not published or int(published[:4]) > WHITE_HOUSE_LAST_YEAR:
                continue  # undated or held out: never read
            if _url_key(str(record.get("url", ""))) in exclude:
                continue
            title = str(record.get("title") or "")
            yield Document("whitehouse-briefings", str(record["id"]), published, title, str(record.get("text") or ""),
                           readout=title.startswith("Readout of"))


def tehran_times(root: Path, exclude: set[str]) -> Iterator[Document]:
    """Tehran Times region articles (no dates in the corpus)."""
    for path in sorted((root / "tehrantimes-region").glob("*.jsonl")):
        for record in _jsonl(path):
            if _url_key(str(record.get("url", ""))) in exclude:
                continue
            yield Document("tehrantimes-region", str(record["news_id"]), None, None, str(record.get("text") or ""),
                           readout=False)


def news_pages(root: Path, exclude: set[str]) -> Iterator[Document]:
    """The article-extraction-benchmark's article bodies (no dates in the corpus)."""
    path = root / "article-extraction-benchmark" / "ground-truth.json"
    if not path.exists():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, record in sorted(data.items()):
        if _url_key(str(record.get("url", ""))) in exclude:
            continue
        yield Document("article-extraction-benchmark", key[:16], None, None, str(record.get("articleBody") or ""),
                       readout=False)


CORPORA = {"whitehouse-briefings": white_house, "tehrantimes-region": tehran_times,
           "article-extraction-benchmark": news_pages}


def gold_urls(folders: Iterable[Path]) -> set[str]:
    """The URLs of the article records in `folders` (tests/gold/articles), to leave out."""
    found = set()
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            url = json.loads(path.read_text(encoding="utf-8")).get("url")
            if url:
                found.add(_url_key(str(url)))
    return found


def documents(root: Path, *, corpora: Iterable[str] = tuple(CORPORA),
              exclude: set[str] | frozenset[str] = frozenset()) -> Iterator[Document]:
    """The documents of the named corpora under `root`; `AccordsError` when a corpus is unknown
    or `root` holds none of them."""
    if not root.is_dir():
        raise AccordsError(f"corpora folder {root}: not found (pass --corpora or set ACCORDS_CORPORA)")
    for name in corpora:
        if name not in CORPORA:
            raise AccordsError(f"corpus {name!r}: unknown; the harvester reads {', '.join(CORPORA)}")
        yield from CORPORA[name](root, set(exclude))
