"""The relevance gate (`accords.gate`): its recall on the gold articles and what it skips.

    .venv/bin/python bench/gate_recall.py [--events 300]

Prints: recall on tests/gold/articles (seeds, dev and test articles; all relevant, so every
one must pass), the share of Tehran Times region articles passed, the share of BBC News and
Reuters-21578 articles skipped, and the gate's cost per article.

With `--events N`, also the gate's recall against the pipeline itself: of the events between
two or more countries that the ungated pipeline finds in N Tehran Times and N mixed general
news articles, the share found with the gate on (every article analysed once, gate off; an
event counts as kept when its article passes the gate).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import ROOT, bbc, mixed_news, reuters, tehrantimes  # noqa: E402

from accords.gate import relevance  # noqa: E402
from accords.readers import read_path  # noqa: E402
from accords.model import Article  # noqa: E402


def _event_recall(name: str, articles: list[Article]) -> None:
    """Two-country events of the ungated pipeline, and the share in articles the gate passes."""
    from accords import pipeline
    from accords.gold import GOLD_EVENT_STATUSES

    found = kept = 0
    for article, extraction in zip(articles, pipeline.run_many(articles, gate=False)):
        events = sum(
            1 for e in extraction.events
            if e.status in GOLD_EVENT_STATUSES and len(set(e.actor_countries) | set(e.recipient_countries)) >= 2
        )
        found += events
        kept += events if relevance(article).relevant else 0
    print(f"{name}: {len(articles)} articles, {found} two-country events without the gate, "
          f"{kept} in articles the gate passes ({kept / max(found, 1):.1%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=0, help="also measure recall against the ungated pipeline on N articles per corpus")
    args = parser.parse_args()
    gold = [item for item in read_path(ROOT / "tests" / "gold" / "articles") if isinstance(item, Article)]
    missed = [a.origin for a in gold if not relevance(a).relevant]
    print(f"gold articles: {len(gold)}, passed {len(gold) - len(missed)}, recall {1 - len(missed) / len(gold):.3f}")
    for origin in missed:
        print(f"  missed {origin}")
    for name, articles in (("tehrantimes-region (all)", tehrantimes(10_000)), ("bbc-news", bbc()),
                           ("reuters21578", reuters())):
        start = time.perf_counter()
        decisions = [relevance(a) for a in articles]
        seconds = time.perf_counter() - start
        skipped = sum(not d.relevant for d in decisions)
        print(f"{name}: {len(articles)} articles, skipped {skipped} ({skipped / len(articles):.1%}), "
              f"{seconds / len(articles) * 1000:.2f} ms per article")
    if args.events:
        _event_recall("tehrantimes-region", tehrantimes(args.events))
        _event_recall("mixed general news", mixed_news(args.events))


if __name__ == "__main__":
    main()
