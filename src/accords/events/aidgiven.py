"""Aid told through what is handed over, not through the verb of giving alone: AID.

White House readouts and fact sheets tell aid as the thing given: "announced the delivery of
over 500,000 COVID-19 vaccines to Jordan", "announced new assistance for Haiti". The lexicon's "announce"
(`accords.events.triggers`) needs an aid word as its object; here the aid word may follow a word of
handing over ("the delivery of", "the donation of"). The recipient must be named after "to" or "for"
(tests/gold/README: AID is what is given to a recipient as help): "announced the delivery of equipment"
with no one it goes to stays no event. A participle of giving ("doses donated to Nigeria by the United
States") is `accords.events.generic`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.triggers import AID_OBJECT_WORDS

#: What an announcement gives as aid without an amount ("announced the donation of an additional
#: two million vaccine doses to Colombia"); "announced its support for" is no aid.
_ANNOUNCED_AID = AID_OBJECT_WORDS - frozenset({"asylum", "equipment", "fund", "funds", "supplies", "food", "relief"})
#: Words of handing aid over, told as a noun: "the delivery of 500,000 vaccines to Jordan"; and
#: the lots aid is given in: "announced a new package of security assistance for Ukraine".
_HANDING_OVER = frozenset({"delivery", "deliveries", "donation", "donations", "provision", "shipment", "shipments",
                           "package", "packages", "tranche", "tranches"})


def _to_someone(token: Token) -> bool:
    """Whether a "to" or "for" phrase hangs on the token or on what it governs."""
    return any(t.dep_ == "prep" and t.lower_ in ("to", "for") for t in token.subtree)


def aid_announced(token: Token) -> bool:
    """Whether "announce" acts on aid given to someone: an aid word as its object, or a word of
    handing aid over "of" one ("the donation of ... doses to Colombia", "new assistance for Haiti",
    "the delivery of over 500,000 COVID-19 vaccines to Jordan"), given "to" or "for" someone."""
    given_to = any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in token.children)
    for child in token.children:
        if child.dep_ != "dobj":
            continue
        if child.lemma_.lower() in _ANNOUNCED_AID:
            return given_to or _to_someone(child)
        if child.lower_ in _HANDING_OVER and _handed_aid(child):
            return given_to or _to_someone(child)
    return False


def _handed_aid(noun: Token) -> bool:
    """Whether a word of handing over is "of" an aid word ("the delivery of ... vaccines")."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in AID_OBJECT_WORDS for g in prep.children)
        for prep in noun.children
    )

