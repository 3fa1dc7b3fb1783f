"""Joint works carried out, told without a trigger word of cooperation: COOPERATE.

The state press reports economic cooperation through what was done to a joint work, not with
"cooperate": "the Kazakhstan, Turkmenistan, and Iran (KTI) Railway Corridor was put into
operation", "Iran-Azerbaijan joint car manufacturing project launched in Neftchala", "the
minister attended the ground breaking ceremony for the construction of a railway bridge", "SK
E&C has teamed up with a Turkish firm", "the two countries set up a joint venture", "Iran and
Armenia use a barter system to exchange gas for electricity", "Turkey is in cooperation with
Iran working on a mechanism", "the two neighboring countries currently have 15 important joint
projects". The gold records joint projects under way, trade arrangements in
operation and joint ventures as `COOPERATE` (tests/gold/README). Each rule reads the syntax and a
closed class of words (works, ceremonies, bodies set up, goods exchanged); whether the sides are
two states is the sides rules' business (`accords.events.actors`), and one state alone is no
relation (`accords.stages.events`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from accords.gazetteer.countries import countries, country_by_alias
from accords.events import jointplans, supplies
from accords.events.routes import (
    CARRYING_NOUNS, FOUNDED_COOPERATION, FOUNDING_VERBS, GOODS as _GOODS, JOINT_WORDS, PURSUING_VERBS, ROUTES, SHIPMENTS,
    SHIPPING_VERBS, WORKS,
)
from accords.events.phrases import MODALS
from accords.events.triggers import CEREMONY_WORDS, JOINT_BODIES, RUNNING_WORDS, is_past

#: "Put / brought / came into <state>" (a state of `triggers.RUNNING_WORDS`): a work starts to run.
_STARTING_VERBS = frozenset({"put", "bring", "come"})
#: Verbs of a work started or opened, as a participle on the work ("project launched in ...").
_OPENING_VERBS = frozenset({"launch", "inaugurate", "commence", "open", "start"})
_ATTENDING_VERBS = frozenset({"attend", "hold", "participate", "witness"})
#: Nouns of working together: "in cooperation with Iran".
_COOPERATION = frozenset({"cooperation", "collaboration", "partnership", "coordination"})
#: Verbs of goods swapped between two sides, and the goods ("exchanged fire" swaps none).
_SWAP_VERBS = frozenset({"exchange", "swap", "barter"})


def joint_work(token: Token) -> bool:
    """Whether `token` reports a joint work carried out (module doc): a work put into
    operation, a work "launched" as a participle, a starting ceremony attended, a joint body
    set up, a partner teamed up with, goods swapped by sides named together, joint works the
    sides named together have, or a side that is "in cooperation with", or cooperating with, a
    named partner."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return (
        _put_into_operation(token) or _work_launched(token) or _ceremony(token) or _joint_body(token)
        or _teamed_up(token) or _swapped(token) or _in_cooperation(token) or _cooperating_with(token)
        or _shipped_through(token) is not None or _joint_works_held(token) or _joint_work_pursued(token)
        or _built_with_participants(token) or _joint_works_under_way(token) or supplies.arrangement(token)
    )


def work_phrase(verb: Token) -> Token | None:
    """The phrase that names the joint work a COOPERATE verb reports, when the countries in its
    name are sides: the passive subject of a work put into operation ("the Kazakhstan,
    Turkmenistan, and Iran railway corridor was put into operation"), or the corridor goods were
    sent through ("sent two cargoes to Uzbekistan through the Iran-Afghanistan-Uzbekistan
    corridor"). A corridor or railway named by its countries is a work of all of them; the
    parser's passive subject is no actor slot, so without this the sides came from the
    article's pair and lost one country of three."""
    through = _shipped_through(verb)
    if through is not None:
        return through
    if _joint_works_under_way(verb):
        # "joint projects between Iran and Armenia are under way": the sides are named in the subject
        return next(c for c in verb.children if c.dep_ == "nsubj")
    if verb.pos_ not in ("VERB", "AUX") or not (_put_into_operation(verb) or _opened(verb)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(t.lemma_.lower() in WORKS for t in subject.subtree):
        return None
    return subject


def countries_named(work: Token) -> list[str]:
    """The codes of the countries whose names name a work ("Kyrgyzstan-Tajikistan-Afghanistan-Iran
    (KTAI) corridor", "Kazakhstan, Turkmenistan, and Iran (KTI) Railway Corridor"), read from its
    words: the entity stage leaves a country named only inside a project's name out of the
    article's entities (`accords.stages.entities`), so the actor index no longer holds them."""
    found: list[str] = []
    for token in work.subtree:
        for piece in token.text.split("-"):
            hit = country_by_alias(piece)
            if hit is not None and hit[1] == "name" and hit[0] not in found:
                found.append(hit[0])
    return found


def _opened(verb: Token) -> bool:
    """"The corridor was launched / inaugurated / opened" (past passive)."""
    return verb.lemma_.lower() in _OPENING_VERBS and is_past(verb) and any(c.dep_ == "auxpass" for c in verb.children)


def _shipped_through(verb: Token) -> Token | None:
    """"Iran has sent two transit cargoes to Uzbekistan through a newly established
    Iran-Afghanistan-Uzbekistan corridor": goods sent (past) through a route named by two or more
    proper names; the route, or None. Goods sent "through Iran" or "via the port" name no joint
    route."""
    if verb.lemma_.lower() not in SHIPPING_VERBS or not is_past(verb):
        return None
    # the parser may read "two transit cargoes" as a clause of its own ("cargoes" a verb), with the
    # route hung on it: the goods and the route are looked for in the verb's clause
    clause = [t for t in verb.subtree if t.i > verb.i and t.dep_ not in ("relcl", "advcl")]
    if not any(t.lower_ in SHIPMENTS for t in clause):
        return None
    for prep in clause:
        if prep.dep_ != "prep" or prep.lower_ not in ("through", "via"):
            continue
        for route in prep.children:
            if route.dep_ == "pobj" and route.lemma_.lower() in ROUTES and sum(
                t.pos_ == "PROPN" for t in route.subtree if t.i < route.i
            ) >= 2:
                return route
    return None


def _put_into_operation(verb: Token) -> bool:
    """"Was put into operation", "came into service": a work starts to run (past)."""
    if verb.lemma_.lower() not in _STARTING_VERBS or not is_past(verb):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in RUNNING_WORDS for g in c.children) for c in verb.children)


def _work_launched(verb: Token) -> bool:
    """"Iran-Azerbaijan joint car manufacturing project launched in Neftchala on Saturday": a
    participle on a joint work (a headline or a caption that says what was opened)."""
    return (verb.lemma_.lower() in _OPENING_VERBS and verb.dep_ == "acl" and verb.tag_ == "VBN"
            and verb.head.lemma_.lower() in WORKS and _joint_marked(verb.head))


def _joint_marked(work: Token) -> bool:
    """A work named as joint, or by two names ("Iran-Azerbaijan ... project")."""
    before = [t for t in work.subtree if t.i < work.i]
    return any(t.lower_ in ("joint", "bilateral", "trilateral") for t in before) or sum(
        t.pos_ == "PROPN" for t in before) >= 2


def _ceremony(verb: Token) -> bool:
    """"Attended the ground breaking ceremony for the construction of a railway bridge": a
    ceremony that starts or opens a work, attended or held (past)."""
    if verb.lemma_.lower() not in _ATTENDING_VERBS or not is_past(verb):
        return False
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    held += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    for noun in held:
        if noun.lemma_.lower() != "ceremony":
            continue
        words = {t.lower_ for t in noun.subtree if t.i < noun.i}
        if words & (CEREMONY_WORDS - {"ground"}) or {"ground", "breaking"} <= words:
            return True
    return False


def _joint_body(verb: Token) -> bool:
    """"Set up / established / formed a joint venture": a joint body founded (past); so is
    cooperation itself ("cooperation was established with more than 20 Iranian companies", "the
    two countries established cooperation in ..."), not a partnership (often an upgrade of ties)."""
    if verb.lemma_.lower() not in FOUNDING_VERBS or not is_past(verb):
        return False
    if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in FOUNDED_COOPERATION or (
            c.lemma_.lower() in JOINT_BODIES
            and any(m.dep_ in ("amod", "compound") and m.lower_ == "joint" for m in c.children)))
        for c in verb.children
    )


#: Auxiliaries of joint works not held now ("will have", "could have", "do they have?").
_NOT_HELD = MODALS | {"do", "does", "did", "to"}


def _joint_works_held(verb: Token) -> bool:
    """"The two neighboring countries currently have 15 important joint projects": joint works
    (projects, ventures, companies) the sides named together have, in the present. Not "will
    have", "can have", a question ("Does the Republic of Azerbaijan have joint projects with
    Iran?": one side, and "does"), nor a negation."""
    if verb.lemma_.lower() != "have" or verb.tag_ not in ("VBP", "VBZ") or verb.dep_ in ("aux", "auxpass"):
        return False
    if any((c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_HELD) or c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not jointplans.joint_subject(subject):
        return False
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in WORKS and any(m.dep_ == "amod" and m.lower_ == "joint" for m in c.children)
        for c in verb.children
    )


def _teamed_up(verb: Token) -> bool:
    """"Has teamed up with a Turkish firm": a partner joined for a work."""
    children = list(verb.children)
    return verb.lemma_.lower() == "team" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in children)


def _swapped(verb: Token) -> bool:
    """"Iran and Armenia use a barter system to exchange gas for electricity": goods swapped by
    sides named together (the verb's subject, or that of the verb it completes); not "exchanged
    views"."""
    if verb.lemma_.lower() in _USING_VERBS:  # "use a barter system to exchange": the use is the report
        swaps = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _infinitive(c) and _swaps_goods(c)]
    elif verb.lemma_.lower() in _SWAP_VERBS and not _infinitive(verb) and _swaps_goods(verb):
        swaps = [verb]
    else:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return bool(swaps) and subject is not None and jointplans.joint_subject(subject)


#: Verbs whose purpose infinitive tells what is done with the means used.
_USING_VERBS = frozenset({"use", "employ"})


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _swaps_goods(verb: Token) -> bool:
    if verb.lemma_.lower() not in _SWAP_VERBS:
        return False
    goods = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(g.lemma_.lower() in _GOODS or g.lower_ in _GOODS for g in goods)  # not "exchanged fire", "views"


def cooperation_partner(verb: Token) -> Token | None:
    """The partner of a side that "is in cooperation with" it ("Turkey is in cooperation *with
    Iran* working on a mechanism"), or None. The parser hangs the partner on "cooperation",
    not on the verb, so the sides rules (`accords.events.actors`) do not reach it, and the event
    had only the subject's side."""
    if not _in_cooperation(verb):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _COOPERATION:
                    for with_ in noun.children:
                        if with_.dep_ == "prep" and with_.lower_ == "with" and _named(with_):
                            return next(g for g in with_.children if g.dep_ == "pobj")
    return None


def _in_cooperation(verb: Token) -> bool:
    """"Turkey is in cooperation with Iran working on a mechanism": a side that "is" in
    cooperation with a partner named by a proper name; not "in cooperation with international
    partners" (no one named), nor an event held "in collaboration with" its co-organiser ("was
    held by Azerbaijan's Energy Ministry in collaboration with SOCAR": a domestic partner as
    often as a foreign one)."""
    if verb.lemma_ != "be" or verb.dep_ in ("aux", "auxpass"):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _COOPERATION and any(
                w.dep_ == "prep" and w.lower_ == "with" and _named(w) for w in noun.children
            ):
                return True
    return False


_COOPERATING = frozenset({"cooperate", "collaborate", "work"})


def _cooperating_with(verb: Token) -> bool:
    """"Iran is cooperating with Turkey in the operation", "has cooperated with Russia on ...",
    "Tehran is working with Ankara to return ...", "Russia is working closely with Iran, Turkey
    and the UN": cooperation under way or done with a partner named by a proper name; not the
    general present ("Iran cooperates with Russia in many fields"), nor a plan ("will cooperate
    with", "will work with": `accords.events.joint`), nor "with domestic companies" (no one
    named), nor "working out the details with" (a negotiation, no work under way)."""
    if verb.lemma_.lower() not in _COOPERATING or not is_past(verb):
        return False
    if any(c.dep_ in ("prt", "neg") for c in verb.children):
        return False
    # "working with" names its partner as a place or people ("with Ankara", "with Iran, Turkey and
    # the UN"): "is working with peer Development Finance Institutions including Proparco" names no state
    named = _named_state if verb.lemma_.lower() == "work" else _named
    return any(c.dep_ == "prep" and c.lower_ == "with" and named(c) for c in verb.children)


def _named_state(prep: Token) -> bool:
    """A "with" phrase whose words name a country or its capital ("with Ankara", "with Iran, Turkey
    and the UN", "with the United States")."""
    for g in prep.children:
        if g.dep_ == "pobj":
            words = f" {' '.join(t.lower_ for t in g.subtree)} "
            if any(f" {name} " in words for name in _state_words()):
                return True
    return False


def _named(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP") for t in (g, *g.conjuncts))
               for g in prep.children)



def _joint_work_pursued(verb: Token) -> bool:
    """"We are pursuing a joint dam construction project", "the sides have implemented joint
    projects": a work named as joint (`JOINT_WORDS`) carried out now or done (progressive,
    perfect or past; "carry" only as "carry out"). Not a plan ("will build a joint bridge": a
    joint plan, `accords.events.jointplans`), nor a work of one side ("Iran is pursuing a
    project")."""
    lemma = verb.lemma_.lower()
    if lemma not in PURSUING_VERBS or not is_past(verb) or (verb.tag_ == "VBN" and verb.dep_ in ("amod", "acl")):
        return False
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WORKS and _named_joint(c) for c in verb.children)


#: Nouns of taking part in a work ("with the participation of Iran and Azerbaijan").
_PARTICIPATION = frozenset({"participation", "involvement", "cooperation", "collaboration", "partnership"})


def _built_with_participants(verb: Token) -> bool:
    """"The Khudafarin hydroelectric power plant is being built with the participation of Iran
    and Azerbaijan", "the railway was constructed with the involvement of Russian companies": a
    work (`WORKS`) carried out now or done, in the passive, "with the participation of" a side
    named by a proper name or a country word. Not a plan ("will be built with ...": not past),
    nor a negation; whether the participants are two states is the sides rules' business."""
    if verb.lemma_.lower() not in PURSUING_VERBS or not is_past(verb) or verb.dep_ in ("amod", "acl"):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in WORKS for c in verb.children):
        return False
    for with_ in verb.children:
        if with_.dep_ != "prep" or with_.lower_ != "with":
            continue
        for noun in with_.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _PARTICIPATION and any(
                    of.dep_ == "prep" and of.lower_ == "of" and _named(of) for of in noun.children):
                return True
    return False


#: Words of a work being carried out as the text is written ("are underway", "is ongoing").
_UNDER_WAY = frozenset({"underway", "ongoing"})


def _joint_works_under_way(verb: Token) -> bool:
    """"Joint projects between Iran and Armenia are under way in the energy sector", "several
    joint projects of Iran and Azerbaijan are currently underway": a work named as joint or by
    two countries (`_named_joint`, `_two_countries`) that "is" under way. Not a plan or a
    possibility ("will be underway": a modal), nor a negation, nor a work of one side ("a
    project is underway in Iran")."""
    if verb.lemma_ != "be" or verb.dep_ in ("aux", "auxpass") or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in WORKS and (_named_joint(c) or _two_countries(c))
               for c in verb.children):
        return False
    return any(
        (c.dep_ in ("acomp", "advmod") and c.lower_ in _UNDER_WAY)
        or (c.dep_ == "prep" and c.lower_ == "under" and any(g.dep_ == "pobj" and g.lower_ == "way" for g in c.children))
        for c in verb.children
    )


def _named_joint(work: Token) -> bool:
    """A work named as joint: "a joint dam construction project", "bilateral projects"."""
    return any(t.lower_ in JOINT_WORDS for t in work.subtree if t.i < work.i)


#: Words above the noun that make the work a plan, a wish or a topic rather than a work under
#: way: "agreed to complete the construction of", "the need for the implementation of", "called
#: for the implementation of", "discussed the construction of".
_NOT_UNDER_WAY = frozenset(
    """agree plan decide intend need necessity call urge stress emphasize emphasise underline insist demand
    discuss negotiate talk review examine study consider propose expect hope wish seek aim want ask request""".split()
)


def work_under_way(noun: Token) -> bool:
    """Whether a noun of carrying out (`CARRYING_NOUNS`) reports a joint work under way: its
    "of" phrase names a work (`WORKS`) that is named as joint or by two countries ("the third
    Iran-Armenia power transmission line"), and nothing above it makes it a plan, a need, a call
    or a topic discussed (`_NOT_UNDER_WAY`, a future or modal verb). The gold records joint
    projects under way as `COOPERATE` (tests/gold/README)."""
    if noun.lemma_.lower() not in CARRYING_NOUNS or noun.pos_ != "NOUN":
        return False
    works = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # "the implementation of the project of the ... line": the project's own "of" phrase names the work
    works += [g for w in works if w.lemma_.lower() in ("project", "projects") for c in w.children
              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not any(w.lemma_.lower() in WORKS and (_named_joint(w) or _two_countries(w)) for w in works):
        return False
    for above in noun.ancestors:
        if above.lemma_.lower() in _NOT_UNDER_WAY or above.lower_ in MODALS:
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in above.children):
            return False
    return True


def _two_countries(work: Token) -> bool:
    """A work named by two countries: "the Iran-Armenia power transmission line"."""
    named = {t.lower_ for t in work.subtree if t.i < work.i and t.pos_ in ("PROPN", "ADJ")}
    return len(named & _country_words()) >= 2


@functools.cache
def _state_words() -> frozenset[str]:
    """Names and capitals of countries, lower-cased ("iran", "ankara", "united states")."""
    return frozenset(name.lower() for country in countries() for name in (*country.names, *country.capitals))


@functools.cache
def _country_words() -> frozenset[str]:
    return frozenset(name.lower() for country in countries() for name in (*country.names, *country.demonyms)
                     if " " not in name)
