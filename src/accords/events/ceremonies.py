"""A signing told as a ceremony: "the two presidents observed the signing of nine cooperation
documents", "Aliyev and Mirziyoyev witnessed the signing of several documents", "attended the
signing ceremony of the agreement", "the signing of the memorandum took place in Baku".

State press reports a summit's documents this way: the leaders watch while ministers sign. The
noun "signing" is a SUPPORT/sign event only when what is signed is a document
(`accords.events.triggers.DOCUMENT_KINDS`) and the signing is attended or held (a verb of
witnessing or holding governs it, or it "took place"); "before the signing of the deal",
"the signing of the deal is key" report no signing. This module owns that rule and its words.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.objects import head_and_conjuncts
from accords.events.triggers import DOCUMENT_KINDS, SIGNING_NOUNS

__all__ = ["SIGNING_NOUNS", "witnessed_signing"]

#: Verbs that attend or hold a signing ("observed", "witnessed", "attended", "held").
WITNESS_VERBS = frozenset("observe witness attend oversee supervise hold host".split())
#: Verbs that attend a signing through "over" ("presided over the signing").
_OVER_VERBS = frozenset("preside".split())
#: Verbs whose subject is an occurrence that happened ("took place", "was held").
_HAPPENED = frozenset("take hold".split())


def _document_signed(noun: Token) -> bool:
    """Whether an "of" phrase of `noun` names a document ("the signing of nine documents")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and head_and_conjuncts(pobj) & DOCUMENT_KINDS.keys():
                    return True
    return False


def witnessed_signing(token: Token) -> bool:
    """Whether the noun `token` ("signing") reports a signing of a document that was attended
    or held: the object of a witnessing verb, or the subject of "took place" / "was held".
    "The signing ceremony of the agreement": the ceremony stands in for the noun."""
    noun = token
    if token.dep_ == "compound" and token.head.lemma_.lower() == "ceremony":
        noun = token.head
    if not (_document_signed(noun) or (noun is not token and _document_signed(token))):
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in WITNESS_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "over" and head.head.lemma_.lower() in _OVER_VERBS:
        return True  # "presided over the signing of ..."
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _HAPPENED:
        return head.lemma_.lower() == "hold" or any(c.lower_ == "place" for c in head.children)
    return False
