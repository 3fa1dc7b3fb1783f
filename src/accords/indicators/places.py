"""Where people a figure counts were killed, hurt, detained or displaced: the country of the place a
sentence names after "in" ("detained after the protests in Tehran": Iran) or names an attack by ("the
Shiraz attack": Iran), for casualty counts whose
sentence names no country (`accords.indicators.owners`). Capitals and listed cities come from the
gazetteers (`accords.gazetteer.places.place_country`), US states from `accords.gazetteer.us_states.state_country`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.gazetteer.places import place_country
from accords.gazetteer.us_states import state_country
from accords.indicators.bodyrefs import referred_body
from accords.indicators.subjects import CountrySpan
from accords.indicators.worldshares import OF_THE_WORLD
from accords.quantities.units import is_money

#: "in Tehran", "in the northern city of Mosul", "in Texas", "at the Istanbul airport": a place named after "in" or "at".
IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:city\s+of\s+|town\s+of\s+|province\s+of\s+)?"
                      r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


#: An attack named by its place: "The Shiraz attack took place on October 26 ..., killing at least 13 people",
#: "the Ganja missile attack", "the Beirut blast" (not a nation's adjective: "Turkish shelling" names no place).
ATTACK_PLACE = re.compile(
    r"\b(?!(?:The|A|An|This|That|Last|Such|Following|On)\b)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+"
    r"(?:(?:airport|terrorist|terror|missile|suicide|rocket|drone|bomb)\s+)?"
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacre)\b")


def place_of(text: str, span: tuple[int, int]) -> str | None:
    """The one country of the places a sentence names after "in" (a capital, a listed city, a US
    state) or as the name of an attack ("the Shiraz attack": `ATTACK_PLACE`), where people were killed,
    hurt, detained or displaced; None when it names none or places of several countries."""
    found = set()
    for match in [*IN_PLACE.finditer(text, span[0], span[1]), *ATTACK_PLACE.finditer(text, span[0], span[1])]:
        words = match.group("name").split()
        country = next((c for n in range(len(words), 0, -1)
                        if (c := place_country(" ".join(words[:n])) or state_country(" ".join(words[:n]))) is not None), None)
        if country is not None:
            found.add(country)
    return found.pop() if len(found) == 1 else None


#: Figures of a place itself ("Afrin has a population of 300,000"): in a sentence that names no country, the
#: place's country is theirs, not the article's (`named_place`).
PLACE_FIGURES = frozenset({"population", "area", "inhabitants", "residents"})
#: A capitalised name of up to three words (`named_place` tries its longest known start).
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def named_place(text: str, span: tuple[int, int]) -> str | None:
    """The one country of the places (capitals, listed cities) a stretch names, None when it names
    none or places of several countries ("Afrin has a population of 300,000": Syria)."""
    found = set()
    for match in _NAME.finditer(text, span[0], span[1]):
        words = match.group().split()
        country = next((c for n in range(len(words), 0, -1) if (c := place_country(" ".join(words[:n]))) is not None), None)
        if country is not None:
            found.add(country)
    return found.pop() if len(found) == 1 else None


#: A region, continent or ocean named as the scope of a figure: "exports to Africa", "projects across the
#: continent", "in the Indo-Pacific", "across West Africa", "to Latin American GDP", "to help Pacific Islands adapt",
#: "Pacific Island countries" (not "the Pacific Islands Forum", a name). Not "the region", which
#: stands for the countries a text names as its region ("jobs in the region" of El Salvador, Guatemala and
#: Honduras), nor a word of a name ("Power Africa", "the U.S.-Africa Leaders Summit", "Agro Atlantic").
REGION = re.compile(
    r"\b(?:(?:sub-Saharan|North(?:ern)?|South(?:ern)?|East(?:ern)?|West(?:ern)?|Central|Southeast)\s+)?"
    r"(?:Africa|Asia|Latin\s+America(?:n)?|the\s+Caribbean|the\s+Americas|Indo-?[\u2011-]?Pacific|Middle\s+East|"
    r"the\s+(?:African\s+)?continent|the\s+Atlantic|the\s+Pacific|(?:the\s+)?Pacific\s+Islands?)\b(?!\s*[-\u2011]?\s*[A-Z])"
)
#: A capitalised word right before a region word: the region is part of a name ("Prosper Africa").
_NAME_BEFORE = re.compile(r"(?:\b(?!(?:In|Across|To|For|From|Throughout|Within|And|The)\b)[A-Z][\w.]*[\s-]+|[-\u2011])$")


def names_region(text: str, span: tuple[int, int]) -> bool:
    """Whether a sentence names a region, continent or ocean (`REGION`) outside a name: in a sentence
    that names no country, the figure is about that region, not about the country the text names most."""
    return any(not _NAME_BEFORE.search(text, max(span[0], m.start() - 30), m.start())
               for m in REGION.finditer(text, span[0], span[1]))


#: The world as the place of what befell people: "3,248 cases reported worldwide", "killed millions of people
#: around the world", "reducing the world population".
_WORLD = re.compile(r"\b(?:worldwide|world-wide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+world|"
                    r"(?:the\s+)?world(?:['’]s)?\s+population|global\s+population)\b", re.IGNORECASE)


def of_the_world(text: str, span: tuple[int, int]) -> bool:
    """Whether a sentence counts people of the whole world (`_WORLD`): with no country of its own such a
    count is no country's figure and is left out, as the gold leaves out a region's."""
    return bool(_WORLD.search(text, span[0], span[1]))


#: A port, airport, terminal or free zone named by its place: "the Baku port", "the port of Aktau", "Baku International
#: Sea Trade Port", "the Alat Free Economic Zone", "Chabahar's port".
_FACILITY = (r"(?:sea\s+)?ports?|airports?|(?:container\s+|cargo\s+)?terminals?|(?:free\s+(?:economic\s+|trade\s+)?|"
             r"special\s+economic\s+)zones?|railway\s+stations?|dry\s+ports?")
FACILITY_PLACE = re.compile(
    r"\b(?P<before>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+(?:(?:International|Sea|Commercial|Trade|Cargo|Free|"
    r"Economic)\s+){0,3}(?i:" + _FACILITY + r")\b"
    r"|\b(?i:" + _FACILITY + r")\s+(?:city\s+)?of\s+(?P<after>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def facility_country(text: str, span: tuple[int, int]) -> str | None:
    """The one country of the ports, airports, terminals and free zones a clause names by a listed place
    (`FACILITY_PLACE`, `gazetteer.places.place_country`): "The capacity of the Baku port will be increased to 25
    million tons" is Azerbaijan's, whatever country the sentence before named. None when it names none, or
    facilities of several countries."""
    found = set()
    for match in FACILITY_PLACE.finditer(text, span[0], span[1]):
        words = (match.group("before") or match.group("after")).split()
        country = next((c for n in (len(words), 1) if (c := place_country(" ".join(words[-n:] if match.group("before")
                                                                                    else words[:n]))) is not None), None)
        if country is not None:
            found.add(country)
    return found.pop() if len(found) == 1 else None


#: Goods and their carriers a country holds at its border or port: "Three hundred containers carrying fruit ... from
#: Turkey had also been held in Jeddah's port" is Saudi Arabia's too (the holder's and the sender's).
GOODS_HELD = frozenset({"containers", "trucks", "lorries", "wagons", "ships", "vessels", "tankers", "shipments", "cargoes"})
_HELD_IN = re.compile(r"\b(?:held|stuck|stranded|blocked|stopped|impounded|seized|detained)\s+(?:up\s+)?(?:in|at)\s+(?:the\s+)?"
                      r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")


def held_at(text: str, span: tuple[int, int]) -> str | None:
    """The country of the one listed place (a city, a capital) where the goods a clause counts are held."""
    found = {country for match in _HELD_IN.finditer(text, span[0], span[1])
             if (country := place_country(match.group("name"))) is not None}
    return found.pop() if len(found) == 1 else None


#: Unnamed countries before a figure that they hold: "Countries representing 90% of global forest cover", "over
#: 100 countries, covering nearly half of global methane emissions and almost 70% of global GDP".
_UNNAMED_HOLDERS = re.compile(r"\bcountries,?\s+(?:representing|covering|accounting\s+for|that\s+(?:represent|cover|"
                              r"account\s+for))\b[^.;:]*$", re.IGNORECASE)
#: Money for developing countries none of which the sentence names: "Over $20 billion of new public and philanthropic
#: finance has been committed to support developing countries".
_UNNAMED_RECEIVERS = re.compile(r"\b(?:developing|low-\s+and\s+middle-income)\s+(?:countries|nations|economies)\b",
                                re.IGNORECASE)
#: The writer's own side named by its pronoun: "we will provide", "our contribution".
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
#: A holder of a share named by a word that stands for a side: "we produce only about 10 percent of global supply",
#: "The country accounts for 1 percent of the world's oil output".
_HOLDER_WORD = re.compile(r"\b(?:we|our|us|it|its|the\s+(?:country|nation|kingdom|republic|state))\b", re.IGNORECASE)


def world_figure(text: str, sentence: tuple[int, int], figure: tuple[int, int], unit: str,
                 countries: Sequence[CountrySpan]) -> bool:
    """Whether a figure is the world's or unnamed countries', no figure of a side (left out): a share of the
    world's whole ("90% of the world's GDP") held by no country the sentence names before it (nor "we", "the country"), or by unnamed
    "countries representing" it; money for "developing countries" in a sentence that names no country
    (`countries`: those the article names) and no "we" or "our"."""
    lead, tail = text[sentence[0]:figure[0]], text[figure[1]:sentence[1]]
    if unit == "percent" and OF_THE_WORLD.match(tail):
        named = any(sentence[0] <= c.start < figure[0] for c in countries) or _HOLDER_WORD.search(lead) \
            or referred_body(text, sentence[0], countries) is not None  # "The organization accounts for 40% of the world's"
        return not named or bool(_UNNAMED_HOLDERS.search(lead))
    return is_money(unit) and not any(sentence[0] <= c.start < sentence[1] for c in countries) \
        and bool(_UNNAMED_RECEIVERS.search(text, *sentence)) and not _FIRST_PERSON.search(text, *sentence)
