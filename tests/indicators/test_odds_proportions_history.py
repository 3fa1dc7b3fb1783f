"""Numbers that are no figure of any state (`accords.indicators.labels`, `accords.indicators.periods`):
odds ("a 55% chance that"), the two ends of a proportion ("eight out of ten companies") and counts of
history ("killed an estimated 25 million people in Europe alone in the 14th Century"); and two counts of
people read from their own words: people "put under medical quarantine" (`accords.indicators.named`)
and the people a company "employs" named by a capitalised plural (`accords.indicators.workforce`); and a
company's home read from "<place>-based" for a figure whose sentence names no country (`accords.indicators.based`);
and the home of a text that names no country from two or more bodies of one country (`indicators.owners.text_home`).

Sentences from pages of the article-extraction-benchmark (MIT, see tests/gold/README.md): The GiveWell
Blog, CRN, the New York Post (a country named where the page implies it), Digg, and sentences of our own;
the controls are figures the rules leave in place.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

NOT_FIGURES = [
    pytest.param(  # The GiveWell Blog, 2018-10-09
        "Here, we forecast a 55% chance that Evidence Action Beta’s incubator leads to a new top charity by December "
        "2023 and a 30% chance that the grant does not lead to any new top charities by that time.",
        [], id="odds-after-the-percentage",
    ),
    pytest.param(  # our own sentence in the register of the CNN page on US-China talks (news_d605bdef2c)
        "The probability of a trade deal between the United States and China this year is about 50 percent, he said.",
        [], id="odds-named-before-the-percentage",
    ),
    pytest.param(  # the same, odds put "at" a percentage
        "Analysts put the odds of an export ban by China at 30 percent.",
        [], id="odds-put-at-a-percentage",
    ),
    pytest.param(  # CRN, 2019-11-19
        "Apple is now in every Fortune 500 company, and eight out of ten companies are writing custom iOS apps, Cook "
        "told Benioff.",
        [], id="both-ends-of-a-proportion",
    ),
    pytest.param(  # New York Post, 2019-11-18
        "Both diseases are associated with the Black Death pandemic that killed an estimated 25 million people in "
        "Europe alone in the 14th Century.",
        [], id="the-dead-of-the-14th-century-are-history",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_FIGURES)
def test_odds_proportions_and_history_are_no_figures(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, published="2019-11-19")] == expected


COUNTED = [
    pytest.param(  # New York Post, 2019-11-18
        "A total of 28 people who were in close contact with the patient in China were put under medical quarantine.",
        [("quarantined", ("CHN",), 28, "count")], id="put-under-medical-quarantine",
    ),
    pytest.param(  # CRN, 2019-11-19
        "Cook said Apple employs about 450 Dreamers in the United States.",
        [("employees", ("USA",), 450, "count")], id="employs-people-named-by-a-capitalised-plural",
    ),
    pytest.param(  # The GiveWell Blog, 2018-10-09: a control, a sum given stays a figure beside the odds rule
        "In July 2018, the United States recommended a $5.1 million grant to Evidence Action Beta.",
        [("aid", ("USA",), 5.1e6, "USD")], id="control-a-grant-is-a-figure",
    ),
    pytest.param(  # our paraphrase of the Tehran Times trade register: a control, a growth that is no odds
        "Iran's exports to Turkey rose 20 percent last year, a chance for both sides to expand trade.",
        [("exports_growth", ("IRN", "TUR"), 20, "percent")], id="control-a-growth-before-the-word-chance",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counts_read_from_their_own_words(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, published="2019-11-19")] == expected


BASED = [
    pytest.param(  # our paraphrase of the Azernews/Tehran Times company register
        "Baku-based Azersun Holding exported goods worth $20 million last year.",
        [("exports", ("AZE",), 2e7, "USD")], id="a-capital-based-company-by-its-name",
    ),
    pytest.param(  # our paraphrase of the NYT/Business Insider WeWork pages (news_06e5123e4e)
        "Tokyo-based SoftBank will invest $6.5 billion in WeWork, its largest bet.",
        [("investment", ("JPN",), 6.5e9, "USD")], id="a-tokyo-based-investor",
    ),
    pytest.param(  # our own sentence
        "The London-based company reported revenue of $5 billion in 2019.",
        [("revenue", ("GBR",), 5e9, "USD")], id="a-company-reporting-its-own-revenue",
    ),
    pytest.param(  # our own sentence: the body that reports a count is no side of it
        "The London-based Syrian Observatory for Human Rights reported that 74 soldiers were killed.",
        [("deaths", ("SYR",), 74, "count")], id="control-a-monitor-based-in-london-is-no-subject",
    ),
    pytest.param(  # our own sentence: a source named with "according to"
        "According to a Tokyo-based bank, the firm lost $2 million.",
        [], id="control-a-source-based-in-tokyo-is-no-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BASED)
def test_a_company_home_from_place_based(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, published="2019-11-19")] == expected


_STADIA = ("Come November 19, those who anted up $129 for the Google Stadia Founder's Edition will receive a Stadia "
           "controller and three months of the $10-a-month Stadia Pro subscription.\n\n"
           "While you've probably heard predictions that Google's Stadia will be the \"Netflix of games,\" it turns out "
           "the analogy only goes so far.")

HOMES = [
    pytest.param(  # Digg on Stadia, 2019-11-18: two US bodies (Netflix, CNBC) and no country named
        _STADIA + "\n\n[ CNBC ]", [("price", ("USA",), 10, "USD/month")], id="two-us-bodies-make-a-us-text",
    ),
    pytest.param(  # the same with one body of a known country: too little to say where the text is
        _STADIA, [("price", (), 10, "USD/month")], id="control-one-body-is-not-enough",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOMES)
def test_the_home_of_a_text_naming_no_country_from_its_bodies(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, published="2019-11-18")] == expected
