"""The person a title phrase opening a sentence names (issue #14: "titles and roles resolved to
the person named").

`TITLE` reads "Chief Secretary to the Cabinet Alan Morven criticised the bill" as two titles,
"Chief" and "Secretary", neither touching the name: the sentence's subject was then taken for
the title alone, which `accords.quotes.speakers.People.by_title` gives to whoever spoke last, so
the "he said" after it went to the wrong person. A title's words run on (capitalised words and
the small words of an office, "to the", "of") up to the name that ends them; `name_after_title`
finds where that name starts; `appositive_titles` reads the titles written beside a name.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from accords.quotes.given_names import gender_of_given_name
from accords.quotes.titles import TITLE, TITLE_AT_END
from accords.quotes.verbs import speech_verb_next

#: A word of an office's run: a capitalised word, or one of the small words an office holds.
_WORD = re.compile(r"\s+([A-Z][\w'’.-]*|of|to|the|for|and|on|at|in)(?=[\s,])")
#: What ends the run after a name: a comma, or a lower-case word (the verb).
_AFTER = re.compile(r",|\s+[a-z]")
#: Honorifics that open a name as a given name does ("Former Labour MP | Lord Janner").
_HONORIFICS = frozenset("Lord Sir Dame Lady Baroness Mr Mrs Ms Dr".split())
#: How far after a title its name may begin.
_REACH = 60


def name_after_title(text: str, title_end: int, end: int) -> tuple[int, int] | None:
    """The span of the person's name that ends the office a title begins, the office's words
    running on from `title_end` ("… Secretary to the Cabinet Alan Morven"), within
    text[:end]: the last two or three capitalised words of the run, from a known given name or
    an honorific,
    at most `_REACH` characters on, before a verb or comma. None where no such name ends the
    office (an office alone: "the Chief Secretary said")."""
    words: list[tuple[int, int]] = []
    at = title_end
    while at < end and (match := _WORD.match(text, at, end)) is not None:
        words.append(match.span(1))
        at = match.end(1)
    if not words or _AFTER.match(text, at, end) is None:
        return None
    tail = words[-3:]
    for index, (start, stop) in enumerate(tail[:-1]):
        word = text[start:stop]
        if start - title_end > _REACH or not all(text[s:e][:1].isupper() for s, e in tail[index:]):
            continue
        if gender_of_given_name(word) is not None or (word.rstrip(".") in _HONORIFICS and index < len(tail) - 1):
            return start, tail[-1][1]
    return None


def appositive_titles(text: str, names: Sequence[tuple[int, int]]) -> list[str]:
    """Titles written next to a person's name (its mentions' spans): "Ilham Aliyev, the President
    of Azerbaijan Republic", "ICT Minister Azari Jahromi", "... appointment as the Minister of ...".
    """
    titles = []
    for start, end in names:
        after = text[end:end + 120].split("\n")[0]
        match = re.match(r"\s*,\s*(?:the\s+|an?\s+)?|\s+(?:\w+\s+){0,4}?as\s+(?:the\s+|an?\s+)?", after)
        if match:
            title = TITLE.match(after, match.end())
            if title and not speech_verb_next(after, title.end()):
                # (but "… talks with Biden, the official said": the official's clause)
                titles.append(title.group(0))
        before = text[max(0, start - 60):start].split("\n")[-1]
        title = TITLE_AT_END.search(before)
        if title:
            titles.append(title.group(0))
    return titles
