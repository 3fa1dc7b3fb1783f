"""Did a change alter the output? Dump what ingestion stores for corpus articles, then diff two dumps.

    # in the tree before the change, then in the tree after it
    PYTHONPATH=src .venv/bin/python bench/output_diff.py dump /tmp/before.jsonl --tt 300 --mixed 300
    PYTHONPATH=src .venv/bin/python bench/output_diff.py dump /tmp/after.jsonl --tt 300 --mixed 300
    .venv/bin/python bench/output_diff.py diff /tmp/before.jsonl /tmp/after.jsonl

`dump` sends the first `--tt` Tehran Times region articles and an even sample of `--mixed`
BBC/Reuters articles (`bench/corpora.py`) through `accords.service.ingest_items` (the
routine behind `accords ingest`, gate on) into a fresh SQLite file, and writes one JSON
line per stored article: its stored fields and its extraction (`accords.model.to_dict`),
keys sorted. `diff` prints how many articles differ and, for the first few, which fields.
Exit code 1 when the dumps differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import mixed_news, tehrantimes  # noqa: E402

from accords import service  # noqa: E402
from accords.errors import NotFoundError  # noqa: E402
from accords.model import to_dict  # noqa: E402
from accords.store import Store  # noqa: E402


def dump(out: Path, *, tt: int, mixed: int) -> None:
    articles = tehrantimes(tt) + (mixed_news(mixed) if mixed else [])
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"sqlite:///{Path(tmp) / 'diff.db'}") as store:
        report = service.ingest_items(store, articles)
        with out.open("w", encoding="utf-8") as lines:
            for article in sorted(store.articles(limit=len(articles) + 1), key=lambda a: a.id):
                try:
                    extraction = to_dict(store.extraction(article.id))
                except NotFoundError:
                    extraction = None
                fields = {k: v for k, v in to_dict(article).items() if k != "text"}
                lines.write(json.dumps({"id": article.id, "article": fields, "extraction": extraction},
                                       sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{out}: {len(articles)} articles, new {report.new}, duplicate {report.duplicate}, "
          f"near-duplicate {report.near_duplicate}, extracted {report.extracted}, gated {report.not_relevant}, "
          f"rejected {len(report.rejected)} in {time.perf_counter() - started:.1f} s")


def diff(before: Path, after: Path, *, show: int = 5) -> int:
    old, new = _load(before), _load(after)
    only_old, only_new = sorted(old.keys() - new.keys()), sorted(new.keys() - old.keys())
    changed = sorted(k for k in old.keys() & new.keys() if old[k] != new[k])
    print(f"{len(old)} vs {len(new)} articles: {len(changed)} changed, {len(only_old)} only before, "
          f"{len(only_new)} only after")
    for key in changed[:show]:
        a, b = old[key], new[key]
        fields = [f"article.{k}" for k in sorted(a["article"].keys() | b["article"].keys())
                  if a["article"].get(k) != b["article"].get(k)]
        ea, eb = a["extraction"] or {}, b["extraction"] or {}
        fields += [f"extraction.{k}" for k in sorted(ea.keys() | eb.keys()) if ea.get(k) != eb.get(k)]
        print(f"  {key} ({a['article'].get('origin')}): {', '.join(fields)}")
    return 1 if changed or only_old or only_new else 0


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as lines:
        return {row["id"]: row for row in map(json.loads, lines)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="ingest corpus articles and write what was stored")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--tt", type=int, default=300, help="Tehran Times region articles (first N)")
    dumping.add_argument("--mixed", type=int, default=300, help="BBC/Reuters articles (even sample of N)")
    diffing = commands.add_parser("diff", help="compare two dumps")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, tt=args.tt, mixed=args.mixed)
    else:
        sys.exit(diff(args.before, args.after))


if __name__ == "__main__":
    main()
