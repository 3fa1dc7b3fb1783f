"""Joint plans: what two named sides together "will" do is an AGREE.

"Both countries will expand cooperation in energy", "the two sides will sign a free trade
agreement", "Iran and Azerbaijan will build a joint bridge", "the two neighbours will spare no
efforts to boost joint industrial projects": the state press reports a plan of both sides as a
future clause whose subject is the pair, with no verb of agreeing or planning. The Tehran Times
gold records such plans as `AGREE` (tests/gold/README: plans, offers, future meetings and
signings). The rule is syntactic and closed-class:

- the subject is the pair or group of sides as a whole: a plural noun of sides (`PAIR_WORDS`,
  "neighbours") counted by "two"/"three"/... or "both", or two or more coordinated names
  ("Iran and Azerbaijan");
- the verb is future ("will", "shall") and not negated;
- what it does is cooperative action (`COOPERATIVE_COMPLEMENTS`: expand, build, sign, boost,
  increase ...), the verb itself or the purpose of "take steps / spare no effort to"
  (`accords.events.complements.effort_for_cooperation`);
- the clause is a report, not a hope or belief ("hoped that the two countries will expand",
  "believes the two nations will benefit"): a wish is no plan (`accords.events.wishes`).

Verbs that are triggers of their own ("will sign", "will hold talks") stay with their own
specs; this module only adds the joint clauses no trigger word reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.groups import PAIR_WORDS
from accords.events.complements import effort_for_cooperation
from accords.events.triggers import COOPERATIVE_COMPLEMENTS, FUTURE_AUXILIARIES, SIDE_COUNTS

#: Plural nouns that stand for the sides when counted ("the two neighbours", "both governments").
_SIDE_NOUNS = PAIR_WORDS | frozenset({"neighbours", "neighbors", "governments", "capitals", "partners", "leaders", "presidents"})
#: Heads of a clause that make it a wish, belief or forecast rather than a report of a plan.
_NOT_A_PLAN = frozenset(
    """hope wish believe think expect predict forecast doubt fear assume guess anticipate imagine feel
    hopeful optimistic confident sure certain likely""".split()
)


def joint_plan(verb: Token) -> bool:
    """Whether `verb` reports what a pair or group of sides together will do (module doc)."""
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "compound", "relcl", "acl", "advcl", "xcomp", "pcomp"):
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in children):
        return False
    if any(c.dep_ == "neg" for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or not joint_subject(subject):
        return False
    if not (_cooperative(verb) or effort_for_cooperation(verb)):
        return False
    return not _wished(verb)


def joint_subject(subject: Token) -> bool:
    """"The two countries", "both sides", "Iran and Azerbaijan": the sides as one subject."""
    if subject.lower_ in _SIDE_NOUNS and subject.tag_ in ("NNS", "NNPS"):
        return any(c.lower_ in SIDE_COUNTS and c.dep_ in ("nummod", "det", "predet", "quantmod") for c in subject.children)
    # names coordinated ("Iran and Azerbaijan"); whether they are states the sides rules say
    # (`accords.events.actors`), and one state alone is no relation (`accords.stages.events`)
    return subject.pos_ == "PROPN" and any(c.pos_ == "PROPN" for c in subject.conjuncts)


#: What sides welcome together that is a plan of theirs ("welcomed the idea of a joint exercise").
_IDEAS = frozenset({"idea", "proposal", "plan", "initiative", "suggestion"})
#: Words that make the plan a joint one ("a joint military exercise", "visa-free regime between the two").
_TOGETHER = frozenset({"joint", "bilateral", "mutual", "common", "between"})


def welcomed_joint_idea(verb: Token) -> bool:
    """"Top military officials from Iran and the Republic of Azerbaijan on Monday welcomed the
    idea of a joint military exercise", "Rouhani and Sargsyan welcomed the idea of visa-free regime
    between the two countries": sides named together welcome a plan of a joint act: they agree on
    it (AGREE), no one backs another (SUPPORT). The subject names both sides: coordinated names
    (`joint_subject`) or people "from" coordinated names; one side welcoming another's proposal
    stays a backing."""
    if verb.lemma_.lower() != "welcome" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (joint_subject(subject) or any(
            p.dep_ == "prep" and p.lower_ in ("from", "of") and any(joint_subject(g) for g in p.children if g.dep_ == "pobj")
            for p in subject.children)):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _IDEAS and any(t.lower_ in _TOGETHER for t in c.subtree)
               for c in verb.children)


def _cooperative(verb: Token) -> bool:
    return verb.lemma_.lower() in COOPERATIVE_COMPLEMENTS


def _wished(verb: Token) -> bool:
    """Whether the clause is the content of a hope, belief or forecast ("expressed hope that
    the two countries will ...", "I believe both sides will ...")."""
    token = verb
    for _ in range(4):
        if token.dep_ not in ("ccomp", "conj", "acl", "pcomp", "pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in _NOT_A_PLAN:
            return True
    return False
