"""Who does what to whom: the sides of an event, as entities and their countries.

The entities stage already found and linked every mention; here a mention only needs to be
placed in a syntactic slot of the trigger. Subjects (and the agent of a passive) are actors;
objects and "with"/"to"/"between" phrases are recipients. A minister, ministry or president
stands for its country (`Entity.country`). "The two countries", "the parties", "both sides"
and unresolved pronouns stand for the pair the article is about: its two most-mentioned sides,
named in its title or lead (`relations.completing_pair`). A country named where an event took place ("met in
Astana, Kazakhstan") is a side only when the event has fewer than two others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Token

from accords.events import cameo, censure, completion, frames, nonstate, offices, pairrefs, postings, praise, pronouns, referrals, voice
from accords.events.clausepartners import named_partners, one_list, stranded_object
from accords.events.joining import MET_IN_PASSIVE
from accords.events.groups import (
    PAIR_WORDS, UNCOUNTED, beside_group, met_and_named, named_as_topic, named_as_venue, of_one_nation, phrase_group, resolve_group, trigger_groups,
)
from accords.events.brokenlists import list_continuation, list_tail_subjects, misread_objects, with_clause_subjects
from accords.events.phrases import (
    TOPIC_NOUNS, TOPIC_VERBS, VENUE_PREPS, held_at, held_with,
    governing_verb, is_verb, backed_in_clause, leftmost,
    names_partner,
    meeting_of_body, nested_venues, seat_of_bodies, helpers_phrase,
    partners_in, phrase_tokens,
    phrase_without_clauses,
    prep_objects,
    right_end,
    subject_of,
    topic_phrases,
)
from accords.events.measures import IMPOSER_PREPS, TARGET_PREPS, about_measure, acts_on_measure, held_party, is_measure
from accords.events.triggers import ACCUSING_VERBS, BACKING_VERBS, ENDORSING_VERBS, MEETING_HEADS, MEETING_NOUNS, TARGETING_VERBS, VISIT_NOUNS
from accords.events.summons import summoned
from accords.events.trips import TRIP_VERBS, trip_destinations, visit_told_whole
from accords.events.venues import gathering_places, held_by_pronoun, no_party, partner_elsewhere
from accords.events.sideindex import ActorIndex, Side
from accords.gazetteer.countries import country_by_iso3
from accords.model import Segment

_PAIR_DETERMINERS = frozenset({"two", "both"})
#: People who, counted as two, stand for the two sides ("the two leaders", "both presidents").
_PAIR_PEOPLE = frozenset({"leaders", "presidents", "ministers", "delegations", "heads", "officials", "sides"})
_RECIPIENT_PREPS = frozenset({"with", "to", "between", "among", "from"})
#: Stances a side holds and voices: whoever modifies the noun holds it ("expressed *U.S.* support",
#: "reaffirmed *Iran's* solidarity with Syria"), and is no recipient.
_HELD_STANCES = frozenset({"support", "solidarity", "backing", "commitment"})
#: Verbs that voice a held stance (`_HELD_STANCES`).
_VOICING_VERBS = BACKING_VERBS | {"express", "convey", "extend", "pledge", "offer"}
#: Words of a meeting whose two named ends, of one state, are a meeting at home.
_MEETING_WORDS = frozenset("meet meeting receive talk talks confer".split())


def phrase_sides(
    token: Token, offset: int, index: ActorIndex, *, deep: bool = False, venues: bool = True
) -> tuple[list[Side], str | None]:
    """Sides named in the phrase headed by `token`, and the noun by which it names a pair ("countries").

    The phrase stops at nested clauses unless `deep` (a delegation "led by X" keeps its
    `acl`; a relative clause or a second verb does not belong to the phrase), and leaves out
    its place phrases ("in Samarkand, Uzbekistan") unless `venues`.
    """
    sides: list[Side] = []
    posts: list[Side] = []  # where a diplomat of the phrase is posted (`accords.events.postings`)
    pair: str | None = None
    posted = postings.posted_at(token)
    for item in phrase_tokens(token, deep=deep, venues=venues):
        if item.lower_ in PAIR_WORDS | _PAIR_PEOPLE and any(c.lower_ in _PAIR_DETERMINERS for c in item.children):
            pair = pair or (None if of_one_nation(item, offset, index) else item.lower_)  # not "the two Iranian officials"
        if item.lower_ in ("parties", "sides") and any(c.lower_ == "the" for c in item.children) and not completion.by_role(item):
            pair = pair or item.lower_
        named = index.sides_in(offset + item.idx, offset + item.idx + len(item.text))
        if no_party(item, {type_ for _side, type_ in named}, token):
            continue  # "the Astana peace process", "the Paris Club", "the Luxembourg presidency": no side
        for side, _type in named:
            found = posts if item.i in posted else sides
            if side not in found:
                found.append(side)
    return sides or posts, pair


def event_sides(trigger: Token, offset: int, index: ActorIndex, *, cooperative: bool,
                recent: Sequence[tuple[Side, ...]] = (), met: Sequence[tuple[Side, ...]] | None = None,
                acted: Sequence[tuple[Side, ...]] | None = None) -> tuple[list[Side], list[Side]]:
    """Actors and recipients of the event triggered by `trigger` (token of a sentence parse).

    `offset` is the sentence's start in the article. Cooperative events with one side known
    and in the article's pair get the other side of the pair; with none known, both. A group
    phrase ("the three countries", "the participants", "a trilateral meeting", "the Caspian
    states") stands for the sides `resolve_group` finds, with `recent` the sides of the
    article's earlier events (oldest first). "The leaders" or "they" as the subject stand for
    the sides of the last meeting of `met` (the sides of the article's earlier meetings and
    calls), else of the last event of two sides or more (of `acted` when given: who took part); with `met` None, they are left
    unresolved (what the sentence itself names).
    """
    actors: list[Side] = []
    recipients: list[Side] = []
    pair: str | None = None  # the noun of a pair phrase ("the two countries")
    groups: list[tuple[int, bool]] = []

    def add(target: list[Side], token: Token | None, *, deep: bool = False, venues: bool = True) -> None:
        nonlocal pair
        if token is None or helpers_phrase(token):  # "with the support of X": X helps, no side
            return
        found, names_pair = phrase_sides(token, offset, index, deep=deep, venues=venues)
        size, caspian = phrase_group(token, offset, index, deep=deep)
        if size is not None and (size != 2 or caspian):
            groups.append((size, caspian))
        pair = pair or names_pair
        for side in found:
            if side not in actors and side not in recipients:
                target.append(side)

    topical: list[Side] = []  # states found inside what is discussed ("their diplomacy with the PRC")

    def add_topic(token: Token) -> None:
        known = len(recipients)
        add(recipients, token, deep=True)
        at = offset + token.idx
        if all(type_ != "PERSON" for _side, type_ in index.sides_in(at, at + len(token))):
            topical.extend(recipients[known:])  # not "discussed Israel's security with Prime Minister Netanyahu"

    venues: list[Token] = []
    speaking_as: list[Side] = []
    we_speak = False
    verbal = is_verb(trigger)
    if verbal:
        subject = referrals.doer(trigger, subject_of(trigger))  # not the speaker of "Referring to X's visit and meeting with Y"
        if trigger.lemma_.lower() in TARGETING_VERBS and trigger.dep_ in ("advcl", "conj") and any(
                c.dep_ == "nsubjpass" for c in trigger.children) and not any(c.dep_ == "agent" for c in trigger.children):
            subject = None  # "When Azerbaijan's embassy in Tehran was attacked, ties between Tehran and Baku deteriorated": no attacker named
        if subject is not None and subject.dep_ == "nsubjpass" and trigger.lemma_.lower() in TOPIC_VERBS:
            # "the possibility of electricity cooperation with Turkey was discussed": what is
            # discussed is no side, as an object is not (partners inside it are, as below)
            if len({side.country for side in actors + recipients}) < 2 and not names_partner(trigger):
                for partner in partners_in(subject):
                    add_topic(partner)
            subject = None
        # "EU ministers at a meeting in Lisbon promised", "signed by all EU members in Rome": a venue
        gathered = gathering_places(subject, by_agent=trigger.lemma_ in _VENUE_VERBS)
        venues.extend(gathered)
        add(actors, pronouns.antecedent(subject, offset, index), venues=not gathered)
        we_speak = bool(index.authors) and subject is not None and voice.first_person(subject) and voice.acts_itself(
            trigger, subject)
        if subject is not None and subject.lower_ == "we":
            # "As a G7 we agreed ...", "As Quad partners, we ...": the group the speakers speak as,
            # besides the speakers themselves (the article's pair)
            speaking_as = [side for prep in subject.head.children if prep.dep_ == "prep" and prep.lower_ == "as"
                           for pobj in prep.children if pobj.dep_ == "pobj"
                           for side in phrase_sides(pobj, offset, index)[0]]
        # "agreements were signed": the passive subject is the object, and sides come from preps;
        # but those a violent act hits are a side ("121 Palestinians have been killed by Israeli
        # forces", "two Iranian diplomats were detained by Turkish police"), when the one who
        # acts is named as a side: "Palestinians were killed" alone, or "killed by landmines",
        # would make the victims the actor; one met is a side ("the European Council was joined by President Biden"),
        # and so is one censured, asked, refused, threatened or penalised ("Israel was condemned by Turkey")
        if ((trigger.lemma_.lower() in TARGETING_VERBS and actors) or trigger.lemma_.lower() in MET_IN_PASSIVE) and any(
                c.dep_ == "agent" for c in trigger.children):
            add(recipients, next((c for c in trigger.children if c.dep_ == "nsubjpass"), None))
        summoners, envoy = summoned(trigger)  # "X's ambassador was summoned to the Iranian Foreign Ministry"
        for summoner in summoners:
            add(actors, summoner)
        add(recipients, envoy)
        misread = misread_objects(trigger) + list_tail_subjects(trigger)  # "X, Y, and Syria": a list broken off
        for child in trigger.children:
            if (child.dep_ in ("dobj", "dative", "attr") and not stranded_object(child)) or child in misread:
                if child.dep_ == "dobj" and trigger.lemma_.lower() in TOPIC_VERBS:
                    # what is discussed is no side; a "with" phrase the parser hung on it is,
                    # unless the partners are named already ("Bayramov and his Turkish counterpart
                    # discussed the peace process between Azerbaijan and Armenia")
                    if len({side.country for side in actors + recipients}) < 2 and not names_partner(trigger):
                        for partner in partners_in(child):
                            add_topic(partner)
                    continue
                if trigger.lemma_.lower() in _VOICING_VERBS and child.lemma_.lower() in _HELD_STANCES:
                    for holder in child.children:
                        if holder.dep_ in ("poss", "compound", "amod"):
                            add(actors, holder)  # "to express U.S. support": the United States backs
                hosted = trigger.lemma_ in _VENUE_VERBS and child.dep_ == "dobj"
                if hosted:  # "signed the agreement in Samarkand, Uzbekistan": the place is a venue
                    venues.extend(prep_objects(child, VENUE_PREPS))
                add(recipients, child, deep=trigger.lemma_ in ("invite", "receive", "host", "meet") or is_measure(child),
                    venues=not hosted)
                for backed in backed_in_clause(child) if trigger.lemma_.lower() in BACKING_VERBS else ():
                    add(recipients, backed, deep=True)  # "reiterated the commitment to support Haiti"
                if is_measure(child) and acts_on_measure(trigger) and subject_of(trigger) is not None:
                    # "The United States will impose a 25 percent tariff *on imports from Canada*": the
                    # parser hangs the target on the measure, where "on" would read as a topic; it names
                    # whom it hits. Only with the one who imposes named: "an Executive Order imposing
                    # tariffs on ..." would make the targets the only sides
                    for pobj in prep_objects(child, TARGET_PREPS):
                        add(recipients, pobj, deep=True)
                if trigger.lemma_.lower() in ENDORSING_VERBS | BACKING_VERBS | ACCUSING_VERBS:
                    # "commended Jordan's humanitarian response *in Gaza*", "criticized Turkey's interference
                    # *in the Nagorno-Karabakh conflict*": where the backed or censured act took place is no side;
                    # a censured act *in* a country may be that country's ("the arrest of a reporter in Turkey"),
                    # so for censure only a place that names a conflict or region counts
                    spots = _places_in(child, offset, index, named_only=trigger.lemma_.lower() in ACCUSING_VERBS
                                       and not censure.owned(child))  # "Russia's war in Ukraine": done there
                    recipients[:] = [side for side in recipients if side.country not in spots]
                if child.dep_ == "dobj" and (doer := praise.praised_doer(trigger, child)) is not None:
                    # "commended Germany's contributions to Ukraine's self-defense": Germany is praised
                    add(recipients, doer)
                    start, end = offset + leftmost(doer).idx, offset + right_end(doer)
                    kept = {side.country for side, _type in index.sides_in(start, end)}
                    if (praising := subject_of(trigger)) is not None:  # "Mr. Akiba and Mr. Año welcomed Mr.
                        # Sullivan's reaffirmation of ... commitments to both Japan and the Philippines": the praising sides
                        kept |= {side.country for side, _type in index.sides_in(
                            offset + leftmost(praising).idx, offset + right_end(praising))}
                    in_act = {side.country for side, _type in index.sides_in(offset + leftmost(child).idx,
                                                                            offset + right_end(child))}
                    recipients[:] = [side for side in recipients if side.country in kept or side.country not in in_act]
            elif child.dep_ == "prep" and child.lower_ in (_RECIPIENT_PREPS | {"in", "at", "during"}) - cameo.addressed(trigger):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if child.lower_ in _RECIPIENT_PREPS and trigger.lemma_ in _VENUE_VERBS:
                            # "met with President Aliyev in Brussels": the parser may hang the
                            # venue on the partner; it is a venue all the same
                            add(recipients, pobj, deep=True, venues=False)
                            venues.extend(nested_venues(pobj))
                        elif child.lower_ in _RECIPIENT_PREPS:
                            add(recipients, pobj, deep=True)
                        elif trigger.lemma_ in _VENUE_VERBS:
                            venues.append(pobj)
                        for item in list_continuation(pobj) if child.lower_ == "with" else ():
                            add(recipients, item, deep=True, venues=False)  # "with A of X, B of Y, ..."
                for subject in with_clause_subjects(trigger) if child.lower_ == "with" else ():
                    add(recipients, subject)  # "spoke with X to discuss ...", parsed as "with (X to discuss)"
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS and acts_on_measure(trigger):
                for pobj in child.children:  # "imposed sanctions on Russia": Russia is hit
                    if pobj.dep_ == "pobj":
                        add(recipients, pobj, deep=True)
            elif child.dep_ in ("prep", "prt") and child.lower_ in cameo.addressed(trigger):
                for pobj in child.children:  # "called on Turkey to sign", "lashed out at Washington"
                    if pobj.dep_ == "pobj":
                        add(recipients, pobj, deep=True)
            elif child.dep_ == "agent":
                for pobj in child.children:  # "signed by all EU members in Rome": as "met with X in Rome"
                    add(actors, pobj, deep=True, venues=trigger.lemma_ not in _VENUE_VERBS)
                    venues.extend(nested_venues(pobj) if trigger.lemma_ in _VENUE_VERBS else ())
            elif child.dep_ == "xcomp" and trigger.lemma_ in ("invite",):
                for part in child.children:  # "invited Mexico to embed personnel at ..., joining Canada": whom
                    if part.dep_ != "advcl":  # the invitee joins there is no party to the invitation
                        add(recipients, part, deep=True)
            elif child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in child.children):
                # "spoke today with X to applaud ...", parsed as "with X applauding": X is the partner
                add(recipients, next((c for c in child.children if c.dep_ == "nsubj"), None))
    else:
        owner = trigger
        for child in trigger.children:
            if child.dep_ == "poss" and index.authors and voice.first_person(child):
                we_speak = True  # "our trilateral program" in a joint statement: its authors
            if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod"):
                # "a meeting last February *in Hanoi*": the time's place phrase is a venue
                add(actors, child, deep=True, venues=child.dep_ != "npadvmod")
            elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS | {"of"} | _measure_preps(trigger):
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        # "duties on imports *by the Chinese government*": who imposes acts;
                        # "talks with Aliyev *in Baku*": the place phrase the parser hangs on the
                        # participants is where the event was, as for a verb, and no place at all
                        # when they are "the two presidents" (the phrase names both sides)
                        add(actors if child.lower_ in IMPOSER_PREPS else recipients, pobj, deep=True, venues=False)
                        if not phrase_sides(pobj, offset, index, deep=True)[1]:
                            venues.extend(nested_venues(pobj))
            elif child.dep_ in ("acl",):  # "talks held in Geneva": the place is a venue
                add(recipients, child, deep=True, venues=False)
                venues.extend(held_at(child))
            elif child.dep_ == "relcl":  # "the meeting that he will hold with Chinese officials": its partners
                for partner in held_with(child):
                    add(recipients, partner, deep=True, venues=False)
        if (answering := held_party(trigger)) is not None:  # "hold Russia accountable, including through sanctions"
            add(recipients, answering[1], deep=True)  # Russia is hit, by who holds it
            add(actors, subject_of(answering[0]))
        if trigger.pos_ == "ADJ" or (not actors and not completion.ends_between(trigger) and not visit_told_whole(trigger)):
            verb = governing_verb(owner)
            if verb is not None:
                venues.extend(trip_destinations(verb))  # "arrived in Astana on a working visit": the host
                subject = subject_of(verb)
                if subject is not None and ((subject.dep_ == "nsubjpass" and verb.lemma_.lower() in TOPIC_VERBS) or referrals.refers(verb)
                                            or _topic_of(trigger, verb)):
                    subject = None  # "the possibility of ... with Turkey was discussed", "Referring to X's meeting with Y, Z said"
                # "his departure from a meeting in Hanoi with Kim": the subject holds the meeting,
                # whose place is a venue, not a side
                inside = subject is not None and subject != trigger and trigger in subject.subtree
                if verb.lemma_.lower() in MEETING_HEADS:  # "it will start talks with X"; not "he witnessed talks"
                    subject = pronouns.antecedent(subject, offset, index)
                add(actors, subject, venues=not inside and not held_by_pronoun(trigger))
                for tail in list_tail_subjects(verb):
                    add(actors, tail)
    if not verbal and _among_one_nation(trigger, offset, index):
        return [], []  # "talks between the members of Syria's Constitutional Committee": that nation's own talks
    # both ends of a meeting named, of one state, before any venue: a meeting at home
    at_home = trigger.lemma_.lower() in _MEETING_WORDS and bool(actors and recipients) and len(_codes(actors + recipients)) == 1
    if len({side.country for side in actors + recipients}) < 2 and not meeting_of_body(trigger) and not partner_elsewhere(trigger):
        # "met in Tehran": the host is a side only when the event names fewer than two;
        # "X and Y met in Astana, Kazakhstan" or "signed ... in Samarkand, Uzbekistan" is a venue
        for venue in (venue for venue in venues if not seat_of_bodies(venue)):
            add(recipients, venue)
    # a visit or trip whose visitor and destination are of one state: a trip at home ("Raisi paid a
    # visit to East Azerbaijan Province", "arrived in Tabriz for a two-day trip")
    at_home = at_home or (_trip(trigger) and bool(recipients) and len(_codes(actors + recipients)) == 1
                          and bool(actors or _possessor_sides(trigger, offset, index) == _codes(recipients)))
    if we_speak:
        # "We reaffirmed ...", "our trilateral program": the statement's authors, whoever else
        # the sentence names as a partner or recipient
        known = {side.country for side in index.authors}
        actors[:] = list(index.authors) + [s for s in actors if s.country not in known]
        recipients[:] = [s for s in recipients if s.country not in known]
        actors.extend(side for side in speaking_as if side not in actors)
        return actors, recipients
    groups.extend(trigger_groups(trigger))
    counted = _counted(subject_of(trigger), offset, index)
    if met is not None and verbal and not groups and (counted or _participants(subject_of(trigger), offset, index)):
        # "The leaders reiterated ...", "They welcomed ...": those who last met, whatever their
        # number; "The two condemned ...", "Both agreed ...": those two; "The three advisors": those three
        least = 2 if _the_two(subject_of(trigger)) else counted
        # a meeting of one named side ("the summit ... held in Tehran") leaves them to those who last acted together
        told = next((sides for pool in (met, recent if acted is None else acted) for sides in reversed(pool)
                     if len({s.country for s in sides}) >= 2 and (least is None or len({s.country for s in sides}) == least)), None)
        if told is not None:
            members = list({side.country: side for side in told}.values())
            known = {side.country for side in members}
            actors[:] = members + [s for s in actors if s.country not in known]
            # "The leaders discussed their respective diplomacy with the PRC": those who met talked
            # about a third country, not with it
            recipients[:] = [s for s in recipients if s.country not in known and s not in topical]
            return actors, recipients
    if met and not actors and not recipients and ((not verbal and _this_meeting(trigger)) or completion.next_meeting(trigger)):
        # "During this third meeting of the Committee", "will hold its next meeting": the meeting told before, with its sides
        told = next((sides for sides in reversed(met) if len({s.country for s in sides}) >= 2), None)
        if told is not None:
            return list({side.country: side for side in told}.values()), []
    # "participants discussed ... Venezuela TPS", "the sovereignty ... of Syria": no group members, no pair to complete
    topic = {side.country for token in topic_phrases(trigger)
             for side, _type in index.sides_in(offset + leftmost(token).idx, offset + right_end(token))
             } | (named_as_topic(trigger, offset, index) if groups else set())
    hosts = named_as_venue(trigger, offset, index) if groups else set()  # "round of talks in the Kazakh capital"
    topic |= hosts
    if groups:
        sentence = [side for side in index.countries_in(offset, offset + len(trigger.doc.text)) if side.country not in topic]
        leaders = met is not None and verbal and _participants(subject_of(trigger), offset, index)
        held = offices.office_group(subject_of(trigger), offset, index) or offices.meeting_group(
            trigger, offset, index, named={s.country for s in sentence})  # "the trilateral summit": its leaders named before
        for size, caspian in sorted(groups, key=lambda g: (not g[1], g[0] in UNCOUNTED)):
            # "they agreed to accelerate trilateral cooperation with the Republic of Korea": those who met and Korea
            joined = met_and_named(size, sentence, met) if leaders and met and not caspian else None
            # "the three presidents agreed": the countries of the three presidents named before
            joined = held if not caspian and held and len(held) == size else joined
            resolved = joined or resolve_group(size, caspian, sentence, recent, index, offset)
            if resolved:
                known = {side.country for side in resolved}
                actors[:] = resolved + [s for s in actors if s.country not in known]
                recipients[:] = beside_group(recipients, known | hosts, topic, trigger)
                return actors, recipients
    if cooperative and not pair and (members := completion.meeting_members(trigger, actors, recipients, met)):
        recipients.extend(members)  # an act told at a meeting of three or more: among those who met
    elif (pair or ((cooperative or about_measure(trigger)) and index.pair_named_often())) and not completion.pair_as_topic(
        trigger, offset, index, topic, explicit=bool(pair), grouped=bool(groups), actors=actors, recipients=recipients
    ) and not (not actors and _unplaced_actor(trigger, offset, index, org=bool(recipients))) and not (
        completion.own_body_sitting(trigger, offset, index)  # "chaired a session of the Security Council"
        or nonstate.private_actor(trigger, none_named=not (actors or recipients))  # "the fishermen of both states"
    ) and (pair or actors or recipients or pairrefs.pair_related(index, recent, offset)):
        # a measure that names whom it hits, in an article about a pair: the other imposes it
        told = pairrefs.told_pair(offset, index, pair, met, recent)
        article_pair = index.pair
        if pair and told is not None:
            # "the two leaders" after a meeting of two, "the two countries" after "between Azerbaijan and Armenia": those two
            index = dataclasses.replace(index, pair=told)
        index = frames.framed(index, offset)  # "In Vanuatu, ... USAID announced ...": the paragraph's country
        index = pairrefs.own_relation(index, trigger.doc.text, offset, actors + recipients, counted=bool(pair))
        index = _pair_left(index, article_pair if not pair or told is None else None, pair, recent, offset,
                           none_named=not (actors or recipients))
        if pair and actors and not recipients and not completion.pair_subject(trigger) \
                and len(acting := {side.country for side in actors}) == 1 and acting <= {side.country for side in index.pair} \
                and (apart := pairrefs.pair_apart(offset, index, acting, recent)) is not None:
            index = dataclasses.replace(index, pair=apart)  # "Iran has called on both sides": two others
        named = named_partners(trigger, offset, index)
        known = {side.country for side in actors + recipients}
        completion.fill_pair(actors, recipients, index, explicit=bool(pair), named=named,
                             listed=one_list([side for side in named if side.country not in known], trigger, offset, index),
                             at_home=at_home, anyone=completion.any_partner(trigger, offset, index), sentence=trigger.doc, at=offset,
                             subject_pair=bool(pair) and told is not None and verbal and completion.pair_subject(trigger))
    actors.extend(side for side in speaking_as if side not in actors and side not in recipients)
    return actors, recipients


def _pair_left(index: ActorIndex, article_pair: tuple[Side, ...] | None, noun: str | None,
               recent: Sequence[tuple[Side, ...]], offset: int, *, none_named: bool) -> ActorIndex:
    """The index with no pair to complete an event that names no side (`none_named`) with, when
    "both countries" follows a sentence that names two other countries, not as a pair
    (`pairrefs.other_pair_before`), or when the pair it would take is the article's
    (`article_pair`: None when a pair phrase took a pair told before) and the text has left it
    (`pairrefs.pair_current`). Checked after the sentence's own relationship phrase
    (`pairrefs.own_relation`) and paragraph frame (`frames.framed`) set their pair; not in an
    item of a statement whose authors are named (`statementitems.authored_items`): they act."""
    if not none_named or not index.pair or offset in index.items:
        return index  # an item of a statement: its authors act (`statementitems.with_authors`)
    if noun in pairrefs.COUNTRY_NOUNS and pairrefs.other_pair_before(offset, index, index.pair):
        return dataclasses.replace(index, pair=())
    if index.pair == article_pair and not pairrefs.pair_current(index, recent, offset):
        return dataclasses.replace(index, pair=())
    return index


def _unplaced_actor(trigger: Token, offset: int, index: ActorIndex, *, org: bool = False) -> bool:
    """Whether the one who acts is named and is a person or body of no known country ("Andy
    Beshear, the Democratic candidate, promised to protect Medicaid" in an article that names
    Ukraine and the United States elsewhere): the event is no act of the article's pair.
    `org`: only an organisation counts, for an event that names its partner ("Boeing announced
    an agreement with India's Wipro" in an article on France and India: a firm of no known
    country is not the pair's other member; a person of no known country often is its envoy)."""
    verb = trigger if is_verb(trigger) else governing_verb(trigger)
    subject = subject_of(verb) if verb is not None else None
    if org and verb is not None and verb is not trigger and verb.lemma_.lower() in ("say", "tell"):
        return False  # "Sanaie said in a meeting with ...": the one who speaks, not who met
    if verb is not None and subject is not None and subject.lower_ == "it" and verb.dep_ == "ccomp":
        subject = subject_of(verb.head)  # "Lockheed said on Tuesday it had signed a pact with ...": Lockheed
    if subject is None or subject.pos_ == "PRON":
        return False
    named = unplaced = False
    for token in phrase_without_clauses(subject):
        start, end = offset + token.idx, offset + token.idx + len(token)
        named = named or bool(index.sides_in(start, end))
        unplaced = unplaced or (index.unplaced_org_at(start, end) if org else index.unplaced_at(start, end))
    return unplaced and not named


#: Nouns of a visit or a meeting whose "by" phrase names who travels or meets ("a visit by Iranian
#: President Hassan Rouhani to Baku", "the previous summit by the leaders of the three countries").
_VISIT_NOUNS = MEETING_NOUNS | VISIT_NOUNS


def _measure_preps(trigger: Token) -> frozenset[str]:
    """The prepositions of a measure noun that name a side: whom it hits and who imposes it; of
    a visit or meeting noun, who travels or meets ("by")."""
    if is_measure(trigger):
        return TARGET_PREPS | IMPOSER_PREPS
    return IMPOSER_PREPS if trigger.lower_ in _VISIT_NOUNS else frozenset()


def _places_in(phrase: Token, offset: int, index: ActorIndex, *, named_only: bool = False) -> set[str]:
    """Countries of the places named in the "in"/"at" phrases inside a phrase ("response *in
    Gaza*", "interference *in the Nagorno-Karabakh conflict*"), not of other phrases ("interest
    *in joining* the United States"). `named_only`: only places that name the phrase's head
    ("the Nagorno-Karabakh conflict"), not a place that is the head ("in Turkey")."""
    found: set[str] = set()
    for pobj in nested_venues(phrase):
        start, end = offset + leftmost(pobj).idx, offset + right_end(pobj)
        # the place, or a place naming it ("in *the Nagorno-Karabakh* conflict")
        named = ([] if named_only else [pobj]) + [c for c in pobj.children if c.dep_ == "compound"]
        if any(index.place_at(offset + t.idx, offset + t.idx + len(t)) is not None for t in named):
            found |= {side.country for side, _type in index.sides_in(start, end)}
    return found


#: Verbs whose "in X" phrase is where the event took place (a side only when fewer than two are named).
_VENUE_VERBS = frozenset({"visit", "arrive", "hold", "meet", "sign", "sit"})  # "sit": "sat down with X in Astana"


#: Subjects that stand for the participants of the event told last ("the leaders", "they", "the
#: national security advisors", "the ministers"; not "officials", who are often one side's own).
_PARTICIPANTS = frozenset({"leaders", "presidents", "heads", "they", "ministers", "advisors", "advisers",
                           "delegations", "counterparts", "participants", "chairs", "co-chairs"})
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}  # "the three advisors" (`_counted`)


def _this_meeting(noun: Token) -> bool:
    """A meeting noun pointed at with "this" or "that" ("this third meeting of the Committee"):
    the one the text has told of."""
    return noun.lemma_.lower() in _MEETING_WORDS and any(
        c.dep_ == "det" and c.lower_ in ("this", "that") for c in noun.children
    )


def _the_two(subject: Token | None) -> bool:
    """A subject that is only "the two" or "both" ("The two condemned the attacks", "Both agreed
    to maintain close coordination"): the two who met, with no noun to say who."""
    if subject is None or subject.lower_ not in ("two", "both") or subject.pos_ not in ("NUM", "PRON", "DET"):
        return False
    return all(c.dep_ in ("det", "punct", "acl") for c in subject.children)  # "The two condemned" misread as a participle


def _participants(subject: Token | None, offset: int, index: ActorIndex) -> bool:
    """Whether the subject is "the leaders" (or a bare "leaders"), "the presidents", "they", "the two" or "both" and
    names no side itself: it stands for those who took part in the event told last (a call of
    six leaders, a meeting of two), not for the article's most named pair."""
    if _the_two(subject):
        return True
    if subject is None or subject.lower_ not in _PARTICIPANTS:
        return False
    determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
    if subject.lower_ != "they" and determiners != ["the"] and (determiners or subject.n_lefts + subject.n_rights):
        return False  # "the leaders", or a bare "Leaders" of a readout ("In the discussion, leaders reiterated")
    if any(c.dep_ in ("nummod", "prep", "appos", "conj") for c in subject.children):
        return False  # "the two leaders", "the leaders of ...": said otherwise
    return not phrase_sides(subject, offset, index)[0]


def _counted(subject: Token | None, offset: int, index: ActorIndex) -> int | None:
    """The number of "the three National Security Advisors", "the four leaders" (three or more; "the two
    leaders" is a pair phrase), a counted subject of participants that names no side."""
    counts = [_COUNTS.get(c.lower_) for c in subject.children if c.dep_ == "nummod"] if subject is not None else []
    if subject is None or subject.lower_ not in _PARTICIPANTS or len(counts) != 1 or counts[0] is None or any(
            c.dep_ in ("prep", "appos", "conj") for c in subject.children):
        return None
    return None if phrase_sides(subject, offset, index)[0] else counts[0]


def _trip(trigger: Token) -> bool:
    """Whether the trigger is a visit or trip, or a meeting a trip verb goes to ("arrived in X for talks")."""
    verb = trigger if is_verb(trigger) else governing_verb(trigger)
    return trigger.lower_ in VISIT_NOUNS or trigger.lemma_.lower() in VISIT_NOUNS or (verb is not None and verb.lemma_.lower() in TRIP_VERBS)


def _possessor_sides(noun: Token, offset: int, index: ActorIndex) -> set[str]:
    """The countries of the one "his"/"her" stands for on a noun ("his two-day visit"): the subject
    of the clause the noun hangs on ("Following the plans of his two-day visit to East Azerbaijan
    province, Ayatollah Raisi unveiled ...")."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return set()
    head, subject = noun, None
    while subject is None and head.head.i != head.i:
        head = head.head
        subject = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    return set() if subject is None or subject.lower_ in ("he", "she") else _codes(phrase_sides(subject, offset, index)[0])


def _topic_of(noun: Token, verb: Token) -> bool:
    """Whether the meeting noun tells what its copula's subject is a topic of ("The North-South
    Transport Corridor and ... organizations such as the Economic Cooperation Organization ...
    were additional topics of discussion between the two foreign ministers"): the subject is
    what is discussed, no side."""
    head = noun
    while verb.lemma_ == "be" and head.i != verb.i and head.head.i != head.i:
        if head.dep_ == "attr":
            return head.lemma_.lower() in TOPIC_NOUNS
        head = head.head
    return False


#: Nouns of the parties to a nation's own talks ("the Geneva talks among Syrian sides").
_PARTIES = frozenset("sides parties members factions groups representatives delegations".split())
#: Bodies of one state (`completion.OWN_BODIES`) and its committees and commissions.
_NATION_BODIES = completion.OWN_BODIES | {"committee", "commission"}


def _among_one_nation(noun: Token, offset: int, index: ActorIndex) -> bool:
    """Whether a meeting noun is held "between" or "among" parties of one nation, named as parties ("the
    sixth round of talks between the members of Syria's Constitutional Committee", "the Geneva talks among
    Syrian sides"): that nation's own talks, whoever refers to them, no meeting of states."""
    held = [noun, *(t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children if t.dep_ == "pobj")]
    for prep in (c for n in held for c in n.children if c.dep_ == "prep" and c.lower_ in ("between", "among", "amongst")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in _PARTIES and not c.conjuncts):
            if len(_codes(phrase_sides(pobj, offset, index, deep=True)[0])) == 1 and not any(
                    c.dep_ == "nummod" for c in pobj.children):
                return True
    for body in held[1:]:  # "a meeting of the Syrian constitutional committee": that nation's own body sits
        # not "the U.S.-EU Energy Council", "the Steering Committee of the ... Platform for Ukraine"
        if body.lemma_.lower() in _NATION_BODIES and completion.named_as_one_state(body) and not any(
                t.dep_ == "prep" for t in body.subtree) and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in noun.children):
            codes = _codes(phrase_sides(body, offset, index, deep=True)[0])
            if len(codes) == 1 and country_by_iso3(next(iter(codes))) is not None:
                return True
    return False


def _codes(sides: Sequence[Side]) -> set[str]:
    return {side.country for side in sides}


def names_traveller(trip: Token, offset: int, index: ActorIndex) -> bool:
    """Whether a journey names who travels as a side: its possessor ("Carrie Lam's trip to
    Beijing") or the subject of the verb it is the object of ("Rouhani made trips to ...")."""
    owners = [c for c in trip.children if c.dep_ == "poss"]
    if trip.dep_ == "dobj" and (subject := subject_of(trip.head)) is not None:
        owners.append(subject)
    return any(phrase_sides(owner, offset, index)[0] for owner in owners)


def through_persons(countries: set[str], sentence: Segment, index: ActorIndex) -> bool:
    """Whether a side the sentence names stands there only through a person (a leader or an
    office holder: "President Biden", "the Vice President"), not through its own name."""
    kinds: dict[str, set[str]] = {}
    for side, type_ in index.sides_in(sentence.start, sentence.end):
        kinds.setdefault(side.country, set()).add(type_)
    return any(kinds.get(country) == {"PERSON"} for country in countries)
