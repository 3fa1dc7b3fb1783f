"""Quote scores in the style of the Gender Gap Tracker's evaluation (Asr et al., 2021).

The GGT reports quotes with their speakers in two sets: *all* quotes (direct words in quote
marks and reported speech, "X said that ...") and *direct* quotes only, each at two token
overlaps, 0.3 and 0.5 of the gold quote's tokens. A predicted quote is a hit when its speaker
matches the gold speaker (`accords.evaluation.scorer.speaker_matches`) and its text overlaps
the gold text by at least the threshold; each gold quote matches at most one prediction.
Unlike the ``quotes`` rows of the scorer, every gold quote counts here: reported speech in the
gold is required in the *all* set, and predicted reported speech is scored, not left out.

Pure functions over gold-shaped quote dicts (``speaker``, ``text``, optional ``direct``,
true when absent): the runner feeds them the gold file's quotes and the predicted ones,
reported speech included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from accords.evaluation.scorer import KindScore, greedy_pairs, speaker_matches, token_overlap

#: (set, threshold) of each GGT row, in report order; kinds are named ``ggt-<set>@<threshold>``.
GGT_ROWS = (("all", 0.3), ("all", 0.5), ("direct", 0.3), ("direct", 0.5))

Fact = dict[str, Any]


def ggt_kind(subset: str, threshold: float) -> str:
    """The kind name of one GGT row: ``ggt-all@0.3``."""
    return f"ggt-{subset}@{threshold}"


def is_direct(quote: Fact) -> bool:
    """Whether a quote is direct: ``direct`` true or absent (gold files of direct quotes only)."""
    return quote.get("direct", True) is not False


def match_quotes(gold: Sequence[Fact], pred: Sequence[Fact], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (gold, prediction) index pairs: speaker matched, overlap at least `threshold`,
    largest overlaps first."""

    def rank(g: int, p: int) -> tuple | None:
        want, have = gold[g], pred[p]
        if not speaker_matches(have.get("speaker"), want.get("speaker")):
            return None
        overlap = token_overlap(str(have.get("text") or ""), str(want.get("text") or ""))
        return (-overlap,) if overlap >= threshold else None

    return list(greedy_pairs(len(gold), len(pred), rank))


def ggt_scores(gold: Sequence[Fact], pred: Sequence[Fact]) -> tuple[KindScore, ...]:
    """The four GGT rows (`GGT_ROWS`) for one article's gold and predicted quotes."""
    scores = []
    for subset, threshold in GGT_ROWS:
        want = list(gold) if subset == "all" else [q for q in gold if is_direct(q)]
        have = list(pred) if subset == "all" else [q for q in pred if is_direct(q)]
        hits = len(match_quotes(want, have, threshold))
        scores.append(KindScore(ggt_kind(subset, threshold), tp=hits, fp=len(have) - hits, fn=len(want) - hits))
    return tuple(scores)
