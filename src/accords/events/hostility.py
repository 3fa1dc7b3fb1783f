"""Hostile trigger words that report no hostile act: warnings of a danger, figurative seizing,
threats by circumstances, deaths by disaster, and hostile acts only intended, imagined or denied.

PLOVER's THREATEN is a side saying it will act against another. News uses "warn" far more
often for a forecast: "analysts warn that overcapacity could hit exports", "a charity has
warned that millions will lose their jobs", "Azerbaijan warned that the opening of the border
could cause instability". Such a warning threatens no one; a warning is a threat only when it
names what the warner's side will do ("warned the two sides that the Islamic Republic will
take stronger measures", "warned they will face severe consequences"), a consequence
("warned Turkey not to interfere or face retaliation", "warned of retaliation"), or the one
warned off an act ("warned Turkey not to interfere", "warn the Houthis against further
attacks"). Likewise "the skirmishes threaten both countries' interests" is a danger, no threat
made: a thing, not a side, threatens.

"America will seize this opportunity" and "measures to arrest the decline" seize and arrest
nothing: no COERCE. "The earthquake killed 300 people", "were killed in floods" and "the
helicopter crashed, killing two soldiers" are deaths no side caused: no ASSAULT.

A one-sided hostile act that a clause only intends, imagines or denies ("deals are sought to
allow the UK to deport suspects", "arms that China could use to threaten Taiwan", "terrorists
do not need to attack") happened to no one: an analyst records the threat or the demand that
carries it (its own trigger), not the act. The gold of no outlet records such an act.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.nonstate import private_violence
from accords.events.phrases import subject_of
from accords.events.violence import FIGHTERS

#: What a warning or threat says will befall the one warned: its consequence.
CONSEQUENCES = frozenset(
    """consequence consequences retaliation retaliate reprisal reprisals response respond punishment punish
    measure measures action actions sanction sanctions tariff tariffs price force strike strikes""".split()
)
#: Modals of what will be done (not "could", "may", "might": a possibility is a forecast).
_WILL = frozenset({"will", "would", "'ll", "'d", "shall", "wo"})
#: Pronouns a warner names itself or the one warned by ("it will respond", "they will face").
_PERSONAL = frozenset("i we you he she it they".split())
#: Objects of "seize" and "arrest" that are no one held and nothing taken.
_FIGURATIVE_OBJECTS = frozenset(
    """opportunity opportunities chance chances moment occasion initiative momentum advantage day
    decline slide fall drop trend spread rise""".split()
)
#: What kills by nature or mishap, not by anyone's force: "the earthquake killed 300 people".
_NATURAL_CAUSES = frozenset(
    """earthquake quake flood floods flooding storm storms hurricane typhoon cyclone tornado tsunami wildfire
    wildfires fire fires blaze avalanche landslide landslides mudslide lightning drought famine heatwave heat cold
    crash crashes accident accidents collision derailment disease diseases virus outbreak pandemic epidemic
    illness cancer disaster""".split()
)
#: Common nouns that name a state's body or an armed group, which can threaten.
_AGENTS = FIGHTERS | frozenset(
    """government governments regime administration ministry president leader leaders minister official officials
    authorities military navy state country countries group groups side sides movement party""".split()
)
#: Hostile one-sided acts (and threats) that are events only when they happen or are made.
UNREALISED_TYPES = frozenset({"THREATEN", "COERCE", "ASSAULT", "PROTEST", "ACCUSE", "MOBILIZE"})
#: Acts aimed at a side: with no side named as the one who acts ("The president also criticized the U.S."), the
#: side aimed at stays the recipient and the act has no actor (`accords.stages.events`), not the target made its doer.
TARGETED_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT"})
#: Statuses of an act that did not happen: intended, imagined or conditional, denied.
UNREALISED_STATUSES = frozenset({"intended", "hypothetical", "denied"})


def not_hostile(token: Token, type_: str) -> bool:
    """Whether a THREATEN, COERCE, ASSAULT or PROTEST trigger reports no hostile act: a warning
    of a danger, a danger that threatens, a figurative seizing, a death by nature, a state's
    protest to no one, violence of a private person (`nonstate.private_violence`)."""
    lemma = token.lemma_.lower()
    if type_ in ("ASSAULT", "COERCE") and private_violence(token):
        return True  # "a 17-year-old girl from Reynosa, Mexico ... killed her": crime news
    if type_ == "THREATEN" and lemma == "warn" and token.pos_ in ("VERB", "AUX"):
        return not _warns_of_action(token)
    if type_ == "THREATEN" and lemma == "threaten" and token.pos_ in ("VERB", "AUX"):
        return _threat_by_circumstance(token)
    if type_ == "ASSAULT" and lemma == "kill" and token.pos_ in ("VERB", "AUX"):
        return _killed_by_nature(token)
    if type_ == "PROTEST" and lemma == "rally" and token.pos_ in ("VERB", "AUX"):
        return not _crowd(subject_of(token))  # a player "rallied" after a lost set, "the dollar rallied": no protest
    if type_ == "PROTEST" and lemma == "protest" and token.pos_ in ("VERB", "AUX"):
        return _protest_of_a_state(token)
    if type_ == "COERCE" and _captives(token):
        return True
    if type_ == "COERCE" and lemma in ("seize", "arrest"):
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _FIGURATIVE_OBJECTS for c in token.children)
    return False


def _captives(token: Token) -> bool:
    """Whether a past participle with no auxiliary only describes captives, naming no captor:
    "Americans held hostage or wrongfully detained abroad" (the parser may conjoin the participle
    to a verb of its own, with no auxiliary either); not "were detained by Turkish police",
    "has detained", "arrested and detained two", nor a headline's "Iranians detained in Turkey"."""
    if token.tag_ != "VBN" or token.dep_ not in ("acl", "amod", "conj") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj") for c in token.children):
        return False
    verb = token
    for _ in range(4):
        if verb.dep_ != "conj":
            return True
        verb = verb.head
        if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
            return False
        if verb.lemma_.lower() == "hold" and any(c.dep_ == "dobj" and c.lower_ == "hostage" for c in verb.children):
            return True  # "held hostage or wrongfully detained": "held hostage" is a participle, whatever the parse
    return False


def unrealised(type_: str, status: str, token: Token) -> bool:
    """Whether an event of this type and status is a hostile act that did not happen. A protest
    named as what an act was done for ("began a hunger strike *to protest* the decision",
    "shunned work to protest") happened with that act, unless the act is itself a plan or a wish
    ("plans to protest", "threatened to protest")."""
    if type_ == "PROTEST" and status == "intended" and _purpose_of_act(token):
        return False
    return type_ in UNREALISED_TYPES and status in UNREALISED_STATUSES


#: Verbs whose infinitive is only planned, wished or threatened.
_PLANNING = frozenset("plan intend want wish seek hope threaten vow pledge promise aim prepare decide call urge".split())


def _purpose_of_act(token: Token) -> bool:
    return token.dep_ in ("advcl", "xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and (
        token.head.lemma_.lower() not in _PLANNING and not any(c.dep_ == "aux" and c.lower_ in _WILL for c in token.head.children)
    )


def _crowd(subject: Token | None) -> bool:
    """Whether the one who rallies is a crowd: people in the plural ("thousands", "supporters",
    "Iranians"), a number of them, or "they"/"we"; not one person or a thing ("the dollar")."""
    if subject is None:
        return False
    return subject.tag_ in ("NNS", "NNPS") or subject.pos_ == "NUM" or subject.lower_ in ("they", "we") or any(
        c.dep_ == "conj" for c in subject.children)


def _warns_of_action(verb: Token) -> bool:
    """Whether "warn" names an act of the warner's side, a consequence, or the one warned off."""
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl", "conj")]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
        complements.append(verb.head)  # "Millions will lose their jobs, a charity has warned"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "against")):
        if any(_consequence(w) for w in prep.subtree):
            return True  # "warned of retaliation"
    if any(_consequence(w) for phrase in complements for w in phrase.subtree):
        return True  # "warned Turkey not to interfere or face retaliation"
    warned = [c for c in verb.children if c.dep_ in ("dobj", "iobj")]
    if warned and (
        any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
        or any(c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children) for c in verb.children)
    ):
        return True  # "warn the Houthis against further attacks", "warned Turkey not to interfere"
    return any(_will_act(phrase) for phrase in complements)


def _consequence(word: Token) -> bool:
    """A consequence befalling someone: done or faced ("face retaliation", "met with a response"),
    not what happens by itself ("adverse consequences may occur")."""
    return word.lemma_.lower() in CONSEQUENCES and word.dep_ not in ("nsubj", "nsubjpass")


def _will_act(clause: Token) -> bool:
    """A clause that says a named side or a person will act: a modal of will and a subject that
    is a pronoun or a name ("the Islamic Republic will take", "they will face"), not a thing
    ("any Egyptian deployment would hamper efforts")."""
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in _PERSONAL or s.pos_ == "PROPN" for s in subjects)


#: Verbs of a mishap whose participle clause tells what it did ("the helicopter crashed in
#: Afghanistan, *killing* two soldiers"): no one's force killed.
_MISHAPS = frozenset("crash collapse capsize derail sink overturn plunge topple burn".split())


def _killed_by_nature(verb: Token) -> bool:
    """"The earthquake killed 300 people", "were killed in floods", "killed by a virus", "the
    helicopter crashed, killing two soldiers", "a storm hit the coast, killing 12": a disaster or
    an accident kills, no side attacks."""
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        head = verb.head
        if head.lemma_.lower() in _MISHAPS or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _NATURAL_CAUSES for c in head.children
        ):
            return True
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    agents += [p for a in verb.children if a.dep_ == "prep" and a.lower_ in ("in", "by") for p in a.children
               if p.dep_ == "pobj" and not agents]
    return any(a.lemma_.lower() in _NATURAL_CAUSES for a in agents)


#: Common nouns of a state's voice ("the government protested", "the ministry protested").
_STATE_VOICES = frozenset("government ministry embassy administration president minister spokesman spokeswoman "
                          "spokesperson foreign office".split())


def _protest_of_a_state(verb: Token) -> bool:
    """"Turkey protested", "the government protested strongly": a state's protest that names
    neither whom it is made to nor what it protests is no street protest of one side (the gold
    records those: "teachers protested", "Palestinians protested against the decision"), and no
    act between two; "Vietnam protested to Beijing" and "Bolivia protested the decision" stay."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.tag_ == "NNP" or subject.lemma_.lower() in _STATE_VOICES):
        return False
    return not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)


def _threat_by_circumstance(verb: Token) -> bool:
    """"The skirmishes between Armenia and Azerbaijan threaten regional stability": a common noun
    threatens something, and no act is threatened ("threatened to fire"). The noun is no side
    when it is no state body or fighter (`_AGENTS`) and no name or nationality qualifies it
    ("the Turkish government", "Iran's navy"); the states inside its prepositional phrase are
    what it is about."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.lemma_.lower() not in _AGENTS and s.lower_ not in _AGENTS and not any(
            c.dep_ in ("amod", "compound", "poss") and (c.pos_ == "PROPN" or c.is_title) for c in s.children)
        for s in subjects
    )
