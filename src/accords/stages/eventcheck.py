"""eventcheck.v1 and eventscore.v1: the event classifier after the rules (optional stages).

Both run after events.v2 and ask the event classifier (`accords.events.scorer`: a logistic
regression on the sentence vector of the bundled embedding model) whether the sentence of
each rule event reports an event an analyst would record:

- ``eventcheck.v1`` (veto) drops the events whose probability is under the classifier's
  threshold;
- ``eventscore.v1`` (score) keeps every event but lowers the confidence of those under the
  threshold to `LOW_CONFIDENCE`, so that lists filtered by confidence hide them.

Neither is in the default pipeline: on the test parts of the gold they did not beat the
rules on every outlet (docs/event-classifier.md). Add one with the setting
``event_classifier`` (``veto`` or ``score``; `accords.pipeline.with_event_classifier`), which
accords ingest, watch and eval read.
The model is loaded once per process, on the first article with events.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from accords.events.scorer import event_probabilities, load_classifier
from accords.model import Article, Extraction
from accords.pipeline import EVENT_CLASSIFIER_STAGES, stage

VETO = EVENT_CLASSIFIER_STAGES["veto"]
SCORE = EVENT_CLASSIFIER_STAGES["score"]
#: Confidence of an event the classifier doubts (`SCORE`): the lowest band of events.confidence.
LOW_CONFIDENCE = 0.3


@stage(VETO, needs_doc=False)
def veto(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Drop the rule events whose sentence the classifier finds no reported event in."""
    if not extraction.events:
        return extraction
    threshold = load_classifier().threshold
    kept = tuple(event for event, p in zip(extraction.events, event_probabilities(article, extraction.events))
                 if p >= threshold)
    return dataclasses.replace(extraction, events=kept)


@stage(SCORE, needs_doc=False)
def score(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Lower to `LOW_CONFIDENCE` the confidence of the rule events the classifier doubts."""
    if not extraction.events:
        return extraction
    threshold = load_classifier().threshold
    events = tuple(
        event if p >= threshold else dataclasses.replace(event, confidence=min(event.confidence, LOW_CONFIDENCE))
        for event, p in zip(extraction.events, event_probabilities(article, extraction.events))
    )
    return dataclasses.replace(extraction, events=events)
