"""State press events an analyst would laugh at (thirty-second session, evtt50): a condemned killing or
attack whose author the sentence does not name accuses none of the states its phrase names, the victim's
state or the place it struck (`accords.events.stances.victims`). Sentences copied from the Tehran Times
corpus (tehrantimes_region_dev.jsonl) or gold articles, some shortened."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

_TT = "Tehran Times"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # tests/gold/articles/tt_409296
        "Iran strongly condemns the assassination of Russia’s ambassador to Turkey, Iranian Foreign Ministry said in a "
        "statement carried on its official website on Monday. Iran’s embassy in Turkey is open, the spokesman said.",
        [], id="assassination-of-ambassador-no-accusation"),
    pytest.param(  # tests/gold/articles/tt_481953
        "“We condemn the attack at the entrance of the embassy of our brotherly neighbor, the Republic of Azerbaijan,” "
        "Mohammad Jamshidi, a political aide to President Raisi, said. Iran and Azerbaijan are neighbors.",
        [], id="attack-at-embassy-no-accusation"),
    pytest.param("Iran condemned the U.S. assassination of General Qassem Soleimani in Baghdad.",
                 [("ACCUSE", ("IRN",), ("USA",))], id="named-author-accused"),
    pytest.param("Iran’s Foreign Minister Mohammad Javad Zarif has denounced the recent U.S. sanctions against Turkey.",
                 [("ACCUSE", ("IRN",), ("USA",))], id="named-measure-author-accused"),
])
def test_condemned_without_author(text, expected):
    assert [e for e in directed_events(text, source=_TT) if e[0] == "ACCUSE"] == expected

