"""Whether a trigger is what a call, meeting or trip is for: said there or held there.

A call's purpose infinitive is said in that call ("spoke with President Ramaphosa *to commend* South
Africa": `purpose_of_talk`), and talks that are the purpose of a trip or meeting told as done were held
there ("arrived in Astana *to hold talks*": `talk_on_trip`). The status of the clause itself is
`accords.events.status`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events import matching
from accords.events.phrases import is_verb
from accords.events.status import clause_status, trigger_verb
from accords.events.triggers import MEETING_NOUNS


#: Types of what is said: when it is the purpose of a call or meeting, the call says it.
SAID_IN_TALKS = frozenset({"SUPPORT", "ACCUSE", "REQUEST"})


def purpose_of_talk(token: Token) -> bool:
    """Whether the trigger is the purpose infinitive of a call or meeting ("spoke today with
    President Ramaphosa *to commend* South Africa", "spoke with King Abdullah II *to reaffirm*
    the commitment", "convened *to reaffirm* their commitment"): what is said there is said in
    that call, not intended; "agreed *to support*" and "plan *to welcome*" are no talk."""
    if token.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    spec = matching.match_token(token.head)
    return spec is not None and spec.type == "CONSULT" and token.head.pos_ in ("VERB", "AUX")


#: Trips and attendances whose purpose infinitive names the talks held on them (`talk_on_trip`;
#: `accords.events.status._TRIPS` are the trips whose purpose infinitive is planned on them).
_TALK_TRIPS = frozenset("arrive travel fly go come head stop visit attend".split())


def _at_a_place(be: Token) -> bool:
    """Whether "be" tells where its subject is: "was in Istanbul", "is in Baku" (a name; the
    parse of the events stage has no entity types)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
        g.dep_ == "pobj" and g.tag_ == "NNP" for g in c.children) for c in be.children)


def talk_on_trip(token: Token) -> bool:
    """Whether a meeting trigger is the purpose infinitive of a trip or a meeting told as done
    ("stopped in Ankara on his way back to Tehran *to hold talks* with Turkish officials", "has
    attended a meeting with officials from Russia and Turkey *to discuss* Syria", "held the first
    high-level strategic dialogue *to discuss* a range of issues", "convened leaders ... *to discuss*
    next steps", "met with Foreign Minister Leyva ... to follow up on the recent bilateral
    *meeting*"): the talks were held there, no plan (AGREE) of them."""
    verb = token if is_verb(token) else trigger_verb(token)  # "to hold *talks*"
    if verb is None or verb.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    head = verb.head
    if head.lemma_.lower() == "be" and verb.dep_ == "advcl" and _at_a_place(head):
        return clause_status(head) == "occurred"  # "Zarif was in Istanbul to attend the trilateral meeting"
    if not is_verb(head) or clause_status(head) != "occurred":
        return False
    return head.lemma_.lower() in _TALK_TRIPS or _meeting_held(head)


def _meeting_held(verb: Token) -> bool:
    """Whether `verb` tells of a meeting: "met with" (a meeting verb of the trigger table),
    "convened leaders", or a verb of holding whose object is a meeting ("held the first
    high-level strategic dialogue")."""
    lemma = verb.lemma_.lower()
    if lemma == "convene":
        return True
    if lemma == "meet":
        spec = matching.match_token(verb)
        return spec is not None and spec.type == "CONSULT"
    return lemma in _HOLDING_ANY and any(c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in verb.children)


#: Verbs whose meeting object is held ("held the first dialogue", "hosted a roundtable").
_HOLDING_ANY = frozenset({"hold", "host", "have"})
