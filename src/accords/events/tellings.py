"""Words told to an office holder of another state (issue 13): "Assad told the visiting Iraqi National
Security Adviser Falih al-Fayyadh in Damascus", "Rouhani told his Turkish counterpart Recep Tayyip Erdogan
on Thursday that ..." tell of a meeting or a call of the two states, a CONSULT of their countries. Words
told to the press ("told reporters", "told Russian state news agency Itar-Tass": no title) or in a message
("..., Rouhani told his Ethiopian counterpart" after "In a message ...": no time, no place, no visitor) are
none. Pure: reads the parse only.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Titles of the one "told" that make the telling a conversation of two states ("told Azeri President
#: Ilham Aliyev", "told his Uzbek counterpart", "told the visiting Iraqi National Security Adviser").
TOLD_TITLES = frozenset(
    "counterpart president minister premier chancellor king emir amir prince secretary envoy ambassador adviser "
    "advisor speaker chairman head".split()
)


def may_tell(words: set[str]) -> bool:
    """Whether a sentence with these lemmas and words may hold such a telling
    (`accords.events.triggers.may_trigger`'s cheap scan)."""
    return "tell" in words and not words.isdisjoint(TOLD_TITLES)


def told_an_official(token: Token) -> bool:
    """Whether "told" is said to an office holder named by title, with what was said ("Rouhani told
    Azeri President Ilham Aliyev that ...", "told his Uzbek counterpart Vladimir Norov that ...",
    "told the visiting Iraqi National Security Adviser Falih al-Fayyadh in Damascus"): words of
    the two in a meeting or a call. Not "told reporters", "told Russian state news agency Itar-Tass"
    (no title), nor "was told" (who told is not named)."""
    if not any(c.dep_ in ("ccomp", "xcomp") for c in token.children) or any(c.dep_ == "auxpass" for c in token.children):
        return False
    told = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    officials = [p for p in told if p.lemma_.lower() in TOLD_TITLES or (p.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in TOLD_TITLES for c in p.subtree if c is not p))]
    # an encounter the text sets in time or place ("on Thursday", "in Yerevan", "in a phone conversation")
    # or with a visitor ("the visiting Iraqi ... Adviser"); not the words of a message ("..., Rouhani told his
    # Ethiopian counterpart" after "In a message ...")
    around = (*token.children, *(t for p in officials for t in p.subtree))
    set_in = any(c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "prep" and c.lower_ in _ENCOUNTER_PREPS) for c in around)
    return bool(officials) and (set_in or any(t.lower_ == "visiting" for p in officials for t in p.subtree))


#: Prepositions that set a telling in time or place: "told X *on* Thursday", "*in* Yerevan", "*during* talks".
_ENCOUNTER_PREPS = frozenset({"on", "in", "at", "during"})
