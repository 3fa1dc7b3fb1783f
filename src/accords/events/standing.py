"""Whether a trigger whose sides are in doubt still reports an event (`accords.stages.events`):
money given between sides its sentence names, an event with no state side in a text about no
pair, an act on a document told before ("signed the MOU")."""

from __future__ import annotations

from spacy.tokens import Token

from accords.events import triggers as lexicon
from accords.events.actors import phrase_sides
from accords.events.sideindex import ActorIndex, Side
from accords.events.phrases import subject_of
from accords.model import Segment


def given_between_named(token: Token, offset: int, sentence: Segment, index: ActorIndex, sides: list[Side]) -> bool:
    """Whether an amount given (`accords.events.matching.funds_given`) is given by a state its
    subject names ("the United States will provide $2 million", not "Starbucks has committed")
    to sides its sentence names: "informed Vice President Osinbajo that the Administration will
    provide an additional $2 million" names Nigeria; a budget line at home, or a programme
    bullet whose country the article's pair would fill in, names no recipient."""
    subject = subject_of(token)
    givers = phrase_sides(subject, offset, index)[0] if subject is not None else []
    if not givers:
        return False
    named = {side.country for side, _type in index.sides_in(sentence.start, sentence.end)}
    countries = {side.country for side in sides}
    # "The United States has committed $2.5 billion to this effort, and Japan has committed $2
    # billion": a side that gives too is no recipient
    others = {side.country for verb in token.doc if verb != token and verb.lemma_.lower() in lexicon.FUNDING_VERBS
              and (other := subject_of(verb)) is not None for side in phrase_sides(other, offset, index)[0]}
    receivers = countries - {side.country for side in givers}
    return len(countries) >= 2 and countries <= named and not receivers & others


def sideless_event(token: Token, spec: lexicon.TriggerSpec, index: ActorIndex) -> bool:
    """Whether an event none of whose sides is a state is still reported: a verb trigger with a
    named non-pronoun subject ("rebels demanded", "police arrested"), in a text that is not
    about a pair of countries (an article about a pair reports what states do; a one-line
    event record reports what anyone does). Such events carry no countries."""
    if index.pair or token.pos_ not in ("VERB", "AUX"):
        return False
    subject = subject_of(token)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.dep_ != "nsubjpass"


def definite_reference(token: Token) -> bool:
    """Whether the trigger acts on "the MOU", "the document", "this agreement": a bare definite
    document noun as its object or passive subject (no "of", "on" or "for" content)."""
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in lexicon.DOCUMENT_KINDS:
            determiners = [c.lower_ for c in child.children if c.dep_ == "det"]
            content = [c for c in child.children if c.dep_ in ("prep", "acl", "relcl", "amod", "compound", "nummod")]
            return bool(determiners) and determiners[0] in ("the", "this", "that") and not content
    return False
