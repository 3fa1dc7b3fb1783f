"""The partners a trigger's clause names, for an event that names one known side.

`accords.events.actors.event_sides` completes such an event with the article's pair
(`accords.events.completion.fill_pair`), but not with a country its sentence does not name for
it: the countries the trigger's clause names outside its venue and topic phrases
(`named_partners`: "ready to fulfil the energy needs *of Pakistan*") are the partners it may
have, and countries named as the items of one coordination (`one_list`: "joining the country's
electricity network to those *of Azerbaijan and Russia*") are partners named together. A direct
object the parser stranded past the verb's own infinitive clause (`stranded_object`) names none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from accords.events.phrases import TOPIC_VERBS, governing_verb, in_time_clause, in_venue_or_topic

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex, Side


def named_partners(trigger: Token, offset: int, index: ActorIndex) -> list[Side]:
    """Countries the trigger's clause (its verb's subtree) names outside venue and topic phrases
    ("ready to fulfil the energy needs *of Pakistan*"):
    the side an event with one known side has, when the article's main pair is not it."""
    root = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        root = governing_verb(trigger) or trigger
    tokens = sorted(root.subtree, key=lambda t: t.i)
    start, end = offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1])
    # "during his talks with the Azeri side, the possibility of electricity cooperation *with Turkey* was
    # discussed": what a topic verb's passive subject names is discussed, no partner of the talks
    discussed = {t.i for c in root.children if c.dep_ == "nsubjpass" and root.lemma_.lower() in TOPIC_VERBS
                 and trigger not in c.subtree for t in c.subtree}
    found: list[Side] = []
    for side, type_ in index.sides_in(start, end):
        if type_ != "COUNTRY" or any(side.country == other.country for other in found):
            continue
        at = _position_in(index, side, start, end) - offset
        token = next((t for t in tokens if t.idx <= at < t.idx + len(t)), None)
        if token is not None and token.i not in discussed and not in_venue_or_topic(token) and not in_time_clause(token, root):
            found.append(side)
    return found


def one_list(sides: Sequence[Side], trigger: Token, offset: int, index: ActorIndex) -> bool:
    """Whether the countries `sides` are named as the items of one coordination ("joining the
    country's electricity network to those *of Azerbaijan and Russia*"): partners named together,
    not one partner and a country named elsewhere in the clause."""
    doc = trigger.doc
    heads = set()
    for side in sides:
        at = _position_in(index, side, offset, offset + len(doc.text)) - offset
        token = next((t for t in doc if t.idx <= at < t.idx + len(t)), None)
        if token is None:
            return False
        while token.dep_ in ("conj", "compound", "amod") and token.head != token:
            token = token.head
        heads.add(token.i)
    return len(sides) > 1 and len(heads) == 1


def _position_in(index: ActorIndex, side: Side, start: int, end: int) -> int:
    return next((s for s, _e, other, _t in index.spans if other == side and start <= s < end), start)


def stranded_object(obj: Token) -> bool:
    """Whether a verb's direct object comes after an infinitive clause of the same verb, where the
    parser strands the end of that clause's object list: "committed to work closely together to
    address security challenges, including the DPRK's ... programs and China's ... behavior", with
    "programs" hung on "committed" (what is addressed, not a side of the commitment)."""
    return obj.dep_ == "dobj" and any(c.dep_ in ("xcomp", "advcl") and c.i < obj.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in obj.head.children)
