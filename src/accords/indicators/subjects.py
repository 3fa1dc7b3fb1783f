"""The countries a figure is about: those named in its clause, or the article's pair.

International organisations with a canonical acronym (ECO, EU) count as subjects too.

Countries come from the entity stage (mentions of COUNTRY entities, by ISO3 canonical id)
and, for adjectives the entity stage may not link ("Azeri tourists", "Azerbaijani-Turkish"),
from the country gazetteer's names and demonyms. "Between the two countries", "mutual",
"bilateral" and "both countries" mean the article's pair: its two most-mentioned countries.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass

from accords.gazetteer.countries import CASPIAN_STATES, NORTHERN_CENTRAL_AMERICA
from accords.gazetteer.home_bodies import HOME_BODY_NAMES
from accords.gazetteer.organisations import side_of
from accords.gazetteer.places import WATER_AFTER, not_the_country
from accords.gazetteer.us_states import is_us_georgia
from accords.indicators.mentioned import group_references
from accords.indicators.wires import lower_case_matches
from accords.model import Extraction
from accords.quantities.units import CURRENCY_NAMES

#: A country's name or adjective that names a currency or a language, not the country:
#: "24.4 billion US dollars", "Iranian rials", "the Japanese yen", "the Russian-language newspaper",
#: "US$200 million" (currency codes and "won", also a verb, left out).
_NOT_THE_COUNTRY_AFTER = re.compile(
    r"[\s-]*(?:"
    + "|".join(sorted({n for n in CURRENCY_NAMES if n.isalpha() and len(n) > 3} | {"yen"}, key=len, reverse=True))
    + r"|languages?)\b|-speaking\b|\$",  # "US$200 million": a currency's sign
    re.IGNORECASE,
)

#: An amount of money right before a country's name that ends a bracket (`_CLOSING`): "$670-billion (U.S.)",
#: "(€180-billion) $254-billion Canadian)": the name says whose dollars they are.
_MONEY_BEFORE = re.compile(r"[$€£]\s?\d[\d.,]*(?:[-\s](?:million|billion|trillion))?\s*\(?$", re.IGNORECASE)
_CLOSING = re.compile(r"\)")

#: The rest of an organisation's name after an organisation's acronym that opens it, up to the
#: bracket of its own short form: "UN| World Food Program (|WFP)", "UN| Relief and Works Agency for
#: Palestine Refugees (|UNRWA)".
_PREFIX_OF_NAMED = re.compile(r"\s+[A-Z][\w’'-]*(?:\s+(?:(?:and|for|of|on|the|in)\s+){0,2}[A-Z][\w’'-]*){0,9}\s*\(")

#: The UN as the name's first word of a meeting it hosts ("the September 23 UN Food Systems Summit", "UN General
#: Assembly Address", "the United Nations Climate Change Conference") or as the body a session of which is meant
#: ("his address to the 77th session of the United Nations General Assembly"): a venue, no side of what is pledged there.
_UN_EVENT_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,4}?(?:Summit|Conference|Address|Week|Day)\b")
_UN_EVENT_BEFORE = re.compile(r"\b(?:(?:session|sidelines|margins)\s+of|address(?:es)?\s+to)\s+the\s+$", re.IGNORECASE)

#: Words that may stand between "the two" and "countries" of a pair ("the two neighboring countries").
PAIR_ADJECTIVES = r"(?:neighbou?ring|friendly|brotherly|Muslim)"

PAIR_CUE = re.compile(
    r"\b(?:(?:the|both)\s+(?:two\s+)?(?:countries|nations|sides|states|neighbou?rs|parties)|"
    # "trade between the two neighboring countries grew": the pair (not "the neighboring countries", a region)
    r"the\s+two\s+" + PAIR_ADJECTIVES + r"\s+(?:countries|nations|states)|"
    r"mutual|bilateral|two-way|its\s+(?:\w+\s+)?neighbou?r(?!s)|"
    # "the exchange of electric power would be increased to 350 MW", "electricity exchange up to 1,050 megawatts":
    # power exchanged or swapped flows both ways, between the pair (not a commodity bourse: "Energy Exchange")
    r"(?:electricity|electric\s+power)\s+(?:exchanges?|swaps?)|(?:exchanges?|swaps?)\s+of\s+(?:electricity|"
    r"electric(?:al)?\s+(?:power|energy))|"
    # "from the mentioned countries", "these countries' imports": the group the article is about
    r"the\s+(?:mentioned|said|aforementioned|above-mentioned|member)\s+"
    r"(?:member\s+)?(?:countries|states|nations|members))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CountrySpan:
    """A country named at text[start:end] of the article."""

    start: int
    end: int
    iso3: str
    body: bool = False  # a government body standing for its country ("USAID"): a side of money it gives only


#: The word before "America" that makes it a region of the Americas, not the United States.
_PART_OF_AMERICA = re.compile(r"\b(?:Central|Latin|North|South|Middle)\s+$")
#: The name and demonyms that such a word makes a region's: "Central America", "1,500 Central Americans".
_AMERICA_WORDS = ("America", "American", "Americans")


def country_spans(text: str, extraction: Extraction, *, official: str | None = None) -> tuple[CountrySpan, ...]:
    """Every place the article names a country: linked mentions plus gazetteer names and demonyms,
    not where the name is part of a currency's or a language's ("US dollars", "Russian-language");
    in a government's own text (`official`: its home country) the home's bodies named without it too."""
    iso_of = {
        e.id: e.canonical_id if e.type == "COUNTRY" else side_of(e.canonical_id) for e in extraction.entities
        if e.canonical_id and (e.type == "COUNTRY" or (e.type == "ORG" and e.country is None))
    }  # countries by ISO3, and international organisations (no country) by acronym, an organ by the body it
    # acts for ("the European Commission will work with EU Member States": the EU's figure, as events take it)
    spans: dict[tuple[int, int], CountrySpan] = {}
    for mention in extraction.mentions:
        iso3 = iso_of.get(mention.entity_id or "")
        if iso3 is None:
            continue
        for ev in mention.evidence:
            for span in _pair_parts(text, ev.start, ev.end) or (CountrySpan(ev.start, ev.end, iso3),):
                spans[(span.start, span.end)] = span
    names = _names_of_others(extraction)
    regions = _regions(extraction)
    table = _gazetteer_table()
    plain = text.replace("\u2019", "'")
    for start, end, alias in [*gazetteer_matches(plain), *lower_case_matches(plain, gazetteer_matches)]:  # "turkey", a wire's
        if any(s.start <= start < s.end for s in spans.values()):
            continue
        if alias == "Georgia" and is_us_georgia(text, start, end):
            continue  # "deployed to Alabama, Florida, Georgia, Louisiana": the US state
        if _PART_OF_AMERICA.search(text, max(0, start - 12), start) and text[start:end] in _AMERICA_WORDS:
            continue  # "Central America", "Latin Americans", "North America": a region, not the United States
        spans[(start, end)] = CountrySpan(start, end, table[alias])
    for start, end, iso3 in _capitals_acting(text):
        if not any(s.start <= start < s.end for s in spans.values()):
            spans[(start, end)] = CountrySpan(start, end, iso3)
    for start, end, iso3 in _government_bodies(text, extraction, official):
        if not any(start <= s.start < end or s.start <= start < s.end for s in spans.values()):
            spans[(start, end)] = CountrySpan(start, end, iso3, body=True)  # "USDA will provide $30M": the U.S.
    kept = []
    for span in spans.values():
        if _NOT_THE_COUNTRY_AFTER.match(text, span.end):
            continue  # "US dollars", "Iranian rials", "Russian-language": a currency or a language
        if _MONEY_BEFORE.search(text, max(0, span.start - 40), span.start) and _CLOSING.match(text, span.end):
            continue  # "$670-billion (U.S.)", "($254-billion Canadian)": whose dollars an amount is in, not the country
        if _is_language(text, span):
            continue  # "available in French", "broadcasts in English and Arabic": a language, not the country
        if WATER_AFTER.match(text, span.end) or not_the_country(text, span.start, span.end):
            continue  # "the Indian Ocean", "the Persian Gulf": a body of water; "the Bureau of Indian Affairs": not
            # India; "East Palestine, Ohio", "Lebanon, Tennessee": a US town, not the country
        if not is_country(span.iso3) and (prefix := _PREFIX_OF_NAMED.match(text, span.end)) is not None \
                and any(o.start == prefix.end() for o in spans.values()):
            continue  # "the UN World Food Program (WFP)": the organisation is WFP, not the UN
        if span.iso3 == "UN" and (_UN_EVENT_AFTER.match(text, span.end)
                                  or _UN_EVENT_BEFORE.search(text, max(0, span.start - 40), span.start)):
            continue  # "the UN Food Systems Summit", "the 77th session of the United Nations General Assembly": a venue
        if any(s <= span.start and span.end <= e and iso3 != span.iso3 for s, e, iso3 in regions):
            continue  # "Inner Mongolia" is a region of China, not Mongolia
        inside = [(s, e) for s, e in names if s <= span.start and span.end <= e and (s, e) != (span.start, span.end)]
        if (inside and sum(1 for o in spans.values() if inside[0][0] <= o.start < inside[0][1]) == 1
                and not _GOVERNMENT_BODY.search(text, inside[0][0], inside[0][1])):
            continue  # "Iran Khodro Company" is a company, not Iran; "Iran-Turkey committee" names both
        kept.append(span)
    if sum(k.iso3 == "KOR" for k in kept) > 2 * sum(k.iso3 == "PRK" for k in kept):
        # "Korean" alone is no gazetteer demonym (North or South); in a text about the ROK (named more than twice as
        # often as the DPRK) it is the ROK's: "Over 1.7 million Korean students have enrolled in United States
        # educational institutions"
        kept.extend(CountrySpan(m.start(), m.end(), "KOR") for m in _KOREAN.finditer(text)
                    if not any(k.start <= m.start() < k.end for k in kept))
    if any(k.iso3 == "EU" for k in kept):
        # "Almost 55 percent of Turkey's exports find their way to Europe" in a text on the EU: the EU's side
        kept.extend(CountrySpan(m.start(1), m.end(1), "EU") for m in _TO_EUROPE.finditer(text))
    for group in _CASPIAN_GROUP.finditer(text):
        # "Iran's trade with the Caspian Sea littoral states rose 10 percent": the five states, Iran among them
        # (not "Azerbaijan was the first destination ... among the Caspian Sea countries": one of them)
        if _AMONG_BEFORE.search(text, max(0, group.start() - 30), group.start()):
            continue
        kept.extend(CountrySpan(group.start(), group.end(), iso3) for iso3 in CASPIAN_STATES)
    # "the mentioned countries", "these countries": the group named last before (`mentioned.group_references`)
    kept.extend(CountrySpan(*ref) for ref in group_references(text, [(k.start, k.end, k.iso3) for k in kept], is_country))
    for group in _NORTHERN_CENTRAL_AMERICA.finditer(text):  # "PepsiCo is investing ... in northern Central America"
        # the sentence by its stops, not the parse's sentences (a hard line break splits those)
        first = max((m.end() for m in _STOP.finditer(text, max(0, group.start() - 400), group.start())), default=0)
        last = next((m.start() for m in _STOP.finditer(text, group.end())), len(text))
        kept = [k for k in kept if not group.start() <= k.start < group.end()]  # not "America" for the U.S.
        if any(first <= k.start < last and k.iso3 in NORTHERN_CENTRAL_AMERICA for k in kept):
            continue  # "partners in northern Central America, has brought over 140,000 people living in Guatemala"
        kept.extend(CountrySpan(group.start(), group.end(), iso3) for iso3 in NORTHERN_CENTRAL_AMERICA)
    return tuple(sorted(kept, key=lambda s: (s.start, s.end)))


#: "Korean" before a common noun ("Korean students", "Korean and American Fulbright grantees"), not a place, war or currency.
_KOREAN = re.compile(r"(?<![\w-])Koreans?(?=\s+[a-z])(?!\s+(?:peninsula|war|won|language)\b)")
#: "Europe" as the other side of a flow of goods or money: "exports ... to Europe", "investments came from Europe"
#: (tests/gold/README.md: the EU's side in a text that names the EU or one of its bodies; not "forces to Europe").
_TO_EUROPE = re.compile(r"\b(?:exports?|imports?|investments?|supplies|supply|deliveries|sales|goods|gas|LNG|oil|trade)\b"
                        r"[^.;]{0,60}?\b(?:to|from|into)\s+(Europe)\b(?![-\s]*(?:Persia|Asia|an\b))")
#: The Caspian littoral states named as a group (`accords.gazetteer.countries.CASPIAN_STATES`): "the Caspian Sea
#: littoral states", "the four Caspian Sea littoral neighbors", "the Caspian countries", "the littoral states
#: of the Caspian Sea" (not "the Persian Gulf littoral states", nor "the Caspian Sea" alone).
_CASPIAN_GROUP = re.compile(
    r"\bCaspian(?:\s+Sea)?(?:\s+(?:littoral|coastal|rim))?\s+(?:states|countries|nations|neighbou?rs)\b"
    r"|\blittoral\s+(?:states|countries|nations)\s+of\s+the\s+Caspian\b",
    re.IGNORECASE,
)
#: The three states of northern Central America named as a group (`NORTHERN_CENTRAL_AMERICA`): "northern Central
#: America", "the Northern Triangle" (not "Central America" alone, which names more countries).
_NORTHERN_CENTRAL_AMERICA = re.compile(r"\b[Nn]orthern\s+Central\s+America\b|\bNorthern\s+Triangle\b")
#: Where a sentence stops: a full stop, or a blank line.
_STOP = re.compile(r"[.!?](?=\s)|\n\s*\n")
_AMONG_BEFORE = re.compile(r"\b(?:among|of|in)\s+(?:all\s+)?(?:the\s+)?(?:other\s+|five\s+)?$", re.IGNORECASE)


#: A hyphen or a dash joining two names into one word: "U.S.-UAE", "US–China".
_JOINED = re.compile(r"[-\u2010\u2013]")


def _pair_parts(text: str, start: int, end: int) -> tuple[CountrySpan, ...]:
    """The two (or more) countries of a mention the entity stage linked as one country although
    it joins several names with hyphens ("the U.S.-UAE Partnership", "US-China trade"): each name
    its own country. Empty when the mention is one name ("Guinea-Bissau", "Timor-Leste")."""
    words = text[start:end].replace("\u2019", "'")
    if not _JOINED.search(words):
        return ()
    table = _gazetteer_table()
    parts = [(start + s, start + e, table[name]) for s, e, name in gazetteer_matches(words)]
    covered = "".join(words[s - start:e - start] for s, e, _ in parts)
    if len({iso for _, _, iso in parts}) < 2 or len(_JOINED.sub("", words)) != len(covered):
        return ()  # one country's name with a hyphen in it, or a word that is no country's
    return tuple(CountrySpan(s, e, iso) for s, e, iso in parts)


#: An organisation that is its country's government ("the U.S. Department of State", "Iran's
#: Ministry of Industry"): the country named in it stays a country, unlike a company's.
_GOVERNMENT_BODY = re.compile(
    r"\b(?:Department|Ministry|Government|Administration|Embassy|Armed\s+Forces|Army|Navy|Air\s+Force|"
    r"Agency\s+for\s+International\s+Development|Trade\s+Representative|Treasury)\b"
)
#: Bodies of a government known by a name naming no country ("USDA", "USAID" for the U.S.
#: Department of Agriculture and Agency for International Development).
_AGENCY = re.compile(
    r"\b(?:Department|Ministry|Agency\s+for\s+International\s+Development|Development\s+Finance\s+Corporation|"
    r"Export-Import\s+Bank|Millennium\s+Challenge\s+Corporation|Trade\s+and\s+Development\s+Agency)\b"
)


#: The bodies a government's own text names without their country, by the text's home country: the White House
#: writes "the Department of State", "the Department of Labor", "the Millennium Challenge Corporation (MCC)" and
#: "DFC" for the United States' own (a foreign ministry or department it names with its country, which the entity
#: stage links: "Vietnam's Ministry of Health", "Australia's Department of Foreign Affairs and Trade"). The names
#: are the gazetteer's (`accords.gazetteer.home_bodies`), here as a name in running text.
_HOME_BODIES = {home: re.compile(rf"\b(?:{names})\b(?!\s+of\b)") for home, names in HOME_BODY_NAMES.items()}
#: A capitalised word right after a body's name that makes the body part of a thing's name, no giver: "a $698 million MCC
#: Compact, supported with $649 million from the United States and $49 million from Indonesia".
_NAMES_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: The word right before a body's name (`_owned`).
_WORD_BEFORE = re.compile(r"([\w.’'-]+)\s+$")


def _owned(text: str, start: int) -> bool:
    """Whether the word before a body's name at `start` makes it another's or names its country: a possessive
    ("Vietnam's Department of Energy", "Indonesia’s"), or a country's name or adjective ("the Philippine Department
    of Energy", "Korea Trade and Development Agency"; "the U.S. Department of State", whose country the entity stage
    links); a body of another's named after the body's name ("the Export-Import Bank of Korea") is left by
    `_HOME_BODIES` itself."""
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if word is None:
        return False
    token = word.group(1)
    return token.endswith(("'s", "’s")) or _gazetteer_table().get(token.replace("’", "'")) is not None


def _government_bodies(text: str, extraction: Extraction, official: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each mention of a government body with a country of its own: a
    department, ministry or development agency acts for its country, also where the mention is
    an acronym ("In Guatemala and Honduras, USDA will provide $30M"); in a government's own text
    (`official`), the home's bodies it names without their country (`_HOME_BODIES`: "MCC's investment
    of $202 million" in a White House text is the United States')."""
    bodies = {e.id: e.country for e in extraction.entities
              if e.type == "ORG" and e.country and any(_AGENCY.search(n) for n in (e.name, *e.aliases))}
    found = [(ev.start, ev.end, bodies[m.entity_id]) for m in extraction.mentions if m.entity_id in bodies
             for ev in m.evidence]
    home_body = _HOME_BODIES.get(official or "")
    if official is not None and home_body is not None:
        # named without a country of its own, not after another's name ("Vietnam's Department of Energy")
        found += [(m.start(), m.end(), official) for m in home_body.finditer(text)
                  if not _owned(text, m.start()) and not _NAMES_AFTER.match(text, m.end()) and text[m.start() - 1:m.start()] != "("]
    for _start, end, iso3 in list(found):
        # "The U.S. Department of Agriculture (USDA) will provide $25M ... USDA will provide $30M"
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym is not None:
            found += [(m.start(), m.end(), iso3) for m in re.finditer(rf"\b{re.escape(acronym.group(1))}\b", text)
                      if m.start() > acronym.end()]
    return found


#: An acronym in brackets right after a name: "U.S. Department of Agriculture (USDA)".
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")


#: A capital that acts for its government: "Beijing resume buying", "Washington's tariffs".
_ACTS_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:has|have|had|will|would|could|should|is|was|are|were|wants?|wanted|agreed|imposed|"
    r"resumed?|bought|buys|plans?|planned|asked|pressed|announced|exported|imported|demanded|insists?|insisted)\b)"
)


def _capitals_acting(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each capital written as the subject or owner of a verb or a
    possessive ("Beijing resume buying", "Washington's tariffs"); a capital as a place
    ("talks in Tehran", the dateline "TEHRAN –") is no country."""
    table = _capital_table()
    if not table:
        return []
    pattern = _capital_pattern()
    return [(m.start(), m.end(), table[m.group(0)]) for m in pattern.finditer(text) if _ACTS_AFTER.match(text, m.end())]


@functools.cache
def _capital_table() -> dict[str, str]:
    try:
        from accords.gazetteer.countries import countries
    except ImportError:
        return {}
    return {capital: country.iso3 for country in countries() for capital in country.capitals if " " not in capital}


@functools.cache
def _capital_pattern() -> re.Pattern[str]:
    names = sorted(_capital_table(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _regions(extraction: Extraction) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each mention of a place that lies in a country of its own ("Inner
    Mongolia": CHN), which a country's name inside it does not name."""
    located = {e.id: e.country for e in extraction.entities if e.type == "PLACE" and e.country}
    return [(ev.start, ev.end, located[m.entity_id]) for m in extraction.mentions if m.entity_id in located
            for ev in m.evidence]


def _names_of_others(extraction: Extraction) -> list[tuple[int, int]]:
    """Spans of mentions of organisations and people that have a country of their own."""
    kinds = {e.id: e for e in extraction.entities if e.type in ("ORG", "PERSON")}
    return [
        (ev.start, ev.end) for m in extraction.mentions if m.entity_id in kinds for ev in m.evidence
    ]


#: How often a text must name its main country for a second one named once to be named in passing.
PASSING_AFTER = 3


def article_pair(spans: Iterable[CountrySpan]) -> tuple[str, str] | None:
    """The two most-mentioned countries (ties: first mentioned first), sorted; None if fewer than two,
    or if the second is named only once where the first is named `PASSING_AFTER` times or more: a text about one country
    that names another in passing ("competitor nations like the People's Republic of China" once in a
    fact sheet on EV chargers, "in India and South Africa" once in one on lead pipes) has no pair, and
    its home figures are not the other's."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for span in spans:
        if span.body:
            continue
        counts[span.iso3] += 1
        first.setdefault(span.iso3, span.start)
    ranked = sorted(counts, key=lambda iso: (-counts[iso], first[iso]))
    if len(ranked) < 2 or (counts[ranked[1]] == 1 and counts[ranked[0]] >= PASSING_AFTER):
        return None
    return tuple(sorted(ranked[:2]))  # type: ignore[return-value]


#: The share of an article's country mentions its pair must have for the article to be about that pair.
PAIR_SHARE = 0.75


def about_the_pair(spans: Sequence[CountrySpan], pair: tuple[str, str] | None) -> bool:
    """Whether the article is about its pair (the pair's names are at least `PAIR_SHARE` of its
    country mentions `spans`), not a text naming many countries where two happen to come first (a
    climate fact sheet naming Russia's war and the United States)."""
    named = [c.iso3 for c in spans]
    return bool(named) and pair is not None and sum(c in pair for c in named) >= PAIR_SHARE * len(named)


def pair_named_by(spans: Sequence[CountrySpan], pair: tuple[str, str], offset: int, titled: Container[str] = ()) -> bool:
    """Whether the text has named both of its pair (in its title, or before `offset`): a figure naming no country is
    the pair's only once the reader has met both ("the Department invested approximately $110 million" in a report
    that names Afghans only at its end is no figure of Afghanistan's)."""
    return all(code in titled or any(c.iso3 == code and c.start < offset for c in spans) for code in pair)


def title_countries(title: str | None) -> frozenset[str]:
    """The countries a title names by a gazetteer name or demonym ("Readout of ... Meeting with
    President Castro of Honduras": HND), what a text is said to be about."""
    if not title:
        return frozenset()
    table = _gazetteer_table()
    return frozenset(table[alias] for _, _, alias in gazetteer_matches(title.replace("\u2019", "'")))


def main_country(spans: Iterable[CountrySpan]) -> str | None:
    """The article's most-mentioned country (ties: first mentioned), what "the country" means."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for span in spans:
        if is_country(span.iso3) and not span.body:
            counts[span.iso3] += 1
            first.setdefault(span.iso3, span.start)
    if not counts:
        return None
    return min(counts, key=lambda iso: (-counts[iso], first[iso]))


def stands_out(spans: Iterable[CountrySpan], code: str, listed: Container[tuple[int, int]]) -> bool:
    """Whether the country `code` can be a text's topic: named more often than any other, or, tied
    with others, named outside a list of three or more countries (`listed`: their spans). A page
    naming eight countries once each in a list of test markets ("tested removing likes in Italy,
    Canada, Ireland, ...") has no topic among them, and its later figures are not the first one's."""
    spans = list(spans)
    counts = Counter(s.iso3 for s in spans if is_country(s.iso3) and not s.body)
    if all(n < counts[code] for other, n in counts.items() if other != code):
        return True
    return any(s.iso3 == code and (s.start, s.end) not in listed for s in spans)


def is_country(code: str) -> bool:
    """Whether a subject code is a country's ISO3 rather than an organisation's acronym (SCO, ECO)."""
    table = _gazetteer_table()
    if table:
        return code in _country_codes()
    return len(code) == 3 and code.isupper()


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(_gazetteer_table().values())


def subjects_for(
    clause: str, named: Sequence[str], *, pair: tuple[str, str] | None, extra: Sequence[str] = ()
) -> tuple[str, ...]:
    """The sorted subjects of a figure whose clause names the countries `named`.

    `extra` are countries implied by the clause (a first-person speaker's country). A pair cue
    ("between the two countries", "mutual", "bilateral") gives the article's pair when the
    clause names no country outside it.
    """
    found = list(dict.fromkeys([*named, *extra]))
    if pair is not None and PAIR_CUE.search(clause) and set(found) <= set(pair):
        return tuple(pair)
    wholes = {next(g for g in m.groups() if g).upper() for m in _MEMBERS_WHOLE.finditer(clause)}
    if len(found) > 1 and len(owners := [c for c in found if c in wholes]) == 1:
        return (owners[0],)  # "Eco members' trade turnover was $845 billion and Iran ranked second": the ECO's
    return tuple(sorted(found))


#: A whole of an organisation's members, the organisation's figure (as the gold gives a trade figure of an IGO's
#: members the IGO alone): "ECO members' trade turnover", "the SCO member states' GDP", "in the ECO region".
_MEMBERS_WHOLE = re.compile(
    r"\b(?:in\s+the\s+([A-Z][A-Za-z]{1,5})\s+region\b(?!['’])|([A-Z][A-Za-z]{1,5})\s+(?:member\s+(?:states|countries|nations)|members)['’])")


@functools.cache
def _gazetteer_table() -> dict[str, str]:
    try:
        from accords.gazetteer.countries import countries
    except ImportError:  # the gazetteer is optional: linked mentions alone still work
        return {}
    table: dict[str, str] = {}
    for country in countries():
        for alias in (*country.demonyms, *country.names):
            table[alias] = country.iso3
    return table


#: What a language is used in or spoken: "available in French", "translated into Russian", "speaks Turkish".
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:in|into|speaks?|speaking|spoke|spoken|fluent\s+in)\s+"
    # a later item of a list of languages after the cue: "interviews in English and Spanish", "in Arabic, French or Farsi"
    r"(?:(?-i:[A-Z])[\w-]*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,6}$"
    # an item of a list of languages: "services in seven languages of Azerbaijani, English, French, ... and Russian"
    r"|\blanguages\s+(?:of|including|such\s+as|like|namely|:)\s+(?:(?-i:[A-Z])[\w-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE)
#: How far before an adjective the words of a language may come.
_LANGUAGE_REACH = 160
#: What ends a country adjective standing alone as a noun: punctuation, a conjunction or a preposition (not the
#: noun it would qualify: "in French ports", "in Chinese waters" are the country's).
#: Another capitalised word joined to an adjective: "English and Arabic", "French, German".
_MORE_ADJECTIVES = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w-]*")
_ALONE_AFTER = re.compile(r"\s*(?:[,.;:)!?\"”]|$)|\s+(?:as|to|with|by|on|at|for|but|is|was|are|were|than|from|and|or)\b")


def _is_language(text: str, span: CountrySpan) -> bool:
    """Whether the country adjective at `span` stands alone after a word of using or speaking a
    language ("available in French", "in English and Arabic", "translated into Russian"): the
    language, not the country. A country's name ("in France") or an adjective before its noun ("in
    French ports") is the country."""
    word = text[span.start:span.end]
    if word not in _adjectives() or not _LANGUAGE_BEFORE.search(text, max(0, span.start - _LANGUAGE_REACH), span.start):
        return False
    end = span.end
    while (more := _MORE_ADJECTIVES.match(text, end)) is not None:
        end = more.end()  # "in English and Arabic", but "in Russian and Ukrainian shelling" qualifies a noun
    return bool(_ALONE_AFTER.match(text, end))


@functools.cache
def _adjectives() -> frozenset[str]:
    """The gazetteer's country adjectives that are not also a name of a country ("French", "Russian";
    not "Iran", nor the plural peoples "Americans")."""
    try:
        from accords.gazetteer.countries import countries
    except ImportError:
        return frozenset()
    names = {name for country in countries() for name in country.names}
    return frozenset(d for country in countries() for d in country.demonyms if d not in names and not d.endswith("s"))


def is_adjective(word: str) -> bool:
    """Whether `word` is a country's adjective that is no name of a country ("Iranian", "Kazakh")."""
    return word in _adjectives()


def is_demonym(word: str) -> bool:
    """Whether `word` is a country's people in the plural as the gazetteer spells it ("Americans",
    "Azerbaijanis", "Turks"), not a party or a group ("Republicans", "Kurds")."""
    return word.endswith("s") and word in _gazetteer_table()


def country_iso3(name: str) -> str | None:
    """The country a gazetteer name of a country stands for ("Armenia": ARM), or None."""
    return _gazetteer_table().get(name)


def demonym_country(word: str) -> str | None:
    """The country of a people in the plural ("Americans": USA), or None."""
    return _gazetteer_table().get(word) if is_demonym(word) else None


def gazetteer_matches(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of every gazetteer name or demonym standing as whole words in `text`.

    The same matches, in the same order, as `_gazetteer_pattern().finditer(text)` (longest
    name first at each place, matches not overlapping), but that regex tries its ~800
    alternatives at every character, which made it most of the stage's time. Every name starts
    with a letter, so a match starts where a word starts and begins with that whole word: only
    the names sharing the text's first word there are tried, in the regex's order.
    """
    index = _gazetteer_index()
    if index is None:
        pattern = _gazetteer_pattern()
        if pattern is not None:
            yield from ((m.start(), m.end(), m.group(0)) for m in pattern.finditer(text))
        return
    word_start, by_first_word = index
    resume = 0  # where the previous match ended: matches do not overlap
    for word in word_start.finditer(text):
        start = word.start()
        if start < resume or (start > 0 and _WORD_CHAR.match(text, start - 1)):
            continue  # inside a match, or inside a word ("iPhone")
        for name in by_first_word.get(word.group(), ()):
            end = start + len(name)
            if text.startswith(name, start) and not _WORD_CHAR.match(text, end):
                yield start, end, name
                resume = end
                break


_WORD_CHAR = re.compile(r"\w")
_FIRST_WORD = re.compile(r"\w*")


@functools.cache
def _gazetteer_index() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
    """For `gazetteer_matches`: a pattern for the words a name may start with, and the names by
    their first word, longest first; None when some name does not start with a word character
    (then the plain regex is used)."""
    table = _gazetteer_table()
    if not table or not all(_WORD_CHAR.match(name) for name in table):
        return None
    by_first_word: dict[str, list[str]] = {}
    for name in sorted(table, key=len, reverse=True):  # the regex's order of alternatives
        first = _FIRST_WORD.match(name)  # "\w*" matches every string, if only the empty one
        by_first_word.setdefault(first.group() if first is not None else "", []).append(name)
    initials = "".join(sorted({name[0] for name in table}))
    word_start = re.compile("[" + re.escape(initials) + r"]\w*")
    return word_start, {word: tuple(names) for word, names in by_first_word.items()}


@functools.cache
def _gazetteer_pattern() -> re.Pattern[str] | None:
    """Every gazetteer name as one regex: the definition `gazetteer_matches` follows."""
    table = _gazetteer_table()
    if not table:
        return None
    alternatives = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w])")
