"""Counts of the countries people, things or ties come from or reach, in the register of the state press:
"citizens of 15 countries including Iran can obtain Azerbaijan visas", "512 scientists from 52 countries
have been invited", "Bilateral Investment Treaties in force with 34 countries", "Over 55 countries including
Germany, Russia, China and Turkey will put on display" are `countries` (`counted_countries`).

The gold gives such a count to the side that issues, hosts, holds or invests (tests/gold/README.md: "30-day
visas ... for citizens of 180 countries" is the issuer's), never to the countries given as examples of the
counted ones ("including Iran"): `example_countries` names the spans to leave out. Counts of countries a side
helps (`counted.helped_countries`) and exports to (`counted.destinations`) have their own rules; a count
after "the" ("the 15 countries"), "one of" or below three ("the two countries") is no such figure, nor a
count of the world's countries acting themselves ("190 countries concluded negotiations": no verb of
taking part in an event follows).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.gazetteer.countries import countries as all_countries
from accords.gazetteer.places import known_by_alias, place_country
from accords.indicators import clauses
from accords.indicators.subjects import CountrySpan
from accords.model import Segment
from accords.quantities.extract import QUALIFIER

#: The counted countries right after the count, up to three describing words first ("ECO member states",
#: "Asian and European countries"), none a preposition or an article.
_COUNTRIES = re.compile(
    r"^\s+(?:(?!(?:in|of|to|with|the|from|for|by|and|that|which)\b)[A-Za-z’'-]+\s+){0,3}?"
    r"(?:countries|nations|member\s+states)\b",
    re.IGNORECASE,
)
#: What the countries are the origin or the partners of, right before the count: "citizens of", "nationals of",
#: "512 scientists from", "representatives and ambassadors of", "treaties in force with", "ties with", "trade operations
#: with", "turnover with", "cooperates with". "from"/"of" only
#: after a plural noun ("512 scientists from", never "one of": `_NOT_ORIGIN`).
_BEFORE = re.compile(
    r"(?:\b[a-z]+(?:s|ff|ople)\s+(?:of|from)|\bin\s+force\s+with|"
    r"\b(?:treaties|agreements|accords|relations|ties|trad(?:e|es|ed|ing)|turnover|(?:trade\s+)?operations|"
    r"cooperat(?:es|ed|ing|ion))\s+with)\s+" + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: Words before "of"/"from" that make the count no count of origins: "one of", "most of", "some of", "each of".
_NOT_ORIGIN = re.compile(r"\b(?:one|most|some|many|each|all|none|both|any|rest|thousands|millions|dozens|hundreds|tens|"
                         r"number|list|group|majority|minority|those|these|members)\s+(?:of|from)\s+" + QUALIFIER + "$",
                         re.IGNORECASE)
#: The counted countries taking part in an event the text's side holds: "Over 55 countries ... will put on display",
#: "companies"-less fairs ("30 countries will attend", "took part").
_TAKING_PART = re.compile(
    r"^[^.;:]{0,80}?\b(?:will|are\s+to|are\s+set\s+to|are\s+expected\s+to|have|had|would)?\s*"
    r"(?:take\s+part|took\s+part|taking\s+part|participat(?:e|ed|ing)|attend(?:ed|ing)?|put\s+on\s+display|"
    r"display(?:ed)?|exhibit(?:ed)?|showcas(?:e|ed))\b",
    re.IGNORECASE,
)
#: Examples of the counted countries right after them: "15 countries including Iran", "such as Germany".
_EXAMPLES = re.compile(r"^[^.;:]{0,40}?\b(?:including|such\s+as|among\s+them|like|notably|especially)\s+", re.IGNORECASE)


def counted_countries(before: str, after: str, *, value: float) -> str | None:
    """`countries` for a count of the countries people or ties come from (`_BEFORE`) or of those taking part in an
    event (`_TAKING_PART`); `before` and `after`: the sentence around the count. None below three, after "the" or
    "one of" (`_NOT_ORIGIN`), and for counts of countries not followed by their noun."""
    found = _COUNTRIES.match(after)
    if value < 3 or found is None or re.search(r"\b(?:the|these|those|its|their|our)\s+" + QUALIFIER + "$", before,
                                               re.IGNORECASE):
        return None
    if _BEFORE.search(before) and not _NOT_ORIGIN.search(before):
        return "countries"
    if not before.strip() or re.search(r"(?:^|[,;]\s|\b(?:and|some|over|nearly|about|around|almost)\s)\s*$", before):
        if _TAKING_PART.match(after[found.end():]) and not re.match(r"\s*(?:of|from)\b", after[found.end():]):
            return "countries"  # "Over 55 countries including ... will put on display"
    return None


def count_subjects(text: str, sentence: tuple[int, int], span: tuple[int, int], subjects: tuple[str, ...],
                   countries: Sequence[CountrySpan], *, main: str | None) -> tuple[str, ...]:
    """The sides of a count of countries at `span` in `sentence`: the country of the venue of an event the counted
    take part in (`_venue`), else those named before the count after the last comma, else in its clause, else
    `subjects` less the countries or groups inside counted words ("10 ECO member states") and those given as
    examples (`example_countries`); of
    several the sentence does not name before the count (the article's topic), the article's main country where it
    is one of them, else none; none left, the main country."""
    stop = sentence[1]
    noun_end = _after_noun(text, span[1])
    inside = {c.iso3 for c in countries for m in _COUNTED.finditer(text, sentence[0], stop) if m.start() <= c.start < m.end()}
    examples = example_countries(text, noun_end, stop, countries)
    left = tuple(s for s in subjects if s not in inside | examples)
    if _TAKING_PART.match(text[noun_end:stop]) and (venue := _venue(text[noun_end:stop])) is not None:
        return (venue,)  # "Over 55 countries ... will put on display their products at Tabriz International Fair"
    if (venue := event_venue(text, sentence, noun_end, countries)) is not None:
        return (venue,)  # "brought together 1,300 delegates from 130 countries in Baku": the host's
    low = clauses.clause(text, Segment(*sentence), *span)[0]
    for start in (text.rfind(",", low, span[0]) + 1 or low, low):
        if own := {c.iso3 for c in countries if max(start, low) <= c.start < span[0]} - inside:
            return tuple(sorted(own))  # "... in Qatar, apart from noting that, after all, Turkey has ... accords with 18": TUR
    named_before = {c.iso3 for c in countries if sentence[0] <= c.start < span[0]}
    if len(left) > 1 and not named_before & set(left):
        # "512 scientists from 52 countries" in a text on an Iranian prize with Turkish winners: IRN; "the voice of
        # ... people from 57 countries" after sentences naming the OIC and the UN: whose count is unsaid
        return (main,) if main in left else ()
    return left or ((main,) if main is not None else ())


#: A gathering brought about by its host before the count: "The conference brought together 1,300 delegates".
_GATHERING_BEFORE = re.compile(r"\b(?:brought\s+together|bringing\s+together|brings\s+together|gathered|hosted|welcomed|"
                               r"attracted|drew)\b", re.IGNORECASE)
#: The event the counted attend, named back with "the": "attended the biennial UNWTO meeting".
_THE_EVENT = re.compile(r"^[^.;:]{0,80}?\b(?:attend(?:ed|ing)?|took\s+part\s+in|take\s+part\s+in|taking\s+part\s+in|"
                        r"participated\s+in|participating\s+in|gathered\s+(?:at|for))\s+the\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:meeting|assembly|conference|forum|summit|congress|session|exhibition|fair|festival|event|"
                        r"gathering|expo|show|games|championships?|olympiad|symposium|seminar|workshop)\b", re.IGNORECASE)
#: Where an event earlier in the text was held: "which was held in Chengdu, China from September 11 to 16".
_HELD_IN = re.compile(r"\b(?:(?:was|were|is|are|being|will\s+be)\s+held|hosted|took\s+place|takes\s+place|taking\s+place|"
                      r"convened|opened)\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+)?(?:the\s+)?"
                      r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
#: How far back a sentence's event may have been said to be held.
_HELD_REACH = 600


def event_venue(text: str, sentence: tuple[int, int], noun_end: int, countries: Sequence[CountrySpan]) -> str | None:
    """The host country of the gathering whose counted people or countries end at `noun_end`: a known place or
    country named with "in"/"at" after them where a verb of gathering comes before the count in the sentence
    ("The conference brought together 1,300 delegates from 130 countries in Baku": AZE), or where they attend
    "the" event that an earlier sentence says was held in a place ("... General Assembly, which was held in
    Chengdu, China" then "Over 1,300 delegates from more than 130 countries attended the biennial UNWTO meeting":
    CHN); None otherwise."""
    after = text[noun_end:sentence[1]]
    if _GATHERING_BEFORE.search(text, sentence[0], noun_end) and (venue := _venue(after)) is not None:
        return venue
    if _THE_EVENT.match(after) is None:
        return None
    held = next(iter(reversed(list(_HELD_IN.finditer(text, max(0, sentence[0] - _HELD_REACH), sentence[0])))), None)
    if held is None:
        return None
    named = [c.iso3 for c in countries if held.start("place") - 2 <= c.start < held.end("place") + 2 and not c.body]
    if len(set(named)) == 1:
        return named[0]
    return place_country(held.group("place"))


def example_countries(text: str, noun_end: int, stop: int, countries: Sequence[CountrySpan]) -> set[str]:
    """The countries given as examples of the counted ones right after a count of countries whose noun ends at
    `noun_end` ("15 countries including Iran", "55 countries including Germany, Russia, China and Turkey"), up to the
    end of their list (the first country not joined to the one before by a comma or "and") or `stop`."""
    found = _EXAMPLES.match(text[noun_end:stop])
    if found is None:
        return set()
    named: set[str] = set()
    position = noun_end + found.end()
    for span in sorted(countries, key=lambda c: c.start):
        if span.start < position or span.start >= stop:
            continue
        if not re.fullmatch(r"(?:\s*(?:,|and|,\s*and)\s*|\s*)(?:the\s+)?", text[position:span.start], re.IGNORECASE):
            break
        named.add(span.iso3)
        position = span.end
    return named


#: Counted countries anywhere in a sentence, with the group they belong to: "10 ECO member states".
_COUNTED = re.compile(r"\b\d[\d,.]*\s+(?:[A-Za-z’'-]+\s+){0,3}?(?:countries|nations|member\s+states)\b")
#: The place of an event after the counted countries: "at Tabriz International Fair", "in Tehran".
_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?([A-Z][a-z]+)\b")


def _venue(after: str) -> str | None:
    """The country of the first place named after "at" or "in" in `after`, by a city of the places table or a
    capital; None when that word is no known place."""
    found = _VENUE.search(after)
    if found is None:
        return None
    row = known_by_alias(found.group(1))
    if row is not None and row.type == "PLACE" and row.country:
        return str(row.country)
    return next((c.iso3 for c in all_countries() if found.group(1) in c.capitals), None)


def _after_noun(text: str, end: int) -> int:
    """Where the counted noun after a count ending at `end` ends ("15 countries|", "10 ECO member states|")."""
    found = _COUNTRIES.match(text[end:end + 80])
    return end + found.end() if found is not None else end


#: Who gather from a count of countries: "512 scientists from 52 countries", "Sixty writers and poets from 22 countries",
#: "200 universities from 35 countries", "Some 500 leading business people from 24 different countries".
_GATHERED = frozenset("""participants delegates scientists scholars researchers academics experts writers poets artists
athletes students universities guests representatives journalists filmmakers people businessmen businesspeople
entrepreneurs""".split())
_FROM_COUNTRIES = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)(?:\s+and\s+[a-z]+)?\s+from\s+" + QUALIFIER
    + r"(?P<count>\d[\d,.]*|[a-z]+)\s+(?:[A-Za-z’'-]+\s+){0,2}?(?:countries|nations)\b")


def gathered(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """(metric, span of the count of countries) for a count ending at `end` of people or bodies that come "from" a
    count of countries (`_GATHERED`: "Sixty writers and poets from 22 countries will gather"): such a count is the
    gathering's, whose sides are those of its count of countries (`count_subjects`); None for anything else
    ("4,000 service members from 23 nations" train, they do not gather)."""
    found = _FROM_COUNTRIES.match(text, end)
    if found is None or found.group("head") not in _GATHERED:
        return None
    metric = "participants" if found.group("head") == "people" else found.group("head")
    return metric, found.span("count")
