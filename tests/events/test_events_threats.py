"""Threats made as conditions and whom a threat names (issue 13, `accords.events.threats`): a
measure one side says it will or would impose if (unless) the other does something is a
THREATEN against the other, made when said; the target of "threatened to impose sanctions on
X" or "... to break relations with X" is X, else the subject of the condition ("unless Baghdad
accepted"). A condition in an explanation ("If the U.S. imposes a tariff ..., the duty is
paid ...") and a dated plan with no condition are no threat.

Sentences: PLOVER gold records of the Open Event Data Alliance (`PLOVER-GSR01-THREATEN-*`,
shared/corpora/plover-gsr, CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/;
used here as published), web news pages of the article-extraction-benchmark (MIT licence,
tests/gold/README) and the Tehran Times region corpus (CC BY 4.0, Mehr News / Tehran Times)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


def _found(text: str, published: str = "2019-11-19") -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published=published) if e[0] in ("THREATEN", "SANCTION")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # news_57d46c9d75 (Reuters market wrap, dev gold: THREATEN CHN-USA)
    pytest.param("U.S. President Donald Trump said he would raise tariffs on Chinese imports if no deal is reached "
                 "with Beijing.", [("THREATEN", ("CHN", "USA"), "occurred")], id="would-raise-tariffs-if"),
    # Tehran Times region corpus
    pytest.param("The U.S. has threatened to impose more economic sanctions on Turkey if it does not free a detained "
                 "American pastor, Andrew Brunson who has been held in Turkey for nearly two years over links to PKK "
                 "terrorist group.", [("THREATEN", ("TUR", "USA"), "occurred")], id="threatened-sanctions-on-x"),
    # PLOVER-GSR01-THREATEN-0005, -0017, -0025
    pytest.param("The Azerbaijani parliament threatened on Monday to break relations with Russia unless the Kremlin "
                 "closed its radar base in the republic.", [("THREATEN", ("AZE", "RUS"), "occurred")],
                 id="break-relations-with-x"),
    pytest.param("Russia has threatened to stop negotiations to reduce long-range nuclear weapons if the United "
                 "States goes ahead with the planned deployment of new medium-range nuclear missiles in Europe, the "
                 "Washington Post reported today.", [("THREATEN", ("RUS", "USA"), "occurred")],
                 id="target-in-the-condition"),
    pytest.param("Iran today threatened to launch a new military offensive in its Gulf war with Iraq unless Baghdad "
                 "accepted its conditions for ending the 28-month-old conflict.",
                 [("THREATEN", ("IRN", "IRQ"), "occurred")], id="unless-capital-accepted"),
    # news_b6906ca016 (PolitiFact, fresh dev): a condition in an explanation: no threat, a hypothetical measure
    pytest.param("\"If the U.S. imposes a tariff on Chinese televisions, the duty is paid to U.S. Customs and Border "
                 "Protection at the border by a U.S. broker representing a U.S. importer — say, Costco,\" Howard "
                 "Gleckman, a senior fellow at the Urban Institute-Brookings Institution Tax Policy Center, has "
                 "written.", [("SANCTION", ("CHN", "USA"), "hypothetical")], id="explanatory-if"),
])
def test_threats(text, expected):
    assert _found(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("His fear of being extradited from Sweden to the United States kept him in the embassy for seven "
                 "years.", [("COOPERATE", ("SWE", "USA"), "hypothetical")], id="fear-of-being-extradited"),
    pytest.param("Sweden extradited the suspect to the United States last year.",
                 [("COOPERATE", ("SWE", "USA"), "occurred")], id="extradited"),
])
def test_a_feared_act_is_hypothetical(text, expected):
    """An act named after "fear of", "risk of", "threat of" (`events.status._MENACES`) is only feared.
    Sentences written for this test."""
    assert events_with_sides(text, published="2019-11-19") == expected
