"""Reported clauses the parse hangs on a noun rather than on their speech verb: "told reporters
at a news conference that officials began …" (a relative clause on a noun of the verb's object or
prepositional phrase, `that_clause_on_noun`) and "tells the paper that he fought …" (a relative
clause on the hearer, `told_hearer_that`). Both are the verb's content; a noun that takes a
"that" clause of its own ("reports that …") keeps it. Pure functions of a spaCy parse, read by
`accords.quotes.syntax` when a speech verb has no clausal complement of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.quotes.phrases import SUBJECT_DEPS
from accords.quotes.verbs import SPEECH_LEMMAS

#: Nouns whose "that" clause is their own content, not a verb's: "in response to reports that …".
_CONTENT_NOUNS = frozenset(
    "fact claim report news idea belief notion assertion allegation rumour rumor possibility hope concern fear "
    "view suggestion speculation sense feeling expectation evidence sign indication word message assurance "
    "promise warning statement argument charge accusation impression understanding".split())
#: Hearers' relative clause deps through which a misplaced "that" clause hangs from a speech verb.
_NOUN_PATH = ("dobj", "dative", "prep", "pobj", "npadvmod", "compound", "appos")


#: Nouns for the channel a speaker speaks through ("said in a statement", "told CBC in an interview"):
#: a "that" clause after them is what the speaker said, not the noun's own content.
_CHANNEL_NOUNS = frozenset("statement interview email e-mail letter post tweet release message memo filing".split())


def _channel(noun: Token, verb: Token) -> bool:
    """Whether `noun` is the object of "in" right under the speech verb: its channel."""
    prep = noun.head
    return (noun.lemma_.lower() in _CHANNEL_NOUNS and noun.dep_ == "pobj" and prep.lower_ == "in"
            and prep.head.i == verb.i)


def that_clause_on_noun(verb: Token) -> Token | None:
    """ "told reporters at a news conference that officials began …": the parse hangs the verb's
    "that" clause as a relative clause on a noun of its object or prepositional phrase. A relative
    clause has no complementiser: one whose "that" is a `mark`, with a subject of its own, on a
    noun reached from the verb through objects and prepositions only, is the verb's content
    (not after a noun that takes a "that" clause itself: "reports that …", `_CONTENT_NOUNS`,
    unless it is the verb's channel: "told The Hill in a statement that her client …"). The parse
    may also hang it on the channel as a clause modifying the noun ("in an interview that the deal
    was dead"); on any other noun such a clause is the noun's ("the requirement that …")."""
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ not in ("relcl", "acl"):
            continue
        channel = _channel(token.head, verb)
        if (token.head.lemma_.lower() in _CONTENT_NOUNS or token.dep_ == "acl") and not channel:
            continue  # "notes the requirement that …", "voiced optimism that …": the noun's own clause
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            continue
        if not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in token.children):
            continue
        node = token.head
        while node.i != verb.i and node.dep_ in _NOUN_PATH and node.pos_ != "VERB":
            node = node.head
        if node.i == verb.i:
            return token
    return None


#: Verbs whose object is the one told: "told the paper that …" is a "that" clause, never a relative one.
_TELLING = frozenset("tell assure inform remind warn notify".split())
#: Objects of "tell" that are the thing told, not the hearer ("told the story that he wrote").
_TOLD_THINGS = frozenset("story truth lie joke tale secret thing anything something everything nothing news".split())


def told_hearer_that(verb: Token) -> Token | None:
    """ "tells the paper that he fought with the shirtless man": after a hearer, "that" and a
    clause with a subject of its own are what was told, though the parse reads a relative
    clause whose object is "that"."""
    if verb.lemma_.lower() not in _TELLING:
        return None
    for hearer in verb.children:
        if hearer.dep_ not in ("dobj", "dative") or hearer.lemma_.lower() in _TOLD_THINGS:
            continue
        for clause in hearer.children:
            first = clause.left_edge
            if (clause.dep_ == "relcl" and first.lower_ == "that" and first.i == hearer.i + 1
                    and any(c.dep_ in SUBJECT_DEPS and c.i != first.i for c in clause.children)):
                return clause
    return None


def relaying_clause(verb: Token, clause: Token) -> bool:
    """Whether the clausal complement the parse gives a speech verb is a second reporting clause
    set off by a comma after it, with a subject of its own and nothing reported in it: "…, the
    head of public relations … Reza Jafarzadeh announced, IRIB reported on Monday." names who
    relayed the report, not what was reported."""
    return (clause.i > verb.i and clause.lemma_.lower() in SPEECH_LEMMAS and clause.left_edge.i > 0
            and clause.doc[clause.left_edge.i - 1].text == ","
            and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl", "conj") for c in clause.children))
