"""Commitments, and what two or more sides named together as one subject are doing or launched.

Joint statements and fact sheets report cooperation with the partners as the grammatical
subject of a plain verb, not with a trigger word: "The United States and Mexico committed to
further expand legal pathways", "Italy and the United States are further collaborating on clean
energy", "Presidents X and Y launched the Partnership for ...", "The United States will work
with the EU to ...". A verb of no trigger is an event here only through the subject (several
named sides, "both countries", "the two leaders") or a named partner, and the verb chain (a
commitment, an ongoing action, a launch in the past, future work), so these rules read the
syntax, not the wording of one text. What the sides will do together is a joint plan
(`accords.events.jointplans`).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events import jointplans
from accords.events.triggers import (
    BINDING_STANCES, ENDORSING_VERBS, JOINT_WORKS, ONGOING_JOINT_VERBS, RESTATING, is_past,
)

#: What a joint launch starts that is cooperation carried out ("launched the Partnership for
#: Workers' Rights", "launched a joint initiative"): a joint work or a named programme.
_LAUNCHED = JOINT_WORKS | frozenset(
    "programme program platform dialogue agenda network centre center committee commission".split()
)
#: Nouns that name an undertaking a side commits to, an action in noun form ("will commit to a
#: collaborative effort", "committed to an end to new support for coal", "commit to a target of").
_UNDERTAKINGS = frozenset(
    "effort efforts end goal goals target targets reduction reductions phase-out phaseout moratorium "
    "timeline roadmap".split()
)
#: Nouns of setting something up, whose "of" phrase names what is set up ("announcing the creation
#: of an enhanced trilateral security partnership", "launched the establishment of a council").
_SETTING_UP = frozenset({"creation", "establishment", "formation", "launch", "launching"})
#: Adverbs that make "we" act as the several authors together.
_JOINTLY = frozenset({"together", "jointly"})


def joint_subject(verb: Token) -> bool:
    """Whether the verb's own subject names several sides together ("the United States and
    Mexico", "Presidents Biden and Lula", "both countries", "the two leaders"), as a joint plan's
    subject is read (`accords.events.jointplans.joint_subject`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "we" and any(
        c.dep_ == "advmod" and c.lower_ in _JOINTLY for c in verb.children
    ):
        return True  # "Together, we are partnering ...": the authors of a joint statement (`voice`)
    return subject is not None and jointplans.joint_subject(subject)


#: Verbs of binding oneself to an action: "committed to expand", "resolved to advance trilateral defense
#: cooperation" (a decision taken together: AGREE).
_COMMITTING = frozenset({"commit", "resolve"})


def commitment(verb: Token) -> bool:
    """"X and Y committed to expand / to furthering ...", "the three NSAs resolved to advance ...": a
    verb "commit" or "resolve" with an action as its
    complement (an infinitive or a gerund after "to", or a noun of an undertaking: "will commit to
    a collaborative effort", "committed to an end to ..."), whoever the subject; "committed
    crimes" and "committed to the agreement" commit to no action, and "is committed to" states a
    standing position, no new commitment."""
    if verb.lemma_.lower() not in _COMMITTING or verb.dep_ in ("acomp", "amod", "pcomp", "acl", "relcl") or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children
    ):
        # "is committed to supporting the Afghan people", "are fully committed to": a stance restated;
        # "grateful to Belgium and Norway for committing to provide": whose commitment, the verb does not say;
        # "over 130 countries committed to reduce ... emissions": a description of who joined
        return False
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return True
        if child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children) and not any(
            c.dep_ == "dobj" for c in verb.children
        ):
            # "Both leaders committed to strengthen the alliance": the parser may make it a purpose;
            # "committed $500 million to build two berths" commits money, a pledge of its own
            return True
        if child.dep_ == "prep" and child.lower_ == "to":
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
                return True
            if any(g.dep_ == "pobj" and (g.lemma_.lower() in _UNDERTAKINGS or _aims_at_action(g)) for g in child.children):
                return True
    return False


def joint_decision(verb: Token) -> bool:
    """"Iran and Turkey have decided to use their national currencies", "the two sides decided to
    start a new chapter", "it was decided that both sides prepare the grounds for exhibitions": a
    decision the sides took together is agreed between them (AGREE), whatever it is about; one
    side's decision ("Iran decided to ban imports") is its own, and stays with the intention
    rules (`accords.events.status`)."""
    if verb.lemma_.lower() != "decide" or verb.dep_ in ("amod", "acl", "relcl", "pcomp") or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return False
    content = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    impersonal = any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)
    return content and (joint_subject(verb) or impersonal or _those_who_met(verb))


def _those_who_met(verb: Token) -> bool:
    """A subject that is only "both", "the two" or "they" ("Both decided to maintain close
    coordination", "They decided to explore new ways to expand bilateral trade"): in a readout,
    those who met, whose sides `accords.events.actors` gives (the participants of the meeting
    told last). Only in a sentence of its own: "officials said they decided to ban imports" is
    one side's decision reported."""
    if verb.dep_ != "ROOT":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("both", "two", "they") or subject.pos_ not in ("NUM", "PRON", "DET"):
        return False
    return all(c.dep_ in ("det", "punct") for c in subject.children)


def _aims_at_action(noun: Token) -> bool:
    """A noun of aim whose infinitive says the action committed to: "we commit to a shared
    ambition *to support* Australia in acquiring nuclear-powered submarines"."""
    return any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children)


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children)


def _ongoing(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def joint_ongoing(verb: Token) -> bool:
    """"Mexico and the United States are taking key measures today", "are further collaborating":
    an action the sides named together are carrying out (COOPERATE)."""
    return verb.lemma_.lower() in ONGOING_JOINT_VERBS and _ongoing(verb) and joint_subject(verb)


def joint_launch(verb: Token) -> bool:
    """"Presidents Biden and Lula launched the Partnership for Workers' Rights": a joint work the
    sides named together launched (COOPERATE carried out); so too a joint statement's authors
    launching or announcing one now ("we are announcing an enhanced trilateral partnership called
    the ICE Pact", "we launched the Just Energy Transition Partnership": `we` is its authors)."""
    lemma = verb.lemma_.lower()
    if lemma not in ("launch", "announce") or not (is_past(verb) or _ongoing(verb)) or (
        lemma == "announce" and not _ongoing(verb)
    ):
        return False  # "announced a joint Task Force": agreed (`accords.events.matching`)
    work = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not (joint_subject(verb) or any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children)
            or (lemma == "launch" and _partnership_with(verb, work))):
        return False
    if work is not None and work.lemma_.lower() in _SETTING_UP:
        work = next((g for c in work.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    if work is None:
        return False
    words = {work.lemma_.lower(), work.lower_} | {c.lemma_.lower() for c in work.children if c.dep_ == "compound"}
    return bool(words & _LAUNCHED)


#: Joint works whose announcement starts cooperation, not a plan: "announced a new partnership with the
#: Government of the Philippines", "the two leaders announced a new Brazil-U.S. Partnership for the Energy
#: Transition" (COOPERATE, as "launched the Partnership for Workers' Rights"). A task force, pledge or
#: framework announced is agreed (AGREE).
_PARTNERSHIPS = frozenset({"partnership", "partnerships"})


def _partnership_with(verb: Token, work: Token | None) -> bool:
    """"The Vice President is launching a new clean energy partnership *with Thailand*": a partnership
    with a partner named in a "with" phrase on the verb or the work."""
    return work is not None and work.lemma_.lower() in _PARTNERSHIPS and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for owner in (verb, work) for c in owner.children)


def announced_type(verb: Token) -> str:
    """The type of a joint work announced together (`accords.events.matching`): COOPERATE for a
    partnership, AGREE for any other joint work."""
    work = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return "COOPERATE" if work is not None and work.lemma_.lower() in _PARTNERSHIPS else "AGREE"


#: Verbs of working with a partner: what one side will do with another is agreed with it.
_PARTNERING = frozenset("work cooperate collaborate partner coordinate".split())


def future_with_partner(verb: Token) -> bool:
    """"The United States will work with the EU to ...", "will cooperate with Japan on ...": a
    side's future work with a partner named in a "with" phrase (an AGREE; the partner is a
    side when the entities stage knows it as one). A partner named by a common noun ("with
    international partners", "with US-backed militants") is not named."""
    if verb.lemma_.lower() not in _PARTNERING or not _future(verb):
        return False
    # a partner by its name ("with India", "with the EU"), not "with international financial
    # institutions" or "with US-backed militants"
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG")) for g in c.children
    ) for c in verb.children)


# Nouns of a stance that binds its holders to an action named in its infinitive or gerund ("their
# shared commitment *to de-escalate* the conflict", "their determination *to increase* U.S. support")
# and the verbs that restate them are `accords.events.triggers.BINDING_STANCES` and `RESTATING`, which
# the sentence scan reads too.
#: Actions that back a side: "their commitment to continue supporting Ukraine" is support voiced
#: (SUPPORT), not a promise to act.
_BACKING_ACTIONS = ENDORSING_VERBS | frozenset({"stand", "help"})
#: What an action strengthens when the commitment is to a relation in general ("their commitment to
#: strengthen the U.S.-Canada partnership"): a reaffirmed relation, no new commitment.
_RELATIONS = frozenset("partnership partnerships relationship relations ties alliance cooperation friendship".split())


#: Words that make a welcomed commitment one that involves a partner ("to permit the flow of UN-provided
#: humanitarian assistance", "to join the Green Shipping Challenge"), not the side's own reform or elections.
_PARTNERED = frozenset(
    """join assistance aid cooperation cooperate collaborate partnership partner partners together jointly joint
    coordinate coordination dialogue negotiate negotiations talks agreement deal accord allow permit""".split()
)


def restated_commitment(verb: Token) -> bool:
    """"Both leaders reaffirmed their shared commitment to de-escalate the conflict", "The President and
    King Abdullah II affirmed their commitment to work together to produce an enduring end to the crisis":
    sides named together restating their commitment to an action have committed to it together (AGREE,
    as "committed to expand"); "welcomed the commitment from President Al-Sisi to permit the flow of ...
    assistance" is the other side's commitment made to the welcoming one (AGREE of the two); one to the
    side's own reform or elections ("welcomed Ghana's commitment to reforming its economy") is none. One side's
    commitment restated ("the Vice President emphasized the Administration's commitment to ..."), a
    commitment to back a side ("to continue supporting Ukraine") or to a relation ("to strengthen the
    partnership") is no new commitment."""
    lemma = verb.lemma_.lower()
    if lemma not in RESTATING | {"welcome"} or verb.dep_ in ("amod", "acl", "relcl", "pcomp"):
        return False
    stance = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in BINDING_STANCES), None)
    if stance is None or not (joint_subject(verb) if lemma != "welcome" else _owned(stance)):
        return False
    actions = [c for c in stance.children if c.dep_ in ("acl", "relcl") and _to_infinitive(c)]
    actions += [g for c in stance.children if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children if g.dep_ in ("pcomp", "pobj") and g.pos_ in ("VERB", "AUX")]
    actions += [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _to_infinitive(c)]
    if lemma == "welcome" and not any(t.lemma_.lower() in _PARTNERED for action in actions for t in action.subtree):
        return False  # "welcomed Ghana's commitment to reforming its economy": its own reform, no promise to a partner
    return bool(actions) and not any(
        (t.pos_ == "VERB" and t.lemma_.lower() in _BACKING_ACTIONS)
        or (t.dep_ == "dobj" and t.head.i == action.i and t.lemma_.lower() in _RELATIONS)
        for action in actions for t in action.subtree
    )


def _owned(stance: Token) -> bool:
    """Whether a welcomed commitment names whose it is ("Prime Minister Davis's commitment", "the
    commitment from President Al-Sisi")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "of")) for c in stance.children)


def _to_infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
