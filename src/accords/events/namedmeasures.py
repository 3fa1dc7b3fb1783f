"""Sanctions and tariffs named as nouns: "a 15 percent tariff imposed on consumer goods in
September", "his tariffs on $360 billion worth of Chinese goods", "anti-dumping duties on
polysilicon imports by the Chinese government since July 2013", "new sanctions against Russia".

News reports a measure by naming it at least as often as by a verb of imposing. But most
mentions of sanctions are background ("amid U.S. sanctions on Iran", "under the sanctions",
"the sanctions imposed on Iran"): in Tehran Times they would flood the events. So a measure noun
is an event only when the text makes it one occurrence: it is new ("new", "fresh",
"additional"), it carries a figure (a rate or the value of the goods it hits), or a date sits in
its phrase ("imposed in September", "since July 2013"); and it names whom it hits ("on Chinese
goods", "against Russia"). A measure that a verb already reports ("imposed sanctions", "lifted
the tariffs", "threatened them with tariffs") is that verb's event, and one under a preposition
of circumstance ("amid", "despite", "under") is the setting of another. This module owns
the word lists of that rule; what a measure is (its nouns, the verbs that act on one, the
prepositions of its sides) is `accords.events.measures`.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events import matching
from accords.events.measures import LOWERING, TARGET_PREPS, accountability_means, is_measure, raised_measure
from accords.model import TimeExpression

#: Modifiers that make a measure a new one.
_NEW = frozenset("new fresh additional retaliatory punitive reciprocal".split())
#: Modifiers that make it no measure in force ("possible tariffs", "proposed sanctions").
_UNREAL = frozenset("possible potential proposed planned threatened looming future".split())
#: Prepositions of circumstance: the measure is the setting of another event.
_SETTING = frozenset({"amid", "amidst", "despite", "under", "because", "given", "against", "of", "over", "about", "for"})
#: Words before "of" that pick some of the measures ("any of his tariffs"): no setting.
_PARTITIVES = frozenset("any some all none one most many each several".split())
#: Nouns of putting a measure in force ("directing the imposition of a 25% tariff on imports from
#: Canada"): the measure is what is imposed, not a setting.
_IMPOSING = frozenset("imposition introduction application levying enactment reimposition".split())
#: Words that make a number in the phrase a figure of the measure (a rate or a value of goods).
_FIGURE_WORDS = frozenset("percent % $ € £ billion million trillion".split())


def imposed_measure(token: Token, offset: int, times: list[TimeExpression]) -> bool:
    """Whether a measure noun reports one measure (see the module docstring)."""
    if not is_measure(token):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.lower_ in _SETTING and not (
        head.lower_ == "of" and (head.head.lower_ in _PARTITIVES or head.head.lemma_.lower() in _IMPOSING)
    ):
        return False  # "amid U.S. sanctions", "the escalation of tariffs": a setting
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in ("increase", "reduction", "round"):
        return False  # "canceled an increase in tariffs": the increase is the event
    governor = head.head if token.dep_ == "pobj" else head
    if token.dep_ in ("dobj", "nsubjpass") and governor.lemma_.lower() in LOWERING:
        return False  # "reduce the reciprocal tariff on goods from Indonesia": a measure lightened
    if token.dep_ in ("dobj", "nsubjpass", "pobj") and (matching.match_token(governor) is not None or raised_measure(governor)):
        return False  # "imposed sanctions", "threatening them with tariffs": the verb's event
    children = list(token.children)
    if any(c.lower_ in _UNREAL for c in children):
        return False
    new = any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in _NEW for c in children)
    if new and _names_imposer(token):
        return True  # "retaliatory tariffs imposed by China": new, and whose; the other side is hit
    if accountability_means(token):
        return True  # "will hold the Lukashenka regime accountable ..., including through the imposition of sanctions"
    if not _names_target(token):
        return False
    if new:
        return True
    if _trade_remedy(token):
        return True  # "anti-dumping duties on polysilicon imports": a decision on one trade
    phrase = list(token.subtree)
    if any(t.like_num and (t.nbor(1).lower_ in _FIGURE_WORDS if t.i + 1 < len(t.doc) else False) for t in phrase) or any(
        t.lower_ in ("%", "$", "€", "£") or t.lower_.startswith("$") for t in phrase
    ):
        return True  # "a 15 percent tariff", "tariffs on $360 billion worth of goods"
    start, end = offset + phrase[0].idx, offset + phrase[-1].idx + len(phrase[-1])
    return any(ev.start < end and ev.end > start for time in times for ev in time.evidence)


def _trade_remedy(token: Token) -> bool:
    """An anti-dumping or countervailing duty: always one decision on one trade."""
    words = [c.lower_ for c in token.lefts]
    return "countervailing" in words or "antidumping" in words or "anti-dumping" in words or (
        "dumping" in words and "anti" in words
    )


def _names_imposer(token: Token) -> bool:
    """Whether the measure names who imposes it in a participle ("imposed by China") or a
    possessive ("Beijing's retaliatory tariffs")."""
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
        return True
    return any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in token.children)


def _names_target(token: Token) -> bool:
    """Whether the measure names what it hits ("on Chinese goods", "against Russia"), in its
    own phrase or in a participle ("imposed on consumer goods")."""
    owners = [token] + [c for c in token.children if c.dep_ == "acl"]
    return any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for owner in owners for c in owner.children)
