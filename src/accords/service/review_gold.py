"""Reviewed articles as gold: the analysts' corrections become the yardstick of the next
pipeline version.

An article is *reviewed* once one of its facts has a verdict. Its gold file is the stored
extraction as the analysts left it, in the gold shape (`accords.gold.to_gold`, see
docs/gold-format.md): rejected facts left out, corrections applied. Events an analyst
confirmed or corrected are required; the article's other events are ``required: false``
(defensible, since the analyst saw them and let them stand, but not checked one by one:
finding or missing them is no error). Reported speech is kept as quotes with ``direct:
false``, as the predictor's gold shape has it, so the all-quotes rows score it. A rejected event the pipeline still finds then
counts as a false positive, a corrected one scores only in its corrected form.

`export` writes ``DIR/<article id>.json`` (gold) and ``DIR/articles/<article id>.json``
(the article record, text and metadata, which `accords.ingest` reads back to the same
article), so ``accords eval DIR/*.json --root DIR`` scores the current pipeline on them.
`evaluate` does the same straight from the store (``accords eval --reviews``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from accords.errors import AccordsError
from accords.evaluation.runner import Predictor, Report, pipeline_predictor, score_gold
from accords.evaluation.scorer import aggregate
from accords.gold import GOLD_EVENT_STATUSES, record_id, to_gold
from accords.model import Article, Extraction
from accords.review.verdicts import visible
from accords.store import Store, queries, views
from accords.store import verdicts as verdict_log

ARTICLES_DIR = "articles"
_CHECKED = ("confirmed", "corrected")


def reviewed(store: Store) -> list[tuple[Article, Extraction]]:
    """The reviewed articles with their stored (reviewed) extractions, in the order first judged."""
    found = []
    with views.read(store) as conn:
        for article_id in verdict_log.reviewed_articles(conn):
            found.append((queries.article(conn, article_id), queries.extraction(conn, article_id)))
    return found


def gold_of(article: Article, extraction: Extraction, *, file: str | None = None) -> dict[str, Any]:
    """The gold file of a reviewed article: what the analysts left, unchecked events optional."""
    shown = visible(extraction)
    gold = to_gold(article, shown, file=file, indirect=True)  # reported speech too, as direct: false
    checked = [e.review in _CHECKED for e in sorted(shown.events, key=_first) if e.status in GOLD_EVENT_STATUSES]
    for event, required in zip(gold["events"], checked, strict=True):
        event["required"] = required
    return gold


def _first(fact: Any) -> int:
    return min((e.start for e in fact.evidence), default=-1)


def export(store: Store, directory: Path) -> list[Path]:
    """Write the gold file and article record of every reviewed article under `directory`;
    the gold files' paths. Raises `AccordsError` when the folder cannot be written."""
    directory = Path(directory)
    written = []
    try:
        (directory / ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
        for article, extraction in reviewed(store):
            name = f"{article.id}.json"
            record = {
                "id": record_id(article) or article.id,
                "url": article.url,
                "title": article.title,
                "source": article.source,
                "author": article.author,
                "published": article.published,
                "text": article.text,
            }
            (directory / ARTICLES_DIR / name).write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
            gold = gold_of(article, extraction, file=f"{ARTICLES_DIR}/{name}")
            (directory / name).write_text(json.dumps(gold, ensure_ascii=False, indent=2), encoding="utf-8")
            written.append(directory / name)
    except OSError as exc:
        raise AccordsError(f"cannot write the reviewed articles to {directory}: {exc.strerror or exc}") from exc
    return written


def evaluate(store: Store, *, predict: Predictor = pipeline_predictor) -> Report:
    """Score the pipeline (or `predict`) on the reviewed articles of `store`, as `accords eval`
    scores gold files."""
    scores = [
        score_gold(gold_of(article, extraction), article, predict=predict, name=f"{article.id}.json")
        for article, extraction in reviewed(store)
    ]
    return Report(totals=aggregate(scores), articles=tuple(scores), problems=())
