"""One reported occurrence, one event: merge events that several sentences describe.

Two events are the same occurrence when they have the same type and the same countries,
compatible dates (equal, one inside the other, or one unknown), and some sign that the text
means the same thing: the same sentence, similar objects (more than one word in common, or the
same words: "visited Turkey" and "a meeting of the Iran-Turkey committee" share only a side), an
anaphoric object ("the
document was signed ...") within two sentences of the first report, or the same day.
The merged event keeps the first report's trigger and the union of evidence, and fills its
missing date, location, object, count and document kind from the later reports.

A meeting or signing is often told again further on in other words ("Safari and Muradov
discussed ...", "During the meeting, the two sides ..."). Such a later CONSULT or signing
continues the latest earlier one of its type and countries (`continues`) when it refers back
to it (a definite "the meeting", "this meeting", "during the talks"), tells what was discussed
("The leaders discussed ...", undated), or names the same people and nothing in its sentence
sets it apart: another date, another counterpart of the same
country (unless the sentence has that person attend "the meeting": one more person at it),
"separately", "another", "also met", "soon after", a numbered session.
A later undated CONSULT of the same countries that names no one new, no other place, no
counterpart of its own ("a meeting with X") and no "again" is the same meeting told again
("Following the ceremony, the ministers held a meeting ..."); talks and negotiations, a
process of many meetings, are not.

A trip to several countries told first ("traveled to Nigeria, Equatorial Guinea and Mauritania",
one visit per country) and then a paragraph per stop ("In Mauritania, Mr. Finer met with President
Ghazouani ...") is one visit to each country, not a visit and another meeting.

A future meeting is often announced, then told again ("will hold a tripartite meeting ... The
upcoming tripartite meeting between ..."): two planned AGREEs of the same countries whose objects
name the same qualified meeting noun ("tripartite meeting", "commission meeting") are one.
A planned trip is told several times too ("planned trips to Russia and the Azerbaijan Republic
have been postponed ... Zarif will be visiting Moscow and Baku ... Lavrov was scheduled to have a
meeting with his Iranian counterpart in Moscow"): a later plan of the same trip (same traveller,
same host) or of a meeting of the same two countries is that trip (`same_plan`), unless its
dates differ or its sentence sets it apart ("another", "again", "a return visit", "the second").

The terms these rules are written in (a report's sentence, countries, trip, the days of its date,
the words of its object) are `accords.events.reports`'s.
"""

from __future__ import annotations

import dataclasses
import re

from accords.events.referrals import FRAMED_VISIT, REFERRED_VISIT
from accords.events.relations import ONE_SIDED
from accords.events.reports import (
    ANAPHORS as _ANAPHORS, STOP as _STOP, WORD as _WORD, Located, anaphoric as _anaphoric, countries as _countries,
    OTHERS_CLAUSE, dates_compatible, one_traveller, reception as _reception, trip as _trip, words as _words,
)
from accords.model import Event

_ORDINAL = re.compile(r"\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")


#: A definite reference back to a meeting already told ("during the talks", "in this meeting",
#: "during the phone call", "in the conversation");
#: "the meeting with X" or "the visit to Y" names which one, and is left to the other rules.
_BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:same|said|bilateral|trilateral|tripartite|joint|two-day|three-day)\s+)?"
    r"(?:meeting|meetings|talks|visit|session|negotiations|consultations|gathering|"
    r"(?:(?:phone|telephone)\s+)?(?:call|conversation))\b"
    r"(?!\s+(?:with|of|between|to|by|among|on|in|at|for)\b)",
    re.IGNORECASE,
)
#: Words that set a mention apart from the meeting just told.
_DISTINCT = re.compile(
    r"\b(?:separate(?:ly)?|another|other|due|earlier|previous(?:ly)?|last|next|upcoming|future|also\s+(?:met|meet|meets|"
    r"held|holds|hold|visited|visits|visit|talked|conferred|signed)|later in the day|\d+(?:st|nd|rd|th)|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|round|(?:soon|shortly|right|just)\s+after)\b",
    re.IGNORECASE,
)
#: A day's ordinal ("the Hamas attacks of October 7th"): a date, not a numbered session (`_set_apart`).
_DAY_ORDINAL = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"\s+\d{1,2}(?:st|nd|rd|th)\b")


def _set_apart(text: str) -> bool:
    """Whether a sentence sets its mention apart from the meeting just told (`_DISTINCT`)."""
    return bool(_DISTINCT.search(_DAY_ORDINAL.sub(" ", text)))


_CONTINUED_TYPES = frozenset({"CONSULT", "SUPPORT"})
#: Nouns of the occurrence itself: one of them in common may be a reference back ("the summit").
_OCCURRENCE_NOUNS = frozenset("meeting meetings talks visit summit forum conference session".split())


#: "Trump's call with Zelenskiy", "Lam's trip to Beijing": a person's meeting named by a
#: possessive, with no date or ordinal of its own, refers to the one already reported.
_POSSESSED_MEETING = re.compile(
    r"^[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s (?:(?:phone|telephone|recent|earlier|last|july|\w+ \d+) )?"
    r"(?:call|conversation|meeting|talks|visit|trip)\b"
)


def _possessed_reference(event: Event) -> bool:
    return event.date is None and bool(_POSSESSED_MEETING.match(event.object or ""))


def _set_meeting(text: str | None) -> tuple[str, str] | None:
    """The first occurrence noun of an object with the word that qualifies it ("a *tripartite
    meeting* intended to ...", "The upcoming *tripartite meeting* between ..."), None when it has
    no such noun or no qualifying word of its own."""
    words = _WORD.findall((text or "").lower())
    for position, word in enumerate(words):
        if word in _OCCURRENCE_NOUNS:
            before = words[position - 1] if position else ""
            return (before, word) if before and before not in _STOP and before not in _UNQUALIFYING else None
    return None


#: Words before a meeting noun that do not tell one meeting from another.
_UNQUALIFYING = frozenset("upcoming next planned scheduled future forthcoming new".split())


#: Words of a verb that holds the meeting its object or subject names ("held talks", "the summit was held").
_HOLDING = frozenset("hold holds held holding have has had having conduct conducts conducted conducting".split())


def held_meeting_twice(first: Located, second: Located) -> bool:
    """Whether one report is a meeting and the other its holding, in one sentence ("The CSTO summit
    was held in Yerevan", "We had fruitful talks in Baku"): both fire, and each finds its own sides
    (the summit's organisation, the host of the place it was held in), so they do not match; the
    first told is kept."""
    a, b = first.event, second.event
    return (a.type == b.type == "CONSULT" and first.sentence == second.sentence and a.object is not None
            and a.object == b.object and ((a.trigger or "").lower() in _HOLDING) != ((b.trigger or "").lower() in _HOLDING))


def same_occurrence(first: Located, second: Located) -> bool:
    a, b = first.event, second.event
    if held_meeting_twice(first, second) or sidelines_of(first, second) or (
            a.type == b.type == "CONSULT" and first.sentence == second.sentence and _third_ground(a, b)):
        return True
    if a.type != b.type or _countries(a) != _countries(b):
        return False
    if not dates_compatible(a.date, b.date):
        return False
    if first.sentence == second.sentence:
        return True
    if second.sentence in first.merged and (b.object is None or _anaphoric(b.object) or (
            a.type == "CONSULT" and not _other_counterpart(first.people, second.people)
            and not _set_apart(OTHERS_CLAUSE.sub("", second.text)))):
        return True  # a bare second mention, or the meeting told (not "After a meeting with General Baqeri, the Tajik
        # defense minister met with ... Hatami for a second time"), in a sentence already merged into this report
    if second.sentence in first.merged and a.type == "CONSULT" and _host_of(b.object, second.text):
        return True  # "The two officials met on the sidelines of the 66th session ...": where they met
    ordinals_a, ordinals_b = _ORDINAL.findall((a.object or "").lower()), _ORDINAL.findall((b.object or "").lower())
    if ordinals_a and ordinals_b and ordinals_a[0] != ordinals_b[0]:
        return False  # "the 10th meeting" and "the 11th meeting" are two sessions
    if a.date is not None and a.date == b.date and a.date_precision == "day":
        return True
    words_a, words_b = _words(a.object), _words(b.object)
    shared = words_a & words_b
    if words_a and words_b and len(shared) / min(len(words_a), len(words_b)) >= 0.6 and (
        len(shared) >= 2 or words_a == words_b or shared & _OCCURRENCE_NOUNS
    ):
        return True  # one name in common ("visited Turkey", "traveled to Tehran") is only a place or side
    if a.type == b.type == "AGREE" and a.status == b.status == "planned" and _set_meeting(a.object) is not None and (
        _set_meeting(a.object) == _set_meeting(b.object)
    ):
        return True  # "will hold a tripartite meeting ... The upcoming tripartite meeting between ...": one meeting set
    if same_plan(first, second):
        return True  # "planned trips to Russia ... will be visiting Moscow": one trip planned, told again
    if a.type == "CONSULT" and (_possessed_reference(b) or _possessed_reference(a)):
        return True  # "Trump's call with Zelenskiy", paragraphs after "Trump's July 25 call": the call told
    near = abs(first.sentence - second.sentence) <= 2
    if near and a.type == "CONSULT" and _trip(a) and _trip(b) and a.actor_countries == b.actor_countries and (
        a.date is None or b.date is None
    ):
        return True  # "X traveled to Baku ... During his visit ...": one trip, same direction, told twice
    if near and a.type == "CONSULT" and {_trip(a), _trip(b)} == {True} and (_reception(a) or _reception(b)):
        return True  # "visited Tashkent ... he was welcomed by the deputy prime minister": one trip
    if a.type == "CONSULT" and _trip(a) and not _trip(b) and a.mode == "visit" and _STOP_OPENING.match(second.text):
        return True  # "traveled to Nigeria and Mauritania ... In Mauritania, Mr. Finer met with ...": a stop of the trip
    if a.type == "CONSULT" and _referred_visit(a, b, second.text):
        return True  # "the recent visit by X to Iran ... Referring to the visit of the delegation to Mashhad": that visit
    if one_traveller(first, second) and (a.date is None or b.date is None) and not any(
            _set_apart(OTHERS_CLAUSE.sub("", t)) for t in (first.text, second.text)):
        return True  # "the recent visit by ... Ismoilov to Iran ... Ismoilov arrived in Tehran": one trip
    if a.type == "CONSULT" and _other_counterpart(first.people, second.people):
        return False  # "met Foreign Minister Tileuberdi ... In the meeting with President Tokayev": another meeting
    if near and a.type == "CONSULT" and unnamed_summary(first, second):
        return True  # "Iran and Azerbaijan discussed ... In a meeting held in Tehran on Tuesday between ...": the lead in detail
    return near and (_anaphoric(b.object) or _anaphoric(a.object))


#: Plans of what is still to come.
_PLANS = frozenset({"planned", "intended"})
#: A plan set apart from the trip told: another trip, a visit back, a numbered or standing body's session.
_OTHER_PLAN = re.compile(
    r"\b(?:another|again|separate(?:ly)?|return|reciprocal|second|third|next\s+(?:visit|trip|round|session|meeting)|"
    r"\d+(?:st|nd|rd|th)|commission|committee|council|forum|summit|conference|session|round|annual|regular|readiness|ready)\b",
    re.IGNORECASE,
)

#: What a meeting is planned as (not a plan to build, trade or sign).
_MEETING_PLAN = re.compile(r"\b(?:meet|meets|meeting|meetings|talks|consultations|discussions?|negotiations)\b", re.IGNORECASE)


def sidelines_of(first: Located, second: Located) -> bool:
    """Whether one of two CONSULTs of one sentence is the gathering the other was held beside ("Rouhani met the
    Armenian prime minister on the sidelines of the 73rd session of the United Nations General Assembly", "held
    talks ... on the margins of the summit"): the session is where they met, no meeting of its own, and its body
    or host no side of the meeting (`deduplicate` keeps the meeting's sides). A visit is no gathering ("On the
    sidelines of President Raisi's visit to Ashgabat, ... also met ... Bayramov": the visit and another meeting)."""
    a, b = first.event, second.event
    return (a.type == b.type == "CONSULT" and first.sentence == second.sentence and not (_trip(a) or _trip(b))
            and _host_of(a.object, first.text) != _host_of(b.object, second.text))


def same_plan(first: Located, second: Located) -> bool:
    """Whether two plans of the same two countries (the caller has checked type, countries and
    dates) are one trip told again: both a trip of the same traveller to the same host ("planned
    trips to Russia ...", "will be visiting Moscow"), or one a trip and the other a meeting of the
    two ("Lavrov was scheduled to have a meeting with his Iranian counterpart in Moscow", "with the
    aim of holding talks with the regional parties"). Nothing in the later sentence or either
    object may set it apart (`_OTHER_PLAN`)."""
    a, b = first.event, second.event
    if a.type != "AGREE" or a.status not in _PLANS or b.status not in _PLANS or len(_countries(a)) != 2:
        return False
    if not (_trip(a) or _trip(b)) or any(_OTHER_PLAN.search(t or "") for t in (second.text, a.object, b.object)):
        return False
    if _other_traveller(first, second):
        return False  # "Erdogan will make an official visit to Tehran ... Akar will travel to Tehran": two trips
    if _trip(a) and _trip(b):
        return a.actor_countries == b.actor_countries and a.recipient_countries == b.recipient_countries
    meeting = b if _trip(a) else a
    return any(_MEETING_PLAN.search(t or "") for t in (meeting.trigger, meeting.object))  # not "agreed to build a railway"


def unnamed_summary(first: Located, second: Located) -> bool:
    """Whether `second`, a later report of the same countries, tells in detail the meeting or trip that `first`
    summed up without naming anyone: state press opens on the occurrence ("TEHRAN - Iran and Azerbaijan
    discussed ways to boost ...", "Iran's military chief who visited Ankara on Tuesday said he had begun a trip
    to Turkey") and names who met in the next sentence or two ("In a meeting held in Tehran on Tuesday between
    Azerbaijani Ambassador ... and Iran's Department of Environment chief ...", "Major General Mohammad Baqeri
    ... held talks with his Turkish counterpart"). A summary names the sides, not the people; a later report
    set apart ("separately", "another", "earlier", an ordinal, "also met", "again") is another meeting, and a
    numbered session ("The 10th meeting of the joint committee was held in Tehran five years ago") is no
    summary but an occurrence of its own; so are a meeting in another place or on another date ("discussed arms
    deliveries this week ... met German officials in Kyiv on Tuesday") and a trip told after talks ("held talks in
    Cairo ... The Israeli foreign minister visited Ramallah"). The caller has checked type, countries, that the
    dates are compatible, and distance."""
    a, b = first.event, second.event
    if (a.location is not None and b.location is not None and a.location != b.location) or (_trip(b) and not _trip(a)):
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    told = OTHERS_CLAUSE.sub("", second.text)  # ", while his accompanying delegates also met ...": others' meetings
    return (not first.people and first.sentence < second.sentence and not _set_apart(first.text)
            and not _set_apart(told) and not _APART.search(told) and not _AGAIN.search(told))


def _other_traveller(first: Located, second: Located) -> bool:
    """Whether the later plan has a person act for a country whose acting person in the first is
    someone else ("Prior to my trip, Chief of the General Staff Hulusi Akar will travel to Tehran")."""
    persons = dict(first.people | second.people)
    acting = {(actor, persons[actor]) for actor in first.event.actors if actor in persons}
    countries = {country for _actor, country in acting if country}
    return any((actor, persons[actor]) not in acting and persons[actor] in countries
               for actor in second.event.actors if actor in persons)


def retells(first: Located, second: Located) -> bool:
    """Whether `second`, a CONSULT within two sentences after `first`, refers back to it ("The
    meeting was held in Sochi", "the officials met on the sidelines of ...") while naming only
    some of its sides: the parse of a retelling often finds fewer countries than the report."""
    a, b = first.event, second.event
    if a.type != "CONSULT" or b.type != "CONSULT" or not 0 < second.sentence - first.sentence <= 2:
        return False
    if not _countries(b) or not _countries(b) < _countries(a) or not dates_compatible(a.date, b.date):
        return False
    if _set_apart(second.text):
        return False
    return bool(_BACK_REFERENCE.search(second.text) or _THEY_MET.search(second.text))


def discussed_there(first: Located, second: Located) -> bool:
    """Whether `second` tells what the meeting `first` (the latest CONSULT) was about: "They
    discussed ...", "The leaders also discussed ..." with no date of its own and nothing that
    sets it apart. The countries it names are topics ("discussed Israel's right to
    self-defense"), not new sides: a readout's discussion is part of the call it reports."""
    a, b = first.event, second.event
    if a.type != "CONSULT" or b.type != "CONSULT" or not _discussion(b) or second.sentence <= first.sentence:
        return False
    if not dates_compatible(a.date, b.date) or _APART.search(second.text) or _set_apart(second.text):
        return False
    return bool(_THOSE_WHO_MET.match(second.text))


#: A sentence whose subject is the people of the meeting just told: "They", "The leaders",
#: "The two presidents", "Both sides", "The two also discussed".
_THOSE_WHO_MET = re.compile(
    r"\s*(?:they|(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|sides|ministers|officials|delegations|parties|counterparts)|"
    r"(?:the\s+)?(?:two|three|four)\s+(?:also\s+)?discussed)\b",
    re.IGNORECASE,
)


#: "The officials met", "the two ministers met": the people of the meeting just told.
_THEY_MET = re.compile(
    r"\bthe\s+(?:two\s+)?(?:officials|ministers|presidents|leaders|sides|diplomats|delegations)\s+met\b", re.IGNORECASE
)


def continues(first: Located, second: Located) -> bool:
    """Whether `second`, a later CONSULT or signing of the same type and countries as `first`
    (the latest such event), tells `first` again: it refers back to it or names its people,
    and nothing in its sentence sets it apart. Naming the same people means naming no one the
    first mention did not: a new name may be another counterpart whose country is unknown."""
    a, b = first.event, second.event
    if a.type not in _CONTINUED_TYPES or a.type != b.type or _countries(a) != _countries(b):
        return False
    if a.type == "SUPPORT" and not (a.mode == b.mode == "sign"):
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    if a.mode is not None and b.mode is not None and a.mode != b.mode:
        return False
    if (a.mode == "phone" or _PHONED.search(a.object or "")) and (b.trigger or "").lower() in _IN_PERSON:
        return False  # "received a phone call from Erdogan ... Raisi and Erdogan met in late November": they met before
    if a.type == "CONSULT" and _ATTENDED.search(second.text) and not _set_apart(_without_host(second.text)):
        return True  # "Secretary Rubio also attended the meeting": one more person at the meeting told
    if a.type == "CONSULT" and _OCCASION.match(second.text):
        return True  # "... participated in a summit of the European Council. Meeting with the heads of state ..., the President reaffirmed"
    if _other_counterpart(first.people, second.people):
        return False
    if a.type == "CONSULT" and _discussion(b) and b.date is None and not _APART.search(second.text):
        return True  # "met today with X ... The leaders discussed Y": what the meeting was about
    if a.type == "SUPPORT" and _bare_reference(b.object) and not (_APART.search(second.text) or _ALSO_SIGNED.search(second.text)):
        return True  # "A deal that Iran signed with Azerbaijan ..." then "The deal was signed on the sidelines of ...": told again
    told = _without_host(second.text)
    if _set_apart(told) or _set_apart(_without_host(b.object or "")):
        return False
    if _BACK_REFERENCE.search(second.text) or (
        a.type == "CONSULT" and _THEY_MET.search(second.text) and not _AGAIN.search(second.text)
    ):
        return True  # "during the talks", "The two officials met on the sidelines of ...": told again
    if a.type == "CONSULT" and _BACK_REFERENCE_WITH.search(second.text) and _first_named(first.people, second.people):
        return True  # "spoke with his Kazakh counterpart ... In the conversation with President Tokayev, ..."
    if a.type == "CONSULT" and _told_again(first, second):
        return True  # "the ministers held a meeting", "the visit of the minister to Baku": the meeting told
    return bool(second.people) and second.people <= first.people  # the same people, and no one new


#: A sentence opening with a participle of meeting ("Meeting with the heads of state or government of
#: the 27 member states ..., the President reaffirmed ..."): the occasion of what it says, the
#: meeting already told, not another one.
_OCCASION = re.compile(r"^\W*(?:Meeting|Speaking|Talking|Conferring)\s+(?:\w+\s+)?with\b")


#: "a meeting in the Oval Office with Liu He", "held a meeting with the Turkmen foreign minister":
#: an indefinite meeting that names its own counterpart is another meeting.
_NEW_WITH = re.compile(
    r"\b(?:a|an)\b[^,.;]{0,60}?\b(?:meeting|talks|conversation|call|visit)\b[^,.;]{0,40}?\bwith\b", re.IGNORECASE
)


def _told_again(first: Located, second: Located) -> bool:
    """Whether a later undated meeting or visit of the same countries, with no place, counterpart
    or "again" of its own, is the meeting already told ("Following the ceremony, the ministers
    held a meeting ...", "the visit of the minister of roads to Baku"). The caller has already
    set apart another date, "another", "separately", "also met", a numbered session. "Talks" and
    negotiations are a process of many meetings, not one occurrence, and are left alone."""
    a, b = first.event, second.event
    if b.date is not None or (b.location is not None and b.location != a.location):
        return False
    if (b.trigger or "").lower().startswith(("talk", "negotiat")) or _AGAIN.search(second.text):
        return False
    return second.people <= first.people and not _NEW_WITH.search(second.text)


#: Where a meeting took place, named by the gathering it was held beside: "on the sidelines of
#: the 66th session of the Commission", "on the margins of the second summit". The ordinal there
#: numbers the host gathering, not the meeting told again.
HOST_GATHERING = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines?|margins?)\s+of\s+[^,;.]*", re.IGNORECASE)
#: "X attended the meeting", "Y also took part in the talks": someone else at the meeting just
#: told, whoever that is (not "attended the meeting of the council", which names another).
_ATTENDED = re.compile(
    r"\b(?:attended|joined|(?:took|takes|take|taking)\s+part\s+in|participated\s+in|(?:was|were)\s+(?:also\s+)?"
    r"present\s+(?:at|in)|sat\s+in\s+on)\s+(?:the|this|that)\s+(?:meeting|talks|call|conversation|session|"
    r"negotiations|consultations|discussions?)\b(?!\s+(?:with|of|between|to|by|among|on|in|at|for)\b)",
    re.IGNORECASE,
)
#: "met again": another meeting of the same people.
_AGAIN = re.compile(r"\bagain\b", re.IGNORECASE)
#: "In the conversation with President Tokayev", "during the meeting with X": a definite meeting
#: with its counterpart named (`_first_named` decides whether that is the one told).
_BACK_REFERENCE_WITH = re.compile(
    r"\b(?:in|during|at)\s+(?:the|this|that)\s+(?:(?:phone|telephone)\s+)?(?:meeting|talks|call|conversation)\s+with\b",
    re.IGNORECASE,
)


def _host_of(meeting: str | None, text: str) -> bool:
    """Whether `meeting` is the gathering that a meeting of `text` was held beside."""
    if not meeting:
        return False
    return any(meeting in found.group(0) for found in HOST_GATHERING.finditer(text))


def _without_host(text: str) -> str:
    return HOST_GATHERING.sub(" ", text)


def _first_named(first: frozenset[tuple[str, str]], second: frozenset[tuple[str, str]]) -> bool:
    """Whether every person the later mention adds is of a country the first report named no one
    of ("his Kazakh counterpart", then "President Tokayev"): a name for a counterpart left
    unnamed, not another counterpart (`_other_counterpart` already set those apart)."""
    named = {country for _person, country in first if country}
    added = [(person, country) for person, country in second if (person, country) not in first]
    return bool(added) and all(country and country not in named for _person, country in added)


#: Words that make a later discussion another meeting ("Separately, the minister discussed ...").
_APART = re.compile(r"\b(?:separate(?:ly)?|another|earlier|previous(?:ly)?|later in the day|also (?:met|held|visited))\b",
                    re.IGNORECASE)


#: "also signed", "signed another": one more signing, not the one told again.
_ALSO_SIGNED = re.compile(r"\balso\s+(?:been\s+)?signed\b|\bsigned\s+(?:another|a\s+second)\b", re.IGNORECASE)


def _bare_reference(text: str | None) -> bool:
    """"The deal", "this document", "the agreement": a definite document noun and nothing else,
    a reference back to the signing already told ("the agreement on visas" names which one)."""
    words = _WORD.findall((text or "").lower())
    return 2 <= len(words) <= 3 and words[0] in ("the", "this", "that") and words[-1] in _ANAPHORS - {"meeting", "meetings", "talks", "visit"}


def _discussion(event: Event) -> bool:
    """A CONSULT told by what was discussed ("discussed", "reviewed"), not by who met."""
    return (event.trigger or "").lower().startswith(("discuss", "review", "exchang", "talked", "confer"))


def _other_counterpart(first: frozenset[tuple[str, str]], second: frozenset[tuple[str, str]]) -> bool:
    """A person the later mention names who is not among the first's, while the first names
    someone of that person's country: another counterpart, another meeting."""
    countries = {country for _person, country in first if country}
    return any((person, country) not in first and country in countries for person, country in second)


#: A paragraph that opens on where the traveller is ("In Guyana, Mr. Finer met with ...", "In Niamey,
#: they met ..."): a stop of a trip told before, not a date ("In June"), nor "In addition".
_STOP_OPENING = re.compile(
    r"\s*In\s+(?!(?:addition|particular|response|turn|total|short|fact|this|that|these|those|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*,"
)


#: Verbs of a meeting in person: a phone call is not told again by them.
_IN_PERSON = frozenset({"met", "meet", "meets", "meeting", "visited", "visit", "visits", "hosted"})
#: A phone call named by its object ("received a phone call from his Turkish counterpart").
_PHONED = re.compile(r"\b(?:(?:tele)?phone|video)\s+(?:call|conversation|talks?)\b", re.IGNORECASE)


def _third_ground(a: Event, b: Event) -> bool:
    """A meeting and the trip it was held on, told in one sentence ("Raisi and Erdogan met ... during
    the former's visit to Turkmenistan"): when the trip took all who met as its travellers and a third
    country as its host, that host is where they met, no side; the meeting is kept."""
    trip, meeting = (a, b) if _trip(a) else (b, a)
    met = _countries(meeting)
    return (_trip(trip) and not _trip(meeting) and len(met) >= 2 and frozenset(trip.actor_countries) == met
            and bool(trip.recipient_countries) and not met & frozenset(trip.recipient_countries))


#: A sentence that tells one more meeting inside the visit it names ("During his visit to the Republic of
#: Azerbaijan, Safari also met with Shahin Mustafayev"): that meeting is its own.
_ANOTHER_MEETING = re.compile(r"\b(?:also|separately)\s+(?:met|meets|held|holds|conferred|talked|visited)\b", re.IGNORECASE)


def _referred_visit(a: Event, b: Event, text: str) -> bool:
    """A visit the later sentence's speaker refers to ("Referring to the visit of the Uzbekistan
    parliamentary delegation to Mashhad, Nouri said ...") is the visit of the same direction already
    told, unless it is set apart (another date, "previous", "last"); a visit a later sentence names as
    the frame of another act (`referrals.FRAMED_VISIT`: "Prior to his visit to Azerbaijan, ...", "the
    Turkish minister's visit to Iran is a preparatory measure for ...") is the meeting or visit of the same
    countries already told, unless its frame sets it apart ("his previous visit")."""
    if not (b.mode == "visit" and _trip(b) and (a.date is None or b.date is None)):
        return False
    framed = FRAMED_VISIT.search(text)
    if framed is not None and not _set_apart(framed.group(0)) and not _ANOTHER_MEETING.search(text) and (
            _countries(a) == _countries(b)):
        return True  # "Prior to his visit to Azerbaijan, ...": the visit or meeting told, whoever it made the subject
    return (a.mode == "visit" and a.actor_countries == b.actor_countries and a.recipient_countries == b.recipient_countries
            and bool(REFERRED_VISIT.search(text)) and not _set_apart(text))


def merge(first: Event, second: Event) -> Event:
    """`first` completed with what `second` adds."""
    changes = {}
    for name in ("date", "date_precision", "location", "document_kind", "count", "mode"):
        if getattr(first, name) is None and getattr(second, name) is not None:
            changes[name] = getattr(second, name)
    if "date" in changes and "date_precision" not in changes:
        changes["date_precision"] = second.date_precision
    if _anaphoric(first.object) and not _anaphoric(second.object):
        changes["object"] = second.object
    changes["evidence"] = first.evidence + tuple(e for e in second.evidence if e not in first.evidence)
    changes["sectors"] = tuple(dict.fromkeys(first.sectors + second.sectors))
    changes["confidence"] = max(first.confidence, second.confidence)
    return dataclasses.replace(first, **changes)


def deduplicate(events: list[Located]) -> list[Located]:
    """Merge reports of the same occurrence, keeping the order of first reports."""
    kept: list[Located] = []
    for item in events:
        position = next((p for p, existing in enumerate(kept) if same_occurrence(existing, item)), None)
        if position is None:
            alike = [p for p in range(len(kept)) if _alike(kept[p].event, item.event)]
            latest = max(alike, key=lambda p: max(kept[p].sentence, *kept[p].merged, p), default=None)
            if latest is not None and continues(kept[latest], item):
                position = latest
            else:
                told = next((p for p in reversed(range(len(kept))) if kept[p].event.type == "CONSULT"), None)
                if told is not None and (retells(kept[told], item) or discussed_there(kept[told], item)):
                    position = told
        if position is None:
            kept.append(item)
            continue
        existing = kept[position]
        if (held_meeting_twice(existing, item) and _countries(existing.event) < _countries(item.event)) or (
                _trip(existing.event) and _third_ground(existing.event, item.event)) or (
                sidelines_of(existing, item) and _host_of(existing.event.object, existing.text)):
            # "held an introductory call with Director Chang": the call names the partner, the holding only its subject;
            # "met ... during the former’s visit to Turkmenistan": those who met, not the trip's host;
            # "on the sidelines of the 73rd session of the UN General Assembly": those who met, not the session's
            existing = dataclasses.replace(existing, event=dataclasses.replace(
                existing.event, actors=item.event.actors, actor_countries=item.event.actor_countries,
                recipients=item.event.recipients, recipient_countries=item.event.recipient_countries))
        kept[position] = Located(merge(existing.event, item.event), existing.sentence,
                                 existing.merged + (item.sentence,), existing.people | item.people, existing.text)
    return _stops_folded(_partial_folded(kept))


def _stops_folded(kept: list[Located]) -> list[Located]:
    """A later meeting with several of a trip’s hosts at once is the trip’s visits told again: "Director
    Inglis traveled to Israel, the Netherlands, and the United Kingdom ... Director Inglis met with
    officials from the Governments of Israel, the Netherlands, and the United Kingdom" tells the
    visits again (`accords.events.separately`: one visit per host), not a meeting of the three. Only
    a CONSULT of the trip's traveller and two or more of its hosts, with no date of its own or one
    the trip's holds."""
    dropped: set[int] = set()
    for p, item in enumerate(kept):
        event = item.event
        hosts = set(event.recipient_countries)
        if event.type != "CONSULT" or len(hosts) < 2 or len(event.actor_countries) != 1:
            continue
        stops = [q for q, other in enumerate(kept[:p]) if q not in dropped and _trip(other.event)
                 and other.event.type == "CONSULT" and other.event.actor_countries == event.actor_countries
                 and len(other.event.recipient_countries) == 1 and dates_compatible(other.event.date, event.date)]
        visited = {kept[q].event.recipient_countries[0]: q for q in stops}
        if hosts <= set(visited) and len({kept[q].sentence for q in stops if kept[q].event.recipient_countries[0] in hosts}) == 1:
            dropped.add(p)
    return [item for p, item in enumerate(kept) if p not in dropped]


def _partial_folded(kept: list[Located]) -> list[Located]:
    """One sentence's act of one side folded into its report with more sides: "Armenia said its
    soldiers shot and wounded three Azerbaijani servicemen" makes "shot" (no object of its own) an
    attack of Armenia alone and "wounded" one of Armenia on Azerbaijan; one attack is told. Only the types
    one side may have alone (`relations.ONE_SIDED`), of the same sentence, the fuller report's
    sides holding the lone side."""
    folded: dict[int, Located] = {}
    dropped: set[int] = set()
    for p, item in enumerate(kept):
        sides = _countries(item.event)
        if item.event.type not in ONE_SIDED or len(sides) != 1:
            continue
        fuller = next((q for q, other in enumerate(kept) if q != p and q not in dropped
                       and other.event.type == item.event.type and sides < _countries(other.event)
                       and item.sentence in (other.sentence, *other.merged)), None)
        if fuller is not None:
            other = folded.get(fuller, kept[fuller])
            folded[fuller] = dataclasses.replace(other, event=merge(other.event, item.event))
            dropped.add(p)
    return [folded.get(p, item) for p, item in enumerate(kept) if p not in dropped]


def _alike(first: Event, second: Event) -> bool:
    return first.type == second.type and _countries(first) == _countries(second)
