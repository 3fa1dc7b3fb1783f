"""Acts only onlookers hope for or expect: no plan of a side.

"The organisers hope that the Palestinian leader will use the forum for talks with Israeli
ministers", "Analysts had expected the miner to accept lower prices": those who hope or
expect (organisers, analysts, markets) take no part in the act, and nobody who would is said to
plan it. GOLD_FORMAT keeps such an event out of the gold shape (hypothetical). A side's own
hope stays what `accords.events.status` makes of it ("Iran hopes that the two countries will
expand cooperation" is a stated aim, AGREE in the Tehran Times gold).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of hoping, expecting and foreseeing.
HOPING = frozenset({"hope", "expect", "predict", "anticipate", "forecast", "wish", "bet", "speculate"})
#: Nouns of people who watch, organise or trade, and are no side of the act they hope for.
ONLOOKERS = frozenset(
    """analyst observer expert organiser organizer investor trader economist commentator market critic
    campaigner pundit forecaster dealer broker fan spectator punter strategist""".split()
)
#: Links from an act up to the verb of hoping that governs it.
_CONTENT_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj"})


def onlookers_hope(verb: Token | None) -> bool:
    """Whether the clause of `verb` is what onlookers (`ONLOOKERS`) hope for or expect: "the
    organisers hope that X will use the forum for talks", "analysts expected X to agree". A
    clause before the verb is no content of it ("Biden has pledged to pull out forces ..., political
    observers expect ...": the parser may hang the pledge on "expect")."""
    current = verb
    for _ in range(5):
        if current is None or current.dep_ not in _CONTENT_LINKS or current.head == current:
            return False
        below, current = current, current.head
        if current.lemma_.lower() in HOPING and current.pos_ in ("VERB", "AUX") and below.i > current.i:
            # what is hoped follows the verb; "X has pledged to ..., observers expect ..." is told as done
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
            return any(s.lemma_.lower() in ONLOOKERS for s in subjects)
    return False
