"""p95 latency of the pair page and the events API on a large store (not a test).

    .venv/bin/python bench/api_latency.py [--articles 100000] [--db bench/out/api_latency.db]
                                          [--requests 60] [--rebuild] [--only deep]

1. Extract the real articles of tests/gold/articles once with the full pipeline.
2. Replicate those articles and extractions under new ids (a new content-like id per
   copy; every fact id, evidence span and entity reference rewritten to it) until the
   store holds `--articles` articles' worth of facts. Rows are bulk-inserted through the
   store's own row codecs and tables, then the country and pair index is filled as
   migration 5 fills it, so the database is exactly what `save_extraction` writes
   (full-text index included), only faster to build. Reused if it already holds
   the requested number of articles.
3. Serve the app with uvicorn on a free local port and time real HTTP requests: the pair
   page (/pair/A/B) and pair API for the most active pairs, and the events API with the
   filters a client uses (pair, country, type, sector, date range, deep offsets).
4. Deep pages: the page after the 50,000th item of the unfiltered events, indicators,
   quotes and articles lists, asked for by `offset=50000` and by the cursor the page
   before it gave, and a walk from the first events page to that depth following `next`
   (1,000 pages of 50). `--only deep` times these alone.
   Prints p50 / p95 / max per route, in milliseconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "articles"


def extract_sources() -> list[tuple[object, object]]:
    """(Article, Extraction) for every gold article, through the full pipeline."""
    from accords import pipeline
    from accords.readers import read_path

    found = [a for path in sorted(GOLD.iterdir()) for a in read_path(path) if not hasattr(a, "reason")]
    extractions = list(pipeline.run_many(found))
    return list(zip(found, extractions))


def build(url: str, target: int, *, batch: int = 500) -> None:
    """Fill the store at `url` with `target` articles replicated from the gold extractions."""
    from sqlalchemy import func, insert, select

    from accords.store import Store
    from accords.store.schema import FACT_TABLES, articles, extractions, fact_countries

    store = Store.open(url)
    engine = store._engine  # noqa: SLF001 - a benchmark filling the store's own tables
    with engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    if have >= target:
        print(f"reusing {url}: {have} articles")
        return
    started = time.perf_counter()
    sources = extract_sources()
    print(f"extracted {len(sources)} gold articles in {time.perf_counter() - started:.0f} s", flush=True)
    templates = [(article.id, json.dumps(_rows_of(article, extraction))) for article, extraction in sources]
    made = have
    copy = have // len(templates)
    while made < target:
        article_rows, head_rows, country_rows = [], [], []
        fact_rows: dict[str, list[dict]] = {field: [] for field in FACT_TABLES}
        for _ in range(batch // len(templates) + 1):
            copy += 1
            for old_id, template in templates:
                if made >= target:
                    break
                new_id = hashlib.sha1(f"{old_id}:{copy}".encode()).hexdigest()[:16]
                found = json.loads(template.replace(old_id, new_id))
                found["article"]["origin"] = f"bench copy {copy}"
                article_rows.append(found["article"])
                head_rows.append(found["head"])
                country_rows.extend(found["countries"])
                for field in FACT_TABLES:
                    fact_rows[field].extend(found["facts"][field])
                made += 1
        with engine.begin() as conn:
            conn.execute(insert(articles), article_rows)
            conn.execute(insert(extractions), head_rows)
            for field, table in FACT_TABLES.items():
                if fact_rows[field]:
                    conn.execute(insert(table), fact_rows[field])
            if country_rows:
                conn.execute(insert(fact_countries), country_rows)
        if made // batch % 20 == 0:
            print(f"  {made} articles ({time.perf_counter() - started:.0f} s)", flush=True)
    with engine.begin() as conn:
        # the rows went in around save_extraction: fill the country and pair index as
        # migration 5 does for an older database
        from accords.store import pair_index

        pair_index.install(conn)
        conn.exec_driver_sql("ANALYZE")
    print(f"built {made} articles in {time.perf_counter() - started:.0f} s", flush=True)
    store.close()


def _rows_of(article, extraction) -> dict:
    """Every row `save_extraction` would write for this article, as JSON-able dicts."""
    from accords.store import rows
    from accords.store.schema import FACT_TABLES

    row = rows.article_row(article)
    row["ingested_at"] = "2024-01-01T00:00:00+00:00"
    pipeline_name = "+".join(extraction.pipeline)
    return {
        "article": row,
        "head": {
            "article_id": article.id,
            "pipeline": rows.dumps(list(extraction.pipeline)),
            "schema": extraction.schema,
            "notes": rows.dumps(list(extraction.notes)),
            "sentences": rows.segments_to_json(extraction.sentences),
            "paragraphs": rows.segments_to_json(extraction.paragraphs),
            "created_at": "2024-01-01T00:00:00+00:00",
        },
        "facts": {
            field: [
                rows.CODECS[field][0](article.id, seq, pipeline_name, fact)
                for seq, fact in enumerate(getattr(extraction, field))
            ]
            for field in FACT_TABLES
        },
        "countries": [
            c
            for field in ("events", "indicators")
            for seq, fact in enumerate(getattr(extraction, field))
            for c in rows.country_rows(article.id, seq, fact)
        ],
    }


def serve(url: str) -> tuple[str, object]:
    import uvicorn

    from accords.server import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def built_and_served(db: Path, articles: int, *, rebuild: bool) -> tuple[str, object]:
    """The SQLite store at `db` built (or reused) to `articles` articles, and served."""
    db.parent.mkdir(parents=True, exist_ok=True)
    if rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    build(url, articles)
    return serve(url)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


DEPTH = 50_000


def deep_routes(client) -> dict[str, list[str]]:
    """The page after item `DEPTH` of each list by offset and by cursor (the `next` of the
    page just before it: the same items, checked)."""
    routes = {}
    for name in ("events", "indicators", "quotes", "articles"):
        before = client.get(f"/api/v1/{name}", params={"offset": DEPTH - 50, "limit": 50}).json()
        by_offset = f"/api/v1/{name}?offset={DEPTH}&limit=50"
        by_cursor = f"/api/v1/{name}?limit=50&cursor={before['next']}"
        assert client.get(by_offset).json()["items"] == client.get(by_cursor).json()["items"], name
        routes[f"GET /api/v1/{name}?offset={DEPTH}"] = [by_offset]
        routes[f"GET /api/v1/{name}?cursor=(at {DEPTH})"] = [by_cursor]
    return routes


def walk(client, pages: int) -> list[float]:
    """Timings of following `next` from the first events page for `pages` pages of 50."""
    timings, cursor = [], None
    for _ in range(pages):
        start = time.perf_counter()
        response = client.get("/api/v1/events", params={"limit": 50, **({"cursor": cursor} if cursor else {})})
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.text
        cursor = response.json()["next"]
    return timings


def measure(base: str, requests: int, *, only: str | None = None) -> list[tuple[str, list[float]]]:
    import httpx

    results: list[tuple[str, list[float]]] = []
    with httpx.Client(base_url=base, timeout=120) as client:
        summary = client.get("/api/v1/summary").json()
        pairs = client.get("/api/v1/pairs", params={"limit": 10}).json()
        print(f"store: {summary['articles']} articles, facts {summary['facts']}")
        print("most active pairs: " + ", ".join(f"{p['a']}/{p['b']} ({p['events']})" for p in pairs[:5]))
        pair_paths = [f"/pair/{p['a']}/{p['b']}" for p in pairs[:5]]
        routes = {} if only == "deep" else {
            "GET /pair/{a}/{b} (dashboard page)": pair_paths,
            "GET /api/v1/pairs/{a}/{b}": [f"/api/v1/pairs/{p['a']}/{p['b']}" for p in pairs[:5]],
            "GET /api/v1/events?pair=A,B": [f"/api/v1/events?pair={p['a']},{p['b']}" for p in pairs[:5]],
            "GET /api/v1/events (filters mix)": [
                "/api/v1/events",
                "/api/v1/events?country=AZE",
                "/api/v1/events?type=SUPPORT&country=IRN",
                "/api/v1/events?sector=transport%20and%20transit",
                "/api/v1/events?since=2021-01&until=2021-12",
                "/api/v1/events?pair=AZE,TUR&type=SUPPORT",
                "/api/v1/events?offset=50000&limit=50",
            ],
        }
        routes.update(deep_routes(client))
        for name, paths in routes.items():
            for path in paths:  # warm-up
                assert client.get(path).status_code == 200, path
            timings = []
            for i in range(requests):
                path = paths[i % len(paths)]
                start = time.perf_counter()
                response = client.get(path)
                timings.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (path, response.status_code)
            results.append((name, timings))
        results.append((f"events: follow next to {DEPTH} (per page)", walk(client, DEPTH // 50)))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "api_latency.db")
    parser.add_argument("--requests", type=int, default=60, help="timed requests per route")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--only", choices=["deep"], help="time only the deep pages (offset vs cursor)")
    args = parser.parse_args(argv)
    base, server = built_and_served(args.db, args.articles, rebuild=args.rebuild)
    try:
        results = measure(base, args.requests, only=args.only)
    finally:
        server.should_exit = True
    print(f"\n{'route':44} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, timings in results:
        print(
            f"{name:44} {len(timings):4d} {statistics.median(timings):8.1f} "
            f"{percentile(timings, 0.95):8.1f} {max(timings):8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
