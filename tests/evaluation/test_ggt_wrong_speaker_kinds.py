"""`bench/ggt_blind.py --why`: the direct quotes found with a wrong speaker, counted by kind
(`wrong_speaker_kinds`), totals only. Texts written for these tests."""

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("ggt_blind", Path(__file__).resolve().parents[2] / "bench" / "ggt_blind.py")
assert _SPEC is not None and _SPEC.loader is not None
ggt_blind = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(ggt_blind)

TEXT = 'Mayor Ann Lee spoke first.\n"We will rebuild the bridge," Lee said to Tom Hart.'
GOLD = [{"speaker": "Ann Lee", "text": '"We will rebuild the bridge"', "direct": True}]

CASES = [
    ("right-speaker-counts-nothing", [{"speaker": "Lee", "text": "We will rebuild the bridge", "cue": "said"}], {}),
    ("wrong-speaker-in-the-paragraph", [{"speaker": "Tom Hart", "text": "We will rebuild the bridge", "cue": "said"}],
     {"wrong": 1, "gold-in-text": 1, "gold-in-paragraph": 1, "pred-in-paragraph": 1, "pred-cue": 1,
      "gold-right-after": 1, "pred-right-after": 1}),
    ("words-not-found-count-nothing", [{"speaker": "Tom Hart", "text": "Something else entirely", "cue": "said"}], {}),
]


@pytest.mark.parametrize("predicted,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_wrong_speaker_kinds(predicted, expected):
    counts = ggt_blind.wrong_speaker_kinds(TEXT, GOLD, predicted)
    assert {key: counts.get(key) for key in expected} == expected
    assert bool(counts) == bool(expected)
