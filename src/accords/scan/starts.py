"""Run a rule's regular expression only where one of its matches can start.

`re.Pattern.finditer` tries a pattern at every character of the text, and that was most of
the cost of both extractors: a rule such as "(early|mid|late ...)? <month> <year>" cannot
start at most characters, yet each try walks its case-insensitive alternatives. So each rule
also names its *heads*, what every one of its matches begins with (see `Head`). `StartIndex`
finds the heads once per text with fast scans of the lower-cased text, and
`StartIndex.finditer` tries the rule only there, returning exactly the matches that
`pattern.finditer(text)` returns.

Heads are a promise about the pattern that nothing checks at run time: a rule whose heads
miss a way its pattern can start loses those matches. Name heads from the pattern's first
element (tests/temporal/test_starts.py runs every rule both ways).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

#: What a match begins with, in the lower-cased text: a word ("jan" for "January" and
#: "JAN."); a word and a space ("the " for "the" followed by any whitespace, `\s`); or a
#: pattern whose matches start where the head does. Such a pattern should match one
#: character, as `DIGIT`, unless it means to skip the positions inside its matches, as
#: `NUMBER` does.
Head = str | re.Pattern[str]

#: Any digit (`\d` reads every script's digits, as the rules' patterns do).
DIGIT = re.compile(r"\d")
#: The first digit of each run of digits: the only digits a pattern can start at that allows
#: no word character before its start (`_B`, `\b`).
NUMBER = re.compile(r"\d+")
#: The first digit of "1st", "2nd", "21st", "31st".
ORDINAL_NUMBER = re.compile(r"\d(?=\d?(?:st|nd|rd|th))")

#: Characters a case-insensitive pattern matches as an ASCII letter that `str.lower` does not
#: turn into that letter alone (dotted capital I, dotless i, long s): with one in the text the
#: lower-cased text may hide a head (or be longer than the text), so every position is tried.
FOLD_RISK = re.compile("[\u0130\u0131\u017f]")

_WORD_CHAR = re.compile(r"\w")

#: Texts shorter than this are scanned whole: finding the heads of every rule costs more
#: than trying each rule at every character of a few words (a tagged date, a headline).
MIN_INDEXED_LENGTH = 100


class StartIndex:
    """The positions of heads in one text, found once and shared by every rule run over it.

    `lowered` is the lower-cased text, or None when it cannot stand for the text (`FOLD_RISK`).
    """

    def __init__(self, text: str):
        self.text = text
        self.lowered = None if FOLD_RISK.search(text) else text.lower()
        self._indexed = self.lowered is not None and len(text) >= MIN_INDEXED_LENGTH
        self._head_positions: dict[Head, list[int]] = {}
        self._starts: dict[tuple[tuple[Head, ...], bool], list[int]] = {}

    def finditer(self, pattern: re.Pattern[str], heads: tuple[Head, ...], *,
                 word_start: bool = False) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(text)`, given that each begins with one of `heads`.

        A head is matched case-insensitively, against the lower-cased text. With `word_start`
        the pattern also never starts right after a word character (it begins with a
        lookbehind that says so). `pattern` must not match the empty string: after an empty
        match `finditer` may go on at the same position, which this does not repeat.
        """
        if not self._indexed:
            yield from pattern.finditer(self.text)
            return
        text = self.text
        match_at = pattern.match
        end = 0
        for start in self.starts(heads, word_start=word_start):
            if start < end:
                continue
            # `match` at a position sees the text before it (lookbehinds, \b) as `search` does
            match = match_at(text, start)
            if match is not None:
                yield match
                end = match.end()

    def starts(self, heads: tuple[Head, ...], *, word_start: bool = False) -> list[int]:
        """Sorted positions where one of `heads` occurs (not after a word character, with `word_start`)."""
        key = (heads, word_start)
        found = self._starts.get(key)
        if found is None:
            known = self._head_positions
            merged: set[int] = set()
            for head in heads:
                positions = known.get(head)
                merged.update(self._positions(head) if positions is None else positions)
            found = sorted(merged)
            if word_start:
                text = self.text
                found = [p for p in found if p == 0 or _WORD_CHAR.match(text, p - 1) is None]
            self._starts[key] = found
        return found

    def _positions(self, head: Head) -> list[int]:
        """Every position of `head` in the lower-cased text."""
        lowered = self.lowered
        assert lowered is not None
        if isinstance(head, str):
            word, pattern = _word_pattern(head)
            # most words of most rules are absent, and `in` says so fastest
            found = [match.start() for match in pattern.finditer(lowered)] if word in lowered else []
        else:
            found = [match.start() for match in head.finditer(lowered)]
        self._head_positions[head] = found
        return found


@functools.cache
def _word_pattern(head: str) -> tuple[str, re.Pattern[str]]:
    """The word of a word head and a pattern that matches where the head occurs (see `Head`)."""
    word, after = (head[:-1], r"(?=\s)") if head.endswith(" ") else (head, "")
    if any(word[:size] == word[-size:] for size in range(1, len(word))):
        # a word that can overlap itself ("tut" in "tutut"): take one character at a time so
        # that `finditer` finds the overlapping occurrences as well
        return word, re.compile(re.escape(word[0]) + "(?=" + re.escape(word[1:]) + after + ")")
    # a pattern that starts with its whole word is searched for quickly (a literal prefix)
    return word, re.compile(re.escape(word) + after)
