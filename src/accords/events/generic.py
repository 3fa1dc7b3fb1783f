"""Trigger words that do not report one occurrence: habits, descriptions, references, tallies.

An analyst records what happened once ("the ministers met on Monday"), not what a body does
by habit ("the council meets in regular sessions"), a description of what something is for
("ECO, which aims at increasing cooperation"), a document named by what was done to it long
ago ("under the charter signed in 2002"), or a tally of many occurrences ("the 12 meetings
between the presidents", "the first three rounds were held"). These predicates look only at
the trigger's parse; the stage drops the triggers they accept.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.status import proposed
from accords.events.triggers import AID_OBJECT_WORDS, DOCUMENT_KINDS
from accords.events.phrases import HOLDING_VERBS, TOPIC_NOUNS, is_verb

#: Quantifiers that make a plural meeting noun several occurrences ("multiple rounds").
_SEVERAL = frozenset("multiple several many numerous various dozens hundreds".split())
_SIMPLE_PRESENT = frozenset({"VBZ", "VBP"})
#: Meeting verbs whose simple present describes a habit, not a report.
_MEETING_VERBS = frozenset("meet hold host convene gather".split())


def habitual(token: Token, type_: str) -> bool:
    """A meeting verb in the simple present ("the SCO holds annual conferences"), or a
    present-tense relative clause describing what an entity does ("the ministers who meet in
    regular sessions", "ECO, which aims at increasing cooperation"): what happens by habit or
    by definition, not one occurrence. A recurring meeting reported in the past ("held their
    annual meeting on Monday") is an occurrence and stays."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass") and type_ == "CONSULT":
        token = token.head  # "the presidents hold regular summits": the verb says how often
        if token.lemma_.lower() not in _MEETING_VERBS:
            return False
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
        return False
    if token.tag_ not in _SIMPLE_PRESENT or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    if proposed(token):
        return False  # "suggested that the railways *hold* talks": a proposal (AGREE), not a habit
    return token.dep_ == "relcl" or (type_ == "CONSULT" and token.lemma_.lower() in _MEETING_VERBS)


def reference(token: Token, cooperative: bool) -> bool:
    """A cooperative verb used as a modifier of a noun, naming a thing by what was done to it
    ("the charter *signed* in 2002", "documents *signed* at the governmental level", "an
    agreement *aimed* at increasing trade", "stop cooperation *as promised*"), or an opening participle of purpose ("*Aiming* for
    development, ECO was established"): a reference or description, not a new report. A
    sentence with no finite verb, a noun and its participle ("Iran-Azerbaijan joint car
    manufacturing project launched in Neftchala on Saturday"), is a headline's report."""
    if not cooperative or not is_verb(token):
        return False
    if token.dep_ == "acl" and token.tag_ == "VBN":
        if _handed_over(token):
            return False  # "the 7.5 million vaccine doses donated to Nigeria by the United States": aid given, told
        return not (token.head.pos_ in ("NOUN", "PROPN") and (token.head.dep_ == "ROOT" or _after_dateline(token.head)))
    if token.dep_ == "advcl" and token.tag_ in ("VBN", "VBD") and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        # "expect the U.S. to stop cooperation with the YPG *as promised*", "as agreed": the earlier act named;
        # "*as President Biden promised*, we worked with Germany", "failed to increase exports *as it had
        # promised*": a promise recalled, with nothing promised in the clause
        if token.lemma_.lower() in _PROMISING and not any(c.dep_ in _COMPLEMENTS for c in token.children):
            return True
        return token.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.i == token.sent.start


#: Verbs of promising, recalled in an "as" clause ("as President Biden promised").
_PROMISING = frozenset({"promise", "pledge", "vow"})
#: What a verb's promise or act names: its object or clause.
_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "dative"})


#: Verbs of handing aid over to a recipient (PLOVER AID).
_HANDING_VERBS = frozenset("donate deliver provide send give grant ship".split())


def _handed_over(participle: Token) -> bool:
    """A participle of handing over that names its giver ("by the United States") and its
    recipient ("to Nigeria"): what was given, by whom, to whom, is the report of the gift, not a
    mere name for the things given."""
    children = list(participle.children)
    return participle.lemma_.lower() in _HANDING_VERBS and any(c.dep_ == "agent" for c in children) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in children
    )


def _after_dateline(noun: Token) -> bool:
    """A noun the parser hung on the article's dateline ("TEHRAN – Iran-Azerbaijan joint car
    manufacturing project launched ..."): the headline's noun, as if it stood alone."""
    head = noun.head
    return noun.dep_ in ("appos", "npadvmod") and head.i == noun.sent.start and head.is_upper and len(head) > 2


def tally(token: Token) -> bool:
    """A counted plural meeting ("the 12 meetings", "three sessions", "multiple rounds of
    talks"): several occurrences summed up, not one event. "Separate phone calls" stays: the
    calls are reported, not counted."""
    nouns = [token] if token.pos_ in ("NOUN", "PROPN") else [
        c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
    ]
    for noun in nouns:
        if noun.tag_ not in ("NNS", "NNPS"):
            continue
        if _recurring(noun):
            return True
        for child in noun.children:
            if child.dep_ in ("nummod", "amod", "quantmod") and (
                child.lower_ in _SEVERAL or (child.like_num and child.lower_ not in ("one", "1"))
            ):
                return True
    return False


#: Adjectives of meetings held again and again ("the regular political talks between Azerbaijan and Iran").
_RECURRING = frozenset("regular periodic periodical frequent constant continuous".split())


def _recurring(noun: Token) -> bool:
    """Plural meetings named as a recurring practice ("I appreciate the regular political talks
    between the Republic of Azerbaijan and Iran", "welcomed periodical consultations"): many
    occurrences, none reported. "Held their regular consultations on Sunday" tells one: a
    meeting noun a verb says was held stays."""
    if not any(c.dep_ == "amod" and c.lower_ in _RECURRING for c in noun.children):
        return False
    return not (noun.dep_ in ("dobj", "nsubjpass") and noun.head.tag_ in ("VBD", "VBN")
                and noun.head.lemma_.lower() in _MEETING_VERBS | HOLDING_VERBS)


#: Nouns of a stretch of time a count runs over ("over the past 30 years", "in recent months").
_STRETCHES = frozenset("years decades months weeks".split())
#: Prepositions that open such a stretch.
_OVER = frozenset({"over", "in", "during", "within", "for"})


def cumulative(token: Token, cooperative: bool) -> bool:
    """A count of occurrences summed up, not one event: done "13 times" ("the presidents of Iran
    have visited Tajikistan 13 times"), or a counted plural done over a stretch of time ("more
    than 170 cooperation documents have been signed over the past 30 years", "signed 50
    agreements since 1991", "so far"). "The two sides signed 11 memorandums" on one day stays:
    a count with no stretch of time is one signing; so does a count of what one ongoing act
    did ("the offensive has killed 218 civilians since its outset"): the counted plural is
    checked for cooperative events only (`cooperative`)."""
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
        return False
    children = list(token.children)
    if any(c.lemma_.lower() == "time" and c.tag_ == "NNS" and any(_counted(g) for g in c.children) for c in children):
        return True
    if not cooperative or not any(_counted(g) for c in children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
                                  and c.tag_ in ("NNS", "NNPS") for g in c.children):
        return False
    return any(_stretch(c) for c in children)


def _counted(token: Token) -> bool:
    return token.dep_ in ("nummod", "amod", "quantmod") and (
        token.lower_ in _SEVERAL or (token.like_num and token.lower_ not in ("one", "1"))
    )


def _stretch(child: Token) -> bool:
    """"Over the past 30 years", "in recent months", "since 1991", "so far", "to date"."""
    if child.dep_ == "prep" and child.lower_ == "since":
        return True
    if child.dep_ == "advmod" and child.lower_ == "far" and any(c.lower_ == "so" for c in child.children):
        return True
    if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ == "date" for g in child.children):
        return True
    return child.dep_ == "prep" and child.lower_ in _OVER and any(
        g.dep_ == "pobj" and g.lower_ in _STRETCHES and any(m.lower_ in ("past", "last", "recent") or m.like_num
                                                           for m in g.children)
        for g in child.children
    )


#: Subjects that point back at what was just told ("*This* is the third round of talks ...").
_POINTERS = frozenset({"this", "it", "that"})


def characterised(token: Token) -> bool:
    """A meeting noun that is what a pointer back is ("This is the third round of talks between
    the Iranian and Turkish foreign ministers over the past two months", "it was the first
    meeting between the Iranian and Jordanian heads of state after 15 years", "This will be
    their first meeting at the White House"): the meeting just told, counted or ranked, not
    another one."""
    noun = token
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the third round *of talks*"
    if noun.dep_ != "attr" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.lemma_ != "be":
        return False
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "expl")), None)
    return subject is not None and subject.lower_ in _POINTERS


#: Bodies of one government whose meetings are internal ("a cabinet meeting").
_DOMESTIC_BODIES = frozenset({"cabinet"})


def domestic(token: Token) -> bool:
    """A meeting of one government's own body ("speaking at a cabinet meeting on Sunday"): no
    second side meets, whatever pair of countries the article is about."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _DOMESTIC_BODIES for c in token.children
    )


#: Nouns whose "for" phrase is what is wanted, not what happened ("the need for more consultations").
_WANTING = frozenset({"need", "necessity", "call", "calls", "demand", "importance", "significance"})


def wanted(token: Token) -> bool:
    """A meeting noun, or a gerund, that is what someone needs or calls for ("stressed the need
    for more consultations between the two countries", "the importance of holding talks",
    "called for signing a bilateral monetary agreement"): not held, not signed."""
    if token.pos_ not in ("NOUN", "PROPN") and token.tag_ != "VBG":
        return False
    current = token
    for _ in range(3):
        head = current.head
        if head == current:
            return False
        if current.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in ("for", "of"):
            return head.head.lemma_.lower() in _WANTING
        if current.dep_ != "dobj" or head.lemma_.lower() not in ("hold", "have", "conduct"):
            return False
        current = head  # "the importance of *holding* talks"
    return False


#: Nouns whose infinitive is what is decided, offered or intended ("the decision *to build*",
#: "an agreement *to expand*"): their complement may be an event.
_INTENT_NOUNS = frozenset(
    """decision plan plans agreement accord deal readiness willingness intention proposal offer commitment
    pledge promise initiative invitation bid consensus memorandum mou contract programme program roadmap
    resolution request call""".split()
)


def purpose_of_thing(token: Token) -> bool:
    """A verb in the infinitive that says what a thing is for or allows ("its right *to defend*
    itself", "powers *to detain* suspects", "our efforts *to surge* assistance", "the ability
    *to sign*"): no occurrence, unless the noun is a decision, offer or plan (`_INTENT_NOUNS`)."""
    if not is_verb(token) or token.dep_ != "acl":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in _INTENT_NOUNS


#: Prepositions of time before a gerund: "after signing the deal" tells an occurrence.
_TIME_PREPS = frozenset({"after", "before", "upon", "on", "since", "while", "during", "following"})


#: Stances taken about an act: the act after them is what worries or pleases, not a report.
_STANCES = frozenset("concern concerns worry worries fear fears alarm objection objections opposition".split())
#: Prepositions that make a gerund after a verb what the verb is about: "warned Iranians *against
#: traveling* to Turkey", "talked *about visiting* Baku". Not "by signing" (the means), "in
#: reaching" (what succeeded), "of attacking" (what someone is accused of: the accusation's).
_TOPIC_OF_VERB = frozenset({"about", "against", "regarding", "concerning"})


def gerund_topic(token: Token) -> bool:
    """A gerund that names an action as a topic or a subject, not as something done: "signing a
    deal has proved elusive", "wary of offering concessions", "pleaded guilty to threatening",
    "cooperation on supporting the pandemic response", "warned Iranians against traveling to
    Turkey". A gerund after a preposition of time ("after signing the agreement") still reports
    the occurrence."""
    if token.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    listed = False
    while token.dep_ == "conj" and token.head.tag_ == "VBG" and token.head != token:
        token, listed = token.head, True  # "issues ..., including connecting ... and *signing* an agreement"
    if token.dep_ in ("csubj", "csubjpass"):
        return True
    if listed and not (token.dep_ == "pcomp" and token.head.head.lemma_.lower() in TOPIC_NOUNS):
        return False  # "aggression ..., including opening a new front and *attacking* ...": acts listed
    if token.dep_ == "acl" and token.head.lemma_.lower() in _STANCES:
        return True  # "voiced common concern about the PRC and the Solomon Islands signing a framework"
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "of" and prep.head.lemma_.lower() == "process" and prep.head.head.lower_ == "in":
        return False  # "are in the process of donating F-16s to Ukraine": under way, an act told
    if prep.lower_ in _TOPIC_OF_VERB and prep.head.pos_ in ("VERB", "AUX"):
        return True
    return prep.lower_ not in _TIME_PREPS and prep.head.pos_ in ("ADJ", "NOUN", "PROPN")


def under_gerund_topic(token: Token) -> bool:
    """What a gerund named as a topic would do is no occurrence either ("pleaded guilty to
    threatening *to kill* U.S. Rep. Ilhan Omar")."""
    current = token
    for _ in range(4):
        if current.dep_ not in ("xcomp", "ccomp") or current.head == current:
            return False
        current = current.head
        if gerund_topic(current):
            return True
    return False


#: Acts of one state's own law and government: signing one is no international signing.
_DOMESTIC_INSTRUMENTS = frozenset(
    "order orders proclamation proclamations bill bills law laws act acts legislation decree decrees "
    "ordinance ordinances directive directives budget appropriations".split()
)
#: Words that make a memorandum or order one of a government to itself ("Executive Order",
#: "National Security Presidential Memorandum").
_DOMESTIC_MARKS = frozenset({"executive", "presidential"})
#: Documents between states: a decree or law that approves one still tells of it.
_INTERNATIONAL_DOCUMENTS = frozenset(
    "agreement agreements treaty treaties convention conventions accord accords protocol protocols "
    "memorandum mou charter declaration".split()
)


def domestic_signing(token: Token) -> bool:
    """A signing of one state's own instrument ("signed an Executive Order imposing tariffs on
    Canada", "signed the bill into law", "signed a decree on the allocation of funds", "signed a
    National Security Presidential Memorandum"): no international signing, whatever countries
    the order names. A decree or law on an agreement between states ("a decree approving the
    agreement between Azerbaijan and Georgia") is kept."""
    if token.lemma_.lower() not in ("sign", "ink"):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "law" for g in c.children)
        for c in token.children
    ):
        return True  # "signed the bill into law"
    for child in token.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        # the head or a word compounded with it ("a proclamation adjusting imports", parsed as
        # "proclamation imports")
        words = {child.lemma_.lower()} | {c.lemma_.lower() for c in child.children if c.dep_ == "compound"}
        marks = {c.lower_ for c in child.children if c.dep_ in ("compound", "amod")}
        if not (words & _DOMESTIC_INSTRUMENTS or marks & _DOMESTIC_MARKS):
            return False
        told = {
            t.lemma_.lower() for c in token.children if c.dep_ not in ("nsubj", "nsubjpass") or c is child
            for t in c.subtree if t is not child
        }
        return not (words & _DOMESTIC_INSTRUMENTS and told & _INTERNATIONAL_DOCUMENTS)
    return False


#: Verbs that tell how a document already reported came about. Not its aims ("the deal aims at
#: raising trade to $30 billion", "the agreement seeks to ..."): the gold records aims set in
#: a document as the sides' `AGREE` as often as not.
_DOCUMENT_HISTORY = frozenset({"negotiate", "agree"})
#: Verbs that move aid already reported.
_AID_MOVES = frozenset("send deliver dispatch hand transport carry ship truck".split())
#: Cargo words a shipment of aid is restated by, besides the aid words of the lexicon.
_SHIPMENTS = frozenset("cargo cargoes consignment consignments shipment shipments package packages".split())
#: Determiners of a thing already told ("the MOU", "this agreement").
_DEFINITE = frozenset("the this that these those".split())
#: Document words that are no instrument between states in this rule ("road" is the lexicon's
#: stand-in for "road map"; "statement" is what someone said).
_NOT_INSTRUMENTS = frozenset({"road", "statement", "document"})


def restated_thing(token: Token, type_: str) -> bool:
    """A definite document or aid already told, as the subject of how it came about or how it
    travels: "The MOU was negotiated and agreed upon on the sidelines of the ECO summit", "The
    aid is delivered by trucks". The article's earlier report (the signing, the aid sent) is
    the event; this sentence restates it, and would add an AGREE, a CONSULT or a second AID of
    the pair. A signing, ratification or entry into force of "the agreement" stays: those are
    new steps, and their verbs are not in the lists here. An indefinite subject ("an agreement
    was negotiated") is a first report and stays too."""
    if not is_verb(token):
        return False
    lemma = token.lemma_.lower()
    if type_ == "AID":
        things, verbs = AID_OBJECT_WORDS | _SHIPMENTS, _AID_MOVES
    else:
        things, verbs = frozenset(DOCUMENT_KINDS) - _NOT_INSTRUMENTS, _DOCUMENT_HISTORY
    if lemma not in verbs:
        return False
    holder = token.head if token.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children) else token
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.lemma_.lower() not in things and subject.lower_ not in things):
        return False
    if subject.conjuncts:
        return False  # a document the parser joined to the sides ("With this MOU, the United States and Norway ...")
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children)
