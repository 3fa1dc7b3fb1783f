"""Whose office a "counterpart" holds (quotes: whom a title such as "the Azerbaijani president" means).

The entity stage gives a person introduced as someone's counterpart ("Iranian President Ebrahim
Raisi met with his Azerbaijani counterpart Ilham Aliyev") the title "counterpart", which names no
office. The office is the one of the person whose counterpart they are: the person named last
before "counterpart" in the same sentence (`counterpart_of`). Its title, without the words that
tie it to that person's country ("Iranian", "Iran's"), is the counterpart's title too
(`borrowed_titles`), so "the Azerbaijani president" later means Aliyev, and "Azerbaijan's foreign
minister" does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from accords.quotes.speakers import Reference

#: "counterpart" (or "counterparts") and up to three words after it before the name ("counterpart,
#: President Ilham Aliyev"), at the end of the stretch before a mention.
_COUNTERPART_BEFORE = re.compile(r"\bcounterparts?\b[,\s]*(?:[A-Z][\w.'’-]*\s+){0,3}$")
#: Where a sentence ends, looking back from a mention.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")


def is_counterpart_title(title: str) -> bool:
    """Whether a title is only "counterpart" with words before it ("his Azerbaijani counterpart")."""
    return title.split()[-1:] in (["counterpart"], ["counterparts"])


def counterpart_of(text: str, names: Sequence[Reference], entity_id: str, is_person: Callable[[str], bool]) -> list[str]:
    """The people whose counterpart the entity is: for each of its mentions right after
    "counterpart", the person named last before that word in the same sentence."""
    found: list[str] = []
    for ref in names:
        if ref.entity != entity_id:
            continue
        before = _COUNTERPART_BEFORE.search(text, max(0, ref.start - 60), ref.start)
        if before is None:
            continue
        stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, before.start() - 400), before.start())]
        opening = stops[-1] if stops else max(0, before.start() - 400)
        others = [r.entity for r in names if r.kind == "name" and r.entity not in (None, entity_id)
                  and opening <= r.start and r.end <= before.start() and is_person(r.entity)]
        if others and others[-1] is not None and others[-1] not in found:
            found.append(others[-1])
    return found


def borrowed_titles(titles: Sequence[str], country_words: Mapping[str, str]) -> list[str]:
    """The other person's titles as the counterpart's: without "counterpart" titles and without the
    country words that say whose office it is ("Iranian Foreign Minister" → "Foreign Minister")."""
    borrowed = []
    for title in titles:
        if is_counterpart_title(title):
            continue
        words = [w for w in title.split() if re.sub(r"['’]s?$", "", w) not in country_words]
        if words:
            borrowed.append(" ".join(words))
    return borrowed
