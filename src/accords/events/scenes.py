"""The country an attack or a protest happened in, when its clause names no side.

News reports domestic violence and protests by where they happened, not by who did them:
"Gunmen killed at least 12 people in northern Nigeria", "a suicide bomber killed 20 people at a
market in Kabul", "several thousand teachers protested in the capital Abuja". The gold of every
outlet records such an act with one side, the country it happened in (tests/gold/README:
"domestic protests, clashes and crackdowns with one actor"). Where the trigger's own clause
names no side, the place of its "in" or "at" phrase gives it: a country named there, or a
capital, a listed city or a US state of the gazetteer (`place_country`, `state_country`). Only
the place itself counts ("in northern Nigeria", "in the capital Abuja", "in the Iraqi cities of
Baghdad and Najaf"), not a country inside another noun ("in a U.S. attack" names the attacker),
and a place inside a reporting clause ("Afghan officials said in Kabul") is not the act's: only
the trigger's clause is read.

Violence (and "demonstrate", which also means "show") is located only when fighters, protesters
or an attack are named in its clause ("gunmen",
"troops", "a bombing", "separate attacks"): "an MP was attacked in a park in Nairobi" is crime
news. An act described in a relative clause ("militants who have carried out attacks in
Turkey") is who they are, no occurrence. Arrests and seizures (COERCE) are left out: "police
arrested a man in Manchester" is crime news, seldom the crackdown an analyst records.

An attack by one named side in another country ("a US drone strike killed five militants in
Somalia", "Israeli warplanes struck targets in Gaza", "Saudi-led air strikes killed 20 people in
Yemen's capital") hits the country it happened in: where its clause names no one hit, the scene,
when it is not the attacker's own country, is the other side (`struck_abroad`).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.sideindex import ActorIndex, Side
from accords.events.clauses import scope
from accords.events.violence import FIGHTERS
from accords.gazetteer.places import place_country
from accords.gazetteer.us_states import state_country

#: Acts located by their place when no side is named (PLOVER's one-sided types of domestic news).
SCENE_TYPES = frozenset({"ASSAULT", "PROTEST"})
#: Prepositions of where an act happened.
_WHERE = frozenset({"in", "at", "across", "outside", "near", "throughout", "inside"})
#: Nouns of a place whose name follows "of" ("the city of Jenin", "the Iraqi cities of Baghdad").
_PLACE_NOUNS = frozenset("city cities capital town towns village villages province region district state".split())
#: Verbs that say a protest whoever makes it ("demonstrate" also means "show": it needs its protesters).
_PROTESTING = frozenset({"protest", "rally", "march", "picket"})
#: Who attacks, and what an attack is called, besides armed and security forces (`violence.FIGHTERS`).
_ATTACKERS = FIGHTERS | frozenset(
    """gunman gunmen bomber bombers terrorist terrorists jihadist jihadists attacker attackers assailant assailants
    sniper snipers extremist extremists attack attacks bombing bombings blast blasts explosion explosions airstrike
    airstrikes strike strikes raid raids shelling ambush rocket rockets missile missiles warplane warplanes jet jets
    drone drones aircraft helicopter helicopters gunship gunships artillery tank tanks""".split()
)


def scene_sides(trigger: Token, offset: int, index: ActorIndex) -> list[Side]:
    """The country the act of `trigger` happened in, from the first place phrase of its clause
    that names one (an empty list when none does, or when a violent act names no attacker)."""
    if trigger.dep_ == "relcl":
        return []
    clause = scope(trigger)
    if trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() not in _PROTESTING and not any(
        word.lemma_.lower() in _ATTACKERS or word.lower_ in _ATTACKERS for word in clause if word != trigger
    ):
        return []  # "an MP was attacked in a park in Nairobi": no fighters, no attack named
    for token in clause:
        if token.dep_ != "pobj" or token.head.lower_ not in _WHERE:
            continue
        for place in _place_words(token):
            found = _country_of(place, offset, index)
            if found is not None:
                return [found]
    return []


def _place_words(pobj: Token) -> list[Token]:
    """The words of a place phrase that may name the place: the object itself, its apposition
    ("the capital Abuja") and, after a place noun, the names after "of" ("the cities of
    Baghdad and Najaf")."""
    words = [pobj] + [c for c in pobj.children if c.dep_ == "appos"]
    if pobj.lemma_.lower() in _PLACE_NOUNS:
        for prep in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for name in (c for c in prep.children if c.dep_ == "pobj"):
                words += [name] + [c for c in name.children if c.dep_ == "conj"]
    return words


def _country_of(word: Token, offset: int, index: ActorIndex) -> Side | None:
    """The country a place word names: a country mention on it, or the country of a place
    mention on it (a capital, a listed city, a US state)."""
    start, end = offset + word.idx, offset + word.idx + len(word)
    countries = index.countries_in(start, end)
    if countries:
        return countries[0]
    name = index.place_at(start, end)
    code = (place_country(name) or state_country(name)) if name is not None else None
    return index.country_side(code) if code is not None else None


def struck_abroad(trigger: Token, offset: int, index: ActorIndex, attackers: list[Side]) -> list[Side]:
    """The country an attack by `attackers` happened in, when it is not theirs (an empty list
    when the clause names no place, the place is the attackers' own country, or the attack is
    told in the passive, whose named side is the victim's)."""
    if any(c.dep_ == "nsubjpass" for c in trigger.children):
        return []  # "the Saudi journalist was killed ... in Istanbul": the side named is the victim's
    own = {side.country for side in attackers}
    return [side for side in scene_sides(trigger, offset, index) if side.country not in own]


def struck_when(trigger: Token, offset: int, index: ActorIndex, attackers: list[Side]) -> list[Side]:
    """The country an attack by `attackers` happened in as its "when" clause tells it ("Two
    Palestinian suicide bombers killed 23 people ... when they blew themselves up in Tel Aviv":
    Israel), when it is not theirs; an empty list otherwise. Read for an attack whose victims no
    nation names (`accords.events.violence.nameless_victims`), which the place gives."""
    if any(c.dep_ == "nsubjpass" for c in trigger.children):
        return []
    own = {side.country for side in attackers}
    for verb in trigger.children:
        if verb.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            continue
        for token in scope(verb):
            if token.dep_ != "pobj" or token.head.lower_ not in _WHERE:
                continue
            for place in _place_words(token):
                found = _country_of(place, offset, index)
                if found is not None:
                    return [] if found.country in own else [found]
    return []
