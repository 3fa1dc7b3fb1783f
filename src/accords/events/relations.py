"""Which events relate sides in their article (issue 13): one state alone is domestic news in an
article, and sides taken from the article's pair need a sentence that shows the pair together.

Moved out of the events stage (`accords.stages.events`), which applies them to its merged events.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from accords.events import confidence as calibration
from accords.events.sideindex import PAIR_MENTIONS, ActorIndex
from accords.gazetteer import organisations
from accords.gazetteer.countries import country_by_iso3
from accords.model import COOPERATIVE_TYPES, Entity, Event, Segment

COOPERATIVE = frozenset(COOPERATIVE_TYPES)


def with_pair_shown(index: ActorIndex, sentences: Sequence[Segment]) -> ActorIndex:
    """The index with where a sentence first names both of the article's pair
    (`ActorIndex.pair_shown_at`; None when none does or there is no pair): what `anchored` and
    the sides rules (`accords.events.actors`) ask of the article."""
    pair = {side.country for side in index.pair}
    if not pair:
        return index
    shown = next((s.start for s in sentences
                  if pair <= {side.country for side, _type in index.sides_in(s.start, s.end)}), None)
    return dataclasses.replace(index, pair_shown_at=shown)


#: The opening sentences of an article (of `_LEAD_WORDS` words or more: a bullet number or a
#: lone asterisk is no sentence), where news, readouts and statements say whom they are about
#: (`completing_pair`).
LEAD_SENTENCES = 5
_LEAD_WORDS = 4
#: Mentions no pair reaches: the pair completes no event's sides unasked (`completing_pair`).
_NEVER = 10**6
_WORD = re.compile(r"\w+")


def completing_pair(
    index: ActorIndex, title: str | None, text: str, sentences: Sequence[Segment], *,
    home: str | None = None, entities: Sequence[Entity] = (),
) -> ActorIndex:
    """The index with how often its pair must be named to complete an event's sides
    (`ActorIndex.pair_named_often`): in an article (more than `RECORD_SENTENCES` sentences),
    `PAIR_MENTIONS` times each, and never when a member of the pair is named neither in the
    title nor in the lead (`LEAD_SENTENCES`). The pair is the two most named sides, and an
    article says whom it is about up front ("Readout of President Biden's Call with Prime
    Minister Kishida of Japan", "TEHRAN - Iran and Azerbaijan signed ..."); a domestic fact
    sheet that names Russia twice in its body ("following Russia's expulsion from GRECO") or a
    misread "Indian" is about no pair, and "the President will visit Superior, Wisconsin",
    "the Budget supports the President's commitment" are no events with that country. A
    phrase that names the pair ("the two countries") still does. An outlet with a home country
    whose title names nothing abroad ("FACT SHEET: The Biden-Harris Administration Supports
    Communities Impacted by Wildfires and Smoke") is about no pair either, whatever its lead
    names in passing ("smoke drift from historic wildfire activity throughout Canada"): its
    "Provide technical assistance to public health officials" is a domestic act
    (`title_names_abroad`)."""
    if len(sentences) <= RECORD_SENTENCES:
        return index
    index = dataclasses.replace(index, pair_mentions=PAIR_MENTIONS)
    if home is not None and title and not title_names_abroad(title, index, entities, home):
        return dataclasses.replace(index, pair_mentions=_NEVER)
    lead = [s for s in sentences if len(_WORD.findall(text[s.start:s.end])) >= _LEAD_WORDS][:LEAD_SENTENCES]
    if not index.pair or not lead:
        return index
    heading = (title or "").lower()
    for member in index.pair:
        if any(side.country == member.country for side, _type in index.sides_in(lead[0].start, lead[-1].end)):
            continue
        names = {text[start:end] for start, end, side, _type in index.spans if side.country == member.country}
        if not any(re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", heading)
                   for name in names | _names_of(member.country) if name.strip()):
            return dataclasses.replace(index, pair_mentions=_NEVER)
    return index


def title_names_abroad(title: str, index: ActorIndex, entities: Sequence[Entity], home: str) -> bool:
    """Whether an article's title names a side, place, person or body other than the outlet's
    home country's: a country or international organisation ("Readout of President Biden's Call
    with Prime Minister Kishida of Japan", "G7 Leaders' Statement"), a demonym ("Venezuelan"), a
    foreign person ("Meeting with President Lula") or a place abroad ("Travel to the Indo-Pacific
    Region"). A place or person of no known country counts as abroad."""
    sides = {side.country for side in (*index.ranked, *index.pair)}
    sides |= {entity.canonical_id for entity in entities if entity.type == "ORG" and entity.canonical_id}
    names = {name for side in sides - {home} for name in _names_of(side)}
    for entity in entities:
        if entity.type == "COUNTRY":
            abroad = entity.canonical_id != home
        elif entity.type == "PLACE":
            abroad = entity.country != home
        elif entity.type in ("ORG", "PERSON"):
            abroad = (entity.country is not None and entity.country != home) or bool(
                entity.type == "ORG" and entity.canonical_id)
        else:
            abroad = False
        if abroad:
            names |= {entity.name, *entity.aliases}
    heading = title.lower()
    return any(re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", heading) for name in names if len(name.strip()) > 1)


@functools.cache
def _names_of(code: str) -> frozenset[str]:
    """Every way the gazetteers name a side: a country's names, demonyms and capitals, or an
    international organisation's aliases (its organs' too: the European Commission is the EU)."""
    country = country_by_iso3(code)
    if country is not None:
        return frozenset((*country.names, *country.demonyms, *country.capitals))
    return frozenset(alias for alias, acronym in organisations.all_aliases().items() if organisations.side_of(acronym) == code)


#: Statuses of what is yet to be done (`anchored`).
_PLANS = frozenset({"intended", "planned"})


def anchored(events: tuple[Event, ...], index: ActorIndex, named: dict[str, calibration.Signals], *,
             outlet: bool, home: str | None, record: bool) -> tuple[Event, ...]:
    """Sides taken from the article's pair need a pair the article shows together: a sentence
    that names both ("a nexus in the United States and Guatemala", "Iran and Azerbaijan signed";
    `index` is `with_pair_shown`'s). A domestic story names two countries in passing, apart (a
    British policy piece mentioning Spain, an interview naming South Africa); its "the
    commission", "they agreed", "prepared to take the case" are no relation between them. Events
    whose sentence names none of their sides are dropped from such an article.

    Nor does the pair fill in the sides of an intention or a plan in an article of a known
    `outlet` that speaks for no state (`home` None: wire and web news,
    `accords.knowledge.home_country`). A government's own press writes of its officials' and its
    partners' plans ("the two sides will discuss ..."); general news reports the wishes of
    anyone around the pair (migrants hoping to find work abroad, shareholders who plan to sell,
    a campaign group saying a bloc is ready to look away) or a condition retold ("before the
    administration would agree to a meeting Zelenskiy wanted"), and the pair filled in makes
    them a plan of the two states; such an intention or plan needs a side its sentence names
    (dev news: 1 such event, wrong; in 2,400 BBC and Reuters texts 18, 17 wrong and 1 doubtful). An event record
    (`record`) keeps its events."""
    if outlet and home is None and not record:
        events = tuple(e for e in events if e.status not in _PLANS or e.id not in named or named[e.id].named_sides > 0)
    if not index.pair or index.pair_shown_at is not None:
        return events
    return tuple(e for e in events if e.id not in named or named[e.id].named_sides > 0 or _of_told_meeting(e, events, named))


#: What those who met do together ("They agreed ...", "The leaders coordinated on ..."); a second CONSULT of theirs
#: retells the meeting ("The leaders also discussed events in the Middle East").
_TOLD_TOGETHER = frozenset({"AGREE", "COOPERATE"})


def _of_told_meeting(event: Event, events: tuple[Event, ...], named: dict[str, calibration.Signals]) -> bool:
    """Whether the event's sides are those of a meeting told before it whose sentence named them ("President
    Macron of France, Chancellor Merkel of Germany, ... held a call. ... They agreed that their teams will stay in
    close touch"): "they" are those who met, not the article's pair. Only what they do together
    (`_TOLD_TOGETHER`): a request or a censure names whom it is aimed at ("underscored the need for humanitarian
    access" names no one)."""
    sides = {*event.actor_countries, *event.recipient_countries}
    return event.type in _TOLD_TOGETHER and len(sides) >= 2 and any(
        e.type == "CONSULT" and e.status == "occurred" and e.evidence and event.evidence
        and e.evidence[0].start < event.evidence[0].start and e.id in named and named[e.id].named_sides >= len(sides)
        and {*e.actor_countries, *e.recipient_countries} == sides for e in events)


#: Types an event of one side may have in an article about a pair (a protest, an attack, troops
#: sent): a demand, a rejection or an accusation names whom it is aimed at.
ONE_SIDED = frozenset({"PROTEST", "ASSAULT", "MOBILIZE", "COERCE", "RETREAT"})
#: One-sided types that one state alone does only in domestic news: "Poindexter resigned from his
#: White House post", "a bank has withdrawn its bid for a rival lender" (no gold event
#: of any outlet is a retreat of one side); "troops will leave Syria" names the other side.
_DOMESTIC_ALONE = frozenset({"RETREAT"})
#: One-sided types that one state alone does, in an article, as news of its own country: police
#: detaining a company's managers, a court ruling against the government, troops called out at
#: home, a bombing in a country's capital with no attacker named. The gold records no such event
#: of one state as required in any outlet (the analyst's seeds, tt, wh and news mark the few they
#: list optional); a protest stays (news gold requires a march on an electoral commission).
_FORCE_AT_HOME = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


#: What is withdrawn in markets and company news ("have withdrawn bids for the dollar"), no retreat of a state.
_BIDS = frozenset({"bid", "bids", "offer", "offers"})


def _no_retreat_between_states(event: Event) -> bool:
    """A retreat that is domestic politics or business whatever the countries its sentence names:
    a resignation ("resigned from his party's group in the European Parliament": a
    member leaving a party's group, not Britain leaving the EU), or a bid or an offer withdrawn
    ("two central banks have withdrawn bids for the dollar", dealers say). The gold
    records no retreat of either kind; troops, bases and memberships withdrawn stay."""
    trigger = (event.trigger or "").lower()
    withdrawn = (event.object or "").lower().split()
    return trigger.startswith("resign") or any(word in _BIDS for word in withdrawn[:3])


#: Unions whose acts alone are their own policy, as a state's are (not forums of states such as
#: the G7, whose leaders act together: "G7 leaders will endorse a global minimum tax").
_OWN_POLICY_BODIES = frozenset({"EU"})


#: A text of this many sentences or fewer is an event record, not an article (PLOVER's records).
RECORD_SENTENCES = 3


def relation(event: Event, index: ActorIndex, *, record: bool, page: bool = False, home: str | None = None) -> bool:
    """In an article about a pair of countries, an event relates two sides at least (but for
    `ONE_SIDED` types):
    "the Vice President discussed the war" with no partner named is no relation between states
    (one known side is what the sides rules could not complete; an analyst would not record
    it). An event record (a few sentences) keeps what one side did: "Pakistan threatened to
    break off relations" is its event. In an article, one state alone is an event only of the
    `ONE_SIDED` types but a retreat and the state's force at home (`_FORCE_AT_HOME`: the gold
    requires domestic protests with one actor, no clash, crackdown or other domestic politics,
    not even a resignation); a retreat of one
    organisation alone ("the party has long sought to withdraw from the EU": the body left, no one
    named who leaves it) is none either, nor one that is no retreat of a state at all
    (`_no_retreat_between_states`): "Trump's visit to Walter Reed", "the senator will hold
    a press briefing", "an airline offered to fly the pet home", "the party chairman hit back by
    accusing the premier", "a winemaker has turned down a buyout bid" relate no two sides; an
    organisation alone may stay (a G7 summit: its members act together), but not the European
    Union alone (`_OWN_POLICY_BODIES`): "the EU tightened its rules on airline refunds", "the
    Commission opened a consultation on farm subsidies" are the union's own policy, as a state's
    are (no gold event of any outlet is the EU's alone); a meeting of its members stays ("EU
    agriculture ministers met in Prague"). An event with no state or organisation at all
    ("McAleenan resigned", "health care providers have protested") is kept only in an event
    record: in an article it is domestic news, and no gold event of any outlet has no side. A
    short web `page` (an outlet's source or address: "Police arrested a 57-year-old man" in a
    three-sentence crime report) is news of its own country, no event record: it keeps none.
    In the press of a state on its foreign relations (an outlet with a `home` country: the Tehran
    Times, the White House), one state alone is no event of the `ONE_SIDED` types either:
    "Ambassador Andrei Karlov was shot dead by a so-called off-duty Turkish police officer" (the
    victim's state not linked), "A gunman ... stormed the embassy of the Republic of Azerbaijan in
    Tehran" (no state attacks), "Turkey has sent troops in Syria" (the host read as no side) tell
    half of a relation, on a short page of such an outlet too: no gold event of such an outlet is
    one state's alone but as `required: false` (thirty-third session, evtt51)."""
    if not event.actor_countries and not event.recipient_countries:
        return record and not page
    sides = {*event.actor_countries, *event.recipient_countries}
    one_state = len(sides) == 1 and country_by_iso3(next(iter(sides))) is not None
    if not record and event.type in _DOMESTIC_ALONE and (len(sides) == 1 or _no_retreat_between_states(event)):
        return False  # "withdraw from the EU" with no one named who withdraws; a resignation; a withdrawn bid
    if one_state and not record and event.type in _FORCE_AT_HOME:
        return False  # one state's force at home ("police detained three executives"): its own news
    if not record and sides <= _OWN_POLICY_BODIES and event.type != "CONSULT":
        return False  # the European Union alone: its own policy, as one state's is (its members' meeting stays)
    if one_state and home is not None and event.type in ONE_SIDED:
        return False  # a state's press on its relations: one state alone is half a relation ("a Turkish officer shot ...")
    if one_state and not record and event.type not in ONE_SIDED:
        # one state alone, in an article: domestic news, no relation ("Iran offers varied
        # excursions to nature lovers" is no AGREE)
        return False
    if event.type in ONE_SIDED or not index.pair or (record and event.type not in COOPERATIVE):
        return True
    return len({*event.actor_countries, *event.recipient_countries}) >= 2
