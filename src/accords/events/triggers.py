"""The trigger lexicon: which words start a PLOVER event, of which type and mode.

A trigger is a verb, noun or adjective lemma. Some lemmas only count with a fitting object
("hold" talks, "reach" an agreement, "express" support); some only with a cooperative
complement ("interest *in cooperating*", "intend *to build*"), which keeps vague sentiment
("I hope that number keeps growing") out. The lexicon is data; `match_token` applies it
to one token of a dependency parse (in `accords.events.matching`).

The lexicon doubles as the cheap scan (`may_trigger`): a sentence in which no word could
trigger an event is never parsed.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accords.events.routes import (
    CARRYING_NOUNS, FOUNDED_COOPERATION, FOUNDING_VERBS, JOINT_WORDS, ROUTES, SHIPMENTS, SHIPPING_VERBS, WORKS,
)
from accords.events import cameo, demands, incidents, investments, praise, supplies, tellings


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


def make_spec(type_: str, mode: str | None = None, objects: str = "", **kwargs: bool) -> TriggerSpec:
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
MEETING_WORDS = ("talks talk meeting meetings negotiation negotiations consultation consultations discussion discussions "
                 "session summit conversation call forum conference")
#: The one list of meeting nouns (`MEETING_WORDS`, White House dialogues and roundtables: "convened a roundtable")
#: and of visit nouns ("a visit by Iranian President Hassan Rouhani to Baku").
MEETING_NOUNS = frozenset(MEETING_WORDS.split()) | {"dialogue", "roundtable"}
VISIT_NOUNS = frozenset("visit visits trip trips tour tours".split())
_AID_OBJECTS = ("aid assistance grant grants loan loans credit credits donation donations medicine medicines medication "
                "vaccine vaccines dose doses food relief supplies equipment arms weapon weapons asylum shelter fund funds")
#: Aid whose approval or authorization by its giver is aid given (not "approved the sale of jets").
GRANTED_AID = "aid assistance grant grants loan loans credit credits donation donations"
#: What is given as aid (`accords.events.nonevents`: "grant" of anything else is no AID).
AID_OBJECT_WORDS = frozenset(_AID_OBJECTS.split())

#: What a side reaffirms, reiterates or voices when it backs another ("their support for Ukraine").
_BACKING = "support solidarity backing commitment relationship relations ties partnership alliance friendship"
#: What a side stresses when it backs another: "stressed its support for", not "emphasized the historical
#: relations between Iran and Turkey" (a courtesy of talks; no gold records one, issue #13).
_STRESSED = "support solidarity backing commitment"
#: Censure and refusal voiced as a noun: "expressed its rejection of the US statement", "voiced
#: strong condemnation of the attack". Not "opposition": "the three countries voiced their
#: opposition to the illegal seizure of Syria's oil revenues" is a stance of a group, seldom a
#: refusal of one named side's act.
_STANCES_VOICED = (
    make_spec("DISAPPROVE", None, "condemnation outrage indignation displeasure disapproval criticism"),
    make_spec("REJECT", None, "rejection"),
)
#: What a side expresses, voices or raises when it criticises another's acts ("raised concerns
#: about the DPRK's provocative behavior"); whose acts they are is `accords.events.stances.concerned_sides`'.
_CONCERNS = "concern concerns"
#: Verbs that back a partner only when what they restate names it (`accords.stages.events`).
BACKING_VERBS = frozenset(
    "reaffirm reiterate renew voice affirm underscore reinforce emphasize emphasise stress declare convey".split()
)
#: Verbs that back another side only when what they back names one (`accords.stages.events`):
#: "welcomed Turkiye's approval", not "the dollar was supported by data".
ENDORSING_VERBS = frozenset("support welcome praise commend endorse defend back hail".split()) | cameo.PRAISING_VERBS
#: Stances that bind a side to act when restated or voiced ("expressed their commitment to ..."):
#: `accords.events.joint.restated_commitment`; the verbs that voice them are `RESTATING`.
BINDING_STANCES = frozenset({"commitment", "determination"})
RESTATING = BACKING_VERBS | frozenset({"express"})

#: Joint works whose launch or commencement is cooperation carried out.
_PROJECTS = (
    " project projects construction corridor railway pipeline bridge plant factory line"
    " operation operations"
)

#: What a strike hits when it is an armed attack ("struck targets in Gaza"), not a deal struck.
_MILITARY_TARGETS = (
    "target targets position positions base bases convoy convoys camp camps depot depots hideout hideouts "
    "stronghold strongholds outpost outposts installation installations"
)

#: Ties and exchanges whose suspension or severing is a sanction.
_TIES = "ties relation relations cooperation aid assistance talks flights trade imports exports membership"
#: What a side halts, stops or bans to another: supplies, trade and travel ("halted arms exports to
#: Saudi Arabia", "stopped economic aid to Serbia", "banned imports of Turkish goods").
_HALTED = ("aid assistance flights imports exports supplies deliveries shipments sales trade funding loans credit "
           "purchases")
#: What a side closes to another ("closed its border with Georgia", "closed its airspace to Russian planes").
_CLOSED = "border borders airspace embassy embassies consulate consulates crossing crossings port ports"
#: Restrictions whose lifting or easing is a concession.
_RESTRICTIONS = (
    "ban bans curfew sanction sanctions embargo restriction restrictions emergency blockade siege "
    "measures measure limits limit tariff tariffs duty duties levy levies"
)

#: What is imposed on another side as a measure ("imposed sanctions", "slapped tariffs").
_IMPOSED = "sanction sanctions embargo ban tariffs tariff penalty penalties duty duties levy levies"
#: Deliveries whose cut is a sanction ("cut gas supplies to Iran"; halts: `_HALTED`).
_SUPPLIES = "supply supplies delivery deliveries export exports import imports"

#: Nouns of a measure one side imposes on another (`accords.events.measures`).
MEASURE_NOUNS = frozenset("sanction sanctions tariff tariffs duty duties embargo embargoes levy levies".split())

#: Verb lemmas; the first spec whose object constraint is met wins.
VERBS: dict[str, tuple[TriggerSpec, ...]] = {
    # CONSULT
    "meet": (make_spec("CONSULT"),),
    "visit": (make_spec("CONSULT", "visit"),),
    "host": (make_spec("CONSULT", "visit"),),
    "receive": (make_spec("CONSULT", "visit", "delegation minister president ambassador envoy counterpart official prime"),),
    "hold": (make_spec("CONSULT", None, MEETING_WORDS),),
    "have": (make_spec("CONSULT", None, "talks meeting conversation call consultations"),),
    "discuss": (make_spec("CONSULT"),),
    "negotiate": (make_spec("CONSULT"),),
    "embark": (make_spec("CONSULT", None, "dialogue"),),  # "will embark on a ... Dialogue" ("talks" are their own trigger)
    "telephone": (make_spec("CONSULT", "phone"),),
    "phone": (make_spec("CONSULT", "phone"),),
    "speak": (make_spec("CONSULT", "phone", "phone telephone"),),  # "spoke by phone", "over the telephone"
    "talk": (make_spec("CONSULT", "phone", "phone telephone"),),
    "confer": (make_spec("CONSULT"),),
    "mediate": (make_spec("CONSULT", "third-party"),),
    "travel": (make_spec("CONSULT", "visit"),),
    # SUPPORT
    "sign": (make_spec("SUPPORT", "sign"),),
    "ink": (make_spec("SUPPORT", "sign", _DOCS),),
    "ratify": (make_spec("SUPPORT", "ratify"),),
    "finalise": (make_spec("SUPPORT", "sign", _DOCS),),
    "finalize": (make_spec("SUPPORT", "sign", _DOCS),),
    "conclude": (make_spec("SUPPORT", "sign", _DOCS),),
    "endorse": (make_spec("SUPPORT"),),
    "support": (make_spec("SUPPORT"),),
    "welcome": (make_spec("SUPPORT"),),
    "praise": (make_spec("SUPPORT"),),
    "commend": (make_spec("SUPPORT"),),
    "defend": (make_spec("SUPPORT"),),
    "apologize": (make_spec("SUPPORT"),),
    "apologise": (make_spec("SUPPORT"),), "congratulate": (make_spec("SUPPORT"),),  # "for" (`matching`)
    "express": (make_spec("SUPPORT", None, "support solidarity backing satisfaction"), *_STANCES_VOICED,
                make_spec("DISAPPROVE", None, _CONCERNS)),
    # "reaffirmed their support for Ukraine", "reiterated their solidarity with ..."
    "reaffirm": (make_spec("SUPPORT", None, _BACKING),),
    "reiterate": (make_spec("SUPPORT", None, _BACKING),),
    "renew": (make_spec("SUPPORT", None, _BACKING),),
    "voice": (make_spec("SUPPORT", None, _BACKING), *_STANCES_VOICED, make_spec("DISAPPROVE", None, _CONCERNS)),
    # "raised concerns about the PRC's unfair trade policies": criticism of whose acts they are
    "raise": (make_spec("DISAPPROVE", None, _CONCERNS),),
    "affirm": (make_spec("SUPPORT", None, _BACKING),),
    "convey": (make_spec("SUPPORT", None, _STRESSED),),  # "conveyed the United States' unwavering support for Ukraine"
    "underscore": (make_spec("SUPPORT", None, _STRESSED),), "reinforce": (make_spec("SUPPORT", None, _BACKING),),
    "emphasize": (make_spec("SUPPORT", None, _STRESSED),), "emphasise": (make_spec("SUPPORT", None, _STRESSED),),
    "stress": (make_spec("SUPPORT", None, _STRESSED),),
    "establish": (make_spec("SUPPORT", None, "ties relation relations"),),
    "upgrade": (make_spec("SUPPORT", None, "ties relation relations"),),
    # AGREE
    "agree": (make_spec("AGREE"),),
    "reach": (make_spec("AGREE", None, "agreement consensus understanding deal accord framework arrangement"),),
    # "secured a historic trade deal with Indonesia", "struck an agreement on reciprocal trade"
    "secure": (make_spec("AGREE", None, "deal deals agreement agreements accord accords arrangement arrangements"),),
    "strike": (make_spec("AGREE", None, "deal deals agreement agreements accord accords bargain"),
               make_spec("ASSAULT", None, _MILITARY_TARGETS)),
    "clinch": (make_spec("AGREE", None, "deal deals agreement agreements accord accords"),),
    "enter": (make_spec("AGREE", None, "agreement deal accord contract treaty partnership"),),
    "accept": (make_spec("AGREE", None, "proposal offer plan invitation formula deal terms ceasefire cease-fire truce cessation armistice"),),
    "offer": (make_spec("AGREE"),),
    "promise": (make_spec("THREATEN", None, cameo.REPRISALS), make_spec("AGREE")),
    "pledge": (make_spec("THREATEN", None, cameo.REPRISALS), make_spec("AGREE")),
    # "vowed to deepen relations": a promise; "vowed revenge" is none (a cooperative complement)
    "vow": (make_spec("THREATEN", None, cameo.REPRISALS), make_spec("AGREE", intention=True)),
    "invite": (make_spec("AGREE"),),
    "propose": (make_spec("AGREE"),),  # "suggested formation of a joint committee": a proposal, with what is set up
    "suggest": (make_spec("AGREE", None, "allocation formation establishment creation hold establish form create"),),
    "set": (make_spec("AGREE", None, "goal target task"),),
    "intend": (make_spec("AGREE", intention=True),),
    "plan": (make_spec("AGREE", intention=True),), "decide": (make_spec("AGREE", intention=True),),
    "aim": (make_spec("AGREE", intention=True),),
    "seek": (make_spec("AGREE", intention=True),),
    "look": (make_spec("AGREE", intention=True),),
    "want": (make_spec("AGREE", intention=True),),
    "wish": (make_spec("AGREE", intention=True),),
    # COOPERATE (only what was carried out: past or perfect)
    "coordinate": (make_spec("COOPERATE", needs_past=True),),
    "complete": (make_spec("COOPERATE", None, "project projects construction", needs_past=True),),
    "implement": (make_spec("COOPERATE", None, "project projects", needs_past=True),),
    "share": (make_spec("COOPERATE", None, "intelligence expertise evidence information experience", needs_past=True),),
    "extradite": (make_spec("COOPERATE"),),
    # "We ... are launching a public campaign", "They are also launching an expert working group": joint
    # bodies and campaigns set up (a dialogue launched is a consultation, a fund may be aid, and an
    # "initiative" or "program" is often one side's own: not here)
    "launch": (make_spec("COOPERATE", None, "exercise exercises drill drills games campaign campaigns group groups "
                                            "council mechanism" + _PROJECTS, needs_past=True),
               make_spec("ASSAULT", None, "attack attacks offensive raid raids assault strike strikes bombing airstrike airstrikes"),
               make_spec("CONSULT", "third-party", "mediation")),
    "commence": (make_spec("COOPERATE", None, _PROJECTS, needs_past=True),),
    "inaugurate": (make_spec("COOPERATE", None, _PROJECTS + " center centre hospital terminal", needs_past=True),),
    "work": (make_spec("COOPERATE", None, _PROJECTS, needs_past=True),),
    # "Iranian companies have invested $2.6 billion in Azerbaijan": investment made in a named
    # place (`accords.events.matching`: "in" a proper noun), past or perfect
    "invest": (make_spec("COOPERATE", needs_past=True),),
    # AID
    "grant": (make_spec("AID"),),
    "donate": (make_spec("AID"),),
    "provide": (make_spec("AID", None, _AID_OBJECTS),),
    "give": (make_spec("AID", None, _AID_OBJECTS), make_spec("CONSULT", "visit", "welcome reception")),
    "undertake": (make_spec("CONSULT", "third-party", "mediation"), make_spec("CONSULT", "visit", "visit trip tour")),
    "send": (make_spec("AID", None, _AID_OBJECTS), make_spec("CONSULT", "visit", "delegation delegations envoy envoys")),
    "deliver": (make_spec("AID", None, _AID_OBJECTS),),
    "allocate": (make_spec("AID", None, _AID_OBJECTS),),
    # "has disbursed $20 billion to a new World Bank fund to provide economic support for Ukraine":
    # paid out (past or perfect); "will be disbursed" restates a pledge
    "disburse": (make_spec("AID", None, _AID_OBJECTS, needs_past=True),),
    "extend": (make_spec("AID", None, "aid assistance loan loans credit credits"),),
    # "approved a $300 million security assistance package for Ukraine", "authorized a drawdown of aid"
    "approve": (make_spec("AID", None, GRANTED_AID),), "authorize": (make_spec("AID", None, GRANTED_AID),),
    "authorise": (make_spec("AID", None, GRANTED_AID),),
    "hand": (make_spec("AID", None, _AID_OBJECTS),),
    # "announced an additional $800 million in security assistance to Ukraine": only with an amount
    "announce": (make_spec("AID", None, _AID_OBJECTS + " support funding financing"),),
    # conflictual (PLOVER): verbs that are events whoever the sides are; ambiguous ones need an object
    "accuse": (make_spec("ACCUSE"),),
    "blame": (make_spec("ACCUSE"),),
    "allege": (make_spec("ACCUSE"),),
    "condemn": (make_spec("DISAPPROVE"),),
    "criticize": (make_spec("DISAPPROVE"),),
    "criticise": (make_spec("DISAPPROVE"),),
    "denounce": (make_spec("DISAPPROVE"),),
    "deplore": (make_spec("DISAPPROVE"),),
    "decry": (make_spec("DISAPPROVE"),),
    "censure": (make_spec("DISAPPROVE"),),
    "rebuke": (make_spec("DISAPPROVE"),),
    "slam": (make_spec("DISAPPROVE"),),
    "lambaste": (make_spec("DISAPPROVE"),),
    "complain": (make_spec("DISAPPROVE"),),
    "sue": (make_spec("DISAPPROVE"),),
    "indict": (make_spec("DISAPPROVE"),),
    "lodge": (make_spec("DISAPPROVE", None, "protest protests complaint complaints objection"),),
    "summon": (make_spec("DISAPPROVE", None, "ambassador envoy diplomat charge chargé"),),
    "reject": (make_spec("DISAPPROVE", None, "remark remarks comment comments"), make_spec("REJECT")),  # said: criticised
    "refuse": (make_spec("REJECT"),),
    "decline": (make_spec("REJECT"),),  # only "declined to <act>" (`accords.events.requests.refused_acts`)
    "veto": (make_spec("REJECT"),),
    "oppose": (make_spec("REJECT"),),
    "rebuff": (make_spec("REJECT"),),
    "deny": (make_spec("REJECT", None, "allegation allegations claim claims report reports charge charges accusation "
                                   "accusations request requests access entry visa visas permission involvement role responsibility "
                                   "wrongdoing"),),
    "dismiss": (make_spec("DISAPPROVE", None, "remark remarks comment comments"), make_spec("REJECT", None, "allegation allegations "
                "claim claims report reports charge charges accusation accusations proposal demand demands call calls criticism criticisms")),
    "threaten": (make_spec("THREATEN"),),
    "warn": (make_spec("THREATEN"),),
    "issue": (make_spec("THREATEN", None, "warning warnings ultimatum threat threats"),
              make_spec("DEMAND", None, "demand demands call appeal reminder declaration")),
    "sanction": (make_spec("SANCTION"),),
    "blacklist": (make_spec("SANCTION"),),  # "Washington blacklisted Huawei": a listing that bars trade
    "impose": (make_spec("SANCTION", None, _IMPOSED),),
    # "reimposed sanctions on exports of Iranian oil", "slapped sanctions on Turkey", "tightened
    # sanctions": a measure put in force again, or harder
    "reimpose": (make_spec("SANCTION", None, _IMPOSED),),
    "re-impose": (make_spec("SANCTION", None, _IMPOSED),),
    "slap": (make_spec("SANCTION", None, _IMPOSED),),
    "tighten": (make_spec("SANCTION", None, "sanction sanctions embargo blockade"),),
    "expel": (make_spec("SANCTION"),),
    "boycott": (make_spec("SANCTION"),),
    "embargo": (make_spec("SANCTION"),),
    "suspend": (make_spec("SANCTION", None, _TIES),),
    "sever": (make_spec("SANCTION", None, _TIES),),
    # "broke off ties with Qatar", "broke diplomatic relations with Tehran": ties cut
    "break": (make_spec("SANCTION", None, "tie ties relation relations"),),
    "halt": (make_spec("SANCTION", None, _HALTED),),
    "stop": (make_spec("SANCTION", None, _HALTED),),
    "withhold": (make_spec("SANCTION", None, _HALTED),),
    # "banned the import of goods from Turkey": trade or travel barred
    "ban": (make_spec("SANCTION", None, _HALTED + " entry travel visas import export goods products"),),
    "close": (make_spec("SANCTION", None, _CLOSED),),
    "cut": (make_spec("SANCTION", None, "ties relations aid assistance " + _SUPPLIES),),
    "freeze": (make_spec("SANCTION", None, "asset assets account accounts aid fund funds"),),
    "recall": (make_spec("SANCTION", None, "ambassador envoy diplomat diplomats"),),
    "protest": (make_spec("PROTEST"),),
    "demonstrate": (make_spec("PROTEST"),),
    "rally": (make_spec("PROTEST"),),
    "march": (make_spec("PROTEST"),),
    "picket": (make_spec("PROTEST"),),
    "stage": (make_spec("PROTEST", None, "protest protests demonstration demonstrations rally rallies strike strikes "
                                     "march marches sit-in walkout"),),
    "demand": (make_spec("DEMAND"),),
    "insist": (make_spec("DEMAND"),),
    "pressure": (make_spec("DEMAND"),),
    "pressurize": (make_spec("DEMAND"),),
    "order": (make_spec("DEMAND", None, "withdrawal release return removal evacuation halt end closure arrest"),),
    "urge": (make_spec("REQUEST"),),
    # "asked France to curb ...", "asked the EU for more time" (`accords.events.matching`: only
    # with the one asked and what is asked)
    "ask": (make_spec("REQUEST"),),
    "request": (make_spec("REQUEST"),),
    "appeal": (make_spec("REQUEST"),),
    "petition": (make_spec("REQUEST"),),
    "attack": (make_spec("ASSAULT"),),
    "bomb": (make_spec("ASSAULT"),),
    # "Israeli warplanes struck targets in Gaza", "pounded rebel positions": only a military target
    "pound": (make_spec("ASSAULT", None, _MILITARY_TARGETS),),
    "shell": (make_spec("ASSAULT"),),
    "kill": (make_spec("ASSAULT"),),
    "wound": (make_spec("ASSAULT"),),  # "guerrillas wounded two British soldiers in a bomb attack"
    # "fired rockets at Israel", "opened fire on protesters" (`accords.events.violence`), "clashed with police"
    "fire": (make_spec("ASSAULT", None, "rocket rockets missile missiles shell shells mortar mortars bullets shots "
                                    "artillery gas"),),
    "open": (make_spec("ASSAULT", None, "fire"),),
    # "shot dead scores of protesters", "shot and killed two men" (`accords.events.matching`:
    # only a killing); "police stormed the campus" (only with what was stormed)
    "shoot": (make_spec("ASSAULT"),),
    "storm": (make_spec("ASSAULT"),),
    "clash": (make_spec("ASSAULT"),),
    "assassinate": (make_spec("ASSAULT"),),
    "kidnap": (make_spec("ASSAULT"),),
    "abduct": (make_spec("ASSAULT"),),
    "massacre": (make_spec("ASSAULT"),),
    "torture": (make_spec("ASSAULT"),),
    "ambush": (make_spec("ASSAULT"),),
    "behead": (make_spec("ASSAULT"),),
    "carry": (make_spec("ASSAULT", None, "attack attacks raid raids bombing bombings assault assaults strike strikes"),),
    "deploy": (make_spec("MOBILIZE"),),
    "mobilize": (make_spec("MOBILIZE"),),
    "mobilise": (make_spec("MOBILIZE"),),
    "mass": (make_spec("MOBILIZE", None, "troops forces soldiers tanks"),),
    "arrest": (make_spec("COERCE"),),
    "detain": (make_spec("COERCE"),),
    "jail": (make_spec("COERCE"),),
    "imprison": (make_spec("COERCE"),),
    "deport": (make_spec("COERCE"),),
    "seize": (make_spec("COERCE"),),
    "confiscate": (make_spec("COERCE"),),
    "raid": (make_spec("COERCE"),),
    "censor": (make_spec("COERCE"),),
    "withdraw": (make_spec("RETREAT"),),
    "retreat": (make_spec("RETREAT"),),
    "resign": (make_spec("RETREAT"),),
    "surrender": (make_spec("RETREAT"),),
    "demobilize": (make_spec("RETREAT"),),
    "disarm": (make_spec("RETREAT"),),
    "evacuate": (make_spec("RETREAT", None, "settlement settlements base bases troops forces position positions"),),
    # "declared four Iranian diplomats as persona non grata": an expulsion (SANCTION)
    "declare": (make_spec("RETREAT", None, "ceasefire cease-fire truce"), make_spec("SUPPORT", None, _STRESSED),
                make_spec("SANCTION", None, "persona")),
    "release": (make_spec("CONCEDE", "release"),),
    "free": (make_spec("CONCEDE", "release", "prisoner prisoners hostage hostages detainee detainees"),),
    "pardon": (make_spec("CONCEDE"),),
    "concede": (make_spec("CONCEDE"),),
    "lift": (make_spec("CONCEDE", None, _RESTRICTIONS),),
    "ease": (make_spec("CONCEDE", None, _RESTRICTIONS),),
    "relax": (make_spec("CONCEDE", None, _RESTRICTIONS),),
    "shorten": (make_spec("CONCEDE", None, _RESTRICTIONS),),
    "cancel": (make_spec("CONCEDE", None, _RESTRICTIONS),),
    "remove": (make_spec("CONCEDE", None, _RESTRICTIONS),),
    "waive": (make_spec("CONCEDE", None, _RESTRICTIONS),),
}

VERBS.update({lemma: VERBS.get(lemma, ()) + tuple(make_spec(*spec) for spec in specs) for lemma, specs in cameo.VERBS.items()})
#: Verbs of violence and force done to someone, of censure, demands, refusal, threats and penalties: their passive
#: subject is whom the act is aimed at ("two diplomats were detained by ...", "Israel was condemned by Turkey").
TARGETING_VERBS = frozenset(lemma for lemma, specs in VERBS.items() if specs[0].type in (
    "ASSAULT", "COERCE", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION"))
#: Verbs of accusing and disapproving: where the act they censure took place is no side
#: ("criticized Turkey's interference *in the Nagorno-Karabakh conflict*", `accords.events.actors`).
ACCUSING_VERBS = frozenset(lemma for lemma, specs in VERBS.items() if specs[0].type == "ACCUSE")

#: Noun lemmas. Meeting nouns are events only when held, dated or "with" someone (see stage).
NOUNS: dict[str, TriggerSpec] = {
    "meeting": make_spec("CONSULT"),
    "talk": make_spec("CONSULT"),
    "talks": make_spec("CONSULT"),
    "visit": make_spec("CONSULT", "visit"),
    # "Carrie Lam's recent trip to Beijing": a visit only when the sentence names the traveller's
    # side and another (`accords.stages.events`), not "his trip to Iowa"
    "trip": make_spec("CONSULT", "visit"),
    "negotiation": make_spec("CONSULT"),
    "consultation": make_spec("CONSULT"),
    "commission": make_spec("CONSULT"),
    **{word: make_spec("CONSULT") for word in ("session", "forum")},  # "the trilateral forum ... concluded in Urmia"
    # "attended the Regional Dialogue conference", "trilateral discussions between ...": when held
    "conference": make_spec("CONSULT"),
    "discussion": make_spec("CONSULT"),
    "summit": make_spec("CONSULT", "multilateral"),
    "mediation": make_spec("CONSULT", "third-party"),
    "welcome": make_spec("CONSULT", "visit"),
    "call": make_spec("CONSULT", "phone"),
    "conversation": make_spec("CONSULT", "phone"),
    "readiness": make_spec("AGREE", intention=True),
    "preparedness": make_spec("AGREE", intention=True),
    "willingness": make_spec("AGREE", intention=True),
    "interest": make_spec("AGREE", intention=True),
    "desire": make_spec("AGREE", intention=True),
    "intention": make_spec("AGREE", intention=True),
    "intent": make_spec("AGREE", intention=True),
    "hopefulness": make_spec("AGREE", intention=True),
    "hope": make_spec("AGREE", intention=True),
    "invitation": make_spec("AGREE"),
    # a sanction or tariff named as a noun: an event only when new, with a figure or dated
    # (`accords.events.measures`)
    **{word: make_spec("SANCTION") for word in MEASURE_NOUNS},
}

#: Adjectives of intention: "interested in cooperating", "ready to invest". "Keen" and "eager"
#: say a desire, no readiness ("Indian companies are keen to participate in this project",
#: "Ankara is keen to harness their votes"): no AGREE.
ADJECTIVES: dict[str, TriggerSpec] = {
    word: make_spec("AGREE", intention=True) for word in ("interested", "ready", "willing", "prepared")
}

#: Lemmas that make an intention an event: what one intends must be cooperative action.
COOPERATIVE_COMPLEMENTS = frozenset(
    """cooperate cooperation collaborate collaboration participate participation develop development
    expand expansion invest investment complete completion construct construction build join
    implement implementation establish establishment strengthen boost increase renovate
    renovation sign visit meet hold open launch create work partnership export import supply reach raise bring
    trade restoration restore reconstruction rebuild enhance deepen advance provide deliver coordinate
    coordination double triple quadruple form bolster""".split()
)

#: Nouns of a signing: a SUPPORT/sign event when a document's signing is attended or held
#: (`accords.events.ceremonies`: "observed the signing of nine cooperation documents").
SIGNING_NOUNS = frozenset({"signing"})

#: Verbs that report a conversation when a person or state is spoken with or called.
_CONVERSATION_VERBS = frozenset(("speak", "spoke", "talk", "talked", "call", "called"))
#: Verbs of wanting or pushing another side to act: "China wants the United States to cancel the
#: tariffs", "efforts to get Ukraine to investigate", "pushed Beijing to open its markets"
#: (`accords.events.requests`). "Expects X to grow" forecasts.
WANTING = frozenset({"want", "get", "push", "press"})

#: Meeting nouns: the heads that make such a noun a held event ("held", "attend").
MEETING_HEADS = frozenset("hold have attend conduct host chair organize organise participate take begin start open".split())

#: Verbs that report cooperation carried out when done "jointly" or "together", past.
JOINT_WORK_VERBS = frozenset("complete implement build construct carry conduct hold".split())

#: Adjectives that commit to any action with a verb complement ("ready *to* sign").
COMMITMENT_ADJECTIVES = frozenset(("ready", "willing", "prepared"))


#: What two sides announce together that is an agreement between them.
JOINT_WORKS = frozenset(DOCUMENT_KINDS) | frozenset(
    "pledge initiative partnership framework force taskforce mechanism fund facility corridor project "
    "ceasefire cease-fire truce alliance coalition pact".split()
)


#: Auxiliaries of the future ("will sign", "shall cooperate", "we'll meet").
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
#: Words that count the sides of a plural subject ("the two countries", "both sides").
SIDE_COUNTS = frozenset({"two", "three", "four", "five", "both"})
#: Words a joint plan needs (`accords.events.jointplans`): a future auxiliary, and a count of
#: the sides or a coordination of their names.
JOINT_PLAN_WORDS = (FUTURE_AUXILIARIES, SIDE_COUNTS | {"and"})
#: Verbs of an action sides named together carry out while reporting it ("are further
#: collaborating", "are working on a financial mechanism"; `accords.events.joint`). Not "are
#: taking all necessary measures to boost relations": a general statement, as the gold has it.
ONGOING_JOINT_VERBS = COOPERATIVE_COMPLEMENTS | frozenset(
    "collaborate partner pursue combat counter address promote tackle".split()
)


#: Verbs of complying with a measure: negated, a refusal of it (`accords.events.compliance`).
COMPLYING = frozenset("comply abide adhere implement observe obey accept respect enforce".split())
#: Words one of which a joint work told without a trigger needs (`accords.events.works`): a
#: ceremony, a joint body, a partner teamed up with, goods swapped, investment (`.investments`); "into" with a running state
#: and "with" with a noun of cooperation are checked in `may_trigger`.
WORK_CUES = frozenset("team teamed exchange exchanged swap swapped barter bartered".split()) | investments.INVESTMENT_NOUNS
#: A ceremony that opens a work, a joint body (`accords.events.works`): both words are needed.
CEREMONY_WORDS = frozenset(
    "groundbreaking ground-breaking ground inauguration inaugural opening launch launching commissioning "
    "foundation cornerstone".split()
)
JOINT_BODIES = frozenset("venture company enterprise firm plant factory bank fund park zone".split())
RUNNING_WORDS = frozenset({"operation", "service", "use", "exploitation"})  # "put into operation" (`events.works` too)
_TOGETHER_WORDS = frozenset(
    {"cooperation", "collaboration", "partnership", "coordination", "cooperate", "collaborate", "work"}
)


def may_trigger(words: set[str]) -> bool:
    """Whether a sentence whose lower-cased lemmas and word forms are `words` can hold a token
    that `match_token` accepts; sentences that cannot are never parsed.

    A lexical necessary condition mirroring `match_token`'s look-ups, whatever the parse: a
    trigger lemma whose object constraint can be met by a word of the sentence, an intention
    word with a cooperative word beside it, a joint-work verb with "jointly" or "together".
    Change the two together (a test checks that it accepts every sentence with a match).
    """
    complement = not words.isdisjoint(COOPERATIVE_COMPLEMENTS)
    if not words.isdisjoint(WORK_CUES) or supplies.may_report(words) or ("into" in words and not words.isdisjoint(RUNNING_WORDS)) or (
        "with" in words and not words.isdisjoint(_TOGETHER_WORDS)
    ) or ("ceremony" in words and not words.isdisjoint(CEREMONY_WORDS)) or not words.isdisjoint(CARRYING_NOUNS) or (
        not words.isdisjoint(JOINT_WORDS) and not words.isdisjoint(JOINT_BODIES | WORKS)
    ):
        return True  # a joint work carried out (`accords.events.works`)
    if not (words.isdisjoint(FOUNDING_VERBS) or words.isdisjoint(FOUNDED_COOPERATION)):
        return True  # "the two countries established cooperation in ..." (`accords.events.works`)
    if not (words.isdisjoint(COMPLYING) or words.isdisjoint(MEASURE_NOUNS) or words.isdisjoint(("not", "n't", "never"))):
        return True  # "will not comply with the U.S. sanctions" (`accords.events.compliance`)
    if ("through" in words or "via" in words) and not (
        words.isdisjoint(ROUTES) or words.isdisjoint(SHIPMENTS) or words.isdisjoint(SHIPPING_VERBS)
    ):
        return True  # goods sent through a corridor named by its countries (`accords.events.works`)
    if tellings.may_tell(words):
        return True  # "told Azeri President Ilham Aliyev that ..." (`accords.events.tellings`)
    if not words.isdisjoint(_CONVERSATION_VERBS) or "convene" in words:
        return True  # "spoke with", "called" (`_spoke_with`), "convened" (`_joint_subject`)
    if "announce" in words and not words.isdisjoint(JOINT_WORKS):
        return True  # "announced a joint Task Force" (`_joint_announcement`)
    if not words.isdisjoint(SIGNING_NOUNS) and not words.isdisjoint(DOCUMENT_KINDS):
        return True  # "witnessed the signing of several documents" (`accords.events.ceremonies`)
    if complement and not words.isdisjoint(JOINT_PLAN_WORDS[0]) and not words.isdisjoint(JOINT_PLAN_WORDS[1]):
        return True  # "both countries will expand ..." (`accords.events.jointplans`)
    if not words.isdisjoint(FUNDING_VERBS) and (not words.isdisjoint(CURRENCY_WORDS) or any(w.startswith("$") for w in words)):
        return True  # "will provide an additional $2 million" (`accords.events.matching.funds_given`)
    if "join" in words or cameo.may_be_phrasal(words) or not words.isdisjoint(incidents.INCIDENT_NOUNS):
        return True  # "joined leaders of ..." (`joining`); "lashed out at" (`cameo`); "protests erupted" (`incidents`)
    if "must" in words or not words.isdisjoint(demands.BLAME_CUES | praise.PRAISE_CUES):
        return True  # "Sudan must return ...", "said Iran was behind ...", "called Iran a partner" (`demands`, `praise`)
    if "contribute" in words or ("with" in words and not words.isdisjoint(("provide", "supply", "equip"))):
        return True  # money contributed, what a state is provided with (`accords.events.matching`)
    future, together = (not words.isdisjoint(group) for group in JOINT_PLAN_WORDS)
    together = together or "together" in words or "jointly" in words  # "Together, we are partnering"
    if "commit" in words or "resolve" in words or ("with" in words and future) or (together and (
        "launch" in words or not words.isdisjoint(ONGOING_JOINT_VERBS)
    )) or ("launch" in words and ("we" in words or "with" in words)):
        return True  # a commitment, work with a partner; what sides named together, or "we", launched (`accords.events.joint`)
    if not (words.isdisjoint(BINDING_STANCES) or words.isdisjoint(RESTATING | {"welcome"})):
        return True  # "Both Presidents expressed their commitment to ..." (`accords.events.joint.restated_commitment`)
    if "decide" in words:
        return True  # "Iran and Turkey have decided to ..." (`accords.events.joint.joint_decision`), whatever it is about
    if "deny" in words and ("that" in words or any(w.endswith("ing") for w in words)):
        return True  # "denied that its forces had entered ...", "denied meddling" (`accords.events.replies`)
    if "to" in words and not words.isdisjoint(WANTING):
        return True  # "wants the United States to cancel ..." (`accords.events.requests.wants_another`)
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
    """Past tense, perfect or passive participle: the action was carried out; or the present
    progressive ("We ... are launching a public campaign", "They are also launching an expert
    working group"): it is being carried out as the text is written."""
    if token.tag_ in ("VBD", "VBN"):
        return True
    if any(child.dep_ == "aux" and child.lemma_ == "have" for child in token.children):
        return True
    return token.tag_ == "VBG" and any(
        child.dep_ == "aux" and child.lower_ in ("is", "are", "am") for child in token.children
    )


#: Verbs that give an amount of money to someone ("will provide an additional $2 million", "will
#: commit an additional $5 million to support police reform in Nigeria", "pledged $50 million"):
#: aid when the amount is money (`accords.events.matching.funds_given`).
FUNDING_VERBS = frozenset({"provide", "commit", "allocate", "give", "pledge", "disburse"})

#: Currency signs and words that make a number an amount of money.
CURRENCY_WORDS = frozenset("$ € £ usd eur dollar dollars euro euros manat rial rials".split())
