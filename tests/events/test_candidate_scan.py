"""The cheap scan that chooses which sentences get a dependency parse (`may_trigger`): it must
reject sentences no trigger can fire in, and never reject one where `match_token` fires."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accords.events.matching import match_token
from accords.events.triggers import may_trigger
from accords.nlp import normalise_for_nlp, parse, parse_spans

GOLD_ARTICLES = Path(__file__).resolve().parents[1] / "gold" / "articles"


@pytest.mark.parametrize(("words", "expected"), [
    ({"iran", "and", "turkey", "sign", "signed", "a", "memorandum"}, True),
    ({"they", "hold", "held", "talks", "talk"}, True),
    ({"they", "hold", "held", "a", "ceremony"}, False),
    ({"the", "interest", "rate", "rise", "rose"}, False),
    ({"interest", "in", "cooperation", "expand", "expanding"}, True),
    ({"ready", "to", "help"}, True),
    ({"keen", "observer"}, False),
    ({"they", "build", "built", "the", "bridge", "jointly"}, True),
    ({"they", "build", "built", "the", "bridge"}, False),
], ids=["sign-no-object-needed", "hold-talks", "hold-ceremony", "interest-rate",
        "interest-in-cooperation", "ready-commits", "keen-without-complement", "built-jointly", "built-alone"])
def test_may_trigger_on_sentence_words(words, expected):
    assert may_trigger(words) is expected


def _gold_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted(GOLD_ARTICLES.iterdir()):
        if path.suffix == ".json":
            texts.append((path.stem, json.loads(path.read_text(encoding="utf-8"))["text"]))
        elif path.suffix == ".txt":
            texts.append((path.stem, path.read_text(encoding="utf-8")))
    return texts


@pytest.mark.slow
def test_scan_never_rejects_a_sentence_with_a_trigger():
    """Every sentence of the gold articles in which `match_token` accepts a token of the full
    parse passes the scan, and the scan rejects a real share of sentences."""
    rejected = checked = 0
    misses = []
    for name, text in _gold_texts():
        doc = parse(normalise_for_nlp(text))
        sentences = [s for s in doc.sents if s.text.strip()]
        for sentence, parsed in zip(sentences, parse_spans(sentences)):
            words = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
            fired = [t.text for t in parsed if match_token(t) is not None]
            checked += 1
            if not may_trigger(words):
                rejected += 1
                if fired:
                    misses.append((name, sentence.text[:80], fired))
    assert misses == [], misses
    assert checked > 400 and rejected > checked // 5, (checked, rejected)
