"""Names listed after a plural noun of office are people, with the countries of the adjectives before it
(`accords.entities.counterparts`). Sentences from the Tehran Times corpus (tt_418784 in the gold, tt_410061)."""

from __future__ import annotations

import pytest

from tests.entities.found import assert_found, stage_entities

TT = "Tehran Times"

CASES = [
    pytest.param(
        "Iran's Ambassador and Permanent Representative to the United Nations Gholamali Khoshroo and his Russian and "
        "Turkish counterparts Vassily Nebenzia and Feridun Sinirlioglu respectively put their signatures to the letter.",
        {("PERSON", "Vassily Nebenzia", "RUS"), ("PERSON", "Feridun Sinirlioglu", "TUR")},  # not the table's OSCE
        {("PLACE", "Vassily Nebenzia")}, id="pair-after-counterparts"),
    pytest.param(
        "Iranian Deputy Foreign Minister Hossein Jaberi Ansari sat down with his Russian and Turkish counterparts "
        "Mikhail Bogdanov and Ahmet Unal Cevikoz for probably the latest rounds of trilateral negotiations.",
        {("PERSON", "Mikhail Bogdanov", "RUS"), ("PERSON", "Ahmet Unal Cevikoz", "TUR")}, set(),
        id="second-name-of-three-words"),
    pytest.param(
        "The minister met his counterparts in Ankara and Baku last week.",
        set(), {("PERSON", "Ankara"), ("PERSON", "Baku")}, id="no-names-after-the-noun"),
]


@pytest.mark.parametrize("text, wanted, unwanted", CASES)
def test_counterpart_lists(text, wanted, unwanted):
    assert_found(stage_entities(text, source=TT).entities, wanted, unwanted)
