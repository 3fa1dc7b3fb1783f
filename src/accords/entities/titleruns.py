"""People named at the end of a long capitalised title, as delegation lists and joint statements
write them: "Deputy Secretary of State for Management and Resources Richard Verma,", "Deputy
National Security Advisor for Cyber and Emerging Technology Anne Neuberger of the United States",
"Deputy Secretary Cyber and Infrastructure Security Hamish Hansford of Australia's ...".

The small model runs such a name into an organisation ("State for Management and Resources
Richard Verma"), tags a portfolio word a person ("Cyber") or leaves the name untagged;
`accords.entities.people.titled_people` only reads a name straight after a title head or a short
portfolio. Here the name is the last two capitalised words (a middle initial allowed) before a
comma, "of", a dash, a full stop or a line's end, after a portfolio word, inside a run of
capitalised words that holds a title head.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import (
    CALENDAR_WORDS, DOCUMENT_HEADS, EVENT_HEADS, HONORIFICS, NAME_PARTICLES, ORG_HEADS, POLITY_WORDS, PROJECT_HEADS,
    TITLE_HEADS, TITLE_WORDS,
)
from accords.entities.people import refine_person
from accords.entities.rosters import BODY_HEADS
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import place_country
from accords.gazetteer.portfolios import PORTFOLIO_WORDS

#: Words of US and allied portfolios that end a title before the name and are no given names
#: ("Director of National Intelligence Avril Haines", "for Arms Control Bonnie Jenkins").
OFFICE_WORDS = PORTFOLIO_WORDS | frozenset({
    "intelligence", "policy", "control", "arms", "operations", "staff", "strategy", "enforcement", "space",
    "cyber", "veterans", "homeland", "engagement", "programs", "programmes", "markets", "competitiveness",
    "hemisphere", "counterterrorism", "nonproliferation", "proliferation", "oceans", "diplomacy", "budget",
    "legislative", "outreach", "governance", "technology", "counternarcotics", "narcotics", "rights", "negotiations",
})

#: A body's head noun is no name word either ("Chief Executive Officer, National Skills Coalition": no person).
_STOP = (PORTFOLIO_WORDS | OFFICE_WORDS | TITLE_WORDS | TITLE_HEADS | BODY_HEADS | EVENT_HEADS | PROJECT_HEADS
         | DOCUMENT_HEADS | HONORIFICS | POLITY_WORDS | CALENDAR_WORDS | NAME_PARTICLES)

#: What may follow the name: a comma, "of <country>", a dash, a full stop, a bracket, "and" the
#: next member of the list.
_AFTER = frozenset({",", ".", ";", ":", "(", "\u2013", "\u2014", "-", "of", "and", "from"})

#: Words that may sit inside a title between capitalised words ("Secretary of State for ...").
_TITLE_GLUE = frozenset({"of", "for", "and", "the", "&", ",", "to", "at", "on"})

_WORD = re.compile(r"[A-Z][a-zà-ÿ\u0100-\u017f'’]+(?:-[A-Z][a-zà-ÿ\u0100-\u017f'’]+)*$")
_INITIAL = re.compile(r"[A-Z]\.$")

#: The longest title run looked at, in tokens.
_MAX_RUN = 18


@dataclass(frozen=True)
class TitledName:
    """A person found at the end of a title: the candidate and the token where the title starts."""

    person: Candidate
    title_start: int


def _words_before(doc: Doc, end: int) -> list[tuple[int, int, str]]:
    """Up to three whitespace-separated words ending at token `end` (exclusive), last first:
    (start, end, text); tokens joined without a space ("Schwarzelühr-Sutter") are one word."""
    words: list[tuple[int, int, str]] = []
    i = end
    while i > 0 and len(words) < 3:
        j = i - 1
        if doc[j].is_space:
            break
        while j > 0 and doc[j - 1].whitespace_ == "" and not doc[j - 1].is_space:
            j -= 1
        words.append((j, i, doc[j:i].text))
        i = j
        while i > 0 and doc[i - 1].is_space and "\n\n" not in doc[i - 1].text:
            i -= 1  # a wrapped line inside the name
    return words


def _name_word(text: str) -> bool:
    return bool(_WORD.match(text)) and not text.endswith(("'s", "’s")) and all(part.lower() not in _STOP for part in text.split("-")) \
        and country_by_alias(text) is None and place_country(text) is None


def _before(doc: Doc, i: int) -> int:
    """The token before token i, past a line's wrap (-1 at the start)."""
    before = i - 1
    while before >= 0 and doc[before].is_space and "\n\n" not in doc[before].text:
        before -= 1
    return before


def _title_ends(doc: Doc, i: int) -> bool:
    """Token i can end a title before a name: an office word, or the country of "... of Ukraine" ("Deputy Prime
    Minister for Restoration of Ukraine Oleksandr Kubrakov")."""
    if i < 0:
        return False
    if _office_word(doc[i]):
        return True
    hit = country_by_alias(doc[i].text)  # on the name's line: a roster's "Former President of Chile" ends its line
    return (hit is not None and hit[1] == "name" and i > 0 and doc[i - 1].lower_ == "of" and i + 1 < len(doc)
            and not doc[i + 1].is_space and "\n" not in doc[i].whitespace_)


def _office_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.lower_ in OFFICE_WORDS


def _title_start(doc: Doc, i: int) -> int | None:
    """Walk left from token `i` (an office word) over the capitalised run of a title; the index
    of its first title head ("Deputy", "Secretary", "Advisor"), or None when the run holds none."""
    start = None
    k = i
    while k >= 0 and i - k < _MAX_RUN:
        t = doc[k]
        if t.is_space:
            if "\n\n" in t.text:
                break
        elif t.lower_ in _TITLE_GLUE or t.text in ("U.S.", "US"):
            if t.lower_ in (",", "and") and k > 0 and _ends_a_name(doc[k - 1]):
                break  # "Minister Ali Rabiei, | Georgian Minister of ...": the previous person's name
        elif t.text[:1].isupper() and (t.is_alpha or "-" in t.text):
            if t.lower_ in TITLE_HEADS:
                start = k
        else:
            break
        k -= 1
    return start


def _ends_a_name(token: Token) -> bool:
    """A capitalised word before a comma or "and" that is no word of a title or portfolio."""
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in _STOP


def people_ending_titles(doc: Doc) -> list[TitledName]:
    """The people named right after a long title (see the module docstring)."""
    found: list[TitledName] = []
    n = len(doc)
    for end in range(2, n + 1):
        if end < n and not (doc[end].lower_ in _AFTER or (doc[end].is_space and "\n" in doc[end].text)):
            continue
        if doc[end - 1].is_space or doc[end - 1].is_punct or (
                end < n and doc[end].text == "-" and doc[end - 1].whitespace_ == ""):
            continue  # "Schwarzelühr-Sutter": a hyphen inside the name ends nothing
        words = _words_before(doc, end)
        if len(words) < 2:
            continue
        surname, given = words[0], words[1]
        start = given[0]
        if _INITIAL.match(given[2]) and len(words) == 3:  # "Antony J. Blinken"
            given = words[2]
            start = given[0]
        if not (_name_word(surname[2]) and _name_word(given[2])):
            continue
        if doc[start].ent_type_ in ("GPE", "LOC", "DATE", "NORP", "FAC"):
            continue
        before = _before(doc, start)
        if not _title_ends(doc, before) and len(words) == 3 and _name_word(words[2][2]) \
                and _title_ends(doc, _before(doc, words[2][0])):
            start = words[2][0]  # "... Enlargement Negotiations | Gert Jan Koopman": a name of three words
            before = _before(doc, start)
        if not _title_ends(doc, before):
            continue
        title_start = _title_start(doc, before)
        if title_start is None:
            continue
        cand = Candidate(start, end, "PERSON", doc[start:end].text, PATTERN, source="pattern:title-run")
        refined = refine_person(doc, cand)
        if refined is None or refined.start != start or refined.end != end:
            continue
        title = " ".join(doc[title_start:start].text.split())
        ending = None if _office_word(doc[before]) else country_by_alias(doc[before].text)
        if refined.country is None and ending is not None:  # "... of Ukraine": the title's country
            refined = dataclasses.replace(refined, country=ending[0])
        found.append(TitledName(dataclasses.replace(refined, title=title, priority=PATTERN,
                                                    name=" ".join(refined.name.split()),
                                                    source="pattern:title-run"), title_start))
    return found


def without_title_words(doc: Doc, candidates: list[Candidate], titled: list[TitledName]) -> list[Candidate]:
    """The small model's spans inside the title before a person found here are title words, not
    names ("Cyber" tagged a person); an organisation it ran into the name ends where the name
    starts ("Ministry for Environment, ... Nuclear Safety | Rita Schwarzelühr-Sutter") and is kept
    only when what is left holds the head noun of a body."""
    if not titled:
        return candidates
    kept: list[Candidate] = []
    for cand in candidates:
        outside = _outside_titles(doc, cand, titled) \
            if cand.source != "pattern:title-run" and cand.priority <= PATTERN else cand
        if outside is not None:
            kept.append(outside)
    return kept


def _outside_titles(doc: Doc, cand: Candidate, titled: list[TitledName]) -> Candidate | None:
    """`cand` without the words of a title found here; None when nothing of it is left."""
    for t in titled:
        p = t.person
        if cand.type == "PERSON" and t.title_start <= cand.start and cand.end <= p.start:
            return None  # a title word the model took for a name
        if cand.start < p.start < cand.end <= p.end:
            end = p.start
            while end > cand.start and (doc[end - 1].is_space or doc[end - 1].is_punct):
                end -= 1
            if cand.type != "ORG" or not any(t.lower_ in ORG_HEADS for t in doc[cand.start:end]):
                return None  # what is left is title words
            cand = dataclasses.replace(cand, end=end, name=doc[cand.start:end].text)
    return cand
