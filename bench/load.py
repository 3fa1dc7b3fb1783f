"""Latency under concurrent load: N clients on the store-wide routes of a large store (not a test).

    .venv/bin/python bench/load.py [--articles 10000] [--clients 16] [--seconds 30]
                                   [--db bench/out/load.db] [--rebuild]

1. Builds (or reuses) a store of `--articles` articles replicated from the extracted gold
   articles, exactly as bench/api_latency.py builds its store (same builder).
2. Serves the app with uvicorn on a free local port, as `accords serve` does.
3. Starts `--clients` threads, each with its own HTTP connection, that for `--seconds`
   send requests drawn in turn from the routes an analyst's clients hit hardest: article
   search (`/search?q=`, `/api/v1/articles?q=`), fact search, entity search, the
   relationship graph and the corpus summary. A further client meanwhile times a light
   request (`/api/v1/events?limit=10`) to show what everyone else waits.
   Before the clients start, every path is asked once by a lone client: its cold time
   (nothing kept yet: `accords.service.cache`), printed as "(cold, alone)".
4. Prints per route: requests, answered 200, shed (503 with Retry-After), p50 / p95 / max
   milliseconds over all answers, and the same for the 200 answers alone. Issue #16 item 9
   asks for p95 under 500 ms at 16 clients on a 10k-article store.

The machine is shared and noisy: compare runs made in the same minute, and read the light
request's p50 as the baseline of the run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_latency import ROOT, built_and_served, percentile  # noqa: E402 - bench scripts share the builder

#: Store-wide routes: search words of the gold articles' domain, so the answers are not empty.
WORDS = ("gas", "railway", "Azerbaijan", "trade", "memorandum", "corridor", "Iran", "visit", "oil", "bank")
ROUTES = {
    "GET /search?q= (dashboard)": [f"/search?q={w}" for w in WORDS],
    "GET /api/v1/articles?q=": [f"/api/v1/articles?q={w}" for w in WORDS],
    "GET /api/v1/facts/search?q=": [f"/api/v1/facts/search?q={w}" for w in WORDS],
    "GET /api/v1/entities?q=": [f"/api/v1/entities?q={w[:4]}" for w in WORDS],
    "GET /api/v1/graph": ["/api/v1/graph"],
    "GET /graph (dashboard)": ["/graph"],
    "GET /api/v1/summary": ["/api/v1/summary"],
}
LIGHT = "/api/v1/events?limit=10"


class Tally:
    """Timings and status counts per route, shared by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[tuple[int, float]]] = {}

    def add(self, route: str, status: int, ms: float) -> None:
        with self.lock:
            self.times.setdefault(route, []).append((status, ms))


def client_loop(base: str, start_at: int, stop: float, tally: Tally) -> None:
    import httpx

    plan = [(name, path) for name, paths in ROUTES.items() for path in paths]
    i = start_at
    with httpx.Client(base_url=base, timeout=120) as client:
        while time.perf_counter() < stop:
            name, path = plan[i % len(plan)]
            i += 7  # spread the clients over the routes
            began = time.perf_counter()
            status = client.get(path).status_code
            tally.add(name, status, (time.perf_counter() - began) * 1000)
            if status == 503:
                time.sleep(0.05)  # a polite client backs off a little on Retry-After


def light_loop(base: str, stop: float, tally: Tally) -> None:
    import httpx

    with httpx.Client(base_url=base, timeout=120) as client:
        while time.perf_counter() < stop:
            began = time.perf_counter()
            status = client.get(LIGHT).status_code
            tally.add(f"GET {LIGHT} (light, meanwhile)", status, (time.perf_counter() - began) * 1000)
            time.sleep(0.1)


def run(base: str, clients: int, seconds: float) -> Tally:
    import httpx

    tally = Tally()
    with httpx.Client(base_url=base, timeout=300) as warm:  # every path once, alone: its cold time
        for name, paths in ROUTES.items():
            for path in paths:
                began = time.perf_counter()
                assert warm.get(path).status_code == 200, path
                tally.add(f"{name} (cold, alone)", 200, (time.perf_counter() - began) * 1000)
    stop = time.perf_counter() + seconds
    threads = [threading.Thread(target=client_loop, args=(base, n, stop, tally)) for n in range(clients)]
    threads.append(threading.Thread(target=light_loop, args=(base, stop, tally)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally


def report(tally: Tally, clients: int, articles: int) -> None:
    print(f"\n{clients} clients on a {articles}-article store")
    print(f"{'route':44} {'n':>5} {'200':>5} {'503':>5} {'p50':>7} {'p95':>7} {'max':>7} {'p95 of 200':>11}")
    everything: list[float] = []
    for name, rows in tally.times.items():
        times = [ms for _, ms in rows]
        ok = [ms for status, ms in rows if status == 200]
        shed = sum(1 for status, _ in rows if status == 503)
        if "light" not in name and "cold" not in name:
            everything.extend(times)
        print(
            f"{name:44} {len(rows):5d} {len(ok):5d} {shed:5d} {statistics.median(times):7.0f} "
            f"{percentile(times, 0.95):7.0f} {max(times):7.0f} {percentile(ok, 0.95) if ok else float('nan'):11.0f}"
        )
    print(f"{'all store-wide requests':44} {len(everything):5d} {'':5} {'':5} {statistics.median(everything):7.0f} "
          f"{percentile(everything, 0.95):7.0f} {max(everything):7.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "load.db")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    base, server = built_and_served(args.db, args.articles, rebuild=args.rebuild)
    try:
        tally = run(base, args.clients, args.seconds)
    finally:
        server.should_exit = True
    report(tally, args.clients, args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
