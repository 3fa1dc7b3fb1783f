"""A body or state named inside the topic of a reform is what is reformed, no side.

"The two leaders expressed their intent to work together toward meaningful United Nations
Security Council reform": Brazil and the United States agree; the United Nations is what they
would reform, not a party to their plan. "discussed reform of the World Trade Organization",
"support for IMF reforms" the same. A state's own reforms ("ongoing Iraqi financial reforms")
are its acts: a country stays. A side named as the subject stays
("the United Nations and Brazil agreed on Security Council reform").
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.sideindex import ActorIndex, Side
from accords.events.phrases import subject_of

#: Nouns of a change made to a body or a system ("Security Council reform", "reform of the WTO").
REFORM_NOUNS = frozenset({"reform", "reforms", "overhaul"})
_NAMING_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _reformed_spans(trigger: Token) -> list[tuple[int, int]]:
    """Character spans (in the sentence parse) of what the sentence's reform nouns name as reformed."""
    spans = []
    for noun in trigger.doc:
        if noun.lower_ not in REFORM_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        named = [c for c in noun.children if c.dep_ in _NAMING_DEPS]
        named += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for head in named:
            left, right = head.doc[head.left_edge.i], head.doc[head.right_edge.i]
            spans.append((left.idx, right.idx + len(right)))
    return spans


def without_reformed(actors: list[Side], recipients: list[Side], trigger: Token, offset: int,
                     index: ActorIndex) -> tuple[list[Side], list[Side]]:
    """The sides less those the sentence names only as what a reform changes."""
    spans = _reformed_spans(trigger)
    if not spans:
        return actors, recipients
    # a body reformed; a state's own reforms ("Iraqi financial reforms") are its acts, and it stays
    inside = {side.country for start, end in spans for side, type_ in index.sides_in(offset + start, offset + end)
              if type_ != "COUNTRY"}
    subject = subject_of(trigger)
    outside: set[str] = set()
    if subject is not None:  # who acts, named as the subject, stays
        left, right = subject.doc[subject.left_edge.i], subject.doc[subject.right_edge.i]
        outside = {side.country for side, _type in index.sides_in(offset + left.idx, offset + right.idx + len(right))}
    gone = inside - outside
    if not gone:
        return actors, recipients
    return [s for s in actors if s.country not in gone], [s for s in recipients if s.country not in gone]
