"""Verbs of judgement that name a thing in someone's words through "as" (`accords.quotes.verbs.
AS_NAMING_LEMMAS`): "X blasted / slammed / dismissed / hailed / praised Y as “…”" makes the quoted
words X's, a direct quote with the verb as cue; the verb's object alone, or an "as" phrase with no
quotation marks, is no quote.

The first case is an excerpt of a page of the Zyte/Scrapinghub article-extraction-benchmark
(github.com/scrapinghub/article-extraction-benchmark, MIT licence, "Copyright (c) 2020
Scrapinghub"; page content copyright of the publisher; dev gold news_8634d1211c). The other texts
were written for these tests in the register of Canadian wire copy. Each case lists every quote
found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found


CASES = [
    (
        "blasted-in-a-relative-clause",
        "Fortress will give up the management contract at the end of 2021, but will leave with a payout "
        "that New Media investor Leon Cooperman blasted on an investor conference call as \u201cmorally wrong.\u201d",
        [(True, "Leon Cooperman", "morally wrong")],
    ),
    (
        "slammed-and-dismissed",
        "OTTAWA -- Conservative Leader Andrew Scheer attacked the budget on Tuesday.\n\nScheer slammed the "
        "carbon tax as \u201ca cash grab that punishes families.\u201d He dismissed the minister's claims as "
        "\u201cpure fiction from start to finish.\u201d",
        [(True, "Andrew Scheer", "a cash grab"), (True, "Andrew Scheer", "pure fiction")],
    ),
    (
        "praised-and-criticized-in-one-sentence",
        "NDP Leader Jagmeet Singh praised the pharmacare plan as \u201ca good first step for families\u201d but "
        "criticized the housing measures as \u201cfar too little, far too late.\u201d",
        [(True, "Jagmeet Singh", "a good first step"), (True, "Jagmeet Singh", "far too little")],
    ),
    (
        "hailed",
        "Alberta Premier Jason Kenney hailed the ruling as \u201ca victory for every Albertan.\u201d",
        [(True, "Jason Kenney", "a victory for every Albertan")],
    ),
    (
        "no-marks-no-quote",
        "Alberta Premier Jason Kenney hailed the ruling as a victory for the province.",
        [],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_judgement_verb_with_as_names_in_quoted_words(text, expected):
    assert_quotes(quotes_found(text), expected)
