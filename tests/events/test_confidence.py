"""The event confidence model (events/confidence.py, weights in events/confidence.json fitted on
the dev gold by bench/fit_confidence.py): what the text shows about an event moves its
confidence the way the dev gold says, and the weights file is the one its version names."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import accords
import accords.nlp
from accords.evaluation.runner import read_article
from accords.events.confidence import WEIGHTS, Signals, event_confidence, load_model

MEETING = Signals("CONSULT", named_sides=2)


@pytest.mark.parametrize(("higher", "lower"), [
    pytest.param(MEETING, Signals("CONSULT", named_sides=1, carried_sides=1), id="named-over-carried"),
    pytest.param(MEETING, Signals("ACCUSE", named_sides=2), id="cooperative-over-conflictual"),
    pytest.param(Signals("SUPPORT", "sign", named_sides=2), Signals("SUPPORT", named_sides=2), id="signing-over-backing"),
    pytest.param(MEETING, Signals("CONSULT", named_sides=2, organisation=True), id="countries-over-organisation"),
    pytest.param(Signals("CONSULT", named_sides=2, reports=2), MEETING, id="two-reports-over-one"),
    pytest.param(MEETING, Signals("CONSULT", named_sides=2, sentence=7), id="early-over-late"),
    pytest.param(Signals("AGREE", named_sides=2, reported=True), Signals("AGREE", named_sides=2), id="reported-over-not"),
])
def test_order(higher, lower):
    assert event_confidence(higher) > event_confidence(lower)


@pytest.mark.parametrize(("signals", "high"), [
    pytest.param(Signals("CONSULT", "phone", named_sides=2, reports=3), True, id="readout-call-high"),
    pytest.param(Signals("SUPPORT", "sign", named_sides=2, reports=2), True, id="named-signing-told-twice-high"),
    pytest.param(Signals("AGREE", named_sides=2, reported=True, reports=2), True, id="named-agreement-reported-twice-high"),
    # one report of a named meeting or signing: about three in four right on unseen text
    pytest.param(Signals("SUPPORT", "sign", named_sides=2), False, id="named-signing-once-not-high"),
    pytest.param(Signals("CONSULT", named_sides=2, organisation=True), False, id="meeting-with-g7-not-high"),
    pytest.param(Signals("SUPPORT", named_sides=2), False, id="backing-not-high"),
    pytest.param(Signals("AGREE", named_sides=0, carried_sides=2), False, id="pair-sides-not-high"),
    pytest.param(Signals("CONSULT", named_sides=2, sentence=9), False, id="late-meeting-not-high"),
    pytest.param(Signals("PROTEST", named_sides=2, reports=2), False, id="conflictual-not-high"),
])
def test_high_band(signals, high):
    assert (event_confidence(signals) >= 0.8) is high


def test_confidence_is_a_probability_with_two_decimals():
    for signals in (MEETING, Signals("ACCUSE", named_sides=0, organisation=True, sentence=9)):
        value = event_confidence(signals)
        assert 0.0 < value < 1.0 and round(value, 2) == value


def test_weights_file_matches_its_version():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    digest = hashlib.sha256(json.dumps(data["weights"], sort_keys=True).encode()).hexdigest()[:8]
    source = "fresh" if data["code"] == "fresh" else "dev"
    assert data["version"] == f"{source}{data['gold_files']}-{digest}" == load_model().version
    assert data["fitted_on"].startswith("each session's fresh dev files" if source == "fresh" else "tests/gold/dev")


GOLD_ARTICLES = Path(__file__).resolve().parents[1] / "gold" / "articles"


@pytest.mark.parametrize(("article", "type_", "sides", "evidence", "high"), [
    # a signing whose two sides the sentence names, told again in the next sentence
    pytest.param("seed_000.txt", "SUPPORT", {"AZE", "TUR"}, "have signed a roadmap", True, id="seed-roadmap-high"),
    # an old signing recalled deep in the article
    pytest.param("seed_000.txt", "SUPPORT", {"AZE", "TUR"}, "Shusha Declaration", False, id="seed-recalled-signing-not-high"),
    # a call with the G7 as a side, Ukraine added from "Zelenskyy joined the beginning of the virtual
    # meeting" (events/participants.py): its own sentence names one side besides the US
    pytest.param("wh_20231206-g7-virtual-meeting.json", "CONSULT", {"USA", "G7", "UKR"}, "met virtually with G7 Leaders", False,
                 id="wh-g7-call-not-high"),
])
def test_real_events(article, type_, sides, evidence, high):
    path = GOLD_ARTICLES / article
    if path.suffix == ".txt":
        found = accords.extract(path.read_text(encoding="utf-8"), published="2021-09-15")
        text = path.read_text(encoding="utf-8")
    else:
        record = read_article(path)
        found, text = accords.extract_article(record), record.text
    event = next(
        e for e in found.events
        if e.type == type_ and {*e.actor_countries, *e.recipient_countries} == sides
        and evidence in accords.nlp.normalise_for_nlp(text)[e.evidence[0].start:e.evidence[0].end]
    )
    assert (event.confidence >= 0.8) is high
