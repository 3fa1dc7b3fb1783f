"""Evaluation: score extractions against gold files (`scorer`, pure), run the pipeline on
gold articles (`runner`, I/O) and measure it on external yardsticks (`yardsticks`)."""

from __future__ import annotations

from accords.evaluation.runner import Report, evaluate
from accords.evaluation.scorer import Accuracy, ArticleScore, KindScore, aggregate, score_article

__all__ = ["Accuracy", "ArticleScore", "KindScore", "Report", "aggregate", "evaluate", "score_article"]
