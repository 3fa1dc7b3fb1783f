"""What "the country" near a figure stands for (`the_country`, asked by `owners._named_subjects`): the country
its sentence named first before it, the owner the sentence before names, the country visitors are said to have
visited, else the article's main country."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accords.indicators import partners
from accords.indicators.subjects import is_country
from accords.model import Segment

if TYPE_CHECKING:
    from accords.indicators.owners import ArticleCountries

#: "the country imported ...", "the Islamic Republic's export": the article's main country.
_THE_COUNTRY = re.compile(r"\b(?:the\s+country|the\s+Islamic\s+Republic)\b(?!\s+(?:of|level))", re.IGNORECASE)


def the_country(
    text: str, sentence: Segment, figure: tuple[int, int], window: tuple[int, int], article: ArticleCountries
) -> str | None:
    """What "the country" or "the Islamic Republic" near a figure stands for: the country its
    sentence named first before it ("lands in Turkey and boost the country's electricity
    production"), else the article's main country; None when the phrase is not there."""
    match = _THE_COUNTRY.search(text, sentence.start, figure[0]) or _THE_COUNTRY.search(text, figure[1], window[1])
    if match is None or article.main is None:
        return partners.named_partner(text, sentence, window, article.countries)  # "exports to the neighboring country"
    travellers: set[str] = set()
    if match.group(0).lower().startswith("the country"):
        arrived = _ARRIVED_IN.search(text, sentence.start, match.start()) is not None
        # "99,158 Iranians visited the country", "21,917 Azerbaijani travelers entered the country": the visitors' own
        travellers = {c.iso3 for c in article.countries if arrived and sentence.start <= c.start < match.start()
                      and (_TRAVELLERS_AFTER.match(text, c.end) or _NATION.fullmatch(text, c.start, c.end))}
        named = [
            c.iso3 for c in article.countries
            if sentence.start <= c.start < match.start() and is_country(c.iso3) and (c.start, c.end) not in article.enumerated
            and c.iso3 not in travellers
        ]
        if named:
            return named[0]
        if (owner := _owner_before(text, sentence, article)) is not None:
            return owner
        if arrived and (host := _visited_before(text, sentence, article)) is not None:
            return host
    if article.main in travellers:
        # the country visitors visit is not their own: the other side of the article's pair ("Iranians visited the
        # country" in a report on Azerbaijani and Iranian visitors), else none
        return next((c for c in article.pair if c != article.main), None) if article.pair is not None else None
    return article.main


#: A country right after a verb of visiting: "Iranian nationals visited the Republic of Azerbaijan".
_VISITED = re.compile(r"\b(?:visited|entered|toured|arrived\s+in|came\s+to|travell?ed\s+to)\s+(?:the\s+)?(?:Republic\s+of\s+)?$",
                      re.IGNORECASE)


def _visited_before(text: str, sentence: Segment, article: ArticleCountries) -> str | None:
    """The country the sentence before names as the one visited: what "visited the country" in a sentence
    naming no country stands for ("99,158 Iranian nationals visited the Republic of Azerbaijan ... During this
    period, 627,835 international travelers visited the country": Azerbaijan, not the article's main country)."""
    before = [s for s in article.sentences if s.end <= sentence.start]
    if not before:
        return None
    visited = [c.iso3 for c in article.countries if before[-1].start <= c.start < before[-1].end and is_country(c.iso3)
               and _VISITED.search(text, max(before[-1].start, c.start - 40), c.start)]
    return visited[-1] if len(set(visited)) == 1 else None


#: A verb of arrival right before "the country": "21,917 Azerbaijani travelers entered the country" (Iran, not
#: Azerbaijan: the country travellers enter is not the one their adjective names).
_ARRIVED_IN = re.compile(
    r"\b(?:entered|visited|toured|arrived\s+in|came\s+to|travell?ed\s+to|flew\s+to)\s+$", re.IGNORECASE)
#: A nation's people named by one plural word: "Iranians", "Azerbaijanis" (travellers themselves, before "visited").
_NATION = re.compile(r"[A-Z][a-z]+s")
#: What follows a nationality adjective naming travellers: "Azerbaijani travelers", "Iranian nationals".
_TRAVELLERS_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:travell?ers|tourists|nationals|citizens|visitors|pilgrims|passengers|holidaymakers)\b")


def _owner_before(text: str, sentence: Segment, article: ArticleCountries) -> str | None:
    """The country the sentence before names first as an owner ("Turkey's"): what "The country"
    opening the next sentence stands for ("Turkey's exports to Iran fell 11 percent ... The country
    exported $1.286 billion worth of goods to Iran ...": Turkey, not the partner, nor the article's
    main country). A country named otherwise ("UK entrepreneur Richard Branson") says nothing."""
    before = [s for s in article.sentences if s.end <= sentence.start]
    if not before:
        return None
    previous = before[-1]
    for c in article.countries:
        if previous.start <= c.start < previous.end and is_country(c.iso3) and (c.start, c.end) not in article.enumerated \
                and _OWNER_AFTER.match(text, c.end):
            return c.iso3
    return None


#: A possessive right after a country's name: "Turkey's exports", "Iran’s".
_OWNER_AFTER = re.compile(r"['’]s?\b")
