"""The trigger lexicon: which words start a PLOVER event, of which type and mode.

A trigger is a verb, noun or adjective lemma. Some lemmas only count with a fitting object
("hold" talks, "reach" an agreement, "express" support); some only with a cooperative
complement ("interest *in cooperating*", "intend *to build*"), which keeps vague sentiment
("I hope that number keeps growing") out. The lexicon is data; `match_token` applies it
to one token of a dependency parse.

The lexicon doubles as the cheap scan (`may_trigger`): a sentence in which no word could
trigger an event is never parsed.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accords.events.wishes import general_wish


@dataclass(frozen=True)
class TriggerSpec:
    """How one lemma triggers an event.

    `objects`: when set, the trigger needs one of these lemmas as its object (direct object,
    passive subject, or the object of a preposition attached to it); `intention`: the event is
    a stated intention (AGREE, status intended) and needs a cooperative complement;
    `needs_past`: the event is only reported when the verb is past or perfect (keeps
    "the two countries cooperate in many fields" out).
    """

    type: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()
    intention: bool = False
    needs_past: bool = False


#: The PLOVER 2018 names merged into POLECAT's, which docs/gold-format.md uses: criticism is
#: ACCUSE, demands are REQUEST.
POLECAT_NAMES = {"DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}


def _spec(type_: str, mode: str | None = None, objects: str = "", **kwargs: bool) -> TriggerSpec:
    return TriggerSpec(POLECAT_NAMES.get(type_, type_), mode, frozenset(objects.split()), **kwargs)


#: Documents whose signing is a SUPPORT event (also the `document_kind` values).
DOCUMENT_KINDS = {
    "roadmap": "roadmap", "road": "roadmap", "memorandum": "memorandum", "mou": "memorandum",
    "agreement": "agreement", "accord": "agreement", "deal": "agreement", "declaration": "declaration",
    "protocol": "protocol", "contract": "contract", "treaty": "treaty", "convention": "convention",
    "charter": "charter", "document": None, "statement": "declaration", "communique": "declaration",
    "plan": "plan", "programme": "programme", "program": "programme", "letter": "letter",
}
_DOCS = " ".join(DOCUMENT_KINDS)
_MEETINGS = (
    "talks talk meeting meetings negotiation negotiations consultation consultations discussion discussions session "
    "summit conversation call forum conference"
)
_AID_OBJECTS = (
    "aid assistance grant grants loan loans credit credits donation donations medicine medicines "
    "medication vaccine vaccines food relief supplies equipment arms weapon weapons asylum shelter fund funds"
)
#: What is given as aid (`accords.events.nonevents`: "grant" of anything else is no AID).
AID_OBJECT_WORDS = frozenset(_AID_OBJECTS.split())

#: What a side reaffirms, reiterates or voices when it backs another ("their support for Ukraine").
_BACKING = "support solidarity backing commitment relationship relations ties partnership alliance friendship"
#: Verbs that back a partner only when what they restate names it (`accords.stages.events`).
BACKING_VERBS = frozenset("reaffirm reiterate renew voice affirm underscore".split())
#: Verbs that back another side only when what they back names one (`accords.stages.events`):
#: "welcomed Turkiye's approval", not "the dollar was supported by data".
ENDORSING_VERBS = frozenset("support welcome praise commend endorse defend".split())

#: Joint works whose launch or commencement is cooperation carried out.
_PROJECTS = (
    " project projects construction corridor railway pipeline bridge plant factory line"
    " operation operations"
)

#: Ties and exchanges whose suspension or severing is a sanction.
_TIES = "ties relation relations cooperation aid assistance talks flights trade imports exports membership"
#: Restrictions whose lifting or easing is a concession.
_RESTRICTIONS = (
    "ban bans curfew sanction sanctions embargo restriction restrictions emergency blockade siege "
    "measures measure limits limit tariff tariffs duty duties levy levies"
)

#: Nouns of a measure one side imposes on another (`accords.events.measures`).
MEASURE_NOUNS = frozenset("sanction sanctions tariff tariffs duty duties embargo embargoes levy levies".split())

#: Verb lemmas; the first spec whose object constraint is met wins.
VERBS: dict[str, tuple[TriggerSpec, ...]] = {
    # CONSULT
    "meet": (_spec("CONSULT"),),
    "visit": (_spec("CONSULT", "visit"),),
    "host": (_spec("CONSULT", "visit"),),
    "receive": (_spec("CONSULT", "visit", "delegation minister president ambassador envoy counterpart official prime"),),
    "hold": (_spec("CONSULT", None, _MEETINGS),),
    "have": (_spec("CONSULT", None, "talks meeting conversation call consultations"),),
    "discuss": (_spec("CONSULT"),),
    "negotiate": (_spec("CONSULT"),),
    "telephone": (_spec("CONSULT", "phone"),),
    "phone": (_spec("CONSULT", "phone"),),
    "speak": (_spec("CONSULT", "phone", "phone telephone"),),  # "spoke by phone", "over the telephone"
    "talk": (_spec("CONSULT", "phone", "phone telephone"),),
    "confer": (_spec("CONSULT"),),
    "mediate": (_spec("CONSULT", "third-party"),),
    "travel": (_spec("CONSULT", "visit"),),
    # SUPPORT
    "sign": (_spec("SUPPORT", "sign"),),
    "ink": (_spec("SUPPORT", "sign", _DOCS),),
    "ratify": (_spec("SUPPORT", "ratify"),),
    "finalise": (_spec("SUPPORT", "sign", _DOCS),),
    "finalize": (_spec("SUPPORT", "sign", _DOCS),),
    "conclude": (_spec("SUPPORT", "sign", _DOCS),),
    "endorse": (_spec("SUPPORT"),),
    "support": (_spec("SUPPORT"),),
    "welcome": (_spec("SUPPORT"),),
    "praise": (_spec("SUPPORT"),),
    "commend": (_spec("SUPPORT"),),
    "defend": (_spec("SUPPORT"),),
    "apologize": (_spec("SUPPORT"),),
    "apologise": (_spec("SUPPORT"),),
    "express": (_spec("SUPPORT", None, "support solidarity backing"),),
    # "reaffirmed their support for Ukraine", "reiterated their solidarity with ..."
    "reaffirm": (_spec("SUPPORT", None, _BACKING),),
    "reiterate": (_spec("SUPPORT", None, _BACKING),),
    "renew": (_spec("SUPPORT", None, _BACKING),),
    "voice": (_spec("SUPPORT", None, _BACKING),),
    "affirm": (_spec("SUPPORT", None, _BACKING),),
    "underscore": (_spec("SUPPORT", None, _BACKING),),
    "establish": (_spec("SUPPORT", None, "ties relation relations"),),
    "upgrade": (_spec("SUPPORT", None, "ties relation relations"),),
    # AGREE
    "agree": (_spec("AGREE"),),
    "reach": (_spec("AGREE", None, "agreement consensus understanding deal accord"),),
    "enter": (_spec("AGREE", None, "agreement deal accord contract treaty partnership"),),
    "accept": (_spec("AGREE", None, "proposal offer plan invitation formula deal terms"),),
    "offer": (_spec("AGREE"),),
    "promise": (_spec("AGREE"),),
    "pledge": (_spec("AGREE"),),
    "invite": (_spec("AGREE"),),
    "propose": (_spec("AGREE"),),
    "set": (_spec("AGREE", None, "goal target task"),),
    "intend": (_spec("AGREE", intention=True),),
    "plan": (_spec("AGREE", intention=True),),
    "aim": (_spec("AGREE", intention=True),),
    "seek": (_spec("AGREE", intention=True),),
    "look": (_spec("AGREE", intention=True),),
    "want": (_spec("AGREE", intention=True),),
    "wish": (_spec("AGREE", intention=True),),
    # COOPERATE (only what was carried out: past or perfect)
    "coordinate": (_spec("COOPERATE", needs_past=True),),
    "complete": (_spec("COOPERATE", None, "project projects construction", needs_past=True),),
    "implement": (_spec("COOPERATE", None, "project projects", needs_past=True),),
    "share": (_spec("COOPERATE", None, "intelligence expertise evidence information experience", needs_past=True),),
    "extradite": (_spec("COOPERATE"),),
    "launch": (_spec("COOPERATE", None, "exercise exercises drill drills games" + _PROJECTS, needs_past=True),
               _spec("ASSAULT", None, "attack attacks offensive raid raids assault strike strikes bombing"),
               _spec("CONSULT", "third-party", "mediation")),
    "commence": (_spec("COOPERATE", None, _PROJECTS, needs_past=True),),
    "inaugurate": (_spec("COOPERATE", None, _PROJECTS, needs_past=True),),
    "work": (_spec("COOPERATE", None, _PROJECTS, needs_past=True),),
    # AID
    "grant": (_spec("AID"),),
    "donate": (_spec("AID"),),
    "provide": (_spec("AID", None, _AID_OBJECTS),),
    "give": (_spec("AID", None, _AID_OBJECTS), _spec("CONSULT", "visit", "welcome reception")),
    "undertake": (_spec("CONSULT", "third-party", "mediation"), _spec("CONSULT", "visit", "visit trip tour")),
    "send": (_spec("AID", None, _AID_OBJECTS),),
    "deliver": (_spec("AID", None, _AID_OBJECTS),),
    "allocate": (_spec("AID", None, _AID_OBJECTS),),
    "extend": (_spec("AID", None, "aid assistance loan loans credit credits"),),
    "hand": (_spec("AID", None, _AID_OBJECTS),),
    # "announced an additional $800 million in security assistance to Ukraine": only with an amount
    "announce": (_spec("AID", None, _AID_OBJECTS + " support funding financing"),),
    # conflictual (PLOVER): verbs that are events whoever the sides are; ambiguous ones need an object
    "accuse": (_spec("ACCUSE"),),
    "blame": (_spec("ACCUSE"),),
    "allege": (_spec("ACCUSE"),),
    "condemn": (_spec("DISAPPROVE"),),
    "criticize": (_spec("DISAPPROVE"),),
    "criticise": (_spec("DISAPPROVE"),),
    "denounce": (_spec("DISAPPROVE"),),
    "deplore": (_spec("DISAPPROVE"),),
    "decry": (_spec("DISAPPROVE"),),
    "censure": (_spec("DISAPPROVE"),),
    "rebuke": (_spec("DISAPPROVE"),),
    "slam": (_spec("DISAPPROVE"),),
    "lambaste": (_spec("DISAPPROVE"),),
    "complain": (_spec("DISAPPROVE"),),
    "sue": (_spec("DISAPPROVE"),),
    "indict": (_spec("DISAPPROVE"),),
    "lodge": (_spec("DISAPPROVE", None, "protest protests complaint complaints objection"),),
    "summon": (_spec("DISAPPROVE", None, "ambassador envoy diplomat charge chargé"),),
    "reject": (_spec("REJECT"),),
    "refuse": (_spec("REJECT"),),
    "veto": (_spec("REJECT"),),
    "oppose": (_spec("REJECT"),),
    "rebuff": (_spec("REJECT"),),
    "deny": (_spec("REJECT", None, "allegation allegations claim claims report reports charge charges accusation "
                                   "accusations request requests access entry visa visas permission involvement"),),
    "dismiss": (_spec("REJECT", None, "allegation allegations claim claims report reports charge charges accusation "
                                      "accusations proposal demand demands call calls"),),
    "threaten": (_spec("THREATEN"),),
    "warn": (_spec("THREATEN"),),
    "issue": (_spec("THREATEN", None, "warning warnings ultimatum threat threats"),
              _spec("DEMAND", None, "demand demands call appeal reminder declaration")),
    "sanction": (_spec("SANCTION"),),
    "impose": (_spec("SANCTION", None, "sanction sanctions embargo ban tariffs tariff penalty penalties"),),
    "expel": (_spec("SANCTION"),),
    "boycott": (_spec("SANCTION"),),
    "embargo": (_spec("SANCTION"),),
    "suspend": (_spec("SANCTION", None, _TIES),),
    "sever": (_spec("SANCTION", None, _TIES),),
    "cut": (_spec("SANCTION", None, "ties relations aid assistance"),),
    "freeze": (_spec("SANCTION", None, "asset assets account accounts aid fund funds"),),
    "recall": (_spec("SANCTION", None, "ambassador envoy diplomat diplomats"),),
    "protest": (_spec("PROTEST"),),
    "demonstrate": (_spec("PROTEST"),),
    "rally": (_spec("PROTEST"),),
    "march": (_spec("PROTEST"),),
    "picket": (_spec("PROTEST"),),
    "stage": (_spec("PROTEST", None, "protest protests demonstration demonstrations rally rallies strike strikes "
                                     "march marches sit-in walkout"),),
    "demand": (_spec("DEMAND"),),
    "insist": (_spec("DEMAND"),),
    "pressure": (_spec("DEMAND"),),
    "pressurize": (_spec("DEMAND"),),
    "order": (_spec("DEMAND", None, "withdrawal release return removal evacuation halt end closure arrest"),),
    "urge": (_spec("REQUEST"),),
    "request": (_spec("REQUEST"),),
    "appeal": (_spec("REQUEST"),),
    "petition": (_spec("REQUEST"),),
    "attack": (_spec("ASSAULT"),),
    "bomb": (_spec("ASSAULT"),),
    "shell": (_spec("ASSAULT"),),
    "kill": (_spec("ASSAULT"),),
    "assassinate": (_spec("ASSAULT"),),
    "kidnap": (_spec("ASSAULT"),),
    "abduct": (_spec("ASSAULT"),),
    "massacre": (_spec("ASSAULT"),),
    "torture": (_spec("ASSAULT"),),
    "ambush": (_spec("ASSAULT"),),
    "behead": (_spec("ASSAULT"),),
    "carry": (_spec("ASSAULT", None, "attack attacks raid raids bombing bombings assault assaults strike strikes"),),
    "deploy": (_spec("MOBILIZE"),),
    "mobilize": (_spec("MOBILIZE"),),
    "mobilise": (_spec("MOBILIZE"),),
    "mass": (_spec("MOBILIZE", None, "troops forces soldiers tanks"),),
    "arrest": (_spec("COERCE"),),
    "detain": (_spec("COERCE"),),
    "jail": (_spec("COERCE"),),
    "imprison": (_spec("COERCE"),),
    "deport": (_spec("COERCE"),),
    "seize": (_spec("COERCE"),),
    "confiscate": (_spec("COERCE"),),
    "raid": (_spec("COERCE"),),
    "censor": (_spec("COERCE"),),
    "withdraw": (_spec("RETREAT"),),
    "retreat": (_spec("RETREAT"),),
    "resign": (_spec("RETREAT"),),
    "surrender": (_spec("RETREAT"),),
    "demobilize": (_spec("RETREAT"),),
    "disarm": (_spec("RETREAT"),),
    "evacuate": (_spec("RETREAT", None, "settlement settlements base bases troops forces position positions"),),
    "declare": (_spec("RETREAT", None, "ceasefire cease-fire truce"),),
    "release": (_spec("CONCEDE"),),
    "free": (_spec("CONCEDE", None, "prisoner prisoners hostage hostages detainee detainees"),),
    "pardon": (_spec("CONCEDE"),),
    "concede": (_spec("CONCEDE"),),
    "lift": (_spec("CONCEDE", None, _RESTRICTIONS),),
    "ease": (_spec("CONCEDE", None, _RESTRICTIONS),),
    "relax": (_spec("CONCEDE", None, _RESTRICTIONS),),
    "shorten": (_spec("CONCEDE", None, _RESTRICTIONS),),
    "cancel": (_spec("CONCEDE", None, _RESTRICTIONS),),
    "remove": (_spec("CONCEDE", None, _RESTRICTIONS),),
    "waive": (_spec("CONCEDE", None, _RESTRICTIONS),),
}

#: Noun lemmas. Meeting nouns are events only when held, dated or "with" someone (see stage).
NOUNS: dict[str, TriggerSpec] = {
    "meeting": _spec("CONSULT"),
    "talk": _spec("CONSULT"),
    "talks": _spec("CONSULT"),
    "visit": _spec("CONSULT", "visit"),
    "negotiation": _spec("CONSULT"),
    "consultation": _spec("CONSULT"),
    "commission": _spec("CONSULT"),
    "session": _spec("CONSULT"),
    "summit": _spec("CONSULT", "multilateral"),
    "mediation": _spec("CONSULT", "third-party"),
    "welcome": _spec("CONSULT", "visit"),
    "call": _spec("CONSULT", "phone"),
    "conversation": _spec("CONSULT", "phone"),
    "readiness": _spec("AGREE", intention=True),
    "preparedness": _spec("AGREE", intention=True),
    "willingness": _spec("AGREE", intention=True),
    "interest": _spec("AGREE", intention=True),
    "desire": _spec("AGREE", intention=True),
    "intention": _spec("AGREE", intention=True),
    "intent": _spec("AGREE", intention=True),
    "hopefulness": _spec("AGREE", intention=True),
    "hope": _spec("AGREE", intention=True),
    "invitation": _spec("AGREE"),
    # a sanction or tariff named as a noun: an event only when new, with a figure or dated
    # (`accords.events.measures`)
    **{word: _spec("SANCTION") for word in MEASURE_NOUNS},
}

#: Adjectives of intention: "interested in cooperating", "ready to invest". "Keen" and "eager"
#: say a desire, no readiness ("Indian companies are keen to participate in this project",
#: "Ankara is keen to harness their votes"): no AGREE.
ADJECTIVES: dict[str, TriggerSpec] = {
    word: _spec("AGREE", intention=True) for word in ("interested", "ready", "willing", "prepared")
}

#: Lemmas that make an intention an event: what one intends must be cooperative action.
COOPERATIVE_COMPLEMENTS = frozenset(
    """cooperate cooperation collaborate collaboration participate participation develop development
    expand expansion invest investment complete completion construct construction build join
    implement implementation establish establishment strengthen boost increase renovate
    renovation sign visit meet hold open launch create work partnership export import supply reach raise bring
    trade restoration restore reconstruction rebuild enhance deepen advance provide deliver coordinate
    coordination""".split()
)

#: Verbs that report a conversation when a person or state is spoken with or called.
_CONVERSATION_VERBS = frozenset(("speak", "spoke", "talk", "talked", "call", "called"))

#: Meeting nouns: the heads that make such a noun a held event ("held", "attend").
MEETING_HEADS = frozenset("hold have attend conduct host chair organize organise participate take begin start open".split())


#: Verbs that report cooperation carried out when done "jointly" or "together", past.
JOINT_WORK_VERBS = frozenset("complete implement build construct carry conduct hold".split())

#: Adjectives that commit to any action with a verb complement ("ready *to* sign").
COMMITMENT_ADJECTIVES = frozenset(("ready", "willing", "prepared"))


def may_trigger(words: set[str]) -> bool:
    """Whether a sentence whose lower-cased lemmas and word forms are `words` can hold a token
    that `match_token` accepts; sentences that cannot are never parsed.

    A lexical necessary condition mirroring `match_token`'s look-ups, whatever the parse: a
    trigger lemma whose object constraint can be met by a word of the sentence, an intention
    word with a cooperative word beside it, a joint-work verb with "jointly" or "together".
    Change the two together (a test checks that it accepts every sentence with a match).
    """
    complement = not words.isdisjoint(COOPERATIVE_COMPLEMENTS)
    if not words.isdisjoint(_CONVERSATION_VERBS) or "convene" in words:
        return True  # "spoke with", "called" (`_spoke_with`), "convened" (`_joint_subject`)
    if "announce" in words and not words.isdisjoint(_JOINT_WORKS):
        return True  # "announced a joint Task Force" (`_joint_announcement`)
    for word in words:
        for spec in VERBS.get(word, ()):
            if (not spec.objects or not words.isdisjoint(spec.objects)) and (complement or not spec.intention):
                return True
        if word in JOINT_WORK_VERBS and ("jointly" in words or "together" in words):
            return True
        noun = NOUNS.get(word)
        if noun is not None and (complement or not noun.intention):
            return True
        if word in ADJECTIVES and (complement or word in COMMITMENT_ADJECTIVES):
            return True
    return False


def is_past(token: Token) -> bool:
    """Past tense, perfect or passive participle: the action was carried out."""
    if token.tag_ in ("VBD", "VBN"):
        return True
    return any(child.dep_ == "aux" and child.lemma_ == "have" for child in token.children)


def object_lemmas(token: Token) -> set[str]:
    """Lemmas of what the token acts on: objects, passive subjects, prepositional objects."""
    lemmas: set[str] = set()
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
            lemmas.update(_head_and_conjuncts(child))
            lemmas.update(t.lemma_.lower() for t in child.subtree if t.dep_ in ("pobj", "compound"))
        elif child.dep_ in ("prep", "prt", "agent"):
            for grandchild in child.children:
                if child.lower_ == "in" and grandchild.lower_ == "line":
                    continue  # "in line with their cooperation, ... launched": an idiom, no project line
                if grandchild.dep_ in ("pobj", "pcomp"):
                    lemmas.update(_head_and_conjuncts(grandchild))
    return lemmas


#: Currency signs and words that make a number an amount of money.
_CURRENCY = frozenset("$ € £ usd eur dollar dollars euro euros manat rial rials".split())


def pledged_amount(token: Token) -> bool:
    """Whether what the verb acts on is an amount of money ("announced $800 million in
    assistance", "will provide $125M", "a $19.5 million loan"): a package or pledged fund."""
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            words = list(child.subtree)
            if any(t.like_num for t in words) and any(
                t.lower_ in _CURRENCY or t.lower_.startswith("$") for t in words
            ):
                return True
    return False


def _head_and_conjuncts(token: Token) -> set[str]:
    lemmas = {token.lemma_.lower(), token.text.lower()}
    for conj in token.conjuncts:
        lemmas.update((conj.lemma_.lower(), conj.text.lower()))
    return lemmas


def has_cooperative_complement(token: Token) -> bool:
    """Whether an intention word governs cooperative action ("readiness *to participate*")."""
    for child in token.children:
        if child.dep_ in ("xcomp", "dobj", "acl", "relcl", "advcl") or (child.dep_ == "ccomp" and token.pos_ == "VERB"):
            if child.lemma_.lower() in COOPERATIVE_COMPLEMENTS:
                return True
        if child.dep_ in ("prep", "prt"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp", "xcomp") and _cooperative(grandchild):
                    return True
        if child.dep_ == "conj" and child.pos_ == token.pos_ and has_cooperative_complement(child):
            return True
    return False


def _cooperative(token: Token) -> bool:
    if token.lemma_.lower() in COOPERATIVE_COMPLEMENTS:
        return True
    return any(conj.lemma_.lower() in COOPERATIVE_COMPLEMENTS for conj in token.conjuncts)


def match_token(token: Token) -> TriggerSpec | None:
    """The trigger spec this token fulfils in its parse, or None."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        if token.dep_ in ("amod", "compound"):
            return None  # "the newly-agreed MOU", "the signed deal": a reference, not a report
        objects = object_lemmas(token)
        if lemma == "meet" and objects & _NOT_MET:
            return None  # "meet the demand", "meet the target"
        if lemma == "meet" and any(c.dep_ == "auxpass" for c in token.children) and not any(
            c.dep_ == "agent" for c in token.children
        ):
            return None  # "requirements must be met": no one met
        if lemma in ("establish", "upgrade") and not _diplomatic(token):
            return None  # "have established deep relations" is a generic statement
        if lemma == "insist" and not any(c.dep_ == "ccomp" for c in token.children):
            return None  # "insisted on his government's neighbourhood policy": a stance, not a demand
        if lemma in _STREET_VERBS and any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "auxpass", "agent")
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
            for c in token.children
        ):
            return None  # "rallied G20 partners", "rallying to defeat COVID-19", "demonstrated the importance": no street protest
        moved = {w for c in token.children if c.dep_ in ("dobj", "nsubjpass") for w in _head_and_conjuncts(c)}
        if lemma in _MOBILIZING and moved and not moved & _FORCES:
            return None  # "deploy immediate recommendations", "mobilize ... $320 million in investment": no forces
        if lemma == "defend" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in token.children):
            return None  # "as it defends itself against the invasion": no backing of another side
        if lemma == "convene":
            # "convened the forum", "the leaders ... convened to reaffirm": a meeting held
            held = objects & frozenset(_MEETINGS.split() + ["forum", "dialogue", "group"])
            return _spec("CONSULT") if held or (not objects and _joint_subject(token)) else None
        if lemma == "call" and _called_on(token):
            return _spec("REQUEST")  # "called on Turkey to sign": a request of Turkey, not an intention
        if lemma in ("speak", "talk", "call") and _spoke_with(token):
            # "spoke today with Prime Minister Kishida", "called Chancellor Scholz": a conversation
            phone = objects & {"phone", "telephone"} or lemma == "call"
            return _spec("CONSULT", "phone" if phone else None)
        if lemma in ("offer", "express", "extend", "convey", "send") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _COURTESIES for c in token.children
        ):
            return None  # "offered his condolences", "extended congratulations": courtesy, no offer
        if lemma == "announce" and not pledged_amount(token):
            # "announced its support for the resolution": no aid without an amount; a joint work
            # announced together is agreed ("X and Y announced a joint Task Force", "announced,
            # with the EU, a Global Methane Pledge", "announced a trade deal with the UK")
            return _spec("AGREE") if _joint_announcement(token) else None
        if lemma == "welcome" and _greeted(token):
            return _spec("CONSULT", "visit")  # "he was welcomed by the Uzbek deputy prime minister"
        if general_wish(token):
            return None  # "look forward to building on the partnership": goodwill, no plan
        for spec in VERBS.get(lemma, ()):
            if spec.objects and not (objects & spec.objects):
                continue
            if spec.needs_past and not is_past(token):
                continue
            if spec.intention and not has_cooperative_complement(token):
                continue
            return spec
        if lemma in JOINT_WORK_VERBS and _jointly(token) and is_past(token):
            return _spec("COOPERATE")
        return None
    if token.pos_ in ("NOUN", "PROPN"):
        spec = NOUNS.get(lemma) or NOUNS.get(token.text.lower())
        if spec is None:
            return None
        if spec.intention and (not has_cooperative_complement(token) or general_wish(token)):
            return None
        return spec
    if token.pos_ == "ADJ":
        spec = ADJECTIVES.get(lemma)
        if spec is not None and (has_cooperative_complement(token) or _commitment(token)):
            return spec
    return None


_NOT_MET = frozenset(
    "demand demands need needs requirement requirements standard standards expectation expectations target "
    "targets goal goals criterion criteria condition conditions deadline challenge challenges crisis crises "
    "threat threats obligation obligations commitment commitments moment".split()
)


#: What a leader offers or sends as a courtesy: no AGREE, AID or SUPPORT.
_COURTESIES = frozenset(
    "condolence condolences congratulation congratulations sympathy sympathies thanks gratitude appreciation "
    "prayers wishes greetings regards respects".split()
)
#: Verbs of MOBILIZE (PLOVER: forces readied or moved), and what they move when they do.
_MOBILIZING = frozenset({"deploy", "mobilize", "mobilise"})
_FORCES = frozenset(
    "troop troops force forces soldier soldiers army armies military unit units battalion battalions brigade "
    "brigades division divisions reservist reservists personnel peacekeeper peacekeepers navy fleet warship "
    "warships ship ships vessel vessels submarine submarines aircraft jet jets fighter fighters bomber bombers "
    "drone drones missile missiles system systems battery batteries tank tanks artillery weapon weapons "
    "marine marines guard guards police".split()
)
#: Protest verbs that are protests only without an object or complement ("protesters rallied").
_STREET_VERBS = frozenset({"rally", "demonstrate", "march"})
_REFLEXIVES = frozenset("itself themselves himself herself ourselves myself".split())
#: Words of a person or state that a leader speaks with or calls (the parse's other nouns are topics).
_COUNTERPARTS = frozenset(
    "counterpart counterparts leader leaders president minister premier chancellor king emir amir prince "
    "secretary official officials envoy ambassador delegation government".split()
)


def _spoke_with(token: Token) -> bool:
    """"Spoke with / talked to X" or "called X" where X is a person or a state ("called for",
    "called on X to", "called it a success" are requests and namings, not calls)."""
    lemma = token.lemma_.lower()
    if lemma == "call":
        children = list(token.children)
        if any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon", "off") for c in children):
            return False
        partners = [c for c in children if c.dep_ == "dobj"]
        if not partners:
            # "called President-elect Claudia Sheinbaum of Mexico today to congratulate her": the
            # parser may make the person called an object predicate, as in a naming
            partners = [c for c in children if c.dep_ == "oprd" and _titled_person(c)]
            return bool(partners)
        if any(c.dep_ == "oprd" for c in children):
            return False  # "called it a success", "called the decision a mistake": a naming
        if any(c.dep_ in ("xcomp", "ccomp") for c in children):
            # "called President Milei to congratulate him": a leader phoned for a purpose; "called
            # the groups to act" asks, it does not phone
            return any(_titled_person(p) for p in partners)
    else:
        partners = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                    for g in c.children if g.dep_ == "pobj"]
        if not partners:  # the parser made "with" a clause marker: "spoke today with X to applaud ..."
            doc, i = token.doc, token.i + 1
            while i < len(doc) and i <= token.i + 4 and doc[i].lower_ not in ("with", "to"):
                i += 1
            if i + 1 < len(doc) and doc[i].lower_ == "with" and doc[i].dep_ == "mark":
                partners = [t for t in doc[i + 1:i + 4] if t.pos_ == "PROPN"][:1]
    if lemma != "call" and not partners:
        # "President Biden, Prime Minister Trudeau of Canada, ... and Prime Minister Sunak spoke":
        # leaders named together as the subject spoke with one another
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN" and (
            subject.conjuncts or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
        ):
            return True  # the parser may chain the list as appositions ("Biden, Prime Minister Trudeau of Canada, ...")
    return any(p.pos_ == "PROPN" or p.ent_type_ in ("PERSON", "GPE", "NORP") or p.lemma_.lower() in _COUNTERPARTS
               or _named_group(p) or _titled(p) for partner in partners for p in (partner, *partner.conjuncts))


def _titled(token: Token) -> bool:
    """A name after an office title, whatever its tag ("President Lee Jae-myung": the tagger may
    make the part after the hyphen a common noun)."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in _COUNTERPARTS and c.pos_ == "PROPN"
               for c in token.subtree if c.i < token.i)  # "President Moon Jae-in": President -> Jae -> in


def _named_group(token: Token) -> bool:
    """"The Bucharest Nine (B9) group": a group of states by its name."""
    return token.lemma_.lower() == "group" and any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in token.children
    )


def _titled_person(token: Token) -> bool:
    """A person's name as spoken to or called: a proper noun the tagger marks as a person, or
    one with an office title before it ("President Milei", "Prime Minister Kishida")."""
    if token.pos_ != "PROPN":
        return False
    return token.ent_type_ == "PERSON" or any(
        c.dep_ == "compound" and c.lemma_.lower() in _COUNTERPARTS for c in token.subtree if c is not token
    )


#: What two sides announce together that is an agreement between them.
_JOINT_WORKS = frozenset(DOCUMENT_KINDS) | frozenset(
    "pledge initiative partnership framework force taskforce mechanism fund facility corridor project "
    "ceasefire cease-fire truce alliance coalition pact".split()
)


def _joint_announcement(token: Token) -> bool:
    """"Announced" a joint work (`_JOINT_WORKS`) that two sides announce together: a subject of
    two coordinated names, or a "with" phrase on the verb or on the work."""
    work = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if work is None:
        # "announced, with the EU, a Global Methane Pledge": the parser may make the work an
        # apposition of the partner set off by commas
        work = next((a for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                     for g in c.children if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"), None)
    if work is None:
        return False
    words = {work.lemma_.lower()} | {c.lemma_.lower() for c in work.children if c.dep_ == "compound"}
    if not words & _JOINT_WORKS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    together = subject is not None and bool(subject.conjuncts)
    with_phrase = any(
        c.dep_ == "prep" and c.lower_ in ("with", "alongside") for owner in (token, work) for c in owner.children
    )
    return together or with_phrase


def _called_on(token: Token) -> bool:
    """"Called on / upon X to do": a request of X (an action in the complement)."""
    asked = any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and any(g.dep_ == "pobj" for g in c.children)
        for c in token.children
    )
    return asked and any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def _joint_subject(token: Token) -> bool:
    """A subject of several named people or of a plural group ("the Quad Leaders – Prime Minister
    Morrison of Australia, ...", "the ministers")."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts) or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children
    )


def _commitment(adjective: Token) -> bool:
    """"Ready / willing / prepared *to* do something" commits to any action."""
    return adjective.lemma_.lower() in COMMITMENT_ADJECTIVES and any(
        child.dep_ == "xcomp" and child.pos_ == "VERB" for child in adjective.children
    )


_GUESTS = frozenset("delegation minister president ambassador envoy counterpart official guest premier".split())


def _greeted(token: Token) -> bool:
    """Whether "welcome" greets a visitor (a person as its object or passive subject) rather
    than backs a decision ("welcomed the decision")."""
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.pos_ == "PRON" and child.lower_ in ("he", "she", "him", "her", "they", "them"):
                return True
            if child.ent_type_ == "PERSON" or child.lemma_.lower() in _GUESTS:
                return True
            if child.pos_ == "PROPN" and (
                any(g.lemma_.lower() in _GUESTS for g in child.children if g.dep_ == "compound")
                or any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
            ):
                return True  # "welcomed Romanian President Klaus Iohannis to the White House"
    return False


def _diplomatic(token: Token) -> bool:
    return any(t.lower_ == "diplomatic" for child in token.children if child.dep_ == "dobj" for t in child.subtree)


def _jointly(token: Token) -> bool:
    return any(child.lemma_.lower() in ("jointly", "together") for child in token.children)
