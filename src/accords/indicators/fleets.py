"""Counts of aircraft named by their model: orders, deliveries and fleets in airline news.

An airline page counts aircraft by the maker's model name rather than by a noun ("ordered 40
A321neos and 10 A350s", "an order for 25 Boeing 787 Dreamliners", "20 more 787-9s", "50 Boeing
737 MAX 8"), or counts the orders themselves ("50 firm orders and 30 options"). The noun-led
owner (`accords.indicators.countnouns.count_noun`) passes such names over as designations and finds no
noun, so the figure would be lost. A count followed by nothing but model designations, in a
sentence that speaks of aircraft (`_AVIATION`), is `aircraft`; "N (firm) orders" and "N options"
there are `aircraft_orders` and `aircraft_options`, and so are options counted without a noun ("with the
option to buy 12 more", "took options on a further 18"). A model count outside an aviation sentence
("12 T-72 tanks" is named by its noun anyway) is not read here.

An order is a deal between two sides: aircraft a buyer orders, buys or takes delivery of from a
maker the sentence names ("Emirates ordered 50 Airbus A350 jets", "an order for 30 Boeing 787
Dreamliners", "will buy 20 planes from Embraer"), and the money such an order is worth, are the
buyer's and the maker's figures (`with_maker`; a "deal" or a "commitment" with a maker counts too), as a
bilateral flow takes both sides; the maker's
country is its headquarters' (`accords.knowledge.companies`). A fleet the airline operates is its
own.
"""

from __future__ import annotations

import re

from accords.knowledge.companies import company_country
from accords.gazetteer.places import place_country

#: Aircraft makers, as news names them (their countries: `accords.knowledge.companies`).
MAKERS = ("Airbus", "Boeing", "Embraer", "Bombardier", "Comac", "ATR", "Sukhoi")
#: Words that make a sentence one about aircraft: airlines, makers, the aircraft themselves, a fleet.
_AVIATION = re.compile(
    r"\b(?:airlines?|air\s+carriers?|carriers?|aircraft|airliners?|jets?|jetliners?|planes?|fleets?|aviation|"
    rf"{'|'.join(MAKERS)}|Dreamliners?)\b",
    re.IGNORECASE,
)
#: Words between a count and the model it counts that name no model: "20 more 787-9s", "50 new A320neos".
_LEAD_WORDS = r"(?:(?:more|additional|new|further|used|leased|wide-?body|narrow-?body)\s+)*"
#: One token of a model designation: a maker ("Airbus", "Boeing"), a model number with or without letters
#: and a plural "s" ("787", "787-9s", "A350s", "A321neos", "E195-E2"), a capitalised model or series name
#: ("Dreamliners", "MAX", "Max").
_DESIGNATION = r"(?:[A-Z][A-Za-z]*\d[\w-]*|\d{1,4}(?:-\d{1,4})?[A-Za-z]*|[A-Z][A-Za-z]+|[A-Z]{2,}s?)"
#: What the models of a count may be called after their names: "30 Boeing 787-9 aircraft", "10 777X freighters".
_CRAFT = r"(?:aircraft|airliners?|jetliners?|jets|planes|freighters|superjumbos|widebodies|wide-?body\s+jets)"
#: A count's tail that is only model designations up to the end of its noun phrase, one of them with a
#: digit or a known series name (so a name alone, "25 Boeing executives" aside, does not count).
_MODELS_AFTER = re.compile(
    rf"^\s+{_LEAD_WORDS}(?P<models>{_DESIGNATION}(?:[\s-]+{_DESIGNATION}){{0,3}})(?:\s+family)?(?:\s+(?P<craft>{_CRAFT}))?"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:and|or|from|to|for|worth|valued|in|at|by|with|on|over|through|between|as|that|which|"
    r"were|was|will|would|are|is|has|have|had|plus|including)\b))"
)
_SERIES = re.compile(r"\d|\b(?:Dreamliners?|MAX|Max|neos?)\b")
#: "50 firm orders", "30 options", "100 purchase rights": what an aircraft deal counts besides aircraft.
_ORDERS_AFTER = re.compile(r"^\s+(?:(?:firm|new|additional|more|outstanding)\s+)?(?P<what>orders|options|purchase\s+rights)\b",
                           re.IGNORECASE)

#: Options counted without a noun: "options for 33 more", "took options on a further 18", "an option to buy 12 more".
_OPTIONS_BEFORE = re.compile(
    r"\boptions?\s+(?:for|on|to\s+(?:buy|purchase|order|acquire))\s+(?:up\s+to\s+)?(?:a\s+further\s+|another\s+|an\s+additional\s+)?$",
    re.IGNORECASE)
#: What may follow such a count: "more", or the end of its clause.
_MORE_AFTER = re.compile(r"^(?:\s+(?:more|additional|further)\b|\s*(?:[,.;)]|$))", re.IGNORECASE)


#: "twice a week", "three times a week", "once weekly": how often a flight or a route is flown.
_A_WEEK_AFTER = re.compile(r"^\s+(?:times\s+)?(?:a|per|every|each)\s+week\b|^\s+(?:times\s+)?weekly\b", re.IGNORECASE)
#: The frequency counted, right before "a week": an adverb ("twice") or a number before "times" (the figure itself
#: is the adverb; `lead` is the sentence up to it and must end where a frequency starts, not in "for two days").
_WEEKLY_FIGURE = re.compile(r"(?:\b(?:operated|flown|fly|flies|run|runs|performed|served|scheduled|made|be|is|are)|,)\s+"
                            r"(?:(?:by|with|on)\s+[^,.;]{0,60}?\s+)?$", re.IGNORECASE)
#: A sentence about flights or an air route.
_FLIGHTS = re.compile(r"\b(?:flights?|route|airlines?|air\s+carriers?|flies|flown)\b", re.IGNORECASE)


def aircraft_metric(sentence: str, tail: str, *, unit: str, lead: str = "") -> str | None:
    """`aircraft` for a count of aircraft named by their model (`tail`: the text after the count), or
    the craft noun after the model ("30 Boeing 787-9 aircraft", "10 777X freighters": `freighters`),
    `aircraft_orders` / `aircraft_options` for counted orders or options ("options for 33 more", "took
    options on a further 18": `lead` is the sentence up to the count), in a `sentence` about aircraft
    (`_AVIATION`); None otherwise."""
    if unit == "count" and _A_WEEK_AFTER.match(tail) and _WEEKLY_FIGURE.search(lead) and _FLIGHTS.search(sentence) \
            and len(route_sides(sentence, ())) == 2:  # a route whose two countries the sentence names by its cities
        return "weekly_flights"  # "The Baku-Mashhad-Baku route will be operated by one of the Azerbaijani airlines twice a week"
    if unit != "count" or not _AVIATION.search(sentence):
        return None
    if (orders := _ORDERS_AFTER.match(tail)) is not None:
        return "aircraft_orders" if orders.group("what").lower() == "orders" else "aircraft_options"
    if _OPTIONS_BEFORE.search(lead) and _MORE_AFTER.match(tail):
        return "aircraft_options"
    models = _MODELS_AFTER.match(tail)
    if models is not None and _SERIES.search(models.group("models")):
        # named by its own noun where one follows the models ("20 Airbus A350 jets": jets)
        return re.sub(r"[\s-]+", "_", models.group("craft").lower()) if models.group("craft") else "aircraft"
    return None


#: Metrics of counted aircraft (`aircraft_metric`, and the nouns that name them) and of the money an order is worth.
ORDERED = frozenset({"aircraft", "aircraft_orders", "aircraft_options", "jets", "planes", "airliners", "jetliners",
                     "freighters", "superjumbos", "widebodies", "helicopters"})
_ORDER_VALUES = frozenset({"price", "contract_value", "deal_value", "order_value"})
#: Words of an order, a purchase or a delivery: what makes the maker a side of the figure.
_ORDER = re.compile(
    r"\b(?:order(?:s|ed|ing)?|buy(?:s|ing)?|bought|purchas\w*|acquir\w*|finali[sz]\w*|deliver\w*|leas(?:e|es|ed|ing)|"
    r"commitments?|deals?)\b",
    re.IGNORECASE,
)
_MAKER = re.compile(rf"\b(?:{'|'.join(MAKERS)})\b")


#: A model named right after the count without its maker, which the model's name tells: "12 A350s", "20 more
#: A321neos" (Airbus), "10 787-9s", "50 737 MAX jets", "30 777X" (Boeing), "10 E195-E2s" (Embraer).
_MODEL_MAKERS = tuple((re.compile(rf"^\s+{_LEAD_WORDS}{model}"), maker) for model, maker in (
    (r"A3[1-8]\d(?:neo|-\d{3}|[A-Z]{0,3})?s?\b", "Airbus"), (r"7[1-8]7(?:-\d{1,3}|X|\s+MAX)?[A-Za-z]*\b", "Boeing"),
    (r"E1[79]\d(?:-E2)?s?\b", "Embraer")))


def with_maker(sentence: str, tail: str, metric: str, subjects: tuple[str, ...]) -> tuple[str, ...]:
    """The subjects of a figure of an aircraft order (`ORDERED` counts, or what the order is worth)
    with the maker's country added: the maker named right after the count ("50 Airbus A350 jets",
    `tail` the text after the figure), else the one maker the `sentence` names ("will buy 20 planes
    from Embraer"). Unchanged without a buyer (no subjects), without words of an order (a fleet
    operated) or where the sentence names two makers and none follows the count."""
    if metric == "weekly_flights":
        return route_sides(sentence, subjects)
    if not subjects or (metric not in ORDERED and metric not in _ORDER_VALUES) or not _ORDER.search(sentence):
        return subjects
    own = _MAKER.match(tail.lstrip())
    model = next((maker for pattern, maker in _MODEL_MAKERS if pattern.match(tail)), None)
    makers = {own.group(0)} if own is not None else {model} if model is not None else set(_MAKER.findall(sentence))
    if len(makers) != 1 or (metric in _ORDER_VALUES and not _AVIATION.search(sentence)):
        return subjects
    country = company_country(makers.pop())
    return tuple(sorted({*subjects, country})) if country is not None and country not in subjects else subjects


#: A route named by its cities: "the Baku-Mashhad-Baku route", "the Tehran-Tbilisi flight".
_ROUTE = re.compile(r"\b(?P<cities>[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s+(?:route|flights?|line|service)\b")


def route_sides(sentence: str, subjects: tuple[str, ...]) -> tuple[str, ...]:
    """The subjects of a route's weekly flights with the countries of the listed cities its name joins ("The
    Baku-Mashhad-Baku route will be operated ... twice a week": Azerbaijan's and Iran's)."""
    found = {c for route in _ROUTE.finditer(sentence) for city in route.group("cities").split("-")
             if (c := place_country(city)) is not None}
    return tuple(sorted({*subjects, *found})) if len(found) == 2 else subjects
