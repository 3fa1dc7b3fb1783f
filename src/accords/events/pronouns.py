"""A subject pronoun of reported speech stands for the one who reports it.

"The EU has announced that *it* will open accession talks with Moldova", "President Biden
said *he* would meet President Xi", "Russia warned that *it* would retaliate": the pronoun
subject of a clause reported by a saying verb (`accords.events.demands.SAYING`) is, in news
and statements alike, the subject of that verb. Without this the events stage saw no actor
there and fell back on the article's pair (a Croatian talk became the article's EU-Turkey
pair, a US-Russian meeting the WTO's). Only "he", "she" and "it" are read, and only when the
reporter agrees with the pronoun: a person for "he"/"she", a state or organisation for "it"
(verbs that report as saying does count too: "confirmed", "acknowledged", "explained")
("Tehran said it ...", not "Aliyev said it ..."); "they" and "we" have their own rules
(`accords.events.actors`, `accords.events.quoted`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from accords.events.demands import SAYING

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex

_PERSONS = frozenset({"he", "she"})
_THINGS = frozenset({"it"})
#: Entity types a reporter named for "it" may have (a person is "he" or "she").
_BODIES = frozenset({"COUNTRY", "ORG", "GPE", "NORP"})
#: Armed forces a state calls "its" own ("its forces", "its troops", "its warplanes").
_FORCES = frozenset("forces force troops army military navy soldiers warplanes jets aircraft drones artillery".split())
#: Verbs that report a clause as saying verbs do: "Azerbaijan *confirmed* that it deployed troops",
#: "Turkey *acknowledged* that it had struck ...", "Iran *assured* that it would ...".
_REPORTING = SAYING | frozenset(
    "confirm affirm reaffirm acknowledge admit explain reveal disclose indicate assure clarify report".split()
)
#: Clause links that keep the same subject up to the reported clause ("said it *would like to join*").
_SAME_SUBJECT = frozenset({"xcomp", "conj"})


def reporter(pronoun: Token | None) -> Token | None:
    """The subject of the saying verb whose reported clause has `pronoun` as its subject, or
    None (not "he"/"she"/"it", not reported speech, or a pronoun reporting)."""
    if pronoun is None or pronoun.lower_ not in _PERSONS | _THINGS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return _saying_subject(pronoun.head)


def _saying_subject(clause: Token) -> Token | None:
    """The subject of the saying verb that reports `clause` (climbing same-subject links)."""
    for _ in range(4):
        saying = _first_sayer(clause.head, clause) if clause.dep_ == "ccomp" else clause.head
        if clause.dep_ == "ccomp" and saying.lemma_.lower() in _REPORTING:
            said_by = [c for c in saying.children if c.dep_ == "nsubj"]
            if len(said_by) != 1 or said_by[0].pos_ == "PRON":
                return None
            return said_by[0]
        if clause.dep_ not in _SAME_SUBJECT or clause.head == clause:
            return None
        clause = clause.head
    return None


def _first_sayer(saying: Token, clause: Token) -> Token:
    """The saying verb that reports `clause`: for "Zarif said on Tuesday he hoped to reach an
    agreement ..., Reuters reported", where the parser hangs the clause on the outlet's closing
    "reported", the earlier "said" whose own report the closing verb wraps."""
    outer = saying.head
    if saying.i > clause.i and saying.lemma_.lower() in SAYING | {"report"} and saying.dep_ == "ccomp" and (
            outer.i < clause.i and outer.lemma_.lower() in SAYING):
        return outer
    return saying


def agrees(pronoun: Token, types: set[str]) -> bool:
    """Whether the reporter's entity types fit the pronoun: a PERSON for "he"/"she", a state
    or body for "it"."""
    if pronoun.lower_ in _PERSONS:
        return "PERSON" in types
    return bool(types & _BODIES) and "PERSON" not in types


def own_forces_reporter(subject: Token | None) -> Token | None:
    """For "its forces", "its troops" as the subject of reported speech, the one who reports
    it: "Iraq said *its forces* killed ...", "Iran said its warplanes struck ..."; None
    otherwise. The forces are the reporter's own (`violence.FIGHTERS` and the arms of
    `accords.events.scenes`)."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or not {subject.lemma_.lower(), subject.lower_} & _FORCES:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _THINGS | {"its"} for c in subject.children):
        return None
    return _saying_subject(subject.head)


def antecedent(subject: Token | None, offset: int, index: ActorIndex) -> Token | None:
    """The subject, or for "he"/"she"/"it" (and "its forces") in reported speech the one who
    reports it, when the text ties that reporter to a side of the right kind (`offset`: the
    sentence's start in the article, where `index` places the entities)."""
    said_by = reporter(subject)
    owner = own_forces_reporter(subject) if said_by is None else None
    reporting = said_by if said_by is not None else owner
    if subject is None or reporting is None:
        return subject
    doc = reporting.doc
    first, last = doc[reporting.left_edge.i], doc[reporting.right_edge.i]
    types = {type_ for _side, type_ in index.sides_in(offset + first.idx, offset + last.idx + len(last))}
    if owner is not None:
        return owner if types & _BODIES and "PERSON" not in types else subject
    return reporting if agrees(subject, types) else subject
