"""Whom a rejection answers when it names only what it rejects.

News reports the answer to an accusation or a demand a sentence or more after it: "President
Trump accused China of stealing American technology. Beijing rejected the accusations ...",
"The EU called on Russia to release the activists. Moscow dismissed the demand". The rejection
names no other side, but "the accusations" and "the demand" are the ones reported: the other
side is who made them. A REJECT whose object is a definite accusation or demand ("the
accusations", "these charges", "the call"; not "accusations of fraud by the opposition", which
names its own content) and that names no other side answers the last ACCUSE (for accusations)
or REQUEST (for demands) of the article made against the rejecting side.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from accords.model import Event

#: Nouns of what an accusation says, and of what a demand asks.
_ACCUSATIONS = frozenset(
    "accusation accusations allegation allegations charge charges claim claims criticism criticisms".split()
)
_DEMANDS = frozenset("demand demands call calls request requests ultimatum appeal appeals".split())
#: Determiners that point back to something already said.
_BACK = frozenset({"the", "these", "those", "this", "that", "such"})


def answered_type(token: Token) -> str | None:
    """The type of the event a rejecting verb answers ("ACCUSE" for "rejected the accusations",
    "REQUEST" for "dismissed the demand"), or None when its object is no definite accusation or
    demand, or names its own content ("accusations of fraud", "U.S. claims")."""
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
