"""The news register's words for conflictual and political acts, as a CAMEO/PLOVER coder's verb
dictionary lists them: censure ("castigated", "lashed out at"), refusal ("spurned", "turned
down", "pulled out of the deal"), requests ("called for", "sought help"), coercion ("cracked
down on", "sentenced", "demolished"), force ("bombarded", "invaded", "executed two activists",
"missiles hit a hospital"), troops sent, concessions ("extended the license", "suspended the
tariffs", "backed down"), protest ("rioted", "took to the streets", "held rallies"), threats
("vowed to retaliate") and backing ("backed", "hailed").

The lexicon (`accords.events.triggers`) takes `VERBS` as more specs for its lemmas, after its
own (an object constraint of its own still wins: "held talks" is a meeting, "held rallies" a
protest). `phrasal_spec` reads the verbs whose particle or preposition makes the act ("lash
*out at*", "turn *down*", "call *for*"), and vetoes the readings of this dictionary's verbs
that are no act ("hails from", "backed away", "beat Germany 2-1"); `accords.events.matching`
asks it before the lexicon. The data is plain (type, mode, objects), so the lexicon can import
it without a cycle.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

#: (type, mode, objects): `objects` as `accords.events.triggers.make_spec` reads them ("" = any).
Spec = tuple[str, str | None, str]

#: Forces that are moved or readied (MOBILIZE: "deployed troops", "dispatched warships").
FORCES = frozenset(
    "troop troops force forces soldier soldiers army armies military unit units battalion battalions brigade "
    "brigades division divisions reservist reservists personnel peacekeeper peacekeepers navy fleet warship "
    "warships ship ships vessel vessels submarine submarines aircraft jet jets fighter fighters bomber bombers "
    "drone drones missile missiles system systems battery batteries tank tanks artillery weapon weapons "
    "marine marines guard guards police".split()
)
_MOVED_FORCES = "troop troops soldier soldiers army warship warships paratroopers marines peacekeepers forces"
#: Deals and pacts one side leaves or walks away from (REJECT: "pulled out of the missile agreement").
_PACTS = "deal agreement accord treaty pact talks negotiations ceasefire truce arrangement framework"
#: Measures one side puts off or lets lapse (CONCEDE: "suspended the tariffs", "delayed the sanctions").
_MEASURES = "tariff tariffs sanction sanctions duty duties levy levies ban embargo"
#: What one side lets another keep or do (CONCEDE: "extended a temporary license", "granted a waiver").
_LEAVES = "license licence licenses licences waiver waivers exemption exemptions reprieve amnesty"
#: What one side drops to meet another (CONCEDE: "dropped its demand", "dropped the charges").
_DROPPED = "demand demands objection objections opposition charge charges claim claims condition conditions veto"
#: Those a government designates for sanctions: a country's people and bodies, as a group noun
#: ("seven Russian entities", "a key Nicaraguan entity"), not an envoy or a date designated.
DESIGNATED = ("entity entities individual individuals official officials company companies firm firms bank banks "
              "national nationals person persons elite elites oligarch oligarchs institution institutions")
#: What a side restricts or revokes from another (SANCTION: "restricted exports of chips to China").
_RESTRICTED = "export exports import imports access travel visa visas entry flights investment sales trade"
#: The same as words before "restrictions" that make them a sanction ("visa restrictions", `accords.events.measures`).
RESTRICTED_WORDS = frozenset(_RESTRICTED.split())
#: Attacks carried out as a noun ("conducted airstrikes", "mounted an offensive"; "wage" is left
#: out: "waging a trade war").
_ATTACKS = ("attack attacks airstrike airstrikes air-strike air-strikes strike strikes bombing bombings shelling "
            "offensive assault assaults ambush bombardment invasion incursion")
#: What one side asks of another, voiced again ("reiterated its demand", "renewed its call").
_ASKS = "demand demands call calls appeal appeals request requests"
VOICED_ASKS = frozenset(_ASKS.split())
_REVOICING = ("reiterate", "renew", "repeat", "voice")
#: What one side gives in to (CONCEDE: "accepted demands", "acceded to their demands").
_DEMANDS = "demand demands condition conditions"
#: Measures of force on a population (COERCE: "imposed a curfew", "declared martial law").
_CURBS = "curfew curfews lockdown"
#: What a side vows or promises to another that is a threat, no agreement (THREATEN: "vowed
#: revenge", "promised retaliation"); the lexicon puts it before its AGREE of these verbs.
REPRISALS = "retaliation reprisal reprisals revenge vengeance retribution punishment"
#: Political bodies and activity a state bans or outlaws (COERCE: "banned the opposition party").
_POLITICAL = ("party parties group groups organization organizations organisation organisations movement "
              "movements opposition candidate candidates rally rallies protest protests demonstration "
              "demonstrations")
#: People put to death (ASSAULT: "executed two activists"; "executed the plan" is no act of force).
_PERSONS = ("prisoner prisoners national nationals man men woman women activist activists protester protesters "
            "dissident dissidents citizen citizens journalist journalists spy spies soldier soldiers opponent opponents")
#: What a strike hits when it is an armed attack ("missiles hit a hospital"; not "the crisis hit exports").
_STRUCK = ("position positions base bases convoy convoys camp camps depot depots hideout hideouts stronghold strongholds "
           "outpost outposts hospital hospitals school schools shelter shelters tanker tankers vessel vessels embassy "
           "consulate checkpoint checkpoints")  # not "target": "will hit its targets for 2005"
#: Accusations a side levels or makes against another (ACCUSE, CAMEO 112).
_ACCUSATIONS = "accusation accusations allegation allegations charge charges"
#: Protest gatherings held (PROTEST: "held rallies"; not "march", a month as often).
_GATHERINGS = "protest protests rally rallies demonstration demonstrations sit-in vigil"

#: Verbs of CAMEO 051 praise besides the lexicon's ("lauded the efforts of the Iranian government", "highly
#: appreciated Iran's position"): SUPPORT when what is praised names another side (`accords.stages.events`).
PRAISING_VERBS = frozenset("laud acclaim extol salute appreciate".split())
VERBS: dict[str, tuple[Spec, ...]] = {
    # ACCUSE: censure, whoever the sides are (the lexicon has accuse, blame, condemn, criticize, slam ...)
    **{lemma: (("ACCUSE", None, ""),) for lemma in (
        "assail castigate chastise chide scold berate reproach reprimand admonish excoriate vilify denigrate "
        "disparage deride ridicule upbraid pillory lambast blast fault demonize demonise slander defame").split()},
    # "levelled fresh accusations against Washington", "has made similar allegations against Riyadh"
    **{lemma: (("ACCUSE", None, _ACCUSATIONS),) for lemma in ("level", "make")},
    # REJECT: refusal ("spurned the offer", "repudiated the deal", "reneged on its commitment")
    **{lemma: (("REJECT", None, ""),) for lemma in "spurn snub repudiate disavow renege balk".split()},
    "scrap": (("REJECT", None, _PACTS),),
    "abandon": (("REJECT", None, _PACTS),),
    "ditch": (("REJECT", None, _PACTS),),
    "quit": (("REJECT", None, _PACTS),),
    # REQUEST: pleas and pressure ("pleaded with Washington to", "sought his extradition")
    **{lemma: (("REQUEST", None, ""),) for lemma in "plead implore beseech exhort entreat".split()},
    "seek": (("REQUEST", None, "help assistance aid extradition asylum refuge compensation release clarification "
                              "explanation apology return withdrawal"),),
    # "reiterated its demand that Israel ease restrictions", "renewed its call for talks"
    **{lemma: (("REQUEST", None, _ASKS),) for lemma in _REVOICING},
    # "dismissed an appeal from President Gbagbo", "violated a ban by General Aoun"
    "dismiss": (("REJECT", None, "appeal appeals plea pleas offer offers overture overtures request requests "
                                 "invitation ultimatum"),),
    "violate": (("REJECT", None, "ban embargo sanctions resolution"),  # not "with this agreement, Greece violates ..."
                ("ASSAULT", None, "ceasefire cease-fire truce")),
    # SANCTION: penalties and restrictions on another side
    # "the Department of the Treasury is designating a key Nicaraguan entity": listed for sanctions
    "designate": (("SANCTION", None, DESIGNATED),),
    "penalize": (("SANCTION", None, ""),),
    "penalise": (("SANCTION", None, ""),),
    "restrict": (("SANCTION", None, _RESTRICTED),),
    "curb": (("SANCTION", None, _RESTRICTED),),
    "revoke": (("SANCTION", None, "visa visas license licence licenses licences accreditation status"),),
    # "prohibited the export of chips to China", "barred imports from Turkey": trade or travel barred
    "prohibit": (("SANCTION", None, _RESTRICTED + " aid assistance funding"),),
    "bar": (("SANCTION", None, _RESTRICTED),),
    "impose": (("COERCE", None, _CURBS),  # "imposed a curfew in the town"
               ("SANCTION", None, "restriction restrictions")),  # "imposing visa restrictions on ... individuals"
    "declare": (("COERCE", None, _CURBS + " emergency"),),  # "declared a state of emergency"
    # COERCE: political freedoms curbed (CAMEO 1722 "ban political parties or politicians"):
    # "banned the pro-Kurdish party", "outlawed the largest militant group"
    # (a ban on goods or travel is the lexicon's SANCTION, tried first)
    "ban": (("COERCE", None, _POLITICAL),),
    "outlaw": (("COERCE", None, _POLITICAL),),
    # COERCE: force short of violence to persons
    **{lemma: (("COERCE", None, ""),) for lemma in "demolish raze bulldoze sentence expropriate".split()},
    "hack": (("COERCE", None, "computer computers network networks system systems account accounts server servers"),),
    "intercept": (("COERCE", None, "ship ships vessel vessels tanker tankers boat boats plane aircraft"),),
    # ASSAULT
    **{lemma: (("ASSAULT", None, ""),) for lemma in "bombard invade murder stab assault besiege".split()},
    "execute": (("ASSAULT", None, _PERSONS),),  # "executed a British-Iranian dual national", not "executed the plan"
    "hit": (("ASSAULT", None, _STRUCK),),
    "injure": (("ASSAULT", None, ""),),  # only people hurt (`accords.events.matching`, as "wound")
    "target": (("ASSAULT", None, "position positions base bases convoy convoys camp camps depot depots hideout "
                                 "commander commanders militant militants fighter fighters"),),
    # "conducted airstrikes on Kurdish positions", "mounted an attack on the base", "unleashed an
    # offensive": an attack carried out told by its noun (not raids: police raids are COERCE)
    **{lemma: (("ASSAULT", None, _ATTACKS),) for lemma in "conduct mount stage unleash carry".split()},
    # MOBILIZE: forces sent or stationed
    "dispatch": (("MOBILIZE", None, _MOVED_FORCES),),
    "send": (("MOBILIZE", None, _MOVED_FORCES),),
    "station": (("MOBILIZE", None, _MOVED_FORCES),),
    # CONCEDE: a measure put off, leave granted, a demand dropped
    "suspend": (("CONCEDE", None, _MEASURES),),
    "delay": (("CONCEDE", None, _MEASURES),),
    "postpone": (("CONCEDE", None, _MEASURES),),
    "pause": (("CONCEDE", None, _MEASURES),),
    "exempt": (("CONCEDE", None, ""),),
    "extend": (("CONCEDE", None, _LEAVES),),
    "drop": (("CONCEDE", None, _DROPPED + " " + _MEASURES),),
    # "accepted demands from Shona rebels", "acceded to their demands", "bowed to pressure"
    "accept": (("CONCEDE", None, _DEMANDS),),
    "accede": (("CONCEDE", None, _DEMANDS),),
    "bow": (("CONCEDE", None, _DEMANDS + " pressure"),),
    # PROTEST
    "riot": (("PROTEST", None, ""),),
    "hold": (("PROTEST", None, _GATHERINGS),
             ("ACCUSE", None, "responsible accountable culpable liable")),  # "held Iran responsible for"
    "take": (("PROTEST", None, "street streets"),),  # "took to the streets"
    "block": (("PROTEST", None, "road roads highway highways bridge bridges street streets railway traffic"),),
    # THREATEN: "threatened" is the lexicon's; an ultimatum set
    "set": (("THREATEN", None, "ultimatum"),),
    # SUPPORT: backing voiced (only when what is backed names another side: `accords.stages.events`);
    # CAMEO 051 praise: "lauded the efforts of the Iranian government", "highly appreciated Iran's position"
    **{lemma: (("SUPPORT", None, ""),) for lemma in "back hail".split() + sorted(PRAISING_VERBS)},
}

#: (verb lemma, particle or preposition) -> what the phrase is: "lashed out at", "turned down".
PHRASAL: dict[tuple[str, str], tuple[str, str | None]] = {
    ("lash", "out"): ("ACCUSE", None),
    ("hit", "out"): ("ACCUSE", None),
    ("hit", "back"): ("ACCUSE", None),  # "hit back at Washington"
    ("rail", "against"): ("ACCUSE", None),
    ("turn", "down"): ("REJECT", None),
    ("object", "to"): ("REJECT", None),  # "objected to the US proposal"
    ("brush", "aside"): ("REJECT", None),
    ("brush", "off"): ("REJECT", None),
    ("shrug", "off"): ("REJECT", None),
    ("call", "for"): ("REQUEST", None),
    ("crack", "down"): ("COERCE", None),
    ("round", "up"): ("COERCE", None),
    ("beat", "up"): ("ASSAULT", None),
    ("back", "down"): ("CONCEDE", None),
    ("give", "in"): ("CONCEDE", None),
    ("team", "up"): ("COOPERATE", None),  # "India and Japan teamed up on a rail project"
    ("sit", "down"): ("CONSULT", None),  # "sat down with his Azeri opposite number", "sat down for talks with Erdogan"
    ("sit", "together"): ("CONSULT", None),  # "foreign ministers of the three countries sat together in Baku"
}
#: Phrasal verbs that are acts only with a pact as what they leave: "pulled out of the agreement".
_LEAVING = {("pull", "out"), ("walk", "away"), ("back", "out"), ("withdraw", "from")}
_PACT_WORDS = frozenset(_PACTS.split())
#: Lemmas of this dictionary that a particle makes no act of ("backed away", "hails from", "held up").
_NO_ACT_PARTICLES = {
    "back": frozenset("away off out up down into onto".split()),
    "hail": frozenset({"from"}),
    "blast": frozenset("off through into away out".split()),
    "drop": frozenset("out off by in to".split()),
}
#: What one pleads in court: no appeal to a side.
_PLEAS = frozenset({"guilty", "innocent", "contest"})
#: Words that make "call for" a call for something of states, not for a ride or a vote count.
_CALLED_FOR = frozenset(
    "end ceasefire cease-fire truce restraint release withdrawal sanction sanctions talks dialogue negotiations "
    "investigation inquiry probe resignation halt de-escalation action return removal boycott referendum".split()
)
PHRASAL_LEMMAS = frozenset(verb for verb, _ in PHRASAL) | frozenset(verb for verb, _ in _LEAVING) | frozenset({"strike"})
_PARTICLES = (frozenset(particle for _, particle in PHRASAL) | frozenset(particle for _, particle in _LEAVING)
              | frozenset({"hunger", "general"}))


def may_be_phrasal(words: set[str]) -> bool:
    """Whether a sentence with these lemmas and words may hold one of the phrasal acts
    (`accords.events.triggers.may_trigger`'s cheap scan)."""
    return not words.isdisjoint(PHRASAL_LEMMAS) and not words.isdisjoint(_PARTICLES)


#: Particles that are adverbs, never a preposition with its object ("gave in", not "give the
#: guarantee *in action*").
_ADVERB_PARTICLES = frozenset({"out", "down", "up", "aside", "off", "in", "away"})


def _particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "advmod") and not (
        c.lower_ in _ADVERB_PARTICLES and c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))}


def phrasal_spec(token: Token) -> tuple[str, str | None] | None:
    """(type, mode) of the phrasal act this verb makes with its particle ("lashed out at", "pulled
    out of the deal"), or a strike of protest it starts or holds ("began a hunger strike", "went
    on a general strike": not an air strike the lexicon's "launch" would read), or None."""
    if any(t.lower_ in _STRIKES and any(c.lower_ in _PROTEST_STRIKES for c in t.children)
           for t in _objects(token)):
        return ("PROTEST", None)
    lemma = token.lemma_.lower()
    particles = _particles(token)
    for particle in particles:
        if (lemma, particle) in _LEAVING and _leaves_pact(token):
            return ("REJECT", None)  # "pulled out of the missile agreement with Russia"
        found = PHRASAL.get((lemma, particle))
        if found is None:
            continue
        if lemma == "sit" and not _sat_with(token):
            return None  # "we hope the two countries will be able to sit down": a wish, no meeting
        if (lemma, particle) == ("call", "for") and not _calls_for_act(token):
            return None  # "called for comment", "called for a taxi": no demand of a state
        if (lemma, particle) in (("hit", "out"), ("hit", "back"), ("lash", "out")) and "at" not in particles and not _prep_at(token):
            continue
        return found
    return None


#: Words a sitting down hangs on as a meeting planned ("is slated to sit down for talks", "will sit down").
_SCHEDULED = frozenset("slate schedule due expect set plan go".split())


def _sat_with(token: Token) -> bool:
    """Whether "sat down" or "sat together" tells of a meeting held or scheduled ("sat down with his
    Russian and Turkish counterparts", "is slated to sit down for talks with the country's senior
    officials", "will sit down with"), not of one wished for or advised ("hope that the two
    countries will be able to sit down", "the only way ... is to sit down and find common ground")."""
    if token.tag_ in ("VBD", "VBN"):
        return True
    if token.dep_ == "xcomp":
        return token.head.lemma_.lower() in _SCHEDULED
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in token.children) and not any(
        a.lemma_.lower() in ("hope", "wish", "able") for a in token.ancestors)


def no_act(token: Token) -> bool:
    """Whether a particle or a word beside it makes this dictionary's verb no act ("hails from",
    "backed away from", "dropped out of the race", "pleaded guilty", "seized the opportunity"); a phrasal act it makes
    (`phrasal_spec`) is one."""
    lemma = token.lemma_.lower()
    following = token.doc[token.i + 1:token.i + 3]  # "pleaded guilty", "pleaded not guilty" (the parser may hang it elsewhere)
    if lemma == "plead" and any(t.lower_ in _PLEAS for t in (*token.children, *following)):
        return True  # "pleaded guilty to threatening to kill ...": a plea in court, no appeal to a side
    if lemma in _SEIZING and any(o.lemma_.lower() in _CHANCES for o in _objects(token)):
        return True  # "seized on the opportunity to receive a standing ovation": a chance taken, no seizure
    if lemma in PRAISING_VERBS and any(o.lemma_.lower() in _COURTESIES for o in _objects(token)):
        return True  # "appreciated the opportunity to meet", "saluted the warm welcome": courtesy, no praise of a side
    if lemma == "impose" and any(o.lemma_.lower() == "restriction" and not any(
            c.dep_ in ("compound", "amod") and c.lower_ in RESTRICTED_WORDS for c in o.children) for o in _objects(token)):
        return True  # "imposed restrictions on the media": what is restricted ("visa", "export") makes it a sanction
    particles = _particles(token) & _NO_ACT_PARTICLES.get(lemma, frozenset())
    return bool(particles) and phrasal_spec(token) is None


#: What one appreciates out of courtesy: a chance, a welcome, a meeting; no side's conduct.
_COURTESIES = frozenset(
    "opportunity chance occasion hospitality welcome reception invitation meeting visit talk talks call conversation time "
    "gesture message letter".split()
)


#: Verbs of taking hold whose object may be a chance ("seize the opportunity", "grabbed the chance").
_SEIZING = frozenset({"seize", "grab", "grasp"})
_CHANCES = frozenset("opportunity opportunities chance chances moment occasion initiative".split())
_STRIKES = frozenset({"strike", "strikes"})
_PROTEST_STRIKES = frozenset({"hunger", "general", "labour", "labor", "national", "nationwide", "open-ended"})


def _objects(verb: Token) -> list[Token]:
    """The verb's object and the objects of its prepositions ("began *a hunger strike*", "went on *strike*")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    return found + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def rejected_offer(token: Token, rejecting: Token) -> bool:
    """Whether trigger `token` is the offer, invitation or plan a refusal rejects, or inside it
    ("rejected an invitation to attend a meeting", "rejected a US offer to host a summit"): what
    was refused, no agreement (`accords.events.nesting`). A clause of its own joined to the
    refusal ("rejected the plan and agreed to talks") is not inside it."""
    current = token
    while current.head != current:
        if current.head == rejecting:
            return current.dep_ in ("dobj", "nsubjpass", "prep", "xcomp")
        current = current.head
    return False


def _prep_at(token: Token) -> bool:
    """"Lashed out at Washington": the parser may hang "at" on the particle."""
    return any(g.lower_ == "at" for c in token.children if c.dep_ in ("prt", "advmod") for g in c.children)


def _leaves_pact(token: Token) -> bool:
    """Whether what the verb leaves ("out *of* the deal", "away *from* the talks") is a pact."""
    for child in token.subtree:
        if child.dep_ == "pobj" and child.head.lower_ in ("of", "from") and (
            child.lemma_.lower() in _PACT_WORDS or child.lower_ in _PACT_WORDS
        ):
            return True
    return False


def _calls_for_act(token: Token) -> bool:
    """Whether "called for" asks for an act of a named side ("called for an end to the fighting
    in Libya", "called for the release of the Turkish detainees"); a call for "the immediate
    release of all remaining hostages" in a joint statement names no one it asks."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return any((t.lemma_.lower() in _CALLED_FOR or t.lower_ in _CALLED_FOR) and _names_someone(pobj)
                       for pobj in prep.children if pobj.dep_ == "pobj" for t in (pobj, *pobj.children))
    return False


def _names_someone(phrase: Token) -> bool:
    """Whether a phrase names a state, people or a place by name ("Turkish", "Libya", "Russia's")."""
    return any(_named(t) for t in phrase.subtree)


#: Prepositions whose object is the side addressed: "called *on* Turkey to sign", "lashed out
#: *at* Washington", "railed *against* Beijing".
_ADDRESSED = {"call": frozenset({"on", "upon"}), "lash": frozenset({"at"}), "hit": frozenset({"at"}), "object": frozenset({"to"}),
              "rail": frozenset({"against"})}


def addressed(verb: Token) -> frozenset[str]:
    """The prepositions whose object is the side the verb addresses (`accords.events.actors`)."""
    return _ADDRESSED.get(verb.lemma_.lower(), frozenset())


def needs_actor(verb: Token, type_: str) -> bool:
    """Whether the event this verb triggers as `type_` needs its actor named as its subject or
    agent: a request ("It has also asked France to ..."), and every act of this dictionary."""
    lemma = verb.lemma_.lower()
    return lemma == "ask" or any(spec[0] == type_ for spec in VERBS.get(lemma, ())) or phrasal_spec(verb) is not None


#: Verbs of a visit: the places visited are no pair without the visitor (`unfounded`).
_VISITING = frozenset({"visit", "tour", "travel"})


def unfounded(verb: Token, type_: str, actors: Sequence[object], recipients: Sequence[object]) -> bool:
    """Whether the event of `verb` lacks the sides it needs (`accords.stages.events` drops it): a
    visit of two places or more whose visitor names no side (wire news names Western ministers
    by office alone: "The foreign secretary will visit Thailand and Indonesia" is no
    relation of Thailand and Indonesia); no actor where one is needed (`needs_actor`); a passive act of this dictionary whose agent names
    no state, people or place by name ("Palestinian homes were demolished", "the journalist was
    murdered by fellow countrymen": its sides would make the victim the actor); a demand voiced
    again with no one it is made of ("reiterated its demand" with no side named in the demand)."""
    if type_ == "CONSULT" and verb.lemma_.lower() in _VISITING and verb.pos_ == "VERB" and not actors and len(recipients) > 1:
        return True  # "The foreign secretary will visit Thailand and Indonesia": no visitor, no pair
    if not needs_actor(verb, type_):
        return False
    if not actors:
        return True
    if type_ == "REQUEST" and verb.lemma_.lower() in _REVOICING and not recipients:
        return True
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    return not any(_named(t) for agent in verb.children if agent.dep_ == "agent"
                   for pobj in agent.children for t in (pobj, *pobj.children)
                   if t is pobj or t.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos"))


def _named(token: Token) -> bool:
    """A name or a capitalised demonym ("Beijing", "Israeli forces"; the events parse has no entities)."""
    return token.pos_ == "PROPN" or (token.pos_ == "ADJ" and token.text[:1].isupper() and not token.is_sent_start)
