"""The relevance gate (`accords.gate`): its recall on the gold articles and what it skips.

    .venv/bin/python bench/gate_recall.py

Prints: recall on tests/gold/articles (seeds, dev and test articles; all relevant, so every
one must pass), the share of Tehran Times region articles passed, the share of BBC News and
Reuters-21578 articles skipped, and the gate's cost per article.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import ROOT, bbc, reuters, tehrantimes  # noqa: E402

from accords.gate import relevance  # noqa: E402
from accords.ingest import read_path  # noqa: E402
from accords.model import Article  # noqa: E402


def main() -> None:
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


if __name__ == "__main__":
    main()
