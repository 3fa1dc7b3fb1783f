"""The store of accords: articles and extracted facts in SQLite or PostgreSQL.

    >>> from accords.store import Store
    >>> with Store.open("sqlite:///accords.db") as store:
    ...     result = store.add_article(article, signature=signature)
    ...     store.save_extraction(extraction)
    ...     store.events(between=("AZE", "TUR"), since="2021")

Modules: `schema` (tables), `migrations` (versioned schema steps), `store` (the `Store`
class: connections and writes), `queries` (reads), `rows` (records ⇄ rows), `fts`
(full-text search per dialect), `neardup` (MinHash banding).
"""

from accords.store.store import DEFAULT_URL, AddResult, Store

__all__ = ["AddResult", "DEFAULT_URL", "Store"]
