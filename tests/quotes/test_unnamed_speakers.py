"""Unnamed people and groups speak as described (quotes.v2, `accords.quotes.groups`, tenth
session: tests/gold/README.md, "Unnamed speakers"): "Experts said", "a senior official said",
"the victim's mother testified" give a quote whose speaker is the noun phrase as the sentence
writes it, with a confidence below every named speaker's; documents, media, pronoun-owned
groups and words for anyone at all ("many people say") name no one.

Sentences written for these tests in the constructions of news copy (no corpus text).
Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes

from accords.gold import to_gold
from accords.model import Article
from accords.pipeline import run
from accords.quotes.confidence import FITTED
from accords.quotes.groups import UNNAMED_CONFIDENCE, group_name, is_people_noun, unnamed_phrase

CASES = [
    ("plural-group-after-the-quote",
     "The river rose by two metres overnight.\n\n\"We lost everything in an hour,\" residents told the local radio.",
     [(True, "residents", "We lost everything")]),
    ("plural-group-with-modifier-reports-speech",
     "Federal prosecutors alleged that the two clerks had shredded the ledgers for months.",
     [(False, "federal prosecutors", "the two clerks had shredded")]),
    ("indefinite-singular",
     "A senior official said the talks would resume after the holiday. One analyst noted that the currency had "
     "lost a fifth of its value since March.",
     [(False, "senior official", "the talks would resume"), (False, "analyst", "the currency had lost")]),
    ("quantifier-dropped-demonym-kept",
     "Several Canadian economists warned that the rate cut would come too late for exporters.",
     [(False, "Canadian economists", "the rate cut would come")]),
    ("possessor-named-by-a-noun",
     "The court heard from the driver's sister.\n\nThe victim's mother testified that her son had called her at noon.",
     [(False, "victim's mother", "her son had called her")]),
    ("anonymous-source-is-no-organisations",
     "The ministry has not commented on the plan.\n\nA source familiar with the talks said the deal was close.",
     [(False, "source familiar with the talks", "the deal was close")]),
    ("agent-noun-in-the-plural",
     "Bloggers wrote that the festival had been cancelled twice before.",
     [(False, "bloggers", "the festival had been cancelled")]),
    ("a-document-is-no-speaker",
     "The letter said the plant would close in May. The report stated that sales had fallen by a third.",
     []),
    ("anyone-at-all-is-no-speaker",
     "Many people say the city is safer now. Others said the new rules were too strict.",
     []),
    ("a-pronoun-owned-group-is-no-description",
     "His lawyers said he would appeal the verdict within a week.",
     []),
    ("a-company-described-is-no-unnamed-person",
     "Northfield's largest grain supplier told farmers that deliveries would resume in the spring.",
     []),
    ("a-stray-apostrophe-is-dropped",
     "Council staff were surprised when voters' complained that the bins had not been emptied for weeks.",
     [(False, "voters", "the bins had not been emptied")]),
    ("a-group-reacting-is-no-speaker",
     "Mayor Dan Ortiz spoke at the town hall. Audience members laughed when he told the crowd, \"I keep my "
     "promises, and I kept this one.\"",
     [(True, "Dan Ortiz", "I keep my promises")]),
    ("the-same-unnamed-speaker-again",
     "A doctor on the scene told reporters that he had tried to stop the bleeding. \"We had no bandages left,\" "
     "the doctor said.",
     [(False, "doctor on the scene", "he had tried to stop"), (True, "doctor on the scene", "We had no bandages")]),
    ("a-definite-description-with-no-unnamed-speaker-before-is-none",
     "\"We had no bandages left,\" the doctor said.",
     []),
    ("someones-unnamed-source-described-in-full",
     "The ministry denied the report. A reporter Dana Kirov's source inside the port, a docker who asked not to "
     "be named, said that the cranes had stopped on Monday.",
     [(False, "reporter Dana Kirov's source inside the port", "the cranes had stopped")]),
    ("a-possessor-named-by-a-name",
     "Rudolph's supporters have stated that Rudolph had no choice but to act.",
     [(False, "Rudolph's supporters", "Rudolph had no choice")]),
    ("a-named-person-still-speaks",
     "\"We will rebuild the bridge,\" Mayor Anna Lindqvist said on Monday.",
     [(True, "Anna Lindqvist", "We will rebuild")]),
]


def _quotes(text):
    return run(Article(id="u", text=text, published="2021-03-02")).quotes


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unnamed_speaker(text, expected):
    assert_quotes([(q.direct, q.speaker_name, q.text) for q in _quotes(text)], expected)


@pytest.mark.slow
def test_a_voice_named_beside_its_description_is_no_unnamed_speaker():
    text = "A spokeswoman for the mayor, Councillor Jo Hart, told the paper that the budget vote would be delayed."
    assert not any((q.speaker_name or "").startswith("spokeswoman") for q in _quotes(text))


@pytest.mark.slow
def test_unnamed_speakers_are_less_sure_than_named_ones():
    text = ("\"The water came in through the floor,\" residents said. \"Nobody warned us.\"\n\n"
            "\"We are sending pumps today,\" Governor Maria Kovacs said.")
    quotes = {q.text: q for q in _quotes(text)}
    unnamed = FITTED.get((True, UNNAMED_CONFIDENCE), UNNAMED_CONFIDENCE)  # the construction's fitted value
    assert quotes["The water came in through the floor"].confidence == unnamed
    # the next paragraph of quoted words is carried to the group, and stays as unsure as it
    assert quotes["Nobody warned us."].speaker_name == "residents"
    assert quotes["Nobody warned us."].confidence == unnamed
    assert quotes["We are sending pumps today"].confidence > unnamed
    # below every named construction of the fitted table (the gold convention's low confidence)
    assert all(unnamed < value for (_direct, hand), value in FITTED.items() if hand > UNNAMED_CONFIDENCE)


@pytest.mark.slow
def test_the_gold_shape_carries_them():
    article = Article(id="u", text="\"It was like a war zone,\" witnesses told reporters. Officials said that the "
                                   "fire had started in a kitchen.", published="2021-03-02")
    gold = to_gold(article, run(article), indirect=True)
    assert [(q["speaker"], q["direct"]) for q in gold["quotes"]] == [("witnesses", True), ("officials", False)]


@pytest.mark.parametrize("word,expected", [
    ("experts", True), ("residents", True), ("official", True), ("mother", True), ("lobbyists", True),
    ("migrants", True), ("historians", True), ("police", True),
    ("report", False), ("papers", False), ("letters", False), ("others", False), ("people", False),
    ("statement", False), ("numbers", False), ("figures", False),
], ids=lambda v: str(v))
def test_people_nouns(word, expected):
    assert is_people_noun(word) is expected


@pytest.mark.parametrize("phrase,head,expected", [
    ("Experts", "experts", True), ("a senior official", "official", True), ("the victim's mother", "mother", True),
    ("the actor", "actor", False), ("his lawyers", "lawyers", False), ("their neighbours", "neighbours", False),
    ("The report", "report", False),
], ids=lambda v: str(v))
def test_unnamed_phrase(phrase, head, expected):
    assert unnamed_phrase(phrase, head) is expected


@pytest.mark.parametrize("text,start,end,expected", [
    ("Federal prosecutors said.", 0, 19, "federal prosecutors"),
    ("Many residents said.", 0, 14, "residents"),
    ("Then a senior official said.", 5, 22, "senior official"),
    ("Canadian experts said.", 0, 16, "Canadian experts"),
    ("Middle East observers say so.", 0, 21, "Middle East observers"),
    # a word the text writes capitalised inside a sentence is a name: "Toronto residents"
    ("Toronto residents said. They live in Toronto.", 0, 17, "Toronto residents"),
], ids=lambda v: str(v))
def test_group_name(text, start, end, expected):
    assert group_name(text, start, end) == expected
