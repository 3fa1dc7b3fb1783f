"""Ingestion: files and records in, clean `Article` records (or rejections) out.

- `readers` reads text, JSON and JSONL files into an `Article` per article and a
  `Rejected(origin, reason)` per bad input, never raising (`accords.readers.read_path`
  picks the reader for any file, these and the web formats alike);
- `make_article` turns raw text plus known metadata into an `Article` (pure);
- `minhash_signature` / `jaccard` let the store link near-duplicates to the first copy;
- `detect_language` is the cheap language guess `Article.language` is set from.

Modules: `decoding` (bytes to text), `cleaning` (junk lines, unwrapping), `dates`,
`metadata` (header/footer lines), `article` (make_article), `records` (JSON fields),
`readers` (the I/O), `limits` (every size cap on input), `dedup`, `language`.
"""

from accords.ingest.article import clean_text, make_article
from accords.ingest.dates import parse_date
from accords.ingest.dedup import NEAR_DUPLICATE_THRESHOLD, jaccard, minhash_signature
from accords.ingest.language import detect_language
from accords.ingest.readers import Rejected

__all__ = [
    "NEAR_DUPLICATE_THRESHOLD",
    "Rejected",
    "clean_text",
    "detect_language",
    "jaccard",
    "make_article",
    "minhash_signature",
    "parse_date",
]
