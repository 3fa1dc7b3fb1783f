"""Fit the event confidence model on the dev gold (issue 13) and write its weights.

    .venv/bin/python bench/fit_confidence.py [--c 0.5] [--grid] [--check]

Runs the pipeline on tests/gold/dev (every outlet; never the test parts, never the held-out
articles), labels each event as `accords eval` scores it (`bench/calibration.py`), and fits an
L2-regularised logistic regression of right/wrong on the features of
`accords.events.confidence.features` (Newton's method from zeros, the bias not penalised, weights
rounded to four decimals): the same gold and rules give the same file, byte for byte. Writes
`src/accords/events/confidence.json` unless `--check`, which only says whether the file is
up to date. `--select` reruns the choice of features (`DROPPED`); `--grid` prints, for several C, the reliability of article-grouped 5-fold
cross-validated predictions per outlet (C = 1.0: the lowest 5-fold Brier score; docs/confidence.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import ROOT, Row, labelled, table  # noqa: E402

from accords.events import confidence  # noqa: E402

FOLDS = 5
GRID = (0.25, 0.5, 1.0, 2.0)
#: Candidate features left out: backward elimination on dev dropped them, in this order, each
#: lowering the Brier score of predictions for an outlet left out of the fit (`--select`, C = 0.5).
DROPPED = ("person", "none_named", "carried", "lead", "dated", "noun_trigger", "not_occurred")


def fit(x: np.ndarray, y: np.ndarray, c: float) -> np.ndarray:
    """Weights of the L2 logistic regression (penalty 1/c on every weight but the first)."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], 1.0 / c)
    penalty[0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ beta))
        gradient = x.T @ (p - y) + penalty * beta
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-12:
            break
    return beta


def design(rows: list[Row], dropped: tuple[str, ...] = DROPPED) -> tuple[list[str], np.ndarray, np.ndarray]:
    names = [n for n in confidence.features(rows[0].signals) if n not in dropped]
    x = np.array([[confidence.features(r.signals)[n] for n in names] for r in rows])
    return names, x, np.array([float(r.right) for r in rows])


def cross_validated(rows: list[Row], x: np.ndarray, y: np.ndarray, c: float, *, by_outlet: bool = False) -> np.ndarray:
    """Each event's probability from a fit on the other folds: 5 folds by article, or with
    `by_outlet` one fold per outlet (an outlet the fit never saw)."""
    if by_outlet:
        fold = {r.article: r.outlet for r in rows}
    else:
        articles = sorted({r.article for r in rows})
        fold = {a: i % FOLDS for i, a in enumerate(articles)}
    p = np.zeros(len(rows))
    for k in sorted(set(fold.values()), key=str):
        held = np.array([fold[r.article] == k for r in rows])
        p[held] = 1.0 / (1.0 + np.exp(-x[held] @ fit(x[~held], y[~held], c)))
    return p


def briers(rows: list[Row], x: np.ndarray, y: np.ndarray, c: float) -> str:
    outlet = np.mean((cross_validated(rows, x, y, c, by_outlet=True) - y) ** 2)
    folds = np.mean((cross_validated(rows, x, y, c) - y) ** 2)
    return f"Brier, outlet left out {outlet:.4f}, 5-fold {folds:.4f}"


def select(rows: list[Row], c: float = 0.5) -> None:
    """Backward elimination: drop, while it helps, the feature whose removal most lowers the
    Brier score of predictions for an outlet left out of the fit."""
    dropped: tuple[str, ...] = ()
    names, x, y = design(rows, dropped)
    print(f"all {len(names)} features: {briers(rows, x, y, c)}")
    best = np.mean((cross_validated(rows, x, y, c, by_outlet=True) - y) ** 2)
    while True:
        trials = []
        for name in names[1:]:
            _, xt, _ = design(rows, (*dropped, name))
            trials.append((float(np.mean((cross_validated(rows, xt, y, c, by_outlet=True) - y) ** 2)), name))
        score, name = min(trials)
        if score >= best:
            break
        best, dropped = score, (*dropped, name)
        names, x, y = design(rows, dropped)
        print(f"drop {name}: {briers(rows, x, y, c)}")
    print(f"dropped: {dropped}")


def reliability(rows: list[Row], p: np.ndarray) -> list[str]:
    lines = []
    for outlet in [*sorted({r.outlet for r in rows}), "all"]:
        pairs = [(round(float(q), 2), r.right) for q, r in zip(p, rows) if outlet in ("all", r.outlet)]
        lines.append(f"{outlet} ({len(pairs)} events)")
        lines.extend(table(pairs))
    return lines


def weights_file(rows: list[Row], files: int, names: list[str], beta: np.ndarray, c: float) -> str:
    weights = {n: round(float(w), 4) + 0.0 for n, w in zip(names, beta)}
    digest = hashlib.sha256(json.dumps(weights, sort_keys=True).encode()).hexdigest()[:8]
    data = {
        "version": f"dev{files}-{digest}",
        "fitted_on": "tests/gold/dev (bench/fit_confidence.py)",
        "gold_files": files,
        "articles_with_events": len({r.article for r in rows}),
        "events": len(rows),
        "right": int(sum(r.right for r in rows)),
        "c": c,
        "weights": weights,
    }
    return json.dumps(data, indent=2) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 penalty (default 1.0)")
    parser.add_argument("--grid", action="store_true", help="cross-validated reliability for several C")
    parser.add_argument("--select", action="store_true", help="backward elimination of candidate features")
    parser.add_argument("--check", action="store_true", help="only check that the weights file is up to date")
    args = parser.parse_args()
    from accords.evaluation.runner import gold_files, read_gold

    dev = ROOT / "tests" / "gold" / "dev"
    rows = labelled(dev, ROOT / "tests" / "gold")
    files = sum(1 for path in gold_files([dev]) if "events" in read_gold(path))  # not the quotes-only files
    if args.select:
        select(rows)
    names, x, y = design(rows)
    if args.grid:
        for c in GRID:
            print(f"C = {c}: {briers(rows, x, y, c)}; 5-fold predictions:")
            print("\n".join(reliability(rows, cross_validated(rows, x, y, c))))
    beta = fit(x, y, args.c)
    text = weights_file(rows, files, names, beta, args.c)
    print(text, end="")
    if args.check:
        same = confidence.WEIGHTS.read_text(encoding="utf-8") == text
        print(f"{confidence.WEIGHTS}: {'up to date' if same else 'OUT OF DATE'}")
        sys.exit(0 if same else 1)
    confidence.WEIGHTS.write_text(text, encoding="utf-8")
    print(f"wrote {confidence.WEIGHTS}")


if __name__ == "__main__":
    main()
