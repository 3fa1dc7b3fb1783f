"""The growth of a count is named by what it counts, not by the words said of it; how far a work
has come is its completion; power exchanged is the pair's (issue #14, indtt16).

"The number of foreign tourists visiting Azerbaijan rose by 20 percent" is `tourists_growth`: the
participle, the place and the people's origin that follow the counted noun ("visiting", "shipped via",
"issued to", "Chinese") are no part of the metric's name. Where the lexicon knows no name for the
counted phrase, the words up to its first plural noun name it ("joint ventures", "containers").

Sentences written for this test in the register of Azernews economic reports (no Azernews text
can be copied into the project).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


@pytest.mark.parametrize(("text", "wanted"), [
    ("The number of foreign tourists visiting Azerbaijan rose by 20 percent in 2024.", ("tourists_growth", 20.0)),
    ("The number of Chinese tourists arriving in Azerbaijan increased by 35 percent compared to last year.",
     ("tourists_growth", 35.0)),
    ("The number of tourists from Iran grew by 14.2 percent in January-June.", ("tourists_growth", 14.2)),
    ("The number of passengers carried by rail between Baku and Tbilisi rose by 9 percent.", ("passengers_growth", 9.0)),
    ("The number of joint ventures operating in Uzbekistan increased by 11 percent.", ("joint_ventures_growth", 11.0)),
    ("The number of containers shipped via the Middle Corridor jumped by 63 percent in 2024.",
     ("containers_growth", 63.0)),
    ("The number of patents issued to Azerbaijani inventors rose by 7 percent.", ("patents_growth", 7.0)),
    ("The number of foreign tourists who visited Azerbaijan in the first seven months of 2025 decreased by 8.5 percent.",
     ("tourists_growth", -8.5)),
], ids=["participle-visiting", "origin-and-participle", "from-a-country", "carried-by-rail", "joint-ventures",
        "shipped-via", "issued-to", "who-visited-fell"])
def test_growth_named_by_the_counted_noun(text: str, wanted: tuple) -> None:
    growth = [(f[0], f[2]) for f in figures(text, published="2025-08-10", source="Azernews") if f[3] == "percent"]
    assert growth == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Foreign trade turnover of Kazakhstan decreased by 3.1 percent in the first quarter.", "trade_turnover_growth"),
    ("Azerbaijan's exports of agricultural products to Russia grew by 18 percent.", "exports_growth"),
    ("The population of Baku increased by 1.2 percent.", "population_growth"),
], ids=["no-number-of-turnover", "no-number-of-exports", "population"])
def test_other_growths_keep_their_names(text: str, wanted: str) -> None:
    names = [f[0] for f in figures(text, published="2025-08-10", source="Azernews") if f[3] == "percent"]
    assert names == [wanted]


# written for this test: the change named after the figure, or a change of the count pledged
@pytest.mark.parametrize(("text", "wanted"), [
    ("Georgia saw a 40 percent increase in the number of Iranian tourists in 2018.", ("tourists_growth", 40.0)),
    ("Armenia saw a 12 percent decrease in the number of Iranian tourists in 2019.", ("tourists_growth", -12.0)),
    ("Azerbaijan registered a 15 percent rise in the number of foreign visitors in the first half of 2025.",
     ("tourists_growth", 15.0)),
    ("The two sides agreed to boost the number of tourists by 50 percent by 2026.", ("tourists_growth", 50.0)),
    ("The government plans to reduce the number of border checkpoints by 20 percent.",
     ("border_checkpoints_change", -20.0)),
], ids=["increase-in-the-number", "decrease-in-the-number", "rise-in-visitors", "boost-by", "reduce-by"])
def test_change_of_a_number_named_around_it(text: str, wanted: tuple) -> None:
    growth = [(f[0], f[2]) for f in figures(text, published="2025-08-10", source="Tehran Times") if f[3] == "percent"]
    assert growth == [wanted]


# written for this test: how far a project has come is its completion, a level
@pytest.mark.parametrize(("text", "wanted"), [
    ("Iran and Armenia said the third power transmission line is 70 percent complete.", [("completion", 70.0)]),
    ("Some 85 percent of the construction work on the Iranian section of the railway has been completed.",
     [("completion", 85.0)]),
    ("The physical progress of the Rasht-Astara railway project in Iran has reached 90 percent.", [("completion", 90.0)]),
    ("Turkey took complete control of 30 percent of the market.", [("market_share", 30.0)]),
], ids=["percent-complete", "part-of-the-work-completed", "physical-progress", "complete-control-no-completion"])
def test_completion(text: str, wanted: list) -> None:
    assert [(f[0], f[2]) for f in figures(text, published="2021-08-10", source="Tehran Times")] == wanted


# written for this test: power exchanged between two countries is the pair's, even where one is named
@pytest.mark.parametrize(("text", "wanted"), [
    ("Iran and Turkey held talks in Ankara. Turkey is aimed at increasing volume of electricity exchange up to "
     "1,050 megawatts by 2020 from the current 600 megawatts.", [("IRN", "TUR"), ("IRN", "TUR")]),
    ("Iranian and Georgian ministers met in Tbilisi. The Iranian minister said that the exchange of electric power "
     "between Iran and Georgia would be increased to 350 MW.", [("GEO", "IRN")]),
], ids=["one-side-named", "both-named"])
def test_power_exchanged_is_the_pairs(text: str, wanted: list) -> None:
    assert [f[1] for f in figures(text, published="2019-08-10", source="Tehran Times") if f[3] == "MW"] == wanted
