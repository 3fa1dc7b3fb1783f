"""Near-duplicate look-up for MinHash signatures: compact storage and LSH banding.

A signature (a tuple of unsigned hash values, typically 128) is stored as little-endian
uint64 bytes. For look-up it is cut into bands of `ROWS_PER_BAND` values; two
articles whose signatures agree on a whole band share that band's bucket in the
``article_bands`` table. Candidates are the articles sharing any bucket; only they are
compared value by value (`jaccard`), so adding an article never scans the corpus.

With 4 rows per band, two articles of Jaccard similarity 0.8 share a bucket with
probability 1 - (1 - 0.8**4)**32 > 0.9999999 for 128 values: the banding does not
depend on the threshold, so the threshold can change without re-banding.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence

from accords.errors import StoreError

ROWS_PER_BAND = 4
_MAX = 2**64


def pack(signature: Sequence[int]) -> bytes:
    """The bytes stored for a signature: each value as a little-endian uint64."""
    if any(not 0 <= v < _MAX for v in signature):
        raise StoreError("a MinHash signature holds unsigned 64-bit integers")
    return struct.pack(f"<{len(signature)}Q", *signature)


def unpack(data: bytes) -> tuple[int, ...]:
    """The signature stored as `data` by `pack`."""
    return struct.unpack(f"<{len(data) // 8}Q", data)


def buckets(signature: Sequence[int]) -> list[tuple[int, str]]:
    """(band number, bucket key) for each full band of the signature."""
    out = []
    for band, start in enumerate(range(0, len(signature) - ROWS_PER_BAND + 1, ROWS_PER_BAND)):
        key = hashlib.blake2b(pack(signature[start : start + ROWS_PER_BAND]), digest_size=10).hexdigest()
        out.append((band, key))
    return out


def jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two MinHash signatures: the share of equal values."""
    if len(a) != len(b) or not a:
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)
