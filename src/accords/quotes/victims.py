"""People the article reports killed, whom a later role noun does not mean (issue #14: titles
resolved to the holder spoken of).

"… in the aftermath of the U.S. assassination of Iranian commander Lieutenant General Qassem
Soleimani …" and then "For his part, the top Iranian commander denounced …": the commander who
speaks is the living one in the conversation (the chief of staff named before), not the man
whose killing the article reports, though only his mention carries the word "commander". A
person is taken as killed where a noun or verb of killing governs the name directly, its titles
between ("the assassination of Iranian commander … Soleimani", "martyred General X"). Only
title phrases ("the commander said") skip such a person: a name still names them ("Soleimani
once said") and a pronoun still takes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A killing that governs the name after it: the noun with "of", or the participle before it.
_KILLING = re.compile(
    r"\b(?:(?:assassination|martyrdom|killing|murder|execution)\s+of|assassinated|martyred|slain|murdered)"
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w.'’-]*|(?!(?:by|in|at|on|and|or|with|from|for|to|against|as|after|before)\b)[a-z]+)\s+){0,6}$"
)
#: How far before a name the killing word may stand (its titles between).
_REACH = 90


def killed_people(text: str, mentions: Iterable[tuple[int, int, str]]) -> frozenset[str]:
    """The entity ids (of `mentions`, each (start, end, entity id)) that some mention shows
    killed: a word of killing right before the name, only its titles between."""
    killed = set()
    for start, _end, entity_id in mentions:
        before = text[max(0, start - _REACH):start].split("\n")[-1]
        match = _KILLING.search(before)
        if match and not re.search(r"[,;:.]", before[match.start():]):
            killed.add(entity_id)
    return frozenset(killed)
