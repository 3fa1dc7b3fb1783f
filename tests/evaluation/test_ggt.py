"""GGT-style quote rows: all quotes and direct only, speaker matched, at overlap 0.3 and 0.5."""

from __future__ import annotations

import pytest

from accords.evaluation.ggt import GGT_ROWS, ggt_kind, ggt_scores

DIRECT = {"speaker": "Saeb Erekat", "text": "We are going to the General Assembly and we will ask the court"}
INDIRECT = {"speaker": "Saeb Erekat", "text": "they would take a series of measures to oppose it", "direct": False}
OTHER = {"speaker": "Avi Bell", "text": "The illegality of settlements has always been stated as a fact"}


def rows(gold, pred):
    return {s.kind: (s.tp, s.fp, s.fn) for s in ggt_scores(gold, pred)}


def kinds(all_03, all_05, direct_03, direct_05):
    return dict(zip([ggt_kind(*row) for row in GGT_ROWS], [all_03, all_05, direct_03, direct_05]))


CASES = [
    ("perfect", [DIRECT, INDIRECT], [dict(DIRECT), dict(INDIRECT)],
     kinds((2, 0, 0), (2, 0, 0), (1, 0, 0), (1, 0, 0))),
    ("indirect-missed-counts-in-all-only", [DIRECT, INDIRECT], [dict(DIRECT)],
     kinds((1, 0, 1), (1, 0, 1), (1, 0, 0), (1, 0, 0))),
    ("predicted-indirect-is-no-direct-false-positive", [DIRECT], [dict(DIRECT), dict(INDIRECT)],
     kinds((1, 1, 0), (1, 1, 0), (1, 0, 0), (1, 0, 0))),
    ("surname-matches", [DIRECT], [dict(DIRECT, speaker="Erekat")],
     kinds((1, 0, 0), (1, 0, 0), (1, 0, 0), (1, 0, 0))),
    ("wrong-speaker-is-miss-and-false-positive", [DIRECT], [dict(DIRECT, speaker="Avi Bell")],
     kinds((0, 1, 1), (0, 1, 1), (0, 1, 1), (0, 1, 1))),
    # 4 of the 12 gold tokens: enough at 0.3, not at 0.5
    ("overlap-between-thresholds", [DIRECT], [dict(DIRECT, text="We are going to")],
     kinds((1, 0, 0), (0, 1, 1), (1, 0, 0), (0, 1, 1))),
    ("each-gold-quote-matches-once", [DIRECT], [dict(DIRECT), dict(DIRECT)],
     kinds((1, 1, 0), (1, 1, 0), (1, 1, 0), (1, 1, 0))),
    ("no-speaker-never-matches", [OTHER], [dict(OTHER, speaker=None)],
     kinds((0, 1, 1), (0, 1, 1), (0, 1, 1), (0, 1, 1))),
    ("empty", [], [], kinds((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0))),
]


@pytest.mark.parametrize("gold,pred,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_ggt_rows(gold, pred, expected):
    assert rows(gold, pred) == expected


def test_rates():
    scores = {s.kind: s for s in ggt_scores([DIRECT, INDIRECT, OTHER], [dict(DIRECT), dict(OTHER, speaker="Erekat")])}
    all_05 = scores["ggt-all@0.5"]
    assert (round(all_05.precision, 3), round(all_05.recall, 3), round(all_05.f1, 3)) == (0.5, 0.333, 0.4)
