"""A subject pronoun that opens a sentence stands for the state or body the sentence before names
as its subject.

Wire copy tells one side's acts over several sentences: "Iran wants the loan repaid with
interest. *It* has also asked France to expel the opposition groups"; "Britain and Japan agreed on
new flights. *They* will review the route next year." Without this the events stage saw no actor
there: a demand between two named sides was dropped, a cooperative act took the article's most
named pair. The reference is taken only where it is explicit:

- the pronoun is "it" or "they", the subject of its clause (not an expletive "it", not a
  passive subject), and no state or body is named before it in its own sentence;
- the previous sentence's main subject is headed by a mention of a state or an organisation
  (for "it": exactly one side, and no person; for "they": two or more sides joined by "and",
  none a person), or by a noun of government that one state's name modifies ("the Turkish
  government"). "Iran's economy", "the deal" or "President Rouhani" head no such subject.

A pronoun of reported speech ("Tehran said *it* would ...") is `accords.events.pronouns`'
business; "they" after a meeting is `accords.events.actors`' (the participants).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Token

from accords.events.sideindex import ActorIndex, Side
from accords.events.pronouns import reporter
from accords.events.triggers import VERBS
from accords.model import Segment

#: Pronouns read here, and the number of sides each stands for.
_SINGULAR = "it"
_PLURAL = "they"
#: Entity types that may head an antecedent ("Iran", "the Foreign Ministry", "the EU").
_BODIES = frozenset({"COUNTRY", "ORG", "GPE"})
#: Nouns that stand for a state when its name modifies them ("the Turkish government").
_STATE_NOUNS = frozenset({"government", "administration", "cabinet", "ministry", "regime"})


#: Pronouns of one person, who is the one person the sentence before has as its subject
#: ("President Biden also addressed regional challenges. *He* raised concerns about ...").
_PERSONAL = frozenset({"he", "she"})


#: Nouns of an office that, as "the <office>" opening a sentence, name the person the sentence
#: before was about ("Amir Abdollahian ... reassured his counterparts. *The senior diplomat*
#: expressed sympathy ...").
_OFFICE_NOUNS = frozenset("diplomat minister official envoy ambassador".split())


def opening_pronouns(parsed: Doc) -> list[Token]:
    """Subject pronouns "it"/"they" of a sentence that no reporting verb governs and that open
    its first clause (the sentence's first subject), and a bare "the <office>" there."""
    subjects = [t for t in parsed if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")]
    if not subjects:
        return []
    first = subjects[0]
    if _office_reference(first):
        return [first]
    if first.lower_ not in (_SINGULAR, _PLURAL, *_PERSONAL) or first.dep_ != "nsubj" or reporter(first) is not None:
        return []
    if first.lower_ in _PERSONAL and not _acts(first):
        return []
    if any(c.dep_ in ("ccomp", "csubj") and c.i > first.head.i for c in first.head.children) and first.head.lemma_ == "be":
        return []  # "It is clear that ...": an expletive
    return [first]


def joined_pronouns(parsed: Doc) -> list[Token]:
    """"He"/"she" subjects of a clause joined by "and" to the sentence's main clause ("President
    Biden raised concerns about ..., *and he* condemned ..."): the main clause's subject."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subject = _subject_head(parsed)
    if root is None or subject is None or subject.lower_ in _PERSONAL:
        return []
    return [c for verb in root.children if verb.dep_ == "conj" for c in verb.children
            if c.dep_ == "nsubj" and c.lower_ in _PERSONAL and reporter(c) is None and _acts(c)]


def _acts(pronoun: Token) -> bool:
    """Whether "he"/"she" is the subject of a verb of the event lexicon ("He condemned ...", "She
    raised concerns ..."), not of another verb whose object may hold a trigger ("He has injected
    similar drama into trade talks with other partners": no talks held)."""
    return pronoun.head.lemma_.lower() in VERBS


def _office_reference(subject: Token) -> bool:
    """"The senior diplomat", "the minister": an office noun with "the" and at most one plain
    adjective, no name and no country of its own (those are mentions the index already has)."""
    if subject.dep_ != "nsubj" or subject.lower_ not in _OFFICE_NOUNS or subject.i != subject.sent.start + 1 + (
        1 if len(list(subject.lefts)) == 2 else 0
    ):
        return False
    lefts = list(subject.lefts)
    return bool(lefts) and lefts[0].lower_ == "the" and all(
        t.dep_ == "amod" and t.pos_ == "ADJ" and t.lower_ in ("senior", "top", "chief") for t in lefts[1:]
    ) and not list(subject.rights)


def _subject_head(parsed: Doc) -> Token | None:
    """The main subject of a sentence: the subject of its root verb."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _heads(subject: Token) -> list[Token]:
    """The subject's head and the heads of the phrases joined to it by "and"."""
    heads = [subject]
    for conj in subject.conjuncts:
        heads.append(conj)
    return heads


def antecedent_sides(pronoun: Token, previous: Doc, offset: int, index: ActorIndex) -> tuple[tuple[Side, str], ...]:
    """The sides (with their entity types) the previous sentence's main subject names (`offset`:
    that sentence's start in the article), when it is an explicit antecedent of `pronoun`; else ()."""
    subject = _subject_head(previous)
    if subject is None:
        return ()
    if _office_reference(pronoun) or pronoun.lower_ in _PERSONAL:
        # "The senior diplomat": the one person the sentence before has as its subject
        found = index.sides_in(offset + subject.left_edge.idx, offset + subject.idx + len(subject))
        people = [(side, type_) for side, type_ in found if type_ == "PERSON"]
        if subject.conjuncts or len(people) != 1 or len({side.country for side, _type in found}) != 1:
            return ()
        return (people[0],)
    heads = _heads(subject)
    if (pronoun.lower_ == _SINGULAR) != (len(heads) == 1):
        return ()
    sides: list[tuple[Side, str]] = []
    for head in heads:
        found = index.sides_in(offset + head.idx, offset + head.idx + len(head))
        if not found and head.lemma_.lower() in _STATE_NOUNS:
            # "the Turkish government", "Iran's foreign ministry": the state its modifier names
            found = [item for c in head.children if c.dep_ in ("amod", "compound", "poss") and c.i < head.i
                     for item in index.sides_in(offset + c.idx, offset + c.idx + len(c))]
            if len({side.country for side, _type in found}) != 1:
                return ()
        if not found or any(type_ not in _BODIES for _side, type_ in found):
            return ()  # "Iran's economy", "President Rouhani", "the deal": no state or body heads it
        for side, type_ in found:
            if side.country not in {s.country for s, _t in sides}:
                sides.append((side, type_))
    if pronoun.lower_ == _SINGULAR and len(sides) != 1:
        return ()
    if pronoun.lower_ == _PLURAL and len(sides) < 2:
        return ()
    return tuple(sides)


def with_antecedents(index: ActorIndex, sentences: tuple[Segment, ...], parses: Mapping[int, Doc],
                     parse_more: Callable[[list[int]], Mapping[int, Doc]]) -> ActorIndex:
    """The index with each opening pronoun of a parsed sentence placed as a mention of the sides
    its antecedent names (`parse_more` parses the previous sentences not parsed yet)."""
    wanted: dict[int, list[Token]] = {}
    for number, parsed in parses.items():
        if number == 0:
            continue
        start = sentences[number].start
        for pronoun in opening_pronouns(parsed):
            if index.sides_in(start, start + pronoun.idx):
                continue  # a state named before the pronoun in its own sentence
            wanted.setdefault(number, []).append(pronoun)
    joined = {number: found for number, parsed in parses.items() if (found := joined_pronouns(parsed))}
    if not wanted and not joined:
        return index
    missing = sorted({n - 1 for n in wanted} - set(parses))
    previous = dict(parses) | dict(parse_more(missing)) if missing else dict(parses)
    for number in sorted({*wanted, *joined}):
        # in text order, so that "He ..." after "He ..." finds the person the first one stands for
        start = sentences[number].start
        added = [(start + pronoun.idx, start + pronoun.idx + len(pronoun), side, type_) for pronoun in wanted.get(number, [])
                 for side, type_ in antecedent_sides(pronoun, previous[number - 1], sentences[number - 1].start, index)]
        added += [(start + pronoun.idx, start + pronoun.idx + len(pronoun), side, type_) for pronoun in joined.get(number, [])
                  for side, type_ in antecedent_sides(pronoun, parses[number], start, index)]
        if added:
            spans = tuple(sorted((*index.spans, *added), key=lambda item: (item[0], item[1])))
            index = dataclasses.replace(index, starts=tuple(s[0] for s in spans), spans=spans)
    return index
