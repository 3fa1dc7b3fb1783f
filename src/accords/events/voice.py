"""Who "we" are in a statement written in the first person plural (issue 13).

Joint statements open by naming their authors, then speak as "we": "We, the leaders of Japan,
the Republic of Korea (ROK), and the United States (U.S.), commemorate ...", "We the Quad
partners of Australia, India, Japan, and the United States are launching ...", "Today, the
leaders of the AUKUS partnership – Prime Minister Scott Morrison of Australia, Prime Minister
Boris Johnson of the United Kingdom, and President Joseph R. Biden, Jr. of the United States –
assessed progress under AUKUS. We reaffirmed ...", "The United States and the European Union
represent ... We share ...". Without this, "we" stood for the article's two most named
countries, so a statement of three or four authors lost members (AUKUS as AUS-GBR, the Quad as
AUS-IND).

`authors` reads the subject of the opening sentences: a "We" with its apposition ("We, the
leaders of X, Y and Z"), or, in a text that speaks as "we" outside quotation marks, a subject
that names two sides or more ("The United States and the European Union represent ...", "the
leaders of ... – A of X, B of Y and C of Z –"). The authors are the states and organisations that
subject names (people stand for their country).

A joint statement's title may name its authors instead ("Joint Statement from the Governments of
Albania, Australia, ..., and the United States", "U.S.-Japan Joint Statement", "Joint Statement
by President Biden and President Macron"); when it does, the title gives the authors
(`accords.events.bylines.title_authors`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from accords.events.bylines import MIN_AUTHORS as _MIN_AUTHORS
from accords.events.bylines import title_authors
from accords.events.phrases import split_prefix
from accords.gazetteer.countries import country_by_iso3
from accords.model import Segment

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex, Side

__all__ = ["FIRST_PERSON", "OPENING", "acts_itself", "authors", "first_person", "speaks_as_we", "title_authors"]

#: Words of the first person plural as a subject or owner.
FIRST_PERSON = frozenset({"we", "our"})
#: Opening sentences read for the authors (a dateline or a heading may come first).
OPENING = 2
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_WE = re.compile(r"\b[Ww]e\b")


#: Words a segment needs to open the text's prose (not a heading: "*", "*1. Preamble**").
_PROSE_WORDS = 4
_WORD = re.compile(r"[A-Za-z]{2,}")


def opening(text: str, sentences: Sequence[Segment]) -> list[int]:
    """The indices of the first `OPENING` segments of prose: a heading or a stray mark split off
    before the first sentence ("*", "*1. Preamble**" before "At our meeting today in Hiroshima,
    we, the Leaders of the G7, reaffirmed ...") opens nothing."""
    found = [n for n, segment in enumerate(sentences) if len(_WORD.findall(text[segment.start:segment.end])) >= _PROSE_WORDS]
    return found[:OPENING]


def speaks_as_we(text: str) -> bool:
    """Whether the text uses "we" as its own voice: outside quotation marks."""
    return bool(_WE.search(_QUOTED.sub(" ", text)))


def authors(title: str | None, parses: Sequence[tuple[Segment, Doc]], index: ActorIndex,
            text: str, published: str | None = None) -> tuple[Side, ...]:
    """The sides "we" stands for: the authors a joint statement's title lists ("Joint Statement
    from the Leaders of the United States, Egypt, and Qatar"), else those the subject of the
    first opening sentence (`parses`, in text order) names, when it names two or more; () when
    neither does, or when the text does not speak as "we"."""
    if not speaks_as_we(text):
        return ()
    titled = title_authors(title, published)
    if titled:
        return tuple(index.country_side(code) for code in titled)
    for segment, parsed in list(parses)[:OPENING]:
        for root in (token for token in parsed if token.dep_ == "ROOT"):
            subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and root.pos_ in ("NOUN", "PROPN"):
                subject = root  # a verb the parser missed: "Today, the leaders of ... – ... – assessed progress"
            phrase = _authoring_phrase(subject, segment.start, index)
            if phrase is None:
                continue
            found = _named(phrase, segment.start, index)
            for tail in (c for c in root.children if c.dep_ == "nsubj" and subject is not None and c.i > subject.i):
                # "we the leaders of Australia, ..., the United States, and Viet Nam launched": the
                # parser broke the list off, its last member a second subject
                found += [side for side in _named(tail, segment.start, index)
                          if all(side.country != other.country for other in found)]
            if len({side.country for side in found}) >= _MIN_AUTHORS:
                return tuple(found)
            if phrase.lower_ == "we" and len(found) == 1 and not _state(found[0]):
                return tuple(found)  # "We, the Leaders of the Group of Seven (G7), ...": the group speaks
    return ()


#: Head nouns of a subject that names the authors of what follows ("the leaders of X and Y").
_AUTHOR_NOUNS = frozenset({"leader", "government", "partner", "president", "minister", "head", "member",
                           "country", "nation", "state", "ally"})


def _author_noun(token: Token) -> bool:
    lower = token.lower_
    return token.lemma_.lower() in _AUTHOR_NOUNS or lower in _AUTHOR_NOUNS or lower.rstrip("s") in _AUTHOR_NOUNS


def _authoring_phrase(subject: Token | None, offset: int, index: ActorIndex) -> Token | None:
    """The phrase of an opening subject that names authors: the apposition of "We" ("We, the
    leaders of ..."), a subject that is itself a state, organisation or person ("The United
    States and the European Union"), or one headed by a word for leaders, governments or
    partners; None for others ("The situation between Lebanon and Israel", "the armed forces
    of ...")."""
    if subject is None:
        return None
    if subject.lower_ == "we":
        # "We, the leaders of Japan, ..., and the United States": the parser may hang part of
        # the list on "We" itself
        if any(c.dep_ == "appos" for c in subject.children):
            return subject
        # "As leaders of Australia, the United Kingdom, and the United States, ..., we resolve":
        # the capacity the speakers open with names them
        return next((pobj for prep in subject.head.children if prep.dep_ == "prep" and prep.lower_ == "as"
                     and prep.i < subject.i for pobj in prep.children
                     if pobj.dep_ == "pobj" and _author_noun(pobj)), None)
    if _author_noun(subject):
        return subject
    start = offset + subject.idx
    named = index.sides_in(start, start + len(subject.text))
    return subject if named else None


def _named(subject: Token, offset: int, index: ActorIndex) -> list[Side]:
    """States and organisations a subject phrase names (people stand for their country), each
    once, in text order."""
    doc = subject.doc
    first, last = doc[subject.left_edge.i], doc[subject.right_edge.i]
    sides: list[Side] = []
    for side, type_ in index.sides_in(offset + first.idx, offset + last.idx + len(last)):
        if any(side.country == other.country for other in sides):
            continue
        if type_ in ("COUNTRY", "ORG") or (type_ == "PERSON" and _state(side)):
            sides.append(side)
    return sides


def _state(side: Side) -> bool:
    return country_by_iso3(side.country) is not None


def first_person(token: Token | None) -> bool:
    """Whether `token` is "we" or "our" outside quotation marks in its sentence, or a word for
    the authors' leaders, governments or countries owned by "our" ("*our leaders* will co-host
    the second Summit", "*our two governments* will ..."): the authors, as "we" is."""
    if token is not None and _author_noun(token) and token.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in token.children
    ):
        token = next(c for c in token.children if c.dep_ == "poss")
    if token is None or token.lower_ not in FIRST_PERSON:
        return False
    before = token.doc.text[:token.idx]
    return before.count("“") <= before.count("”") and before.count('"') % 2 == 0


def acts_itself(trigger: Token, subject: Token) -> bool:
    """Whether `subject` is the doer of `trigger` itself, or of a verb `trigger` is conjoined
    with ("We condemn these attacks, and demand an end to them"), not of a verb that asks or
    wants another to act ("We reiterate our call on Hamas to release the hostages": Hamas
    releases)."""
    token = trigger
    prefix = split_prefix(trigger)
    if prefix is not None and subject in prefix.subtree:
        return True  # "our leaders will co-host": the parser hangs the subject on "co"
    for _ in range(8):
        if token == subject.head:
            return True
        if token.dep_ != "conj" or token.head == token:
            return False
        token = token.head
    return False
