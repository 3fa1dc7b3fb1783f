"""Trade, transit and energy arrangements in operation, and services resumed: COOPERATE.

The regional government press reports economic cooperation as flows under way between named
states rather than with a word of cooperation: "Iran is currently swapping Turkmen gas to
Azerbaijan", "The country is currently sending near 6 mcm of its gas to Azerbaijan through Iran",
"Iran has imported gas from Turkmenistan since 1997", "Turkey and Iran have resumed a train service
between Ankara and Tehran". The gold records trade or gas supply arrangements in operation as
`COOPERATE` (tests/gold/README). What a CAMEO coder's dictionary lists as material cooperation
(trade, supplies, transit) counts only when it is told as running now or started again: a supply
under way (progressive, "currently", "since"), or a service, flow or trade "resumed". Plans ("will
supply"), wishes, negations, and figures of trade in a past period ("exported 5 bcm last year")
are no arrangement reported here. Whether two states are sides is the sides rules' business
(`accords.events.actors`): a flow with one named state is no relation (`accords.stages.events`).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.routes import GOODS, RESUMING_VERBS, SUPPLY_VERBS
from accords.events.phrases import MODALS

#: What is started again when a service or flow resumes ("resumed a train service", "the oil swap
#: has resumed"): transport, trade and supplies, not talks (a consultation) nor fighting.
RESUMED = frozenset(
    """service services flight flights train trains trade export exports import imports swap swaps supply supplies
    delivery deliveries shipment shipments transit transport traffic cooperation""".split()
)
#: Adverbs that tell a present-tense supply is running as the text is written.
_NOW = frozenset({"currently", "now", "still", "presently"})
#: Auxiliaries of what is not (yet) done: plans, wishes, possibilities.
_NOT_DONE = MODALS | {"'ll", "to"}


def may_report(words: set[str]) -> bool:
    """The cheap scan's condition (`accords.events.triggers.may_trigger`): a verb of resuming, or a
    verb of supply with goods beside it."""
    return not words.isdisjoint(RESUMING_VERBS) or not (words.isdisjoint(SUPPLY_VERBS) or words.isdisjoint(GOODS))


def arrangement(verb: Token) -> bool:
    """Whether `verb` reports a trade, transit or energy arrangement in operation, or a service or
    flow resumed (module doc)."""
    if verb.pos_ not in ("VERB", "AUX") or _not_done(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in RESUMING_VERBS:
        return _resumed(verb)
    return lemma in SUPPLY_VERBS and _running(verb) and _moves_goods(verb) and _counterpart(verb)


def _not_done(verb: Token) -> bool:
    """Negated, planned, possible, a question, or a participle describing a noun."""
    if any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_DONE) for c in verb.children):
        return True
    if verb.dep_ in ("amod", "acl", "relcl") and verb.tag_ in ("VBN", "VBG"):
        return True  # "the swapped gas", "companies exporting goods": who they are
    return any(t.text == "?" for t in verb.sent) or (verb.dep_ in ("xcomp", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _resumed(verb: Token) -> bool:
    """"Turkey and Iran have resumed a train service", "the oil swap has resumed", "restarted oil
    swaps": done (past or perfect), with a service or flow as what resumed."""
    if verb.tag_ not in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    resumed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not resumed:  # intransitive: "Iran's oil swap in the Caspian Sea has resumed"
        resumed = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(n.lemma_.lower() in RESUMED or n.lower_ in RESUMED for n in resumed)


def _running(verb: Token) -> bool:
    """Under way as the text is written: progressive ("is swapping", "has been supplying"), or
    present or perfect with "currently", "now", "still" or a "since" phrase ("has imported gas
    from Turkmenistan since 1997")."""
    children = list(verb.children)
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children):
        return True
    if verb.tag_ not in ("VBZ", "VBP", "VBN"):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _NOW for c in children) or any(
        c.dep_ == "prep" and c.lower_ == "since" for c in children) or _under_a_deal(verb)


#: What a flow runs under ("supplies gas to Azerbaijan *under a swap agreement*").
_DEALS = frozenset({"agreement", "agreements", "contract", "contracts", "deal", "deals", "swap", "arrangement"})


def _under_a_deal(verb: Token) -> bool:
    """A present-tense flow told as running under a deal ("Turkmenistan supplies gas to
    Azerbaijan through Iran under a swap agreement"): an arrangement in operation, not the
    general present ("Iran exports gas")."""
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(g.dep_ == "pobj" and g.lower_ in _DEALS for g in c.children)
        for c in verb.children)


def _moves_goods(verb: Token) -> bool:
    """Goods are what moves: the object, or what its "of" phrase names ("6 mcm of its gas")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in GOODS or o.lower_ in GOODS for o in objects)


def _counterpart(verb: Token) -> bool:
    """A partner named by a name: where the goods go or come from, or the route ("to Azerbaijan",
    "from Turkmenistan", "through Iran"), or the goods' origin ("Turkmen gas")."""
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "from", "with", "through", "via"):
            if any(_named(g) for g in prep.children if g.dep_ == "pobj"):
                return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(m.dep_ in ("amod", "compound") and _named(m) for o in objects for m in o.children)


def _named(token: Token) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP") for t in (token, *token.conjuncts))
