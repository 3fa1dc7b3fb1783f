"""A count of companies going on with a delegation's visit told in the sentences just before takes the host those
sentences name (`visits.with_host`, `before`): "Zadboum and Hosseinzadeh have travelled to Uzbekistan accompanying
an Iranian trade delegation ... As reported, 37 Iranian renowned companies are participating in the mentioned
exclusive exhibition" is Iran's and Uzbekistan's. Companies at a fair abroad with no delegation stay the
exhibitors' alone. Sentences from Tehran Times 442919, 428917, 470217 and 408827 (tehrantimes_region_dev.jsonl,
CC BY 4.0), shortened."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = dict(source="Tehran Times", published=None)

CASES = [
    (
        "exhibition-of-a-delegation-told-before",
        "TEHRAN- An exclusive exhibition of Iranian products opened in Uzbekistan capital Tashkent on Wednesday. "
        "Zadboum and Hosseinzadeh have travelled to Uzbekistan accompanying an Iranian trade delegation and are also "
        "planned to take part in the 13th meeting of Iran-Uzbekistan Joint Economic Committee on Thursday and Friday. "
        "As reported, 37 Iranian renowned companies are participating in the mentioned exclusive exhibition.",
        ("IRN", "UZB"),
    ),
    (
        "the-event-of-a-trip-told-four-sentences-before",
        "An Iranian trade delegation will travel to Kyrgyzstan from November 12 to 15, Mehr reported on Monday. "
        "The delegation is scheduled to attend meetings with Kyrgyz companies and visit some industrial and commercial "
        "organizations of the country. The head of management development department will accompany the "
        "delegation. Meanwhile, a permanent exhibition of Iranian technological products will be set up at the Grand "
        "Comfort Shopping Center in Bishkek. A total of 67 Iranian companies will introduce their products and "
        "achievements during the event.",
        ("IRN", "KGZ"),
    ),
    (
        "host-named-as-the-subject-of-host",
        "TEHRAN – The Iranian capital Tehran will host the 17th meeting of Iran-Kazakhstan Joint Economic Committee "
        "during February 21-22. A high ranking Kazakh delegation, accompanying with the managing directors of the "
        "country’s 25 top private companies active in different areas will attend the mentioned meeting.",
        ("IRN", "KAZ"),
    ),
    (
        # no delegation: exhibitors at a fair abroad are theirs alone, as the gold gives them (tt_408827)
        "fair-abroad-without-a-delegation",
        "Back in October, Armenia held its first exclusive trade exhibition in Iran and some 91 Armenian companies "
        "active in the sectors of construction, transportation and agriculture showcased their products.",
        ("ARM",),
    ),
]


@pytest.mark.parametrize(("text", "subjects"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_companies_of_a_visit_told_before(text: str, subjects: tuple[str, ...]) -> None:
    assert [f[1] for f in figures(text, **TT) if f[0] == "companies"] == [subjects]
