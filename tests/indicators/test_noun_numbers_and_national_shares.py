"""Growth of "<noun> numbers", counts "cut by" a percentage, progress named after the figure, and
shares of a nation's things (issue #14 items 2 and 3, indreg22).

"increase passenger numbers from Iran by 20 percent" is `passengers_growth`; "The number of
travelers ... cut by 24 percent" is a fall of -24; "the 20 percent progress of these projects" is
`completion`; "more than 35 percent of Iranian articles" is `articles_share` of Iran, a level even
where the clause names a rise before it, and no share where a poll is reported ("51 percent of
American voters say").

Sentences written for these tests in the register of Tehran Times and Azernews economy reports
(no Azernews text can be copied into the project). Each record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


@pytest.mark.parametrize(("text", "wanted"), [
    ("Turkish carriers are expected to increase passenger numbers from Iran by 20 percent as of September.",
     [("passengers_growth", ("IRN", "TUR"), 20.0)]),
    ("Tourist numbers from Russia to Azerbaijan rose by 12 percent in 2019.", [("tourists_growth", ("AZE", "RUS"), 12.0)]),
    ("The number of Iranian travelers to Turkey cut by 24 percent in 2018.", [("tourists_growth", ("IRN", "TUR"), -24.0)]),
    ("The number of Iranian travelers to Turkey fell by 24 percent in 2018.", [("tourists_growth", ("IRN", "TUR"), -24.0)]),
    ("Georgia plans to reduce visitor numbers at the Iranian border crossing by 30 percent.",
     [("tourists_change", ("GEO", "IRN"), -30.0)]),
], ids=["increase-noun-numbers", "noun-numbers-rose", "number-of-cut-by", "number-of-fell-by", "reduce-noun-numbers"])
def test_growth_of_noun_numbers(text: str, wanted: list) -> None:
    assert [f[:3] for f in figures(text, source="Tehran Times") if f[3] == "percent"] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Referring to the 20 percent progress of these projects, the official said the works go on in Iran.",
     [("completion", ("IRN",), 20.0)]),
    ("The Rasht-Astara railway in Iran has made 30 percent physical progress so far.", [("completion", ("IRN",), 30.0)]),
], ids=["progress-of-projects", "physical-progress"])
def test_progress_named_after_the_figure(text: str, wanted: list) -> None:
    assert [f[:3] for f in figures(text, source="Tehran Times") if f[3] == "percent"] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("More than 35 percent of Iranian articles in Scopus have been multi-national projects.",
     [("articles_share", ("IRN",), 35.0)]),
    ("The activities of Kazakh firms have increased, so that about 40 percent of Kazakh households own a car.",
     [("households_share", ("KAZ",), 40.0)]),
    ("Some 30 percent of American voters say the deal was wrong.", []),
    ("Some 60 percent of Russian citizens support the plan.", []),
    ("An estimated 5.3 percent of Turkish voters were registered abroad.", []),
], ids=["of-iranian-articles", "a-level-after-a-rise", "poll-say", "poll-support", "voters"])
def test_share_of_a_nations_things(text: str, wanted: list) -> None:
    assert [f[:3] for f in figures(text, source="Tehran Times") if f[3] == "percent"] == wanted
