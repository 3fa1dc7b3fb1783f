"""People listed one per line with their titles after a comma, as White House delegation and
participant lists write them (moved out of `accords.entities.people`, which reads a person's
name, title and country; this module only finds the roster lines)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import CALENDAR_WORDS, HONORIFICS, ORG_HEADS, TITLE_WORDS
from accords.entities.people import _apposition, _is_place, refine_person
from accords.gazetteer.portfolios import PORTFOLIO_WORDS


#: Tags of a line's first word that open a clause, not a name ("In August", "Since March").
_FUNCTION_TAGS = frozenset({"IN", "DT", "RB", "CC", "PRP", "PRP$", "WRB", "TO"})

#: Marks that open a list item ("- Carolina Young, Chief Economic Advisor, ...").
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014"})


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _roster_word(token: Token) -> bool:
    """A name word of a roster line: capitalised, alphabetic or hyphenated inside ("Abu-Bakr");
    not the dateline glued to its dash that may open an article ("TEHRAN- Mahmoud Vaezi, ...")."""
    lower = token.lower_
    return ((token.is_alpha or "-" in token.text.strip("-") or (len(token.text) == 2 and token.text.endswith(".")))
            and token.text[:1].isupper() and lower not in TITLE_WORDS and lower not in ORG_HEADS
            and lower not in PORTFOLIO_WORDS and lower.rstrip(".") not in HONORIFICS and not _is_place(token.text))


def _after_dateline(doc: Doc, i: int) -> int:
    """Where a line's text starts past a dateline in capitals and its dash ("TEHRAN - Mohsen Pakaeen, Iran's
    ex-ambassador to Baku, has said ..."): the name opens the story as it opens a roster line."""
    k = i
    while k < len(doc) and k - i < 3 and doc[k].is_alpha and doc[k].is_upper and len(doc[k].text) > 1:
        k += 1
    if k > i and k < len(doc) and doc[k].text.strip() in ("-", "\u2013", "\u2014") and k + 1 < len(doc):
        return k + 1
    return i


def listed_people(doc: Doc) -> list[Candidate]:
    """People listed one per line with their titles after a comma, as White House delegation and
    participant lists write them ("- Carolina Young, Chief Economic Advisor, Office of the Vice
    President"): two to four name words open the line (after a bullet), a comma and a title of
    office follow (`_apposition`). The small model often tags none of them."""
    found: list[Candidate] = []
    n = len(doc)
    for i in range(n):
        if not _line_start(doc, i) or doc[i].is_space:
            continue
        start = i + 1 if doc[i].text in _BULLETS else _after_dateline(doc, i)
        end = start
        while end < n and end - start < 4 and _roster_word(doc[end]) and not doc[end].is_space:
            end += 1
        if not 2 <= end - start <= 4 or end >= n or doc[end].text != "," or _apposition(doc, end)[0] is None \
                or doc[start].tag_ in _FUNCTION_TAGS or any(t.lower_ in CALENDAR_WORDS for t in doc[start:end]):
            continue  # not "In August, President ...", "Throughout Earth Week, ..."
        person = refine_person(doc, Candidate(start, end, "PERSON", doc[start:end].text, PATTERN,
                                              source="pattern:roster"))
        if person is not None:
            found.append(person)
    return found
