"""Requests, refusals, halts and clashes as web news tells them (issue 13, `accords.events.requests`,
`accords.events.violence`, the SANCTION verbs of `accords.events.triggers`).

- The one asked is the subject of a demanded clause ("demanded that the US cancel ..."), when
  the clause says what must be done (a bare verb or "must"/"should"); "insisted that the
  sanctions had ..." asserts and asks no one.
- The one refused is named in the act refused ("refused to deploy peacekeepers in Iraq"); what
  is asked or refused is no event of its own ("urged the EC to support the PLO" is no backing).
- Halting, stopping, withholding or banning supplies, trade or travel, and closing a border, is
  a SANCTION on whom they are closed to; "blamed X on Y" accuses Y.
- A clash is fighting only between forces or crowds, not over a topic; "fired rockets at X" (or
  "into X") hits X, and "killed three Palestinians" hits the Palestinians' side.
- "Wants / is pressing / got X to do" asks X ("expects X to" forecasts); people deported "from" a
  state are a side with it; the Taliban are Afghanistan's (tests/gold/README.md, web news actors);
  figures "released" by an office are published, not freed.

Sentences: PLOVER gold records of the Open Event Data Alliance (ids in the test ids,
shared/corpora/plover-gsr, CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/; used
as published), and sentences written for this test (marked so) in the constructions found in
wire news (BBC and Reuters texts may not be copied).
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_FILLER = (" Officials gave no further details. The matter is expected to come up again."
           " Reporters were not allowed to ask questions. More details will follow.")


def _scored(text: str, *, article: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """Events of the gold shape; with `article`, the sentence opens a text of five sentences, so
    that the rules for articles (not for one-line event records) apply."""
    found = events_with_sides(text + (_FILLER if article else ""), published="2019-11-19")
    return [(type_, sides) for type_, sides, status in found if status in ("occurred", "planned", "intended")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The PRC on Tuesday demanded that the US cancel plans to sell air-to-surface anti-tank weapons to "
                 "Taiwan to avoid ``new damage'' to US-PRC relations.", [("REQUEST", ("CHN", "USA"))],
                 id="PLOVER-DEMAND-0005-demanded-that-the-us-cancel"),
    pytest.param("The United States on Thursday demanded that the Democratic People's Republic of Korea (DPRK) "
                 "forsake its nuclear program.", [("REQUEST", ("PRK", "USA"))], id="PLOVER-DEMAND-0024-demanded-that-dprk"),
    pytest.param("Palestinian officials demanded Friday that the United States match the European Union's support for "
                 "Palestinian statehood.", [("REQUEST", ("PSE", "USA"))], id="PLOVER-DEMAND-0010-demanded-that-us-match"),
    pytest.param("Japan said on Tuesday it had halted economic aid to Serbia in line with Western efforts to end the "
                 "fighting there.", [("SANCTION", ("JPN", "SRB"))], id="PLOVER-SANCTION-0006-halted-aid"),
    # written for this test
    pytest.param("Washington has insisted that Beijing commit to purchases of American farm goods.",
                 [("REQUEST", ("CHN", "USA"))], id="insisted-that-beijing-commit"),
    pytest.param("The minister insisted that the sanctions on Iran had little effect on trade.", [],
                 id="insisted-that-asserts"),
    pytest.param("Russia refused to extradite the suspects to Britain.", [("REJECT", ("GBR", "RUS"))],
                 id="refused-to-extradite"),
    pytest.param("The Israeli president refused to meet Jordan's King Abdullah in Tel Aviv.",
                 [("REJECT", ("ISR", "JOR"))], id="refused-to-meet"),
    pytest.param("The Kremlin declined to comment on reports that Iran had sent drones.", [],
                 id="declined-to-comment"),
    pytest.param("The Israeli president declined to meet Jordan's King Abdullah in Tel Aviv.",
                 [("REJECT", ("ISR", "JOR"))], id="declined-to-meet"),
    pytest.param("Exports to China declined by 5 percent in October.", [], id="exports-declined"),
    pytest.param("Russia closed its border with Georgia.", [("SANCTION", ("GEO", "RUS"))], id="closed-border"),
    pytest.param("Kazakhstan banned imports of Russian fuel.", [("SANCTION", ("KAZ", "RUS"))], id="banned-imports"),
    pytest.param("Germany halted arms exports to Saudi Arabia.", [("SANCTION", ("DEU", "SAU"))], id="halted-exports"),
    pytest.param("The police closed the border crossing for repairs.", [], id="closed-for-repairs"),
    pytest.param("The company halted sales of the phone.", [], id="halted-sales-no-side"),
    pytest.param("Moscow blamed the collapse of the talks on Washington.", [("ACCUSE", ("RUS", "USA"))],
                 id="blamed-on"),
    pytest.param("Hamas fired rockets at Israel.", [("ASSAULT", ("ISR", "PSE"))], id="fired-at"),
    pytest.param("Hamas fighters fired rockets into Israel overnight.", [("ASSAULT", ("ISR", "PSE"))], id="fired-into"),
    pytest.param("Israeli forces killed three Palestinians in a raid in Jenin.", [("ASSAULT", ("ISR", "PSE"))],
                 id="killed-nationals"),
    pytest.param("Chinese authorities detained two Canadians in December.", [("COERCE", ("CAN", "CHN"))],
                 id="detained-nationals"),
    # one state's force alone is its own news in an article (`relations._FORCE_AT_HOME`, evnews51)
    pytest.param("Police in Gaza arrested dozens of Palestinians.", [], id="own-nationals-no-second-side"),
    pytest.param("North Korea fired two ballistic missiles into the sea.", [], id="fired-into-sea-no-side"),
    pytest.param("Israeli troops opened fire on Palestinian protesters near the border.",
                 [("ASSAULT", ("ISR", "PSE"))], id="opened-fire-on"),
    pytest.param("Azerbaijani and Armenian troops clashed along the border.", [("ASSAULT", ("ARM", "AZE"))],
                 id="troops-clashed"),
    pytest.param("Supporters of Evo Morales clashed with Bolivian security forces in Cochabamba.",
                 [], id="clashed-with-security-forces"),
    pytest.param("Britain and France clashed over the EU budget.", [], id="clashed-over-a-topic"),
    pytest.param("Judge Arthur Engoron, who has clashed with Trump throughout the trial, tried to stop him.", [],
                 id="judge-clashed-with-a-person"),
    pytest.param("China wants the United States to cancel the tariffs imposed in September.",
                 [("REQUEST", ("CHN", "USA"))], id="wants-another-to"),
    pytest.param("The US is pressing China to open its financial markets.", [("REQUEST", ("CHN", "USA"))],
                 id="pressing-another-to"),
    pytest.param("Beijing expects Washington to remove all tariffs as part of a phase-one deal.", [],
                 id="expects-is-no-request"),
    pytest.param("The minister said he wants exports to Russia to grow.", [], id="wants-a-figure-to-grow"),
    pytest.param("More than 300 Indians were deported from Mexico last month.", [("COERCE", ("IND", "MEX"))],
                 id="deported-from"),
    pytest.param("The Taliban released two American hostages in exchange for three militant prisoners.",
                 [("CONCEDE", ("AFG", "USA"))], id="taliban-released-hostages"),
    pytest.param("Trade figures released on Monday showed a fall in exports to Germany.", [],
                 id="figures-released"),
])
def test_complements_in_articles(text, expected):
    assert _scored(text, article=True) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("Arab League Secretary-General Chedli Klibi today urged the European Community to support the "
                 "Palestinian Liberation Organization (PLO), which he said would create a favorable climate for peace "
                 "talks.", {"AGREE", "SUPPORT"}, id="PLOVER-SUPPORT-0006-urged-to-support"),
    pytest.param("Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy peacekeepers in Iraq "
                 "and has urged its citizens to avoid coming here.", {"MOBILIZE"}, id="PLOVER-REJECT-0011-refused-to-deploy"),
    pytest.param("Despite warnings of starvation by humanitarian agencies, the Israeli government is refusing to lift "
                 "the curfew on Palestinians living in the West Bank and Gaza.", {"CONCEDE"},
                 id="PLOVER-REJECT-0016-refusing-to-lift"),
])
def test_asked_or_refused_is_not_done(text, unwanted):
    """What is asked of another side or refused is no event of the one who asks or refuses, in
    any status (record mode: one-line event records)."""
    found = events_with_sides(text, published="2019-11-19")
    assert not {type_ for type_, _sides, _status in found} & unwanted
    assert found  # the request or refusal itself stays
