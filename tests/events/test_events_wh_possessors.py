"""Sides an analyst would laugh at in White House readouts (twenty-seventh session, round 2, evwh41):
concern voiced over a third state's act is concern, not support, whatever the act is
(`accords.events.objects.head_first`); the victim of an act of force named inside what is condemned
is no side of the condemnation (`accords.events.stances.victims`); a body whose resolutions or ruling
are cited is no side (`accords.events.portfolios`).

Sentences are from White House readouts of 2022-2024 (whitehouse-briefings corpus, public domain):
President Biden's meetings with President Xi (2024-11-16) and President Christodoulides (2024-10-30),
and the East Asia Summit (2022-11-13); the opening meeting sentences and the controls are ours.
"""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

_WH = "The White House"
_XI = "President Biden met with President Xi Jinping of the People’s Republic of China (PRC) in Lima, Peru today. "
_CYPRUS = "President Biden met with President Nikos Christodoulides of the Republic of Cyprus at the White House today. "


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_XI + "He expressed deep concern over the PRC’s continued support for Russia’s defense industrial base.",
                 [("CONSULT", ("USA",), ("CHN",)), ("ACCUSE", ("USA",), ("CHN",))],
                 id="concern-over-anothers-support-accuses-its-holder"),
    # support voiced as the object itself is still support (our own sentence)
    pytest.param(_CYPRUS + "He expressed strong support for Cyprus’s bid to join the Visa Waiver Program.",
                 [("CONSULT", ("USA",), ("CYP",)), ("SUPPORT", ("USA",), ("CYP",))],
                 id="support-expressed-unchanged"),
    pytest.param(_XI + "President Biden condemned the deployment of thousands of DPRK troops to Russia, a dangerous expansion "
                 "of Russia’s unlawful war against Ukraine with serious consequences for both European and Indo-Pacific "
                 "peace and security.",
                 [("CONSULT", ("USA",), ("CHN",)), ("ACCUSE", ("USA",), ("PRK", "RUS"))],
                 id="victim-of-war-named-beside-condemned-act-no-side"),
    # no author of the attacks named: the victim is no accused side, and no one is left to accuse (our own sentence;
    # tests/gold/README.md, evtt48 and evtt50)
    pytest.param(_XI + "He condemned the attacks against Ukraine.",
                 [("CONSULT", ("USA",), ("CHN",))],
                 id="attacks-without-author-victim-not-accused"),
    pytest.param(_CYPRUS + "Acknowledging the 50th anniversary of the division of the island of Cyprus, President Biden "
                 "reiterated his support for a bi-zonal, bi-communal federation with political equality for all Cypriots "
                 "consistent with United Nations Security Council Resolutions.",
                 [("CONSULT", ("USA",), ("CYP",))],
                 id="security-council-resolutions-no-side"),
    pytest.param("President Biden participated in the East Asia Summit in Phnom Penh, Cambodia. He reaffirmed U.S. support "
                 "for the 2016 UN arbitral tribunal ruling and noted this ruling is final and legally binding.",
                 [("CONSULT", ("USA",), ("KHM",))],
                 id="un-arbitral-ruling-no-side"),
])
def test_sides_of_wh_readouts(text, expected):
    assert directed_events(text, published="2024-11-16", source=_WH) == expected
