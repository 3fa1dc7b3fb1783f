"""Shared by the entity sentence tests: the entities stage alone on one text (`stage_entities`),
each entity it finds as (type, name) (`found`), and the check of a table row of entities that must
and must not be found (`assert_found`)."""

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


def assert_found(entities, wanted: set[tuple[str, str, str | None]], unwanted: set[tuple[str, str]]) -> None:
    """Every (type, name, country) of `wanted` is among `entities` (the country checked where given),
    and no (type, name) of `unwanted` is."""
    names = {(e.type, e.name) for e in entities}
    for kind, name, country in wanted:
        match = [e for e in entities if (e.type, e.name) == (kind, name)]
        assert match, f"{kind} {name!r} not in {sorted(names)}"
        if country is not None:
            assert match[0].country == country
    assert not (names & unwanted)
