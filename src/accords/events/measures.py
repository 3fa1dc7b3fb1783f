"""What a measure is: sanctions, tariffs, trade duties and restrictions, as nouns ("new sanctions
against Russia", "a 15 percent tariff"), and the verbs that act on one ("imposed sanctions",
"raised tariffs on Chinese goods", "lifted the tariffs").

This module owns the words of a measure and the prepositions of its sides: `accords.events.actors`
reads `TARGET_PREPS` and `IMPOSER_PREPS` for the sides (who imposes: a possessive, a national
adjective or "by"; whom it hits: "on", "against"), `accords.events.compliance` and
`accords.events.threats` read `is_measure`; `held_party` gives whom a measure hits when it is told as
the means of holding a side to answer ("hold X accountable, including through sanctions"). When a measure named as a noun is one event is the rule
of `accords.events.namedmeasures`, which needs the verb triggers of `accords.events.matching`; this
module needs none, so the modules that matching imports may read it.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events import cameo
from accords.events import triggers as lexicon
from accords.events.phrases import is_verb

#: Prepositions that name whom a measure hits, and who imposes it.
TARGET_PREPS = frozenset({"on", "against"})
IMPOSER_PREPS = frozenset({"by"})
#: Duties that are a trade measure (a "duty" alone may be an obligation).
_DUTY_MARKS = frozenset("customs import export anti-dumping countervailing antidumping retaliatory".split())


def is_measure(token: Token) -> bool:
    """Whether the token is a measure noun (a "duty" only as a trade duty), or restrictions of what
    one side lets another have ("visa restrictions", "export restrictions"; not "restrictions on the media")."""
    if token.pos_ == "NOUN" and token.lemma_.lower() == "restriction":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in cameo.RESTRICTED_WORDS for c in token.children)
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in lexicon.MEASURE_NOUNS:
        return False
    if token.lemma_.lower() in ("duty", "duties"):
        return any(c.lower_ in _DUTY_MARKS or c.lower_.startswith("anti") for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ == "on" for c in token.children
        )
    return True


#: Verbs that lift or ease a measure (CONCEDE in `accords.events.triggers`).
_EASING = frozenset("lift ease relax shorten cancel remove waive".split())
#: Verbs that lighten or end a measure, whatever the measure's words ("will reduce the reciprocal
#: tariff on goods from Indonesia to 19%"): no measure imposed.
LOWERING = _EASING | frozenset("reduce lower cut eliminate halve scrap end suspend pause delay postpone drop".split())


def acts_on_measure(token: Token) -> bool:
    """A verb whose object is (or holds) a measure ("imposed sanctions", "canceled an increase
    in tariffs"): its "on" and "against" phrases name whom the measure hits."""
    if not is_verb(token):
        return False
    return any(is_measure(t) for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)


#: Verbs that make a measure heavier or new ("raised tariffs on Chinese goods", "tariffs on
#: Chinese goods were increased from 10% to 25%"): a SANCTION, as imposing is.
_RAISING = frozenset("raise increase hike slap levy expand reimpose tighten".split())


def raised_measure(token: Token) -> bool:
    """Whether the token is a verb of raising whose own object (or passive subject) is a
    measure: not "raised concerns about tariffs", where the measure is only talked about."""
    if not is_verb(token) or token.lemma_.lower() not in _RAISING:
        return False
    if token.dep_ in ("amod", "compound"):
        return False  # "the increased tariffs": a reference
    return any(c.dep_ in ("dobj", "nsubjpass") and is_measure(c) for c in token.children)


def about_measure(token: Token) -> bool:
    """A measure noun, or a verb that lifts or eases one ("canceled an increase in tariffs"):
    in an article about a pair, a measure that names one side of it is between the two."""
    if is_measure(token) or raised_measure(token):
        return True
    # "Mr. Trump canceled an increase in tariffs", not "friends of Syria should join hands to
    # remove sanctions" or "sanctions should be lifted": the one who eases it is named
    return token.lemma_.lower() in _EASING and acts_on_measure(token) and any(c.dep_ == "nsubj" for c in token.children)


#: Words that say a side is held to answer ("hold X accountable", "hold X responsible", "hold X to account").
_ANSWERABLE = frozenset({"accountable", "responsible", "account"})
#: Words that tie a measure to the holding as its means ("including through", "by imposing").
_MEANS = frozenset({"through", "by", "via", "including"})


def accountability_means(token: Token) -> bool:
    """Whether the measure is the means by which a side is held to answer: "will continue to hold
    the Lukashenka regime accountable for its actions, including through the imposition of
    sanctions", "hold those fomenting violence accountable, including through sanctions". The
    holding names whom the measure hits (the one held accountable), so it is one act of
    sanctioning, whatever the tense (gold: wh_20210720-sullivan-tsikhanouskaya)."""
    path = list(token.ancestors)
    means = [i for i, t in enumerate(path) if t.lower_ in _MEANS]
    answerable = [i for i, t in enumerate(path) if t.lower_ in _ANSWERABLE]
    holding = [i for i, t in enumerate(path) if t.lemma_.lower() in ("hold", "bring")]
    return bool(means and answerable and holding) and min(means) < min(holding) and min(answerable) <= min(holding)


def held_party(token: Token) -> tuple[Token, Token] | None:
    """The holding and whom it holds to answer, for a measure told as its means: the measure hits
    the one held ("hold *the Lukashenka regime* accountable", parsed as the object of "hold" or
    the subject of "accountable") and the holding's subject imposes it; None for any other measure."""
    if not accountability_means(token):
        return None
    holding = next(t for t in token.ancestors if t.lemma_.lower() in ("hold", "bring"))
    held = [c for c in holding.children if c.dep_ == "dobj"] + [
        g for c in holding.children if c.lower_ in _ANSWERABLE for g in c.children if g.dep_ in ("nsubj", "dobj")]
    return (holding, held[0]) if held else None
