"""Both sides of a border's length, refugees counted by their nation, money earned from tourism and the country
visitors visit (issue #14, indtt40): "the 911-kilometer border with Syria" in a sentence on Turkey is Turkey's and
Syria's, and so is the wall built along it; "70-km of the border" after "a wall along the Turkish-Iranian border" is
Iran's and Turkey's, not the countries of the sentence between; "3 million Syrians as refugees" is a count of
refugees; "gains some $8 billion through tourism industry" is tourism revenue; "99,158 Iranians visited the country"
in a report on Iranian and Azerbaijani visitors is Azerbaijan's and Iran's, not Iran's alone
(`thecountry.the_country`). Sentences from Tehran Times articles of `tehrantimes-region` (Tehran Times / Mehr News
Agency, CC BY 4.0): 422783, 413965, 466191, 413292, 415400, 92103, 467996, 423008, 425655; the road is ours."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    (
        "border-with-the-other-country-of-the-sentence",  # 422783
        "Iran, which has a 900-kilometer border with Afghanistan, has been used as the main conduit for smuggling "
        "Afghan drugs to narcotics kingpins in Europe.",
        [("border_length", ("AFG", "IRN"), 900.0, "km", "actual", None)],
    ),
    (
        "a-wall-along-a-border-and-the-border-are-both-sides",  # 413965
        "Turkey has so far completed the construction of a 650-kilometer (403-mile) stretch of the wall along the "
        "911-kilometer border with Syria, according to Erdogan.",
        [("wall_length", ("SYR", "TUR"), 650.0, "km", "actual", None),
         ("border_length", ("SYR", "TUR"), 911.0, "km", "actual", None)],
    ),
    (
        "a-border-the-clause-names-both-sides-of",  # 413965
        "Turkey shares a 499-kilometer border with Iran in the east.",
        [("border_length", ("IRN", "TUR"), 499.0, "km", "actual", None)],
    ),
    (
        "two-other-countries-leave-the-border-as-it-is",  # 466191, shortened
        "After restoring its 130-kilometer border with Iran, which was under Armenian control for 30 years, "
        "Azerbaijan stopped the illegal trafficking of narcotics from Iran to Armenia.",
        [("border_length", ("IRN",), 130.0, "km", "actual", None)],
    ),
    (
        "a-barrier-on-a-named-border",  # 423008
        "The 144-km barrier on Iran-Turkey border is aimed at preventing illegal refugees from entering Turkey.",
        [("barrier_length", ("IRN", "TUR"), 144.0, "km", "actual", None)],
    ),
    (
        "a-border-named-before-gives-its-two-sides",  # 413292, shortened
        "On Tuesday, Hurriyet reported that Ankara is considering plans to build a wall along the Turkish-Iranian "
        "border. The PKK is considered a terrorist group by Turkey, the United States and European Union. Reportedly, "
        "the wall will be constructed along 70-km of the border near Igdir.",
        [("border_length", ("IRN", "TUR"), 70.0, "km", "forecast", None)],
    ),
    (
        "no-border-named-before-carries-the-topic",
        "Iran and Turkey held talks. The EU praised Germany. The new road is 70 km long.",
        [("road_length", ("DEU", "EU"), 70.0, "km", "actual", None)],
    ),
    (
        "a-nation-counted-as-refugees-where-they-stay",  # 415400, the host named
        "Turkey is hosting more than 3 million Syrians as refugees.",
        [("refugees", ("SYR", "TUR"), 3000000.0, "count", "actual", "lower")],
    ),
    (
        "money-gained-through-tourism",  # 92103
        "Turkey gains some $8 billion through tourism industry annually, and tourism is one of the main hard "
        "currency earner for Turkey.",
        [("tourism_revenue", ("TUR",), 8e9, "USD", "actual", "approx")],
    ),
    (
        "money-earned-in-tourism",  # 467996
        "Iran can annually earn $7 billion in medical and health tourism.",
        [("tourism_revenue", ("IRN",), 7e9, "USD", "forecast", None)],
    ),
    (
        "the-country-visitors-visit-is-not-their-own",  # 425655, shortened
        "A total of 579 Azerbaijani nationals visited Iran during the first half of 2018, increasing 22.8 percent from a "
        "year ago, IRNA reported. Over the past couple of months, the number of Iranian outbound passengers to some "
        "destinations including Azerbaijan has decreased. Statistics indicate that 99,158 Iranians visited the country "
        "during the first three months of the year.",
        [("visits", ("AZE", "IRN"), 579.0, "count", "actual", None),
         ("visits_growth", ("AZE", "IRN"), 22.8, "percent", "actual", None),
         ("visits", ("AZE", "IRN"), 99158.0, "count", "actual", None)],
    ),
    (
        "travellers-entering-the-country-of-the-outlet",
        "Some 21,917 Azerbaijani travelers entered the country in the first quarter, Iran's tourism ministry said.",
        [("tourists", ("AZE", "IRN"), 21917.0, "count", "actual", "approx")],
    ),
    (
        "money-earned-from-exports-stays-exports",
        "Iran earned $5.2 billion from exports to Iraq.",
        [("exports", ("IRN", "IRQ"), 5.2e9, "USD", "actual", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text, source="Tehran Times") == expected
