"""The fact model's JSON form round-trips exactly and rejects what it does not know."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accords.errors import SchemaError
from accords.model import (
    EXTRACTION_SCHEMA, Entity, Event, Evidence, Extraction, Indicator, Mention, Quantity, Quote,
    Role, Segment, TimeExpression,
)

text = st.text(max_size=30)
maybe_text = st.none() | text
iso_date = st.dates().map(lambda d: d.isoformat())
date_value = st.none() | iso_date | st.tuples(iso_date, iso_date)
evidence = st.tuples(st.builds(Evidence, article_id=text, start=st.integers(0, 10**6), end=st.integers(0, 10**6)))
confidence = st.floats(0, 1)
codes = st.lists(st.sampled_from(["AZE", "TUR", "IRN", "EU"]), max_size=3).map(tuple)

entities = st.builds(
    Entity, id=text, type=st.sampled_from(["COUNTRY", "PERSON", "ORG"]), name=text, evidence=evidence,
    canonical_id=maybe_text, aliases=st.lists(text, max_size=3).map(tuple), country=maybe_text,
    title=maybe_text, roles=st.lists(st.builds(Role, title=text, organisation=maybe_text, as_of=maybe_text), max_size=2).map(tuple),
    confidence=confidence,
)
events = st.builds(
    Event, id=text, type=st.sampled_from(["CONSULT", "SUPPORT"]), evidence=evidence, actors=codes,
    actor_countries=codes, date=date_value, sectors=st.lists(text, max_size=2).map(tuple),
    count=st.none() | st.integers(0, 100), confidence=confidence,
)
indicators = st.builds(
    Indicator, id=text, metric=text, value=st.floats(allow_nan=False, allow_infinity=False), unit=text,
    evidence=evidence, subjects=codes, period=st.none() | st.tuples(iso_date, iso_date), deadline=maybe_text,
)
extractions = st.builds(
    Extraction,
    article_id=text,
    pipeline=st.lists(text, max_size=3).map(tuple),
    sentences=st.lists(st.builds(Segment, start=st.integers(0, 99), end=st.integers(0, 99)), max_size=3).map(tuple),
    mentions=st.lists(st.builds(Mention, id=text, text=text, type=text, evidence=evidence, entity_id=maybe_text), max_size=3).map(tuple),
    entities=st.lists(entities, max_size=3).map(tuple),
    times=st.lists(st.builds(TimeExpression, id=text, text=text, value=date_value, precision=maybe_text, evidence=evidence), max_size=3).map(tuple),
    quantities=st.lists(st.builds(Quantity, id=text, text=text, value=st.floats(allow_nan=False), unit=text, evidence=evidence), max_size=2).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
    indicators=st.lists(indicators, max_size=3).map(tuple),
    quotes=st.lists(st.builds(Quote, id=text, text=text, evidence=evidence, speaker=maybe_text, direct=st.booleans()), max_size=2).map(tuple),
    notes=st.lists(text, max_size=2).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(extractions)
def test_extraction_json_round_trip_is_exact(extraction):
    again = Extraction.from_json(extraction.to_json())
    assert again == extraction
    assert json.loads(extraction.to_json())["schema"] == EXTRACTION_SCHEMA


def test_json_form_uses_plain_lists_and_schema():
    extraction = Extraction(
        article_id="a1",
        events=(Event(id="e1", type="SUPPORT", evidence=(Evidence("a1", 0, 5),), actor_countries=("AZE", "TUR"),
                      date=("2021-01-01", "2021-07-31")),),
    )
    data = extraction.to_dict()
    assert data["schema"] == "accords.extraction/1"
    assert data["events"][0]["evidence"] == [{"article_id": "a1", "start": 0, "end": 5}]
    assert data["events"][0]["date"] == ["2021-01-01", "2021-07-31"]
    assert Extraction.from_dict(data).events[0].date == ("2021-01-01", "2021-07-31")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"schema": "accords.extraction/0", "article_id": "a"}, "unsupported extraction schema 'accords.extraction/0'"),
        ({"article_id": "a"}, "unsupported extraction schema None"),
        ({"schema": EXTRACTION_SCHEMA, "article_id": "a", "colour": 1}, "Extraction: unknown fields ['colour']"),
        ({"schema": EXTRACTION_SCHEMA, "article_id": "a", "events": [{"id": "e"}]}, "Event: "),
        ({"schema": EXTRACTION_SCHEMA, "article_id": "a", "sentences": [[1, 2]]}, "Segment: expected an object, got list"),
    ],
    ids=["old-schema", "no-schema", "unknown-field", "missing-required-field", "wrong-shape"],
)
def test_bad_json_is_rejected_with_reason(data, message):
    with pytest.raises(SchemaError) as info:
        Extraction.from_dict(data)
    assert message in str(info.value)
