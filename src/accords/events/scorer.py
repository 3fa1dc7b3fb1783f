"""The event classifier: does the sentence of a rule event report an international event?

A logistic regression on the sentence vector of the bundled embedding model
(`accords.embedding`, all-MiniLM-L6-v2, 384 floats) gives the probability that the sentence
holding a rule event reports a cooperative or conflictual event between states that an
analyst would record. Its weights (`classifier.json` beside this module) are rebuilt,
deterministically, by `bench/train_event_classifier.py` from the dev gold of every outlet
(the rule events matched to a required gold event are positive, those matched to none
negative; every dev sentence, positive when it holds a required gold event's evidence) plus
silver positives from White House 2021-2024 readout titles; the file records its training
counts, cross-validated gains and the version of the model it was fitted on.

It is used by the optional stage ``eventcheck.v1`` (`accords.stages.eventcheck`): not in the
default pipeline, because on the test parts it did not beat the rules on every outlet (the
measurement is in docs/event-classifier.md). Loading is once per process; an article's
event sentences are encoded in one batch.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from accords.errors import ModelError
from accords.model import Article, Event

#: The weights shipped with accords.
WEIGHTS = Path(__file__).with_name("classifier.json")


@dataclass(frozen=True)
class EventClassifier:
    """Logistic regression weights over sentence vectors, and the veto threshold."""

    version: str
    weights: np.ndarray
    bias: float
    threshold: float

    @classmethod
    def from_file(cls, path: Path) -> EventClassifier:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            weights = np.asarray(data["weights"], dtype=np.float32)
            return cls(version=str(data["version"]), weights=weights, bias=float(data["bias"]),
                       threshold=float(data["threshold"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{path}: not a readable event classifier: {exc}") from exc

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """P(the sentence reports an event an analyst records), one per row of `vectors`."""
        return 1.0 / (1.0 + np.exp(-(vectors @ self.weights + self.bias)))


@functools.cache
def load_classifier(path: Path = WEIGHTS) -> EventClassifier:
    """The shipped classifier, read once per process."""
    return EventClassifier.from_file(path)


def event_sentence(article: Article, event: Event) -> str:
    """The text of the event's evidence (its sentence), spans joined in text order."""
    spans = sorted((e.start, e.end) for e in event.evidence if 0 <= e.start < e.end <= len(article.text))
    return " ".join(" ".join(article.text[start:end].split()) for start, end in spans)


def event_probabilities(article: Article, events: Sequence[Event]) -> list[float]:
    """The classifier's probability for each event, its sentence encoded once per article."""
    if not events:
        return []
    from accords.embedding import load_encoder

    sentences = [event_sentence(article, event) for event in events]
    distinct = list(dict.fromkeys(sentences))
    vectors = load_encoder().encode(distinct)
    by_sentence = dict(zip(distinct, load_classifier().probabilities(vectors).tolist()))
    return [float(by_sentence[s]) for s in sentences]
