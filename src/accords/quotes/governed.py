"""Whether a name in a sentence is governed by a preposition (or a verb of greeting) rather than
standing as a subject: "in a meeting with Minister X", "the martyrdom of General Soleimani",
"Aliyev received X". `accords.quotes.speakers.People` asks it for a sentence's subject and for the
people named freely in it (whom "he" and "she" may mean next)."""

from __future__ import annotations

import re

from accords.quotes.titles import TITLE_AT_END, TITLE_HEAD_WORD

#: Words whose object a name is: it is no subject of the sentence.
PREPOSITIONS = frozenset(
    "with to of for on from by at in about between among than toward towards into over under against "
    "congratulated welcomed met received thanked invited".split()
)
#: Of those, the ones that govern a whole office written before a name ("with Iranian Transport and
#: Urban Development Minister Mehrdad Bazrpash"): never a place's "in" or "at" ("In Baku Minister X
#: said" has X as its subject), nor a word that also joins the words of a name ("Statement of
#: Alliance for Automotive Innovation President and CEO John Bozzella:", "Ambassador to Russia").
_OFFICE_GOVERNORS = frozenset("with by between among congratulated welcomed met received thanked invited".split())
_LAST_WORD = re.compile(r"([\w'’-]+)\W*$")
#: The capitalised words of an office before the words the title pattern matched ("Iranian
#: Transport and | Urban Development Minister"), joined by "and", "of", "the" or "&" only.
_OFFICE_WORDS_AT_END = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the|&))*\s+$")
#: How far before a name its governing word may be.
REACH = 90


def word_before(stretch: str) -> re.Match[str] | None:
    """The last word before a name, past a title written right before it ("martyrdom of General
    | Soleimani": "of"), so a name governed by a preposition is seen as such. Past an office of
    several capitalised words the governing word is taken only from `_OFFICE_GOVERNORS`."""
    title = TITLE_AT_END.search(stretch)
    if title is not None and title.group(0).strip()[:1].isupper():
        stretch = stretch[:title.start()]
        office = _OFFICE_WORDS_AT_END.search(stretch)
        if office is not None:
            word = _LAST_WORD.search(stretch[:office.start()])
            if word is not None and stretch[word.end(1):office.start()].strip() == "" and (
                    word.group(1).lower() in _OFFICE_GOVERNORS):
                return word
    return _LAST_WORD.search(stretch)


def governed(text: str, start: int, position: int) -> bool:
    """Whether the name at `position` is the object of a preposition or a verb of greeting, looking
    back no further than `start` (its sentence's start)."""
    before = word_before(text[max(start, position - REACH):position])
    return before is not None and before.group(1).lower() in PREPOSITIONS


#: A name between "the" and a lower-case noun modifies that noun ("the Brampton resident", "the Toronto man", "the
#: Ford aide"): it names no one who is the subject or speaks (the small model tags many such towns people).
_MODIFIER_BEFORE = re.compile(r"(?i)\b(?:the|this|that)\s+$")
#: (an office's head counts in any case: "the Oakville MP said", "the Toronto Mayor said": the holder speaks, not the town)
_NOUN_AFTER = re.compile(r"(?:(?:\s+[a-z][\w-]*){1,3}|(?:\s+[a-z][\w-]*){0,2}\s+(?i:" + TITLE_HEAD_WORD + r"))\W*$")
_NOUN_NEXT = re.compile(r"\s+[a-z][a-z-]*\b")
#: An office right after a name, in any case, that a person holds ("the Oakville MP", "the Toronto Mayor"); not an
#: organisation's voice ("the Kremlin spokesman", "the EU official": the body speaks through them).
_OFFICE_NEXT = re.compile(r"\s+(?i:" + "|".join(
    w for w in TITLE_HEAD_WORD.split("|") if w not in ("spokesman", "spokeswoman", "spokesperson", "representative", "official",
                                                         "diplomat", "head", "chief", "ceo", "manager", "director", "founder")) + r")\b")


def modifies_a_noun(text: str, start: int, end: int, limit: int | None = None) -> bool:
    """Whether the name text[start:end] stands between "the" and a lower-case noun: up to `limit` (a subject's end)
    nothing but one to three lower-case words follow it; with no limit, a lower-case word follows right after."""
    if _MODIFIER_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    if limit is not None:
        return _NOUN_AFTER.fullmatch(text, end, limit) is not None
    return _NOUN_NEXT.match(text, end) is not None and not re.match(r"\s+(?:said|says|told|added)\b", text[end:end + 12])


def modifies_an_office(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] (a town or a body the small model tagged) stands between "the" and a
    person's office: "the Oakville MP said", "the Toronto Mayor said" (the holder speaks, or no one named)."""
    return _MODIFIER_BEFORE.search(text, max(0, start - 6), start) is not None and _OFFICE_NEXT.match(text, end) is not None
