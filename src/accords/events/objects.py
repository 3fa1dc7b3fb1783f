"""What a trigger acts on, read from its parse: its objects' lemmas (a setting's prepositional
objects left out), a head with its conjuncts, and whether the object is an amount of money."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from accords.events.brokenlists import misread_objects
from accords.events.phrases import SETTING_WORDS
from accords.events.triggers import CURRENCY_WORDS, TriggerSpec


#: Prepositions of circumstance and time: what follows them is the setting of an act, never
#: what it acts on ("*Under the swap deals*, Iran accepts oil": no deal is accepted).
_SETTING_PREPS = SETTING_WORDS | frozenset({"under", "amid", "amidst", "despite"})


def object_lemmas(token: Token) -> set[str]:
    """Lemmas of what the token acts on: objects, passive subjects, prepositional objects (not
    those of a setting, `_SETTING_PREPS`)."""
    lemmas: set[str] = set()
    misread = misread_objects(token)
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative") or child in misread:
            lemmas.update(head_and_conjuncts(child))
            lemmas.update(t.lemma_.lower() for t in child.subtree if t.dep_ in ("pobj", "compound"))
        elif child.dep_ in ("prep", "prt", "agent") and child.lower_ not in _SETTING_PREPS:
            for grandchild in child.children:
                if child.lower_ == "in" and grandchild.lower_ == "line":
                    continue  # "in line with their cooperation, ... launched": an idiom, no project line
                if grandchild.dep_ in ("pobj", "pcomp"):
                    lemmas.update(head_and_conjuncts(grandchild))
    return lemmas


def pledged_amount(token: Token) -> bool:
    """Whether what the verb acts on is an amount of money ("announced $800 million in
    assistance", "will provide $125M", "a $19.5 million loan"): a package or pledged fund."""
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            words = list(child.subtree)
            if any(t.like_num for t in words) and any(
                t.lower_ in CURRENCY_WORDS or t.lower_.startswith("$") for t in words
            ):
                return True
    return False


def head_and_conjuncts(token: Token) -> set[str]:
    lemmas = {token.lemma_.lower(), token.text.lower()}
    for conj in token.conjuncts:
        lemmas.update((conj.lemma_.lower(), conj.text.lower()))
    return lemmas


def head_first(token: Token, specs: Sequence[TriggerSpec]) -> list[TriggerSpec]:
    """The verb's specs, those whose objects name the head of its direct object first: "expressed
    deep concern over the PRC's support for Russia" voices concern (about the PRC's act), not
    support, though "support" is among its objects; "expressed support for ..." is unchanged."""
    heads = {lemma for c in token.children if c.dep_ == "dobj" for lemma in head_and_conjuncts(c)}
    return sorted(specs, key=lambda spec: not (spec.objects & heads))
