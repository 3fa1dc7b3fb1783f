"""The shared parse: same-length normalisation, sentence rules, memoised lemmas."""

from __future__ import annotations

import pytest

from accords import nlp

SEED_PARAGRAPH = (
    "Azerbaijan’s Transport, Communications and High Technologies Ministry and Turkey’s Digital "
    "Transformation Office have signed a roadmap for the Azerbaijani-Turkish working group on digital "
    "transformation. He said that: “We are enjoying good cooperation in all sectors.” Meetings were held."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey’s office", "Turkey's office"),
        ("“We agree”", '"We agree"'),
        ("«Да»", '"Да"'),
        ("10\u00a0km", "10 km"),
        ("plain text", "plain text"),
    ],
    ids=["curly-apostrophe", "curly-quotes", "guillemets", "no-break-space", "unchanged"],
)
def test_normalise_for_nlp_keeps_length(text, expected):
    assert nlp.normalise_for_nlp(text) == expected
    assert len(nlp.normalise_for_nlp(text)) == len(text)


@pytest.mark.slow
def test_memoised_lemmas_equal_the_model_lemmas():
    import spacy

    reference = spacy.load(nlp.MODEL)(nlp.normalise_for_nlp(SEED_PARAGRAPH))
    ours = nlp.parse(SEED_PARAGRAPH)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in reference]
    assert [t.lemma_ for t in nlp.parse(SEED_PARAGRAPH)] == [t.lemma_ for t in reference]  # from the cache


@pytest.mark.slow
def test_curly_apostrophes_no_longer_glue_two_organisations():
    doc = nlp.parse(SEED_PARAGRAPH)
    assert "Azerbaijan’s Transport, Communications" not in [e.text for e in doc.ents]
    assert {e.text for e in doc.ents if e.label_ == "GPE"} >= {"Azerbaijan", "Turkey"}


@pytest.mark.slow
def test_no_sentence_crosses_a_line_break():
    text = "Iran, Azerbaijan aim for ICT Cooperation\nThe Minister met the President"
    assert next(s.text for s in nlp.parse(text).sents) == "Iran, Azerbaijan aim for ICT Cooperation\n"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        SEED_PARAGRAPH,
        "Y'all gonna see it. Let's go, c'mon; I ain't there. We gotta sign it.\n\n \t Something happened to them.",
        "The ministers hadn't met since 2019, but they'd agreed that talks would resume.",
    ],
    ids=["seed", "multi-token-rules", "auxiliaries"],
)
def test_token_attributes_equal_the_model_ruler_and_lemmatizer(text):
    import spacy

    reference = spacy.load(nlp.MODEL, disable=["parser"])
    reference.enable_pipe("senter")
    expected = reference(nlp.normalise_for_nlp(text))
    ours = nlp.parse(text)
    assert "accords_token_attributes" in nlp.get_nlp().pipe_names
    assert [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in ours] == [
        (t.tag_, t.pos_, str(t.morph), t.lemma_) for t in expected
    ]
