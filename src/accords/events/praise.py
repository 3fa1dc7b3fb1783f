"""Praise of a partner by naming it one: "Turkmen Foreign Minister Rasit Meredow called Iran an
important business partner", "described Iran as a reliable and strategic partner", "considers
Turkey a friendly and brotherly country".

CAMEO 051 (praise or endorse) codes a side that names another its partner, friend or ally as
the other's SUPPORT; state media report such praise as the speaker's words about the other state
(issue #13). The naming verb is the trigger, as it is for censure ("called the decision illegal",
`accords.events.demands`); the side named is the one backed. A name that is no praise ("called
Iran a threat", "described Turkey as an unreliable partner", "did not consider Iran an ally") is
none, nor is a naming without a named side ("called the relationship a partnership").
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events import cameo
from accords.events.demands import NAMING_VERBS, naming_parts

#: What a side is named when it is praised as a partner.
PARTNER_NOUNS = frozenset("partner partners ally allies friend friends brother brothers".split())
#: Adjectives that make a country or nation named a praise ("a friendly and brotherly country").
_FRIENDLY = frozenset("friendly brotherly fraternal".split())
_KIN_NOUNS = frozenset("country nation state neighbor neighbour people".split())
#: Words that turn the name into no praise ("an unreliable partner", "a former ally").
_UNFRIENDLY = frozenset("unreliable untrustworthy former ex bad poor false so-called".split())
#: Words one of which a sentence of such praise holds (`accords.events.triggers.may_trigger`).
PRAISE_CUES = PARTNER_NOUNS | _FRIENDLY


def praised_side(verb: Token) -> Token | None:
    """The side a naming verb praises as a partner, friend or ally ("called *Iran* an important
    business partner", "described *Iran* as a reliable partner", "considers *Turkey* a friendly
    country"), with a subject that names it; None otherwise."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children) or not any(
        c.dep_ == "nsubj" for c in verb.children
    ):
        return None
    objects, named = naming_parts(verb)
    for phrase in named:
        if not _praise(phrase):
            continue
        subject = next((c for c in phrase.children if c.dep_ == "nsubj"), None)
        found = objects[0] if objects else subject
        if found is not None and found.pos_ == "PROPN":
            return found
    return None


def _praise(phrase: Token) -> bool:
    words = {c.lower_ for c in phrase.subtree if c.dep_ in ("amod", "conj", "compound")}
    if not words.isdisjoint(_UNFRIENDLY):
        return False
    lemma = phrase.lower_
    return lemma in PARTNER_NOUNS or (lemma in _KIN_NOUNS and not words.isdisjoint(_FRIENDLY))


#: Verbs of praise whose object may be what another side did ("commended Germany's contributions"): the
#: lexicon's and CAMEO 051's (`accords.events.cameo.PRAISING_VERBS`: laud, acclaim, extol, salute, appreciate).
_PRAISING = frozenset("welcome commend praise applaud hail".split()) | cameo.PRAISING_VERBS


def praised_doer(trigger: Token, phrase: Token) -> Token | None:
    """The possessor of an act praised ("The President commended *Germany*'s exemplary contributions
    to Ukraine's self-defense", "welcomed *Australia*'s contributions to the Quad, its growing
    partnership with Japan", "applauded *the Turkish parliament*'s ratification of Sweden's NATO
    accession"): the side praised, whose act it is. Whom that act helps or concerns (Ukraine, Japan,
    Sweden) is no side of the praise (tests/gold/README, the White House guidelines: praise of a
    side's support is SUPPORT of the two). None when `trigger` is no verb of praise or `phrase`
    has no possessor, or a pronoun one ("our growing defense cooperation with Poland": the
    praising side's own act, with its partner)."""
    if trigger.lemma_.lower() not in _PRAISING or trigger.pos_ != "VERB":
        return None
    owner = next((c for c in phrase.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    return owner
