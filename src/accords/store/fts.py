"""Full-text search over article titles and texts: one switch per database dialect.

- SQLite: an FTS5 external-content table ``articles_fts(title, text)`` whose rowid is
  ``articles.seq``, kept in sync by triggers, so the text is stored once.
- PostgreSQL: a GIN index on ``to_tsvector('simple', title || ' ' || text)`` and
  ``plainto_tsquery``, which never fails on user input.

Both match whole words, case-insensitively and without stemming, so a query gives the
same articles on either database (SQLite also folds accents; PostgreSQL's 'simple'
configuration does not). User input is never passed as query syntax:
`quote_terms` turns it into a list of quoted terms (all must occur).
"""

from __future__ import annotations

import re

from sqlalchemy import Select, desc, text
from sqlalchemy.engine import Connection

from accords.errors import StoreError
from accords.store.schema import articles

_WORD = re.compile(r"\w", re.UNICODE)

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
)

# The query must repeat this expression exactly for PostgreSQL to use the index.
_PG_VECTOR = "to_tsvector('simple'::regconfig, coalesce(articles.title, '') || ' ' || articles.text)"
_PG_DDL = (f"CREATE INDEX ix_articles_fts ON articles USING GIN (({_PG_VECTOR}))",)


def quote_terms(query: str) -> list[str]:
    """The words of a user's query, each safe to use as one FTS term.

    Splits on white space and drops pieces without a letter or digit (a lone ``(`` or
    ``"``), which the tokenizers would drop anyway.
    """
    return [piece for piece in query.split() if _WORD.search(piece)]


def install(conn: Connection) -> None:
    """Create the full-text index for this connection's dialect (a migration step)."""
    for statement in _ddl(conn.dialect.name):
        conn.exec_driver_sql(statement)


def _ddl(dialect: str) -> tuple[str, ...]:
    if dialect == "sqlite":
        return _SQLITE_DDL
    if dialect == "postgresql":
        return _PG_DDL
    raise StoreError(f"full-text search is not implemented for the {dialect!r} database")


def apply_search(statement: Select, query: str, *, dialect: str) -> Select | None:
    """`statement` (a select over ``articles``) limited to matches of `query`, best first.

    Returns None when the query has no searchable word, so the caller returns no rows.
    """
    terms = quote_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        # Each term becomes an FTS5 string ("..." with inner quotes doubled): no operator,
        # column filter or parenthesis in user input is ever parsed as syntax.
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        return (
            statement.join(text("articles_fts"), text("articles_fts.rowid = articles.seq"))
            .where(text("articles_fts MATCH :fts_query").bindparams(fts_query=match))
            .order_by(text("articles_fts.rank"), articles.c.seq)
        )
    if dialect == "postgresql":
        tsquery = "plainto_tsquery('simple'::regconfig, :fts_query)"
        return statement.where(text(f"{_PG_VECTOR} @@ {tsquery}").bindparams(fts_query=" ".join(terms))).order_by(
            desc(text(f"ts_rank({_PG_VECTOR}, {tsquery})").bindparams(fts_query=" ".join(terms))), articles.c.seq
        )
    raise StoreError(f"full-text search is not implemented for the {dialect!r} database")
