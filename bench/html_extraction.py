"""Article body extraction scored on the Zyte/Scrapinghub article-extraction-benchmark.

    .venv/bin/python bench/html_extraction.py [--corpus ../shared/corpora/article-extraction-benchmark]
                                              [--raw] [--bootstrap 1000]

Each of the 181 pages (html/*.html.gz) goes through the same path as `accords ingest
page.html` / `accords extract page.html` (`accords.web.html.article_from_html`: trafilatura,
then `make_article` cleaning) and the body is compared with ground-truth.json. Two scores:

- tokens: bag-of-words (``\\w+`` tokens) precision / recall / F1 per page;
- shingles: the benchmark's own metric (evaluate.py upstream): 4-token shingles, TP/FP/FN
  normalised per page, precision and recall averaged over pages, F1 of the two means,
  ± 1.96 bootstrap standard deviations.

`--raw` also scores bare ``trafilatura.extract(html, include_comments=False)`` (how the
benchmark ran trafilatura) so the cost or gain of our cleaning shows. The published figure
for trafilatura 2.0.0 is printed next to ours. Reads ../shared; not a test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "article-extraction-benchmark"

#: scrapinghub/article-extraction-benchmark README.rst, "Results of the latest evaluation with
#: open source libraries added": trafilatura 2.0.0, F1 0.958 ± 0.006, precision 0.938 ± 0.009,
#: recall 0.978 ± 0.006, accuracy 0.293 ± 0.033 (4-token shingle metric, evaluate.py).
PUBLISHED = {"name": "trafilatura 2.0.0 (published)", "precision": 0.938, "recall": 0.978, "f1": 0.958}

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int) -> Counter:
    toks = tokens(text)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def tp_fp_fn(true: str, pred: str, n: int) -> tuple[float, float, float]:
    """Overlap counts of n-token shingles, normalised to sum 1 (so long pages weigh no more)."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp, fp, fn):
    return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))


def _recall(tp, fp, fn):
    return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))


def aggregate(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    """Mean precision, mean recall and their F1, as the benchmark's evaluate.py does."""
    precision = statistics.mean(_precision(*r) for r in rows if r[0] + r[1] > 0)
    recall = statistics.mean(_recall(*r) for r in rows if r[0] + r[2] > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def score(truth: dict, predictions: dict, *, n: int, bootstrap: int) -> dict[str, float]:
    rows = [tp_fp_fn(truth[key]["articleBody"], predictions.get(key, ""), n) for key in sorted(truth)]
    result = aggregate(rows)
    if bootstrap:
        rng = random.Random(0)
        samples = [aggregate([rows[rng.randrange(len(rows))] for _ in rows]) for _ in range(bootstrap)]
        for key in ("precision", "recall", "f1"):
            result[f"{key}_ci"] = 1.96 * statistics.stdev(s[key] for s in samples)
    return result


def extract_all(corpus: Path, *, raw: bool) -> tuple[dict[str, str], int, float]:
    from accords.errors import IngestError
    from accords.web.html import article_from_html

    predictions, failures, start = {}, 0, time.perf_counter()
    for path in sorted((corpus / "html").glob("*.html.gz")):
        key = path.name.split(".")[0]
        page = gzip.decompress(path.read_bytes())
        if raw:
            import trafilatura

            predictions[key] = trafilatura.extract(page.decode("utf-8"), include_comments=False) or ""
            continue
        try:
            predictions[key] = article_from_html(page, origin=str(path)).text
        except IngestError:
            predictions[key] = ""
            failures += 1
    return predictions, failures, time.perf_counter() - start


def _line(name: str, m: dict) -> str:
    ci = lambda k: f" ± {m[k + '_ci']:.3f}" if k + "_ci" in m else ""  # noqa: E731
    return (f"  {name:<34} precision {m['precision']:.3f}{ci('precision')}  "
            f"recall {m['recall']:.3f}{ci('recall')}  F1 {m['f1']:.3f}{ci('f1')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--raw", action="store_true", help="also score bare trafilatura.extract")
    parser.add_argument("--bootstrap", type=int, default=1000)
    args = parser.parse_args()
    truth_path = args.corpus / "ground-truth.json"
    if not truth_path.exists():
        sys.exit(f"{truth_path} not found: the benchmark corpus is read from ../shared only")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    from importlib.metadata import version

    runs = [("accords (trafilatura " + version("trafilatura") + " + make_article)", False)]
    if args.raw:
        runs.append(("bare trafilatura " + version("trafilatura"), True))
    print(f"{len(truth)} pages, {args.corpus}")
    for name, raw in runs:
        predictions, failures, seconds = extract_all(args.corpus, raw=raw)
        print(f"{name}: {seconds:.1f} s, {failures} pages with no text")
        print(_line("tokens (bag of words)", score(truth, predictions, n=1, bootstrap=args.bootstrap)))
        print(_line("shingles (benchmark metric, n=4)", score(truth, predictions, n=4, bootstrap=args.bootstrap)))
    print(_line(PUBLISHED["name"] + ", shingles", PUBLISHED))


if __name__ == "__main__":
    main()
