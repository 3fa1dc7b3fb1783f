"""Whom a stance concerns: the partner a restated support backs, the side a backing verb acts
on, and the victims of a condemned act of force.

Checks the events stage (`accords.stages.events`) applies to SUPPORT and ACCUSE triggers, on
the sides the entities stage linked (`accords.events.actors`): "reaffirmed their support for
Ukraine" backs a partner, "reiterated the President's commitment to minimizing pain at the
pump" backs none; "condemned Russia's attacks on Ukraine" accuses Russia, and Ukraine is no
side of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.actors import phrase_sides
from accords.events.sideindex import ActorIndex, Side
from accords.events.censure import CENSURING_VERBS, HOSTILE_ACTS
from accords.events.phrases import TOPIC_PREPS, VENUE_PREPS, backed_in_clause, phrase_tokens, subject_of


#: Words that name a relation between sides ("commitment to a strong partnership").
_RELATION_WORDS = frozenset(
    "partnership partnerships alliance alliances cooperation relations relationship ties friendship bilateral".split()
)


#: Private groups: backing them, or what they do, backs no state ("voiced his country's full
#: support to the Iranian investors", "welcomed the Turkish companies' investments").
_PRIVATE = frozenset(
    """investor investors company companies firm firms businessman businessmen businesspeople entrepreneur
    entrepreneurs trader traders merchant merchants exporter exporters importer importers producer producers
    manufacturer manufacturers contractor contractors""".split()
)
#: A person picked for a post: backing one ("defended President-elect Donald Trump's pick for
#: secretary of state") is a domestic nomination, no state's act for another.
_NOMINEES = frozenset("pick picks nominee nominees nomination choice appointee candidate candidacy".split())
#: What a counterpart says in talks: welcoming it is part of the talks, no backing of a side
#: (supporting a proposal backs it)
#: ("welcomed his Iranian counterpart's suggestions", "welcomed the proposal of Amir Abdollahian").
_SAID = frozenset("proposal proposals suggestion suggestions view views viewpoint viewpoints remarks".split())
#: Things that "support" something in the sense of "enable" it ("The portal supports English
#: and Russian languages", "the agreement supports trade"): no side backs another.
_ENABLERS = frozenset(
    """portal platform system systems website site app application service network software tool technology
    agreement agreements deal document memorandum programme program project projects plan initiative
    mechanism framework fund corridor railway pipeline infrastructure law policy""".split()
)


def _of_private(phrase: Token) -> bool:
    """A phrase whose head (or the object of a preposition) is a private group or is owned by
    one: what is backed is no state's."""
    heads = [phrase] + [g for g in phrase.children if g.dep_ == "pobj"]
    return any(
        _private_word(head) or any(o.dep_ == "poss" and _private_word(o) for o in head.children) for head in heads
    )


def _private_word(token: Token) -> bool:
    return token.lemma_.lower() in _PRIVATE or token.lower_ in _PRIVATE


def backs_a_partner(trigger: Token, offset: int, index: ActorIndex) -> bool:
    """Whether a restated support or commitment ("reaffirmed their support *for Ukraine*",
    "reiterated their commitment *to a strong U.S.-Mexico partnership*") backs another side or
    the relation itself: its "for"/"to" phrase names a side that neither the subject nor the
    owner of the support is, or a relation. "Reiterated the President's commitment to
    minimizing pain at the pump" or "his support for Speaker Pelosi's work" backs no partner."""
    subject = subject_of(trigger)
    own = {side.country for side in phrase_sides(subject, offset, index)[0]} if subject is not None else set()
    for obj in trigger.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        own |= {side.country for child in obj.children if child.dep_ in ("poss", "compound", "amod", "nmod")
                for side in phrase_sides(child, offset, index)[0]}
        # "reinforced the commitment to ... Vietnam": the parser may hang the "to"/"for" phrase
        # of the commitment on the verb; it is still the commitment's
        loose = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("to", "for") and c.i > obj.i]
        if any(side.country not in own for backed in backed_in_clause(obj)
               for side in phrase_sides(backed, offset, index, deep=True)[0]):
            return True  # "reiterated the U.S. commitment to support Haiti"
        for prep in [*obj.children, *loose]:
            if prep.dep_ != "prep" or prep.lower_ in TOPIC_PREPS or _of_private(prep):
                continue
            tokens = phrase_tokens(prep, deep=False, venues=False)
            if any(t.lemma_.lower() in _RELATION_WORDS or t.lower_ in _RELATION_WORDS for t in tokens):
                return True
            if any(side.country not in own for side in phrase_sides(prep, offset, index, venues=False)[0]):
                return True
    return False


#: Prepositions of what satisfies a side ("expressed satisfaction *with* Iran's membership").
_SATISFIED_WITH = frozenset("with regarding over at about".split())


def idle_satisfaction(trigger: Token, offset: int, index: ActorIndex) -> bool:
    """Satisfaction expressed with no other side's act (`accords.events.triggers`, "express"): the
    state press's praise "expressed satisfaction with Iran's membership in the SCO", "regarding
    arrangements made by Iran's Navy", "with the positions adopted by Iran" is a SUPPORT of the
    side whose act it is (owner or "by" agent); "with the development of cooperation between Iran
    and Azerbaijan", "with his visit to Iran", "with the presence of Iranian companies" praise no
    side's act (the gold records none, or an optional AGREE or COOPERATE)."""
    said = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() == "satisfaction"]
    if not said:
        return False
    subject = subject_of(trigger)
    own = {side.country for side in phrase_sides(subject, offset, index)[0]} if subject is not None else set()
    preps = [p for head in (*said, trigger) for p in head.children if p.dep_ == "prep" and p.lower_ in _SATISFIED_WITH]
    for thing in (t for p in preps for t in p.children if t.dep_ == "pobj"):
        owners = [c for c in thing.children if c.dep_ == "poss"] + [
            g for acl in thing.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for agent in acl.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"
        ]
        if any(side.country not in own for owner in owners for side in phrase_sides(owner, offset, index, venues=False)[0]):
            return False
    return True


def backs_another(trigger: Token, offset: int, index: ActorIndex) -> bool:
    """Whether what a verb of backing ("support", "welcome", "praise") acts on names a side
    other than its subject's: "supported Iran's membership of the SCO", "welcomed Turkiye's
    approval of Sweden's NATO membership", "commended President Samia"; not "the dollar was
    supported by data", "will support hundreds of local jobs", "welcomed the release of two
    hostages"; not "welcomed the Turkish companies' investments" (what private groups do),
    "welcomed his counterpart's suggestions" (words said in the talks) nor "the portal supports
    English" (a thing that enables)."""
    subject = subject_of(trigger)
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _ENABLERS:
        return False  # "The portal supports English and Russian languages": enables, backs no one
    own = {side.country for side in phrase_sides(subject, offset, index)[0]} if subject is not None else set()
    for child in trigger.children:
        if _of_private(child) or (trigger.lemma_.lower() == "welcome" and child.lemma_.lower() in _SAID) or (
            child.dep_ == "dobj" and child.lemma_.lower() in _NOMINEES
        ):
            continue  # "welcomed the Turkish companies' investments", "welcomed the proposal of X", "defended Trump's pick"
        if child.dep_ in ("dobj", "nsubjpass", "dative", "attr") or (
            child.dep_ == "prep" and child.lower_ not in TOPIC_PREPS | VENUE_PREPS
        ):
            if any(side.country not in own for side in phrase_sides(child, offset, index, venues=False)[0]):
                return True
    return False


#: Acts of force whose "of" phrase names what is struck, taken or killed ("Russia's invasion *of* Ukraine",
#: "the occupation of Nagorno-Karabakh by Armenia", "the assassination of Russia's ambassador"), not who
#: does it (`victims`).
_TAKINGS = frozenset("""invasion occupation annexation bombing bombardment shelling blockade assassination
    assassinations killing killings murder murders massacre""".split())


#: Nouns of censure and refusal a side voices ("expressed its condemnation of ...", "voiced its
#: opposition to ..."; `accords.events.triggers`).
_VOICED_STANCES = frozenset("condemnation outrage indignation displeasure disapproval rejection opposition".split())


def victims(trigger: Token, offset: int, index: ActorIndex) -> set[str]:
    """Sides that a condemned act of force targets, when the act's author is named: "condemned
    the attacks against Israel *by Iran*", "condemned Russia's attacks on Ukraine", "condemned
    Putin's invasion of Ukraine", "condemned Russia's continued war of aggression against
    Ukraine", "their condemnation of Iran's attack on Israel" accuse Iran and Russia; Israel and
    Ukraine are the victims, no side of the accusation. A measure is aimed at its target the same
    way: "denounced the recent U.S. sanctions against Turkey" accuses the United States. Without a
    named author a censure ("condemned the attacks on Israel", "condemns the assassination of
    Russia's ambassador to Turkey") accuses none of the states the act's phrase names: they are
    whom or where it struck (the gold records such a condemnation, if at all, as sympathy with the
    victim's state); a refusal ("opposed any offensive in Syria") sets nothing apart."""
    found: set[str] = set()
    acts = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    acts += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" and trigger.pos_ == "NOUN"
             for g in c.children if g.dep_ == "pobj"]  # "condemnation of Iran's attack on Israel"
    acts += [g for stance in trigger.children if stance.dep_ == "dobj" and stance.lemma_.lower() in _VOICED_STANCES
             for c in stance.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
             for g in c.children if g.dep_ == "pobj"]  # "expressed his condemnation of Russia's missile strikes"
    # the condemned act, or one its phrase names beside it or inside it: "condemned the deployment of
    # DPRK troops to Russia, a dangerous expansion *of Russia's unlawful war against Ukraine*", "the
    # DPRK's support to *Russia's brutal and illegal war against Ukraine*";
    # the parser may hang "to Russia, ..." on the verb
    phrases = acts + [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    hostile = [(act, owner) for owner in phrases for act in owner.subtree
               if act.lemma_.lower() in HOSTILE_ACTS and (act is owner or act.pos_ in ("NOUN", "PROPN"))]
    authoring: set[str] = set()
    censure = trigger.lemma_.lower() in CENSURING_VERBS or trigger.lemma_.lower() == "condemnation"
    for act, owner in hostile:
        authors = [c for c in act.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        authors += [g for holder in ((act, trigger) if act is owner else (act,)) for c in holder.children
                    if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        named = {side.country for author in authors for side in phrase_sides(author, offset, index, deep=True)[0]}
        if not named and censure:
            # "condemns the assassination of Russia's ambassador to Turkey", "condemn the attack at the
            # entrance of the embassy of ... Azerbaijan": no author named, and the states the act's phrase
            # names are whom or where it struck, none of them accused
            found |= {side.country for side, _type in index.sides_in(
                offset + act.left_edge.idx, offset + act.right_edge.idx + len(act.right_edge))}
            continue
        authoring |= named
        for prep in act.subtree:
            # the target of the act, or of an act it is named by ("war *of aggression against* Ukraine")
            if prep.dep_ == "prep" and (
                (prep.lower_ in ("against", "on", "upon", "targeting", "across") and prep.head.lemma_.lower() in HOSTILE_ACTS)
                or (prep.lower_ == "of" and prep.head.lemma_.lower() in _TAKINGS)  # "Putin's invasion of Ukraine"
            ):
                found |= {side.country for side in phrase_sides(prep, offset, index, deep=True)[0]} - named
    return (found - authoring) | _violated(acts, offset, index)


#: Breaches of what a state holds ("the violation *of* the territorial integrity of Ukraine by Russia").
_BREACHES = frozenset("violation violations breach breaches infringement infringements".split())
#: What a state holds that another breaches: its standing, its land, its borders.
_HOLDINGS = frozenset("integrity sovereignty airspace territory border borders waters independence".split())


def _violated(acts: list[Token], offset: int, index: ActorIndex) -> set[str]:
    """States whose integrity, sovereignty, borders or airspace a condemned breach violates, when
    the breach's author is named by "by": "deplored the violation of the territorial integrity of
    Ukraine by Russia" accuses Russia; Ukraine is the victim, no side. "the violation of Ukraine's
    sovereignty" (no author) sets nothing apart."""
    found: set[str] = set()
    for act in (a for a in acts if a.lemma_.lower() in _BREACHES):
        held = [g for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _HOLDINGS]
        authors = [g for c in act.subtree if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        named = {side.country for author in authors for side in phrase_sides(author, offset, index)[0]}
        if not held or not named:
            continue
        for holding in held:
            owners = [c for c in holding.children if c.dep_ in ("poss", "compound", "amod")]
            owners += [g for c in holding.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            found |= {side.country for owner in owners for side in phrase_sides(owner, offset, index)[0]} - named
    return found


#: What a side expresses, voices or raises when it criticises another's acts (`accords.events.triggers`).
CONCERNS = frozenset({"concern", "concerns"})
#: Prepositions that say what a concern is about ("concerns *about* the DPRK's behavior").
_ABOUT = frozenset({"about", "over", "regarding", "concerning", "with", "at", "on"})
#: Links by which a side named in that phrase is the author of what is of concern: its owner
#: ("the PRC's unfair trade policies"), modifier ("PRC human rights abuses", "Serbian military
#: mobilizations"), "of"/"by" phrase ("the effects of Russia's war", "threats posed by the DPRK"),
#: joined by "and" ("Iran and North Korea's provision of weapons").
_AUTHOR_LINKS = frozenset({"poss", "compound", "amod", "nmod", "pobj", "conj", "appos", "agent"})
_AUTHOR_PREPS = frozenset({"of", "by"})


def concern_raised(trigger: Token) -> Token | None:
    """The concern a verb expresses, voices or raises ("raised concerns about ..."), or None; also
    one object of several ("discussed their respective diplomacy with the PRC and their shared
    concerns about the PRC's coercive activities")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ == "NOUN")]
    objects += [t for c in objects for t in c.conjuncts]
    return next((c for c in objects if c.lemma_.lower() in CONCERNS), None)


def concerns_discussed(trigger: Token) -> bool:
    """Whether the sides discussed their concerns about what a named side does: "The two discussed
    their shared concerns over Russia's sudden military build-up" is criticism of Russia (ACCUSE),
    told of the meeting already reported. A concern about a situation ("concerns about the
    humanitarian crisis in Gaza") names no author and stays the meeting's topic."""
    if trigger.lemma_.lower() != "discuss" or (concern := concern_raised(trigger)) is None:
        return False
    return any(token.i != prep.i and (token.is_title or token.is_upper) and _authored(token, prep)
               for prep in concern.children if prep.dep_ in ("prep", "acl") and prep.lower_ in _ABOUT
               for token in prep.subtree)


def concerned_sides(concern: Token, offset: int, index: ActorIndex) -> list[Side]:
    """The sides whose acts a concern is about: "raised concerns about the DPRK's provocative
    behavior", "concerns regarding the threats posed by the DPRK", "concern about Serbian military
    mobilizations near the Kosovo border" accuse the DPRK and Serbia. Where something happens
    ("the humanitarian conditions *in Gaza*"), whom it hits ("*against* Ukraine", "deployments by
    the DPRK *to* Russia") and whom one worries for ("concern *for* the hostages") are no side:
    a concern about a situation accuses no one."""
    found: list[Side] = []
    preps = [p for p in concern.children if p.dep_ in ("prep", "acl") and p.lower_ in _ABOUT]
    if not preps and concern.dep_ == "dobj":  # "voiced our concerns over the ... Russian military build-up": on the verb
        preps = [p for p in concern.head.children if p.dep_ == "prep" and p.lower_ in _ABOUT and p.i > concern.i]
    for prep in preps[:1]:  # "concerns over Russia's build-up and provocations on Ukraine's border": where
        # "over the ... build-up in occupied Crimea and on Ukraine's borders": a second place phrase joined to the first
        places = {t.i for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" for t in c.subtree}
        for token in prep.subtree:
            if token.i == prep.i or token.i in places or not _authored(token, prep):
                continue
            for side, _type in index.sides_in(offset + token.idx, offset + token.idx + len(token)):
                if side.country not in {s.country for s in found}:
                    found.append(side)
    return found


#: Verbs by which one side puts a concern to the side it meets ("expressed concern with steps ...").
_RAISING = frozenset({"express", "raise", "reiterate", "voice", "convey", "underscore", "stress", "emphasize"})
#: Words that make a concern both sides' own ("their shared concerns"): about a situation, no one accused.
_SHARED = frozenset({"shared", "mutual", "common", "joint", "their"})


def concern_to_counterpart(trigger: Token, concern: Token, offset: int, index: ActorIndex, actors: list[Side],
                           met: list[tuple[Side, ...]]) -> list[Side]:
    """The side a concern that names no author is raised with: one side "expressed concern with
    steps — including extreme settler violence" in its meeting with Israeli officials, "expressed
    concern that the ongoing hostilities ... continue to cause civilian casualties" in a call with
    Ethiopia's prime minister; the dev gold records such a concern as criticism of the counterpart
    of the meeting or call told before (an ACCUSE of the two). Only where one side raises it, the
    last meeting told is of two sides, and what it is about names no side but that counterpart
    ("concern about the humanitarian situation in Gaza" to Qatar accuses no one); a concern both
    share ("their shared concerns") is about a situation. Empty when it is no such concern."""
    if trigger.lemma_.lower() not in _RAISING or len({side.country for side in actors}) != 1 or not met:
        return []
    if any(c.lower_ in _SHARED for c in concern.children if c.dep_ in ("amod", "poss")):
        return []
    own = {side.country for side in actors}
    others = list({side.country: side for side in met[-1] if side.country not in own}.values())
    if len(others) != 1 or len({side.country for side in met[-1]}) != 2 or not own <= {s.country for s in met[-1]}:
        return []
    subject = subject_of(trigger)
    if subject is not None and any(c.dep_ == "conj" or c.lower_ == "both" for c in subject.children):
        return []  # "Erdogan and Putin both expressed concern": both sides' own
    topics = _concern_topics(trigger, concern)
    if not topics or not all(t.lemma_.lower() in _CRITICISED or t.lower_ in _CRITICISED for t in topics):
        return []  # "concern over the presence of some terrorist groups", "concern for Ms. Alinejad's safety"
    about = [t for c in concern.children if c.dep_ in ("prep", "acl", "ccomp", "relcl") for t in c.subtree]
    named = {side.country for t in about for side, _type in index.sides_in(offset + t.idx, offset + t.idx + len(t))}
    return others if named <= {others[0].country} else []


#: What a government does that a concern put to it criticises ("concern with steps", "regarding
#: civilian casualties", "that the ongoing hostilities ... continue"); not a situation ("the
#: escalation of fighting", "the presence of some terrorist groups", "the crisis").
_CRITICISED = frozenset(
    """step steps action actions course courses operation operations hostilities strike strikes airstrike airstrikes
    attack attacks casualties violence settlement settlements crackdown detention detentions arrest arrests practice
    practices policy policies behavior behaviour conduct activity activities measure measures treatment restriction
    restrictions abuse abuses violation violations deployment deployments""".split()
)


def _concern_topics(trigger: Token, concern: Token) -> list[Token]:
    """The heads of what a concern is about: the objects of its "about"/"with"/"regarding" phrase
    and their conjuncts, or the subject of its "that" clause ("concern that the ongoing hostilities
    ... continue"). None when a "for" phrase says whom one worries for."""
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in concern.children):
        return []
    objects = [g for c in concern.children if c.dep_ == "prep" and c.lower_ in _ABOUT for g in c.children if g.dep_ == "pobj"]
    clauses_ = [c for c in (*concern.children, *trigger.children) if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    objects += [g for c in clauses_[:1] for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    return [t for o in objects for t in (o, *o.conjuncts)]


def _authored(token: Token, top: Token) -> bool:
    """Whether every link from `token` up to the concern's preposition `top` keeps it the author
    of what the concern is about (`_AUTHOR_LINKS`, "of"/"by", a participle's agent: "posed by")."""
    for _ in range(12):
        if token.i == top.i:
            return True
        if token.dep_ == "prep":
            if token.lower_ not in _AUTHOR_PREPS:
                return False
        elif token.dep_ == "acl":
            if token.tag_ != "VBN":
                return False  # "cyberattacks targeting civilian infrastructure": what it hits
        elif token.dep_ not in _AUTHOR_LINKS and token.dep_ not in ("det", "case", "punct", "cc"):
            return False
        token = token.head
    return False


def opponents(trigger: Token, offset: int, index: ActorIndex) -> set[str]:
    """Sides that a backed struggle is waged against: "to support Ukraine's fight for freedom
    *against Russian aggression*", "backed Armenia's defence against Azerbaijan": the adversary
    of the side backed is no side of the backing."""
    found: set[str] = set()
    for child in trigger.children:
        if child.dep_ not in ("dobj", "nsubjpass", "dative"):
            continue
        for token in child.subtree:
            if token.dep_ == "prep" and token.lower_ == "against":
                found |= {side.country for side in phrase_sides(token, offset, index, deep=True)[0]}
    return found


def without_opponents(actors: list[Side], recipients: list[Side], trigger: Token, offset: int,
                      index: ActorIndex) -> tuple[list[Side], list[Side]]:
    """The sides of a backing without the adversaries of the side backed (`opponents`)."""
    adversaries = opponents(trigger, offset, index)
    return ([s for s in actors if s.country not in adversaries],
            [s for s in recipients if s.country not in adversaries])


def asks_a_named_side(token: Token, offset: int, index: ActorIndex) -> bool:
    """Whether "asked X to do" names the side asked in X itself ("It has also asked France to
    expel ...", "asked the Turkish government for ..."): "asked their embassies for help" or
    "asked him to stay" names no state, and the article's pair must not stand in for it."""
    return any(phrase_sides(child, offset, index)[0] for child in token.children if child.dep_ == "dobj")



def blamed(trigger: Token, offset: int, index: ActorIndex) -> list[Side]:
    """Whom "blame ... on" names ("Moscow blamed the collapse of the talks *on Washington*"):
    the one accused, where the object is what went wrong."""
    if trigger.lemma_.lower() != "blame":
        return []
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "on"]
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        # the parser may hang "on Washington" on the end of the object ("the collapse of the talks")
        preps.extend(t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.right_edge == obj.right_edge)
    return [side for prep in preps for pobj in prep.children if pobj.dep_ == "pobj"
            for side in phrase_sides(pobj, offset, index)[0]]


#: Nouns of a stance held now whose infinitive of backing says whom it backs ("its solidarity
#: *to support* Ukraine's fight", "their commitment *to support* Haiti").
_STANCES = frozenset({"solidarity", "commitment", "resolve", "determination"})


def stated_backing(trigger: Token) -> bool:
    """Whether a backing verb is the infinitive of a stance noun ("The G7 remains steadfast in
    its solidarity *to support* Ukraine's fight", "underscored their commitment *to support*
    Ukraine"): support expressed now (SUPPORT), not an intention to act later (AGREE)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in _STANCES:
        return True
    # the parser may hang the infinitive on the main verb ("remains steadfast in its solidarity
    # to support"); it follows the stance noun all the same
    doc = trigger.doc
    return trigger.i >= 2 and doc[trigger.i - 1].lower_ == "to" and doc[trigger.i - 2].lemma_.lower() in _STANCES


#: Nouns of backing that an announcement voices with their owner ("its support").
_BACKING_NOUNS = frozenset({"support", "backing", "solidarity"})


def announced_backing(verb: Token) -> bool:
    """"China announced its support for Iran's accession to the body", "announced Tehran's
    solidarity with the brotherly country of Turkey": a side's backing announced, SUPPORT. The
    backing has its owner (a possessive: "its", "their", "Iran's"); "announced new support for
    Ukraine's energy sector" announces aid (`accords.events.matching`)."""
    if verb.lemma_.lower() != "announce":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _BACKING_NOUNS
               and any(o.dep_ == "poss" for o in c.children) for c in verb.children)
