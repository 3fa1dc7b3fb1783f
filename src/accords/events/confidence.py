"""Event confidence: the share of events like this one that were right on gold.

An event's confidence is a logistic model of what the text shows about it (`Signals`), fitted
on the dev parts of the gold (every outlet: Tehran Times, White House, web news) by
`bench/fit_confidence.py`, which writes the weights beside this module (`confidence.json`) and
rebuilds them byte-identically; `bench/calibration.py` prints the reliability per outlet.
The outlet is not a feature: the model must hold on outlets it was not fitted on, so it reads
only what any text shows:

- how the sides were found: named in the trigger's own clause (two or more, or none: taken
  from the article's pair, a group or the last meeting);
- whether a side is an international organisation (G7, NATO, the EU, the UN: the gold records
  most multilateral meetings by their members or not at all, so these sides are often wrong);
- the kind of trigger: conflictual (rare in the gold and mostly domestic where the rules find
  them), backing or welcoming (often words, not acts), a noun ("talks", "the meeting") rather
  than a verb;
- whether the clause is reported speech ("X said the sides agreed");
- whether several sentences report the same occurrence (merged reports agreeing);
- where the first report stands: the lead sentence (readouts and news put the event there), or
  the sixth sentence and later (background, history, other stories).

The fitted weights, the events they were fitted on and the measured reliability per outlet
are in `confidence.json` and docs/confidence.md.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from accords.model import COOPERATIVE_TYPES, Event

WEIGHTS = Path(__file__).with_name("confidence.json")

_COOPERATIVE = frozenset(COOPERATIVE_TYPES)
_SIGNING_MODES = frozenset({"sign", "ratify"})
#: The first sentence from which a report counts as late in the article (0-based).
LATE_SENTENCE = 5


@dataclass(frozen=True)
class Signals:
    """What the text shows about one event, the evidence its confidence is read from."""

    type: str
    mode: str | None = None
    named_sides: int = 2  # distinct sides the trigger's sentence itself names
    carried_sides: int = 0  # sides not named there (the article's pair, a group, the last meeting)
    person_sides: bool = False  # a named side stands only through a person ("President Biden")
    noun_trigger: bool = False  # "the signing of", "talks": a noun, not a verb
    reported: bool = False  # the clause is what someone said ("X said the sides agreed ...")
    status: str = "occurred"
    organisation: bool = False  # a side is an international organisation, not a country
    dated: bool = False  # the clause (or the meeting it refers to) gives a date
    reports: int = 1  # sentences the merged event rests on
    sentence: int = 0  # position of its first sentence in the article (0: the lead)


def features(signals: Signals) -> dict[str, float]:
    """The candidate inputs (1.0 or 0.0 each, `bias` always 1.0), by name; the model weighs
    those `bench/fit_confidence.py` kept (a name without a weight counts for nothing)."""
    cooperative = signals.type in _COOPERATIVE
    values = {
        "bias": True,
        "conflictual": not cooperative,
        "two_named": cooperative and signals.named_sides >= 2,
        "none_named": cooperative and signals.named_sides == 0,
        "backing": signals.type == "SUPPORT" and signals.mode not in _SIGNING_MODES,
        "noun_trigger": signals.noun_trigger,
        "reported": signals.reported,
        "organisation": signals.organisation,
        "several_reports": signals.reports >= 2,
        "lead": signals.sentence == 0,
        "late": signals.sentence >= LATE_SENTENCE,
        "carried": signals.carried_sides > 0,
        "person": signals.person_sides,
        "dated": signals.dated,
        "not_occurred": signals.status != "occurred",
    }
    return {name: float(value) for name, value in values.items()}


@dataclass(frozen=True)
class Model:
    """Logistic weights by feature name, and the version of the fit."""

    version: str
    weights: dict[str, float]

    def probability(self, signals: Signals) -> float:
        score = sum(self.weights.get(name, 0.0) * value for name, value in features(signals).items())
        return 1.0 / (1.0 + math.exp(-score))


@functools.cache
def load_model(path: Path = WEIGHTS) -> Model:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(data["version"], {name: float(w) for name, w in data["weights"].items()})


def event_confidence(signals: Signals, model: Model | None = None) -> float:
    """Confidence of an event showing `signals`: the fitted probability that it is right,
    rounded to two decimals."""
    return round((model or load_model()).probability(signals), 2)


def confident(event: Event, signals: Signals) -> Event:
    """`event` with the confidence its `signals` earn."""
    return dataclasses.replace(event, confidence=event_confidence(signals))
