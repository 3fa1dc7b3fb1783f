"""A meeting or visit a speaker refers to is named, not done by the speaker, and is one already told.

State press opens a quote on the occasion it comments on: "Referring to Ayatollah Raisi's visit to
Moscow and meeting with President Putin, Erdogan expressed hope ...", "Commenting on the recent visit
by Uzbek Parliament Speaker Nurdinjon Ismoilov to Iran, Nouri said ...". The one who refers to a
meeting neither travels nor meets: a meeting noun under "referring to" takes no actor from the
speaker (`accords.events.actors` asks `refers`), nor does a meeting the parser reads as a verb joined to
"referring" ("Referring to X's visit to Moscow and *meeting* with President Putin": `doer`). And the visit so named is the visit the article tells
elsewhere ("Referring to the visit of the Uzbekistan parliamentary delegation to Mashhad" after
"the recent visit by ... Ismoilov to Iran"): `accords.events.dedup` merges it into the visit of the
same direction already told (`REFERRED_VISIT`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

#: Verbs by which a speaker names what is spoken of ("Referring to", "Commenting on", "Pointing to").
_REFERRING = frozenset({"refer", "comment", "point", "allude"})

#: A sentence that names a visit as what its speaker comments on.
REFERRED_VISIT = re.compile(
    r"\b(?:referring|commenting|pointing|alluding|reflecting)\s+(?:to|on)\s+(?:the|this|that|his|her|their|[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*)*['’]s?)\s+(?:(?:recent|latest|current|official|two-day|three-day|working)\s+)*"
    r"(?:visit|trip|tour)\b",
    re.IGNORECASE,
)


def refers(verb: Token) -> bool:
    """Whether `verb` names what its subject speaks of ("Referring to the visit ..."), so that a
    meeting noun under it is not its subject's act."""
    return verb.lemma_.lower() in _REFERRING and verb.tag_ == "VBG"


def doer(trigger: Token, subject: Token | None) -> Token | None:
    """The subject of a verbal trigger, or None for a gerund the parser joined to a referring verb
    ("Referring to Raisi's visit to Moscow and *meeting* with President Putin, Erdogan expressed ..."):
    the meeting is spoken of, Erdogan did not meet."""
    if trigger.tag_ == "VBG" and trigger.dep_ == "conj" and refers(trigger.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    return subject
