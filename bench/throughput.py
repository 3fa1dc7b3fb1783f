"""Throughput of the accords pipeline against bare spaCy on the same articles, in one run.

    .venv/bin/python bench/throughput.py [--n 300] [--corpus tehrantimes|bbc|mixed|samples] [--no-gate]
        [--event-classifier off|veto|score]

Reads ../shared/corpora when present (the bundled samples otherwise) and prints articles
per second for: bare spaCy `nlp.pipe` with the full en_core_web_sm pipeline (the baseline),
and the accords default pipeline (with `--event-classifier`, plus that stage of the event
classifier, issue 13); plus their ratio and the peak RSS of this process.
``mixed`` is BBC News and Reuters-21578 interleaved (bench/corpora.py), general news where
the relevance gate (on by default in `run_many`) skips most articles.
Machines are shared and noisy: compare the two numbers of one run, not numbers across runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"


def load_texts(corpus: str, n: int) -> list[str]:
    if corpus in ("tehrantimes", "mixed"):
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from corpora import mixed_news, tehrantimes

        return [a.text for a in (tehrantimes(n) if corpus == "tehrantimes" else mixed_news(n))]
    if corpus == "bbc":
        folder = SHARED / "bbc-news"
        if not folder.exists():
            sys.exit(f"{folder} not found: run with --corpus samples")
        files = sorted(folder.glob("*/*.txt"))
        step = max(1, len(files) // n)
        return [f.read_text(encoding="latin-1") for f in files[::step][:n]]
    path = ROOT / "samples" / "tehrantimes" / "tehrantimes_sample.jsonl"
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8")][:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--corpus", default="tehrantimes", choices=["tehrantimes", "bbc", "mixed", "samples"])
    parser.add_argument("--no-gate", action="store_true", help="analyse every article (relevance gate off)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--event-classifier", default="off", choices=["off", "veto", "score"],
                        help="add the event classifier's stage (accords.stages.eventcheck)")
    args = parser.parse_args()

    import spacy

    from accords import pipeline
    from accords.ids import content_id
    from accords.model import Article
    from accords.nlp import MODEL, get_nlp

    texts = load_texts(args.corpus, args.n)
    chars = sum(len(t) for t in texts)
    print(f"corpus {args.corpus}: {len(texts)} articles, {chars / 1e6:.2f} M characters")

    bare = spacy.load(MODEL)
    list(bare.pipe(texts[:5]))  # warm up
    start = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=args.batch_size):
        pass
    bare_seconds = time.perf_counter() - start

    articles = [Article(id=content_id(t), text=t, language="en") for t in texts]
    get_nlp()
    stages = pipeline.with_event_classifier(args.event_classifier)
    list(pipeline.run_many(articles[:5], stages=stages))  # warm up (loads the classifier's model too)
    start = time.perf_counter()
    facts = 0
    gated = 0
    for extraction in pipeline.run_many(articles, stages=stages, batch_size=args.batch_size,
                                         gate=not args.no_gate):
        gated += any(note.startswith("gate.v1") for note in extraction.notes)
        facts += sum(len(getattr(extraction, k)) for k in ("entities", "times", "quantities", "events", "indicators", "quotes"))
    ours_seconds = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bare spaCy ({', '.join(bare.pipe_names)}): {len(texts) / bare_seconds:8.1f} articles/s")
    print(f"accords ({', '.join(stages or pipeline.DEFAULT_PIPELINE)}): {len(texts) / ours_seconds:8.1f} articles/s, {facts} facts, "
          f"{gated} skipped by the gate ({'off' if args.no_gate else 'on'})")
    print(f"ratio accords / bare spaCy: {bare_seconds / ours_seconds:.2f}x")
    print(f"peak RSS of this process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
