"""accords: turn news about international cooperation into a database of traceable facts.

    >>> import accords
    >>> extraction = accords.extract("Azerbaijan and Turkey signed a roadmap.", published="2021-09-15")

Nothing heavy happens at import time: the spaCy model loads on the first extraction.
"""

from __future__ import annotations

from collections.abc import Sequence

from accords.ids import content_id
from accords.model import Article, Extraction

__version__ = "0.2.0"
__all__ = ["Article", "Extraction", "extract", "extract_article", "__version__"]


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    stages: Sequence[str] | None = None,
) -> Extraction:
    """Run the pipeline on one text and return its facts (stateless: nothing is stored)."""
    article = Article(
        id=content_id(text), text=text, title=title, url=url, source=source, published=published
    )
    return extract_article(article, stages=stages)


def extract_article(article: Article, *, stages: Sequence[str] | None = None) -> Extraction:
    """Run the pipeline on an `Article` (see `accords.pipeline.run`)."""
    from accords import pipeline

    return pipeline.run(article, stages=stages)
