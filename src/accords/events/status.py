"""Event status from tense, modality and negation of the trigger's clause.

occurred: reported as done ("signed", "have met"); planned: future ("will sign", "is going
to visit", a date after publication); intended: a stated wish or plan ("intend to", "interest
in cooperating"); hypothetical: a possibility ("may visit", "could sign"); denied: negated
("did not sign", "refused to meet" is a REJECT, not a denial).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.complements import EFFORT_NOUNS
from accords.events.onlookers import onlookers_hope
from accords.events.replies import in_denied_report
from accords.events.phrases import is_verb, split_prefix
from accords.events.triggers import FUTURE_AUXILIARIES

_HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "can", "would", "should", "must"})
_SCHEDULING = frozenset({"arrange", "schedule", "plan", "prepare", "slate", "expect", "set", "organize", "organise"})
_INTENTION_HEADS = frozenset(
    {"intend", "plan", "aim", "seek", "want", "wish", "hope", "look", "expect", "prepare", "decide", "agree", "suggest",
     "interested", "ready", "willing", "keen", "eager", "readiness", "interest", "intention", "willingness"}
)


#: Words of a speaker pleased with what they do ("was proud to announce", "is pleased to welcome"): a
#: "to" after them tells an act done as the text reports it, not an intention.
_PLEASED = frozenset({"proud", "pleased", "delighted", "glad", "happy", "honored", "honoured"})
#: Verbs whose "to" complement is only threatened ("threatened to kill").
_THREATENING = frozenset({"threaten"})
#: Links from an act up to the verb of threatening: its conjuncts and its "to" (as an auxiliary
#: or, as the parser reads "threatening to assault and murder", a preposition).
_TO_LINKS = frozenset({"conj", "xcomp", "pobj", "prep", "aux"})


def _threatened_act(verb: Token) -> bool:
    """Whether the verb is the act a verb of threatening threatens ("threatened to kill", "pleaded
    guilty to threatening to assault and murder a U.S. official"): only said, not done."""
    current, through_to = verb, False
    for _ in range(4):
        through_to = through_to or any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children) or (
            current.dep_ == "prep" and current.lower_ == "to")
        if current.dep_ not in _TO_LINKS or current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() in _THREATENING:
            return through_to or current.lower_ == "to"
    return False


def clause_status(token: Token) -> str:
    """The status of the event whose trigger is `token`, read from its verb chain."""
    if unasserted(token):
        return "hypothetical"  # "Do you think the U.S. will extradite him?", "I agree", "it is unlikely that ..."
    if prospect_of(token) or onlookers_hope(trigger_verb(token)):
        return "hypothetical"  # "slim chance of Canada accepting", "the organisers hope X will use the forum for talks"
    if _called_off(token) or in_denied_report(token):
        return "denied"  # "cancelled a planned visit", "the summit was called off", "rejected reports that X had recalled ..."
    if token.pos_ in ("NOUN", "PROPN") and any(
        upcoming_words(noun) for noun in (token, token.head if token.dep_ == "conj" else token)
    ) and not _attended(token):
        return "planned"  # "the upcoming visit by the Iranian president (and his meeting with ...)"
    if token.pos_ in ("NOUN", "PROPN") and _trip_to_come_for(token):
        return "planned"  # "the upcoming visit ... to Uzbekistan for participation in the SCO summit"
    if token.pos_ in ("NOUN", "PROPN") and _looked_forward_to(token):
        return "planned"  # "we look forward to the Second U.S.-Pacific Islands Forum Summit in 2023"
    if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in _POSSIBLE for c in token.children):
        return "hypothetical"  # "discussions were ongoing about a possible summit": no meeting held or set
    if _due_for(token):
        return "planned"  # "when the envoys were due for talks with the council": scheduled, not held
    if token.pos_ in ("NOUN", "PROPN") and _held_later(token):
        return "planned"  # "referred to the 6th meeting of the committee, which is set to be held in Georgia"
    verb = trigger_verb(token)
    if verb is None:
        return "occurred"
    verb = _infinitive_head(verb)
    if _scheduled_by_be_to(verb):
        return "planned"  # "the fifth session of the joint commission is to be held shortly in Bishkek"
    if _threatened_act(verb):
        return "hypothetical"  # "threatening to assault and murder an official": only threatened
    if _purpose_of_trip(verb):
        return clause_status(verb.head)  # "arrived in Astana *to attend* the talks": as the trip
    chain = [verb]
    # "is going to sign", "plans to visit": climb through xcomp to the finite verb; "will lead
    # to signing": through a gerund after a preposition
    while chain[-1].head != chain[-1] and (
        chain[-1].dep_ == "xcomp" or (chain[-1].dep_ == "pcomp" and chain[-1].head.dep_ == "prep")
        or _bare_participle(chain[-1])
    ):
        chain.append(chain[-1].head if chain[-1].dep_ in ("xcomp", "advcl") else chain[-1].head.head)
    if proposed(verb):
        return "intended"  # "suggested that the railways hold talks": a proposal, not a report
    if any(c.dep_ == "dobj" and _none(c) and c.lemma_.lower() not in EFFORT_NOUNS for c in verb.children):
        return "denied"  # "the two sides reached no agreement"
    for item in chain:
        if _negated(item) or (item is not verb and item.lemma_.lower() in _UNABLE) or _stopped(item):
            return "denied"
    for item in chain:
        if _open_question(item) or _conditional(item):
            return "hypothetical"  # "signals about whether the levies will be removed", "if the deal will be reached"
        auxes = {child.lower_ for child in item.children if child.dep_ in ("aux", "auxpass")}
        if item is verb and (prefix := split_prefix(verb)) is not None:
            auxes |= {child.lower_ for child in prefix.children if child.dep_ in ("aux", "auxpass")}  # "will co-host"
        if not auxes and item.dep_ == "conj" and item.tag_ == "VBN":
            # "will be prepared and signed": the second participle shares the first one's auxiliaries
            auxes = {child.lower_ for child in item.head.children if child.dep_ in ("aux", "auxpass")}
        if auxes & FUTURE_AUXILIARIES:
            return "planned"
        if item.lemma_ == "go" and item.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in item.children):
            return "planned"
        if auxes & _HYPOTHETICAL_AUX and auxes & _HYPOTHETICAL_AUX <= {"would"} and _reported(item):
            # "said the next meeting would be held in Baku": the future of reported speech; "If
            # elected, he said he would meet the Chinese president": only under a condition
            return "hypothetical" if _under_condition(item.head) else "planned"
        if auxes & _HYPOTHETICAL_AUX or _conditional(item):
            return "hypothetical"
    for item in chain[1:]:
        if item.lemma_.lower() in _INTENTION_HEADS:
            return "intended"
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in _MENACES and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return "hypothetical"  # "Turkish threats to attack the Kurdish enclave": only threatened or feared
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in _MENACES:
        return "hypothetical"  # "his fear of being extradited to the US", "the risk of Russia attacking"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PLEASED and verb.head.head.lemma_.lower() == "be" and not any(
        c.dep_ == "aux" for c in verb.head.head.children
    ):
        return "occurred"  # "was proud to announce the delivery of ... vaccines": the act the speaker reports
    if _no_intention(verb):
        return "denied"  # "Pyongyang has no intention to talk with South Korea again"
    if verb.dep_ != "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "intended"  # "readiness to sign", "decided to hold": not (yet) done
    if verb != token and verb.lemma_.lower() in _SCHEDULING and token.dep_ in ("nsubjpass", "dobj"):
        return "planned"  # "the meeting is being arranged", "they scheduled talks"
    return "occurred"


#: Verbs of holding a meeting ("which is set to be *held*").
_HOLDING = frozenset({"hold", "convene"})


def _held_later(noun: Token) -> bool:
    """A meeting noun whose relative clause schedules it: "the 6th meeting of the Iran-Georgia
    Joint Economic Committee, *which is set to be held* in Georgia on October 9 and 10", "the
    session, which will be held in Baku", "the forum, which is to be held in May". The main
    verb of the sentence ("referred to") says nothing of when the meeting is. The parser may hang
    the clause on the body the meeting is "of" ("the meeting of the committee, which is set to be
    held"); there it counts only when it tells of holding (a body is not held, it "will meet")."""
    bodies = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    clauses = [(c, False) for c in noun.children] + [(c, True) for body in bodies for c in body.children]
    for clause, of_body in clauses:
        if clause.dep_ != "relcl" or any(c.dep_ == "neg" for c in clause.children):
            continue
        if of_body and not any(t.lemma_.lower() in _HOLDING for t in (clause, *clause.children)):
            continue
        auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        if auxes & FUTURE_AUXILIARIES or _scheduled_by_be_to(clause):
            return True
        if clause.lemma_.lower() in _SCHEDULING and auxes & {"is", "are"} and any(
                c.dep_ == "xcomp" and "to" in {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
                for c in clause.children):
            return True  # "which is set / scheduled / expected to be held"
    return False


def _scheduled_by_be_to(verb: Token) -> bool:
    """ "is to be held", "are to be signed": a present "be" whose complement is a passive
    infinitive says what is scheduled, not what was done."""
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "xcomp" and {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")} >= {"to", "be"}
        for c in verb.children
    )


#: Verbs of taking part in a meeting: done in the past, the meeting took place ("participated
#: virtually in a scheduled summit").
_TAKING_PART = frozenset({"attend", "participate", "chair", "host", "address", "join"})


def _attended(noun: Token) -> bool:
    """Whether a meeting noun is what someone attended or took part in, in the past tense."""
    verb = trigger_verb(noun)
    return (
        verb is not None and verb.lemma_.lower() in _TAKING_PART and verb.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in verb.children)
    )


#: Adjectives of a meeting or visit still to come ("the upcoming visit", "a planned meeting").
UPCOMING = frozenset({"upcoming", "forthcoming", "future", "coming", "planned", "scheduled"})
#: Adjectives of an occasion still to come that is a new one, not the one just told ("during their upcoming
#: bilateral meeting", "at their next meeting"): `UPCOMING` and "next", which tells a new occasion but not
#: alone that the sentence's act is planned ("Before the next TTC co-chairs meeting, the two plan to ...").
NEW_OCCASION = UPCOMING | {"next"}


def _looked_forward_to(noun: Token) -> bool:
    """Whether the noun is what someone "looks forward to" (the object of "to" after "look
    forward"): an occasion still to come."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    head = noun.head.head
    if head.lower_ == "forward":
        head = head.head
    return head.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in head.children)


def upcoming_words(noun: Token) -> list[Token]:
    """The adjectives of `UPCOMING` that modify the noun, or a name compounded in front of it
    (the parser hangs "upcoming" on "Committee" in "the upcoming Iran-Azerbaijan Joint
    Committee meeting")."""
    return [c for c in noun.subtree if c.i < noun.i and c.dep_ == "amod" and c.lower_ in UPCOMING
            and (c.head.i == noun.i or (c.head.dep_ in ("compound", "nmod") and c.head.head.i == noun.i))]


#: Nouns of taking part whose "in" or "at" phrase is the meeting attended ("for participation in the summit").
_PARTICIPATION = frozenset({"participation", "attendance"})


def _trip_to_come_for(noun: Token) -> bool:
    """A meeting noun that a trip still to come is for: "the upcoming visit by the Iranian president to
    Uzbekistan *for participation in* the SCO summit", "the upcoming trip to Madrid *for* the NATO summit"
    (the trip's "upcoming" tells when the meeting is; `upcoming_words` reads only the noun's own)."""
    current = noun
    for _ in range(2):
        if current.dep_ != "pobj":
            return False
        prep, head = current.head, current.head.head
        if prep.lower_ == "for" and head.lemma_.lower() in _TRIP_NOUNS | {"visit"}:
            return bool(upcoming_words(head))
        if prep.lower_ not in ("in", "at") or head.lemma_.lower() not in _PARTICIPATION:
            return False
        current = head
    return False


#: Adjectives that make an occurrence noun a mere possibility ("a possible summit", "a potential deal").
_POSSIBLE = frozenset({"possible", "potential", "likely", "probable", "eventual", "hypothetical", "prospective"})
#: Verbs of travel whose purpose clause is what the traveller does there ("flew to Ashgabat *to attend*").
_TRIPS = frozenset({"arrive", "travel", "fly", "go", "come", "head", "leave", "visit", "pay"})
#: Verbs that send a party on a trip, and the parties sent ("led a delegation to meet with ...").
_SENDING = frozenset({"lead", "send", "dispatch"})
_PARTIES = frozenset({"delegation", "delegations", "team", "mission"})
#: Light verbs of a trip noun ("took a trip to Azerbaijan to participate in", "embarked on a trip to attend").
_TRIP_TAKING = frozenset({"take", "make", "embark"})
_TRIP_NOUNS = frozenset({"trip", "journey", "tour"})
#: Reporting verbs whose "would" is the future seen from the report ("said X would visit").
_REPORTING = frozenset({"say", "announce", "add", "state", "tell", "note", "report", "inform", "declare", "confirm"})


def _purpose_of_trip(verb: Token) -> bool:
    """Whether the verb is the purpose infinitive of a trip ("arrived in Astana to attend", "took a
    trip to Azerbaijan to participate in", "embarked on a trip to attend"), or
    of a delegation led or sent ("led a delegation to Tokyo to meet with ...")."""
    if not (
        verb.dep_ in ("advcl", "xcomp", "acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head != verb
    ):
        return False
    head = verb.head
    if head.lemma_.lower() in _TRIPS:
        return verb.dep_ != "relcl"
    if head.lemma_.lower() in _TRIP_TAKING and verb.dep_ != "relcl" and any(
        noun.lemma_.lower() in _TRIP_NOUNS
        for noun in [c for c in head.children if c.dep_ == "dobj"]
        + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    ):
        return True  # "took a trip to Azerbaijan to participate in a summit": as the trip
    if head.lower_ in _PARTIES and head.head.lemma_.lower() in _SENDING:
        return True  # "led [a delegation [to meet with]]": the infinitive hangs on the delegation
    if head.lower_ in _PARTIES and _party_on_trip(head):
        return True  # "traveled to Tajikistan on top of a delegation to participate in the SCO summit"
    return head.lemma_.lower() in _SENDING and any(c.dep_ == "dobj" and c.lower_ in _PARTIES for c in head.children)


def _party_on_trip(party: Token) -> bool:
    """Whether a delegation is named in a phrase on a trip verb ("traveled to Tajikistan *on top of a
    high-ranking delegation*", "arrived in Baku *at the head of a delegation*"): its purpose infinitive is the trip's."""
    current = party
    for _ in range(4):
        if current.dep_ not in ("pobj", "prep") or current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() in _TRIPS and current.pos_ == "VERB":
            return True
    return False


def _infinitive_head(verb: Token) -> Token:
    """A bare infinitive coordinated with another verb, with no subject or auxiliary of its own,
    shares that verb's modal or future ("will visit Baku and *sign* five agreements" is as planned
    as the visit), and its "to" where that infinitive is what someone intends ("aimed to help
    settle the conflict and *send* aid") or what is scheduled ("is scheduled to attend meetings with
    Kyrgyz companies and *visit* some industrial and commercial organizations"). A "to" of another
    head stays its own: "worked hard to compile and ratify the documents" may tell what was done."""
    while verb.dep_ == "conj" and verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
    ):
        head = verb.head
        auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
        intended = "to" in auxes and head.dep_ == "xcomp" and head.head.lemma_.lower() in _INTENTION_HEADS | _SCHEDULING
        if not (auxes & (FUTURE_AUXILIARIES | _HYPOTHETICAL_AUX) or intended):
            break
        verb = head
    return verb


def _bare_participle(verb: Token) -> bool:
    """A participle clause with no subject or subordinator of its own, which shares the tense of
    the verb it hangs on: "Funaro will extend his tour, *flying* to Japan for talks" is a trip
    still to come."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children
    )


def _due_for(noun: Token) -> bool:
    """A meeting noun someone is "due for": scheduled ("they were due for a meeting with ...")."""
    return (
        noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ == "for"
        and noun.head.head.lower_ == "due"
    )


def _reported(verb: Token) -> bool:
    """A clause reported by a past reporting verb, with no condition ("said X would be held")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _REPORTING
        and verb.head.tag_ in ("VBD", "VBN")
        and not _conditional(verb)
    )


def trigger_verb(token: Token) -> Token | None:
    """The verb of the clause the trigger belongs to (the trigger itself when it is a verb)."""
    current = token
    for _ in range(6):
        if is_verb(current):
            return current
        if current.pos_ == "ADJ" and current.dep_ in ("acomp", "ROOT"):
            return current.head if current.dep_ == "acomp" else current
        if current.head == current:
            return None
        current = current.head
    return None


#: Verbs whose content clause is a proposal ("suggested that the two sides hold talks").
_PROPOSING = frozenset({"suggest", "propose", "recommend"})
#: Subordinators of a condition ("if", "unless", "as soon as").
_CONDITIONS = frozenset({"if", "unless", "provided", "until"})
#: Nouns whose infinitive is a possibility, not an intention ("threats to attack", "the risk to lose").
_MENACES = frozenset({"threat", "risk", "danger", "fear", "possibility", "prospect", "likelihood", "chance"})
#: Prepositions that tie what may happen to a noun of possibility ("the prospects *for* a deal").
_PROSPECT_PREPS = frozenset({"of", "for"})
#: Nouns of what may or may not happen whose "of"/"for" phrase names no act done
#: ("prospects for a trade deal", "speculation about a summit" is not: "about" is a topic).
_PROSPECTS = _MENACES | {"odds", "speculation", "rumour", "rumor", "doubt"}


def prospect_of(token: Token) -> bool:
    """Whether the trigger is only what a noun of possibility (`_PROSPECTS`) speaks of: the
    object of its "of"/"for" ("the prospects for any sort of trade deal with China", "the
    possibility of a meeting between the two leaders"), or a gerund on that object ("little
    chance of Canada accepting the tariff cut"). In wire and web news such a phrase
    weighs chances; no meeting, deal or agreement is reported (CAMEO codes the act, not its
    odds). Not "hope": a stated hope to do a joint act is an AGREE in the gold."""
    if token.pos_ in ("VERB", "AUX") and token.tag_ == "VBG" and token.dep_ in ("acl", "pcomp"):
        # "chance of [Canada] accepting": the parser hangs the gerund on the noun, or on "of"
        head = token.head if token.dep_ == "acl" else token.head.head
        if token.dep_ == "pcomp" and token.head.lower_ not in _PROSPECT_PREPS:
            return False
        if head.dep_ == "pobj" and head.head.lower_ in _PROSPECT_PREPS:
            head = head.head.head  # "of Canada accepting" with the gerund on "Canada"
        return head.pos_ == "NOUN" and head.lemma_.lower() in _PROSPECTS
    item = token
    if item.dep_ != "pobj" or item.head.lower_ not in _PROSPECT_PREPS:
        return False
    noun = item.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _PROSPECTS


#: Heads whose complement did not or will not happen ("have been unable to reschedule a meeting",
#: "Obama declined to send arms to Ukraine", "refused to sign": the refusal is the REJECT).
_UNABLE = frozenset({"unable", "fail", "reluctant", "unwilling", "unlikely", "decline", "refuse"})
#: Verbs whose gerund is what ends ("stop sending weapons to Saudi Arabia", `_stopped`).
_STOPPING = frozenset({"stop", "cease", "quit", "halt"})


def _under_condition(verb: Token) -> bool:
    """A clause with an "if" or "unless" clause of its own ("If elected, he said ...")."""
    return any(c.dep_ == "advcl" and _conditional(c) for c in verb.children)


def _stopped(item: Token) -> bool:
    """A gerund that a verb of stopping governs: "want the president to stop sending weapons to
    Saudi Arabia" tells no aid sent ("stopped to talk to reporters", an infinitive, is a talk)."""
    return item.tag_ == "VBG" and item.dep_ == "xcomp" and item.head.lemma_.lower() in _STOPPING


#: Verbs that call off what is their object ("cancelled his visit", "called off the talks").
_CALLING_OFF = frozenset({"cancel", "scrap", "abort", "abandon", "call"})


def _called_off(token: Token) -> bool:
    """A meeting noun that is what a verb calls off ("will cancel his trip to Turkey in protest",
    "cancelled a planned visit", "the summit was called off"), planned or not."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = token.head
    return verb.lemma_.lower() in _CALLING_OFF and (
        verb.lemma_.lower() != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    )


def proposed(verb: Token) -> bool:
    """Whether the verb heads the content clause of a proposal ("suggested that X hold talks")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _PROPOSING


def _conditional(verb: Token) -> bool:
    """A clause under a condition: "if other countries are ready", "as soon as an agreement is
    reached", "in case the two sides agree"."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if any(mark in _CONDITIONS for mark in marks):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(_bare_case(g) for g in c.children) for c in verb.children):
        return True  # "in case the two sides agree to cooperate": the parse makes "in case" a phrase
    return "as" in marks and verb.head.lower_ == "soon"


def _bare_case(token: Token) -> bool:
    """ "case" as the object of "in" with no "of" after it: "in case <clause>", not "in case of need"."""
    return token.dep_ == "pobj" and token.lower_ == "case" and not any(c.lower_ == "of" for c in token.children)


def _open_question(verb: Token) -> bool:
    """A clause that asks whether it happens ("whether any of the levies will be removed"), or
    what will come of it ("what we will agree on in our talks": a question, no agreement yet)."""
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True
    asked = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(a.lower_ in _QUESTION_WORDS and a.i < verb.i for a in asked) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES | _HYPOTHETICAL_AUX for c in verb.children)


#: Words that ask what an act will be when they come before it as its object.
_QUESTION_WORDS = frozenset({"what", "which"})


#: Modals of a governing clause that make what it governs only possible ("may then decide to
#: take action, such as withdraw", "would be happy to see any country withdraw"); "would" of
#: reported speech is the future ("said the talks would be held"), as in `clause_status`.
_GOVERNING_MODALS = frozenset({"may", "might", "could", "would"})
#: Judgements of likelihood whose content clause did not happen ("it is unlikely that the U.S.
#: will ever extradite him", "it remains unclear whether").
_DOUBTS = frozenset({"unlikely", "doubtful", "uncertain", "unclear", "impossible", "improbable", "possible", "likely"})
#: Conditions a participle states ("providing every member approves the treaty").
_CONDITION_PARTICIPLES = frozenset({"providing", "provided", "assuming", "supposing"})
#: Verbs that ask another to act ("called for the ban on imports to be lifted"): the act is only asked for.
_ASKING_FOR = frozenset({"call", "urge", "demand", "press", "push", "appeal", "plead", "lobby"})
#: Links from a content clause up to what governs it (not a relative clause, which describes a
#: noun, nor a conjunct, which is a second act).
_GOVERNED_BY = frozenset({"ccomp", "xcomp", "pcomp", "advcl", "acomp", "prep", "pobj", "dobj"})


def unasserted(token: Token) -> bool:
    """Whether the trigger's clause is put as a question, an opinion of the speaker or a
    possibility rather than reported as an act (issue 13: an interview's "Do you think the U.S.
    will extradite Gulen to Turkey?", "Yes, I do agree with you", "It is highly unlikely that the
    U.S. will ever extradite him", "may then decide to take drastic action, such as withdraw
    Turkey from NATO", "would be happy to see any country withdraw", "providing it is ratified",
    "called for the ban on imports to be lifted"). Such an event stays in the Extraction as
    hypothetical, out of the gold shape."""
    return put_as_question(token) or _own_opinion(token) or _governed_by_possibility(token)


def conditioned(token: Token) -> bool:
    """Whether an intention is itself only supposed: unasserted (`unasserted`) or under a
    condition ("if Egypt has decided to import wheat from Argentina instead, that is no problem for us"); a stated
    intention stays one whatever its own modal ("would want to expand ties")."""
    verb = trigger_verb(token)
    return unasserted(token) or (verb is not None and _conditional(verb))


def put_as_question(token: Token) -> bool:
    """A trigger in a sentence that ends with a question mark: what a question asks about is no
    act, even an intention ("What are you planning to do to increase engagement in the region?")."""
    last = next((t for t in reversed(token.sent) if not t.is_space and t.text not in ('"', "”", "'", "’", ")")), None)
    return last is not None and last.text.endswith("?")


def _own_opinion(token: Token) -> bool:
    """ "I agree" in the present: the speaker's opinion, no agreement between sides ("I agreed
    with President X to ..." reports one)."""
    if token.lemma_.lower() != "agree" or token.tag_ not in ("VBP", "VB"):
        return False
    if token.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in ("do", "fully") for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in token.children)


def _governed_by_possibility(token: Token) -> bool:
    """Whether a clause above the trigger's own verb chain makes it only possible: a modal
    ("may then decide to take action, such as withdraw"), a judgement of likelihood ("it is
    unlikely that"), a stated condition ("providing it is ratified") or a call on others to act
    ("called for the ban on imports to be lifted")."""
    current = trigger_verb(token) or token
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
    for _ in range(6):
        if current.dep_ not in _GOVERNED_BY or current.head == current:
            return False
        head = current.head
        if head.lower_ in _CONDITION_PARTICIPLES and head.dep_ == "advcl":
            return True
        if head.lemma_.lower() in _DOUBTS and head.pos_ == "ADJ":
            return True
        if current.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lemma_.lower() in _DOUBTS for c in head.children):
            return True
        if current.dep_ in ("ccomp", "xcomp", "pcomp", "advcl", "acomp") and head.pos_ in ("VERB", "AUX"):
            auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
            if auxes & _GOVERNING_MODALS and not ("would" in auxes and _reported(head)) and head is not token:
                return True
        if own_subject and current.dep_ in ("advcl", "ccomp") and head.lemma_.lower() in _ASKING_FOR and any(
            c.dep_ == "nsubj" for c in head.children
        ):
            return True
        if current.dep_ == "ccomp" and head.lemma_.lower() in _NOT_ASSERTING and _negated(head):
            return True  # "does not suggest that Chad has ended its ties", "do not want anyone thinking that troops beat ..."
        current = head
    return False


#: Verbs whose content clause, when they are negated, is not said to have happened ("the move
#: did not mean that X had cut its ties with Y", "we do not want people thinking that soldiers
#: beat civilians"); factive verbs ("did not know that"), verbs of saying ("did not say when
#: they met") and "expect" ("we did not expect Azerbaijan to agree to this trip": a surprise at
#: what happened) are not here: what they govern may still have happened.
_NOT_ASSERTING = frozenset("mean imply suggest indicate signal want think believe".split())


def _no_intention(verb: Token) -> bool:
    """An act an intention noun denied by "no" names ("has no intention *to talk*", "no plans *to
    visit*", "no desire of meeting")."""
    noun = verb.head if verb.dep_ == "acl" else verb.head.head if verb.dep_ == "pcomp" else None
    return noun is not None and noun.lemma_.lower() in _INTENTION_HEADS | {"plan", "desire"} and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


#: Subjects that deny the act ("*nothing* is agreed", "*neither* Bennett nor other officials have offered"), as does an
#: object of none ("reached *no agreement*"), but for the idiom of effort ("will spare *no efforts* to boost ...").
_NONE_WORDS, _NONE_DETERMINERS = frozenset({"nothing", "nobody", "none"}), frozenset({"no", "neither"})


def _none(noun: Token) -> bool:
    return noun.lower_ in _NONE_WORDS or any(g.dep_ == "det" and g.lower_ in _NONE_DETERMINERS for g in noun.children)


def _negated(token: Token) -> bool:
    return any(child.dep_ == "neg" or (child.dep_ in ("nsubj", "nsubjpass") and _none(child)) for child in token.children)


def reported_speech(token: Token) -> bool:
    """Whether the trigger's clause is what someone said ("X said the two sides signed ..."):
    the content clause of a reporting verb, whatever its tense, rather than the report itself."""
    verb = trigger_verb(token)
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        verb = verb.head
    return verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING
