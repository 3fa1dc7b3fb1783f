"""A set of non-overlapping character spans with fast overlap tests (bisect, not a scan).

Both extractors pick candidates greedily (longest or highest-priority first) and must ask
"does this overlap anything already taken?" thousands of times on a long article.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanSet:
    """Disjoint half-open spans ``[start, end)`` kept sorted by start."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._loose: list[tuple[int, int]] = []  # given spans that overlap each other
        for start, end in sorted(spans):
            if self.overlaps(start, end):
                self._loose.append((start, end))
            else:
                self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a span in the set."""
        index = bisect.bisect_left(self._starts, end)
        if index > 0 and self._ends[index - 1] > start:
            return True
        return any(start < other_end and other_start < end for other_start, other_end in self._loose)

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already in the set."""
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
