"""Shared by the indicator sentence tests: the full pipeline on one text, and each indicator as
(metric, subjects, value, unit, kind, qualifier), in text order."""

from __future__ import annotations

from accords.model import Article
from accords.pipeline import run


def figures(text: str, *, published: str = "2021-12-01", source: str | None = None, title: str | None = None) -> list[tuple]:
    extraction = run(Article(id="i", text=text, published=published, source=source, title=title))
    return [(i.metric, i.subjects, i.value, i.unit, i.kind, i.qualifier) for i in extraction.indicators]
