"""The speaker's noun phrase in a reporting clause, as character spans into the article text.

`accords.quotes.syntax` finds a reporting clause's verb and its grammatical subject; this module
owns which words of the parse make up that subject's phrase: the head with its determiner,
modifiers and "of"/"for" phrase ("A spokesperson for the British Foreign Office"), not an
apposition or relative clause set off after it; the apposition itself ("Arroyo, [a Sacramento
family medicine physician]"); a name set off by commas after a common-noun source; and an owner
the parse split off as a second subject. Pure functions of one sentence's parse (a spaCy Doc
whose character offsets start at `offset` in the article text).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

#: Dependency labels of a verb's grammatical subject (active and passive).
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: Dependents of a subject that are not part of the name it gives (apposition, relative clauses).
_SUBJECT_CUT = ("appos", "relcl", "acl", "punct", "cc", "conj", "advmod", "parataxis", "mark", "preconj")
#: A possessive in a phrase ("the victim's mother", "New York's chief"): someone tied to another.
POSSESSIVE_WORD = re.compile(r"\w['’]s?\s")
#: Prepositions that tie a subject to its organisation ("a spokesperson for X", "an official with X").
_OWNER_PREPOSITIONS = ("of", "for", "at", "with", "from", "to")


def noun_phrase(head: Token, offset: int) -> tuple[int, int]:
    """The subject's own words: its left dependents and its "of"/"for" phrase, not an
    apposition or relative clause set off after it."""
    keep = [head]
    stack = [c for c in head.children if c.dep_ not in _SUBJECT_CUT]
    while stack:
        child = stack.pop()
        if child.i > head.i and child.dep_ not in ("prep", "pobj", "compound", "nummod", "flat", "npadvmod", "poss", "det", "amod", "case", "nmod"):
            continue
        if child.i > head.i and child.dep_ == "prep" and child.lower_ not in _OWNER_PREPOSITIONS:
            continue
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in _SUBJECT_CUT)
    first = min(keep, key=lambda t: t.i)
    # a right part stops at the first comma ("Arroyo, a physician": "Arroyo")
    last = head
    for token in sorted((t for t in keep if t.i > head.i), key=lambda t: t.i):
        if any(t.text == "," for t in head.doc[head.i + 1:token.i]):
            break
        last = token
    whole = hyphen_end(head)  # "the co-conveners" parsed as "co" with "-conveners" set beside it
    if whole.i > last.i:
        last = whole
    return offset + first.idx, offset + last.idx + len(last.text)


def hyphen_end(token: Token) -> Token:
    """The last part of the hyphenated word `token` opens where the parse split it into words of
    their own ("co", "-", "conveners"), or `token` itself."""
    doc = token.doc
    while (token.whitespace_ == "" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-"
           and doc[token.i + 1].whitespace_ == "" and doc[token.i + 2].is_alpha
           and doc[token.i + 2].head.i != token.i and doc[token.i + 2].head == token.head):
        token = doc[token.i + 2]
    return token


def head_word(token: Token) -> str:
    """The subject's head word in lower case, whole where the parse split a hyphenated word
    ("co-conveners", not "co")."""
    return token.doc[token.i:hyphen_end(token).i + 1].text.lower()


def appositive_phrase(head: Token, offset: int) -> tuple[int, int] | None:
    """The phrase set beside the subject as its apposition ("Arroyo, [a Sacramento family
    medicine physician]"), without punctuation, or None."""
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    if appos is None:
        appos = _closing_appositive(head)
    if appos is None:
        return None
    tokens = sorted(t for t in appos.subtree if not t.is_punct)
    if not tokens:
        return None
    return offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)


def _closing_appositive(head: Token) -> Token | None:
    """ "The company that runs the AMAs, Dick Clark Productions, denies …": a name the parse set
    beside the name closing the subject's relative clause (a name needs no second name) and
    that closes the subject itself is the subject's apposition."""
    for clause in (c for c in head.children if c.dep_ == "relcl" and c.i > head.i):
        for token in clause.subtree:
            appos = next((c for c in token.children if c.dep_ == "appos"), None)
            if (appos is not None and token.pos_ == "PROPN" and appos.pos_ == "PROPN"
                    and max(t.i for t in appos.subtree if not t.is_punct) == max(
                        t.i for t in head.subtree if not t.is_punct) and token.i < appos.i):
                return appos
    return None


#: A name of two or three capitalised words set off by commas.
_NAME_BETWEEN_COMMAS = re.compile(r",\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),")


def name_set_off(source: Token, offset: int) -> tuple[int, int] | None:
    """ "According to his aunt, Jane Starner, “…”": the name set off by commas right after a
    common-noun source, which the parse does not always attach to it as an apposition."""
    if source.pos_ == "PROPN":
        return None
    end = max(t.i for t in source.subtree)
    after = source.doc[end]
    match = _NAME_BETWEEN_COMMAS.match(source.doc.text, after.idx + len(after.text))
    if match is None:
        return None
    return offset + match.start(1), offset + match.end(1)


def dangling_owner(verb: Token, subject: Token, phrase: tuple[int, int], offset: int) -> tuple[int, int]:
    """ "A spokesperson for Toronto Mayor John Tory said": the parse may leave "for" without its
    object and make the owner a second subject of the verb; the subject phrase runs on to it."""
    dangling = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in _OWNER_PREPOSITIONS
                and not any(g.dep_ == "pobj" for g in c.children)]
    second = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > subject.i]
    if not dangling or not second:
        return phrase
    owner = second[0]
    return phrase[0], offset + owner.idx + len(owner.text)


#: Quotation marks as tokens that open quoted words, and those that close them (read here and by
#: `accords.quotes.syntax`; the marks of a text, guillemets too, are `accords.quotes.marks`').
OPENING_MARKS = ('"', "\u201c")
CLOSING_MARKS = ('"', "\u201d")


#: Speech verbs the news sets before their subject after the reported words ("…, said X"),
#: none of which takes its hearer as object.
_INVERTING = frozenset("say add write note explain continue insist argue claim recall state declare concede "
                       "acknowledge admit reply respond answer observe comment".split())


def clause_subject(verb: Token) -> Token | None:
    """The verb's first subject; where the parse gives it two and a closing quotation mark stands
    between the first and the verb, the first one after the mark (`“We expect that Turkey … helps
    resolve the crisis,” the top general noted`: "Turkey" speaks inside the quoted words)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.lemma_.lower() in _INVERTING and verb.i > 0 and verb.doc[verb.i - 1].text in (
            ",", *CLOSING_MARKS) and any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        # "…, said another witness in the probe, former adviser Fiona Hill": the parse took the
        # subject set after the verb for its object; after the reported words it is the speaker
        # (never "…, told CNN": a verb whose object is its hearer)
        inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
        if inverted is not None:
            return inverted
    if len(subjects) > 1 and subjects[0].i < verb.i:
        marks = [t.i for t in verb.doc[subjects[0].i + 1:verb.i] if t.text in CLOSING_MARKS]
        after = [c for c in subjects[1:] if marks and marks[-1] < c.i < verb.i]
        if after:
            return after[0]
    return subjects[0] if subjects else None
#: Labels the parse gives a naming verb's quoted predicate when it misreads it: an adverb ("called
#: the attack “cowardly”"), an apposition to the object ("called the plan “a mess”"), a modifier.
_MISREAD_PREDICATE = ("advmod", "amod", "acomp", "appos", "dep", "npadvmod", "attr", "oprd")


def naming_predicate(verb: Token, obj: Token) -> list[Token]:
    """The predicate a naming verb gives its object where the parse hung it elsewhere: an "as"
    phrase the parse hung on the object ("described the announcement as “very disappointing”"),
    or quoted words after the object, read as an adverb, an apposition or a modifier ("called the
    attack “cowardly”", "called the plan “a mess”"), whose first word follows the opening mark
    set right after the object's words."""
    found = []
    for child in (c for c in obj.children if c.i > obj.i):
        if child.dep_ == "prep" and child.lower_ == "as":
            found.append(child)
    for child in (*verb.children, *obj.children):
        edge = child.left_edge.i
        if (child.i > obj.i and child.dep_ in _MISREAD_PREDICATE and edge > obj.i + 1
                and child.doc[edge - 1].text in OPENING_MARKS
                and not any(t.is_punct for t in child.doc[obj.i + 1:edge - 1])):
            found.append(child)
    return found


def appositive_subject(verb: Token) -> Token | None:
    """ "In an interview with The Canadian Press, Finance Minister Bill Morneau said …": a verb with no
    subject whose opening prepositional phrase the parse ended with the subject set as an apposition of
    its object; the proper noun right before the verb, after the phrase's comma, is the subject."""
    if verb.i == 0 or verb.pos_ != "VERB":
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "appos" or before.pos_ != "PROPN" or before.head.i >= before.i:
        return None
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i < before.i), None)
    if opening is None or before.i not in {t.i for t in opening.subtree}:
        return None
    comma = next((t for t in before.head.rights if t.text == "," and t.i < before.i), None)
    return before if comma is not None else None
