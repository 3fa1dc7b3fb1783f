"""Time and peak memory of extraction on one long article: 100 KB, 1 MB and 4 MB.

The text is real news: Tehran Times articles (`bench/corpora.py`) joined with blank lines
until the size is reached, so every paragraph is a real one. Each size runs in a fresh
process (the full pipeline, gate off, no time budget), which reports the seconds spent in
`pipeline.run` (wall clock, and CPU time, the fair measure on a shared machine) and its peak
resident memory; the memory of the process with the model
loaded and a small article analysed is the baseline ("over base" is the peak above it).
Ratios are CPU seconds per MB, to the 100 KB run: 1.0 means linear.

    ACCORDS_CORPORA=/path/to/corpora python bench/long_article.py [--sizes 100K,1M,4M]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: 4M stays under the 4 MB per-article cap (`accords.ingest.article.MAX_ARTICLE_BYTES`).
SIZES = {"100K": 100 * 1024, "1M": 1024 * 1024, "4M": 4 * 1024 * 1024 - 1024}


def _text(size: int) -> str:
    """Whole paragraphs of real articles, in corpus order, up to `size` UTF-8 bytes."""
    from corpora import tehrantimes

    paragraphs: list[str] = []
    total = 0
    while True:
        added = 0
        for article in tehrantimes(3000):
            for paragraph in article.text.split("\n\n"):
                length = len(paragraph.encode("utf-8")) + 2
                if total + length > size:
                    return "\n\n".join(paragraphs)
                paragraphs.append(paragraph)
                total += length
                added += 1
        if not added:  # an empty corpus
            return "\n\n".join(paragraphs)


def _child(size: int) -> dict:
    from accords import pipeline
    from accords.ingest import make_article

    warm = make_article("Iran and Armenia signed a memorandum on energy in Yerevan on Monday.", origin="warm")
    pipeline.run(warm, time_budget=None)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    article = make_article(_text(size), origin="bench")
    started, cpu = time.perf_counter(), time.process_time()
    extraction = pipeline.run(article, time_budget=None)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"bytes": len(article.text.encode("utf-8")), "seconds": seconds, "cpu": cpu, "peak_mb": peak, "baseline_mb": baseline,
            "events": len(extraction.events), "entities": len(extraction.entities), "notes": list(extraction.notes[:2])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100K,1M,4M")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child)))
        return
    rows = []
    for name in args.sizes.split(","):
        done = subprocess.run([sys.executable, __file__, "--child", str(SIZES[name])],
                              capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{name}: the run failed:\n{done.stderr[-2000:]}")
        rows.append((name, json.loads(done.stdout.strip().splitlines()[-1])))
        print(name, rows[-1][1], file=sys.stderr, flush=True)
    base = rows[0][1]["cpu"] / rows[0][1]["bytes"]
    print(f"{'size':>5} {'bytes':>9} {'wall s':>7} {'CPU s':>7} {'CPU s/MB':>8} {'ratio':>6} {'peak MB':>8} "
          f"{'over base':>9} {'events':>7} {'entities':>8}")
    for name, row in rows:
        per_byte = row["cpu"] / row["bytes"]
        print(f"{name:>5} {row['bytes']:>9} {row['seconds']:>7.1f} {row['cpu']:>7.1f} {per_byte * 1024 * 1024:>8.1f} "
              f"{per_byte / base:>6.2f} {row['peak_mb']:>8.0f} {row['peak_mb'] - row['baseline_mb']:>9.0f} "
              f"{row['events']:>7} {row['entities']:>8}")


if __name__ == "__main__":
    main()
