"""Where an event lies in its sentence's parse: the trigger's own clause (`scope`, `clause`), the
time expression and place inside it (`time_in`, `location`), what the event is about
(`event_object`, `span_text`) and how many documents a signing counts (`count`).

Pure functions of spaCy tokens, shared by the events stage (`accords.stages.events`)."""

from __future__ import annotations

from spacy.tokens import Token

from accords.events import matching
from accords.events import triggers as lexicon
from accords.events.sideindex import ActorIndex
from accords.model import TimeExpression
from accords.quantities.numbers import TENS, UNITS

#: Count words before a plural noun ("eleven agreements"): the number words up to fifty
#: (`accords.quantities.numbers`), and vague counts that say "more than one" but not how many.
_NUMBER_WORDS: dict[str, int | None] = {
    **{word: n for word, n in {**UNITS, **TENS}.items() if 0 < n <= 50}, "dozens": None, "several": None,
}


_MAX_OBJECT_TOKENS = 14


def noun_phrase(noun: Token) -> list[Token]:
    """The noun's subtree, widened to "dates for the joint commission" (noun-prep-noun), and
    to the clause of a verb whose object it is ("underscoring the December 26 dates for ...")."""
    top = noun
    if top.head.dep_ == "prep" and top.head.head.pos_ in ("NOUN", "PROPN"):
        top = top.head.head
    if top.dep_ in ("dobj", "nsubjpass", "attr") and top.head.pos_ in ("VERB", "AUX") and matching.match_token(top.head) is None:
        return clause(top.head)
    return list(top.subtree)


def scope(token: Token) -> list[Token]:
    """The trigger's own clause: its subtree without coordinated or subordinate verbs."""
    if token.pos_ in ("NOUN", "PROPN", "ADJ"):
        phrase = noun_phrase(token)
        head = token.head
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            phrase = phrase + [t for t in clause(head) if t not in phrase]
        return phrase
    return clause(token)


def clause(verb: Token) -> list[Token]:
    """The verb's own clause: no coordinated or subordinate verbs, and no infinitival content
    clause ("set a goal *to bring trade to $15 billion in 2023*": 2023 is not the event's date)."""
    tokens = [verb]
    stack = list(verb.children)
    while stack:
        child = stack.pop()
        if child.pos_ in ("VERB", "AUX") and (
            (child.head == verb and child.dep_ in ("ccomp", "advcl", "conj", "parataxis"))
            or (child.dep_ in ("xcomp", "acl", "relcl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))
        ):
            continue
        tokens.append(child)
        stack.extend(child.children)
    return sorted(tokens, key=lambda t: t.i)


#: Verbs that tell a meeting by what was discussed, and the prepositions of what was discussed
#: ("discussed concerns *about* ...", "reviewed the relationship, *including* ...").
_DISCUSSING = frozenset(("discuss", "review"))
_TOPIC_PREPS = frozenset(("about", "including", "with", "regarding", "concerning", "of", "like", "such"))


def dating_scope(token: Token, scope: list[Token]) -> list[Token]:
    """The scope tokens that may hold the date of the event `token` triggers: for a meeting
    told by what was discussed, not the words of what was discussed. "The leaders also
    discussed their shared concerns about ... Venezuela's July 28 election", "discussed
    commitments made ... in May 2021": the date is the election's and the commitments', not the
    meeting's (which the readout has already dated). "discussed on Monday the situation" keeps
    Monday."""
    if token.lemma_.lower() not in _DISCUSSING or token.pos_ not in ("VERB", "AUX"):
        return scope
    topic = {t for c in token.children
             if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS)
             for t in c.subtree}
    return [t for t in scope if t not in topic]


def overlaps(time: TimeExpression, start: int, end: int) -> bool:
    return any(ev.start < end and ev.end > start for ev in time.evidence)


def time_in(scope: list[Token], offset: int, times: list[TimeExpression]) -> TimeExpression | None:
    """The time expression inside the scope tokens, the nearest to the trigger first."""
    if not scope:
        return None
    trigger_at = offset + scope[0].idx
    spans = [(offset + t.idx, offset + t.idx + len(t)) for t in scope]
    hits = [time for time in times if any(overlaps(time, s, e) for s, e in spans)]
    if not hits:
        return None
    return min(hits, key=lambda time: abs(time.evidence[0].start - trigger_at))


def location(scope: list[Token], offset: int, index: ActorIndex) -> str | None:
    for token in scope:
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head.lemma_ in (
            "hold", "sign", "meet", "visit", "arrive", "take", "meeting", "forum", "summit", "talks"
        ):
            place = index.place_at(offset + token.idx, offset + token.idx + len(token))
            if place is not None:
                return place
    return None


def event_object(token: Token, spec: lexicon.TriggerSpec) -> Token | None:
    """The head of what the event is about: the document, project, meeting or plan."""
    if token.pos_ in ("NOUN", "PROPN"):
        return token
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.lemma_.lower() in ("agreement", "consensus", "understanding", "goal", "target"):
                for grand in child.children:
                    if grand.dep_ in ("prep", "acl", "relcl") and grand.lower_ != "at":
                        return child
            return child
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "prep" and child.lower_ in ("on", "for", "in", "to")):
            return child
    return None


def span_text(text: str, offset: int, head: Token) -> str:
    tokens = [t for t in head.subtree][: _MAX_OBJECT_TOKENS]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return head.text
    # whitespace runs collapsed: a blanked link address (`nlp.normalise_for_nlp`) leaves one
    return " ".join(text[offset + tokens[0].idx: offset + tokens[-1].idx + len(tokens[-1])].split())


def count(head: Token) -> int | None:
    if head.tag_ != "NNS":
        return None
    for child in head.children:
        if child.dep_ in ("nummod", "amod") and (child.like_num or child.lower_ in _NUMBER_WORDS):
            if child.text.isdigit():
                return int(child.text)
            return _NUMBER_WORDS.get(child.lower_)
    return None
