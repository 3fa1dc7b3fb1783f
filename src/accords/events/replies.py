"""Whom a rejection answers when it names only what it rejects.

News reports the answer to an accusation or a demand a sentence or more after it: "President
Trump accused China of stealing American technology. Beijing rejected the accusations ...",
"The EU called on Russia to release the activists. Moscow dismissed the demand". The rejection
names no other side, but "the accusations" and "the demand" are the ones reported: the other
side is who made them. A REJECT whose object is a definite accusation or demand ("the
accusations", "these charges", "the call"; not "accusations of fraud by the opposition", which
names its own content) and that names no other side answers the last ACCUSE (for accusations)
or REQUEST (for demands) of the article made against the rejecting side; so does a denial of a
part in what it was blamed for ("Iran denied any role in the attacks"), and a denial of a claim
("China has denied that it forces U.S. companies to hand over technology") that names no other
side; one that does names it (`denied_sides`: "denied that its forces had entered Indian
territory"). A denial of an act told by a gerund ("Russia denied meddling in the election")
answers the accusation as a denied claim does, and so does an accusation called untrue ("China
called the accusations groundless"); a refusal to act ("China refused to commit to a figure")
answers the last demand made of the refusing side.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from accords.events.requests import REFUSING, refused_acts
from accords.model import Event

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex, Side

#: Nouns of what an accusation says, and of what a demand asks.
_ACCUSATIONS = frozenset(
    "accusation accusations allegation allegations charge charges claim claims criticism criticisms".split()
)
_DEMANDS = frozenset("demand demands call calls request requests ultimatum appeal appeals".split())
#: What a side denies having had in an act it was blamed for ("denied any role in the attacks",
#: "denies responsibility", "denied involvement"): a denial answers the accusation.
_DENIED_PARTS = frozenset("role involvement responsibility wrongdoing".split())
#: Conflicts named by a country ("took sides in *the Ukraine* war"): a setting, not a side.
_CONFLICTS = frozenset("war wars conflict conflicts crisis dispute issue question".split())
#: Verbs that say a report is untrue ("denied reports that ...", "dismissed the rumors that ...").
_DENYING = frozenset("deny reject dismiss refute debunk".split())
#: Nouns of what was said or reported, whose "that" clause a denial says is untrue.
_REPORTED = _ACCUSATIONS | frozenset("report reports rumor rumors rumour rumours speculation speculations story stories "
                                      "news".split())
#: Links from an act up to the clause that holds it ("claims that Iran planned *to invade*").
_CLAUSE_LINKS = frozenset({"xcomp", "conj", "ccomp", "acl", "advcl", "pcomp", "pobj", "prep", "dobj", "nsubjpass"})


def in_denied_report(token: Token) -> bool:
    """Whether the trigger tells an act inside what a side denies was so: "The spokesman also
    rejected reports that Tehran had recalled its ambassador from Turkey", "has denied claims that
    Iran planned to invade the Republic of Azerbaijan", "denied that its forces had entered
    Indian territory". The denied act did not occur as told; the event keeps the status denied."""
    current = token
    for _ in range(6):
        if current.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in current.children):
            head = current.head
            if head.lemma_.lower() == "deny" and current.dep_ == "ccomp" and not _negated(head):
                return True  # "denied that its forces had entered ..."
            if (head.lemma_.lower() in _REPORTED or head.lower_ in _REPORTED) and head.dep_ in ("dobj", "nsubjpass") \
                    and head.head.lemma_.lower() in _DENYING and not _negated(head.head):
                return True
            return False
        if current.dep_ not in _CLAUSE_LINKS or current.head == current:
            return False
        current = current.head
    return False


def _negated(verb: Token) -> bool:
    """"did not deny reports that ...": no denial."""
    return any(c.dep_ == "neg" for c in verb.children)


#: Determiners that point back to something already said.
_BACK = frozenset({"the", "these", "those", "this", "that", "such"})


def denied_claim(token: Token) -> Token | None:
    """The clause a denial says is untrue, introduced by "that" ("denied *that it forces U.S.
    companies to hand over technology*"), or None (the cheap scan, `triggers.may_trigger`, looks
    for "deny" with "that")."""
    if token.lemma_.lower() != "deny":
        return None
    return next((c for c in token.children if c.dep_ == "ccomp"
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def denied_act(token: Token) -> Token | None:
    """The act a denial says its subject did not do, told by a gerund ("Russia denied *meddling*
    in the election", "denied *supplying* weapons"), or None."""
    if token.lemma_.lower() != "deny" or token.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in token.children if c.dep_ in ("xcomp", "dobj") and (c.tag_ == "VBG" or (
        c.lower_.endswith("ing") and c.lower_ not in _GRANTED  # the parser may tag a bare gerund as a noun
        and not any(d.dep_ in ("det", "poss", "nummod", "amod") for d in c.children)))), None)


#: Nouns in "-ing" that are what a side is denied, not an act it denies ("denied funding").
_GRANTED = frozenset("funding financing housing training shipping landing boarding building meeting hearing "
                     "briefing clearance".split())


#: What a side calls an accusation it rejects ("called the accusations groundless").
_UNTRUE = frozenset("groundless baseless unfounded absurd false untrue ridiculous ludicrous nonsense nonsensical "
                    "fabricated fabrication fabrications lie lies slander slanderous fiction fake preposterous".split())


def called_untrue(token: Token) -> bool:
    """"China called the accusations groundless", "Iran called the report a pack of lies": an
    accusation rejected by naming it untrue (a REJECT that `answered_type` ties to its maker)."""
    if token.lemma_.lower() != "call" or token.pos_ not in ("VERB", "AUX"):
        return False
    called = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
              and (c.lemma_.lower() in _ACCUSATIONS or c.lower_ in _ACCUSATIONS or c.lemma_.lower() == "report")]
    named = [c for c in token.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    return bool(called) and any(w.lemma_.lower() in _UNTRUE or w.lower_ in _UNTRUE for n in named for w in n.subtree)


def denied_sides(token: Token, offset: int, index: ActorIndex, deniers: set[str]) -> list[Side]:
    """The other sides a denied claim names ("denied that its forces had entered *Indian*
    territory"): the side the claim is about, other than the deniers; a conflict named by a
    country ("denied that it took sides in the Ukraine war") names no side."""
    claim = denied_claim(token)
    if claim is None:
        return []
    setting = {word.i for noun in claim.subtree if noun.lemma_.lower() in _CONFLICTS
               for child in noun.children if child.dep_ in ("compound", "amod", "poss", "nmod") for word in child.subtree}
    found = [side for word in claim.subtree if word.i not in setting
             for side, type_ in index.sides_in(offset + word.idx, offset + word.idx + len(word))
             if type_ != "PLACE" and side.country not in deniers]
    return list({side.country: side for side in found}.values())


def answered_type(token: Token) -> str | None:
    """The type of the event a rejecting verb answers ("ACCUSE" for "rejected the accusations",
    "REQUEST" for "dismissed the demand", "ACCUSE" for "denied any role in the attacks"), or None
    when its object is no definite accusation or demand, or names its own content ("accusations
    of fraud", "U.S. claims")."""
    for child in token.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        lemma = child.lemma_.lower()
        if token.lemma_.lower() == "deny" and lemma in _DENIED_PARTS:
            return "ACCUSE"  # "Iran denied any role in the attacks": the part it was blamed for
    if denied_claim(token) is not None or denied_act(token) is not None:
        return "ACCUSE"  # "Beijing denied that it had ...", "Russia denied meddling": the claim of whoever accused it
    if token.lemma_.lower() in REFUSING and refused_acts(token):
        return "REQUEST"  # "China refused to commit to a figure": the demand made of it
    for child in token.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        lemma = child.lemma_.lower()
        kind = "ACCUSE" if lemma in _ACCUSATIONS or child.lower_ in _ACCUSATIONS else (
            "REQUEST" if lemma in _DEMANDS or child.lower_ in _DEMANDS else None)
        if kind is None:
            continue
        determiners = [c.lower_ for c in child.children if c.dep_ in ("det", "poss")]
        content = [c for c in child.children if c.dep_ in ("prep", "acl", "relcl", "compound", "amod", "poss")
                   and c.lower_ != "as"]  # "rejected the accusations as baseless" names no content
        if determiners and determiners[0] in _BACK and not content:
            return kind
    return None


def answered(kind: str, rejecting: set[str], earlier: Sequence[Event]) -> tuple[str, ...]:
    """The countries of whoever made the last `kind` event of `earlier` against one of the
    `rejecting` sides (none when there is none)."""
    for event in reversed(earlier):
        if event.type == kind and rejecting & set(event.recipient_countries):
            return tuple(code for code in event.actor_countries if code not in rejecting)
    return ()
