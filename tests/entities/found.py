"""Shared by the entity sentence tests: the entities stage alone on one text (`stage_entities`),
and each entity it finds as (type, name) (`found`)."""

from __future__ import annotations

from accords.ids import content_id
from accords.model import Article, Extraction
from accords.nlp import parse
from accords.stages.entities import entities


def stage_entities(text: str, *, source: str | None = None, published: str | None = None) -> Extraction:
    article = Article(id=content_id(text), text=text, source=source, published=published)
    return entities(article, parse(text), Extraction(article_id=article.id))


def found(text: str, *, source: str | None = None, published: str | None = None) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in stage_entities(text, source=source, published=published).entities}
