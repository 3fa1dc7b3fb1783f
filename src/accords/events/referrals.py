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


#: Whose visit a frame names: "his", "the", "President Raisi's", "the Turkish minister's".
_POSSESSOR = r"(?:the|this|that|his|her|their|(?:the\s+)?(?:[\w.-]+\s+){0,3}[\w.-]+['’]s)"
#: A visit named as the frame of another act ("Prior to his visit to Azerbaijan, the president visited
#: Turkmenistan", "On the sidelines of President Raisi's visit to Ashgabat, ...") or as what a later act is
#: for ("the Turkish minister's visit to Iran is a preparatory measure for ..."): the visit told
#: elsewhere, not one more. What followed a visit ("following President Moon's visit to Washington in
#: May") looks back to an earlier occasion and is left out.
FRAMED_VISIT = re.compile(
    r"\b(?:(?:prior\s+to|ahead\s+of|before|during|in\s+the\s+course\s+of|concurrent\s+with|"
    r"on\s+the\s+(?:sidelines|margins)\s+of)\s+" + _POSSESSOR + r"|" + _POSSESSOR + r"(?=\s+(?:\S+\s+){0,3}"
    r"(?:visit|trip)\s+to\s+(?:[A-Z][\w-]*\s+){1,3}(?:is|was)\s+(?:a|an|the)\b))\s+"
    r"(?:(?:recent|latest|current|official|state|working|[\w-]+-day|[A-Z][a-z]+\s+\d{1,2}(?:-\d{1,2})?)\s+)*"
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
