"""What a statement announcing a meeting lists for it is no event of its own.

A press statement on a coming visit ("President Biden looks forward to welcoming Prime Minister
Mitsotakis of Greece to the White House on May 16") goes on with the agenda: "The leaders will
discuss ongoing efforts with Allies and partners to support the people of Ukraine", "They will
discuss our close cooperation on global challenges", "The leaders will reaffirm the close and
historic partnership". What the sides will talk about, said of sides already told ("they", "the
leaders"), is the planned meeting's content, not a second plan, an agreement or backing of a third
country (tests/gold/README, the White House guidelines: each "They discussed ..." is part of the
meeting). "The President looks forward to this important visit" points back to the visit told.

A discussion that names its partner ("will discuss trade with Iraq") or whose speakers are named
("President Biden and President Lula will discuss ...") may be the only word of the meeting and
stays; so do agreements ("they agreed to discuss"), which have their own trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.phrases import TOPIC_VERBS
from accords.events.status import NEW_OCCASION
from accords.model import Event

#: Verbs of talking about or restating, the items of a meeting's agenda.
_AGENDA_VERBS = frozenset("discuss talk reaffirm affirm reiterate celebrate review underscore highlight".split())

#: Nouns that stand for sides already told ("the leaders", "the two sides").
_TOLD_SIDES = frozenset("leader side president official minister counterpart delegation".split())

#: Occasions a demonstrative points back to ("this important visit").
_OCCASIONS = frozenset("visit meeting trip summit talks call".split())

_FUTURE = frozenset({"will", "'ll", "shall"})



def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


def _subject(verb: Token) -> Token | None:
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _told_sides(subject: Token) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ in ("they", "we")
    if subject.lemma_.lower() not in _TOLD_SIDES or any(c.dep_ == "conj" for c in subject.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and subject.tag_ == "NNS"


def agenda_item(token: Token) -> bool:
    """Whether `token` is, or hangs under, what sides already told will talk about or restate at a
    coming meeting: "They will discuss their countries' contributions", "The leaders will reaffirm
    the partnership", "the two Presidents will discuss ... how the two countries can continue to
    work together"."""
    return any(_agenda_verb(t) for t in (token, *token.ancestors))


def _agenda_verb(token: Token) -> bool:
    if token.pos_ != "VERB" or token.lemma_.lower() not in _AGENDA_VERBS:
        return False
    if not (_future(token) or (token.dep_ == "conj" and _future(token.head))):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
           for c in token.children):
        return False  # "will discuss trade with Iraq": the partner named, maybe the only word of the meeting
    if any(_coming_occasion(t) for t in token.subtree if t.dep_ == "pobj"):
        return False  # "will discuss this plan further during their upcoming bilateral meeting": a new meeting told
    subject = _subject(token)
    return subject is not None and _told_sides(subject)


def _coming_occasion(noun: Token) -> bool:
    """An occasion still to come, a new one: "their upcoming bilateral meeting", "the next visit"."""
    return noun.lemma_.lower() in _OCCASIONS and any(c.lower_ in NEW_OCCASION for c in noun.children)


def occasion_told(token: Token) -> bool:
    """Whether `token` is, or hangs under, a "look forward to" that points back to an occasion
    already told ("The President looks forward to this important visit and affirming the strong
    partnership"): goodwill about the visit told, no second plan."""
    return any(_points_back(t) for t in (token, *token.ancestors))


def _points_back(token: Token) -> bool:
    if token.lemma_.lower() != "look" or not any(c.lower_ == "forward" for c in token.children):
        return False
    for prep in token.subtree:
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.head.i in (token.i, *(c.i for c in token.children)):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _OCCASIONS and any(
                    c.dep_ == "det" and c.lower_ in ("this", "that") for c in noun.children
                ):
                    return True
    return False


#: Verbs of what is done at a meeting still to come, said of anyone: talking about, restating or
#: building on something ("President Biden will reiterate his full support for ...", "President
#: Biden and Prime Minister Kishida will build on these efforts").
_COMING_ITEM_VERBS = _AGENDA_VERBS | {"build", "have"}


#: How a meeting still to come is announced ("will host", "looks forward to welcoming", "will meet").
_ANNOUNCING = ("look", "welcom", "host", "meet", "visit", "travel", "hold", "receiv")


def told_meeting_item(token: Token, countries: frozenset[str], earlier: list[Event]) -> bool:
    """Whether an AGREE at `token` is an item of a meeting still to come that the text has
    already announced between the same sides: "Vice President Harris will welcome President
    Arévalo of Guatemala to the White House on March 25. ... The Vice President and President
    Arévalo will discuss additional efforts ...", "President Biden looks forward to welcoming Prime
    Minister Kishida ... President Biden will reiterate his full support for Japan's recently
    released National Security Strategy". Once the meeting is told, what its speakers, named or
    not, will discuss, restate or build on there is its content, not a second plan (tests/gold/README,
    the White House guidelines). `countries`: the event's sides; `earlier`: the events already
    found in the text."""
    announced = [e for e in earlier if e.status in ("planned", "intended") and e.type in ("AGREE", "CONSULT")
                 and (e.trigger or "").lower().startswith(_ANNOUNCING)]
    told = [set(e.actor_countries) | set(e.recipient_countries) for e in announced]
    if not any(len(sides) >= 2 and sides <= countries for sides in told):
        return False
    return any(_coming_item_verb(t) for t in (token, *token.ancestors))


def _coming_item_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _COMING_ITEM_VERBS:
        return False
    if token.lemma_.lower() == "build" and not any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children):
        return False  # "will build on these efforts", not "will build a port"
    if token.lemma_.lower() == "have" and not any(c.dep_ == "dobj" and c.lemma_.lower() == "opportunity"
                                                   for c in token.children):
        return False  # "The leaders will have the opportunity to discuss ..."
    chain = (token, *(t for t in token.ancestors if t.pos_ in ("VERB", "AUX", "NOUN")))
    return any(_future(t) for t in chain[:3])


#: Verbs whose object is what is talked about or taken note of: a meeting there is a topic.
_TOPIC_OF_TALK = TOPIC_VERBS | frozenset({"note", "describe"})
#: A trip talked about is a plan of its own ("met today with Akiba Takeo ... to discuss preparations for the
#: President's upcoming trip to the Republic of Korea and Japan"), not a topic only.
_TRIPS = frozenset({"visit", "visits", "trip", "trips", "tour"})
#: Dependencies that hang a meeting noun inside a larger object ("the 8th session *of* the ...
#: meeting", "the convening *of* the 8th round", "planning *for holding* a meeting").
_INSIDE_OBJECT = frozenset({"pobj", "prep", "pcomp", "compound", "appos", "conj", "dobj"})


def discussed_occasion(noun: Token) -> bool:
    """Whether meeting noun `noun` is, or lies inside, the object of a verb of talking about or
    taking note ("the two sides discussed *the 8th session of the Syrian constitutional meeting*",
    "noted the convening of *the 8th round* of the Drafting Commission", "the latest planning for
    holding *a quadrilateral meeting* was discussed"): a topic of the talks, not a meeting the text
    reports, and a country named in its adjective or its "of" phrase no side of it (thirty-third
    session, evtt51). A meeting with its partners named ("discussed the talks with Iraq") stays:
    it says who meets; so does a trip (`_TRIPS`), and a meeting welcomed ("welcomes the visit of
    the Amir to Baghdad"), which the welcome reports."""
    if noun.lemma_.lower() in _TRIPS or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return False
    current = noun
    for _ in range(6):
        head = current.head
        if head == current:
            return False
        if current.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _TOPIC_OF_TALK:
            return True
        if current.dep_ not in _INSIDE_OBJECT:
            return False
        current = head
    return False
