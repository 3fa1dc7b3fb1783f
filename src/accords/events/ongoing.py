"""Cooperation under way, told as what a meeting discussed or reviewed.

A readout's "discussed" is usually part of the call or meeting it reports (one CONSULT). When
what was discussed is the sides' cooperation itself, marked as under way ("discussed our
expanding Coast Guard partnership", "reviewed ongoing cooperation and exercises between the U.S.
military and Israel Defense Forces", "discussed the longstanding partnership between the United
States and Tanzania through PEPFAR", "reviewed the growing space partnership"), the gold records a
programme in operation: `COOPERATE` (tests/gold/README, White House: "investment pledged or made
and ongoing programmes (`COOPERATE`)"); PLOVER codes cooperation carried out as COOPERATE. Talk of
cooperation in general ("discussed bilateral cooperation", "discussed ways to deepen cooperation")
stays the meeting.

What a side "will continue to" give or back (`carried_on`: "the U.S. will continue to support the
people of Burma") is under way too: that backing or aid carried on, no new plan (AGREE).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.phrases import is_verb

#: Verbs of a meeting that go over what the sides already do.
_REVIEWING = frozenset({"discuss", "review"})
#: Nouns of the cooperation itself.
COOPERATION_NOUNS = frozenset({"partnership", "cooperation", "collaboration"})
#: Words that mark it as under way ("our expanding partnership", "ongoing cooperation").
_UNDER_WAY = frozenset(
    """ongoing growing expanding existing longstanding long-standing continued continuing close closer deepening
    current robust""".split()
)


def cooperation_reviewed(token: Token) -> bool:
    """Whether `token` is "discussed" or "reviewed" whose object is cooperation under way: a
    cooperation noun (or a conjunct of the object) with "our" or an under-way modifier. The sides'
    own cooperation welcomed is under way too ("welcomed our growing defense cooperation with
    Poland", "welcomed the United States' close cooperation with the United Kingdom"); cooperation
    welcomed with no owner ("welcomed growing bilateral cooperation") stays the welcome."""
    lemma = token.lemma_.lower()
    if lemma not in _REVIEWING | {"welcome"} or not is_verb(token):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        _under_way(noun) and (lemma != "welcome" or any(c.dep_ == "poss" for c in noun.children))
        for obj in objects for noun in (obj, *obj.conjuncts)
    )


def _under_way(noun: Token) -> bool:
    if noun.lemma_.lower() not in COOPERATION_NOUNS:
        return False
    return any(
        (c.dep_ == "poss" and c.lower_ == "our") or (c.dep_ in ("amod", "advmod") and c.lower_ in _UNDER_WAY)
        for c in noun.children
    )


#: Verbs that bind their subject to what they govern: "agreed to continue", "pledged to continue".
_BINDING = frozenset({"agree", "commit", "pledge", "promise", "vow", "decide", "resolve", "undertake", "confirm"})


def carried_on(token: Token) -> bool:
    """Whether `token` is what its subject "will continue to" do ("the U.S. will continue to support
    the people of Burma", "the United States will continue to provide Ukraine with the
    capabilities to defend itself"): backing or aid already under way, carried on, not a new plan
    (the White House gold records it as the backing or aid, never as an AGREE). A continuation
    agreed, pledged or decided ("each pledged to continue to support Ukraine") is that promise."""
    verb = token.head
    if token.dep_ != "xcomp" or verb.lemma_.lower() != "continue" or verb.i > token.i:
        return False
    while verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() in _BINDING:
            return False
    return True
