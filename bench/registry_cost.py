"""What the entity registry adds to `Store.save_extraction`, as the store grows (not a test).

    .venv/bin/python bench/registry_cost.py [--levels 0,2000,5000] [--saves 100]

1. Extract the real articles of tests/gold/articles once with the full pipeline.
2. For each level N: a fresh temporary SQLite store is filled with N articles replicated
   from those extractions under new ids (bulk rows, as bench/api_latency.py builds them),
   its pair index and registry are filled as migrations and ``accords consolidate`` do.
3. Then `--saves` further replicated articles are saved through `add_article` +
   `save_extraction` with the registry hook on, and as many with the hook off
   (``registry.record`` monkeypatched to a no-op), alternating one on, one off.
   Prints the mean and median time per save (ms) for each, and the difference.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_latency import _rows_of, extract_sources  # noqa: E402


def _renamed(value, old: str, new: str):
    """`value` (a fact-model object) with every occurrence of article id `old` set to `new`."""
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, tuple):
        return tuple(_renamed(v, old, new) for v in value)
    if isinstance(value, list):
        return [_renamed(v, old, new) for v in value]
    if isinstance(value, dict):
        return {_renamed(k, old, new): _renamed(v, old, new) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{
            f.name: _renamed(getattr(value, f.name), old, new) for f in dataclasses.fields(value) if f.init
        })
    return value


def _new_id(old_id: str, copy: int) -> str:
    return hashlib.sha1(f"{old_id}:{copy}".encode()).hexdigest()[:16]


def fill(store, sources, target: int) -> None:
    """Bulk-insert `target` replicated articles, then fill the pair index and the registry."""
    from sqlalchemy import insert

    from accords.store import pair_index, registry
    from accords.store.schema import FACT_TABLES, articles, extractions, fact_countries

    engine = store._engine  # noqa: SLF001 - a benchmark filling the store's own tables
    templates = [(article.id, json.dumps(_rows_of(article, extraction))) for article, extraction in sources]
    made, copy = 0, 0
    while made < target:
        copy += 1
        batch: dict[str, list[dict]] = {"articles": [], "heads": [], "countries": []}
        facts: dict[str, list[dict]] = {field: [] for field in FACT_TABLES}
        for old_id, template in templates:
            if made >= target:
                break
            found = json.loads(template.replace(old_id, _new_id(old_id, copy)))
            found["article"]["origin"] = f"bench copy {copy}"
            batch["articles"].append(found["article"])
            batch["heads"].append(found["head"])
            batch["countries"].extend(found["countries"])
            for field in FACT_TABLES:
                facts[field].extend(found["facts"][field])
            made += 1
        with engine.begin() as conn:
            conn.execute(insert(articles), batch["articles"])
            conn.execute(insert(extractions), batch["heads"])
            for field, table in FACT_TABLES.items():
                if facts[field]:
                    conn.execute(insert(table), facts[field])
            if batch["countries"]:
                conn.execute(insert(fact_countries), batch["countries"])
    with engine.begin() as conn:
        pair_index.install(conn)
        registry.rebuild(conn)
        conn.exec_driver_sql("ANALYZE")


def time_saves(store, sources, saves: int) -> tuple[list[float], list[float]]:
    """Per-save seconds with the registry hook on and off, alternating."""
    from accords.store import registry

    real = registry.record
    on: list[float] = []
    off: list[float] = []
    copy = 10_000_000
    i = 0
    while len(on) + len(off) < 2 * saves:
        copy += 1
        for article, extraction in sources:
            if len(on) + len(off) >= 2 * saves:
                break
            new_id = _new_id(article.id, copy)
            new_article = dataclasses.replace(article, id=new_id, text=f"{article.text}\n\n[bench copy {copy}]")
            new_extraction = _renamed(extraction, article.id, new_id)
            hook = i % 2 == 0
            i += 1
            registry.record = real if hook else (lambda conn, extraction: None)
            try:
                start = time.perf_counter()
                store.add_article(new_article)
                store.save_extraction(new_extraction)
                (on if hook else off).append(time.perf_counter() - start)
            finally:
                registry.record = real
    return on, off


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="0,2000,5000", help="articles in the store before the timed saves")
    parser.add_argument("--saves", type=int, default=100, help="timed saves per level, each with and without the hook")
    args = parser.parse_args(argv)
    from accords.store import Store

    started = time.perf_counter()
    sources = extract_sources()
    print(f"extracted {len(sources)} gold articles in {time.perf_counter() - started:.0f} s", flush=True)
    print(f"{'stored':>7} {'hook':>4} {'n':>4} {'mean ms':>8} {'median ms':>9} {'max ms':>8}")
    for level in (int(x) for x in args.levels.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(f"sqlite:///{tmp}/bench.db")
            fill(store, sources, level)
            on, off = time_saves(store, sources, args.saves)
            store.close()
        for name, values in (("on", on), ("off", off)):
            ms = [v * 1000 for v in values]
            print(f"{level:7d} {name:>4} {len(ms):4d} {statistics.mean(ms):8.1f} {statistics.median(ms):9.1f} {max(ms):8.1f}")
        print(f"{level:7d} registry adds {1000 * (statistics.mean(on) - statistics.mean(off)):.1f} ms per save (mean)",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
