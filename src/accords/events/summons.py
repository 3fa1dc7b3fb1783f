"""An envoy summoned in the passive: "The Republic of Azerbaijan's ambassador to Tehran was
summoned to the Iranian Foreign Ministry", "Iran's ambassador to Baku was summoned by
Azerbaijan's Foreign Ministry". The passive subject is no actor slot, so the envoy's state was
no side and the summons (ACCUSE, tests/gold/README: summoning an ambassador in protest) had the
ministry's state alone. The envoy's state is censured; the state of the ministry the envoy is
summoned to, or by, censures.
"""

from __future__ import annotations

from spacy.tokens import Token


def summoned(verb: Token) -> tuple[list[Token], Token | None]:
    """The phrases that name who summons, and the envoy summoned, of a passive "summoned";
    ([], None) for any other verb."""
    if verb.lemma_.lower() != "summon" or not any(c.dep_ == "auxpass" for c in verb.children):
        return [], None
    summoners = [pobj for child in verb.children
                 if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("to", "by"))
                 for pobj in child.children if pobj.dep_ == "pobj"]
    envoy = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return summoners, envoy
