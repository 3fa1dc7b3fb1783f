"""Trigger words that name no act between sides: a grant of approval, powers or patents, a
participle that describes who backs whom, a call for more cooperation, a court appeal, a claim
insisted on ("insisted that the treaty was illegal"), tourists' trips, a message received, a bare imperative, a report released, a lone
coordinator, "to discuss" saying what something is for, and an attack in words.

Each looks like an event word but tells something an analyst would not record as an event
(tests/gold/README): "in case the parliament grants its approval" or "120 patents were granted
to Azerbaijani applicants" is no AID; "militia *supporting* President Assad" and "content
*praising* Saudi leadership" describe a group, they report no act of support; "urged greater
collaboration between Iran and Azerbaijan" or "urged the Iranian business delegation to invest
in Georgia" is encouragement of the relation, not a demand made of a side (the Tehran Times dev
gold marks both as false); "Around 320,000 Iranians visited the neighboring country" is a
tourism figure, no CONSULT between states. This module owns the word lists of these rules; the events stage
drops the triggers they accept.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from accords.gazetteer.countries import countries
from accords.events.matching import match_token
from accords.events import triggers as lexicon
from accords.events.objects import object_lemmas, pledged_amount
from accords.events.triggers import AID_OBJECT_WORDS, ENDORSING_VERBS
from accords.events.phrases import is_verb
from accords.events.trips import says_where


def grant_of_no_aid(token: Token) -> bool:
    """"Grant" whose object is neither aid (`AID_OBJECT_WORDS`: a loan, a credit, aid) nor an
    amount of money: approval, powers, a chairmanship, patents, visa-free travel; "approve" or
    "authorize" of anything but the approver's own aid (`_own_aid_approved`)."""
    if token.lemma_.lower() in _APPROVING and is_verb(token):
        return not _own_aid_approved(token)
    if token.lemma_.lower() != "grant" or not is_verb(token):
        return False
    return not (object_lemmas(token) & AID_OBJECT_WORDS) and not pledged_amount(token)


_APPROVING = frozenset({"approve", "authorize", "authorise"})


def _own_aid_approved(token: Token) -> bool:
    """"Approved a $300 million security assistance package for Ukraine": aid is what is approved
    (the object's head, a word compounded with it, or its "in"/"of" phrase), and no other side owns
    it: a regulator that "approved a British government aid package" or a fund that "approved
    Ghana's request for a new loan program" gives nothing."""
    for obj in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
        words = [obj] + [c for c in obj.children if c.dep_ == "compound"]
        for _ in range(2):  # "a drawdown *of* $200 million *in* military aid"
            words += [g for w in words for c in w.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                      for g in c.children if g.dep_ == "pobj" and g not in words]
        owned = any(t.dep_ == "poss" or (t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper())
                    for left in obj.lefts for t in left.subtree)  # "British", "Ghana's": another's
        if not owned and any(w.lemma_.lower() in lexicon.GRANTED_AID.split() for w in words):
            return True
    return False


def legal_appeal(token: Token) -> bool:
    """"Appeal" with no one appealed to and nothing appealed for ("their lawyers said they would
    appeal", "the ruling was appealed"): a court appeal, no request made of a side. "Appealed to
    Turkey to ...", "appealed for calm" stay."""
    if token.lemma_.lower() != "appeal" or token.pos_ not in ("VERB", "AUX"):
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ in ("to", "for")) or c.dep_ in ("xcomp", "ccomp", "dative") for c in token.children
    )


#: Verbs of insisting: a demand when what they insist on is to be done, a claim when it is a fact.
_INSISTING = frozenset({"insist"})
#: Forms of a finite verb in the indicative ("that they *are* outsiders", "that it *was* legal").
_INDICATIVE_FORMS = frozenset("is are was were am has have had does do did".split())
#: Modals that make an insisted clause a demand ("insisted that Japan *should* open its markets").
_DEMANDING_MODALS = frozenset({"should", "must", "shall"})


def asserted_claim(token: Token) -> bool:
    """"Insist" on a fact, not on an act: "rivals will insist that the small party is an
    outsider", "Tokyo insisted that the deal was legal" assert something; no side is asked to do
    anything. A clause to be done stays a demand ("insisted that Japan boost imports", "insist
    that Tokyo should open its market", "insisted on a ceasefire")."""
    if token.lemma_.lower() not in _INSISTING or token.pos_ not in ("VERB", "AUX"):
        return False
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _DEMANDING_MODALS for c in auxiliaries):
        return False
    finite = [clause, *auxiliaries]
    return any(t.tag_ in ("VBZ", "VBD") or t.lower_ in _INDICATIVE_FORMS for t in finite)


def describing_participle(token: Token) -> bool:
    """An endorsing verb as a present participle modifying a noun ("popular forces *supporting*
    Damascus", "content *praising* Saudi leadership"), or in a relative clause on a common noun
    ("a group *that has applauded* some of Trump's tariff decisions"): it describes the noun, no
    act is reported. A clause on a name or a state ("Iran, which has supported Syria", "the Turkish
    government, which backed Azerbaijan's position") stays."""
    if token.lemma_.lower() not in ENDORSING_VERBS:
        return False
    return (token.dep_ == "acl" and token.tag_ == "VBG") or (
        token.dep_ == "relcl" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() not in _STATE_NOUNS)


#: Nouns that stand for a state or its office holders: a clause on them tells the state's act.
_STATE_NOUNS = frozenset(
    """government administration country state nation republic kingdom regime ministry minister president leader
    side parliament""".split()
)


#: Requests whose content is the relation itself.
_REQUEST_VERBS = frozenset({"urge", "call", "appeal", "ask"})
#: What a call for more cooperation asks for: cooperation itself ...
_COOPERATION = frozenset(
    "cooperation cooperate collaboration collaborate partnership interaction invest investment trade".split()
)
#: ... or more of it ("increase in trade", "boosting trade", "to work together more closely").
_MORE = frozenset("increase boost boosting expand expansion develop development strengthen enhance deepen".split())
#: What "more of" must bear on to be the relation.
_RELATION = _COOPERATION | frozenset("ties relations relation exchange exchanges cooperation".split())


def call_for_cooperation(token: Token) -> bool:
    """A request whose content is more cooperation between the sides ("urged greater
    collaboration between Iran and Azerbaijan", "called for boosting trade", "urged Iranian
    business delegation to invest in Georgia", "urged Iran and Moscow to work together more
    closely"): encouragement, no demand of one side. Requests for an act (to stop the war, to
    provide contributions, to withdraw) stay."""
    if token.lemma_.lower() not in _REQUEST_VERBS:
        return False
    # "urged X *to invest*": the clause is the content, X the side asked; else the object
    contents = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ == "advcl" and c.i > token.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    if not contents:  # "urged greater collaboration", else "called for boosting trade"
        contents = [c for c in token.children if c.dep_ == "dobj"] or [
            g for c in token.children if c.dep_ in ("prep", "prt") and c.lower_ == "for"
            for g in c.children if g.dep_ in ("pobj", "pcomp")
        ]
    return bool(contents) and all(_more_cooperation(content) for content in contents)


def _more_cooperation(content: Token) -> bool:
    lemma = content.lemma_.lower()
    if lemma in _COOPERATION:
        return True
    if lemma == "work" and any(c.lower_ in ("together", "jointly") for c in content.children):
        return True
    if lemma in _MORE:
        told = {t.lemma_.lower() for t in content.subtree if t is not content}
        return bool(told & _RELATION)
    return False


#: Verbs and nouns of a visit: tourists' and travellers' visits are no meeting of states.
_VISITING = frozenset("visit host travel arrive receive welcome".split())
#: People whose trips are tourism, not diplomacy.
_TRAVELLERS = frozenset(
    """tourist traveler traveller visitor national citizen pilgrim passenger holidaymaker foreigner
    resident fan people""".split()
)
#: Nouns that count what follows "of" ("a total of 2,276,604 foreign nationals").
_COUNTS = frozenset("total number share majority".split())


def travellers_visit(token: Token) -> bool:
    """A visit by tourists or a people counted ("Around 320,000 Iranians visited the neighboring
    country", "The Republic of Azerbaijan hosted a total of 2,276,604 foreign nationals", "the
    number of Iranian tourists visiting Georgia", "tourists accounted for the highest number of
    visits to the country", "six million Iranian nationals are anticipated to visit Turkey",
    "Turkey is expected to welcome more than 6 million Iranian tourists", "all Iranians who intend to
    visit Turkey are recommended to avoid ... trips", a guide's "combine your visit with lunch"): tourism,
    no CONSULT (nor a welcome, SUPPORT) between states. Officials, ministers
    and delegations (a "20-member Turkish trade delegation traveled to Tehran") still visit."""
    if token.lemma_.lower() == "send" and token.pos_ == "VERB":
        return _delegation_sent_nowhere(token)
    if token.lemma_.lower() not in _VISITING:
        return False
    if token.lemma_.lower() == "travel" and token.pos_ == "VERB" and not says_where(token):
        return True  # "deported 168 Liberians for traveling without proper documents on a vessel": no trip to a side
    if token.pos_ in ("NOUN", "PROPN"):  # "the highest number of visits to the country"; "combine your visit with lunch"
        return (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _COUNTS) or (
            _readers_visit(token)
        )
    people = [c for c in token.children if c.dep_ in ("nsubj", "dobj")]
    if token.dep_ == "acl" and token.tag_ == "VBG":
        people.append(token.head)  # "Iranian tourists visiting Georgia"
    if token.dep_ == "xcomp":
        # "six million Iranian nationals are anticipated to visit Turkey": the raising verb's subject
        people.extend(c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        if token.head.dep_ == "acl":
            people.append(token.head.head)  # "Iranians seeking to travel to Azerbaijan will have to apply for a visa"
    # "all Iranians who intend to visit Turkey": the relative pronoun's antecedent
    people.extend(p.head.head for p in list(people) if p.lower_ in ("who", "that") and p.head.dep_ == "relcl")
    return any(_travellers(person) for person in people)


def _delegation_sent_nowhere(verb: Token) -> bool:
    """A delegation or envoy sent with neither a destination nor a purpose ("some countries have
    opened their embassies and sent some delegations"): no one visit reported."""
    sent = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("delegation", "envoy")]
    if not sent:
        return False
    heads = (verb, *sent)
    return not any((c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")) or c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                   for head in heads for c in head.children)


def _readers_visit(visit: Token) -> bool:
    """"Combine your visit with lunch", "plan your visit": a guide's advice to its reader, the
    object of a bare imperative ("I hope your visit to Iran is a good opportunity", said to a
    visiting minister, stays)."""
    verb = visit.head
    return visit.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ == "your" for c in visit.children) and (
        verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


def _travellers(person: Token) -> bool:
    if person.lemma_.lower() in _COUNTS:  # "a total of 2,276,604 foreign nationals"
        person = next((g for c in person.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), person)
    if person.lemma_.lower() in _TRAVELLERS:
        return True
    # a plural people: "320,000 Iranians", "the Armenians" (a demonym, not a state's officials)
    return person.text.endswith("s") and person.text in _peoples()


@functools.cache
def _peoples() -> frozenset[str]:
    """The plural demonyms of the gazetteer ("Iranians", "Azerbaijanis", "Turks")."""
    return frozenset(d for c in countries() for d in c.demonyms if d.endswith("s") and " " not in d)


#: What a side receives that is no visitor: a message, a letter, a note, greetings.
_MESSAGES = frozenset(
    """message messages letter letters note notes cable cables telegram telegrams greeting greetings
    congratulation congratulations condolence condolences""".split()
)


def message_received(token: Token) -> bool:
    """"Received a message (a letter, a note) from his Tajik counterpart": a message delivered,
    no reception of a visitor (CONSULT/visit); the gold records a congratulatory or condolence
    message as a not-required SUPPORT, none as a meeting. "Received a phone call from" and
    "received the Tajik foreign minister" stay."""
    if token.lemma_.lower() != "receive" or not is_verb(token):
        return False
    received = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(received) and all(thing.lemma_.lower() in _MESSAGES for thing in received)


#: What may stand before a list item's first word: a bullet, a bold or plain heading ("- **Vaccinate
#: the world:** ", "Deliver doses urgently: ").
_ITEM_LEAD = re.compile(r"[\s\-*\u2022\u00b7]*(?:\*\*[^*]{1,120}\*\*[\s:]*|[A-Z][^:.\"\u201c]{0,120}:[\s*]*)?")


def imperative(token: Token) -> bool:
    """A list item that opens with a bare imperative ("- **Vaccinate the world:** Support the
    WHO's goal of ...", "- Endorse the G7 Carbis Bay Declaration"): a fact sheet's list of targets
    or asks, addressed to no one named, no act reported. A sentence with a subject, and a quoted
    imperative (a speaker's demand), stay."""
    if token.tag_ != "VB" or not token.text[:1].isupper() or not is_verb(token):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return False
    lead = token.doc.text[token.sent.start_char:token.idx]
    return _ITEM_LEAD.fullmatch(lead) is not None


#: Who or what a side releases as a concession.
_RELEASED = frozenset(
    """prisoner hostage detainee captive sailor crew journalist soldier citizen national activist
    tanker ship vessel asset fund""".split()
)
#: Words that make the released people held ones ("release all those unjustly detained").
_HELD = frozenset("detain hold imprison jail arrest kidnap abduct capture seize".split())


def release_of_no_one(token: Token) -> bool:
    """"Released" a report, a letter, a statement or figures: a publication, no concession
    ("NASA's Office of the Inspector General released two highly critical reports", "Trump
    released a letter from his longtime physician", "the data released by the statistics office"). Releasing prisoners, hostages, detained
    people, a seized ship or frozen funds is CONCEDE."""
    if token.lemma_.lower() != "release" or not is_verb(token):
        return False
    released = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        released.append(token.head)  # "the data released by the Turkish Statistical Institute" (Tehran Times)
    for thing in released:
        words = {t.lemma_.lower() for t in thing.subtree}
        if words & (_RELEASED | _HELD) or thing.ent_type_ == "PERSON" or thing.pos_ == "PROPN":
            return False
    return bool(released)


def coordinated_alone(token: Token) -> bool:
    """"Coordinate" with no partner and one actor ("the mastermind behind the Shiraz attack who
    coordinated it"): organising something, no cooperation between sides. "We have already
    coordinated mutual issues", "coordinated with Baku" and "the two ministries coordinated" stay."""
    if token.lemma_.lower() != "coordinate" or not is_verb(token):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
        subject = token.head  # "the mastermind ... who coordinated it"
    if subject is None:
        return False
    return subject.tag_ in ("NN", "NNP") and not subject.conjuncts


#: Verbs of talking whose infinitive may only say what something is for.
_TALKING = frozenset("discuss negotiate confer".split())
#: Heads whose "to discuss" is a meeting held or planned: trips, meetings, plans and schedules.
_MEETING_PURPOSES = frozenset(
    """arrive travel fly go come head leave visit pay meet hold have attend convene gather host invite call
    plan intend aim seek want wish hope expect prepare decide agree schedule set due slate arrange organize
    organise ready willing prepared interested meeting talks session summit visit trip conference forum
    delegation""".split()
)


def idle_purpose(token: Token) -> bool:
    """"To discuss" that says what something is for, not a meeting held or planned ("interviewed
    Jeffrey Lefebvre ... to further discuss the issue", "addressed a gathering of Iranians living in
    Baku to discuss ...", "It is too early to discuss the impact", "Turkey has nothing to discuss").
    After a trip, a meeting, a plan or a schedule ("arrived in Baku to discuss", "met to discuss",
    "plans to discuss") it stays, as the trip's or the plan's."""
    if token.lemma_.lower() not in _TALKING or token.dep_ not in ("advcl", "acl", "xcomp", "relcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    if head.lemma_.lower() in _MEETING_PURPOSES or head.lower_ in _MEETING_PURPOSES:
        return False
    return match_token(head) is None


#: Prepositions of a hosting credited to the host ("thanked Qatar *for* hosting the talks", "the
#: UAE's leadership *in* hosting COP-28").
_CREDIT_PREPS = frozenset({"for", "in"})


def credited_hosting(token: Token) -> bool:
    """A hosting credited to its host, not a meeting of the host with those who credit it: "we
    commend ... the warm hospitality of Papua New Guinea for hosting this Dialogue", "welcomed the
    UAE's leadership in hosting COP-28". The meeting hosted is the one the text reports (with
    its own sides) or a conference of many; thanks to the host are no meeting of two."""
    return token.lemma_.lower() == "host" and token.dep_ == "pcomp" and token.head.lower_ in _CREDIT_PREPS


#: Verbs of backing whose purpose infinitive says what an act is for ("launched new initiatives
#: *to support* Philippine maritime law enforcement", "the loan proceeds will be disbursed *to
#: support* Ukraine's budget").
_BACKING_PURPOSES = frozenset({"support", "help", "assist", "defend", "back"})
#: Heads whose infinitive of backing is itself the event: an intention, commitment, decision or
#: stance ("decided to support", "will continue to support", "their commitment to support").
_BACKING_HEADS = frozenset(
    """intend plan aim seek want wish hope look expect prepare decide agree suggest interested ready willing keen
    eager readiness interest intention willingness continue commit pledge promise vow offer propose decision
    commitment resolve solidarity determination stand remain plan plans pledge pledges""".split()
)


def idle_backing(token: Token) -> bool:
    """"To support X" that says what an act is for, not support expressed or promised: the
    purpose infinitive of a verb or noun of no intention ("launched new initiatives to support
    ...", "the role the United States can play to support a negotiated solution", "will be
    disbursed through multiple channels to support Ukraine's budgetary ... assistance"). The act
    it serves is the event where it is one (an amount provided, an initiative launched)."""
    if token.lemma_.lower() not in _BACKING_PURPOSES or token.dep_ not in ("advcl", "acl", "xcomp", "relcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    return head.lemma_.lower() not in _BACKING_HEADS and head.lower_ not in _BACKING_HEADS


#: Verbs and adjectives of promising, offering and proposing.
_PROMISING = frozenset({"promise", "pledge", "offer", "vow", "propose", "prepared", "prepare"})


#: Words that make what is promised an act between states ("pledged continued U.S. support",
#: "pledged to further U.S.-Australia cooperation", "we pledge to expand coordination").
_RELATIONAL = lexicon.COOPERATIVE_COMPLEMENTS | frozenset(
    """support cooperation coordination partnership partner partners alliance ally allies relation relations
    ties together jointly joint mutual bilateral peace stability security assistance aid dialogue
    de-escalate commitment""".split()
)
#: Subjects that stand for the sides already told ("we pledge", "the leaders pledged").
_SIDES_WORDS = frozenset({"we", "they", "both", "leaders", "sides", "countries", "nations", "governments", "partners"})


def unattributed_promise(token: Token) -> bool:
    """A promise, offer or proposal whose sentence names no side and whose content is no act
    between states ("The opposition party has promised to raise the matter in parliament", "she
    also vowed to keep working on cutting child poverty", "those making the claim have offered a
    wide range of figures"): parties, campaigns, companies and speakers promise far more often
    than states do, and the article's main pair is only a guess at who promised. Kept: "we
    pledge ..." and "the leaders pledged ..." (the sides told), and promises of support,
    cooperation or coordination. The caller passes only AGREE events with no side named."""
    if token.lemma_.lower() not in _PROMISING and token.lower_ not in _PROMISING:
        return False
    subject = _subject(token)
    if subject is not None and subject.lower_ in _SIDES_WORDS:
        return False
    content = [t for t in token.subtree if subject is None or t not in subject.subtree]
    return not any(t.lemma_.lower() in _RELATIONAL or t.lower_ in _RELATIONAL for t in content)


def sides_told(token: Token) -> bool:
    """Whether the subject of the trigger (or of the verb it completes) stands for the sides
    already told ("we will meet again", "the leaders pledged", "both plan to ...")."""
    subject = _subject(token)
    return subject is not None and subject.lower_ in _SIDES_WORDS


def _subject(token: Token) -> Token | None:
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and token.dep_ in ("xcomp", "acomp", "conj"):
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


#: Verbs that keep someone from an action: what follows "from" is what is not done.
_PREVENTING = frozenset("deter prevent stop keep discourage dissuade bar prohibit block restrain ban forbid deny".split())


def prevented(token: Token) -> bool:
    """Whether the trigger is the gerund after "from" of a verb that keeps someone from acting:
    "the importance of deterring any state or non-state actors *from seeking* to expand the
    conflict", "prevent Iran from acquiring": the action is what is kept from happening, no
    intention or act of the sides. So is the object of such a gerund ("banned Turkish officials
    from *holding meetings* with the diaspora")."""
    if token.dep_ == "dobj" and token.head.tag_ == "VBG":
        token = token.head
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "from":
        return False
    keeper = token.head.head
    if keeper.dep_ == "dobj":  # "prevents U.S. investment from supporting": the parser may hang "from" on the object
        keeper = keeper.head
    return keeper.lemma_.lower() in _PREVENTING


#: What is attacked in words, not by force: people close to someone, their doings and sayings,
#: and people whose work is argued with (a judge, a prosecutor, a party's members).
_ATTACKED_IN_WORDS = frozenset(
    """wife husband son sons daughter daughters child children family families relative relatives business
    businesses associate associates record policy policies plan plans proposal proposals remark remarks
    comment comments statement statements decision decisions rival rivals opponent opponents critic critics
    media press candidate candidates campaign character reputation integrity credibility judge judges
    prosecutor prosecutors attorney attorneys lawyer lawyers journalist journalists reporter reporters
    democrats republicans film films movie movies book books novel novels adaptation adaptations album albums
    song songs show shows series play plays review reviews article articles column columns standard standards""".split()
)
#: Who attacks only in words: people and papers whose work is to judge ("critics in the US
#: attacked the film", "was attacked by commentators").
_VERBAL_ATTACKERS = frozenset(
    """critic critics commentator commentators reviewer reviewers columnist columnists pundit pundits blogger
    bloggers newspaper newspapers tabloid tabloids editorial editorials""".split()
)
#: How one attacks in words ("openly attacked", "sharply attacked").
_IN_WORDS_MANNER = frozenset("openly publicly verbally sharply harshly bitterly".split())
#: What makes an attack a speech: "attacked the old colonial powers, *saying* they ...".
_SPEECH_VERBS = frozenset("say call accuse describe claim argue label brand dub tweet write".split())
#: An attack as a noun that is a speech: "a scathing attack on the government".
_SPEECH_ATTACKS = frozenset("verbal scathing blistering stinging withering rhetorical personal".split())
#: What an attack "on" or "over" something names when it is a time, a place or a way of fighting,
#: not a matter argued about ("attacked on Monday", "over the weekend", "on two fronts", "on
#: the road", "over the border").
_WHEN_OR_WHERE = frozenset(
    """day days night nights morning mornings evening afternoon weekend weekends week weeks month months year
    years period time times occasion occasions hour hours front fronts ground way road roads street streets
    route routes border borders frontier sea land area areas territory side sides flank""".split()
)


def attack_in_words(token: Token) -> bool:
    """"Attacked Trump's wife, children, family, businesses, and associates", "attacked his
    rivals' plans", "attacking the New York attorney general": a verbal attack on people close to
    someone, on what they do and say, or on people whose work is argued with, no ASSAULT (a
    political column's "the Dems ... attacked"). So is an attack done "openly" or "sharply", one
    told with what was said ("attacked the old colonial powers, saying they had exploited the
    continent") and a "scathing attack on ...". Attacks on positions, towns, bases, ships, troops
    or civilians stay."""
    if token.lemma_.lower() != "attack":  # "launched a scathing attack on": the attack the verb carries
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "attack" and _speech_attack(c) for c in token.children)
    if token.pos_ == "NOUN":
        return _speech_attack(token)
    if not is_verb(token):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _IN_WORDS_MANNER for c in token.children):
        return True
    if any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _SPEECH_VERBS
           for c in token.children):
        return True
    if any(_in_words(t, _VERBAL_ATTACKERS) for t in _attackers(token)):
        return True  # "critics in the US attacked the film", "was attacked by reviewers": a review
    if _attacked_over_a_matter(token):
        return True  # "the minister attacked over tax plans": criticised about something
    attacked = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(attacked) and all(_in_words(t) for t in attacked)


def _attacked_over_a_matter(verb: Token) -> bool:
    """"The minister was attacked over his handling of the talks", a headline's "Premier attacked
    on tax plans": one attacked "over" or "on" a matter, with nothing attacked as an object, is
    criticised about it. An attack on a day, over a weekend, on two fronts or over a border
    (`_WHEN_OR_WHERE`, a date, a number) stays."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    matters = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "over")
               for g in c.children if g.dep_ == "pobj"]
    return bool(matters) and all(
        g.pos_ in ("NOUN", "PROPN") and g.ent_type_ not in ("DATE", "TIME")
        and g.lemma_.lower() not in _WHEN_OR_WHERE and g.lower_ not in _WHEN_OR_WHERE
        and not any(c.dep_ == "nummod" for c in g.children)
        for g in matters)


def _attackers(verb: Token) -> list[Token]:
    """Who attacks: the subject of an active verb, the "by" phrase of a passive one."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _speech_attack(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _SPEECH_ATTACKS for c in noun.children)


def _in_words(target: Token, words_of: frozenset[str] | None = None) -> bool:
    """A target attacked in words (`_ATTACKED_IN_WORDS`, or the list given): its head word or one
    of its compounds ("attorney general")."""
    listed = _ATTACKED_IN_WORDS if words_of is None else words_of
    words = [target] + [c for c in target.children if c.dep_ == "compound"]
    return any(t.lemma_.lower() in listed or t.lower_ in listed for t in words)
