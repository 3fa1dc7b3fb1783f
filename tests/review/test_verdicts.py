"""The pure part of review: reading corrections, finding a verdict's fact again in a new
extraction, and applying verdicts (accords.review.verdicts)."""

from __future__ import annotations

import dataclasses

import pytest

from accords.model import Entity, Event, Evidence, Extraction, Indicator, Quote
from accords.review.verdicts import ReviewError, Verdict, apply, find, kind_of, parse_changes, snapshot, visible

A = "a" * 16


def _ev(start: int, end: int) -> tuple[Evidence, ...]:
    return (Evidence(A, start, end),)


AZE = Entity(id=f"{A}:entity:aze", type="COUNTRY", name="Azerbaijan", canonical_id="AZE", evidence=_ev(0, 10))
TUR = Entity(id=f"{A}:entity:tur", type="COUNTRY", name="Turkey", canonical_id="TUR", evidence=_ev(15, 21))
COMMISSION = Entity(id=f"{A}:entity:ec", type="ORG", name="European Commission", evidence=_ev(30, 49))
ALIYEV = Entity(id=f"{A}:entity:ia", type="PERSON", name="Ilham Aliyev", country="AZE", evidence=_ev(60, 72))
SIGNING = Event(
    id=f"{A}:event:1", type="SUPPORT", mode="sign", evidence=_ev(0, 100), actors=(AZE.id, TUR.id),
    actor_countries=("AZE", "TUR"), date="2021-09-14", date_precision="day",
)
TALKS = Event(
    id=f"{A}:event:2", type="CONSULT", evidence=_ev(101, 180), actors=(AZE.id, COMMISSION.id), actor_countries=("AZE",),
)
TRADE = Indicator(id=f"{A}:indicator:1", metric="trade_turnover", value=2.5e9, unit="USD", evidence=_ev(200, 260),
                  subjects=("AZE", "TUR"), period=("2021-01-01", "2021-07-31"))
SAID = Quote(id=f"{A}:quote:1", text="We are enjoying good cooperation", evidence=_ev(300, 360), speaker_name="Someone")
EXTRACTION = Extraction(
    article_id=A, entities=(AZE, TUR, COMMISSION, ALIYEV), events=(SIGNING, TALKS), indicators=(TRADE,), quotes=(SAID,)
)


def _verdict(kind: str, fact, action: str, after=None, **kw) -> Verdict:
    span = (fact.evidence[0].start, fact.evidence[0].end)
    return Verdict(kind=kind, action=action, by="ana", article_id=A, fact_id=fact.id, span=span,
                   before=snapshot(kind, fact), after=after or {}, **kw)


@pytest.mark.parametrize(
    ("kind", "changes", "expected"),
    [
        ("event", {"type": "agree", "actor_countries": "tur, aze"}, {"type": "AGREE", "actor_countries": ["AZE", "TUR"]}),
        ("event", {"date": "2021-01-01..2021-07-31"}, {"date": ["2021-01-01", "2021-07-31"]}),
        ("event", {"date": "2021-Q3", "location": ""}, {"date": "2021-Q3", "location": None}),
        ("event", {"recipient_countries": ""}, {"recipient_countries": []}),
        ("indicator", {"value": "4.1e9", "period": ["2020-01-01", "2020-12-31"]},
         {"value": 4.1e9, "period": ["2020-01-01", "2020-12-31"]}),
        ("quote", {"speaker_name": " Ilham Aliyev "}, {"speaker_name": "Ilham Aliyev"}),
        ("entity", {"country": "aze", "type": "person"}, {"country": "AZE", "type": "PERSON"}),
    ],
    ids=["type-and-sides", "date-interval", "quarter-and-clear", "clear-list", "value-and-period", "speaker", "entity"],
)
def test_corrections_are_read_into_values(kind, changes, expected):
    assert parse_changes(kind, changes) == expected


@pytest.mark.parametrize(
    ("kind", "changes", "message"),
    [
        ("event", {"sides": "AZE"}, "event field 'sides' cannot be corrected; fields: type, mode, actor_countries, "
                                    "recipient_countries, date, status, location, object"),
        ("event", {"type": "MEET"}, "event type 'MEET' is not one of CONSULT, SUPPORT, AGREE, COOPERATE, AID, CONCEDE, "
                                    "RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT"),
        ("event", {"status": "done"}, "event status 'done' is not one of occurred, planned, intended, hypothetical, denied"),
        ("event", {"date": "14 Sept"}, "date '14 Sept' is not an ISO date or start..end"),
        ("event", {"type": ""}, "event field 'type' cannot be empty"),
        ("indicator", {"value": "lots"}, "indicator value 'lots' is not a number"),
        ("indicator", {"period": "2021"}, "period '2021' is not start..end (ISO dates)"),
        ("time", {"value": "2021"}, "no corrections for 'time' facts; kinds: event, indicator, quote, entity"),
        ("quote", {}, "a correction needs at least one field=value"),
    ],
    ids=["unknown-field", "unknown-type", "unknown-status", "bad-date", "empty-type", "bad-value", "bad-period",
         "unknown-kind", "nothing"],
)
def test_bad_corrections_are_refused_with_the_reason(kind, changes, message):
    with pytest.raises(ReviewError) as error:
        parse_changes(kind, changes)
    assert str(error.value) == message


def _moved(fact, shift: int, **changes):
    """The fact as a changed stage could make it: another id, stage, confidence, evidence end."""
    ev = fact.evidence[0]
    return dataclasses.replace(fact, id=fact.id + "x", stage="events.v99", confidence=0.5,
                               evidence=(Evidence(A, ev.start, ev.end + shift),), **changes)


@pytest.mark.parametrize(
    ("verdict", "facts", "expected"),
    [
        (_verdict("event", SIGNING, "reject"), [TALKS, SIGNING], 1),
        (_verdict("event", SIGNING, "reject"), [TALKS, _moved(SIGNING, -5)], 1),
        (_verdict("event", SIGNING, "reject"), [_moved(SIGNING, -20), _moved(SIGNING, 0)], 1),
        (_verdict("event", SIGNING, "reject"), [dataclasses.replace(SIGNING, type="AGREE")], None),
        (_verdict("event", SIGNING, "reject"), [dataclasses.replace(SIGNING, actor_countries=("AZE",))], None),
        (_verdict("event", SIGNING, "reject"), [dataclasses.replace(SIGNING, evidence=_ev(400, 500))], None),
        (_verdict("event", SIGNING, "correct", {"type": "AGREE"}), [_moved(SIGNING, 0, type="AGREE")], 0),
        (_verdict("indicator", TRADE, "confirm"), [dataclasses.replace(TRADE, metric="exports", id="other")], 0),
        (_verdict("indicator", TRADE, "confirm"), [dataclasses.replace(TRADE, value=2.6e9)], None),
        (_verdict("quote", SAID, "correct", {"speaker_name": "Ilham Aliyev"}),
         [dataclasses.replace(SAID, text="we are enjoying  good cooperation", speaker_name=None)], 0),
        (_verdict("entity", COMMISSION, "reject"), [AZE, dataclasses.replace(COMMISSION, evidence=_ev(500, 519))], 1),
    ],
    ids=["same-fact-moved-in-order", "span-trimmed", "exact-span-wins", "other-type", "other-sides", "elsewhere",
         "already-corrected-by-the-stage", "metric-renamed", "other-value", "quote-spacing-and-case", "entity-anywhere"],
)
def test_a_verdict_finds_its_fact_again(verdict, facts, expected):
    assert find(verdict, facts) == expected


def test_apply_rejects_corrects_confirms_and_reports_lost_verdicts():
    verdicts = [
        dataclasses.replace(_verdict("event", SIGNING, "reject"), id=1),
        dataclasses.replace(_verdict("event", TALKS, "correct", {"type": "AGREE", "actor_countries": ["AZE", "TUR"]}), id=2),
        dataclasses.replace(_verdict("quote", SAID, "correct", {"speaker_name": "Ilham Aliyev"}), id=3),
        dataclasses.replace(_verdict("indicator", TRADE, "confirm"), id=4),
        dataclasses.replace(_verdict("event", dataclasses.replace(SIGNING, type="AID"), "reject"), id=5),
        Verdict(kind="event", action="reject", by="ana", article_id="b" * 16, fact_id="b" * 16 + ":event:1", id=6),
    ]
    reviewed = apply(EXTRACTION, verdicts)
    signing, talks = reviewed.extraction.events
    assert (signing.review, talks.review) == ("rejected", "corrected")
    assert (talks.type, talks.actor_countries, talks.actors) == ("AGREE", ("AZE", "TUR"), (AZE.id, TUR.id))
    assert (reviewed.extraction.quotes[0].speaker, reviewed.extraction.quotes[0].speaker_name) == (ALIYEV.id, "Ilham Aliyev")
    assert reviewed.extraction.indicators[0].review == "confirmed"
    assert reviewed.found == ((1, SIGNING.id), (2, TALKS.id), (3, SAID.id), (4, TRADE.id), (5, None))
    assert [e.id for e in visible(reviewed.extraction).events] == [TALKS.id]


def test_confirming_a_corrected_fact_keeps_it_corrected():
    corrected = dataclasses.replace(_verdict("event", SIGNING, "correct", {"status": "planned"}), id=1)
    confirmed = Verdict(kind="event", action="confirm", by="bo", article_id=A, fact_id=SIGNING.id, span=(0, 100),
                        before={**snapshot("event", SIGNING), "status": "planned"}, id=2)
    event = apply(EXTRACTION, [corrected, confirmed]).extraction.events[0]
    assert (event.status, event.review) == ("planned", "corrected")


@pytest.mark.parametrize(
    ("action", "articles", "expected_codes", "expected_key"),
    [
        ("merge", (), ("AZE", "EU"), "EU"),
        ("split", (A,), ("AZE", "EU"), "EU"),
        ("split", ("b" * 16,), ("AZE",), None),
    ],
    ids=["merge", "split-here", "split-elsewhere"],
)
def test_merging_an_organisation_into_a_code_puts_the_code_on_its_events(action, articles, expected_codes, expected_key):
    verdict = Verdict(kind="entity", action=action, by="ana", before={"key": "ORG:European Commission"},
                      after={"key": "ORG:EU"}, articles=articles, id=1)
    reviewed = apply(EXTRACTION, [verdict]).extraction
    assert reviewed.events[1].actor_countries == expected_codes
    commission = reviewed.entities[2]
    assert commission.canonical_id == expected_key
    assert commission.aliases == (("European Commission",) if expected_key else ())
    assert reviewed.events[0] == SIGNING


@pytest.mark.parametrize(
    ("fact_id", "expected"),
    [(f"{A}:event:12ab", "event"), (f"{A}:entity:12ab", "entity"), (f"{A}:time:12ab", None), ("nonsense", None)],
    ids=["event", "entity", "time", "nonsense"],
)
def test_the_kind_is_read_from_the_fact_id(fact_id, expected):
    if expected is None:
        with pytest.raises(ReviewError, match="is not the id of an event, indicator, quote or entity"):
            kind_of(fact_id)
    else:
        assert kind_of(fact_id) == expected


def test_merging_into_an_acronym_that_is_no_international_organisation_adds_no_side():
    verdict = Verdict(kind="entity", action="merge", by="ana", before={"key": "ORG:European Commission"},
                      after={"key": "ORG:COMM"}, id=1)
    reviewed = apply(EXTRACTION, [verdict]).extraction
    assert (reviewed.entities[2].canonical_id, reviewed.events[1].actor_countries) == ("COMM", ("AZE",))
