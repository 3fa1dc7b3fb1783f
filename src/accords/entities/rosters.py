"""People listed one per line with their titles after a comma, as White House delegation and
participant lists write them (moved out of `accords.entities.people`, which reads a person's
name, title and country; this module only finds the roster lines), and the bodies such a line
names after the title ("- Latosha Brown, Co-Founder, Black Voters Matter": an ORG, as the gold
of wh_20210716-harris-black-women-leaders-voting-rights lists every one)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import CALENDAR_WORDS, COMPANY_SUFFIXES, HONORIFICS, ORG_HEADS, TITLE_WORDS
from accords.gazetteer import us_states
from accords.entities.lists import NOTHING
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


def _paragraph_start(doc: Doc, i: int) -> bool:
    """Whether token i opens a paragraph: a blank line (or the text's start) before it, as a roster that
    writes each person on a line of its own between blank lines has ("Participants ... included:")."""
    k = i - 1
    gap = ""
    while k >= 0 and doc[k].is_space:
        gap = doc[k].text_with_ws + gap
        k -= 1
    return k < 0 or (doc[k].whitespace_ + gap).count("\n") >= 2


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
    office follow (`_apposition`). The small model often tags none of them. In a roster of three
    bulleted lines or more (or of lines between blank lines), the bodies each line names after the title too
    (`_bodies`)."""
    found: list[Candidate] = []
    bulleted: list[int] = []  # where the title starts on each bulleted line of a name and a comma
    n = len(doc)
    for i in range(n):
        if not _line_start(doc, i) or doc[i].is_space:
            continue
        start = i + 1 if doc[i].text in _BULLETS else _after_dateline(doc, i)
        while start < n and start > i and doc[start].is_space and "\n" not in doc[start].text:
            start += 1  # "-   Barbara Anriwine, Founder, ...": the bullet's indent
        if start > i and doc[start].lower_.rstrip(".") in HONORIFICS:
            start += 1  # "-   Dr. Johnnetta B. Cole, ...": the honorific, for the roster's bodies only
        end = start
        while end < n and end - start < 4 and _roster_word(doc[end]) and not doc[end].is_space:
            end += 1
        if not 2 <= end - start <= 4 or end >= n or doc[end].text != "," \
                or doc[start].tag_ in _FUNCTION_TAGS or any(t.lower_ in CALENDAR_WORDS for t in doc[start:end]):
            continue  # not "In August, President ...", "Throughout Earth Week, ..."
        if doc[i].text in _BULLETS or _paragraph_start(doc, i):
            bulleted.append(end + 1)  # a bulleted line, or a line of its own ("Brendan Bechtel, CEO, Bechtel")
        if _apposition(doc, end)[0] is None or doc[start - 1].lower_.rstrip(".") in HONORIFICS:
            continue
        person = refine_person(doc, Candidate(start, end, "PERSON", doc[start:end].text, PATTERN,
                                              source="pattern:roster"))
        if person is not None:
            found.append(person)
    if len(bulleted) >= 3:
        found.extend(body for title in bulleted for body in _bodies(doc, title))
    return found


#: Words of a roster line's titles besides `TITLE_WORDS` ("Adjunct Professor", "Political Strategist",
#: "Former First Lady of ...", "Co-Convenor"): a part of the line holding one is no body.
_ROSTER_TITLES = frozenset({
    "lady", "convener", "convenor", "organizer", "organiser", "strategist", "advocate", "professor", "author",
    "intern", "member", "esq", "supervisor", "executive", "attorney", "partner", "fellow", "pastor", "associate",
    "treasurer", "trustee", "editor", "consultant", "analyst", "activist", "student", "former", "senior",
})
#: Head nouns of the bodies rosters name besides `ORG_HEADS` ("Transformative Justice Coalition").
BODY_HEADS = ORG_HEADS | {"coalition", "roundtable", "collective", "alliance", "caucus", "society", "league",
                           "network", "initiative", "project", "partnership", "trust", "club", "commission"}
#: Small words inside a body's name ("National Coalition on Black Civic Participation").
_NAME_GLUE = frozenset({"of", "for", "on", "the", "and", "in", "to", "at", "with"})
#: Marks that end the item's text: a note ("*(Virtual)*", "(Chicago, IL)") or a clause.
_ITEM_STOPS = frozenset({"(", "*", ";", "[", ")", "."})
#: Marks between the parts of a line: titles and bodies ("Founder, Power Rising", "HBCU Green
#: Fund/Clayton County Black Women’s Roundtable"); an ampersand parts a title from a body only
#: ("National Coalition on Black Civic Participation & Convener"), not a body's own words
#: ("Disability Rights Education & Defense Fund").
_PART_MARKS = frozenset({",", "/"})


def _item_end(doc: Doc, i: int) -> int:
    """Where the list item whose text goes on at token `i` ends: a note, a paragraph break, the next bullet."""
    n = len(doc)
    while i < n:
        token = doc[i]
        if (token.text in _ITEM_STOPS and not (token.text == "." and i + 1 < n and doc[i + 1].text == ",")) \
                or "\n\n" in token.text_with_ws:  # not "Janice Mathis, Esq., ..."
            return i + (0 if token.text in _ITEM_STOPS or token.is_space else 1)
        if ("\n" in token.text or "\n" in token.whitespace_) and i + 1 < n and doc[i + 1].text in _BULLETS:
            return i if token.is_space else i + 1
        i += 1
    return n


def _body_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are a body's name: one to eight capitalised words (small words
    between), no title word, no place alone."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not 1 <= len(words) <= 8 or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
        return False
    if all(t.lower_ in COMPANY_SUFFIXES or (t.text.endswith(".") and len(t.text) <= 4) for t in words):
        return False  # "Coastal Enterprises, Inc.": the suffix alone; "Washington, D.C."
    for t in words:
        if _title_word(t) or t.like_num:
            return False
        if not (t.text[:1].isupper() or t.lower_ in _NAME_GLUE or t.tag_ == "POS"):
            return False
    text = " ".join(doc[start:end].text.split())
    return not _is_place(text) and text not in us_states.US_STATES


def _title_word(token: Token) -> bool:
    lower = token.lower_.rstrip(".").removeprefix("co-")
    return lower in TITLE_WORDS or lower in _ROSTER_TITLES or lower in HONORIFICS


def _bare_title(doc: Doc, start: int, end: int) -> bool:
    """Whether a part of a roster line is a short title alone: one to three words, the last a title word,
    none a body's head noun or a place ("Political Strategist", "Co-Convenor"; not "Maryland Health Secretary",
    "World Bank President", "Senior Partner Emeritus at Boston Consulting Group")."""
    words = [t for t in doc[start:end] if not t.is_space and not t.is_punct]
    return 1 <= len(words) <= 3 and _title_word(words[-1]) and not any(
        t.lower_ in BODY_HEADS or _is_place(t.text) or t.text in us_states.US_STATES for t in words)


def _split_at_ampersand(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) parted at an ampersand where a side holds a title word ("... Participation & Convener")."""
    for k in range(start, end):
        if doc[k].text == "&" and (any(_title_word(t) for t in doc[start:k]) or any(_title_word(t) for t in doc[k + 1:end])):
            return [(start, k), *_split_at_ampersand(doc, k + 1, end)]
    return [(start, end)]


def _bodies(doc: Doc, start: int) -> list[Candidate]:
    """The bodies of a roster line after its person's name and comma (see the module docstring): the
    parts after the first (the title), split at commas, slashes and ampersands, that are a body's name
    (`_body_name`) and hold a body's head noun or end the line ("Win With Black Women Collective"); and
    a NOTHING candidate (`accords.entities.lists`) on each part that is a short title alone (`_bare_title`),
    so that no recogniser's body or person stands on it ("Political Strategist", "Adjunct Professor")."""
    end = _item_end(doc, start)
    parts: list[tuple[int, int, bool]] = []  # (start, end, after the line's last comma)
    last_comma = max((k for k in range(start, end) if doc[k].text == ","), default=start - 1)
    k = start
    for i in range(start, end + 1):
        if i == end or doc[i].text in _PART_MARKS:
            s, e = k, i
            while s < e and doc[s].is_space:
                s += 1
            while e > s and doc[e - 1].is_space:
                e -= 1
            parts.extend((a, b, a > last_comma) for a, b in _split_at_ampersand(doc, s, e) if b > a)
            k = i + 1
    found = [Candidate(s, e, NOTHING, doc[s:e].text, PATTERN, source="pattern:roster-title")
             for s, e, _ in parts if _bare_title(doc, s, e)]  # "Political Strategist": a title, no body
    for s, e, final in parts[1:]:  # the first part is the person's title
        if _body_name(doc, s, e) and (final or any(t.lower_ in BODY_HEADS for t in doc[s:e])):
            name = " ".join(re.split(r"[*(]", doc[s:e].text)[0].split())  # "Women*(Virtual": a note glued on
            found.append(Candidate(s, e, "ORG", name, PATTERN, source="pattern:roster-body"))
    return found
