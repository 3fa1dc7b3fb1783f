"""Applying the trigger lexicon (`accords.events.triggers`) to one token of a dependency parse.

`match_token` says which trigger spec a token fulfils in its sentence: the lexicon's entry
for its lemma, once the context checks here have ruled out the readings that are no event
("meet the demand", "called it a success", "offered his condolences", "deploy
recommendations") and picked the readings the lemma alone does not say ("spoke with
President X" is a phone CONSULT, "called on X to" a REQUEST, "announced with the EU a
pledge" an AGREE).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.triggers import (
    ADJECTIVES,
    AID_OBJECT_WORDS,
    FUNDING_VERBS,
    COMMITMENT_ADJECTIVES,
    JOINT_WORK_VERBS,
    JOINT_WORKS,
    MEETING_NOUNS,
    VISIT_NOUNS,
    NOUNS,
    VERBS,
    TriggerSpec,
    is_past,
    make_spec,
)
from accords.events.complements import has_cooperative_complement, punitive
from accords.events.objects import head_and_conjuncts, head_first, object_lemmas, pledged_amount
from accords.events.brokenlists import with_clause_subjects
from accords.events.phrases import is_verb
from accords.events.ceremonies import SIGNING_NOUNS, witnessed_signing
from accords.events import aidgiven, cameo, compliance, investments, joining, joint, ongoing, replies, requests, violence, works
from accords.events.stances import announced_backing, concerns_discussed
from accords.events.incidents import incident_spec
from accords.events.wishes import general_wish
from accords.events.tellings import told_an_official


def match_token(token: Token) -> TriggerSpec | None:
    """The trigger spec this token fulfils in its parse, or None."""
    lemma = token.lemma_.lower()
    if is_verb(token):
        if token.dep_ in ("amod", "compound"):
            return None  # "the newly-agreed MOU", "the signed deal": a reference, not a report
        objects = object_lemmas(token)
        if cameo.no_act(token):
            return None  # "hails from", "backed away from": no act of the news dictionary's verbs
        if (phrased := cameo.phrasal_spec(token)) is not None:
            return make_spec(*phrased)  # "lashed out at", "turned down", "pulled out of the deal"
        if lemma == "meet" and objects & _NOT_MET:
            return None  # "meet the demand", "meet the target"
        if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() == "interest" for c in token.children):
            # "a duty which will meet the interests of Iran and Armenia": served, no one met; only the
            # object itself ("met officials on issues of mutual interest" is a meeting)
            return None
        if lemma == "meet" and any(c.dep_ == "auxpass" for c in token.children) and not any(
            c.dep_ == "agent" for c in token.children
        ):
            return None  # "requirements must be met": no one met
        if lemma in ("establish", "upgrade") and not _diplomatic(token):
            # "have established deep relations" is a generic statement; "established a joint venture" a work
            return make_spec("COOPERATE") if works.joint_work(token) else None
        if lemma == "congratulate" and not (any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children) and any(
                c.dep_ == "dobj" and c.pos_ == "PROPN" for c in token.children)):
            return None  # "congratulated President X for Angola's signing" backs an act; "on" a holiday, or citizens: courtesy
        if lemma == "decline" and not requests.refused_acts(token):
            return None  # "exports declined", "declined to comment": no act refused
        if lemma == "insist" and not any(c.dep_ == "ccomp" for c in token.children):
            return None  # "insisted on his government's neighbourhood policy": a stance, not a demand
        if lemma in _STREET_VERBS and any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "auxpass", "agent")
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
            for c in token.children
        ):
            return None  # "rallied G20 partners", "rallying to defeat COVID-19", "demonstrated the importance": no street protest
        moved = {w for c in token.children if c.dep_ in ("dobj", "nsubjpass") for w in head_and_conjuncts(c)}
        if lemma in _MOBILIZING and moved and not moved & _FORCES:
            return None  # "deploy immediate recommendations", "mobilize ... $320 million in investment": no forces
        if lemma == "shoot" and not violence.shot_at_someone(token):
            return None  # "the film was shot in Morocco", "shot to fame", "shot down": no killing
        if lemma in ("wound", "injure") and not violence.people_hurt(token):
            return None  # "the remarks wounded his pride": no one hurt
        if lemma == "storm" and not any(c.dep_ == "dobj" for c in token.children):
            return None  # "stormed out of the meeting": no place taken by force
        if lemma == "defend" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in token.children):
            return None  # "as it defends itself against the invasion": no backing of another side
        if concerns_discussed(token):
            return make_spec("DISAPPROVE")  # "discussed their shared concerns about the PRC's coercive activities"
        if lemma == "convene":
            # "convened the forum", "the leaders ... convened to reaffirm": a meeting held
            held = objects & (MEETING_NOUNS | {"group"})
            return make_spec("CONSULT") if held or (not objects and _joint_subject(token)) else None
        if lemma == "deny" and (replies.denied_claim(token) is not None or replies.denied_act(token) is not None):
            return make_spec("REJECT")  # "China has denied that it forces U.S. companies to ...": a claim denied
        if compliance.refused_measure(token) is not None:
            return make_spec("REJECT")  # "will not comply with the U.S. sanctions": the measure refused
        if requests.wants_another(token):
            return make_spec("REQUEST")  # "wants the United States to cancel the tariffs": asked of another
        if violence.verbal_clash(token):
            return None  # "Britain and France clashed over the EU budget": words, no fighting
        if replies.called_untrue(token):
            return make_spec("REJECT")  # "Beijing called the accusations groundless": an accusation rejected
        if lemma == "call" and _called_on(token):
            return make_spec("REQUEST")  # "called on Turkey to sign": a request of Turkey, not an intention
        if lemma == "ask" and not _asked_of(token):
            return None  # "asked whether", "asked for comment", "was asked about": a question, no request of a side
        if lemma == "tell" and told_an_official(token):
            return make_spec("CONSULT")  # "Kocharian told the Iranian Head of ... Hassan Rouhani in Yerevan that ..."
        if lemma in ("speak", "talk", "call") and _spoke_with(token):
            # "spoke today with Prime Minister Kishida", "called Chancellor Scholz": a conversation
            phone = objects & {"phone", "telephone"} or lemma == "call"
            return make_spec("CONSULT", "phone" if phone else None)
        if lemma in ("offer", "express", "extend", "convey", "send") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _COURTESIES for c in token.children
        ):
            return None  # "offered his condolences", "extended congratulations": courtesy, no offer
        if (lemma in ("pledge", "promise") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _BACKINGS for c in token.children
        )) or announced_backing(token) or _backing_offered(token):  # "announced its support for Iran's accession"
            return make_spec("SUPPORT")  # "pledged U.S. support for Timor-Leste's accession": support voiced, no promise of acts
        if lemma in ("offer", "give", "provide") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _SAID_THINGS for c in token.children
        ):
            return None  # "offered a wide range of figures", "offering new guidance": words, no offer of cooperation
        if lemma == "announce" and not pledged_amount(token) and not aidgiven.aid_announced(token):
            # "announced its support for the resolution": no aid without an amount; a joint work
            # announced together is agreed ("X and Y announced a joint Task Force", "announced,
            # with the EU, a Global Methane Pledge", "announced a trade deal with the UK")
            return _joint_spec(token) or (make_spec(joint.announced_type(token)) if _joint_announcement(token) else None)
        if lemma in ("launch", "commence") and violence.military_operation(token):
            # "Turkey launched a military operation against Syrian Kurdish fighters", "launched
            # Operation Peace Spring in northern Syria": an offensive, no joint project
            return make_spec("ASSAULT")
        if lemma == "invest" and not _invested_in_named_place(token):
            return None  # "invested $7 billion for the drilling", "invested in western provinces": no partner named
        if joining.joined_in_person(token):
            return make_spec("CONSULT")  # "joined leaders of ASEAN for the summit", "was joined by President Yoon"
        if lemma == "welcome" and _greeted(token):
            return make_spec("CONSULT", "visit")  # "he was welcomed by the Uzbek deputy prime minister"
        if lemma == "agree" and _house_rules(token):
            return None  # "By joining the call, you are agreeing to these ground rules": a briefing's terms, no accord
        if lemma == "welcome" and _meeting_welcomed(token):
            return None  # "We welcome the visit of Amir ... to Baghdad": the visit is the event, its sides the visit's
        if general_wish(token) or joint.restated_commitment(token):  # "reaffirmed their commitment to de-escalate": agreed
            return make_spec("AGREE") if joint.restated_commitment(token) else None  # "look forward to building on ...": no plan
        if came_to_help(token):
            return make_spec("AID")  # "a rescue team ... arrives in Turkey to offer help": help given there
        if lemma == "disburse" and not any(c.dep_ == "nsubj" for c in token.children):
            return None  # "The loan proceeds will be disbursed through multiple channels": no one named pays out
        if funds_given(token):
            return make_spec("AID")  # "will provide an additional $2 million", "will commit $5 million to support ..."
        if ongoing.cooperation_reviewed(token):
            return make_spec("COOPERATE")  # "discussed our expanding Coast Guard partnership": a programme under way
        if lemma == "have" and works.joint_work(token):
            return make_spec("COOPERATE")  # "the two countries currently have 15 joint projects" (before "have talks")
        for spec in head_first(token, VERBS.get(lemma, ())):
            if spec.objects and not (objects & spec.objects):
                continue
            if spec.needs_past and not is_past(token):
                continue
            if spec.intention and not has_cooperative_complement(token):
                continue
            return spec
        if works.joint_work(token):
            return make_spec("COOPERATE")  # "was put into operation", "set up a joint venture"
        if lemma in JOINT_WORK_VERBS and _jointly(token) and is_past(token):
            return make_spec("COOPERATE")
        if _given_to_a_state(token):
            return make_spec("AID")
        return _joint_spec(token)
    if token.pos_ in ("NOUN", "PROPN"):
        if lemma in SIGNING_NOUNS:
            # "observed the signing of nine documents": a signing attended (events/ceremonies)
            return make_spec("SUPPORT", "sign") if witnessed_signing(token) else None
        if (incident := incident_spec(token)) is not None:
            return make_spec(*incident)  # "the bombing killed 20", "protests erupted" (`accords.events.incidents`)
        noun = NOUNS.get(lemma) or NOUNS.get(token.text.lower())
        if noun is None:  # "U.S. investment in Angola": investment told as a noun (events/investments)
            return make_spec("COOPERATE") if investments.invested_noun(token) or works.work_under_way(token) else None
        if _habitual(token):
            return None  # "Meetings between the foreign ministers ... have also taken place": ties told in general
        if noun.intention and (not has_cooperative_complement(token) or general_wish(token) or _shared(token)):
            return None  # "issues of mutual interest including bilateral ties": a topic, no one's intention
        return noun
    if token.pos_ == "ADJ":
        adjective = ADJECTIVES.get(lemma)
        if adjective is not None and (has_cooperative_complement(token) or _commitment(token)):
            return adjective
    return None


#: What a pledge of backing gives: support voiced (SUPPORT), not a promise to act (AGREE).
_BACKINGS = frozenset({"support", "solidarity", "backing"})


def _habitual(noun: Token) -> bool:
    """A meeting noun, plural and bare, that tells of ties in general ("fruitful meetings and talks
    between the two countries' officials", "holding meetings between the three countries is a very
    suitable method"), not of meetings held or planned ("will pay official visits to Kazakhstan and
    Kyrgyzstan", "the OIC will hold meetings", "held meetings with the Lebanese and Iraqi delegations")."""
    if noun.lower_ not in _HABITUAL_PLURALS or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    held = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HOLDING_VERBS and noun.head.tag_ != "VBG"
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)  # "meetings in Japan this week"
    return not held and not dated


def _given_to_a_state(token: Token) -> bool:
    """Aid the lexicon's objects do not name: an amount of money contributed ("the Department of
    State is contributing more than $12 million"), or what is provided to a named state "with"
    ("provided Ukraine with technical data to start local production")."""
    lemma = token.lemma_.lower()
    if lemma == "contribute":
        return pledged_amount(token)
    if lemma not in ("provide", "supply", "equip") or token.dep_ == "pcomp":
        return False  # "conferred on providing Iran with Kazakh locomotives": a topic, nothing provided
    state = any(c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "NORP") or c.pos_ == "PROPN") for c in token.children)
    return state and any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
                         for c in token.children)


#: Of those, the ones the lexicon reads as a promise (AGREE) or not at all, whatever is given
#: ("contribute" with an amount is aid already: `_given_to_a_state`).
_PLEDGING = frozenset({"pledge", "commit"})
#: Words that make an amount given investment or trade, not aid (COOPERATE: "commitments to
#: infrastructure projects", "private companies committed $4.2 billion"), or aid to the world at
#: large, not to the partner ("has committed more than $2.9 billion to address the global food
#: crisis").
_NOT_AID = frozenset(
    "invest investment investments infrastructure private company companies business businesses purchase purchases "
    "acquisition acquisitions "
    "trade export exports import imports sale sales global globally world worldwide".split()
)


def funds_given(token: Token) -> bool:
    """An amount of money a verb of giving or committing acts on, with nothing that makes it
    investment or trade: a grant or a pledged fund (AID, whether or not the lexicon's aid words
    are there); the side it goes to is named or is the article's partner."""
    lemma = token.lemma_.lower()
    if lemma not in FUNDING_VERBS or token.dep_ in ("amod", "compound", "pcomp"):
        return False
    if not pledged_amount(token) or not any(c.dep_ in ("dobj", "nsubjpass") and _money_head(c) for c in token.children):
        return False  # "continues to give mixed signals about ... tariffs on $360 billion": no money given
    if lemma not in _PLEDGING and object_lemmas(token) & AID_OBJECT_WORDS:
        return False  # "provided $312 million in assistance": the lexicon's own aid
    # a name is no word of trade or of the world at large ("the World Food Programme")
    return not any((t.lemma_.lower() in _NOT_AID or t.lower_ in _NOT_AID) and t.pos_ != "PROPN" for t in token.subtree)


def _money_head(noun: Token) -> bool:
    """Whether a phrase is headed by its amount ("an additional $2 million", "$450,000"), not a
    thing that merely mentions one ("mixed signals about ... $360 billion worth of goods")."""
    return noun.like_num or noun.lower_ in _AMOUNT_WORDS or noun.text.startswith(("$", "€", "£"))


_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "thousand", "hundred", "dollars", "euros", "pounds"})


def _joint_spec(token: Token) -> TriggerSpec | None:
    """A verb of no trigger that is an event through its subject and verb chain
    (`accords.events.joint`): a commitment to act, future work with a named partner (AGREE),
    what sides named together are doing or launched (COOPERATE). What they will do together is
    a joint plan (`accords.events.jointplans`)."""
    if joint.commitment(token) or joint.future_with_partner(token) or joint.joint_decision(token):
        return make_spec("AGREE")
    if joint.joint_ongoing(token) or joint.joint_launch(token):
        return make_spec("COOPERATE")
    return None


_NOT_MET = frozenset(
    "demand demands need needs requirement requirements standard standards expectation expectations target targets goal goals criterion criteria "
    "condition conditions deadline challenge challenges crisis crises threat threats obligation obligations commitment commitments moment "
    "regulation regulations rule rules ambition ambitions pressure cost costs expense expenses payment payments quota quotas success failure "
    "resistance criticism skepticism scepticism approval disapproval silence hostility indifference derision outrage anger condemnation praise "
    "applause enthusiasm protest protests".split()
)


#: Meeting nouns that, plural and bare (no article, possessive or number), tell of ties in
#: general, not of one meeting: "fruitful meetings and talks between the two countries' officials".
_HABITUAL_PLURALS = frozenset({"meetings", "visits", "consultations"})
#: Verbs whose finite form holds the meetings it takes as object ("held meetings", "will pay visits").
_HOLDING_VERBS = frozenset({"hold", "pay", "have", "conduct", "make"})
#: What a leader offers or sends as a courtesy: no AGREE, AID or SUPPORT.
_COURTESIES = frozenset(
    "condolence condolences congratulation congratulations sympathy sympathies thanks gratitude appreciation "
    "prayer prayers wish wishes greeting greetings regards respects sorrow grief sadness thought thoughts".split()
)
#: What one offers or gives in words: an opinion, figures or advice, no offer to act ("those
#: making the claim have offered a wide range of figures", "Beijing offering new guidance").
_SAID_THINGS = frozenset(
    "guidance advice explanation explanations opinion opinions view views insight insights assessment "
    "assessments comment comments testimony evidence figure figures estimate estimates account accounts "
    "detail details interview interviews answer answers reason reasons argument arguments analysis "
    "criticism praise speech remarks".split()
)
#: Verbs of MOBILIZE (PLOVER: forces readied or moved), and what they move when they do.
_MOBILIZING = frozenset({"deploy", "mobilize", "mobilise"})
_FORCES = cameo.FORCES
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
        if any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon", "off") and not (
            c.lower_ == "on" and any(g.dep_ == "pobj" and _a_time(g) for g in c.children)
        ) for c in children):
            return False  # "called for", "called on X to"; not "called Zarif on Saturday evening"
        partners = [c for c in children if c.dep_ == "dobj"]
        if not partners:
            # "called President-elect Claudia Sheinbaum of Mexico today to congratulate her": the
            # parser may make the person called an object predicate, as in a naming
            partners = [c for c in children if c.dep_ == "oprd" and (
                _titled_person(c) or _state_office(c) or (c.pos_ == "PROPN" and _said_in_call(token)))]
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
        if not partners:  # "spoke today with X to discuss ...", parsed as "with" + the clause "X to discuss"
            partners = with_clause_subjects(token)
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


#: What one calls a person to say: the call is a conversation ("called Zarif on Saturday evening
#: *to assure* him"), not a request that the person act ("called the groups to act").
_SAYING = frozenset(
    "assure reassure congratulate discuss express convey thank inform brief condole apologize apologise "
    "explain review exchange consult".split()
)


def _said_in_call(verb: Token) -> bool:
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _SAYING
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


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


def _state_office(token: Token) -> bool:
    """An office of a state named by its country ("called Turkey's prime minister to mend ties",
    "called the Turkish president"): the holder called, though unnamed (evtt51)."""
    return token.lemma_.lower() in _COUNTERPARTS and any(
        (c.dep_ == "poss" and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper())
        for c in token.children)


def _joint_announcement(token: Token) -> bool:
    """"Announced" a joint work (`JOINT_WORKS`) that two sides announce together: a subject of
    two coordinated names, or a "with" phrase on the verb or on the work."""
    work = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if work is None:
        # "announced, with the EU, a Global Methane Pledge": the parser may make the work an
        # apposition of the partner set off by commas
        work = next((a for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                     for g in c.children if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"), None)
    if work is None:
        return False
    words = {work.lemma_.lower()} | {c.lemma_.lower() for c in work.children if c.dep_ in ("compound", "appos")}
    if not words & JOINT_WORKS:  # what it is called, or its apposition ("AUKUS, an enhanced ... partnership")
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    together = (subject is not None and bool(subject.conjuncts)) or joint.joint_subject(token)  # "the two leaders"
    with_phrase = any(
        c.dep_ == "prep" and c.lower_ in ("with", "alongside") for owner in (token, work) for c in owner.children
    )
    return together or with_phrase


def _called_on(token: Token) -> bool:
    """"Called on / upon X to do": a request of X (an action in the complement). "Called Zarif *on
    Saturday evening* to assure him": "on" a day or time is when the call was made."""
    asked = any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and any(
            g.dep_ == "pobj" and not _a_time(g) for g in c.children)
        for c in token.children
    )
    return asked and any(
        (c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        # "called on Russia to de-escalate tensions": the split "de - escalate" read as adjectives of the object
        or (c.dep_ in ("dobj", "oprd") and any(t.dep_ == "aux" and t.lower_ == "to" and t.i > token.i for t in c.subtree))
        for c in token.children
    )


#: Nouns of a time of day or a day that "on" dates an act with ("on Saturday evening").
_TIMES_OF_DAY = frozenset(
    """morning afternoon evening night day weekend monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december""".split()
)


def _a_time(noun: Token) -> bool:
    """A day, date or time of day ("Saturday evening", "Monday", "May 5")."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIMES_OF_DAY


def _asked_of(token: Token) -> bool:
    """"Asked X to do" or "asked X for Y": a request of X (the object asked, and an action or a
    thing asked for). "Asked him whether ...", "asked for comment" ask a question."""
    if not any(c.dep_ == "dobj" for c in token.children):
        return False
    return any(
        (c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        or (c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children))
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


def _backing_offered(verb: Token) -> bool:
    """"Offered his full support for Prime Minister Kadhimi's efforts": backing voiced *for*
    something (SUPPORT), no offer to act; "offer support to the mpox response" is help offered."""
    return verb.lemma_.lower() == "offer" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _BACKINGS and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)
        for c in verb.children)


def _commitment(adjective: Token) -> bool:
    """"Ready / willing / prepared *to* do something" commits to any action but one against
    another ("stand ready to impose further costs on Russia": a warning, `complements.punitive`)."""
    return adjective.lemma_.lower() in COMMITMENT_ADJECTIVES and any(
        child.dep_ == "xcomp" and child.pos_ == "VERB" and not punitive(child) for child in adjective.children
    )


_GUESTS = frozenset("delegation minister president ambassador envoy counterpart official guest premier".split())


def _greeted(token: Token) -> bool:
    """Whether "welcome" greets a visitor (a person as its object or passive subject) rather
    than backs a decision ("welcomed the decision")."""
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.pos_ == "PRON" and child.lower_ in ("he", "she", "him", "her", "they", "them"):
                return True
            if child.ent_type_ == "PERSON" or (head_and_conjuncts(child) & _GUESTS and child.lemma_.lower() not in NOUNS):
                return True  # "Bagheri and his delegation were welcomed by ..."; not "welcomed the upcoming visit by ..."
            if child.pos_ == "PROPN" and (
                any(g.lemma_.lower() in _GUESTS for g in child.children if g.dep_ == "compound")
                or any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
            ):
                return True  # "welcomed Romanian President Klaus Iohannis to the White House"
    return False


#: Meetings a third side welcomes ("welcomed the recent trilateral summit in Baghdad between Iraq,
#: Jordan, and Egypt"); a call welcomed may be a demand ("welcomed the call for a ceasefire").
_WELCOMED_MEETINGS = (MEETING_NOUNS | VISIT_NOUNS) - {"call"}


def _meeting_welcomed(token: Token) -> bool:
    """Whether "welcome" backs a meeting or visit it names as its object ("We welcome the visit of
    Amir Sheikh Tamim ... to Baghdad", "welcomed the recent trilateral summit in Baghdad"): the
    meeting is the event (CONSULT of its sides); the welcome adds no SUPPORT of those sides. Or
    greets the audience ("It is a distinct pleasure for me to welcome *you* all to the First OIC
    Member States Conference on Mediation"): a speaker's courtesy, no act between states."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in _WELCOMED_MEETINGS or c.lower_ == "you") for c in token.children)


def _house_rules(token: Token) -> bool:
    """Whether "agree" binds the audience to a briefing's terms ("By joining the call, you are agreeing
    to these ground rules", "you agree to the ground rules and the embargo time"): no accord of states."""
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for c in token.children) and any(
        pobj.lemma_.lower() in ("rule", "embargo") for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
        for pobj in prep.children if pobj.dep_ == "pobj")


def _invested_in_named_place(verb: Token) -> bool:
    """"Invested ... *in Azerbaijan*", "*in Azerbaijan's economy*": an "in" phrase on the verb
    whose object is a proper noun or is owned by one."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(o.dep_ == "poss" and o.pos_ == "PROPN" for o in g.children))
            for g in c.children)
        for c in verb.children
    )


def _shared(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in ("mutual", "common", "shared") for c in noun.children)


def _diplomatic(token: Token) -> bool:
    return any(t.lower_ == "diplomatic" for child in token.children if child.dep_ == "dobj" for t in child.subtree)


def _jointly(token: Token) -> bool:
    return any(child.lemma_.lower() in ("jointly", "together") for child in token.children)


#: Verbs of giving help in a purpose infinitive ("to offer help", "to provide assistance").
_HELP_GIVING = frozenset({"offer", "provide", "give", "render", "extend", "deliver"})
#: What is given when help arrives: help itself or the lexicon's aid words.
_HELP = AID_OBJECT_WORDS | frozenset({"help", "relief"})
#: Verbs of a team or a cargo arriving or sent: the purpose infinitive is done where it arrives.
_ARRIVING = frozenset("arrive travel fly go come head rush send dispatch deploy".split())
#: Auxiliaries of an arrival that has not happened ("will arrive", "would be sent").
_NOT_YET = frozenset({"will", "would", "shall", "should", "could", "might", "may", "to"})


def came_to_help(token: Token) -> bool:
    """"A medical and rescue team of the Red Crescent Society of Iran arrives in Turkey *to offer
    help*", "sent a team to Turkey to provide assistance": help that arrives is help given (AID,
    tests/gold/README: "a rescue team that 'arrives' to help is AID"), while "offered help" alone
    is an offer (AGREE). The arrival must be told as happening or done, not planned ("will
    arrive to offer help" stays an offer)."""
    if token.lemma_.lower() not in _HELP_GIVING or token.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if not object_lemmas(token) & _HELP:
        return False
    head = token.head
    if head.lemma_.lower() not in _ARRIVING:
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_YET for c in head.children)
