"""Bodies named only inside a person's title: part of the title, no organisation of their own.

The gold's convention (tests/gold/README.md, eighth to eleventh sessions): "an office inside a
person's title ('member of the Iranian Parliament's National Security and Foreign Policy
Committee', 'Assistant Secretary ... at the Department of Homeland Security') is part of the
title, not an ORG". Two shapes carry a body inside a title that belongs to a named person:

- a title, then the body after "of|for|at|to [the]", then the name: "U.S. Secretary of the
  Department of Health and Human Services, Xavier Becerra", "Director of the Office of the
  Foreign Affairs Commission, and Foreign Minister Wang Yi";
- the name, a comma, then the title with the body: "Blas Nunez-Neto, Assistant Secretary for
  Border and Immigration Policy at the Department of Homeland Security".

The title must be capitalised ("Secretary of", not "the spokesman for"). A body before its title
("Turkey's Digital Transformation Office President Ali Taha Koch", "White House Social Secretary,
Carlos Elizondo") stays an organisation: the reference seed lists the office of "Digital
Transformation Office President", and the other gold files list "National Security Council Senior
Director" and "European Commission Director-General" bodies too.

A body is dropped only when every mention of it is inside a title: one named on its own
elsewhere ("the White House hosted ...") stays an organisation.

In the White House's own texts, the White House before a staff title is the exception to the
body-before-title rule: "White House Domestic Policy Advisor Neera Tanden", "White House Coordinator for
the Middle East and North Africa Brett McGurk", "White House Social Secretary, Carlos Elizondo" are the
publisher's own staff, and the gold lists no White House for a White House text that names it only so
(seventeenth session: four files of the dev gold); named acting or as a place ("the White House
hosted", "at the White House") it stays (`staff_title_front`). In other outlets' texts the White House
is a third party, and the web news gold lists it wherever its press secretary is named.

A world region named only inside a person's title is no entity either (tests/gold/README.md, thirty-first
session, ent48): "White House Coordinator for the Middle East and North Africa Brett McGurk", "Senior
Director for the Western Hemisphere at the National Security Council Juan Gonzalez" (`place_in_title`,
`region_name`); the town of a mayor's title stays a place ("Mayor of Tucson, Arizona, Regina Romero").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from accords.entities.lexicon import REGION_PARTS, TITLE_HEADS
from accords.gazetteer import us_states

#: Title nouns besides `TITLE_HEADS` that end a title before its body ("Politburo Member").
_MORE_TITLE_HEADS = frozenset({"member", "administrator", "secretary", "spokesman", "spokeswoman", "staffer",
                               "aide", "chairman", "co-chair", "undersecretary", "under-secretary"})
_HEADS = TITLE_HEADS | _MORE_TITLE_HEADS
#: Small words inside a title phrase ("Chair of the ...", "Assistant to the President and ...").
_GLUE = frozenset({"of", "for", "at", "to", "the", "and", "&", "on", "-", "’s", "'s"})
#: The prepositions that put a body after a title.
_LINKS = frozenset({"of", "for", "at", "to"})
#: Words that make a body an office of a government, legislature or party: only these are read as part
#: of a title. Companies, associations, agencies, chambers, banks and international organisations named
#: in a title stay organisations (the gold lists them: "Chairman of the Azerbaijan Tourism Association",
#: "Secretary General of CARICOM", "the president of the Federal Reserve Bank of New York").
_OFFICE_WORDS = frozenset({"department", "office", "administration", "caucus", "command", "commission",
                           "secretariat", "party", "committee", "council", "house"})
#: How far a title phrase may run from the body to the name.
_REACH = 24


#: The President's office, whose name opens the titles of his staff ("White House Press Secretary").
_STAFF_OFFICES = frozenset({"white house"})
#: Title nouns of a staff title after the office ("... Senior Advisor", "... Counsel").
_STAFF_HEADS = _HEADS | {"counsel", "adviser", "advisor", "coordinator", "czar"}


def published_by_white_house(source: str | None, url: str | None) -> bool:
    """Whether a text is the White House's own (its briefing room, by name or web domain)."""
    return bool((source and "white house" in source.lower()) or (url and "whitehouse" in url.lower()))


def staff_title_front(doc: Doc, name: str, end: int) -> bool:
    """Whether the office `name`, ending at token `end`, opens a staff title: "White House
    Domestic Policy Advisor", "White House Coordinator for ...": capitalised words (with "and",
    "of", "for", "the" between them) right after it, one of them a title noun. The caller asks
    only of the office's own texts (`published_by_white_house`)."""
    if " ".join(name.lower().split()).removeprefix("the ") not in _STAFF_OFFICES:
        return False
    i = end
    while i < len(doc) and doc[i].is_space and "\n\n" not in doc[i].text:
        i += 1
    k = i
    while k < len(doc) and k - i < 8 and (doc[k].text[:1].isupper() or doc[k].is_space
                                           or (doc[k].lower_ in ("and", "of", "for", "the") and k > i)):
        if doc[k].lower_ in _STAFF_HEADS and doc[k].text[:1].isupper():
            return True
        k += 1
    return False


def _title_word(doc: Doc, i: int) -> bool:
    """A token a title phrase may be made of: a capitalised word, a title noun, glue or a comma."""
    token = doc[i]
    if "\n\n" in token.text_with_ws:
        return False  # a paragraph ends the phrase
    if token.is_space or token.text == "," or token.lower_ in _GLUE or token.lower_ in _HEADS:
        return True
    return token.text[:1].isupper() or token.like_num or token.lower_.endswith(("st", "nd", "rd", "th"))


def _has_head(doc: Doc, start: int, end: int) -> bool:
    """A capitalised title noun in [start, end): "Assistant Secretary", not "official" or "founder"."""
    return any(doc[i].lower_ in _HEADS and doc[i].text[:1].isupper() for i in range(start, end))


def is_office(name: str) -> bool:
    """A government body's name of the kind titles carry ("Department of Homeland Security",
    "Small Business Administration", "U.S. Southern Command", "Chinese Communist Party")."""
    return any(word in _OFFICE_WORDS for word in name.lower().replace(",", " ").split())


def in_title(doc: Doc, start: int, end: int, people: Sequence[tuple[int, int]]) -> bool:
    """Whether the body on tokens [start, end) sits inside the title of one of `people` (token spans)."""
    starts = {s for s, _ in people}
    ends = {e for _, e in people}
    # the title phrase around the body: title words on both sides, within one sentence
    left = start
    while left > 0 and start - left < _REACH and left not in ends and _title_word(doc, left - 1) \
            and not doc[left - 1].is_sent_end:
        left -= 1
    right = end
    while right < len(doc) and right - end < _REACH and right not in starts and _title_word(doc, right):
        right += 1
    i = start - 1
    while i >= left and doc[i].lower_ == "the":
        i -= 1
    if not (i >= left and doc[i].lower_ in _LINKS and _has_head(doc, left, i)):  # "Secretary of the <body>"
        return False
    if right in starts:  # the name ends the title
        return True
    # "Blas Nunez-Neto, Assistant Secretary for ... at <body>": the name, a comma, then the title
    return left in ends and doc[left].text == ","


#: Words of the name of a world region, which a portfolio title covers ("Senior Director for the Western
#: Hemisphere"); a town, a state or a district a local office governs ("Mayor of Tucson, Arizona",
#: "Representative of the 44th District of California") is a place of its own in the gold.
_REGION_WORDS = REGION_PARTS | {"east", "west", "north", "south", "middle", "central", "western", "eastern",
                                "northern", "southern", "hemisphere", "caucasus", "balkans", "sahel", "gulf", "levant"}


def region_name(name: str) -> bool:
    """A world region's name ("Middle East", "North Africa", "Western Hemisphere", "Indo-Pacific"), no
    state of the United States ("North Carolina")."""
    return name not in us_states.US_STATES and any(
        word in _REGION_WORDS for word in name.lower().replace("-", " ").replace("\u2013", " ").split())


def place_in_title(doc: Doc, start: int, end: int, people: Sequence[tuple[int, int]]) -> bool:
    """Whether the place on tokens [start, end) sits inside the title of one of `people`, right after the
    title's preposition or after another place of it ("Coordinator for the Middle East and North Africa
    Brett McGurk": both places). Not where a comma opens another phrase before the name: "the Argus Leader of
    Sioux Falls, Gov. Kristi Noem" (a newspaper of a town, then the governor's own title)."""
    starts = {s for s, _ in people}
    for k in range(end, min(end + _REACH, len(doc) - 1)):
        if k in starts or doc[k].is_sent_end:
            break
        if doc[k].text == "," and k + 1 not in starts and doc[k + 1].text[:1].isupper():
            return False
    if in_title(doc, start, end, people):
        return True
    i = start - 1
    if i < 1 or doc[i].lower_ not in ("and", ","):
        return False
    j = i
    while j > 0 and i - j < 4 and doc[j - 1].text[:1].isupper():
        j -= 1
    return j < i and in_title(doc, j, end, people)
