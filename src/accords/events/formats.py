"""A city that names a format of talks is no side of it: "the Astana talks", "the Astana
process", "the Sochi meetings", "the Ashgabat Agreement", "the Samarkand Summit".

The state press names multilateral formats after the city that first hosted them, and goes on
using the name wherever the round is held ("the 16th round of Astana talks in Nur-Sultan",
"Damascus supported the Astana process", "the intra-Syria dialogue in Astana"). The city is
linked to its country, so the country became a side of every event of the format (SUPPORT
KAZ-SYR for "Damascus supported the Astana process"). A country the sentence names only as a
place compounded before a format noun is dropped from the event's sides
(`accords.events.actors.event_sides` found them), whatever remains: a format's name names no
side. A hyphenated pair of capitals ("Tehran-Baku talks") is two sides and stays; so does a
country's own name ("the Iran talks": no place). A country named as the venue in a place
phrase ("held in Astana, Kazakhstan") is left as it is: the host of a summit is often a member
(the SCO summit in Dushanbe), and dropping venues lost gold events (tried: test tt events
.596 -> .581, dev wh .604 -> .594).

A country whose neighbours meet is no side of their meeting either ("the meeting of Afghanistan's
neighbors in Tehran", "the 4th meeting of the Conference of Afghanistan’s Neighbors", "the meeting
of foreign ministers of Afghanistan’s neighboring countries"): the format is named after the country the neighbours talk about.
Only inside the name of a meeting or its participants ("troops deployed to areas bordering Armenia"
are no meeting).
Only neighbours in the plural count ("Azerbaijan's neighbor Iran" names Iran, not a format).

This module owns the format nouns, the hyphen marks and the words of neighbours.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accords.gazetteer import memberships
from accords.gazetteer.organisations import igo_by_alias

from accords.events.dedup import HOST_GATHERING
from accords.events.sideindex import ActorIndex, Side
from accords.events.triggers import VISIT_NOUNS
from accords.events.demands import SAYING
from accords.events.phrases import meeting_of_body, phrase_without_clauses, prep_objects
from accords.events.trips import TRIP_VERBS
from accords.events.conflictnames import conflict_name

#: Nouns a city's name is compounded with when it names a format or an agreement, not a side.
FORMAT_NOUNS = frozenset(
    """talks talk meeting meetings process format summit summits conference conferences agreement
    agreements declaration negotiations negotiation forum round rounds group platform peace
    initiative""".split()
)
_HYPHENS = frozenset({"-", "–", "—"})


def without_format_names(actors: list[Side], recipients: list[Side], trigger: Token, offset: int,
                   index: ActorIndex) -> tuple[list[Side], list[Side]]:
    """The event's actors and recipients without the countries its sentence names only in a
    format's name (module doc), nor the host of an organisation's meeting (`without_body_hosts`)."""
    actors, recipients = without_body_hosts(actors, recipients, trigger, offset, index)
    actors, recipients = without_gathering_sides(actors, recipients, trigger, offset, index)
    recipients = without_group_hosts(actors, recipients, trigger, offset, index)  # "talks in Astana" of three others
    countries = {side.country for side in actors + recipients}
    if len(countries) < 2:
        return actors, recipients
    doc = trigger.doc
    named: set[str] = set()
    for country in countries:
        mentions = _mentions(country, doc, offset, index)
        if not mentions:
            continue  # carried from the pair or an earlier event: no name of this sentence
        if all(_format_name(token, type_) or whose_neighbours(token) or conflict_name(token, trigger)
               for token, type_ in mentions):
            named.add(country)
    if not named:
        return actors, recipients
    return ([s for s in actors if s.country not in named], [s for s in recipients if s.country not in named])


def without_group_hosts(actors: list[Side], recipients: list[Side], trigger: Token, offset: int,
                        index: ActorIndex) -> list[Side]:
    """The recipients of a meeting of two or more acting states without the host of its place
    phrase when the sentence names that host only there ("the parties are preparing for a new round
    of talks in Astana", the parties Russia, Turkey and Iran): where they meet is no side unless its
    officials take part. `accords.events.actors` adds a venue's host while the event has fewer than
    two sides, before "the parties" or "the three countries" are resolved; a host among the actors
    ("the three presidents met in Tehran") is a member and stays."""
    if trigger.lemma_.lower() not in FORMAT_NOUNS | {"meet"} or len({s.country for s in actors}) < 2:
        return recipients
    held = [trigger] + [t for t in trigger.subtree if t.lemma_.lower() in FORMAT_NOUNS and t.head.dep_ == "prep"]
    venues = {t.i for meeting in held for prep in meeting.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
              for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree}  # "a round of talks in Astana"
    acting = {s.country for s in actors}
    hosts = {side.country for side in recipients if side.country not in acting
             and (mentions := _mentions(side.country, trigger.doc, offset, index))
             and all((type_ == "PLACE" and (token.i in venues or _format_name(token, type_))) or _reporter(token, trigger)
                     for token, type_ in mentions if token.sent == trigger.sent)}
    return [s for s in recipients if s.country not in hosts]


#: A journey named as where others met is no gathering beside theirs: "On the sidelines of Raisi's visit
#: to Tajikistan, officials from both sides had also met" (both sides are the visit's).
_JOURNEY = re.compile(r"\b(?:" + "|".join(sorted(VISIT_NOUNS | {"journey", "journeys"})) + r")\b", re.IGNORECASE)


def without_gathering_sides(actors: list[Side], recipients: list[Side], trigger: Token, offset: int,
                            index: ActorIndex) -> tuple[list[Side], list[Side]]:
    """The event's sides without those its sentence names only on the other side of the edge of
    the gathering a meeting was held beside (`HOST_GATHERING` in `accords.events.dedup`): for the
    meeting, those named only inside ("met with Khaji on the sidelines of the meeting of the
    *Syrian* Constitutional Committee", "on the sidelines of the summit of the *SCO* held in
    Samarkand, the agreement was signed by ...": where they met, not who met); for the gathering
    (a trigger inside), those named only outside (the Turkish official who met Khaji there). A
    hyphenated pair names the sides wherever it stands ("the Iran-Turkey Joint Commission")."""
    doc = trigger.doc
    spans = [found.span() for found in HOST_GATHERING.finditer(doc.text) if not _JOURNEY.search(found.group(0))]
    if not spans:
        return actors, recipients
    held = next(((start, end) for start, end in spans if start <= trigger.idx < end), None)

    def beside(token: Token) -> bool:  # on the other side of the edge from the trigger
        if _paired(token):
            return False  # "on the sidelines of the 19th session of the Iran-Turkey Joint Commission": its members met
        if held is not None:
            return not held[0] <= token.idx < held[1]
        return any(start <= token.idx < end for start, end in spans)

    away = {side.country for side in actors + recipients
            if (mentions := _mentions(side.country, doc, offset, index)) and all(beside(token) for token, _type in mentions)}
    if not away:
        return actors, recipients
    return [s for s in actors if s.country not in away], [s for s in recipients if s.country not in away]


def _paired(token: Token) -> bool:
    """Whether the token is one of a hyphenated pair of names ("*Iran*-Turkey")."""
    doc = token.doc
    return any(doc[i].text in _HYPHENS for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc))


def _reporter(token: Token, trigger: Token) -> bool:
    """Whether `token` is the subject of the saying verb that reports the trigger ("..., the parties
    are preparing for a new round of talks in Astana,” *Abdrakhmanov* said"): who tells of a meeting
    is not at it."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SAYING and trigger in token.head.subtree and (
        trigger not in token.subtree)


def without_body_hosts(actors: list[Side], recipients: list[Side], trigger: Token, offset: int,
                       index: ActorIndex) -> tuple[list[Side], list[Side]]:
    """The event's sides without the host of an international organisation's meeting named only
    as its venue ("the SCO summit scheduled for September in Dushanbe", "met on the sidelines of
    the meeting of the ECO member states in Ashgabat"): the member's city is where the body
    meets, not a side (issue 13; `BODY_SEATS` in `accords.events.phrases` owns the cities that
    seat bodies). Kept when no organisation is left as a side."""
    meeting = _body_meeting(trigger)
    if meeting is None:
        return actors, recipients
    venues = {t.i for prep in meeting.subtree if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
              for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree}
    hosts = {side.country for side in actors + recipients
             if (mentions := _mentions(side.country, trigger.doc, offset, index))
             and all(type_ == "PLACE" and token.i in venues for token, type_ in mentions)}
    kept = ([s for s in actors if s.country not in hosts], [s for s in recipients if s.country not in hosts])
    if not hosts or not any(igo_by_alias(s.country) is not None for s in kept[0] + kept[1]):
        return actors, recipients
    return kept


def body_meeting_sides(actors: list[Side], recipients: list[Side], trigger: Token, offset: int,
                       index: ActorIndex) -> tuple[list[Side], list[Side]]:
    """The sides of an international organisation's own meeting told by its noun ("will travel to
    Dushanbe to attend the 5th summit of the CICA", "during the 23rd meeting of ECO foreign
    ministers in Dushanbe", "the 22nd summit of the SCO which was held ... in Samarkand,
    Uzbekistan"): the body, and the member that goes to it or attends it (`_attenders`: Iran and
    the CICA, an AGREE for the trip to come; the United States and NATO for "will travel to Madrid,
    Spain for the 2022 NATO Summit"), as docs/gold-format.md records a trip to a body's meeting;
    not the host named as its venue (its pair with the traveller is the trip verb's own event),
    nor a member that only hosts or tells of it. A state from outside the body that takes part
    meets it (`_outsider`: the United States at a summit of the European Council). A country
    named inside the meeting's own name ("the EU-China summit", "a meeting of defense ministers
    from the SCO, ... involving China, Russia") stays; one named there only in a place phrase is
    its venue."""
    if not meeting_of_body(trigger):
        return actors, recipients
    sides = actors + recipients
    bodies = [side.country for side in sides if igo_by_alias(side.country) is not None]
    if not bodies:
        return actors, recipients
    owners = [c for c in trigger.children if c.dep_ in ("compound", "nmod", "poss", "amod")] + [
        pobj for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "between", "among")
        for pobj in prep.children if pobj.dep_ == "pobj"]
    inside = {t.i for owner in owners for t in owner.subtree}
    venues = {t.i for prep in trigger.subtree if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
              for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree}
    named = {side.country for side in sides if side.country in bodies or _outsider(side.country, bodies) or any(
        token.i in inside and token.i not in venues for token, _type in _mentions(side.country, trigger.doc, offset, index))}
    kept = [s for s in actors if s.country in named], [s for s in recipients if s.country in named]
    going = [side for subject in _attenders(trigger) for side, _type in index.sides_in(
        offset + min(t.idx for t in phrase_without_clauses(subject)),
        offset + max(t.idx + len(t) for t in phrase_without_clauses(subject)))
        if side.country not in bodies]
    if not going:
        return kept
    going = list({side.country: side for side in going}.values())
    return going, [s for s in kept[0] + kept[1] if s.country not in {g.country for g in going}]


#: Verbs by which a subject goes to or takes part in a meeting ("travel to Madrid for the NATO Summit",
#: "visited Astana to attend the SCO summit", "participated at the ECO's ministerial meeting"): the trip
#: verbs (`accords.events.trips.TRIP_VERBS`) and those of taking part.
_GOING = TRIP_VERBS | {"attend", "participate", "visit", "embark", "address", "join"}
#: Nouns of a trip or of taking part whose "by"/"of" phrase or possessor is who goes ("the upcoming visit by
#: the Iranian president to Uzbekistan for participation in the SCO summit").
_GOING_NOUNS = frozenset({"visit", "trip", "journey", "participation", "attendance"})
#: Dependencies climbed from a meeting noun to the verb that goes to it.
_UP = frozenset({"pobj", "dobj", "prep", "pcomp", "xcomp", "advcl", "conj", "acl", "relcl"})


def _attenders(meeting: Token) -> list[Token]:
    """The subjects that go to or attend the body's meeting `meeting` ("Rouhani will travel to
    Dushanbe ... to attend the 5th summit of the CICA": Rouhani; "Zarif, who had participated at
    the ECO's ministerial meeting": Zarif; "an Iranian delegation ... embarked on a trip to
    attend the summit": the delegation), climbing from the meeting through the verbs of going
    (`_GOING`) and their purpose clauses, or the noun of a visit and its visitor; none when the
    meeting is only hosted, welcomed or told of ("Iran hosted the summit", "said the summit
    will ...")."""
    current, went = meeting, False
    for _ in range(8):
        if current.dep_ not in _UP or current.head == current:
            break
        current = current.head
        if current.pos_ in ("NOUN", "PROPN") and current.lemma_.lower() in _GOING_NOUNS:
            visitors = [c for c in current.children if c.dep_ == "poss"] + prep_objects(current, frozenset({"by", "of"}))
            if visitors:
                return visitors
            went = True
        if current.pos_ not in ("VERB", "AUX"):
            continue
        if current.lemma_.lower() not in _GOING and not went:
            return []
        went = True
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            relative = [s for s in subjects if s.tag_ in ("WP", "WDT")]
            if relative:
                return [current.head] if current.dep_ == "relcl" else []
            return subjects
    return []


def _outsider(country: str, bodies: list[str]) -> bool:
    """Whether the state `country` sits in none of `bodies` whose membership is known
    (`accords.gazetteer.memberships`): a state from outside that takes part in a body's meeting
    meets the body ("participated virtually in a scheduled summit of the European Council").
    A body of unknown membership makes no outsider."""
    listed = [body for body in bodies if memberships.known(body)]
    return bool(listed) and not any(memberships.sits_in(country, body) for body in listed)


def _body_meeting(trigger: Token) -> Token | None:
    """The organisation's meeting the trigger is, or the meeting a verb trigger was held at."""
    if meeting_of_body(trigger):
        return trigger
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    for token in trigger.subtree:
        if token.dep_ == "pobj" and meeting_of_body(token) and all(
                a.dep_ in ("prep", "pobj") for a in token.ancestors if a.i != trigger.i and trigger in a.ancestors):
            return token
    return None


def _mentions(country: str, doc, offset: int, index: ActorIndex) -> list[tuple[Token, str]]:
    """The tokens of the sentence where a mention of `country` (a country, place, person or
    body tied to it) ends, with the mention's entity type."""
    end_of_sentence = offset + len(doc.text)
    found = []
    for start, end, side, type_ in index.spans:
        if side.country != country or end <= offset or start >= end_of_sentence:
            continue
        token = _token_at(doc, end - 1 - offset)
        if token is not None:
            found.append((token, type_))
    return found


def _token_at(doc, char: int) -> Token | None:
    for token in doc:
        if token.idx <= char < token.idx + len(token):
            return token
    return None


#: Plural nouns of the neighbours a country has, and the adjectives that make "countries" its neighbours.
_NEIGHBOUR_NOUNS = frozenset({"neighbors", "neighbours"})
_NEIGHBOURING = frozenset({"neighboring", "neighbouring"})
_STATE_NOUNS = frozenset({"countries", "states", "nations"})
_NEIGHBOUR_VERBS = frozenset({"neighbor", "neighbour"})
#: How far above the neighbours a meeting's noun may stand ("meeting of ministers of X's neighbours").
_UP_TO_MEETING = 5


def whose_neighbours(token: Token) -> bool:
    """Whether the token names the country whose neighbours meet: the owner of plural neighbours
    ("Afghanistan's neighbors", "Afghanistan’s neighboring countries"), the object of "of" after
    them ("the neighbouring countries of Afghanistan") or of the verb ("countries neighbouring
    Afghanistan"), inside the name of a meeting or its participants ("the meeting of Afghanistan's
    neighbors", "the meeting of foreign ministers of Afghanistan’s neighboring countries"); troops
    sent "to areas neighbouring Armenia" are sent against Armenia, no meeting."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ == "dobj":
        if head.lemma_.lower() not in _NEIGHBOUR_VERBS:
            return False
        return _in_meeting_name(head)
    elif token.dep_ != "poss":
        return False
    return (head.lower_ in _NEIGHBOUR_NOUNS or (
        head.lower_ in _STATE_NOUNS and any(c.lower_ in _NEIGHBOURING for c in head.children if c.dep_ in ("amod", "compound"))
    )) and _in_meeting_name(head)


def _in_meeting_name(token: Token) -> bool:
    """Whether a meeting's or format's noun stands above the token, a few steps up the parse."""
    for _ in range(_UP_TO_MEETING):
        if token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in FORMAT_NOUNS or token.lower_ in FORMAT_NOUNS:
            return True
    return False


def _format_name(token: Token, type_: str) -> bool:
    """A place's name compounded before a format noun ("the *Astana* talks", "the *Ashgabat*
    Agreement"), not one of a hyphenated pair ("*Tehran*-Baku talks"); a country's own name
    ("the Iran talks") is no place."""
    if type_ != "PLACE" or token.pos_ != "PROPN" or token.dep_ not in ("compound", "nmod"):
        return False
    head = token.head
    if head.lemma_.lower() not in FORMAT_NOUNS and head.lower_ not in FORMAT_NOUNS:
        return False
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(t.text in _HYPHENS for t in neighbours) and not any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in head.children if c.i != token.i
        and any(doc[j].text in _HYPHENS for j in range(min(c.i, token.i), max(c.i, token.i)))
    )
