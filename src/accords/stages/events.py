"""events.v2: PLOVER events (who met, signed, agreed, cooperated with whom) from the article.

1. cheap scan: a sentence is a candidate when its lemmas and words (from the shared parse) could
   fulfil a spec of the trigger lexicon (`accords.events.triggers.may_trigger`);
2. each candidate sentence gets a dependency parse (`accords.nlp.parse_spans`); tokens that
   fulfil a trigger spec (object, complement and tense constraints) become triggers, and a
   trigger inside the complement of an intention ("plan *to visit*") is left to that intention;
3. for each trigger: the sides from the entities stage's mentions in its subject, object and
   prepositional phrases (`accords.events.actors`), the status from tense, modality and
   negation (`accords.events.status`), the date from the time expressions in its clause, or
   from the meeting a "during the meeting" refers to, the location, object, document kind,
   count and sectors;
4. a planned meeting or signing is an AGREE event (PLOVER); a date after publication makes an
   occurred event planned;
5. reports of the same occurrence are merged (`accords.events.dedup`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from accords import knowledge
from accords.events import matching
from accords.events import triggers as lexicon
from accords.events.actors import event_sides, names_traveller, phrase_sides, through_persons
from accords.events.sideindex import ActorIndex, Side
from accords.events.published import DONE_TYPES, after_publication, future_is_planned, long_before_publication
from accords.events.talkpurposes import SAID_IN_TALKS, purpose_of_talk, talk_on_trip
from accords.events.quoted import quoted_speaker
from accords.events.stances import (
    asks_a_named_side, backs_a_partner, backs_another, blamed, concern_raised, concern_to_counterpart, concerned_sides,
    idle_satisfaction,
    stated_backing, victims, without_opponents,
)
from accords.events import clauses
from accords.events import confidence as calibration
from accords.events import antecedents, demands, meetings, participants, privatetalks, relations, reportdates
from accords.events import censure, compliance, eventtimes, joining, requests, separately, threats, violence, voice, works
from accords.events import aidsides, cameo, ongoing, credits, portfolios, decisions, frames, headlines, homeaid, hostility, ownplans, reforms
from accords.events import agenda, groups, offices, pairrefs, principals, replies, scenes, sport, statementitems, titlemeetings
from accords.events.candidates import candidate_sentences
from accords.events.sentencetriggers import BLAME, DEMAND, Trigger, sentence_triggers
from accords.events.formats import body_meeting_sides, without_format_names
from accords.events.dedup import Located, deduplicate
from accords.events.home import with_home_titles
from accords.events.measures import is_measure
from accords.events.nonevents import (
    sides_told,
    unattributed_promise,
)
from accords.events.sectors import sectors_of
from accords.events.standing import definite_reference, given_between_named, sideless_event
from accords.events.status import clause_status, conditioned, put_as_question, reported_speech
from accords.ids import fact_id
from accords.indicators.subjects import is_country
from accords.model import COOPERATIVE_TYPES, Article, Event, Evidence, Extraction, Segment, TimeExpression
from accords.nlp import doc_text, normalise_for_nlp, parse_sentence, parse_spans
from accords.pipeline import stage

STAGE = "events.v2"

COOPERATIVE = frozenset(COOPERATIVE_TYPES)
_CONTEXT_REFERENCE = re.compile(
    r"\b(?:during|at|on the sidelines of|in the course of|within)\s+(?:the|this|that|these)\s+"
    r"(?:\w+\s+)?(?:meeting|talks|visit|session|negotiations|consultations|forum|summit|event)\b",
    re.IGNORECASE,
)
#: Photo captions describe a picture, not a new report ("PHOTO: the ministers sign ...").
_CAPTION = re.compile(r"\bphoto\s*:", re.IGNORECASE)
#: Types whose complement is what is agreed, asked or blamed, not a second event
#: ("invited X to visit", "accused Y of supporting Z").
#: "According to the agreement, ...": the terms of a document already reported, not new events.
_TERMS = re.compile(r"^\W*(?:according to|under|based on|as per)\s+(?:the|this|that)\s+"
                    r"(?:agreement|mou|memorandum|deal|document|contract|accord|roadmap|protocol)\b", re.IGNORECASE)


#: Nouns of travel that are a visit only between two sides named in their sentence.
_JOURNEYS = frozenset({"trip", "trips"})


def _left_edge(token: Token) -> Token:
    return token.doc[token.left_edge.i]


def _right_edge(token: Token) -> int:
    last = token.doc[token.right_edge.i]
    return last.idx + len(last)


@stage(STAGE)
def events(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Events of the article from its sentences, entities and time expressions."""
    text = doc_text(doc) if doc is not None else normalise_for_nlp(article.text)
    sentences = extraction.sentences or _doc_sentences(doc)
    index = with_home_titles(portfolios.actor_index(credits.without_credits(extraction, text), text), article,
                             extraction, text)
    index = dataclasses.replace(frames.with_frames(index, article, extraction, text), offices=offices.holders(extraction))
    home = knowledge.home_country(article.source, article.url)
    index = relations.completing_pair(index, article.title, text, sentences, home=home, entities=extraction.entities)
    times = sorted((t for t in extraction.times if t.value is not None and t.evidence), key=lambda t: t.evidence[0].start)
    dating = eventtimes.dating_times(times, text, extraction.mentions)  # what a clause's event is dated by
    all_times = sorted((t for t in extraction.times if t.evidence), key=lambda t: t.evidence[0].start)
    candidates = candidate_sentences(doc, sentences)
    found: list[Located] = []
    named: dict[str, calibration.Signals] = {}  # event id -> what its clause shows (sides named, ...)
    last_meeting: Event | None = None
    chosen = [
        n for n in sorted(candidates)
        if not _CAPTION.search(text[sentences[n].start:sentences[n].end])
        and not _TERMS.search(text[sentences[n].start:sentences[n].end])
        and not sport.game_sentence(text, text[sentences[n].start:sentences[n].end])  # "setting India a goal"
    ]
    parses = dict(zip(chosen, _parse(doc, text, [sentences[n] for n in chosen])))
    index = _with_authors(index, article, doc, text, sentences, parses)
    index = statementitems.authored_items(text, sentences, parses, index)  # "... as guarantors: 1. ... 2. they agreed"
    index = antecedents.with_antecedents(
        index, sentences, parses, lambda numbers: dict(zip(numbers, _parse(doc, text, [sentences[n] for n in numbers])))
    )
    people = _People(extraction, principals.principal_spans(text), home)
    index = groups.with_named_lists(pairrefs.with_named_pairs(relations.with_pair_shown(index, sentences), text, sentences), text)
    roll = participants.listed(text, index)  # "Participants in the call included ...": who "they" are after the call
    for number, sentence in enumerate(sentences):
        if number not in parses:
            continue
        parsed = parses[number]
        for trigger in sentence_triggers(parsed, sentence.start, all_times, authored=bool(index.authors)):
            if trigger.spec.type == "CONSULT" and not any(item.event.type == "CONSULT" for item in found) and (
                    privatetalks.they_discussed(trigger.token) and privatetalks.private_met(parses, sentences, number, index)):
                continue  # "They discussed ..." after a meeting with an activist, no meeting of states told: no pair's talk
            # sides that acted together before; an attack's attacker and victim are none ("after they
            # refused to join" is not the army and the villagers it killed)
            recent = [tuple(index.country_side(c) for c in (*item.event.actor_countries, *item.event.recipient_countries))
                      for item in found if item.event.type not in relations.ONE_SIDED]
            event = _event(article, trigger, sentence, index, dating, text, recent, [item.event for item in found], named)
            if event is None or (joining.joins_told_meeting(trigger.token)
                                 and any(item.event.type == "CONSULT" for item in found)):
                continue  # "They were joined by ...": the joiners of the meeting told (`participants.joined`)
            if event.date is None and last_meeting is not None and _CONTEXT_REFERENCE.search(text[sentence.start:sentence.end]):
                event = dataclasses.replace(event, date=last_meeting.date, date_precision=last_meeting.date_precision)
            event = future_is_planned(event, article.published)
            if roll is not None and event.type == "CONSULT" and not any(item.event.type == "CONSULT" for item in found):
                event = participants.with_roll((event,), roll)[0]  # the meeting the roll lists, before "They ..."
            if event.type == "AGREE" and agenda.told_meeting_item(
                    trigger.token, frozenset((*event.actor_countries, *event.recipient_countries)),
                    [item.event for item in found]):
                continue  # "will welcome President Arévalo ... The Vice President and President Arévalo will discuss ..."
            for part in separately.split(event, trigger.token, lambda code: index.country_side(code).entity_id,
                                         censure.token_sides(index, sentence.start)):
                found.append(Located(part, number, people=people.within(sentence), text=text[sentence.start:sentence.end]))
            if event.type == "CONSULT" and event.date is not None:
                last_meeting = event
    record, outlet = len(sentences) <= relations.RECORD_SENTENCES, bool(article.source or article.url)
    # the roll of participants first: a call "with European leaders" names no partner until the roll does
    rolled = participants.with_roll(tuple(e.event for e in deduplicate(found)), roll)
    merged = tuple(e for e in rolled if relations.relation(e, index, record=record, page=outlet, home=home))
    merged = relations.anchored(merged, index, named, outlet=outlet, record=record, home=home)
    merged = participants.with_joiners(merged, participants.joined(text, sentences, index))
    merged = statementitems.with_authors(merged, text, sentences, parses, index)  # "... as guarantors: 1. Reaffirmed"
    merged = titlemeetings.with_title_meeting(  # "Remarks ... Before Bilateral Meeting"
        merged, article, text, sentences, index, home, STAGE)
    merged = tuple(_confident(event, named.get(event.id), sentences) for event in merged)
    merged = reportdates.with_report_dates(merged, article.published, text, sentences, times)
    return dataclasses.replace(extraction, events=extraction.events + merged)


def _with_authors(index: ActorIndex, article: Article, doc: Doc | None, text: str, sentences: tuple[Segment, ...],
                  parses: dict[int, Doc]) -> ActorIndex:
    """The index with the authors "we" stands for (`accords.events.voice`), from the opening sentences (parsed here if need be)."""
    if not voice.speaks_as_we(text):
        return index
    opening = voice.opening(text, sentences)
    missing = [n for n in opening if n not in parses]
    parsed = dict(zip(missing, _parse(doc, text, [sentences[n] for n in missing]))) | parses
    found = voice.authors(article.title, [(sentences[n], parsed[n]) for n in opening], index, text, article.published)
    return dataclasses.replace(index, authors=found) if found else index


def _confident(event: Event, clause: calibration.Signals | None, sentences: tuple[Segment, ...]) -> Event:
    """The event with its confidence, from what its clause showed and what the merged event
    shows (its type and status after the publication date, its sides, its date, how many
    sentences report it, where its first report stands)."""
    starts = [segment.start for segment in sentences]
    first = event.evidence[0].start if event.evidence else 0
    signals = dataclasses.replace(
        clause or calibration.Signals(event.type),
        type=event.type, mode=event.mode, status=event.status, dated=event.date is not None,
        organisation=any(not is_country(code) for code in (*event.actor_countries, *event.recipient_countries)),
        reports=len(event.evidence), sentence=max(bisect.bisect_right(starts, first) - 1, 0),
    )
    return calibration.confident(event, signals)


class _People:
    """The persons an article names, by where their mentions start, so that the persons of one
    sentence are found by bisection: dedup compares who met. (Looping over every mention for
    every event was quadratic in the length of the text.)"""

    def __init__(self, extraction: Extraction, conveyed: list[tuple[int, int]], home: str | None):
        persons = {entity.id: entity for entity in extraction.entities if entity.type == "PERSON"}
        found = sorted(  # not the home leader whose message an official conveys (`principals`)
            (ev.start, entity.id, entity.country or "")
            for mention in extraction.mentions if (entity := persons.get(mention.entity_id or "")) is not None
            for ev in mention.evidence if not principals.conveyed_home_leader(conveyed, ev.start, entity.country or "", home)
        )
        self._starts = [start for start, _, _ in found]
        self._people = [(entity_id, country) for _, entity_id, country in found]

    def within(self, sentence: Segment) -> frozenset[tuple[str, str]]:
        """The persons named in `sentence`, with their countries ("" when unknown)."""
        low = bisect.bisect_left(self._starts, sentence.start)
        high = bisect.bisect_left(self._starts, sentence.end)
        return frozenset(self._people[low:high])


def _parse(doc: Doc | None, text: str, sentences: list[Segment]) -> list[Doc]:
    """Dependency parses of the chosen sentences: from the shared parse's token vectors when
    each sentence aligns with its tokens, else by parsing the sentence text."""
    spans = [doc.char_span(s.start, s.end) for s in sentences] if doc is not None else []
    aligned = [span for span in spans if span is not None]
    if doc is not None and len(aligned) == len(spans):
        return parse_spans(aligned)
    return [parse_sentence(text[s.start:s.end]) for s in sentences]


def _doc_sentences(doc: Doc | None) -> tuple[Segment, ...]:
    if doc is None:
        return ()
    return tuple(Segment(s.start_char, s.end_char) for s in doc.sents if s.text.strip())


def _event(article: Article, trigger: Trigger, sentence: Segment, index: ActorIndex,
           times: list[TimeExpression], text: str, recent: Sequence[tuple[Side, ...]] = (),
           recent_events: Sequence[Event] = (), named: dict[str, calibration.Signals] | None = None) -> Event | None:
    token, spec = trigger.token, trigger.spec
    offset = sentence.start
    if spec.type in relations.ONE_SIDED and token.dep_ == "acl" and token.tag_ == "VBN" and not any(
        c.dep_ == "agent" for c in token.children
    ):
        return None  # "a number of Iranians imprisoned in Azerbaijan": who they are, no act reported
    if token.lemma_.lower() in lexicon.BACKING_VERBS and spec.type not in ("REQUEST", "AGREE", "SANCTION", "ACCUSE") and not backs_a_partner(
            token, offset, index):  # "declared four Iranian diplomats as persona non grata": no backing
        return None
    if spec.type == "SUPPORT" and idle_satisfaction(token, offset, index):
        return None  # "expressed satisfaction with the development of cooperation": no side's act praised
    if token.lemma_.lower() == "ask" and not asks_a_named_side(token, offset, index):
        return None  # "asked their embassies for help": no state asked
    if token.lemma_.lower() in lexicon.ENDORSING_VERBS and spec.type == "SUPPORT" and not backs_another(token, offset, index) and (
        not decisions.reacted_to(token, offset, text, index, set())  # "Israel welcomed the decision": whose, below
    ):
        return None
    if spec.type in COOPERATIVE and (
        (token.pos_ in ("VERB", "AUX") and meetings.private_subject(token, offset, index) and works.work_phrase(token) is None)
        or meetings.site_visit(token, offset, index)
    ):
        return None
    if spec.type in ("CONSULT", "AGREE") and meetings.private_partners(token, offset, index):
        return None  # a meeting with, or a promise to, organisations or people of no state: no act between states
    if spec is DEMAND or spec is BLAME:
        demander, asked = demands.speaker_and_asked(token)
        actors = phrase_sides(demander, offset, index)[0] if demander is not None else list(index.authors)
        asked_sides = [] if asked is None else [
            side for item in demands.name_tokens(asked)
            for side, _type in index.sides_in(offset + item.idx, offset + item.idx + len(item))
        ]
        recipients = list({s.country: s for s in asked_sides if s.country not in {a.country for a in actors}}.values())
        if not actors or not recipients or len(recipients) < len({s.country for s in asked_sides}):
            # a demand between two named sides only; "Iran ... should make efforts, Rouhani said"
            # is the speaker's own side, "the conflict in Syria must be settled" asks no state
            return None
        return _demand_event(article, spec.type, token, sentence, actors, recipients, times, text, named)
    met, acted = participants.told_participants(recent_events, index)  # who met, and who acted ("They also agreed")
    actors, recipients = event_sides(token, offset, index, cooperative=spec.type in COOPERATIVE, recent=recent, met=met,
                                     acted=acted)
    if spec.type == "AID":  # "$50 million ... to support displaced people in Ukraine": where the aid goes, not the pair
        states = {s.country for s in recipients if is_country(s.country)}
        recipients = aidsides.aid_recipients(token, offset, index, actors, recipients, states)
    if spec.type == "COOPERATE" and (work := works.work_phrase(token)) is not None:
        # "the Kazakhstan, Turkmenistan, and Iran railway corridor was put into operation": every
        # country that names the work is a side
        known = {side.country for side in actors + recipients}
        namers = phrase_sides(work, offset, index)[0] + [index.country_side(c) for c in works.countries_named(work)]
        actors = actors + [s for s in dict.fromkeys(namers) if s.country not in known]
    if spec.type == "COOPERATE" and (partner := works.cooperation_partner(token)) is not None:
        # "Turkey is in cooperation with Iran working on a mechanism": the partner is a side
        known = {side.country for side in actors + recipients}
        recipients = recipients + [s for s in phrase_sides(partner, offset, index, deep=True)[0] if s.country not in known]
    if spec.type in COOPERATIVE and definite_reference(token) and recent_events:
        explicit = event_sides(token, offset, index, cooperative=False, recent=recent)
        earlier = next((e for e in reversed(recent_events) if e.type == spec.type), None)
        if not any(explicit) and earlier is not None:
            # "The MOU was signed ...": the document already reported, with its sides
            actors = [index.country_side(c) for c in earlier.actor_countries]
            recipients = [index.country_side(c) for c in earlier.recipient_countries]
    speaker = quoted_speaker(token, sentence, index, text, article)
    if speaker is not None:
        explicit_actors, explicit_recipients = event_sides(token, offset, index, cooperative=False, recent=recent)
        if not explicit_actors:
            # "we intend to ...", Aliyev said: the speaker's country acts
            actors = [speaker]
            recipients = [s for s in explicit_recipients if s.country != speaker.country]
            if not recipients and spec.type in COOPERATIVE and not spec.intention and (
                speaker.country in {side.country for side in index.pair}
            ):
                recipients = [s for s in index.pair if s.country != speaker.country]
    if spec.type == "THREATEN" and not recipients:
        # "threatened to impose sanctions on Turkey": whom the complement would hit
        named_targets = [side for phrase in threats.complement_targets(token)
                         for side in index.countries_in(offset + _left_edge(phrase).idx, offset + _right_edge(phrase))]
        if not named_targets:  # "threatened ... unless Baghdad accepted its conditions"
            named_targets = [side for phrase in threats.condition_subjects(token)
                             for side in index.countries_in(offset + _left_edge(phrase).idx, offset + _right_edge(phrase))]
        recipients = [s for s in named_targets if s.country not in {a.country for a in actors}]
    if spec.type == "REJECT" and (imposing := requests.imposing_sides(token, offset, index, actors)) is not None:
        recipients = imposing  # "will not comply with the U.S. sanctions": who imposed them
    if spec.type in ("REQUEST", "REJECT") and actors and {s.country for s in recipients} <= {a.country for a in actors}:
        # "demanded that the United States roll back tariffs", "refused to extradite them to Britain"
        known = {side.country for side in actors}
        recipients = [s for s in requests.complement_sides(token, offset, index) if s.country not in known]
    if spec.type == "REJECT" and actors and not recipients:
        # "Beijing denied that its forces had entered Indian territory": the side the claim is about
        recipients = replies.denied_sides(token, offset, index, {a.country for a in actors})
    if spec.type == "REJECT" and actors and not recipients and (kind := replies.answered_type(token)):
        # "Beijing rejected the accusations": whoever the article reported making them
        recipients = [index.country_side(c) for c in replies.answered(kind, {a.country for a in actors}, recent_events)]
    if spec.type in ("ASSAULT", "COERCE"):  # "fired rockets at Israel", "Indians were deported from Mexico"
        hit = violence.struck(token, offset, index, actors)
        recipients = recipients + [s for s in hit if s not in recipients]
    concerned: list[Side] = []  # the sides whose acts a concern is about, named in the sentence
    if spec.type == "ACCUSE" and (concern := concern_raised(token)) is not None:
        # "raised concerns about the DPRK's behavior": whose acts they are, or no one accused
        recipients = concerned = [s for s in concerned_sides(concern, offset, index) if s.country not in {a.country for a in actors}]
        # a concern about no one's act, put by one side to the side it met: criticism of that side
        recipients = recipients or concern_to_counterpart(token, concern, offset, index, actors, met)
        if not recipients:
            return None
    elif spec.type in ("ACCUSE", "REJECT"):
        # "condemned the attacks against Israel by Iran", "voiced its opposition to any Turkish
        # aggression against Syria": not Israel, not Syria
        spared = victims(token, offset, index)
        kept = [s for s in recipients if s.country not in spared]
        if spec.type == "ACCUSE" and recipients and not kept:
            return None  # "condemns the assassination of Russia's ambassador to Turkey": no one accused
        recipients = kept
    if spec.type == "ACCUSE":
        on = [s for s in blamed(token, offset, index) if s.country not in {a.country for a in actors}]
        recipients = on or recipients  # "blamed the collapse of the talks on Washington": not what collapsed
    if spec.type in decisions.REACTION_TYPES and actors and (
        not recipients or (spec.type == "SUPPORT" and not backs_another(token, offset, index))
    ):
        # "Russia also rejected the move", "Israel welcomed the decision": the side whose move the
        # article reported (not the article's pair)
        recipients = decisions.reacted_to(token, offset, text, index, {a.country for a in actors}) or recipients
    actors, recipients = without_format_names(actors, recipients, token, offset, index)  # "the Astana talks"
    if spec.type == "CONSULT":  # "to attend the 5th summit of the CICA": the body's meeting, the body alone
        actors, recipients = body_meeting_sides(actors, recipients, token, offset, index)
    actors, recipients = reforms.without_reformed(actors, recipients, token, offset, index)  # "UN Security Council reform"
    if spec.type == "SUPPORT":  # "support Ukraine's fight against Russian aggression": not Russia
        actors, recipients = without_opponents(actors, recipients, token, offset, index)
    scene = scenes.scene_sides(token, offset, index) if not actors and not recipients and spec.type in scenes.SCENE_TYPES else []
    actors = actors or scene  # "gunmen killed 12 in northern Nigeria": the country it happened in
    if spec.type == "ASSAULT" and actors and not recipients:
        recipients = scenes.struck_abroad(token, offset, index, actors)  # "a US drone strike killed five in Somalia"
    if not scene and violence.nameless_victims(spec.type, token, actors, recipients):
        # "murdered 1,400 people", Hamas alone: dropped, unless where it happened is told ("when they blew themselves up in Tel Aviv")
        recipients = scenes.struck_when(token, offset, index, actors)
        if not recipients:
            return None
    if not actors and not recipients and not sideless_event(token, spec, index):
        return None
    # how many sides the sentence itself names (not taken from the article's pair): confidence
    explicit_sides = {side.country for group in event_sides(token, offset, index, cooperative=False, recent=recent)
                      for side in group} | {side.country for side in scene} | {side.country for side in concerned}
    named_sides = len(explicit_sides)
    if spec.type == "AID" and matching.funds_given(token) and not given_between_named(token, offset, sentence, index, actors + recipients):
        return None  # "the funding bill ... provides $50 million", "Starbucks has committed $450,000": no state gives to a state
    if token.lemma_.lower() in _JOURNEYS and (named_sides < 2 or not names_traveller(token, offset, index)):
        return None  # "his trip to Iowa", "her trip to Guatemala and Mexico": a journey is a visit of a named side
    home = knowledge.home_country(article.source, article.url)
    if headlines.headline_verb(token) or (spec.type == "AID" and homeaid.relief_at_home(token, offset, index, home)) or (
            homeaid.backed_at_home(spec.type, token, offset, index, home if knowledge.government_outlet(article.source, article.url) else None)):
        return None  # a fact sheet's subtitle; "relief for American manufacturers" in a White House text
    if spec.type == "AGREE" and ((named_sides == 0 and unattributed_promise(token) and home is None) or (
            named_sides == 1 and speaker is None and ownplans.own_plan(token))):  # "Ukraine plans to strengthen accountability"
        # "The opposition has promised lower energy bills" in wire news: no side of the pair
        # promised; an outlet with a home speaks for it ("he pledged continued U.S. support")
        return None
    if spec.type == "CONSULT" and not actors and len({s.country for s in recipients}) >= 2 and (
        meetings.partners_only(token, offset, index)
    ):
        return None  # "trade talks with ... Japan, Canada and Mexico": who talked with them is not named
    if (spec.type, spec.mode) == ("CONCEDE", "release") and not actors and not any(
        c.dep_ in ("nsubj", "agent") for c in token.children
    ) and len({s.country for s in recipients}) < 2:
        return None  # "two prisoners were released from a camp abroad": who released them is not named
    if cameo.unfounded(token, spec.type, actors, recipients):
        return None  # "It has also asked France to ...", "homes were demolished": with no one who acts, no act of France
    if not actors and spec.type not in hostility.TARGETED_TYPES:
        actors, recipients = recipients, []  # "talks with Japan": a side of a meeting; "criticized the U.S.": the target, no actor
    status = clause_status(token)
    if status == "denied" and spec.type == "REJECT" and compliance.refused_measure(token) is not None:
        status = "occurred"  # the refusal is stated: "will not comply" is no denied act
    if spec.type == "THREATEN" and threats.conditional_measure(token):
        status = threats.threat_status(token)  # the threat was made; the measure is only threatened
    elif spec.intention:  # "groups that do not want these relations to develop": no intention; a question: none
        status = status if status == "denied" or put_as_question(token) or conditioned(token) else "intended"
    elif spec.type == "SUPPORT" and status == "intended" and stated_backing(token):
        status = "occurred"  # "its solidarity to support Ukraine's fight": support expressed now
    elif is_measure(token):  # "if any of his tariffs ... will ever be removed": the tariffs are in force
        status = "occurred"
    if hostility.unrealised(spec.type, status, token):
        return None  # "could use to threaten Taiwan", "sought to deport": no hostile act happened
    said_in_talk = status == "intended" and spec.type in SAID_IN_TALKS and spec.mode is None and purpose_of_talk(token)
    if status == "intended" and spec.type == "CONSULT" and talk_on_trip(token):
        status = "occurred"  # "stopped in Ankara to hold talks": held on the trip
    elif said_in_talk:
        status = clause_status(token.head)  # "spoke today with X *to commend* ...": said in the call, as the call
    type_, mode = spec.type, spec.mode
    if type_ == "CONSULT" and mode is None and any(t.lemma_ in ("delegation", "arrive") for t in clauses.scope(token)):
        mode = "visit"
    if status in ("planned", "intended") and type_ in ("CONSULT", "SUPPORT", "COOPERATE", "AID") and not (
        type_ == "AID" and aidsides.pledged(token)
    ) and not (type_ in ("SUPPORT", "AID") and ongoing.carried_on(token)):
        # a plan is an AGREE; an amount of aid that will be (or is agreed to be) provided is a
        # pledged fund: AID
        type_, mode = "AGREE", None
    if type_ == "AGREE" and named_sides == 0 and speaker is None and not sides_told(token) and home is None and actors and not (
        {s.country for s in actors + recipients} & {side.country for side, _ in index.sides_in(sentence.start, sentence.end)}
    ):
        return None  # wire news: "ministers will also be discussing reforms" names no side; the pair is a guess
    scope = clauses.scope(token)
    time = clauses.time_in(clauses.dating_scope(token, scope), offset, times)
    if time is None and said_in_talk:
        time = clauses.time_in(clauses.clause(token.head), offset, times)  # the call's day ("spoke today with ...")
    if time is not None and type_ in ("CONSULT", "AGREE") and meetings.occasion_named(token) and long_before_publication(
            time.value, article.published):
        return None  # "At the U.S.-EU Summit in June, ..." in a September text: a past summit recalled, no meeting told
    if time is not None and token.tag_ == "VBD" and type_ in DONE_TYPES and after_publication(time.value, article.published):
        time = None  # "welcomed Italy's G7 Presidency next year": done, the year is the presidency's
    obj = clauses.event_object(token, spec)
    start, end = offset + token.idx, offset + token.idx + len(token)
    document_kind = count = None
    if type_ == "SUPPORT" and mode == "sign" and obj is not None:
        document_kind = lexicon.DOCUMENT_KINDS.get(obj.lemma_.lower())
        count = clauses.count(obj)
    object_text = clauses.span_text(text, offset, obj) if obj is not None else None
    actor_countries, recipient_countries = _countries(actors, recipients)
    if named is not None:
        named[fact_id(article.id, "event", type_, start, end)] = calibration.Signals(
            type_, mode, named_sides=named_sides,
            carried_sides=len((set(actor_countries) | set(recipient_countries)) - explicit_sides),
            person_sides=through_persons(explicit_sides, sentence, index),
            noun_trigger=token.pos_ not in ("VERB", "AUX"),
            reported=speaker is not None or reported_speech(token), status=status,
        )
    return _assembled(article, type_, token, sentence, actors, recipients, time, text, status, mode=mode,
                      location=clauses.location(scope, offset, index), object=object_text,
                      document_kind=document_kind, count=count)


def _countries(actors: list[Side], recipients: list[Side]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The actor countries and the recipient countries that are not also actors, sorted."""
    actor_countries = tuple(sorted({s.country for s in actors}))
    return actor_countries, tuple(sorted({s.country for s in recipients} - set(actor_countries)))


def _assembled(article: Article, type_: str, token: Token, sentence: Segment, actors: list[Side],
               recipients: list[Side], time: TimeExpression | None, text: str, status: str, **fields) -> Event:
    """The event record of a trigger token: its id, evidence sentence, sides, date, sectors and
    status; `fields` are the rest a trigger may give (mode, location, object, document kind, count)."""
    start = sentence.start + token.idx
    actor_countries, recipient_countries = _countries(actors, recipients)
    return Event(
        id=fact_id(article.id, "event", type_, start, start + len(token)),
        type=type_,
        evidence=(Evidence(article.id, sentence.start, sentence.end),),
        actors=_ids(actors),
        actor_countries=actor_countries,
        recipients=_ids(recipients),
        recipient_countries=recipient_countries,
        date=time.value if time is not None else None,
        date_precision=time.precision if time is not None else None,
        sectors=sectors_of(text[sentence.start:sentence.end]),
        status=status,
        trigger=token.text,
        stage=STAGE,
        **fields,
    )


def _demand_event(article: Article, type_: str, token: Token, sentence: Segment, actors: list[Side],
                  recipients: list[Side], times: list[TimeExpression], text: str,
                  named: dict[str, calibration.Signals] | None) -> Event:
    """The REQUEST of a demand reported as an obligation, or the ACCUSE of blame reported as a
    clause, dated by the saying (`accords.events.demands`)."""
    offset = sentence.start
    saying = token.head.head if token.dep_ == "xcomp" else token.head
    time = clauses.time_in(clauses.clause(saying), offset, times)
    start, end = offset + token.idx, offset + token.idx + len(token)
    actor_countries, recipient_countries = _countries(actors, recipients)
    status = clause_status(saying) if saying.dep_ != "ROOT" or saying != token else "occurred"  # a statement's own demand
    if named is not None:
        named[fact_id(article.id, "event", type_, start, end)] = calibration.Signals(
            type_, None, named_sides=len(set(actor_countries) | set(recipient_countries)), carried_sides=0,
            person_sides=False, noun_trigger=False, reported=True, status=status,
        )
    return _assembled(article, type_, token, sentence, actors, recipients, time, text, status)


def _ids(sides: list[Side]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(side.entity_id for side in sides if side.entity_id))


