"""Attribution clauses read from a dependency parse: who says, with which verb, and what.

A reporting clause has a speech verb ("said", "told", "added", "warned"), its grammatical
subject (the speaker: "he", "the minister", "A Freedom Mobile spokesperson", "UFCW Local 832")
and, for reported speech, a clausal complement (`ccomp`: "X said [the talks would resume]").
The subject is found where English puts it: before the verb ("X said"), after it
(`"…," said X.`), or on the verb a participle hangs from ("…, adding that …", "…, saying …").
"According to X, …" is an attribution whose speaker is the object of "to" and whose content
is the rest of the clause.

Everything here is a pure function of one sentence's parse (a spaCy Doc whose character
offsets start at `offset` in the article text); which words make up the subject's phrase is
`accords.quotes.phrases`' job, resolving it to a person or an organisation
`accords.quotes.speakers`', and finding a reported clause the parse hung on a noun
`accords.quotes.misplaced_clauses`'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from accords.quotes.groups import someone_new
from accords.quotes.media import relays
from accords.quotes.misplaced_clauses import relaying_clause, that_clause_on_noun, told_hearer_that
from accords.quotes.phrases import (CLOSING_MARKS, OPENING_MARKS, SUBJECT_DEPS, appositive_phrase, appositive_subject,
                                    clause_subject, dangling_owner, head_word, name_set_off, naming_predicate, noun_phrase)
from accords.quotes.verbs import (AS_NAMING_LEMMAS, CARRIER_NOUNS, MANNER_LEMMAS, NAMING_LEMMAS, PARTICLE_VERBS, SPEECH_LEMMAS,
                                  VIEW_LEMMAS, WEAK_LEMMAS, particle_of)

_SEPARATOR = re.compile("[,:\"'\u201c\u201d\u2014\u2013]")
#: Reported words before a reporting clause set into them that say too little to be the report
#: ("The larger landers, he said, could deliver …"): fewer words than this.
_FEW_WORDS_BEFORE = 4
#: How a participle or a coordinated verb hangs from the verb that carries its subject.
_BORROWS_SUBJECT = ("advcl", "xcomp", "conj", "ccomp", "acl", "pcomp", "dep")


@dataclass(frozen=True)
class Attribution:
    """One reporting clause, as character spans into the article text.

    `subject` is the speaker's noun phrase (determiner, modifiers, head and any "of"/"for"
    phrase: "A spokesperson for the British Foreign Office"), `appositive` the phrase set
    beside it ("Arroyo, [a Sacramento family medicine physician]"), `content` the reported
    clause (None when the verb has none, as in `," he said.`).
    """

    cue: tuple[int, int]
    cue_word: str
    subject: tuple[int, int] | None
    content: tuple[int, int] | None = None
    appositive: tuple[int, int] | None = None
    according: bool = False
    head: str = ""  # the subject's head word, lower case ("spokesperson", "he", "local")
    proper: bool = False  # whether the subject's head is a proper noun
    participle: bool = False  # "..., saying ...", "..., adding that ..."
    nested: bool = False  # inside the content of another clause: "recalled that he said, “…”"
    naming: bool = False  # "called the campaign a “bold … effort”": the content is the predicate only
    manner: bool = False  # "laughed", "sighed": speech only right against the quote (`MANNER_LEMMAS`)
    view: bool = False  # "believes", "hopes": a speaker for quoted words it frames, no reported speech (`VIEW_LEMMAS`)
    passive: bool = False  # "was asked", "should be noted": no speaker (`_passive`); dropped after nesting


def attributions(doc: Doc, offset: int = 0, quoted: Callable[[int], bool] | None = None) -> tuple[Attribution, ...]:
    """Every reporting clause of one parsed sentence, in text order.

    `quoted` tells whether an article position lies inside quotation marks: a verb there is
    the quoted speaker's own ("Customers “began to say we want …,” Cook told Benioff"), so it
    neither reports a quote nor makes the clause outside the marks part of its content."""
    found: list[Attribution] = []
    for token in doc:
        if token.lower_ == "according":
            according = _according(token, offset)
            if according is not None:
                found.append(according)
                continue
        if quoted is not None and quoted(offset + token.idx):
            continue
        if token.lemma_.lower() in NAMING_LEMMAS | AS_NAMING_LEMMAS and token.pos_ == "VERB":
            naming = _naming(token, offset, as_only=token.lemma_.lower() in AS_NAMING_LEMMAS)
            if naming is not None:
                found.append(naming)
                continue
        if not _is_speech_verb(token) or _idiom(token) or _attempted(token) or _negated(token) or (
                _object_relative(token) and not _beside_quote(token, _subject(token))):
            continue
        subject = _subject(token)
        content = _content(token)
        span = _clause_span(content, offset) if content is not None else (
            _parenthetical(token, offset) or _preposed(token, subject, offset))
        if content is not None and span is not None and content.i > token.i:
            # "says he was arrested … after employees … said he tried to steal a van": a second
            # complement the parse split off (a verb inside the first one) is part of the same report
            for later in (c for c in token.children if c.dep_ == "ccomp" and c.i > content.i):
                if not _continues(content, later):
                    break
                span = (span[0], _clause_span(later, offset)[1])
                content = later
        if content is not None and span is not None and content.i < token.i and token.dep_ == "ROOT":
            span = _all_before(token, subject, content, span, offset)
        if span is not None and span[0] < offset + token.idx < span[1]:
            # "A major part of the reason …, McKinley said, is …": the reported words before the clause;
            # "The larger landers, he said, could deliver tools …": after it, when those before are
            # too few to say anything (the subject of what was said)
            first = min([token, *([subject] if subject is not None else [])], key=lambda t: t.i)
            left = [t for t in doc[:first.i] if offset + t.idx >= span[0]]
            while left and left[-1].is_punct:
                left.pop()
            right = [t for t in doc[max(token.right_edge.i, first.i) + 1:] if offset + t.idx < span[1]]
            while right and right[0].is_punct:
                right.pop(0)
            if len([t for t in left if not t.is_punct]) < _FEW_WORDS_BEFORE and len(right) >= _FEW_WORDS_BEFORE:
                span = (offset + right[0].idx, span[1])
            else:
                span = (span[0], offset + left[-1].idx + len(left[-1].text)) if left else None
        if span is not None and span[1] <= offset + token.idx:
            # reported words before their clause are set off from it ("…, said Arroyo"); without a
            # comma or mark between them the verb sits in a relative clause ("a prospect Vindman denied")
            first = min([token, *([subject] if subject is not None else [])], key=lambda t: t.i)
            if not _SEPARATOR.search(doc.text[span[1] - offset:first.idx]):
                span = None
        if token.lemma_.lower() in WEAK_LEMMAS and content is None and not (
                _words_said_by(token) or _beside_quote(token, subject)):
            continue
        phrase = noun_phrase(subject, offset) if subject is not None else None
        if subject is not None and phrase is not None:
            phrase = dangling_owner(token, subject, phrase, offset)
        quoting = _quoting(token)
        if subject is not None and phrase is not None and quoting is not None and subject.i > quoting.i:
            # "quoted Iran's Ambassador to Baku Mohsen Pakayeen as saying": all words up to "as"
            # (not "Rezaei was quoted by Mehr as saying": the passive's subject is its own phrase)
            stop = next((t for t in doc[subject.i:] if t.lower_ == "as"), None)
            if stop is not None and stop.i > subject.i:
                last = doc[stop.i - 1]
                phrase = (phrase[0], offset + last.idx + len(last.text))
        found.append(Attribution(
            cue=(offset + token.idx, offset + token.idx + len(token.text)),
            cue_word=f"{token.text} {particle.text}" if (particle := particle_of(token)) is not None else token.text,
            subject=phrase,
            content=span,
            appositive=appositive_phrase(subject, offset) if subject is not None else None,
            head=head_word(subject) if subject is not None else "",
            proper=subject is not None and subject.pos_ == "PROPN",
            participle=token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].text == ",",
            manner=token.lemma_.lower() in MANNER_LEMMAS,
            view=token.lemma_.lower() in VIEW_LEMMAS,
            passive=_passive(token),
        ))
    # a passive clause speaks for no one, but what it frames is still framed: "it should be noted
    # that according to the convention …" is no one's "according to" either
    return tuple(a for a in _nested(found) if not a.passive)


#: Nouns for words spoken, as the passive subject of "These words were voiced by X".
_SPOKEN_NOUNS = frozenset("word remark statement comment quote message thought assessment view".split())


def _words_said_by(verb: Token) -> bool:
    """ "These words were voiced by X", "The remarks were made by X": words as the passive
    subject and a speaker as the agent."""
    return (any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _SPOKEN_NOUNS for c in verb.children)
            and any(c.dep_ == "agent" for c in verb.children))


# Quotation marks as tokens (`phrases.CLOSING_MARKS`, `phrases.OPENING_MARKS`): a closing one before a bare
# clause (`“…?” Schiff asked.`), an opening one after a clause and its colon or comma (`she asked: “…”`).
def _beside_quote(verb: Token, subject: Token | None) -> bool:
    """Whether a weak speech verb and its subject make a bare clause set right against a quote:
    `“So it's fair to say …?” Schiff asked.`, `“…,” she urged.`, `he asked: “…”` (not "asked
    for help", "continued to grow": words follow the verb there)."""
    if subject is None:
        return False
    doc = verb.doc
    first, last = subject.left_edge.i, subject.right_edge.i
    verb_end = particle.i if (particle := particle_of(verb)) is not None else verb.i  # "shot back"
    if last + 1 == verb.i:
        first, last = first, verb_end  # "Schiff asked"
    elif verb_end + 1 == first:
        first = verb.i  # "asked Schiff"
    else:
        return False
    after = doc[last + 1] if last + 1 < len(doc) else None
    if first > 0 and doc[first - 1].text in CLOSING_MARKS:
        return after is None or (after.is_punct and after.text not in OPENING_MARKS)
    if after is not None and after.text in (":", ",") and last + 2 < len(doc):
        after = doc[last + 2]
    return after is not None and after.text in OPENING_MARKS


def _naming(verb: Token, offset: int, *, as_only: bool = False) -> Attribution | None:
    """ "X called Y a “…”", "X described Y as “…”": the predicate after the object is the content
    (with `as_only`, an "as" phrase only: `AS_NAMING_LEMMAS`)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return _calling_for(verb, offset) if verb.lemma_.lower() == "call" and not as_only else None
    predicate = [c for c in verb.children if c.i > obj.i and (
        c.dep_ in ("oprd", "xcomp", "attr", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as"))]
    predicate = predicate or naming_predicate(verb, obj)  # (misread: "described the plan as “…”" on the object)
    predicate = [c for c in predicate if c.lower_ == "as"] if as_only else predicate
    if not predicate:
        return None
    tokens = sorted(t for c in predicate for t in c.subtree)
    subject = _subject(verb)
    return Attribution(
        cue=(offset + verb.idx, offset + verb.idx + len(verb.text)),
        cue_word=verb.text,
        subject=noun_phrase(subject, offset) if subject is not None else None,
        content=(offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)),
        appositive=appositive_phrase(subject, offset) if subject is not None else None,
        head=head_word(subject) if subject is not None else "",
        proper=subject is not None and subject.pos_ == "PROPN",
        # "…, describing Syria as a “strategic ally”": a participle set off by a comma is the
        # outer speaker naming, not a naming inside their reported words (`_nested`)
        participle=verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",",
        naming=True,
    )


def _calling_for(verb: Token, offset: int) -> Attribution | None:
    """ "Guterres calling for “maximum restraint”": what is called for, a demand in the caller's
    words, is the content (as a naming verb's predicate: the quoted words of that phrase only);
    so is what one is called on to do ("Singh called on Ottawa to “stop stalling …”": the "to" phrase)."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and c.i == verb.i + 1), None)
    objects = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    if prep is not None and prep.lower_ != "for":
        objects = [c for c in verb.children if c.dep_ == "xcomp" and objects and c.i > objects[0].i]
    subject = _subject(verb)
    if not objects or subject is None:
        return None
    tokens = sorted(objects[0].subtree)
    return Attribution(
        cue=(offset + verb.idx, offset + verb.idx + len(verb.text)), cue_word=verb.text,
        subject=noun_phrase(subject, offset),
        content=(offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)),
        appositive=appositive_phrase(subject, offset), head=head_word(subject), proper=subject.pos_ == "PROPN",
        participle=verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",", naming=True)


def _negated(token: Token) -> bool:
    """ "did not respond to a request for comment", "would not say whether …", "never commented":
    a reporting verb under negation reports that nothing was said."""
    return any(c.dep_ == "neg" for c in token.children)


def _passive(token: Token) -> bool:
    """ "Zarif … was asked whether he expected a deal", "Police were told that …", "He is said to
    have …": the subject of a reporting verb in the passive is the one asked or told, or what was
    said, never the speaker; with no agent ("by X") no one is known to speak. "was quoted as
    saying" names the speaker as its subject and stays."""
    if token.lemma_.lower() == "quote" or any(c.dep_ == "agent" for c in token.children):
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _attempted(token: Token) -> bool:
    """ "tried to suggest", "refused to say", "wants to tell": speech not (or not yet) made; nor
    an infinitive after "it is" and an adjective ("it is not possible to say that …", "it is too
    early to say"), which no one says (but "He was quick to say" is his)."""
    if token.dep_ != "xcomp":
        return False
    if token.head.lemma_.lower() in _NOT_DONE:
        return True
    copula = token.head if token.head.pos_ == "AUX" else token.head.head if token.head.dep_ == "acomp" else None
    return copula is not None and any(c.dep_ == "acomp" for c in copula.children) and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)


_NOT_DONE = frozenset("try attempt want refuse decline seek plan hope expect wish need fail intend like".split())


def _idiom(token: Token) -> bool:
    """ "That said, …", "Having said that, …", "Needless to say, …": no one speaks."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return ((token.lower_ == "said" and before in ("that", "having", "this") and after in (",", "that"))
            or (token.lower_ == "say" and before == "to" and token.i > 1 and doc[token.i - 2].lower_ == "needless"))


def _parenthetical(verb: Token, offset: int) -> tuple[int, int] | None:
    """ "A major part of the reason …, McKinley said, is the flow of drugs": a reporting clause set
    into the sentence it reports; the content is that sentence without the clause."""
    if verb.dep_ != "parataxis" or verb.tag_ == "VBG":
        return None
    own = {t.i for t in verb.subtree}
    rest = [t for t in verb.head.subtree if t.i not in own and not t.is_punct]
    if len(rest) < 4:
        return None
    return offset + rest[0].idx, offset + rest[-1].idx + len(rest[-1].text)


def _nested(found: list[Attribution]) -> tuple[Attribution, ...]:
    """Speech reported inside reported speech belongs to the outer clause. A participle
    ("said ..., saying he trusted the courts") is the outer speaker speaking again: it ends the
    outer content and takes the outer subject; any other reporting verb inside the outer
    content ("said Washington had concluded ...") is part of what was said: kept, marked
    `nested`, for the one case where it names a speaker, a quote right after it ("recalled that
    he said, “…”")."""
    # "“…,” he told settler leaders, according to a statement": the statement is the channel of
    # the speech verb inside its clause, not a second speaker
    found = [a for a in found if not (a.according and a.content is not None and any(
        not o.according and a.content[0] <= o.cue[0] < a.content[1] for o in found))]
    kept: list[Attribution] = []
    for att in found:
        # "Kremlin spokesman Dmitry Peskov told reporters that …, Reuters reported": a channel
        # closing the sentence (`accords.quotes.media.relays`) relays the clauses before it, whose
        # speakers are their own subjects, not the channel
        outer = next((o for o in found if o is not att and o.content is not None
                      and o.content[0] <= att.cue[0] < o.content[1]
                      and not relays(o.cue_word, o.cue, o.content)), None)
        if outer is None:
            kept.append(att)
        elif not att.participle:
            kept.append(replace(att, nested=True))
        else:
            kept.append(replace(att, subject=outer.subject, head=outer.head, proper=outer.proper,
                                appositive=outer.appositive))
    result = []
    for att in kept:
        if att.content is not None:
            inner = [o.cue[0] for o in kept if o.participle and not o.nested and att.content[0] < o.cue[0] < att.content[1]]
            if inner:
                att = replace(att, content=(att.content[0], min(inner)))
        result.append(att)
    return tuple(sorted(result, key=lambda a: a.cue))


def _is_speech_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    if any(c.dep_ in ("det", "poss") for c in token.children) or (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS"):
        return False  # "the state’s launch", "his report": a noun the parse took for a verb
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return False  # "the plan announced by Kamal Khera": a participle that describes a thing, no one speaking
    lemma = token.lemma_.lower()
    if lemma in PARTICLE_VERBS:  # "pointed out", "shot back": the verb alone reports nothing
        return particle_of(token) is not None
    if lemma == "read":  # "“…,” the statement read": a text's words, never a person reading
        return any(c.dep_ in SUBJECT_DEPS and c.lower_ in CARRIER_NOUNS for c in token.children)
    return lemma in SPEECH_LEMMAS


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs from ("..., adding that ...")."""
    quoting = _quoting(verb)
    if quoting is not None:
        # "IRNA quoted Pakayeen as saying", "Pakayeen was quoted as saying": the one quoted speaks
        quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None) or next(
            (c for c in quoting.children if c.dep_ == "nsubjpass"), None)
        if quoted is not None:
            return quoted
    current = verb
    if _misattached_participle(verb):
        current = verb.head.head
    for _ in range(4):
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if speaker is not None:
            return speaker  # "These words were voiced by Deputy Minister ... Elnur Aliyev": the agent speaks
        subject = clause_subject(current)
        if (subject is not None and subject.lower_ == "who" and current.dep_ == "relcl" and current is not verb
                and verb.dep_ == "conj" and verb.tag_ == "VBD" and any(c.dep_ == "aux" for c in current.children)
                and current.head.dep_ in ("dobj", "pobj", "attr", "oprd") and current.head.head.pos_ in ("VERB", "ADP")):
            # "called Iran and Armenia as good neighbors who have been enjoying … and said …": a past
            # verb the parse joins to an auxiliary one inside a relative clause on an object is the
            # matrix subject's second act, not the neighbours' (the relative clause would share the auxiliary)
            current = current.head.head if current.head.head.pos_ == "VERB" else current.head.head.head
            continue
        if subject is not None and subject.lower_ in ("who", "that") and current.dep_ == "relcl" and (
                (subject.lower_ == "who" and (current.head.pos_ == "PROPN" or current.head.tag_ == "NNS"))
                or someone_new(current.head)):  # "met a farmer who said …" (`groups.someone_new`)
            # "Councillor Maria Lopez, who said last week that …", "officials who said …": the
            # relative pronoun's speaker is the name or the group its clause describes (not "the
            # man who told police …": a definite description would be taken for someone named before)
            return current.head
        if subject is not None:
            return subject
        if (set_off := appositive_subject(current)) is not None:
            return set_off
        if current.dep_ not in _BORROWS_SUBJECT or current.head is current:
            return None
        if current.dep_ == "ccomp" and any(c.dep_ == "ccomp" and c.i < current.i for c in current.head.children):
            return None  # a second complement split off the first ("says he was arrested after employees … said"): its own subject was lost
        if current.dep_ == "conj" and current.head.pos_ in ("PROPN", "NOUN", "PRON") and current.head.dep_ == "ROOT":
            return current.head  # "Qasemi ... and said:" parsed as a noun with a verb joined to it
        current = current.head
    return None


def _object_relative(verb: Token) -> bool:
    """ "the letter Mike wrote was “kind and loving”": a speech verb in a relative clause whose
    object is the noun it describes (no object or clause of its own) names a text or words, it
    reports none; "a statement that said …" keeps its clause and stays a reporting verb, and so
    does a bare clause set right against a quote (`an “instant decision” she said`)."""
    return verb.dep_ == "relcl" and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative") for c in verb.children)


def _misattached_participle(verb: Token) -> bool:
    """ "Dale and Martha disputed that Mike was estranged from them, saying instead he was …":
    a participle after a comma that the parse hangs on the verb of a complement clause (a clause
    that is itself what someone disputed, said or thought) is the matrix subject's second act,
    not the complement subject's; its subject is the matrix verb's."""
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and verb.head.dep_ == "ccomp" and verb.head.head is not verb.head
            and verb.head.i < verb.i and verb.head.head.i < verb.head.i)


def _quoting(verb: Token) -> Token | None:
    """The "quote" of "quoted X as saying", from either verb, or None."""
    if verb.lemma_.lower() == "quote" and any(t.lower_ == "saying" for t in verb.subtree):
        return verb
    head = verb.head.head if verb.head.lower_ == "as" else verb.head
    if verb.lower_ == "saying" and head.lemma_.lower() == "quote":
        return head
    return None


def _content(verb: Token) -> Token | None:
    """The reported clause: a clausal complement that is not the verb's own quote-less object."""
    for child in verb.children:
        if child.dep_ == "ccomp" and not relaying_clause(verb, child):
            return child
    misplaced = that_clause_on_noun(verb) or told_hearer_that(verb)
    if misplaced is not None:
        return misplaced
    # "told a few thousand teachers who covered the lawn that the Legislature should …": the parse
    # hangs the "that" clause on the relative clause of the hearers; a non-speech verb there
    # takes no "that" clause of its own, so it is the teller's
    hearer = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if verb.lemma_.lower() in ("tell", "assure", "remind", "warn", "inform") and hearer is not None:
        for token in hearer.subtree:
            if (token.dep_ == "ccomp" and token.head.dep_ == "relcl" and not _is_speech_verb(token.head)
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)):
                return token
    return None


def _preposed(verb: Token, subject: Token | None, offset: int) -> tuple[int, int] | None:
    """ "The official way … is by pounds, not by value, an agency spokesman told us.": reported
    words set before their clause that the parse did not make its complement. The clause closes
    the sentence (nothing but the verb's objects and phrases after it), a comma sets it off, and
    the words before hold a clause of their own (a finite verb and its subject), not an opening
    phrase ("After the vote was held, he told reporters": a subordinate clause reports nothing)."""
    if subject is None or subject.i > verb.i:
        return None
    doc = verb.doc
    opening = subject.left_edge.i
    if verb.dep_ != "ROOT" and not (verb.dep_ in ("advcl", "parataxis") and verb.head.dep_ == "ROOT"
                                    and verb.head.i < opening):
        # "Fines … were among the steps that might follow if …, the minister said.": a closing
        # reporting clause the parse hung from the main verb of the words it reports
        return None
    if opening < 3 or doc[opening - 1].text != ",":
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:]) or any(
            c.dep_ in ("ccomp", "xcomp", "advcl", "conj") for c in verb.children):
        return None
    left = doc[:opening - 1]
    if left[0].text in OPENING_MARKS or left[0].text in ("'", "‘"):
        return None
    main = left
    if left[0].dep_ in ("mark", "prep", "advmod") or left[0].lower_ in _SUBORDINATORS:
        # "While Turkey’s exports … soared …, its imports from Iran decreased, he added": the
        # clause after the opening phrase must stand on its own
        comma = next((t.i for t in left if t.text == ","), None)
        if comma is None:
            return None
        main = doc[comma + 1:opening - 1]
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in main) or not any(
            t.dep_ in (*SUBJECT_DEPS, "expl") for t in main):
        return None
    if any(_is_speech_verb(t) for t in left):
        return None  # "X said …, Y added": the first clause reports on its own
    last = left[-1]
    while last.is_punct and last.i > 0:
        last = doc[last.i - 1]
    return offset + left[0].idx, offset + last.idx + len(last.text)


#: Quotation marks as tokens (straight, typographic, single and the parser's ``/'' forms).
_QUOTE_TOKENS = frozenset(['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "``", "''"])


def _all_before(verb: Token, subject: Token | None, content: Token, span: tuple[int, int],
                offset: int) -> tuple[int, int]:
    """ "Taxes will be raised if the government wins the next election, the opposition leader
    has claimed.": reported words set before their reporting clause are all the words
    before it, though the parse hangs an opening or closing phrase ("if the government wins …", "After
    the first iPhones shipped, …") on the reporting verb rather than on its complement. Not
    where quotation marks stand there (direct speech has its own reader) or where another speech
    verb outside the complement reports on its own ("X said …, Y added")."""
    doc = verb.doc
    first = verb if subject is None or subject.i > verb.i else doc[min(verb.i, subject.left_edge.i)]
    own = {t.i for t in content.subtree}
    left = list(doc[:first.i])
    while left and left[-1].is_punct:
        left.pop()
    while left and left[0].is_punct and left[0].text not in _QUOTE_TOKENS:
        left = left[1:]
    if not left or any(t.text in _QUOTE_TOKENS for t in left) or any(
            _is_speech_verb(t) for t in left if t.i not in own):
        return span
    return (min(span[0], offset + left[0].idx), max(span[1], offset + left[-1].idx + len(left[-1].text)))


def _continues(first: Token, second: Token) -> bool:
    """Whether a second complement of the same verb runs on from the first with nothing but a
    comma between and no subject of its own ("… after employees of a car dealership [said he
    tried to steal a van]"; not "…, BBC reported on Feb. 28 The EU has warned …", a sentence
    the segmenter ran on; a complement with a subject of its own is a report of its own)."""
    if any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in second.children):
        return False
    gap = second.doc[first.right_edge.i + 1:second.left_edge.i]
    return all(t.text == "," for t in gap)


_SUBORDINATORS = frozenset(
    "when whenever if as while because after before although though since until once unless where".split())


def _clause_span(head: Token, offset: int) -> tuple[int, int]:
    """The clause under `head`, without a leading "that" and trailing punctuation. A leading
    "whether" or "if" stays: "asked whether the province would pay" reports a question, and
    without it the words would read as a statement ("the province would pay")."""
    tokens = sorted(head.subtree, key=lambda t: t.i)
    while tokens and ((tokens[0].dep_ in ("mark", "dobj", "pobj") and tokens[0].lower_ == "that")
                      or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return offset + head.idx, offset + head.idx + len(head.text)
    return offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)


def _according(token: Token, offset: int) -> Attribution | None:
    """ "According to X, …": X speaks; the content is the clause the phrase modifies."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        to = token.doc[token.i + 1]
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    clause = token.head
    # (a clause set under another, "an exercise held in Norway that, according to NATO, was “…”":
    # NATO's word is on that clause only, not on the narrator's sentence around it)
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head is not clause and not (
            clause.i == token.head.i and clause.dep_ in ("advcl", "relcl") and clause.pos_ in ("VERB", "AUX")):
        clause = clause.head
    phrase = {t.i for t in token.subtree}
    rest = [t for t in clause.subtree if t.i not in phrase and not (t.is_punct and t.i < token.i + 1)]
    while clause.dep_ in ("advcl", "relcl") and rest and (rest[0].dep_ == "mark" or rest[0].is_punct):
        rest = rest[1:]  # "that, according to NATO, was": what NATO said begins after "that"
    content = None
    if rest:
        rest.sort(key=lambda t: t.i)
        while rest and rest[0].is_punct:
            rest = rest[1:]
        while rest and rest[-1].is_punct:
            rest = rest[:-1]
        if rest:
            content = (offset + rest[0].idx, offset + rest[-1].idx + len(rest[-1].text))
    if content is None and clause.i == token.i == 0:
        content = _rest_of_sentence(token, source, offset)
    return Attribution(
        cue=(offset + token.idx, offset + to.idx + len(to.text)),
        cue_word=f"{token.text} {to.text}",
        subject=noun_phrase(source, offset),
        content=content,
        appositive=appositive_phrase(source, offset) or name_set_off(source, offset),
        according=True,
        head=source.lower_,
        proper=source.pos_ == "PROPN",
    )



def _rest_of_sentence(token: Token, source: Token, offset: int) -> tuple[int, int] | None:
    """ "According to Dr. Bonnie Henry, the province's top doctor, most of the new cases are …": an
    opening "According to" the parse left as a root of its own, the clause after it hung on the
    name (an abbreviation such as "Dr." can throw the parse so), modifies the words after the name,
    its apposition and their comma, to the end of the sentence (never a relative clause: "According
    to X, who chairs …, …" is left as it was)."""
    ends = [span[1] for span in (noun_phrase(source, 0), appositive_phrase(source, 0) or name_set_off(source, 0)) if span]
    end = max(ends, default=source.idx + len(source.text))
    comma = next((t for t in token.doc if t.idx >= end and not t.is_space), None)
    if comma is None or comma.text != ",":
        return None
    words = [t for t in token.doc[comma.i + 1:] if not t.is_punct]
    if len(words) < 3 or words[0].lower_ in ("who", "which", "whose", "whom", "where"):
        return None
    return (offset + words[0].idx, offset + words[-1].idx + len(words[-1].text))
