"""The host of a visiting delegation's figures: both states of the visit.

A regional press report counts a visiting delegation and the companies it brings ("a 75-member
Kazakh trade delegation travelled to Tehran", "a delegation of 25 Armenian companies took part
in the exhibition held in Tehran"). The gold (tests/gold/README.md, the delegation_members and companies
rows of tt dev) gives such a figure both states of the visit, the visitor's and the host's. The
visitor's country is named by its people ("Kazakh") and so becomes the subject; the host is
often named only by its capital or a city, which as a place of the talks names no country
(`subjects._capitals_acting`), so the figure was the visitor's alone.

Here a delegation's size, or a count of companies in a sentence that speaks of a delegation or trade
mission (`_DELEGATION`; exhibitors at a fair abroad stay theirs alone, as the gold gives them), with
one subject takes the host as its second one when its own sentence names where the visit goes:
a place right after a verb or noun of travel or attendance (`_DESTINATION`: "visited", "travelled to", "arrived in", "trip to", "an
exhibition held in", "the fair in"), which is a country, a capital or a listed city
(`gazetteer.places.place_country`). A sentence naming no destination, or naming the visitor's own
country there (a fair at home), is left: no host is ever guessed from the article's topic. A count of companies
whose sentence goes on with a visit or event told just before ("during the event", "Among the delegation were")
takes the nearest host the `TOLD_SENTENCES` sentences before name, where they speak of a delegation (`told_before`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.gazetteer.places import place_country
from accords.indicators.subjects import country_iso3
from accords.model import Segment

#: The figures of a delegation and of the companies it brings.
METRICS = frozenset({"delegation_members", "companies"})

#: Visitors counted by their nation ("2.374 million Russians"), the nation's alone where the list leaves the host
#: to its verb ("... and 1.547 Germans arrived in Turkey"): the gold gives each count its nation and the host.
_VISITORS = frozenset({"tourists", "visits"})
_NATION_AFTER = re.compile(r"\s+[A-Z][a-z]+s\b|\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:pilgrims|tourists|visitors|"
                           r"travell?ers|holidaymakers)\b")  # "3,000 Azerbaijani Shia pilgrims will travel to Mashhad"

#: Companies counted as part of a visit: "Among the delegation were 15 Kazakh companies" (IRN and KAZ in the gold);
#: companies at a fair abroad with no delegation ("some 91 Armenian companies" at a fair in Iran) are the
#: exhibitors' alone (tt_408827).
_DELEGATION = re.compile(r"\b(?:delegations?|trade\s+missions?)\b", re.IGNORECASE)

#: A verb or noun of travel or attendance, then the place the visit goes to: "visited Turkmenistan",
#: "travelled to Tehran", "arrived in Baku", "a trip to Moscow", "the exhibition held in Tehran",
#: "the fair in Tashkent", "the capital Tehran", "a visit to the neighboring Azerbaijan Republic".
_DESTINATION = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?"
    r"|(?:travell?(?:ed|s|ing)?|went|go(?:es|ing)?|c(?:a|o)me|com(?:es|ing)|head(?:ed|s|ing)?|fl(?:ew|y|ies|ying)"
    r"|trips?|journey|visits?|dispatched|sent|arriv(?:e|ed|es|ing|al))\s+to"
    r"|arriv(?:e|ed|es|ing|al)\s+in|(?:held|hosted|staged|organi[sz]ed)\s+in"
    r"|(?:exhibitions?|fairs?|expos?|forums?|shows?)\s+in)"
    r"\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:(?:[A-Z][a-z]+\s+)?capital(?:\s+city)?(?:\s+of)?\s+)?"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


#: A figure's sentence that goes on telling a visit or an event told just before: "Among the delegation were 15 Kazakh
#: companies", "67 Iranian companies will introduce their products during the event", "are participating in the
#: mentioned exclusive exhibition", "will attend the mentioned meeting".
_TOLD_BEFORE = re.compile(
    r"\b(?:the|this)\s+(?:mentioned\s+|said\s+|same\s+)?(?:[\w-]+\s+){0,2}?(?:event|exhibition|exhibit|fair|expo|meeting|"
    r"delegation|visit|trip|forum)\b",
    re.IGNORECASE,
)
#: "the Iranian capital Tehran will host the 17th meeting": the host a visit goes to, named as the subject of "host".
_HOSTS = re.compile(r"(?P<place>[A-Z][\w’'-]+)\s+(?:will\s+|is\s+to\s+)?host(?:s|ed)?\s+(?:the|a|an)\b")
#: A ranking of visitors by nation: "Iran was followed by Georgia with over 307,000 arrivals".
_RANKED = re.compile(r"\bfollowed\s+by\b[^.;]*\bwith\s+[^.;]*\b(?:arrivals|travell?ers|tourists|visitors)\b", re.IGNORECASE)
#: How many sentences before a figure's own may tell the visit it goes on with.
TOLD_SENTENCES = 4


def with_host(sentence_text: str, metric: str, subjects: tuple[str, ...], *, tail: str = "",
              before: str = "") -> tuple[str, ...]:
    """`subjects` with the host of the visit its sentence names (`_DESTINATION`) added, for a
    delegation's figure (`METRICS`, companies only beside a delegation) of one country, and for visitors counted by
    their nation right after the figure (`tail`: "Some 2.374 million Russians and 1.547 Germans arrived in Turkey",
    "more than 3,000 Azerbaijani Shia pilgrims will travel to Mashhad");
    other figures, and those whose sentence names no destination of another known country, are left."""
    by_nation = metric in _VISITORS and bool(_NATION_AFTER.match(tail))
    if metric in _VISITORS and len(subjects) == 1 and _RANKED.search(sentence_text) and not _DESTINATION.search(sentence_text):
        # a ranking of the visitors' nations going on with the host the sentences before name ("Over 850,000 Iranians
        # visited Turkey ..." then "Iran is followed by Germany and Georgia with 666,000 and 651,000 travelers")
        hosts = [host for found in _DESTINATION.finditer(before) if (host := _place_state(found.group("place")))
                 not in (None, subjects[0])]
        return tuple(sorted((subjects[0], hosts[-1]))) if hosts else subjects
    if (metric not in METRICS and not by_nation) or len(subjects) != 1:
        return subjects
    for found in _DESTINATION.finditer(sentence_text) if metric != "companies" or _DELEGATION.search(sentence_text) else ():
        host = _place_state(found.group("place"))
        if host is not None and host != subjects[0]:
            return tuple(sorted((subjects[0], host)))
    if by_nation or not _TOLD_BEFORE.search(sentence_text) or not _DELEGATION.search(before + " " + sentence_text):
        return subjects
    # a sentence going on with a delegation's visit told in the sentences just before (`before`): the nearest
    # destination they name ("travelled to Uzbekistan accompanying an Iranian trade delegation. ... 37 Iranian
    # companies are participating in the mentioned exhibition")
    places = sorted([*_DESTINATION.finditer(before), *_HOSTS.finditer(before)], key=lambda m: m.start(), reverse=True)
    for found in places:
        if (host := _place_state(found.group("place"))) is not None:
            return tuple(sorted({subjects[0], host}))
    return subjects


def with_visitor(sentence_text: str, metric: str, subjects: tuple[str, ...], *, home: str | None) -> tuple[str, ...]:
    """`subjects` with the outlet's home country `home` added as the visiting side, for a delegation's size whose one
    subject is the place its sentence says the visit goes to (`_DESTINATION`) and whose sentence names no visitor's
    nation: the state press counts its own country's delegations abroad ("Sobhanollahi, heading a 15-member
    delegation, arrived here ... on a three-day visit to the neighboring Azerbaijan Republic", "Shafeie who visited
    Turkmenistan on top of a 75-member delegation": IRN with the host in the gold)."""
    if metric != "delegation_members" or len(subjects) != 1 or home is None or subjects[0] == home:
        return subjects
    if any(_place_state(found.group("place")) == subjects[0] for found in _DESTINATION.finditer(sentence_text)):
        return tuple(sorted((subjects[0], home)))
    return subjects


def told_before(text: str, sentences: Sequence[Segment], sentence: Segment) -> str:
    """The text of the `TOLD_SENTENCES` sentences before `sentence`, where a visit it goes on with may be told."""
    index = next((i for i, s in enumerate(sentences) if s.start == sentence.start), None)
    if not index:
        return ""
    return text[sentences[max(0, index - TOLD_SENTENCES)].start:sentence.start]


def _place_state(name: str) -> str | None:
    """The state of a destination: a country named, else a capital or listed city ("Tehran": IRN);
    a two-word name that is not known is tried by its first word ("Tehran International")."""
    for form in (name, name.split()[0]):
        if (iso3 := country_iso3(form) or place_country(form)) is not None:
            return iso3
    return None
