"""Run the pipeline on the articles gold files point to, and score it (the I/O side of eval).

1. expand the gold arguments: files as given, folders to the gold files below them;
2. read each gold file and find its article: ``article.file`` under `root`, else under the
   gold file's folder or one of its parents;
3. read the article with `accords.readers.read_path` (the first article it yields; a .json
   article record is read as a record) and run `accords.extract_article` on it;
4. turn the extraction into the gold shape (`accords.gold.to_gold`, reported speech included
   as ``direct: false``) and score it with the pure functions of `accords.evaluation.scorer`
   and the GGT-style quote rows of `accords.evaluation.ggt`;
5. tag each article score with the outlet of its gold file's name
   (`accords.evaluation.outlets`), so the report gives totals per outlet as well as overall.

A gold file whose article cannot be found or read is reported in `Report.problems` and the
run goes on with the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from accords.errors import AccordsError, SchemaError
from accords.evaluation.outlets import OTHER, Outlet, outlet_named, outlet_of, outlet_order
from accords.evaluation.ggt import ggt_scores
from accords.evaluation.scorer import ArticleScore, KindScore, aggregate, score_article
from accords.model import Article

#: Turns an article into its predicted facts in the gold shape.
Predictor = Callable[[Article], dict[str, Any]]


def _find(scores: Sequence[KindScore], kind: str) -> KindScore:
    for score in scores:
        if score.kind == kind:
            return score
    raise KeyError(kind)


@dataclass(frozen=True)
class OutletReport:
    """The micro-averaged scores of the articles of one outlet."""

    outlet: Outlet
    articles: int
    totals: tuple[KindScore, ...]

    def total(self, kind: str) -> KindScore:
        """The micro-averaged score of one kind over this outlet's articles."""
        return _find(self.totals, kind)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form: the outlet's key and name, its article count and its totals."""
        return {"outlet": self.outlet.key, "name": self.outlet.name, "articles": self.articles,
                "totals": [score.as_dict() for score in self.totals]}


@dataclass(frozen=True)
class Report:
    """Scores over all gold files (micro average), per article, and what could not be scored."""

    totals: tuple[KindScore, ...]
    articles: tuple[ArticleScore, ...]
    problems: tuple[str, ...] = ()

    def total(self, kind: str) -> KindScore:
        """The micro-averaged score of one kind."""
        return _find(self.totals, kind)

    def by_outlet(self) -> tuple[OutletReport, ...]:
        """The scores per outlet, in the order of `accords.evaluation.outlets.OUTLETS`."""
        keys = sorted({a.outlet or OTHER.key for a in self.articles}, key=lambda k: (outlet_order(k), k))
        reports = []
        for key in keys:
            articles = [a for a in self.articles if (a.outlet or OTHER.key) == key]
            reports.append(OutletReport(outlet_named(key), len(articles), aggregate(articles)))
        return tuple(reports)

    def outlet(self, key: str) -> OutletReport:
        """The scores of one outlet (KeyError when no article of it was scored)."""
        for report in self.by_outlet():
            if report.outlet.key == key:
                return report
        raise KeyError(key)

    def as_dict(self, *, details: bool = False) -> dict[str, Any]:
        """The JSON form; with `details`, each article's misses and false positives too."""
        data: dict[str, Any] = {
            "articles": len(self.articles),
            "totals": [score.as_dict() for score in self.totals],
            "outlets": [report.as_dict() for report in self.by_outlet()],
            "problems": list(self.problems),
        }
        if details:
            data["details"] = [
                {"article": a.article, "outlet": a.outlet, "scores": [s.as_dict() for s in a.scores],
                 "misses": {k: list(v) for k, v in a.misses.items()},
                 "false_positives": {k: list(v) for k, v in a.false_positives.items()}}
                for a in self.articles
            ]
        return data


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named by `paths`: files as given, folders searched for gold .json files.

    In a folder, only .json files holding an object with an ``article`` key count, so a
    folder of gold files next to .json article records can be given whole.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*.json")) if _looks_like_gold(p))
        elif path.is_file():
            found.append(path)
        else:
            raise SchemaError(f"{path}: no such gold file or folder")
    return found


def _looks_like_gold(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and isinstance(data.get("article"), dict)


def read_gold(path: Path) -> dict[str, Any]:
    """One gold file, checked for the ``article`` object and list-valued fact kinds."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise SchemaError(f"{path}: not a readable JSON file: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        raise SchemaError(f"{path}: a gold file is an object with an 'article' object")
    for kind in ("entities", "events", "indicators", "quotes", "times"):
        if not isinstance(data.get(kind, []), list):
            raise SchemaError(f"{path}: '{kind}' must be a list")
    return data


def article_candidates(gold_path: Path, file: str, *, root: Path | None) -> list[Path]:
    """Where the article of a gold file may be: under `root`, then under the gold file's
    folder and each of its parents, in that order."""
    candidates = [root / file] if root is not None else []
    folder = gold_path.resolve().parent
    candidates.extend(parent / file for parent in (folder, *folder.parents))
    return candidates


def find_article(gold_path: Path, file: str, *, root: Path | None) -> Path:
    """The first existing candidate path of the article; SchemaError naming where it looked."""
    candidates = article_candidates(gold_path, file, root=root)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(c) for c in candidates[:3])
    raise SchemaError(f"{gold_path}: article file {file!r} not found (looked in {looked}, ...); pass --root")


def read_article(path: Path) -> Article:
    """The first article `accords.readers.read_path` yields for `path`."""
    from accords.readers import read_path

    rejected = None
    for item in read_path(path):
        if isinstance(item, Article):
            return item
        rejected = rejected or item
    reason = getattr(rejected, "reason", None) or "no article in it"
    raise SchemaError(f"{path}: could not be read as an article: {reason}")


def pipeline_predictor(article: Article, *, stages: Sequence[str] | None = None) -> dict[str, Any]:
    """The default predictor: the pipeline (default: the default pipeline), in the gold shape
    with reported speech (the quotes rows leave it out; the GGT all-quotes rows score it)."""
    import accords
    from accords.gold import to_gold

    return to_gold(article, accords.extract_article(article, stages=stages), indirect=True)


def evaluate(
    gold_paths: Sequence[str | Path],
    *,
    root: str | Path | None = None,
    predict: Predictor = pipeline_predictor,
    read: Callable[[Path], Article] = read_article,
) -> Report:
    """Score the pipeline (or `predict`) on the articles of the gold files in `gold_paths`.

    `read` turns an article path into an `Article` (default: `accords.readers.read_path`).
    """
    root_path = Path(root) if root is not None else None
    scores: list[ArticleScore] = []
    problems: list[str] = []
    for gold_path in gold_files(gold_paths):
        try:
            gold = read_gold(gold_path)
            file = gold["article"].get("file")
            if not file:
                raise SchemaError(f"{gold_path}: 'article.file' is missing; cannot find the article")
            article = read(find_article(gold_path, file, root=root_path))
        except AccordsError as exc:
            problems.append(str(exc))
            continue
        scores.append(score_gold(gold, article, predict=predict, name=gold_path.name))
    return Report(totals=aggregate(scores), articles=tuple(scores), problems=tuple(problems))


def score_gold(gold: dict[str, Any], article: Article, *, predict: Predictor, name: str) -> ArticleScore:
    """The scores of `predict` on one article against its gold (a gold file's content);
    `name` is the gold file's name, whose prefix names the outlet."""
    predicted = predict(article)
    score = score_article(gold, predicted)
    # like the other kinds, a file that does not annotate quotes (no "quotes" key: an events-only
    # or figures-only file) has no GGT rows, or every quote found there would count as false
    ggt = ggt_scores(gold["quotes"] or [], predicted.get("quotes") or []) if "quotes" in gold else ()
    return replace(score, scores=score.scores + ggt, outlet=outlet_of(name).key)
