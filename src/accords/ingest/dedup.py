"""Near-duplicate detection: MinHash signatures of word 5-shingles.

Syndicated copies of one story differ in headers, footers and a few words; their shingle
sets still overlap strongly. The store keeps each article's signature and links a new
article to the first copy whose estimated Jaccard similarity reaches
`NEAR_DUPLICATE_THRESHOLD`. The permutations come from a fixed seed, so signatures made
in different processes and runs are comparable.
"""

from __future__ import annotations

import re

from datasketch import MinHash

from accords.ids import normalise_content

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5

#: Estimated Jaccard similarity from which an article counts as a copy of another.
NEAR_DUPLICATE_THRESHOLD = 0.8

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """The word 5-shingles of the normalised text (the whole text when it is shorter)."""
    words = _WORD.findall(normalise_content(text))
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def minhash_signature(text: str) -> tuple[int, ...]:
    """The 128-value MinHash signature of `text` (fixed seed, so stable across runs)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    for shingle in sorted(shingles(text)):
        minhash.update(shingle.encode("utf-8"))
    return tuple(int(value) for value in minhash.hashvalues)


def jaccard(sig_a: tuple[int, ...], sig_b: tuple[int, ...]) -> float:
    """The Jaccard similarity of two texts, estimated from their signatures."""
    if len(sig_a) != len(sig_b) or not sig_a:
        raise ValueError(f"signatures differ in length ({len(sig_a)} vs {len(sig_b)}) or are empty")
    return sum(1 for a, b in zip(sig_a, sig_b) if a == b) / len(sig_a)
