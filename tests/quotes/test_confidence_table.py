"""The fitted quote confidence table (`accords.quotes.confidence`, written by
bench/fit_quote_confidence.py): a quote of a construction the table holds takes its fitted
value, any other keeps its hand value; unnamed speakers stay below every named construction."""

import pytest

from accords.model import Evidence, Quote
from accords.quotes.confidence import FITTED, calibrated
from accords.quotes.groups import UNNAMED_CONFIDENCE


def _quote(direct, confidence):
    return Quote(id="q1", text="We will rebuild the bridge", evidence=(Evidence("a", 0, 26),), speaker=None,
                 speaker_name="Anna Lindqvist", cue="said", direct=direct, stage="quotes.v2", confidence=confidence)


@pytest.mark.parametrize("key", sorted(FITTED), ids=str)
def test_a_construction_in_the_table_takes_its_fitted_value(key):
    assert calibrated(_quote(*key)).confidence == FITTED[key]


def test_a_construction_the_table_lacks_keeps_its_hand_value():
    assert calibrated(_quote(True, 0.42)).confidence == 0.42


def test_the_table_is_a_probability_and_unnamed_speakers_stay_lowest():
    assert all(0.0 < value < 1.0 for value in FITTED.values())
    unnamed = [v for (_d, hand), v in FITTED.items() if hand <= UNNAMED_CONFIDENCE]
    named = [v for (_d, hand), v in FITTED.items() if hand > UNNAMED_CONFIDENCE]
    assert unnamed and named and max(unnamed) < min(named)
