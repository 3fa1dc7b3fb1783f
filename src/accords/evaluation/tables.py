"""Plain-text tables of evaluation reports, for `accords eval` (no I/O here)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from accords.evaluation.scorer import KINDS, ArticleScore, KindScore

if TYPE_CHECKING:
    from accords.evaluation.runner import Report


def _rate(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def format_scores(scores: Sequence[KindScore]) -> str:
    """One row per fact kind: P, R, F1, tp/fp/fn, then the accuracies over matched pairs."""
    lines = [f"{'kind':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}  accuracy over matched"]
    for score in scores:
        accuracies = "  ".join(
            f"{a.name} {_rate(a.value)} ({a.correct}/{a.total})" for a in score.accuracies
        )
        lines.append(
            f"{score.kind:<14} {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f}"
            f" {score.tp:>5} {score.fp:>5} {score.fn:>5}  {accuracies}".rstrip()
        )
    return "\n".join(lines)


def format_details(article: ArticleScore) -> str:
    """An article's misses and false positives, one fact per line, kind by kind."""
    lines = [f"== {article.article}"]
    for kind in article.misses:
        for fact in article.misses[kind]:
            lines.append(f"  MISS {kind:<10} {json.dumps(fact, ensure_ascii=False)}")
        for fact in article.false_positives.get(kind, ()):
            lines.append(f"  FP   {kind:<10} {json.dumps(fact, ensure_ascii=False)}")
    return "\n".join(lines)


def format_outlet_summary(report: Report) -> str:
    """F1 per fact kind, one row per outlet and a last row for all outlets together."""
    lines = [f"{'outlet':<8} {'articles':>8} " + " ".join(f"{kind:>10}" for kind in KINDS)]
    rows = [(o.outlet.key, o.articles, o.totals) for o in report.by_outlet()]
    rows.append(("all", len(report.articles), report.totals))
    for key, count, totals in rows:
        f1 = {score.kind: score.f1 for score in totals}
        # a kind no gold file of the outlet annotates (quotes-only files) shows "-", not 0.000
        lines.append(f"{key:<8} {count:>8} " + " ".join(
            f"{f1[kind]:>10.3f}" if kind in f1 else f"{'-':>10}" for kind in KINDS))
    return "\n".join(lines)


def format_report(report: Report) -> str:
    """The text report of `accords eval`: the totals table, F1 per outlet, then each outlet's
    own table (P, R, F1, counts and accuracies)."""
    parts = [f"{len(report.articles)} articles scored", format_scores(report.totals), "",
             "F1 per outlet", format_outlet_summary(report)]
    for outlet in report.by_outlet():
        parts += ["", f"== {outlet.outlet.key}: {outlet.outlet.name} ({outlet.articles} articles)",
                  format_scores(outlet.totals)]
    return "\n".join(parts)
