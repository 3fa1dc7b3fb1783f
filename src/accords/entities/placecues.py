"""Towns the small model takes for an organisation or a person, told by the words around them.

A US town given with its state ("traveling to Tarboro, North Carolina", "Tarboro, NC", "near
McAllen, Texas"), a name in apposition to a settlement noun ("of Addison, a village southwest of
Ithaca"), the members of a list of towns ("the cities of Quetzaltenango, Coban, and Fraijanes")
a name between a preposition of place and a lower-case settlement noun ("in Aq-Tuqai village")
and a name a distance and a bearing point to ("struck 23 kilometers east of Nurdagi", "10 miles north
of Kherson") are places, whatever type the model gave them: the text's own words say what they are
(tests/gold/README.md: "Every city, region, sea, river and border crossing is a PLACE").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from accords.gazetteer import us_states
from accords.entities.lexicon import HONORIFICS, TITLE_HEADS
from accords.entities.towns import AMBIGUOUS_STATES

#: Nouns of settlements and local divisions that, after "a"/"the" in apposition, say the name before is a place.
SETTLEMENT_NOUNS = frozenset({
    "village", "town", "city", "suburb", "township", "borough", "hamlet", "municipality", "county", "district",
    "neighborhood", "neighbourhood", "province", "region", "community", "port", "capital",
})
_SETTLEMENT_PLURALS = frozenset({"villages", "towns", "cities", "municipalities", "townships", "counties", "districts",
                                 "provinces", "regions", "communities"})
#: US state postal codes ("Tarboro, NC").
_POSTAL = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
})
_ADJECTIVES = frozenset({"small", "tiny", "large", "rural", "coastal", "border", "nearby", "northern", "southern",
                         "eastern", "western", "central", "remote", "mountain", "mountainous", "farming",
                         "fishing", "mining", "industrial", "historic", "quiet", "major", "key", "secondary",
                         "tertiary", "old", "ancient", "neighbouring", "neighboring"})


def named_as_place(doc: Doc, span: Span) -> bool:
    """Whether the text's words around `span` (a name of one to three capitalised words the
    model tagged an organisation or a person) say it is a town (see the module docstring)."""
    if not 1 <= len(span) <= 3 or not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    return (_with_state(doc, span.end) or _in_apposition(doc, span.end) or _listed_town(doc, span.start)
            or _before_settlement_noun(doc, span) or _after_bearing(doc, span.start))


#: Units of a distance and the points of the compass of "23 kilometers east of Nurdagi".
_DISTANCE_UNITS = frozenset({"kilometers", "kilometres", "km", "miles", "mi", "kilometer", "kilometre", "mile"})
_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                       "north-east", "north-west", "south-east", "south-west"})


def _after_bearing(doc: Doc, start: int) -> bool:
    """"23 kilometers east of Nurdagi", "10 miles north-west of Kherson": a number, a unit of distance,
    a point of the compass and "of" before the name."""
    if start < 4 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _BEARINGS:
        return False
    unit = start - 3
    if doc[unit].text == "-" and unit >= 3 and doc[unit - 1].lower_ in _BEARINGS:
        unit -= 2  # "north-west" split into three tokens
    return unit >= 1 and doc[unit].lower_ in _DISTANCE_UNITS and doc[unit - 1].like_num


#: Settlement nouns that, right after a name placed by a preposition, say it is a place ("in Aq-Tuqai
#: village"); not "port" or "community", which also end the names of projects and groups.
#: They also end no person's name ("Charmshahr Industrial Town", `accords.entities.plausible.plausible_person`).
SETTLEMENT_HEADS = frozenset({"village", "town", "city", "suburb", "township", "borough", "hamlet", "municipality",
                              "county", "district", "province", "region", "neighborhood", "neighbourhood"})
_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside"})
#: Capitalised words of nature that end a town's name and no person's ("Sioux Falls", "Colorado Springs",
#: "Shaker Heights", "Walnut Creek", "Grand Rapids", "Bar Harbor"); not "Hills", "Lake", "Park", "Beach"
#: (surnames: "Carla Hills", "Anthony Lake").
FEATURE_HEADS = frozenset({"falls", "springs", "heights", "creek", "rapids", "harbor", "harbour", "bluffs"})


def place_by_head(span: Span) -> bool:
    """Whether a name of two or three capitalised words ends on a settlement's noun or a word of nature
    (`SETTLEMENT_HEADS`, `FEATURE_HEADS`): a place, whatever the small model tagged it."""
    last, doc = span[-1], span.doc
    after = [t for t in doc[span.end:span.end + 3] if not t.is_space]
    if len(after) >= 2 and after[0].lower_ in ("for", "of") and after[1].text[:1].isupper():
        return False  # "Higher Heights for (a line break) America": the name goes on, a body's
    return 2 <= len(span) <= 3 and last.text[:1].isupper() and last.lower_ in SETTLEMENT_HEADS | FEATURE_HEADS \
        and all(t.is_alpha and t.text[:1].isupper() for t in span)


def _before_settlement_noun(doc: Doc, span: Span) -> bool:
    """"in Aq-Tuqai village", "near Kharkiv city": a preposition of place, the name, and a
    lower-case settlement noun that ends the phrase."""
    end = span.end
    if span.start == 0 or doc[span.start - 1].lower_ not in _LOCATIVE or end >= len(doc):
        return False
    noun = doc[end]
    if noun.lower_ not in SETTLEMENT_HEADS or not noun.is_lower:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or after.is_punct or after.tag_ in ("IN", "CC", "TO", "WDT", "RB")


def _with_state(doc: Doc, end: int) -> bool:
    """", North Carolina", ", NC", ", Calif." right after the name, not inside a list of states."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    for length in (2, 1):
        stop = end + 1 + length
        if stop > len(doc):
            continue
        state = doc[end + 1:stop].text
        if (state in us_states.US_STATES and state not in AMBIGUOUS_STATES) or (
                length == 1 and (state in _POSTAL or state in us_states.US_STATE_ABBREVIATIONS)):
            while stop < len(doc) and doc[stop].is_space:
                stop += 1
            after = doc[stop].text if stop < len(doc) else ""
            following = doc[stop + 1].text if stop + 1 < len(doc) else ""
            # not a list of states ("Ohio, Texas and ..."), nor the next person's title ("Booker, Hawaii Rep.")
            return after not in ("and", "or") and not (after == "," and following[:1].isupper()) \
                and not after[:1].isupper()
    return False


def _in_apposition(doc: Doc, end: int) -> bool:
    """", a village southwest of ...", ", a small town in ...", ", the capital of ..." after the name."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    k = end + 2
    while k < len(doc) and doc[k].lower_ in _ADJECTIVES:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in SETTLEMENT_NOUNS or not doc[k].is_lower:
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None  # not "a town councillor": the noun heads its phrase
    return after is None or after.is_punct or after.tag_ in ("IN", "WDT", "WRB", "RB", "TO") \
        or after.lower_ in _DIRECTIONS


_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "outside", "near", "just"})


def _listed_town(doc: Doc, start: int) -> bool:
    """A member of "the cities of A, B, and C" / "the towns of A and B": the settlement plural and
    "of" before the list, the members before this one capitalised names joined by commas or "and"."""
    k = start - 1
    while k >= 0 and start - k <= 20:
        t = doc[k]
        if t.is_space or t.text == "," or t.lower_ in ("and", "or"):
            k -= 1
            continue
        if t.lower_ == "of":
            return k > 0 and doc[k - 1].lower_ in _SETTLEMENT_PLURALS
        if t.text[:1].isupper() and (t.is_alpha or "-" in t.text):
            k -= 1  # an earlier member of the list
            continue
        return False
    return False


def given_name_after_title(doc: Doc, start: int, end: int) -> bool:
    """A capital's name (tokens `start`..`end`) that is a person's given name: right after a
    capitalised title or an honorific and before the surname, the model reading the two words
    as one person ("President Santiago Peña of Paraguay", "Mr. Victoria Nuland")."""
    if start == 0 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    titled = (before.text[:1].isupper() and before.lower_ in TITLE_HEADS) or (
        before.lower_.rstrip(".") in HONORIFICS and before.lower_ not in ("he", "his", "her"))
    return (titled and after.is_alpha and after.text[:1].isupper() and after.ent_type_ == "PERSON"
            and all(t.ent_type_ == "PERSON" for t in doc[start:end]) and after.ent_iob_ == "I")
