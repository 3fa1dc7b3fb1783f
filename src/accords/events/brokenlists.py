"""Sides the parser hung in the wrong place: a list it broke off, a partner it made a subject.

spaCy's small model misreads some long lists and "with" phrases; these repairs find the sides it
left out of their slot, over the parse alone (no knowledge of the article's entities):
`list_continuation` (the later items of a list of "X of Y" leaders broken off a preposition's
object), `with_clause_subjects` (a partner made the subject of a clause under "with"),
`misread_objects` (an object read as a second subject) and `list_tail_subjects` (the last item
of a subject's list broken off at a serial comma). `accords.events.phrases` and
`accords.events.actors` place linked mentions in what they find.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = ("nsubj", "csubj")

#: How the parser may hang the later items of a broken list of people on the verb.
_BROKEN_LIST_DEPS = frozenset({"npadvmod", "dep", "appos", "conj"})


def list_continuation(pobj: Token) -> list[Token]:
    """Later items of a list of leaders the parser broke off a preposition's object: in "met with
    President Tshisekedi of the DRC, President Bongo Ondimba of Gabon, President Weah of
    Liberia, ... and President Bio of Sierra Leone" it hangs "Bongo Ondimba" on the verb (as
    `npadvmod` or `dep`) and the rest on it as conjuncts. An item counts when it is, like the
    object, a proper noun with its own "of" phrase, comes after the object, and opens after a
    comma or "and"; [] when the object is no such "X of Y". When the preposition hangs on the
    verb's object ("held separate calls *with* Prime Minister Kishida of Japan, President Yoon of
    South Korea and ..."), the items hang on the verb all the same."""
    prep = pobj.head
    verb = prep.head
    if prep.dep_ != "prep" or not _titled_of(pobj):
        return []
    items: list[Token] = []
    holders = [verb, verb.head] if verb.dep_ == "dobj" else [verb]
    for child in (c for holder in holders for c in holder.children):
        if child.i <= pobj.i or child.dep_ not in _BROKEN_LIST_DEPS or not _titled_of(child):
            continue
        before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if before is None or before.lower_ not in (",", "and"):
            continue
        chain = [child]
        while chain:
            item = chain.pop()
            items.append(item)
            chain.extend(c for c in item.children if c.dep_ == "conj" and _titled_of(c))
    return items


def _titled_of(token: Token) -> bool:
    """A proper noun with an "of" phrase of its own: "President Weah of Liberia", or on its
    generational suffix ("President Surangel Whipps, Jr. of Palau": the parser hangs the phrase
    on "Jr.")."""
    holders = [token, *(c for c in token.children if c.dep_ == "appos" and c.lower_.rstrip(".") in ("jr", "sr"))]
    return token.pos_ == "PROPN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
        for holder in holders for c in holder.children
    )


def with_clause_subjects(verb: Token) -> list[Token]:
    """Partners the parser made the subject of a clause under "with": in "spoke today with Prime
    Minister Modi of India to discuss ...", "with" may take the clause "Modi ... to discuss" (as
    `pcomp`) instead of the person (as `pobj`); its subject is who was spoken with."""
    return [subject for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for clause in prep.children if clause.dep_ == "pcomp"
            for subject in clause.children if subject.dep_ == "nsubj"]


def misread_objects(verb: Token) -> list[Token]:
    """Second subjects after the verb, which the parser gives a verb with a subject before it when
    it misses the object ("the Iranian Foreign Ministry summoned Turkey's ambassador to protest
    ...", parsed with "ambassador" as a subject): the object."""
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i] if before else []


def list_tail_subjects(verb: Token) -> list[Token]:
    """The last item of a subject's list that the parser broke off at a serial comma: in "senior
    officials from Iran, Turkey, Russia, and Syria will meet" it makes "Syria" a second subject of
    the verb and hangs ", and" on "officials". An item counts when it is a proper noun after the
    first subject, opened by "and" that hangs on that subject, with a comma before it, and the
    subject holds a list (a conjunct) of its own."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) < 2:
        return []
    first = subjects[0]
    if not any(t.dep_ == "conj" for t in first.subtree):
        return []
    doc = verb.doc
    return [
        tail for tail in subjects[1:]
        if tail.pos_ == "PROPN" and tail.left_edge.i >= 2
        and doc[tail.left_edge.i - 1].lower_ == "and" and doc[tail.left_edge.i - 1].head == first
        and doc[tail.left_edge.i - 2].lower_ == ","
    ]
