"""Saving extractions: idempotent, all or nothing, and rebuilt exactly when read back."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from accords.errors import NotFoundError
from accords.model import (
    Article,
    Entity,
    Event,
    Evidence,
    Extraction,
    Indicator,
    Mention,
    Quantity,
    Quote,
    Role,
    Segment,
    TimeExpression,
)
from accords.store import Store, rows, schema
from accords.store.store import create_store_engine

AID = "5eed5eed5eed5eed"
ARTICLE = Article(id=AID, text="Azerbaijan and Turkey signed a roadmap. “We agree,” he said.")


def ev(start: int, end: int) -> tuple[Evidence, ...]:
    return (Evidence(article_id=AID, start=start, end=end),)


FIRST = Extraction(
    article_id=AID,
    pipeline=("segment.v1", "entities.v1", "events.v1"),
    sentences=(Segment(0, 39), Segment(40, 61)),
    paragraphs=(Segment(0, 61),),
    mentions=(Mention(id=f"{AID}:m:1", text="Azerbaijan", type="COUNTRY", evidence=ev(0, 10), entity_id="e1"),),
    entities=(
        Entity(id="e1", type="COUNTRY", name="Azerbaijan", evidence=ev(0, 10), canonical_id="AZE", stage="entities.v1"),
        Entity(id="e2", type="COUNTRY", name="Turkey", evidence=ev(15, 21), canonical_id="TUR", stage="entities.v1"),
    ),
    events=(
        Event(
            id=f"{AID}:ev:1", type="AGREE", evidence=ev(0, 39), actors=("e1", "e2"),
            actor_countries=("AZE", "TUR"), document_kind="roadmap", stage="events.v1", confidence=0.9,
        ),
    ),
    quotes=(Quote(id="q1", text="We agree,", evidence=ev(41, 50), speaker_name="he", cue="said"),),
)
SECOND = Extraction(
    article_id=AID,
    pipeline=("segment.v1", "entities.v2"),
    entities=(Entity(id="e9", type="COUNTRY", name="Türkiye", evidence=ev(15, 21), canonical_id="TUR"),),
    notes=("events.v1 failed: ValueError: boom",),
)


def _row_counts(url: str) -> dict[str, int]:
    engine = create_store_engine(url)
    try:
        with engine.connect() as conn:
            tables = (*schema.FACT_TABLES.values(), schema.fact_countries, schema.extractions)
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}
    finally:
        engine.dispose()


def test_saving_twice_changes_nothing(store, store_url):
    store.add_article(ARTICLE)
    store.save_extraction(FIRST)
    once = _row_counts(store_url)
    store.save_extraction(FIRST)
    assert _row_counts(store_url) == once
    assert once == {
        "mentions": 1, "entities": 2, "times": 0, "quantities": 0, "events": 1, "indicators": 0,
        "quotes": 1, "fact_countries": 2, "extractions": 1,
    }
    assert store.extraction(AID) == FIRST


def test_a_new_extraction_replaces_the_old_facts(store):
    store.add_article(ARTICLE)
    store.save_extraction(FIRST)
    store.save_extraction(SECOND)
    assert store.extraction(AID) == SECOND
    assert store.events() == []


def test_a_failure_part_way_rolls_back_and_keeps_the_previous_facts(store, store_url, monkeypatch):
    store.add_article(ARTICLE)
    store.save_extraction(FIRST)
    before = _row_counts(store_url)

    def broken_quote_row(*args):
        raise RuntimeError("disk on fire")

    # Quotes are written last: by then the old facts are deleted and new ones inserted.
    monkeypatch.setitem(rows.CODECS, "quotes", (broken_quote_row, rows.quote_from_row))
    replacement = Extraction(article_id=AID, entities=SECOND.entities, quotes=FIRST.quotes)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save_extraction(replacement)
    assert _row_counts(store_url) == before
    assert store.extraction(AID) == FIRST


def test_saving_for_an_unknown_article_is_refused(store):
    with pytest.raises(NotFoundError) as error:
        store.save_extraction(FIRST)
    assert str(error.value) == f"article {AID!r} is not in the store; add it before its extraction"


def test_reading_a_missing_extraction(store):
    store.add_article(ARTICLE)
    with pytest.raises(NotFoundError) as error:
        store.extraction(AID)
    assert str(error.value) == f"article {AID!r} has no stored extraction"


# --- round trip -------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
_maybe = st.none() | _text
_strings = st.lists(_text, max_size=3).map(tuple)
_float = st.floats(allow_nan=False, allow_infinity=False)
_confidence = st.floats(min_value=0, max_value=1)
_evidence = st.lists(
    st.builds(Evidence, article_id=st.sampled_from([AID, "0ther0ther0ther0"]), start=st.integers(0, 10**6),
              end=st.integers(0, 10**6)),
    max_size=3,
).map(tuple)
_date = st.none() | _text | st.sampled_from(["2021", "2021-07", "2021-Q3", "2021-H2", "2021-09-14T10:00"]) | st.tuples(
    _text, _text
)
_common = {"id": _text, "evidence": _evidence, "stage": _text, "confidence": _confidence}

_mention = st.builds(Mention, text=_text, type=_text, entity_id=_maybe, **_common)
_entity = st.builds(
    Entity, type=_text, name=_text, canonical_id=_maybe, aliases=_strings, country=_maybe, title=_maybe,
    roles=st.lists(st.builds(Role, title=_text, organisation=_maybe, country=_maybe, as_of=_maybe), max_size=2).map(
        tuple
    ),
    **_common,
)
_time = st.builds(TimeExpression, text=_text, value=_date, precision=_maybe, **_common)
_quantity = st.builds(Quantity, text=_text, value=_float, unit=_text, qualifier=_maybe, **_common)
_event = st.builds(
    Event, type=_text, mode=_maybe, actors=_strings, actor_countries=_strings, recipients=_strings,
    recipient_countries=_strings, date=_date, date_precision=_maybe, location=_maybe, object=_maybe,
    document_kind=_maybe, count=st.none() | st.integers(-(2**63), 2**63 - 1), sectors=_strings, status=_text,
    trigger=_maybe, **_common,
)
_indicator = st.builds(
    Indicator, metric=_text, value=_float, unit=_text, subjects=_strings, qualifier=_maybe,
    period=st.none() | st.tuples(_text, _text), kind=_text, deadline=_maybe, **_common,
)
_quote = st.builds(
    Quote, text=_text, speaker=_maybe, speaker_name=_maybe, cue=_maybe, direct=st.booleans(), **_common
)
_segments = st.lists(st.builds(Segment, start=st.integers(0, 10**6), end=st.integers(0, 10**6)), max_size=3).map(tuple)


def _facts(strategy):
    return st.lists(strategy, max_size=3).map(tuple)


_extraction = st.builds(
    Extraction,
    article_id=st.just(AID),
    pipeline=_strings,
    sentences=_segments,
    paragraphs=_segments,
    mentions=_facts(_mention),
    entities=_facts(_entity),
    times=_facts(_time),
    quantities=_facts(_quantity),
    events=_facts(_event),
    indicators=_facts(_indicator),
    quotes=_facts(_quote),
    notes=_strings,
)


def test_round_trip_of_generated_extractions(store_url):
    with Store.open(store_url) as store:
        store.add_article(ARTICLE)

        # One store for all examples: each save replaces the article's facts entirely.
        @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(_extraction)
        def round_trip(extraction: Extraction) -> None:
            store.save_extraction(extraction)
            assert store.extraction(AID) == extraction

        round_trip()


def test_concurrent_saves_of_one_article_leave_one_whole_extraction(store_url):
    with Store.open(store_url) as store:
        store.add_article(ARTICLE)
    errors: list[Exception] = []

    def saver(extraction: Extraction) -> None:
        with Store.open(store_url) as store:
            for _ in range(5):
                try:
                    store.save_extraction(extraction)
                except Exception as exc:  # collected and asserted below
                    errors.append(exc)

    threads = [threading.Thread(target=saver, args=(x,)) for x in (FIRST, SECOND, FIRST)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(store_url) as store:
        assert store.extraction(AID) in (FIRST, SECOND)
    assert _row_counts(store_url)["extractions"] == 1
