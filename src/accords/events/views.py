"""A view the sides share, told with "agree": no agreement to do anything.

Readouts say what two leaders "agreed on": sometimes a thing to do ("agreed to open migrant
resource centres", "agreed that their teams will remain in close contact": AGREE), often only a
judgement they share ("agreed on the importance of the NATO 2030 agenda", "agreed that it is
critical to ensure ...", "agreed that we all must stand up against hate and violence"). The
gold records the second kind as no event, or as an optional one (tests/gold/README: "agreed that
Hamas should release the hostages", "agreed that the situation would have benefited from ...");
a CAMEO coder lists "agree on the importance of" under statements (CAMEO 01), not under
agreements (CAMEO 03/05). A goal "set" is an agreement when the sides set it together ("the
two countries set up a goal to bring trade to $15 billion"); set by one side, or by one for
another ("Trump makes the prospects uncertain by setting unrealistic goals for the trade talks",
"nothing to gain by setting India a goal they might attain" in a cricket report), it is none.
So is an invitation addressed to all at once ("inviting all countries to welcome the deal"): an
exhortation, not an invitation of a side, as is a call for bids ("invited new offers for the
field"), and a penalty one "agreed to pay" ("agreed to pay $35
million in a settlement with regulators"): a legal settlement, no accord between sides. The events
stage drops the AGREE that `no_agreement` accepts, and the CONCEDE of a point conceded
(`point_conceded`: "conceded that the talks had stalled"): a view admitted, nothing yielded.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.triggers import FUTURE_AUXILIARIES
from accords.events.phrases import is_verb

#: What a view is about when it is "agreed on" ("agreed on the importance of", "on the need for").
VIEW_NOUNS = frozenset(
    "importance need needs necessity urgency urgent value significance centrality imperative".split()
)
#: Modal verbs of a judgement ("agreed that we all must stand up against hate").
_JUDGING_MODALS = frozenset({"must", "should", "ought"})
#: Verbs of a clause that judges rather than plans ("agreed that the incident underscored the
#: urgency", "agreed that ties remain strong").
_JUDGING_VERBS = frozenset({"be", "remain", "underscore", "underline", "show", "demonstrate", "highlight", "require"})
#: Auxiliaries of a clause that says what will be done ("agreed that talks would continue").
_FUTURE = FUTURE_AUXILIARIES | {"would", "'d"}


def no_agreement(token: Token) -> bool:
    """Whether an AGREE trigger tells a view shared (`shared_view`) or an exhortation to all
    (`invited_everyone`), or a goal one side sets (`one_sided_goal`): no agreement, offer or
    invitation."""
    return shared_view(token) or invited_everyone(token) or invited_bids(token) or one_sided_goal(token) or (
        penalty_paid(token))


#: What is paid as a penalty or to settle a case ("in criminal penalties", "to settle a civil
#: lawsuit", "after admitting bribery"): the words of a legal settlement.
_PENALTY_WORDS = frozenset("""penalty penalties fine fines damages settlement settlements restitution lawsuit
    lawsuits bribery bribe bribes fraud wrongdoing""".split())


def penalty_paid(token: Token) -> bool:
    """Whether "agree" governs paying a penalty: "agreed to pay $35 million in a settlement with
    regulators", "has agreed to pay $28m after admitting bribery", "agreed to pay $13m in criminal
    penalties": a firm settling a case (web news), no AGREE between its country and the one
    where the case arose. "Russia and Iran agreed to pay for bilateral supplies ... in national
    currencies" (no penalty word in the clause) stays."""
    if token.lemma_.lower() != "agree" or not is_verb(token):
        return False
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() == "pay" for c in token.children):
        return False
    clause = [t for c in token.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
    return any(t.lemma_.lower() in _PENALTY_WORDS or t.lower_ in _PENALTY_WORDS for t in clause)


def shared_view(token: Token) -> bool:
    """Whether the verb "agree" tells a judgement the sides share: "on" a view noun ("agreed on
    the importance of ..."), or a "that" clause which judges (a copula, "must", "should",
    "underscored") with no future in it. "Agreed to ..." and "agreed that X will ..." stay."""
    if token.lemma_.lower() != "agree" or not is_verb(token):
        return False
    if any(c.dep_ == "xcomp" for c in token.children):
        return False  # "agreed to open ...": an act agreed
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "about"):
            if any(p.dep_ == "pobj" and _view_noun(p) for p in child.children):
                return True
        if child.dep_ == "ccomp" and _judging(child):
            return True
    return _sided_with(token)


def _sided_with(token: Token) -> bool:
    """"Kazakhstan fully agrees with the Islamic Republic of Iran and considers ...": agreeing
    "with" someone and with nothing agreed on, to or upon, no object and no clause: a view shared
    with them (CAMEO 01), no agreement. "Agreed with Russia on a roadmap", "agreed with Baku to
    build ..." and "agreed with Ankara that talks would continue" stay."""
    children = list(token.children)
    if not any(c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" for p in c.children) for c in children):
        return False
    return not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "nsubjpass", "auxpass")
        or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "about", "over"))
        for c in children
    )


def _view_noun(noun: Token) -> bool:
    """"the importance of", "the urgent need to": the noun, or an adjective standing for it."""
    return noun.lemma_.lower() in VIEW_NOUNS or noun.lower_ in VIEW_NOUNS


def _judging(verb: Token) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE:
        return False
    if auxes & _JUDGING_MODALS:
        return True
    return verb.lemma_.lower() in _JUDGING_VERBS and not any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() not in _JUDGING_VERBS and any(
            a.dep_ == "aux" and a.lower_ in _FUTURE for a in c.children)
        for c in verb.children
    )


#: Words of everyone addressed at once: "all countries", "the international community".
_EVERYONE = frozenset("all every everyone everybody".split())
_ADDRESSEES = frozenset("country countries state states nation nations party parties member members side sides "
                        "community government governments".split())


def invited_everyone(token: Token) -> bool:
    """"Invite" addressed to all at once ("inviting all countries to welcome the deal and act
    responsibly", "invited the international community to support ..."): an exhortation, no
    invitation of a side to a meeting or a project (AGREE). "Invited Iran to the summit" and
    "invited all Caspian states to the summit" (a meeting they are invited to) stay."""
    if token.lemma_.lower() != "invite" or not is_verb(token):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for", "at") for c in token.children):
        return False
    invited = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(invited) and all(_everyone(noun) for noun in invited)


#: What a seller or a buyer invites that is no side: bids for a sale or a contract.
_BIDS = frozenset("offer offers bid bids tender tenders application applications submission submissions".split())


def invited_bids(token: Token) -> bool:
    """"Invited new bids for the oil field", "is inviting offers for the licence": a call for
    tenders (web business news), no invitation of a side to a meeting or a project (AGREE).
    "Invited Iran to the summit" and "invited Turkish firms to invest" stay."""
    if token.lemma_.lower() != "invite" or not is_verb(token):
        return False
    invited = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(invited) and all(noun.lemma_.lower() in _BIDS or noun.lower_ in _BIDS for noun in invited)


def _everyone(noun: Token) -> bool:
    if noun.lower_ in _EVERYONE:
        return True
    if noun.lemma_.lower() not in _ADDRESSEES:
        return False
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "predet")}
    return bool(words & _EVERYONE) or (noun.lemma_.lower() == "community" and "international" in words)


#: Pronouns of sides that act together ("they set a target").
_PLURAL_PRONOUNS = frozenset({"they", "we"})


def one_sided_goal(token: Token) -> bool:
    """Whether "set" (a goal, a target, a task) is done by one side alone: its subject (or the
    subject of the verb it depends on: "agreed to set") is singular and not coordinated, the
    goal is set for someone ("setting India a goal"), or no subject is named ("by setting
    unrealistic goals"). A plural or coordinated subject ("the two countries", "Iran and
    Turkey", "they") sets it together; a passive ("a target was set") is left as it is."""
    if token.lemma_.lower() != "set" or not is_verb(token):
        return False
    if any(c.dep_ == "dative" for c in token.children):
        return True
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False
    current = token
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            return not (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in _PLURAL_PRONOUNS
                        or any(c.dep_ == "conj" for c in subject.children))
        if current.dep_ not in ("xcomp", "conj") or current.head is current:
            return True
        current = current.head
    return True


def point_conceded(token: Token) -> bool:
    """Whether "concede" tells a point admitted: a clause conceded ("the spokesman conceded that
    the rules had gaps", "conceded there were problems"), a statement (CAMEO 01), not a side
    yielding to another. "Conceded the disputed islands", "conceded to their demands" stay."""
    return token.lemma_.lower() == "concede" and is_verb(token) and any(
        c.dep_ == "ccomp" for c in token.children)
