"""A language in a list after "in" or "speaks" names no country (issue #14: subjects are never read from a
currency or a language): "interviews in English and Spanish" is no Spain's figure. Sentences from White House
texts of 2022-2023 (whitehouse_2021_2024.jsonl lines 1034 and 1246, shortened; works of the United States
government, public domain)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = dict(source="The White House", published="2023-07-25")

CASES = [
    (
        # "Spanish" is the second language of the list after "in", not Spain beside the FCC's grants
        "second-language-of-a-list",
        "- The **FCC** is launching their paid media efforts with ads and a satellite media tour to spread the word "
        "about the Affordable Connectivity Program through radio and television interviews in English and Spanish.\n\n"
        "- The **FCC** is officially kicking off their outreach grant programs with over $73 million in funding to "
        "229 awardees.",
        [("funding", ("USA",), 73e6, "USD", "actual", "lower")],
    ),
    (
        # "Korean" and "Vietnamese" in a list of languages no longer count as countries the text names, which left
        # Palau standing out of the three Freely Associated States the figure names
        "languages-do-not-crowd-out-named-states",
        "-   The Department of the Treasury and the Department of Agriculture increased their grants, loans, and "
        "investments in infrastructure to Hawaii, American Samoa, the Commonwealth of the Northern Mariana Islands, "
        "Guam, the Federated States of Micronesia, the Republic of Marshall Islands, and the Republic of Palau by over "
        "$85 million. Resources are available in Mandarin, Cantonese, Hmong, Korean, Tagalog, and Vietnamese.",
        [("investment", ("FSM", "MHL", "PLW", "USA"), 85e6, "USD", "actual", "lower")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_language_lists(text: str, expected: list[tuple]) -> None:
    assert figures(text, **WH) == expected


@pytest.mark.parametrize(("text", "subjects"), [
    # a country adjective before its noun stays the country's, even after a list: "in Russian and Ukrainian shelling"
    pytest.param("Iran and Turkey held talks. Turkey invested $2 billion in Iranian and Turkish ports.",
                 ("IRN", "TUR"), id="adjectives-before-a-noun"),
])
def test_adjectives_before_a_noun_stay_countries(text: str, subjects: tuple[str, ...]) -> None:
    assert [f[1] for f in figures(text)] == [subjects]
