"""Whether a meeting word reports a meeting between states, and whether its people are states.

The checks the events stage (`accords.stages.events`) applies to CONSULT triggers: a meeting
noun is an event when it is held, "with" someone, numbered or dated, not when it is only
referred to ("this meeting", "a seventh straight session"); a commission that is one side's
standing body ("the Securities and Exchange Commission", "a presidential commission") holds no
meeting of states, a joint one does; a meeting or visit of tourists, business people or the
press, or a visit to a site, is no meeting of states.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accords.events import clauses
from accords.events import triggers as lexicon
from accords.events.actors import phrase_sides
from accords.events.sideindex import ActorIndex
from accords.events.groups import GROUP_WORDS, MULTILATERAL_WORDS
from accords.events.phrases import MEDIA_NOUNS, subject_of
from accords.events.status import upcoming_words
from accords.events.trips import TRIP_VERBS
from accords.events.venues import named_outsider
from accords.gazetteer.media import names_medium
from accords.gazetteer.offices import STATE_TITLES
from accords.model import TimeExpression

#: Meetings read by lemma as a scene or occasion: `triggers.MEETING_NOUNS` singular, less three never read here, plus two.
_OCCASIONS = (lexicon.MEETING_NOUNS - {"meetings", "negotiations", "consultations", "discussions", "discussion", "dialogue",
                                       "roundtable"}) | {"commission", "visit"}

#: "11th", "second", "first": a numbered session is one occurrence.
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth)$", re.IGNORECASE)

#: Words of a run of trading days ("a seventh straight session", "consecutive sessions").
_RUNS = frozenset({"straight", "consecutive", "trading"})
#: Verbs a meeting is the subject of when it was held: it concluded, ended, wrapped up, kicked off.
_ENDED = frozenset("conclude end wrap kick convene".split())

#: Nouns that stand for one occurrence of a meeting ("the next round of talks").
_SESSION_WORDS = frozenset({"round", "session"})

#: Standing bodies whose sessions are meetings ("the meeting of the joint committee").
_BODIES = frozenset("committee commission council commissions committees board".split())

#: Subjects that stand for a state (with the linked entities): offices, institutions, envoys.
_STATE_NOUNS = frozenset(
    """minister ministry president government office agency administration parliament council committee
    commission cabinet country nation side party state delegation organization organisation embassy
    authority official leader head chief ambassador envoy diplomat team mission speaker chairman secretary
    spokesman spokeswoman deputy representative delegate premier king emir prince commander governor mayor
    parliamentarian lawmaker mp army navy military force company firm corporation bank investor
    neighbour neighbor republic kingdom capital participant member counterpart guarantor""".split()
)

#: People of no state a meeting may be held "with" (`private_partners`).
_PRIVATE_PEOPLE = frozenset(
    "advocate activist ceo executive entrepreneur worker union student survivor family veteran stakeholder "
    "scholar caregiver nonprofit philanthropist alumnus alumni actress actor artist musician athlete".split()
)

#: Kin and friends met or visited: a private meeting, whatever countries the sentence names.
_KIN = frozenset("wife husband widow widower girlfriend boyfriend fiancee fiancée fiance mother father parent parents son daughter "
                 "children child family relative relatives friend friends grandmother grandfather".split())

#: What makes leaders no state's ("business leaders", "community leaders").
_CIVIC = frozenset("business community religious faith civic student union industry tribal society".split())

#: Bodies that, counted by the dozen, are civil society, not states ("over 70 ... organizations").
_BODIES_OF_PEOPLE = frozenset({"organization", "organisation", "company", "firm", "group"})

#: Who a call or meeting "with" is not a state's counterpart: the press, the market, the public.
_AUDIENCES = frozenset(
    "media press reporter reporters journalist journalists investor investors analyst analysts student students "
    "staff employee employees customer customers supporter supporters voter voters public audience "
    "citizens community diaspora follower followers electorate".split()
)


def scene_of_earlier_meeting(verb: Token) -> bool:
    """A meeting verb in a "where"/"when" clause on a meeting named before it ("built on the April
    Leaders Summit on Climate, *where* President Biden convened this group"): what happened at
    that earlier meeting, told as background, not a meeting of its own."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children):
        return False
    head = verb.head
    for _ in range(3):
        if head.lemma_.lower() in _OCCASIONS:
            return True
        if head.dep_ not in ("pobj", "prep", "compound", "appos") or head.head == head:
            return False
        head = head.head
    return False


#: Prepositions that name a meeting as the setting or the time of what the sentence tells.
_SETTING_PREPS = frozenset({"at", "during", "following", "after", "since", "in", "of", "on"})


def occasion_named(noun: Token) -> bool:
    """A meeting noun named as the setting of another act ("*At the U.S.-EU Summit in June*, the
    U.S. and the EU announced ...", "the vision they laid out in the November 2021 North American
    Leaders' Summit", "the historic outcomes of the 2022 U.S.-ASEAN Special Summit"), who met not
    told: no "with" or "between" partner ("the recent trilateral summit in Baghdad between Iraq,
    Jordan, and Egypt" tells one), and not an indefinite new one ("in a trilateral meeting"). The
    events stage drops it when its date lies long before publication (`events.published`): a
    past summit recalled, not a meeting the text reports."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in _SETTING_PREPS:
        return False
    if noun.lemma_.lower() not in _OCCASIONS or noun.lemma_.lower() == "visit":
        return False
    children = list(noun.children)
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in children) and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children)


#: Nouns of backing or asking whose "for" phrase is what is backed ("their support for peace negotiations").
_BACKING_NOUNS = frozenset("support backing call calls appeal appeals push".split())


#: Verbs of thanks and praise whose "for" or "on" phrase says what is praised.
_THANKING = frozenset("thank applaud commend praise congratulate laud hail salute".split())


def _praised_occasion(noun: Token) -> bool:
    """A meeting named in what is thanked or praised ("thanked President Samia for her
    participation in the second Summit for Democracy", "congratulated him on a successful
    summit"): the occasion praised, not a meeting the text reports."""
    head = noun
    for _ in range(5):
        if head.dep_ == "pobj" and head.head.lower_ in ("for", "on") and head.head.head.lemma_.lower() in _THANKING:
            return True
        if head.dep_ not in ("pobj", "prep", "compound", "poss", "appos") or head.head == head:
            return False
        head = head.head
    return False


def no_meeting_told(token: Token) -> bool:
    """A meeting word that tells no meeting: talks backed or asked for ("their support for peace
    negotiations between Armenia and Azerbaijan"), a meeting praised (`_praised_occasion`), or a
    thing answered by a thing ("concrete actions ... are met by corresponding sanctions relief")."""
    if token.pos_ in ("NOUN", "PROPN") and _praised_occasion(token):
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "for" and (
        token.head.head.lemma_.lower() in _BACKING_NOUNS
    ):
        return True
    if token.lemma_.lower() != "meet" or token.pos_ not in ("VERB", "AUX"):
        return False
    things = [c for c in token.children if c.dep_ == "nsubjpass"] + [
        g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return len(things) == 2 and all(t.pos_ == "NOUN" and t.lemma_.lower() not in _STATE_NOUNS for t in things)


def session_head(noun: Token) -> Token:
    """"The next round of the joint committee meeting was scheduled": the round is the event."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _SESSION_WORDS:
        return noun.head.head
    return noun


#: Modifiers that make "call" a decision, an alarm or a roll, not a conversation.
_NOT_PHONED = frozenset("judgement judgment close wake roll curtain margin casting booty".split())


#: What a call "to" is an appeal for, not a conversation with ("a call to action", "a call to arms").
_APPEALS = frozenset("action actions arms order prayer service duty".split())


#: What a conference held for the press is called ("a press conference", "a news conference").
_PRESS = frozenset({"press", "news", "media"})
#: Words that make a conference one of the sides that hold it together.
_TOGETHER = frozenset({"joint", "bilateral", "trilateral", "tripartite", "quadrilateral"})
#: Verbs whose subjects take part in the conference they take.
_ATTENDING = frozenset({"attend", "hold"})


def _names_someone(prep: Token) -> bool:
    """A "with" phrase that names someone ("with his Russian counterpart Sergey Lavrov"), not
    "with the support of the governments"."""
    return any(g.pos_ == "PROPN" or g.lemma_.lower() in _COUNTERPARTS
               for g in prep.children if g.dep_ == "pobj")


#: People a conference is held with ("with his Russian counterpart", "with the Azeri minister").
_COUNTERPARTS = frozenset(
    "counterpart counterparts minister ministers president presidents leader leaders delegation delegations "
    "premier chancellor secretary envoy official officials".split()
)


def _conference_of_sides(noun: Token) -> bool:
    """A conference is a meeting of states only when the text says who held it together: "a
    joint press conference with his Russian counterpart", "a trilateral conference", a
    conference "with" named people, "Iran, Russia, China ... and Uzbekistan attended the one-day
    Regional Dialogue conference". A conference somewhere ("at a conference in Berlin",
    "organized a conference on ...") names no partner, and a press conference that is not joint
    addresses the press ("told a press conference in Tehran")."""
    children = list(noun.children)
    if any(c.lower_ in _TOGETHER for c in children):
        return True
    if any(c.lower_ in _PRESS for c in children):
        return False  # "told a press conference", "a news conference between ...": the press was addressed
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") and _names_someone(c) for c in children):
        return True
    head = noun.head
    if noun.dep_ != "dobj" or head.lemma_.lower() not in _ATTENDING:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    # "Iran, Russia, China ... attended", "ministers from Iran, Turkey, Pakistan ... are attending":
    # names listed; "ministers, officials and experts from every region" name no one
    return subject is not None and bool(subject.conjuncts) and sum(t.pos_ == "PROPN" for t in subject.subtree) >= 2


def _no_conversation(call: Token) -> bool:
    """Whether the noun "call" names no conversation: a decision, an alarm or a roll ("I took the
    judgement call", "a wake-up call"); an appeal "to" something that is no one ("a call to
    action on cancer screening", "a Call to Action for businesses", "a call to arms"); or an
    initiative named after a place ("the Paris Call for Trust and Security in Cyberspace", "the
    Christchurch Call")."""
    if any(t.lower_ in _NOT_PHONED for t in call.subtree if t.i < call.i):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in _APPEALS for g in c.children) for c in call.children):
        return True
    if _appeal_for(call):
        return True
    return call.text[:1].isupper() and call.i > 0 and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < call.i for c in call.children
    )


#: Nouns of how long a call lasted ("a call for an hour"): no appeal.
_SPANS = frozenset("hour hours minute minutes while".split())


def _appeal_for(call: Token) -> bool:
    """A call "for" something, with no phone and no one it is held with: an appeal ("opened the air
    show with a call for foreign aircraft makers to build planes in India", "calls for a ceasefire"),
    not a conversation ("a phone call with Erdogan", "a call for an hour")."""
    children = list(call.children)
    if any(c.lower_ in ("phone", "telephone", "video") for c in children) or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in children
    ):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in _SPANS for g in c.children) for c in children)


#: Words that make a commission one that states hold together ("the joint economic commission").
_JOINT_BODY = frozenset({"joint", "intergovernmental", "inter-governmental", "bilateral", "trilateral", "binational",
                         "tripartite", "mixed"})


def _standing_body(noun: Token) -> bool:
    """A commission that is a body of one state or union, not a commission states hold together:
    "the Securities and Exchange Commission", "a presidential commission that looked into the
    affair", "the European Commission"; the joint body ("the Iran-Armenia Joint Commission", "the
    Azerbaijani-Iranian intergovernmental commission", "the commission between the two countries")
    holds meetings of its sides."""
    if noun.lemma_.lower() not in ("commission", "commissions"):
        return False
    modifiers = [t for t in noun.subtree if t.i < noun.i]
    if any(t.lower_ in _JOINT_BODY for t in modifiers) or any(t.text == "-" or "-" in t.text[1:-1] for t in modifiers):
        return False  # "Joint Commission", "Iran-Armenia commission"
    return not any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children)


def held_meeting(noun: Token, offset: int, times: list[TimeExpression]) -> bool:
    """A meeting noun is an event when held, "with" someone, or dated; not a mere reference (nor a
    commission that is a standing body of one side, `_standing_body`)."""
    children = list(noun.children)
    if _standing_body(noun):
        return False
    if noun.lemma_.lower() == "call" and _no_conversation(noun):
        return False  # "a wake-up call", "a call to action", "the Paris Call": no conversation
    if noun.lemma_.lower() in ("consultation", "consultations") and noun.dep_ == "pobj" and noun.head.lower_ in (
        "in", "to", "for", "through", "via"
    ) and not any(c.dep_ in ("det", "poss", "nummod") for c in children):
        # "stay in close touch, including in consultation with NATO Allies", "commitment to continued
        # close consultation and coordination with all our Allies": a manner or practice, no meeting
        return False
    if any(c.lower_ in _RUNS for c in children):
        return False  # "stocks rose for a seventh straight session": a trading day, no meeting (even indefinite)
    partners = [g for c in children if c.dep_ == "prep" and c.lower_ in ("with", "between", "to") for g in c.children
                if g.dep_ == "pobj"]
    if partners and all(p.lemma_.lower() in _AUDIENCES or p.lower_ in _AUDIENCES for p in partners):
        return False  # "a conference call with media": no meeting of states
    if noun.lemma_.lower() == "conference":
        return _conference_of_sides(noun)
    if noun.lemma_.lower() == "forum" and not any(c.dep_ in ("compound", "nmod", "amod") and (
            c.ent_type_ in ("GPE", "NORP") or c.lower_ in MULTILATERAL_WORDS) for c in noun.children):
        return False  # only a forum its states name ("the Iran-Georgia business forum"); not "an ongoing forum", "WSIS Forum"
    if _time_of_another_act(noun):
        return False  # "held bilateral meetings with A and B ahead of the Wednesday meeting on Afghanistan"
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "to") for c in children):
        return True
    if any(c.dep_ == "acl" and c.lemma_ in ("hold", "take", "organize", "organise", "host") for c in children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in TRIP_VERBS:
        return True  # "arrived in Tehran for talks": the talks the trip is for
    if noun.dep_ in ("dobj", "nsubjpass") and (noun.head.lemma_ in lexicon.MEETING_HEADS
        or any(c.dep_ == "xcomp" and c.lemma_ in lexicon.MEETING_HEADS for c in noun.head.children)
    ):
        return True  # "talks were held", "the round was scheduled to be held"
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _ENDED:
        return True  # "The two-day Iran-Turkey-Azerbaijan trilateral forum ... concluded in Urmia": one held
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children) and any(
        c.dep_ in ("prep", "amod", "compound", "nmod") for c in children
    ):
        return True  # "in a trilateral meeting in Moscow": an indefinite meeting is a new one
    if noun.tag_ in ("NN", "NNP") and any(c.lower_ != "future" for c in upcoming_words(noun)) and any(
        c.dep_ in ("compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "in", "by", "to")) for c in children
    ):
        # "the upcoming Iran-Azerbaijan joint committee meeting in Tehran": one meeting set (planned);
        # a bare "the upcoming visit will take place ..." is the visit told before
        return True
    if any(c.dep_ == "amod" and _ORDINAL.match(c.text) for c in children) and not any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in children
    ):
        return True  # "the 11th meeting of the joint committee": one numbered session
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _BODIES for g in c.children) for c in children
    ):
        return True  # "a session of the joint economic commission"
    if noun.lemma_ == "call" and not any(c.lower_ in ("phone", "telephone") for c in children):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in children):
        return False  # "This meeting built on the April Leaders Summit ...": the meeting already told
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and taking_part(noun.head.head):
        return True  # "participated in the trilateral summit", "took part in the meeting": one held
    described = {t for c in noun.subtree if c.dep_ == "relcl" for t in c.subtree}
    phrase = [t for t in clauses.noun_phrase(noun) if t not in described]  # "the Summit ..., where ... a 2030 target"
    return any(clauses.overlaps(t, offset + token.idx, offset + token.idx + len(token)) for t in times for token in phrase)


#: Words that make a meeting the time of another act: "ahead of", "prior to", "in advance of".
_BEFORE_HEADS = {"of": frozenset({"ahead", "advance"}), "to": frozenset({"prior"})}


def _time_of_another_act(noun: Token) -> bool:
    """Whether the meeting is named only as the time of the clause's act ("held bilateral meetings
    with A and B *ahead of the Wednesday meeting* on Afghanistan", "prior to the meeting of the joint
    committee"): the sides of the sentence are the act's, not that meeting's. Talks "with" or
    "between" named partners are kept ("Prior to the talks with the Turkish side"), and a visit: "ahead of
    his official visit to Jordan" is most often the subject's own coming trip."""
    prep = noun.head
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return False  # "Prior to the talks with the Turkish side ...": talks of their own, with their partner
    return noun.lemma_.lower() not in ("visit", "trip") and noun.dep_ == "pobj" and (
        prep.lower_ in _BEFORE_HEADS and prep.head.lower_ in _BEFORE_HEADS[prep.lower_]
    )


def taking_part(head: Token) -> bool:
    """Whether a word a meeting hangs on with "in" says that someone takes part in it:
    "participated in", "took part in", "engaged in serious discussions", "for participation in"."""
    if head.lower_ == "part":
        head = head.head
    return head.lemma_.lower() in ("participate", "engage", "participation") or (
        head.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in head.children))


def private_subject(verb: Token, offset: int, index: ActorIndex) -> bool:
    """Tourists visiting or people meeting are not states acting: a common-noun subject that is
    neither an office, an institution nor a phrase naming a linked entity ("TEHRAN – Tehran and
    Dushanbe have agreed": the dateline heads a subject that names both capitals)."""
    # "TEHRAN – Central banks of Iran and Azerbaijan signed ...": the parser may make the dateline
    # a second subject; `subject_of` passes over it to the real one
    # a verb under control shares its head's subject ("its lenders have agreed *to roll over* its
    # loans", "the detainees were allowed *to see* their families")
    controlled = verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    subject = subject_of(verb) if controlled or any(c.dep_ == "nsubj" for c in verb.children) else None
    if subject is None or subject.pos_ != "NOUN":
        return False
    if subject.lemma_.lower() in _STATE_NOUNS or index.sides_in(offset + subject.idx, offset + subject.idx + len(subject)):
        return False
    return not any(phrase_sides(c, offset, index)[0] for c in subject.children if c.dep_ in ("appos", "conj"))


#: What a host holds for guests ("hosted a virtual meeting", "hosted a dinner"): a gathering.
_GATHERINGS = _OCCASIONS | frozenset("dinner reception event roundtable conference ceremony gathering round "
                                         "dialogue".split())


def private_partners(token: Token, offset: int, index: ActorIndex) -> bool:
    """A meeting held "with" people who are neither states, offices nor anyone the text ties to
    a state, or kin met or visited ("met his future wife"): "hosted a virtual meeting with over
    70 veteran, military family, caregiver and survivor organizations" (a count of organisations), "met with business leaders",
    "met reporters in Kyiv" (where they are met is no side of theirs); not "met with his counterpart", "talks with the
    three countries", "met with Iranian businessmen"."""
    if interviewed(token):
        return True  # "was speaking to the BBC's evening news programme", "spoke to Al Jazeera": an interview
    if token.lemma_.lower() in ("meet", "visit") and any(
        w.lemma_.lower() in _KIN for c in token.children if c.dep_ in ("dobj", "nsubjpass")
        for w in (c, *(g for g in c.children if g.dep_ in ("compound", "appos", "nmod")))
    ):  # "his future wife", "his future wife Maria" (the parse may make the name the object)
        return True  # "where he met his future wife", "spend his weekends visiting his family": no state met
    if token.lemma_.lower() in ("meet", "visit") and token.pos_ in ("VERB", "AUX") and any(
        _private_person(c, offset, index) for c in token.children if c.dep_ in ("dobj", "advmod", "npadvmod")
    ):  # the parser may take a name right after the verb for an adverb ("visited Epstein in New York")
        return True  # "he visited Epstein in New York": a person no state is known for, no official
    owners = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _GATHERINGS]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass"):
        owners.append(token.head)  # "hosted a virtual meeting with ...": the parser may hang "with" on the verb
    partners = [g for owner in owners for c in owner.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    if token.lemma_.lower() in ("meet", "promise", "pledge", "assure") and token.pos_ in ("VERB", "AUX"):
        partners += [c for c in token.children if c.dep_ in ("dobj", "dative")]  # "met reporters", "promised his followers"
    if not partners:
        return False
    for partner in partners:
        people = (partner, *partner.conjuncts)
        counted = any(t.dep_ == "nummod" and t.head in people for t in partner.subtree)  # "over 70 ... organizations"
        if _kin_named(partner) or _named_private(people, offset, index) or all(named_outsider(p) for p in people) or (token.pos_ == "VERB" and all(
                _private_person(p, offset, index, listed=True) for p in people) and any(  # a person, not a body ("Quad Leaders")
                index.unplaced_at(start := offset + p.idx, start + len(p)) and not index.unplaced_org_at(start, start + len(p))
                for p in people)):
            continue  # "met with Joey and Paula Reed, the parents of Trevor Reed", "with Yulia and Dasha Navalnaya"
        for person in people:
            lemma = person.lemma_.lower()
            origin = _americans_of_origin(person)  # "Cuban American leaders": Americans, whatever "Cuban" names
            if person.pos_ != "NOUN" or (phrase_sides(person, offset, index, deep=True, venues=False)[0] and not (
                    origin and not _sides_past_origin(person, origin, offset, index))):
                return False
            civic = lemma == "leader" and (origin or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CIVIC
                                                         for c in person.children))  # "business leaders", not "world leaders"
            if not (civic or lemma in _PRIVATE_PEOPLE or lemma in _AUDIENCES or person.lower_ in _AUDIENCES
                    or (counted and (lemma in _BODIES_OF_PEOPLE or lemma not in _STATE_NOUNS | GROUP_WORDS))):
                return False
    return True


#: Words before "American" that name a region of states, not an origin of Americans ("Latin American leaders").
_REGIONS = frozenset({"latin", "north", "south", "central", "pan", "inter"})


def _americans_of_origin(person: Token) -> tuple[int, ...]:
    """The tokens ("Cuban", "American") that name people as Americans of an origin ("Cuban American
    leaders", "the Indian American community", "Filipino-American families"), or none: the origin's
    adjective names no state met."""
    doc = person.doc
    for token in person.subtree:
        if token.i >= person.i or token.dep_ not in ("amod", "compound") or token.lower_ != "american":
            continue
        before = token.i - 1 - (token.i >= 2 and doc[token.i - 1].text in ("-", "‑"))
        if before >= 0 and doc[before].pos_ in ("ADJ", "PROPN") and doc[before].text[:1].isupper() \
                and doc[before].lower_ not in _REGIONS:
            return tuple(range(before, token.i + 1))
    return ()


def _sides_past_origin(person: Token, origin: tuple[int, ...], offset: int, index: ActorIndex) -> bool:
    """Whether the phrase names a side outside its origin words ("Prime Minister Modi of India and Indian American
    community leaders", parsed on "leaders"), where they live aside ("leaders from across the United States")."""
    return any(index.sides_in(offset + t.idx, offset + t.idx + len(t)) for t in person.subtree if t.i not in origin
               and not any(a.lower_ in ("across", "throughout") and a.i > person.i for a in t.ancestors))


def _kin_named(partner: Token) -> bool:
    """Whether people met are named with no title and set apart as kin or private people: "Joey
    and Paula Reed, the parents of Trevor Reed, who is wrongfully detained in Russia" (the
    country of whoever the apposition names is no side of a meeting with them)."""
    people = (partner, *partner.conjuncts)
    if any(p.pos_ != "PROPN" or any(c.dep_ == "compound" and c.lemma_.lower() in _TITLES for c in p.children)
           for p in people):
        return False
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _KIN | _PRIVATE_PEOPLE
               for p in people for c in p.children)


def _named_private(people: tuple[Token, ...], offset: int, index: ActorIndex) -> bool:
    """Whether people met are named with no title, tied to no country by the text (not a leader
    named before with his title), and told apart as no state's: by what they are ("actress and
    activist Nazanin Boniadi") or by the kin met with them ("Masih Alinejad and her husband Kambiz
    Foroohar"); whatever country their cause or origin names is no side met."""
    names = [p for p in people if p.pos_ == "PROPN"]
    if not names or any(c.dep_ in ("compound", "amod", "appos", "nmod") and c.lemma_.lower() in _STATE_NOUNS | _TITLES
                        for p in people for c in p.children):
        return False
    if not all(index.unplaced_at(offset + p.idx, offset + p.idx + len(p)) for p in names):
        return False
    others = [p for p in people if p.pos_ != "PROPN"]
    private = _KIN | _PRIVATE_PEOPLE | _AUDIENCES
    if any(p.pos_ != "NOUN" or p.lemma_.lower() not in private for p in others):
        return False
    described = all(any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c.lemma_.lower() in private
                        for c in p.children) for p in names)
    return any(p.lemma_.lower() in _KIN and any(c.dep_ == "poss" for c in p.children) for p in others) or described


def _private_person(partner: Token, offset: int, index: ActorIndex, *, listed: bool = False) -> bool:
    """A name met or visited that stands for no state: a person or body the text ties to no
    country (`ActorIndex.unplaced_at`), named without a title ("visited Epstein", not "visited
    President X") and with no country in its phrase, nor anyone listed with it (unless `listed`: each
    of a list is asked, with no abbreviated honorific, "Mr. Aliyev" being a leader the text knows)."""
    if partner.pos_ != "PROPN" or (partner.conjuncts and not listed) or (listed and any(  # "Mr.", "Mrs.", "Dr."
            c.dep_ == "compound" and c.text.endswith(".") and 3 <= len(c.text) <= 4 for c in partner.children)) or any(
            c.dep_ in ("compound", "amod", "appos", "poss") and c.lemma_.lower() in _STATE_NOUNS | _TITLES
            for c in partner.children):
        return False
    start, end = offset + partner.idx, offset + partner.idx + len(partner)
    return (listed or index.unplaced_at(start, end)) and not phrase_sides(partner, offset, index, deep=True, venues=False)[0]


#: Titles that make a named person an official whatever country the text gives them: a state's
#: (`accords.gazetteer.offices`; "Prime Minister X" by "Minister", "Crown Prince X" by "Prince") and
#: the Pope's, which stays in the name ("Pope Francis", tests/gold), so no title head of the entities.
_TITLES = STATE_TITLES | {"pope"}


#: Verbs of a conversation whose partner may be a news medium ("spoke to the BBC"): an interview.
_SPEAKING = frozenset({"speak", "talk"})
#: Heads of a phrase that names a news medium or one of its programmes or staff.
_MEDIUM_HEADS = MEDIA_NOUNS | frozenset("programme program show network interviewer presenter correspondent".split())


def interviewed(token: Token) -> bool:
    """Whether a conversation verb's only partners are news media: "Pakistan's president was
    speaking to the BBC's evening news programme", "the minister spoke to Al Jazeera", "talked with
    the Iranian news agency IRNA". An interview is no consultation between states, and the
    outlet's country (the BBC's Britain, Al Jazeera's Qatar) no side of one; "spoke to his Turkish
    counterpart" names a state's official."""
    if token.lemma_.lower() not in _SPEAKING or token.pos_ not in ("VERB", "AUX"):
        return False
    partners = [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                for pobj in prep.children if pobj.dep_ == "pobj"]
    return bool(partners) and all(_medium(item) for partner in partners for item in (partner, *partner.conjuncts))


def _medium(phrase: Token) -> bool:
    """Whether a partner phrase names a news medium: its head is a word for one with an owner or
    a name in front ("the BBC's evening news programme", "the Iranian news agency"), or its name is
    a medium's ("CNN", `accords.gazetteer.media.names_medium`)."""
    if phrase.lemma_.lower() in _MEDIUM_HEADS and any(c.dep_ in ("poss", "compound") for c in phrase.children):
        return True  # a bare "the radio" or "the network" is too vague
    name = " ".join(t.text for t in phrase.subtree if (t.i <= phrase.i and t.pos_ == "PROPN") or t.i == phrase.i)
    return phrase.pos_ == "PROPN" and names_medium(name)


def site_visit(verb: Token, offset: int, index: ActorIndex) -> bool:
    """"Visited the border market": a visit to a site, not to a country or a counterpart;
    "Ireland hosted the largest number of American study abroad students": a host of people
    that are no counterpart and of no gathering, no visit."""
    if verb.lemma_ == "host" and verb.pos_ in ("VERB", "AUX"):
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is None or target.pos_ != "NOUN" or target.lemma_.lower() in _STATE_NOUNS | _GATHERINGS:
            return False
        if any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in _GATHERINGS)
               for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            return False  # "hosted the first day of the U.S.-Ukraine Defense Industrial Base Conference": a gathering's part
        return not index.sides_in(offset + target.idx, offset + target.idx + len(target))
    if verb.lemma_ != "visit":
        return False
    if verb.pos_ == "NOUN":  # "paid a visit to Iranian border territories"
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        target = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    else:
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None or target.pos_ != "NOUN" or target.lemma_.lower() in _STATE_NOUNS:
        return False
    return not index.sides_in(offset + target.idx, offset + target.idx + len(target))


def partners_only(noun: Token, offset: int, index: ActorIndex) -> bool:
    """A meeting noun "with" a list of partners ("trade talks with other partners, including
    Europe, Japan, Canada and Mexico"): the countries listed there met someone, not one another.
    The events stage drops such a meeting when it found no side besides them. One partner phrase
    that names two countries ("a meeting with Azerbaijan's Ambassador to Tehran") is no list, nor
    are people the parser ran into one ("a Tuesday meeting with Mustafayev, Iranian Industry,
    Mining and Trade Minister Mohammad Shariatmadari called for ...")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for partner in (g for g in prep.children if g.dep_ == "pobj"):
            listed = [partner] + [a for a in partner.children if a.dep_ == "appos"] + [
                g for c in partner.children if c.dep_ == "prep" and c.lower_ in _LISTING
                for g in c.children if g.dep_ == "pobj"
            ]
            for item in listed:
                kinds = [_kinds(t, offset, index) for t in (item, *item.conjuncts)]
                if len([k for k in kinds if k]) >= 2 and all(k <= _PLACES for k in kinds):
                    return True
    return False


def _kinds(token: Token, offset: int, index: ActorIndex) -> set[str]:
    """The entity types of the sides the token names (COUNTRY, PERSON, ...)."""
    return {type_ for _side, type_ in index.sides_in(offset + token.idx, offset + token.idx + len(token))}


#: Prepositions that list the members of a partner group ("partners, including Europe and Japan").
_LISTING = frozenset({"including", "like", "as"})
#: Entity types of the names of countries, regions and unions of states.
_PLACES = frozenset({"COUNTRY", "PLACE", "ORG"})
