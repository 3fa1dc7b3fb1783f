"""Investment told as a noun, with its investor and the place invested in: COOPERATE.

Readouts and the state press report investment far more often as a noun than with the verb
"invest": "welcomed nearly $1 billion of new investments by U.S. companies in Tanzania",
"discussed significant U.S. economic investment in Angola", "Iran's investment in Armenia's
energy sector", "Turkish investments in Iran have reached $2 billion". The gold records
investment made or pledged as `COOPERATE` (tests/gold/README, "Investment is COOPERATE, aid is
AID"). The verb is the lexicon's (`accords.events.triggers`: "invested ... in Azerbaijan").

The noun is an event only when the phrase names both ends, so that the talk of investment in
general ("attracting foreign investment", "investment opportunities in Iran", "the investment
climate") stays out:

- the investor: a possessive ("Iran's investment"), a name or demonym before the noun ("U.S.
  investment", "Turkish investments"), or a "by" phrase ("investments by U.S. companies");
- the place: an "in" phrase on the noun whose object is a proper noun or is owned by one ("in
  Tanzania", "in Armenia's energy sector").

Whether investor and place are two different states is the sides rules' business
(`accords.events.actors`); one state alone is no relation (`accords.stages.events`). A noun used
as a modifier ("investment opportunities", "the investment fund") or as the object of a
wish, a call or a purpose ("to attract investment", "called for more investment") is filtered
by the stage's general rules on references and purposes, as for every noun trigger.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from accords.gazetteer.countries import countries

#: Nouns of money put into another economy (lemmas and plural forms, for the cheap scan).
INVESTMENT_NOUNS = frozenset({"investment", "investments"})
#: Words before the noun that name who invests ("U.S.", "Turkish", "Iran's"): dependency labels.
_INVESTOR_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: Entity labels of an investor named before the noun.
_INVESTOR_LABELS = frozenset({"GPE", "NORP", "ORG"})
#: Words that make the noun a thing sought or talked about, not money put in ("investment
#: opportunities", "the investment climate"): the noun as a modifier of these is no event.
_NOT_MONEY = frozenset({"opportunity", "opportunities", "climate", "environment", "potential", "law", "laws"})
#: Verbs that bar investment rather than make it ("ban new investment in Russia").
_BARRING = frozenset({"ban", "prohibit", "restrict", "block", "halt", "stop", "suspend", "freeze", "bar", "limit"})
#: Adjectives that make the investment no one's in particular ("foreign investment in Iran":
#: every foreigner's), unless a named investor is there too.
_ANONYMOUS = frozenset({"foreign", "direct", "private", "public", "international", "global"})


def invested_noun(noun: Token) -> bool:
    """Whether `noun` is an investment with a named investor and a named place invested in
    (module doc)."""
    if noun.lemma_.lower() not in INVESTMENT_NOUNS and noun.lower_ not in INVESTMENT_NOUNS:
        return False
    if not noun.text.islower() and not noun.is_sent_start:
        return False  # a heading in title case ("Authority to Ban New Investment in Any Sector ...")
    if noun.dep_ in ("compound", "amod") or noun.head.lemma_.lower() in _NOT_MONEY | _BARRING:
        return False  # "investment opportunities", "banned new investment in Russia" (a sanction)
    return _investor(noun) and _place(noun)


def _investor(noun: Token) -> bool:
    for child in noun.children:
        if child.dep_ in _INVESTOR_DEPS and child.lower_ not in _ANONYMOUS and _name_word(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "by":
            return any(g.dep_ == "pobj" and _named(g) for g in child.children)
    return False


def _name_word(token: Token) -> bool:
    """A name ("U.S.", "Iran's") or a country's demonym ("Turkish"; not "New" in a heading)."""
    if token.pos_ == "PROPN" or token.ent_type_ in _INVESTOR_LABELS:
        return True
    return token.pos_ == "ADJ" and token.text in _demonyms()


@functools.cache
def _demonyms() -> frozenset[str]:
    return frozenset(name for country in countries() for name in country.demonyms)


def _named(phrase: Token) -> bool:
    """A phrase that names a state or its firms: a proper noun, or a noun a name or demonym
    modifies ("U.S. companies", "Iranian investors")."""
    return _name_word(phrase) or any(c.dep_ in _INVESTOR_DEPS and _name_word(c) for c in phrase.children)


def _place(noun: Token) -> bool:
    """An "in" phrase on the noun, or on the investor of its "by" phrase ("investments by U.S.
    companies in Tanzania": the parser hangs "in" on either), whose object is a proper noun or
    is owned by one."""
    investors = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    for child in (c for head in (noun, *investors) for c in head.children):
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" or pobj.ent_type_ == "GPE" or any(
                    o.dep_ == "poss" and (o.pos_ == "PROPN" or o.ent_type_ == "GPE") for o in pobj.children
                )):
                    return True
    return False
