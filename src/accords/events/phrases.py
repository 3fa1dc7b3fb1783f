"""Where a token stands in its sentence's parse: the phrases and clauses that say who acts,
with whom, where and about what.

Pure syntax over a spaCy parse, with no knowledge of the article's entities: `accords.events.actors`
places linked mentions in these slots. A country inside a topic phrase ("talks *on Ukraine*"), a
place phrase ("met *in Astana*") or a clause of time ("*since the invasion began*") is no side.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.brokenlists import list_continuation
from accords.gazetteer.organisations import igo_by_alias, igos

_SUBJECT_DEPS = ("nsubj", "csubj")
#: Auxiliaries of what is planned, possible, wished or owed rather than done ("will", "could", "must").
MODALS = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might"})
#: Prepositions that introduce what an event is about, not who takes part.
#: "due to the Russian-Ukrainian war", "owing to": a cause, as "amid" and "despite" a setting.
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "surrounding", "amid", "amidst", "despite",
                         "due", "owing"})
#: Words that hang a topic on a noun with "to": "issues related to Syria", "matters pertaining to Iraq".
RELATING = frozenset({"relate", "related", "relating", "pertain", "pertaining"})
#: "in the face of Russian aggression", "in response to the attack": a circumstance, not a side.
_CIRCUMSTANCES = frozenset({"face", "response", "wake", "light"})
#: Nouns of a conflict or dispute: the country that names one ("a solution *to the Syrian crisis*",
#: "an end *to the Ukraine war*") is what is talked about, not a side (`named_conflict`).
CONFLICT_NOUNS = frozenset("conflict crisis war issue question dispute situation file dossier standoff tension tensions".split())
#: Titles of an office charged with a country or matter: "the UN special envoy *for Syria*", "the
#: Special Representative *for Afghanistan*": the country is the mandate, not the office's side.
ENVOY_TITLES = frozenset("envoy envoys representative representatives coordinator rapporteur".split())
#: Verbs whose direct object is the topic ("discussed the crisis in Afghanistan"), not a side.
TOPIC_VERBS = frozenset({"discuss", "negotiate", "confer", "explore", "review", "examine"})
#: Dependencies that hang a clause on a word: its tokens are another event's, not the phrase's.
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "cc", "acl"})
#: Prepositions whose object is where or what an event is about, not a side.
VENUE_PREPS = frozenset({"in", "at", "near", "inside", "across", "outside"})
#: Prepositions that hang what a noun is about on it: "peace in Syria", "the sovereignty ... of Syria", "the dispute
#: between Armenia and Azerbaijan" (`events.conflictnames`, `events.groups`).
ABOUT_PREPS = frozenset({"of", "in", "over", "on", "between", "for", "about"})
_ATTACHING_DEPS = frozenset({"compound", "appos", "conj", "pobj", "poss", "amod", "nmod", "cc", "punct"})
#: What opens a clause or phrase of time or cause: "since the Russian invasion began", "after
#: the Russian invasion": the setting of the event, not its partner.
SETTING_WORDS = frozenset({"since", "after", "before", "when", "while", "during", "following", "until", "because"})
#: Adverbs that open a clause of result ("..., thus enabling the connection between Russia and India").
RESULT_ADVERBS = frozenset({"thus", "thereby", "hence"})


#: Nouns of what is talked about: gerunds listed after them are topics, not acts
#: (`accords.events.generic`); the subject of "were topics of discussion" is no side (`accords.events.actors`).
TOPIC_NOUNS = frozenset("issue topic subject matter question agenda area field item axis".split())


def is_verb(token: Token) -> bool:
    """Whether the parse reads `token` as a verb: its coarse tag says VERB or AUX, or its fine tag
    a VB* form (the small model tags some verbs NOUN or ADJ while its fine tag says VBD/VBN)."""
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def phrase_tokens(token: Token, *, deep: bool, venues: bool = True) -> list[Token]:
    """The phrase's tokens, without nested clauses (unless `deep`), without its place phrases
    (unless `venues`) and without its topic: a country in "a summit *on Syria*" or "talks
    *about Afghanistan*" is what is talked about, not a side; nor is the organisation of a post a
    possessor holds (`HELD_POSTS`)."""
    result = [token]
    held = _held_post(token)
    for child in token.children:
        if not deep and child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            continue
        if held and ((child.dep_ in ("compound", "nmod") and child.lemma_.lower() not in HELD_POSTS)
                     or (child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in HELD_POSTS)):
            continue  # "Indonesia's chairmanship *of ASEAN*", "Italy's *G7* Presidency": the office, no side
        if child.dep_ == "prep" and child.lower_ in _JOINED_PREPS and token.lemma_.lower() in HELD_POSTS:
            continue  # "Iran's application for full membership *in the SCO*", "accession *to the WTO*": what is joined
        if child.dep_ == "prep" and (child.lower_ in TOPIC_PREPS or (not venues and child.lower_ in VENUE_PREPS)):
            continue
        if child.dep_ in ("amod", "acl") and (child.lemma_.lower() in RELATING or child.lower_ in TOPIC_PREPS):
            continue  # "issues related to Syria", "the Astana process concerning Syria": what they are about
        if child.dep_ == "prep" and any(helpers_phrase(g) for g in child.children):
            continue  # "Iraqi forces, with the assistance of Iranian advisers,": who helps is no side
        if child.dep_ == "prep" and child.lower_ == "with" and token.dep_ == "dobj":
            # "held calls with A of X, B of Y and C of Z": the items the parser broke off the list
            for item in (item for pobj in child.children for item in list_continuation(pobj)):
                result.extend(phrase_tokens(item, deep=deep, venues=venues))
        if child.dep_ == "prep" and child.lower_ == "for" and token.lemma_.lower() in ENVOY_TITLES:
            continue  # "the special envoy for Syria": the envoy's mandate
        if likeness(child) or named_conflict(child) or _topic_items(token, child):
            continue
        if child.dep_ == "prep" and child.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ in _CIRCUMSTANCES for g in child.children
        ):
            continue
        if not venues and venue_apposition(child):
            continue
        if child.dep_ == "appos" and token.dep_ == "pobj" and token.head.lower_ in VENUE_PREPS and token.pos_ == "PROPN":
            continue  # "the Compact they signed in Hiroshima, Japan": the country says where the place is
        result.extend(phrase_tokens(child, deep=deep, venues=venues))
    return result


#: What lists the items of a topic noun ("issues *such as* border tensions", "matters *including* Syria").
_LISTING = frozenset({"as", "including", "like"})


def _topic_items(noun: Token, child: Token) -> bool:
    """Whether `child` lists the items of a topic noun ("discussed with Aliyev issues *such as border
    tensions between Armenia and Azerbaijan*", "matters including the situation in Syria"): the
    countries named there are what is talked about, not sides of the talk."""
    if noun.lemma_.lower() not in TOPIC_NOUNS | CONFLICT_NOUNS or child.dep_ != "prep" or child.lower_ not in _LISTING:
        return False
    return child.lower_ != "as" or any(c.lower_ == "such" for c in (*child.children, *noun.children))


def _among_topic_items(token: Token) -> bool:
    """Whether the token lies, below its clause's verb, among the items a topic noun lists (`_topic_items`)."""
    for head in token.ancestors:
        if head.pos_ in ("VERB", "AUX"):
            return False
        if _topic_items(head.head, head):
            return True
    return False


def named_conflict(token: Token) -> bool:
    """Whether the token is the country word that names a conflict (`CONFLICT_NOUNS`) that is
    itself the object of a preposition ("support for a solution to *the Syrian* crisis", "an end
    to *the Ukraine* war", "a settlement of *the Israeli-Palestinian* conflict"): the country is
    the topic, not a side. The owner of a conflict ("*Russia's* war") and the conflict as object
    of the verb ("mediate *the Armenia-Azerbaijan* conflict") keep their sides."""
    head = token.head
    return (token.dep_ in ("amod", "compound", "nmod") and head.dep_ == "pobj"
            and head.lemma_.lower() in CONFLICT_NOUNS and head.pos_ == "NOUN")


#: Words that compare a thing with another's: "a visa scheme *similar to New Zealand's*", "a
#: plan *modelled on Canada's*", "higher *than* Germany's": the country compared with is no side.
LIKENESS_WORDS = frozenset({"similar", "comparable", "akin", "identical", "equivalent", "analogous", "modelled",
                            "modeled", "patterned", "than"})


def likeness(token: Token) -> bool:
    """Whether the token opens a comparison (`LIKENESS_WORDS`) hung on a phrase: what it
    compares with is not a side of the phrase's event."""
    return token.lower_ in LIKENESS_WORDS and token.dep_ in ("amod", "acl", "prep", "advmod", "relcl", "conj")


def venue_apposition(token: Token) -> bool:
    """Whether a conjunct is the country of the place phrase just before it, set off by a comma
    with no "and" or "or" in the phrase: "met with President Sisi of Egypt in Dubai, the United Arab
    Emirates" (the parser makes the Emirates a second person met), "in Bletchley Park, the United
    Kingdom". The country says where the place is; it is no partner."""
    if token.dep_ != "conj" or any(c.dep_ == "cc" for c in token.head.children):
        return False
    comma = token.left_edge.i - 1
    if comma < 2 or token.doc[comma].text != ",":
        return False
    place = token.doc[comma - 1]
    return place.dep_ == "pobj" and place.head.lower_ in VENUE_PREPS and place.head.head == token.head


#: A state's post or status in an organisation: the organisation named with it is what the state
#: holds, chairs or joins, no side of the event ("commended Indonesia's successful chairmanship of
#: ASEAN", "welcomed Italy's G7 Presidency", "support for Timor-Leste's ASEAN accession process").
HELD_POSTS = frozenset("presidency chairmanship chairpersonship chairship accession membership candidacy".split())
#: Prepositions that name the body a post or status is in, with or without its holder named as a
#: possessor: "membership *in* the SCO", "accession *to* the WTO" (not "of": "the accession *of*
#: Ukraine" names the one who joins).
_JOINED_PREPS = frozenset({"in", "to", "into"})


def _held_post(token: Token) -> bool:
    """Whether a noun (or a compound noun it heads) is a post or status `HELD_POSTS` that a
    possessor holds: "Italy's G7 Presidency", "Timor-Leste's ASEAN accession process"."""
    if not any(c.dep_ == "poss" for c in token.children):
        return False
    return token.lemma_.lower() in HELD_POSTS or any(
        c.dep_ == "compound" and c.lemma_.lower() in HELD_POSTS for c in token.children)


#: Prefixes the tokenizer splits from a verb ("co-host", "co-chair", "co-sponsor").
_VERB_PREFIXES = frozenset({"co"})


def split_prefix(verb: Token) -> Token | None:
    """The prefix token of a hyphenated verb split in two ("co" in "co - host"), which the
    parser may make the verb of the clause, with its subject and auxiliaries."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in ("-", "‑") or doc[verb.i - 2].lower_ not in _VERB_PREFIXES:
        return None
    prefix = doc[verb.i - 2]
    return prefix if prefix.head in (verb, verb.head) or verb.head == prefix else None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction and control ("plan to visit")."""
    current = verb
    for _ in range(6):
        subjects = [
            child for child in current.children
            # "X are set / expected *to enter* ...": the passive subject controls
            if child.dep_ in _SUBJECT_DEPS or (current != verb and child.dep_ == "nsubjpass")
        ]
        if not subjects and current == verb:
            subjects = _misread_subject(verb)
        if not subjects and current == verb and (prefix := split_prefix(verb)) is not None:
            # "our leaders will co-host": "co" (or its auxiliary) took the subject
            subjects = [t for t in prefix.subtree if t.dep_ in _SUBJECT_DEPS and t.i < prefix.i]
        if subjects:
            # "TEHRAN – Iran's foreign minister has talked ...": the parser may make the dateline a
            # second subject; when it heads the only one, its subtree holds the real subject
            return next((s for s in subjects if not _is_dateline(s)), subjects[0])
        for child in current.children:
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        owner = _controlling_owner(current)
        if owner is not None:
            if owner.lower_ not in _POSSESSIVE_PRONOUNS:
                return owner  # "Iran's decision to join": Iran
            current = owner.head.head  # "reiterated their resolve to continue supporting": who reiterated
        elif describing_participle(current):
            return None  # "visited the Assembly, bombed during the coup": the visitor bombed nothing
        elif current.dep_ in ("conj", "xcomp", "advcl", "acl") and current.head != current:
            current = current.head
        elif current.dep_ == "pcomp" and current.head.head.lemma_.lower() == "process" and current.head.head.dep_ == "pobj":
            current = current.head.head.head.head  # "X are in the process of donating": X
        elif _enacted(current):
            current = current.head  # "signed an executive order imposing tariffs": who signed
        else:
            return None
    return None


def describing_participle(verb: Token) -> bool:
    """Whether a past participle set off by a comma after its clause's object describes that
    object: "visited the Grand National Assembly in Ankara, *bombed* and damaged during the coup".
    It has no auxiliary ("having bombed"), no subject and no object of its own nor of its conjuncts
    (an active verb the parser tagged as a participle has one: "reached Baku, signed a deal"); what it tells was
    done to the place, not by the clause's subject."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "agent") for c in verb.children):
        return False
    if any(c.dep_ == "dobj" for conj in verb.conjuncts for c in conj.children):
        return False  # "launched an onslaught ..., bombed and shelled the Armenian regions": acts in a row
    edge = verb.left_edge.i
    if edge < 2 or verb.doc[edge - 1].text != "," or edge != verb.i:
        return False
    described, head = verb.doc[edge - 2], verb.head
    if head.pos_ not in ("VERB", "AUX") or described.i < head.i:
        return False
    for noun in [described, *described.ancestors]:
        if noun == head:
            return False
        if noun.dep_ in ("dobj", "pobj") and noun.pos_ in ("NOUN", "PROPN"):
            return True
    return False


#: Verbs that make an instrument take effect: who signs an order that imposes tariffs imposes them.
_ENACTING_VERBS = frozenset("sign issue adopt approve pass enact introduce unveil impose announce".split())


def _enacted(noun: Token) -> bool:
    """Whether the noun is an instrument enacted by its verb's subject and a participle on it says
    what the instrument does: "signed an executive order *imposing* tariffs on Canada", "the EU
    adopted a package *imposing* sanctions". Not "criticised a law imposing sanctions": only
    verbs that enact pass the act on."""
    return (
        noun.dep_ == "dobj" and noun.head != noun and noun.head.lemma_.lower() in _ENACTING_VERBS
        and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in noun.children)
    )


def _misread_subject(verb: Token) -> list[Token]:
    """A name the parser made an adverbial of a finite verb that has no subject: "During phone
    conversations with A and B, *Zarif* voiced concern" (parsed `npadvmod`). A proper noun just
    before the verb (only auxiliaries or adverbs between) and no subject: the name acts."""
    if not verb.tag_.startswith("VB"):
        return []
    for child in verb.children:
        if child.dep_ == "advmod" and child.tag_ in ("RB", "JJ") and _acronym(child) and child.i < verb.i and all(
            t.dep_ in ("aux", "advmod", "neg") for t in verb.doc[child.i + 1:verb.i]
        ) and (child.i == child.sent.start or verb.doc[child.i - 1].is_punct):
            # "USAID announced an additional $3.2 million ...": an agency's acronym the parser read as
            # an adverb (and the verb as a participle), opening its clause
            return [child]
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i and any(c.dep_ == "dobj" for c in verb.children):
        # "The two officials condemned in the strongest possible terms the DPRK's transfer": the
        # parser made the verb a participle of its subject, left the root; one with an object is active
        return [verb.head]
    if verb.tag_ in ("VB", "VBG", "VBN") and not any(c.dep_ == "aux" for c in verb.children):
        return []
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i < verb.i and all(
            t.dep_ in ("aux", "advmod", "neg") for t in verb.doc[child.i + 1:verb.i]
        ):
            return [child]
    return []


def _acronym(token: Token) -> bool:
    """A word in capitals of three letters or more ("USAID", "DFC"), no adverb of the language."""
    return len(token.text) >= 3 and token.text.isalpha() and token.text.isupper()


#: Possessive pronouns whose referent is the subject of the verb that governs their noun.
_POSSESSIVE_PRONOUNS = frozenset({"their", "his", "her", "its", "our"})


def _controlling_owner(verb: Token) -> Token | None:
    """The owner of a noun that an infinitive complements, who does what the infinitive says:
    "their resolve to continue supporting Ukraine", "Iran's decision to join". A possessive
    pronoun counts only on the object of a verb ("reiterated *their* resolve to ..."), whose
    subject it stands for."""
    noun = verb.head
    if verb.dep_ != "acl" or noun == verb or noun.pos_ not in ("NOUN", "PROPN") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or (owner.lower_ in _POSSESSIVE_PRONOUNS and (noun.dep_ != "dobj" or noun.head == noun)):
        return None
    return owner


def _is_dateline(token: Token) -> bool:
    """A capitalised place that opens the sentence followed by a dash ("TEHRAN –", "BAKU -"), with
    a wire credit or a day between them or not ("BAKU (AFP) --", "SEOUL, Aug. 20 (Yonhap) --")."""
    doc = token.doc
    if not (token.i == 0 and token.is_upper and len(token) > 1 and len(doc) > 1):
        return False
    after = next((t.i for t in doc[1:12] if t.text in _DASHES), len(doc))
    opened = False
    for word in doc[1:after]:  # a credit in brackets, or a day ("Aug. 20") after a comma
        opened = (opened or word.text == "(") and word.text != ")"
        if not (opened or word.text in ",()" or word.like_num or word.pos_ == "PROPN"):
            return False
    return after < len(doc)


_DASHES = frozenset({"-", "–", "—", "--"})


def governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.head == current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def phrase_without_clauses(head: Token) -> list[Token]:
    """The tokens of a noun phrase, leaving out clauses hung on it ("whose father ...")."""
    found = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS or child.dep_ == "conj":
            found.extend(phrase_without_clauses(child))
    return found


def topic_phrases(trigger: Token) -> list[Token]:
    """What the trigger is about: the object of a topic verb ("discussed the expansion of Venezuela
    TPS") and its "on"/"about" phrases."""
    phrases = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS]
    if trigger.lemma_.lower() in TOPIC_VERBS:
        phrases += [c for c in trigger.children if c.dep_ == "dobj"]
    return phrases


def leftmost(token: Token) -> Token:
    return min(token.subtree, key=lambda t: t.i)


def right_end(token: Token) -> int:
    last = max(token.subtree, key=lambda t: t.i)
    return last.idx + len(last)


def in_time_clause(token: Token, root: Token) -> bool:
    """Whether `token` is inside a clause or phrase of time or cause under `root`, or in a
    clause of its result ("..., thus enabling the railway connection between Russia, Iran and
    India": the countries the result reaches are not partners of the act)."""
    current = token
    for _ in range(12):
        if current == root or current.head == current:
            return False
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTING_WORDS for c in current.children):
            return True
        if current.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in RESULT_ADVERBS for c in current.children):
            return True
        if current.dep_ == "prep" and current.lower_ in SETTING_WORDS:
            return True
        current = current.head
    return False


#: Outlets a country adjective may name where a statement was made ("told the British newspaper",
#: "in an interview with Iranian state television"): the outlet's country is no side.
MEDIA_NOUNS = frozenset("newspaper paper daily weekly magazine broadcaster television tv radio channel agency "
                        "outlet website media".split())


#: Words that make an outlet the state's own ("North Korea's official newspaper", "state television").
_STATE_OUTLET_WORDS = frozenset("official state state-run state-owned government government-run".split())


def state_outlet(noun: Token) -> bool:
    """An outlet of the state that speaks as its subject ("North Korea's official newspaper
    blasted South Korea"): its country is the side that speaks, not a venue of the statement."""
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _STATE_OUTLET_WORDS for c in noun.children)


#: Nouns of help: "with the support of X", "with help from X" name who helps, no side of the act.
_HELP_NOUNS = frozenset("support backing help assistance blessing".split())


def helpers_phrase(token: Token) -> bool:
    """A "with" phrase of help ("carried out strikes *with the support of* Australia and Canada",
    "signed the deal *with the help of* the UN", "Iraqi forces, *with the assistance of* Iranian
    advisers, attacked ..."): those who help are no side of the act they help."""
    return token.dep_ == "pobj" and token.head.lower_ == "with" and token.lemma_.lower() in _HELP_NOUNS


def in_venue_or_topic(token: Token) -> bool:
    """Whether the token lies in a place, topic or comparison phrase ("talks *on Syria*", "a deal
    *similar to one between Chile and Peru*") or names the outlet a statement was made to ("*the
    British* newspaper"): a country there is no partner of the clause's event."""
    if _among_topic_items(token):
        return True  # "discussed with Aliyev issues such as border tensions between Armenia and Azerbaijan"
    current = token
    for _ in range(8):
        if current is not token and current.lemma_.lower() in MEDIA_NOUNS and token.dep_ in ("amod", "compound", "poss"):
            return not state_outlet(current)
        if current.dep_ == "prep" or (current.pos_ == "ADP" and current.dep_ != "agent"):
            if current.lower_ in VENUE_PREPS or current.lower_ in TOPIC_PREPS or likeness(current):
                return True
            if current.lower_ == "to" and current.head.lemma_.lower() in RELATING:
                return True  # "to discuss issues related to Syria"
            return _compared(current)
        if current.dep_ not in _ATTACHING_DEPS or current.head == current:
            return False
        current = current.head
    return False


def _compared(prep: Token) -> bool:
    """Whether a preposition hangs, below its clause's verb, on a comparison ("similar *to* one
    *between* Iran and China")."""
    for head in prep.ancestors:
        if likeness(head):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositions among `preps` hung on the token itself ("the agreement *in
    Samarkand*", "a 25 percent tariff *on imports from Canada*")."""
    return [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in preps
            for pobj in prep.children if pobj.dep_ == "pobj"]


#: Cities that seat international bodies: a meeting there ("met with the UN envoy in Geneva",
#: "a round of nuclear talks in Vienna", "arrived in New York" for the General Assembly) is
#: no visit to the host country, which is no side when the event names fewer than two.
BODY_SEATS = frozenset({"geneva", "vienna", "new york", "brussels", "the hague", "hague", "strasbourg", "nairobi"})


def seat_of_bodies(place: Token) -> bool:
    """Whether a place phrase's object is a city that seats international bodies (`BODY_SEATS`)."""
    name = " ".join(t.lower_ for t in place.subtree if t.dep_ in ("compound", "det") or t == place)
    return name in BODY_SEATS or name.removeprefix("the ") in BODY_SEATS


#: Meeting nouns an international organisation holds as its own.
_BODY_MEETINGS = frozenset("summit meeting session conference council forum".split())


def meeting_of_body(trigger: Token) -> bool:
    """Whether a meeting noun is an international organisation's own ("the SCO summit scheduled
    for September in Dushanbe", "the meeting of the Economic Cooperation Organization (ECO)
    member states in Ashgabat"): the member's city it meets in is the venue, not a side."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() not in _BODY_MEETINGS:
        return False
    owners = [c for c in trigger.children if c.dep_ in ("compound", "nmod", "poss")] + [
        pobj for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children if pobj.dep_ == "pobj"]
    return any(names_body(owner) for owner in owners)


def names_body(phrase: Token) -> bool:
    """Whether a phrase names an international organisation, by its acronym or its name."""
    if any(igo_by_alias(t.text) is not None for t in phrase.subtree if t.text.isupper() or t.is_title):
        return True
    span = phrase.doc[phrase.left_edge.i: phrase.right_edge.i + 1].text
    return any(name in span for igo in igos() for name in igo.names)


def nested_venues(phrase: Token) -> list[Token]:
    """Objects of the place phrases inside a phrase ("President Aliyev *in Brussels*")."""
    return [pobj for prep in phrase.subtree if prep.dep_ == "prep" and prep.lower_ in VENUE_PREPS
            for pobj in prep.children if pobj.dep_ == "pobj"]


#: Verbs besides the meeting verbs that say a meeting was held ("conducted their regular consultations",
#: "the meeting that he will *hold* with Chinese officials").
HOLDING_VERBS = frozenset({"conduct", "have", "hold"})


def held_with(clause: Token) -> list[Token]:
    """The partners a relative clause on a meeting noun names for the meeting it holds: "the March 18
    meeting that he and Secretary of State Tony Blinken will hold *with Chinese officials*" (the
    noun names no partner of its own)."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in HOLDING_VERBS:
        return []
    return prep_objects(clause, frozenset({"with", "between", "among"}))


def held_at(clause: Token) -> list[Token]:
    """The places of a clause telling where a meeting was held ("talks *held in Geneva*"):
    venues, which stand for the host only when the clause names no participants ("discussions
    held in Reykjavik *between* Blinken and Lavrov" are no talks with Iceland)."""
    named = any(t.dep_ == "prep" and t.lower_ in ("between", "among") for t in clause.subtree)
    return [] if named else nested_venues(clause)


def names_partner(verb: Token) -> bool:
    """Whether the verb names its partner itself ("discussed with Cavusoglu ...")."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in verb.children)


def partners_in(topic: Token) -> list[Token]:
    """Objects of "with"/"between"/"among" inside a topic phrase ("discussed the developments
    *with Cavusoglu*", where the parser attached the partner to the topic), not inside a clause
    that describes the topic ("similar issues, *which included* changes in relations between
    Qatar and Saudi Arabia": whose relations were discussed, not who discussed)."""
    described = {t.i for c in topic.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    preps = [prep for prep in topic.subtree if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "among")
             and prep.i not in described]
    if sum(prep.lower_ == "between" for prep in preps) > 1:
        # "discussed trilateral cooperation between Iran-Azerbaijan-Russia, between Iran-Azerbaijan-Georgia,
        # and ...": a list of formats talked about, not who talked
        return []
    return [pobj for prep in preps for pobj in prep.children if pobj.dep_ == "pobj"]


#: Verbs of backing in an infinitive that says what a commitment is to ("commitment to support Ukraine").
_BACKING_ACTS = frozenset({"support", "defend", "back", "assist", "help", "protect"})


def backed_in_clause(noun: Token) -> list[Token]:
    """What a noun's infinitive of backing acts on: "the U.S. commitment *to support Haiti*",
    "his commitment *to support both countries*" give Haiti, "both countries" (the object and the
    objects of its non-topic prepositions); [] for other clauses ("commitment to impose costs on
    Russia" backs nobody)."""
    return [obj for clause in noun.children
            if clause.dep_ == "acl" and clause.lemma_.lower() in _BACKING_ACTS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            for obj in clause.children if obj.dep_ in ("dobj", "dative")]
