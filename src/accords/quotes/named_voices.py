"""An unnamed voice that the next sentence names: the description's words are the named person's.

News copy often gives a speaker by a description first and names them one sentence later:

- the lede: "… cannot be resolved militarily, a senior Iranian lawmaker has said. | “…,” said
  Hossein Noushabadi, the head of …": the lawmaker of the lede is Noushabadi;
- a quote continued: "“…,” said the spokesman for the Iranian Foreign Ministry on October 8. |
  “…,” Saeed Khatibzadeh added.": "added" says the same speaker goes on, so the spokesman is
  Khatibzadeh.

The link holds only where the named person speaks in the very next sentence and is named there
for the first time (a person named before is someone else the text already knew), and either the
description opens the article in reported speech, indefinitely ("a senior lawmaker has said"), or the named
person's verb continues a speech ("added", "continued", "went on"). The description's later
quotes ("According to the lawmaker", "the spokesman said") are the person's too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from accords.model import Quote, Segment
from accords.quotes.groups import head_of, plural

#: Verbs that go on with what the same speaker said just before.
CONTINUING_CUES = frozenset("added adding continued continuing".split())
_WENT_ON = re.compile(r"(?i)^went on\b")
#: Heads of a description that stands for someone who may be named: a role or one person's noun.
_ANONYMOUS = frozenset("source sources".split())
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|de|van|von|bin|ibn|da|di|du)[-\s])?[A-Z][\w'’-]*)+")


def named_voices(text: str, quotes: Sequence[Quote], sentences: Sequence[Segment],
                 paragraph_of: Sequence[int]) -> list[Quote]:
    """The quotes with each unnamed singular voice that the next sentence names given that name."""
    order = sorted(range(len(quotes)), key=lambda i: _start(quotes[i]))
    renamed: dict[str, Quote] = {}  # a description → the named quote whose speaker it is
    for position, i in enumerate(order):
        quote = quotes[i]
        name = quote.speaker_name
        if name is None or name in renamed or not _described(name):
            continue
        here = _sentence(sentences, _start(quote))
        if here is not None and (named := _named_after(text, quote, quotes, order[position + 1:], sentences, here)):
            renamed[name] = named
            continue
        following = next((quotes[j] for j in order[position + 1:] if quotes[j].speaker_name != name), None)
        if here is None or following is None or following.speaker_name is None:
            continue
        there = _sentence(sentences, _start(following))
        if there != here + 1 or not _NAME.fullmatch(following.speaker_name):
            continue
        surname = following.speaker_name.split()[-1]
        first = re.search(rf"\b{re.escape(surname)}\b", text)
        if first is None or first.start() < sentences[there].start:
            continue  # a person named before: someone the text already knew, not the voice unnamed
        cue = following.cue or ""
        continuing = cue.lower() in CONTINUING_CUES or _WENT_ON.match(cue) is not None
        # (the lede's reported summary by a description of a person, no organisation's voice:
        # "“…,” said a Metrolinx spokesman. | “…,” said Nora Diaz, the union's treasurer" are two people)
        lede = (not quote.direct and name[:1].islower() and paragraph_of[here] == 0
                and _indefinite(text, sentences[here], name))
        if continuing or lede:
            renamed[name] = following
    if not renamed:
        return list(quotes)
    return [dataclasses.replace(q, speaker=renamed[q.speaker_name].speaker,
                                speaker_name=renamed[q.speaker_name].speaker_name,
                                confidence=min(q.confidence, 0.6))
            if q.speaker_name in renamed else q for q in quotes]


#: A description named in apposition at a sentence's opening: "The official, Alireza Enayati, who …".
_NAMED_HERE = re.compile(rf"\s*[Tt]he\s+[a-z]+,\s+(?P<name>{_NAME.pattern})\s*,")


def _named_after(text: str, quote: Quote, quotes: Sequence[Quote], later: Sequence[int],
                 sentences: Sequence[Segment], here: int) -> Quote | None:
    """ "A senior Iranian diplomat has said that … | The official, Alireza Enayati, who is …, spoke
    about … | “…,” Enayati said": an indefinite description that one of the next two sentences
    opens by naming in apposition, a person not named before, is the person whose quotes follow."""
    name = quote.speaker_name or ""
    if not _indefinite(text, sentences[here], name):
        return None
    for k in range(here + 1, min(here + 3, len(sentences))):
        match = _NAMED_HERE.match(text, sentences[k].start)
        if match is None:
            continue
        surname = match.group("name").split()[-1]
        first = re.search(rf"\b{re.escape(surname)}\b", text)
        if first is None or first.start() < sentences[k].start:
            return None  # a person named before: someone the text already knew
        return next((quotes[j] for j in later if (quotes[j].speaker_name or "").split()[-1:] == [surname]), None)
    return None


def _start(quote: Quote) -> int:
    return quote.evidence[0].start if quote.evidence else -1


def _sentence(sentences: Sequence[Segment], offset: int) -> int | None:
    return next((k for k, s in enumerate(sentences) if s.start <= offset < s.end), None)


def _described(name: str) -> bool:
    """Whether a speaker is one unnamed person described ("senior Iranian lawmaker", "diplomat")
    or an organisation's one voice ("Iranian Foreign Ministry spokesman"): no name of a person."""
    head = head_of(name)
    if not head or head in _ANONYMOUS or plural(head):
        return False
    if name[:1].islower() or name.split()[-1].islower():
        return True  # ("Iranian lawmaker": a nationality before a lower-case noun)
    return head in ("spokesman", "spokeswoman", "spokesperson", "official", "representative")


def _indefinite(text: str, sentence: Segment, name: str) -> bool:
    """Whether the sentence introduces the description with "a", "an" or "one"."""
    return re.search(rf"(?i)\b(?:an?|one)\s+{re.escape(name)}\b", text[sentence.start:sentence.end]) is not None
