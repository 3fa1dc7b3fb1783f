"""Joining someone in person is a meeting: "Vice President Harris today joined leaders of the
ASEAN member states and Timor-Leste for the annual U.S.-ASEAN Summit", "the European Council was
joined by President Biden", "Vice President Harris was joined by President Yoon of the Republic
of Korea at NASA's Goddard Space Flight Center" (issue 13: White House readouts open so).

"Join" is a CONSULT only when who is joined is a leader, by title or name under a title: joining a coalition,
an alliance, efforts or a call for something is no meeting ("Italy joined U.S. and EU efforts",
"joined the Global Methane Pledge"), nor is joining someone *in* doing something, which is
acting alongside them ("joined Japan in imposing sanctions", "joined France to condemn").
Joining a call or meeting told before adds its joiners to that meeting
(`accords.events.participants`).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of meeting whose passive subject is met by the agent, a side of the meeting: "the
#: European Council was joined by President Biden", "the Prime Minister was received by the Emir".
MET_IN_PASSIVE = frozenset({"join", "receive", "host", "welcome", "meet"})

#: Who is met when joined: leaders and office holders by their title (a closed class).
LEADER_NOUNS = frozenset(
    "leader leaders president presidents minister ministers chancellor premier king queen emir amir prince sultan "
    "counterpart counterparts taoiseach".split()
)


def joined_in_person(verb: Token) -> bool:
    """Whether the verb "join" has a leader or a titled person as who is joined: its object
    (active voice) or its agent (passive: "was joined by President Yoon"), and no act done
    alongside them ("joined X in condemning", "joined X to announce")."""
    if verb.lemma_.lower() != "join":
        return False
    if any(_alongside(child) for child in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        joined = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        joined = [c for c in verb.children if c.dep_ == "dobj"]
    return any(_a_leader(noun) for noun in joined)


def _alongside(child: Token) -> bool:
    """"in condemning", "to announce": an act the one joined does, the joiner does too."""
    if child.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return True
    return child.dep_ == "prep" and child.lower_ == "in" and any(
        g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in child.children)


def _a_leader(noun: Token) -> bool:
    """A leader's title ("leaders of ..."), or a name under one ("President Yoon Suk Yeol")."""
    if noun.lemma_.lower() in LEADER_NOUNS or noun.lower_ in LEADER_NOUNS:
        return True
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in LEADER_NOUNS for c in noun.children)


def joins_told_meeting(verb: Token) -> bool:
    """"The G20 Leaders were joined by Leaders of guest countries": a passive "join" after a
    meeting already told adds joiners to that meeting (`accords.events.participants.joined`),
    no meeting of its own; the events stage drops it when a CONSULT came before."""
    return verb.lemma_.lower() == "join" and any(c.dep_ == "auxpass" for c in verb.children)
