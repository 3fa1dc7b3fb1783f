"""Full-text search over facts: the events, quotes and figures whose evidence holds every
word of a query ("railway Astara" finds the sentence that states the railway deal, not
only the article).

The article index (`accords.store.fts`: SQLite FTS5, PostgreSQL full text) finds the
articles that contain every word, best first; within them a fact matches when its evidence
sentences (and, for a quote, its text) contain every word as a whole word, letter case and
accents aside, as the index matches. A fact can only match inside an article that matches,
so the index loses nothing; the search reads at most `max_articles` articles. Facts an
analyst rejected are left out, as in every listing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from accords.errors import AccordsError
from accords.service import queries
from accords.service.cache import remember
from accords.store import Store
from accords.store.fts import quote_terms

#: The fact kinds a search covers, in the order hits of one article are listed.
FACT_KINDS = ("events", "quotes", "indicators")


@dataclass(frozen=True)
class FactHit:
    """A fact whose evidence holds every word of the query, with its article and sentence."""

    kind: str  # events, quotes or indicators
    fact: Any
    article_id: str
    title: str | None
    published: str | None
    evidence_text: str


def _fold(text: str) -> str:
    """Case and accents folded, as the SQLite index's unicode61 tokenizer folds them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _matcher(query: str) -> list[re.Pattern[str]]:
    return [re.compile(rf"(?<!\w){re.escape(_fold(term))}(?!\w)") for term in quote_terms(query)]


def search_facts(
    store: Store, q: str, *, kinds: tuple[str, ...] = FACT_KINDS, limit: int = 50, max_articles: int = 200
) -> list[FactHit]:
    """Up to `limit` facts of `kinds` whose evidence holds every word of `q`, articles by
    relevance, facts of one article in `FACT_KINDS` order. Empty for a query without a word."""
    unknown = [k for k in kinds if k not in FACT_KINDS]
    if unknown:
        raise AccordsError(f"unknown fact kind {unknown[0]!r}; choose from {', '.join(FACT_KINDS)}")
    # kept while the store is unchanged (`accords.service.cache`): a search reads up to
    # `max_articles` whole extractions
    return remember(store, ("facts", q, kinds, limit, max_articles), lambda: _search(store, q, kinds, limit, max_articles))


def _search(store: Store, q: str, kinds: tuple[str, ...], limit: int, max_articles: int) -> list[FactHit]:
    patterns = _matcher(q)
    if not patterns:
        return []
    hits: list[FactHit] = []
    for article in queries.articles(store, search=q, limit=max_articles).items:
        found, extraction = queries.article_detail(store, article.id)
        if extraction is None:
            continue
        for kind in (k for k in FACT_KINDS if k in kinds):
            for fact in getattr(extraction, kind):
                evidence = " ".join(found.text[e.start : e.end] for e in fact.evidence)
                haystack = _fold(evidence + (" " + fact.text if kind == "quotes" else ""))
                if all(p.search(haystack) for p in patterns):
                    hits.append(FactHit(kind, fact, found.id, found.title, found.published, " ".join(evidence.split())))
                    if len(hits) == limit:
                        return hits
    return hits


def answer(store: Store, q: str, *, kinds: tuple[str, ...] = FACT_KINDS, limit: int = 50) -> dict[str, Any]:
    """`search_facts` as the API's ``/facts/search`` and ``accords search --json`` answer it:
    ``{"items": [...], "total": n}``, each item the hit's kind, article, date and sentence and
    its fact as a self-contained record (`accords.store.context`: evidence text, article
    title/outlet/date, the names and keys of the entities it names)."""
    from accords.store import context, views

    hits = search_facts(store, q, kinds=kinds, limit=limit)
    with views.read(store) as conn:
        facts = context.with_context(conn, [h.fact for h in hits])
    items = [
        {"kind": h.kind, "article_id": h.article_id, "title": h.title, "published": h.published,
         "evidence_text": h.evidence_text, "fact": fact}
        for h, fact in zip(hits, facts)
    ]
    return {"items": items, "total": len(items)}
