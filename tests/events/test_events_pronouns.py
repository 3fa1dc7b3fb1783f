"""A subject pronoun of reported speech stands for its reporter (`accords.events.pronouns`):
"Iran had said *it* will attend the Istanbul meeting" is Iran's; a pronoun that reports, a
relative "who said", or a reporter of the wrong kind ("Hosseinzadeh said that *it* will lead
to ...": a person is no "it") gives none.

Sentences are from Tehran Times articles of shared/corpora/tehrantimes-region (Tehran Times /
Mehr News Agency, CC BY 4.0)."""

from __future__ import annotations

import pytest

from accords.events.pronouns import agrees, reporter
from accords.nlp import parse_sentence


def _pronoun(doc, word: str):
    return next(t for t in doc if t.lower_ == word and t.dep_ in ("nsubj", "nsubjpass"))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    pytest.param("Iran had said it will attend the Istanbul meeting provided that the Islamic Republic’s principles "
                 "are observed.", "it", "Iran", id="country-said-it"),
    pytest.param("Also, Trade Promotion Organization of Iran (TPO) had previously announced that it will dispatch a "
                 "trade, marketing, and investment delegation to Kazakhstan from June 28 to 30 to visit the event.",
                 "it", "Organization", id="organisation-announced-it"),
    pytest.param("Araghchi himself noted that he has presented the Iranian initiative during a “positive and "
                 "constructive” meeting with Azerbaijani President Ilham Aliyev.", "he", "Araghchi",
                 id="minister-noted-he"),
    pytest.param("Netanyahu needs these kinds of trips and that’s why he congratulated Azerbaijan’s National Day in "
                 "an unusual move and said that he would visit Baku this year.", "he", None,
                 id="a-pronoun-reports"),
    pytest.param("TEHRAN – Foreign Minister Mohammad Javad Zarif said on Tuesday he hoped to reach an agreement with "
                 "Russia and Turkey on the composition of a new Constitutional Committee in Syria, Reuters reported.",
                 "he", "Zarif", id="said-he-under-a-closing-reported"),
    pytest.param("Zarif’s resignation was later rejected by President Rouhani who said it is contrary to national "
                 "interests.", "it", None, id="relative-who-said"),
])
def test_reporter(text, pronoun, expected):
    doc = parse_sentence(text)
    found = reporter(_pronoun(doc, pronoun))
    assert (found.text if found is not None else None) == expected


_IT = "Iran had said it will attend the Istanbul meeting provided that the Islamic Republic’s principles are observed."
_HE = ("Araghchi himself noted that he has presented the Iranian initiative during a “positive and constructive” "
       "meeting with Azerbaijani President Ilham Aliyev.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pronoun", "types", "expected"), [
    pytest.param(_IT, "it", {"COUNTRY"}, True, id="it-country"),
    pytest.param(_IT, "it", {"ORG", "COUNTRY"}, True, id="it-organisation-of-a-country"),
    pytest.param(_IT, "it", {"PERSON", "COUNTRY"}, False, id="it-person"),
    pytest.param(_HE, "he", {"PERSON", "COUNTRY"}, True, id="he-person"),
    pytest.param(_HE, "he", {"COUNTRY"}, False, id="he-country"),
])
def test_agrees(text, pronoun, types, expected):
    """The reporter's entity types (from the entities stage) must fit the pronoun."""
    assert agrees(_pronoun(parse_sentence(text), pronoun), types) is expected
