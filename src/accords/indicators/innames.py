"""Whether a keyword is part of a name: "Inflation Reduction Act", "U.S. Trade and Development
Agency", "the Export-Import Bank".

The metric lexicon (`accords.indicators.lexicon`) reads a keyword as naming a figure's metric only
where it is a word of the sentence, not a word of a capitalised name written inside it (`in_name`).
"""

from __future__ import annotations

import re

_NAME_WORD = re.compile(r"[A-Z][\w.&'’-]*")
#: What may come right before the first word of a sentence or a list item.
_OPENERS = ".!?:;\"“‘'(-–—•*"
#: A capitalised hyphenated word ("Export-Import", "Export–Import", "Indo-Pacific"), or one capitalised word.
_COMPOUND = re.compile(r"[A-Z][\w’']*(?:[-\u2010\u2011\u2013][A-Z][\w’']*)*")
_COMPOUND_HEAD = re.compile(r"[A-Z][\w’']*[-\u2010\u2011\u2013]$")


def _compound_start(text: str, start: int) -> int:
    """Where the capitalised hyphenated word holding the word at `start` begins ("Import" → "Export-Import")."""
    while (head := _COMPOUND_HEAD.search(text, max(0, start - 40), start)) is not None and (
            head.start() == 0 or not (text[head.start() - 1].isalnum() or text[head.start() - 1] in "-\u2010\u2011\u2013")):
        start = head.start()
    return start


def in_name(text: str, match: re.Match[str]) -> bool:
    """Whether a keyword match is part of a name ("U.S. Trade and Development Agency",
    "Inflation Reduction Act", "Trade Promotion Organization"): written with a capital inside
    a sentence, next to another capitalised word."""
    word = match.group(0)
    if not word[:1].isupper():
        return False
    prefix = text[:match.start()].rstrip()
    compound = _COMPOUND.match(text, _compound_start(text, match.start()))
    if compound is not None and compound.end() - compound.start() > len(match.group(0)):
        # "the Export-Import Bank": a half of a capitalised hyphenated word is in a name when the whole word is
        # ("Export-Import Bank", "Indo-Pacific Economic Framework"); a dash opening a list item is no hyphen
        if _NAME_WORD.match(text[compound.end():].lstrip()):
            return True  # also first in a sentence: "Export-Import Bank of the United States approved ..."
        match = compound
        prefix = text[:match.start()].rstrip()
    if not prefix or prefix[-1] in _OPENERS:
        return False  # the first word of a sentence or an item
    after = text[match.end():].lstrip()
    previous = prefix.split()[-1] if prefix.split() else ""
    return bool(_NAME_WORD.match(after) or _NAME_WORD.fullmatch(previous))
