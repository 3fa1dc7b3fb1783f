"""The meeting a remarks transcript's title names: "Remarks by President Biden and Chancellor
Scholz of the Federal Republic of Germany Before Bilateral Meeting" is the transcript of what
the two leaders said at their meeting, and its body often only implies the meeting ("I'm with
the President of France"). Such a title gives one CONSULT between the outlet's home country
and the counterpart's country, dated the text's day, when the counterpart is a head of state
or government or a minister of a country (not a body's Secretary-General), and no event of
the body already gives a CONSULT between the two. Its evidence is the first body sentence
that names the counterpart's country (a side the entities stage found there), or else the
leader's surname; a body that names neither gives none. Its sectors are those of its evidence
sentence, read as every event's are (`accords.events.sectors`).

Shape: "Remarks by <home leader> and <office> <name> of <country> Before|In|After|At|During
(a) (Expanded|Virtual) Bilateral Meeting|Meeting|Joint Press Conference".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.events.bylines import item_code
from accords.events.sectors import sectors_of
from accords.events.sideindex import ActorIndex
from accords.ids import fact_id
from accords.gazetteer.countries import country_by_iso3
from accords.model import Article, Event, Evidence, Segment

#: Offices of a head of state or government, or of a minister, that a title's counterpart bears.
_OFFICE = (
    r"(?:President|Prime\s+Minister|Chancellor|Taoiseach|Crown\s+Prince|King|Queen|Emir|Amir|Sultan|Premier"
    r"|(?:[A-Z][a-z]+\s+)?Minister(?:\s+of\s+[A-Z][a-z]+)?)"
)
_HOME_LEADER = r"Remarks\s+by\s+(?:Vice\s+)?President\s+[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+)?"
_SETTING = r"(?:a\s+|an\s+|the\s+|their\s+)?(?:(?:Expanded|Virtual)\s+)?(?:Bilateral\s+Meeting|Meeting|Joint\s+Press\s+Conference)"
_WHEN = r"(?:[Bb]efore|[Ii]n|[Aa]fter|[Aa]t|[Dd]uring)"
#: "Remarks by President Biden and President Macron of the French Republic Before Bilateral Meeting"
_AND_COUNTERPART = re.compile(
    rf"^{_HOME_LEADER}\s+and\s+(?P<item>(?P<office>{_OFFICE})\s+(?P<name>.+?)\s+of\s+.+?)\s+{_WHEN}\s+{_SETTING}\s*$"
)


#: Fewest words of a sentence that is evidence by naming the counterpart's country.
_CLAUSE_WORDS = 5
_WORD = re.compile(r"\w+")


def counterpart(title: str | None, published: str | None = None) -> tuple[str, str] | None:
    """The country and surname of the counterpart a remarks title names at a meeting with the
    home leader; None when the title is of no such shape or names no country's leader or minister."""
    if not title:
        return None
    title = re.sub(r"\s+", " ", title.strip())
    match = _AND_COUNTERPART.match(title)
    if match is None:
        return None
    code = item_code(match.group("item"), published)
    if code is None or country_by_iso3(code) is None:
        return None
    return code, match.group("name").split()[-1]


def with_title_meeting(events: tuple[Event, ...], article: Article, text: str, sentences: Sequence[Segment],
                       index: ActorIndex, home: str | None, stage: str) -> tuple[Event, ...]:
    """`events` with the CONSULT a remarks title names (see the module), when the body gives none;
    `stage` is the events stage's name (`accords.stages.events.STAGE`), recorded on the event."""
    found = counterpart(article.title, article.published)
    if found is None or home is None or not article.published or found[0] == home:
        return events
    code, surname = found
    pair = {home, code}
    if any(e.type == "CONSULT" and {*e.actor_countries, *e.recipient_countries} == pair for e in events):
        return events
    sentence = _naming(code, surname, text, sentences, index)
    if sentence is None:
        return events
    sides = [index.country_side(c) for c in sorted(pair)]
    event = Event(
        id=fact_id(article.id, "event", "CONSULT", sentence.start, sentence.end),
        type="CONSULT",
        evidence=(Evidence(article.id, sentence.start, sentence.end),),
        actors=tuple(side.entity_id for side in sides if side.entity_id),
        actor_countries=tuple(sorted(pair)),
        date=article.published[:10],
        date_precision="day",
        sectors=sectors_of(text[sentence.start:sentence.end]),
        status="occurred",
        trigger=None,
        stage=stage,
    )
    at = next((n for n, e in enumerate(events) if e.evidence and e.evidence[0].start > sentence.start), len(events))
    return (*events[:at], event, *events[at:])


def _naming(code: str, surname: str, text: str, sentences: Sequence[Segment], index: ActorIndex) -> Segment | None:
    """The first sentence of `_CLAUSE_WORDS` words or more that names the country `code` (not a
    dateline's "Tegucigalpa, Honduras"), else the first that names `surname`, else the first
    that names the country."""
    naming = [s for s in sentences if any(side.country == code for side, _type in index.sides_in(s.start, s.end))]
    word = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)", re.IGNORECASE)
    return next((s for s in naming if len(_WORD.findall(text[s.start:s.end])) >= _CLAUSE_WORDS), None) or next(
        (s for s in sentences if word.search(text[s.start:s.end])), None) or next(iter(naming), None)
