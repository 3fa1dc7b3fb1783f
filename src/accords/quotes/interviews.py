"""Interviews: whose words a newspaper's own interview prints (quotes: who said what).

An outlet that interviews one person introduces them with its own name as the hearer ("“…,”
Ahmad Shahidov tells the Tehran Times.", "… told Azernews") and then prints the exchange ("The
following is the text of the interview: Q: … A: …"). In such an article the quoted words that no
reporting clause gives to anyone ("“Iran-Azerbaijan relations continue to develop. …”" set after a
sentence about Biden, a display line inside an answer) and a reporting clause whose subject
describes a person without naming one ("the American analyst notes", "according to the Syrian
politician") are the interviewee's: the one voice of the piece, not whoever the sentence before
named, and never the newspaper itself, which only asks the questions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.model import Quote, Segment
from accords.quotes.groups import PEOPLE_NOUNS

#: The printed exchange of an interview: "Following is the text of the interview:", or a question
#: marked "Q:" answered by one marked "A:".
TRANSCRIPT = re.compile(r"\btext of (?:the|this|an|our) interview\b|(?:^|\s)Q:\s.{10,}?\sA:\s", re.IGNORECASE | re.DOTALL)
#: The outlet as the hearer of its interviewee's words: "tells the Tehran Times", "told Azernews".
_TELLS = re.compile(r"[\s,”\"’']*(?:[^.”\"“]{0,120}?)\b(?:tells|told)\s+(?:the\s+)?(?P<hearer>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def interviewee(text: str, source: str | None, quotes: Sequence[Quote]) -> Quote | None:
    """The first direct quote told to the article's own outlet by a named person, in an article
    that prints an interview (`TRANSCRIPT`): its speaker is the interviewee. The hearer must be
    the outlet the article comes from (`source`, "Tehran Times"), else (no source known) any
    name, the transcript saying the interview is the outlet's."""
    if TRANSCRIPT.search(text) is None:
        return None
    for quote in quotes:
        if not quote.direct or quote.cue not in ("tells", "told") or quote.speaker_name is None or not quote.evidence:
            continue
        told = _TELLS.match(text, quote.evidence[-1].end)
        if told is not None and (source is None or _outlet(told.group("hearer")) == _outlet(source)):
            return quote
    return None


def _outlet(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).casefold()


#: Right after a quote, a subject that describes one person with no name, as the definite
#: description or bare noun phrase of someone already known: "“…,” the American analyst notes.",
#: "“…,” according to the Syrian politician." (never "a …": someone new).
_DESCRIPTION_AFTER = re.compile(
    r"[\s,”\"’']*(?:according\s+to\s+)?(?:the\s+)?(?P<words>(?:[\w-]+\s+){0,3}?)(?P<head>[a-z]+)\b(?:\s+[a-z]+)?\s*[.,;]")
_INDEFINITE = frozenset("a an one another some".split())


def describes_interviewee(text: str, after: int, subject: tuple[int, int] | None, head: str) -> bool:
    """Whether the subject of a quote's reporting clause describes the one person an interview is
    with rather than naming anyone: the parse's subject (its `head` a singular noun for a person,
    `PEOPLE_NOUNS`, its words no indefinite article: "ANKASAM international relations expert
    argues that “…”"), else the words right after the quote (`after`: "…,” the American analyst
    notes.")."""
    if subject is not None:
        words = text[subject[0]:subject[1]].split()
        return head in PEOPLE_NOUNS and bool(words) and words[0].lower() not in _INDEFINITE
    found = _DESCRIPTION_AFTER.match(text, after)
    if found is None or found.group("head") not in PEOPLE_NOUNS:
        return False
    return not any(w.lower() in _INDEFINITE for w in found.group("words").split())


#: A question of the interview right after a quote ("… in 1975."Q: Do you think …"): the quote is
#: a display line glued to the question, which reports nothing of it.
_QUESTION_NEXT = re.compile(r"[\s.”\"’']*Q:\s")


def before_question(text: str, after: int) -> bool:
    """Whether the quote ending at `after` is followed right away by an interview's question."""
    return _QUESTION_NEXT.match(text, after) is not None


def not_the_outlet(text: str, source: str | None, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes less those given to the outlet itself in an article printing its own interview
    (`TRANSCRIPT`): the paper asks, it says nothing there ("Tehran declared" in a question read as
    the Tehran Times)."""
    if source is None or TRANSCRIPT.search(text) is None:
        return list(quotes)
    return [q for q in quotes if q.speaker_name is None or _outlet(q.speaker_name) != _outlet(source)]


def other_voice_in(found: Sequence[Quote], sentence: Segment, told: Quote) -> bool:
    """Whether `sentence` (the one before a quote) holds a direct quote of someone other than the
    interviewee (`told`'s speaker): words in marks right after it carry that voice on ("“…,”
    Erdogan said on Monday. “Turkey is a free nation.”")."""
    return any(q.direct and q.speaker_name != told.speaker_name and q.evidence
               and sentence.start <= q.evidence[-1].end <= sentence.end + 1 for q in found[-3:])
