"""Whom "the two countries", "the two sides", a body's sitting and "the guarantor states" stand
for (`accords.events.pairrefs`, `accords.events.completion.own_body_sitting` and `by_role`): a
pair named together just before, not the article's pair; no completion of a state's own body's
sitting nor of states named by their part with the article's pair ("the guarantor states" are the
countries listed before them, `accords.events.groups.LISTED`). Texts are Tehran Times openings (CC BY 4.0), cut
after the sentence tested."""

from __future__ import annotations

from pathlib import Path

import pytest

import accords
from accords.evaluation.runner import read_article
from tests.events.sides import STAGES, sides

pytestmark = pytest.mark.slow

_KARABAKH_300420 = (
    "TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif said on Thursday that the dispute between Azerbaijan "
    "and Armenia over the Nagorno-Karabakh region should be resolved “peacefully”.\nZarif who had visited Baku for "
    "a trilateral foreign ministerial summit between Iran, Azerbaijan and Russia expressed content over the ceasefire "
    "announced between Azerbaijan and Armenia. Exchange of fire between Azerbaijan and Armenia broke out on April 2. "
    "Dozens of servicemen from both sides have been killed and some more injured. On April 5, the two countries "
    "agreed to enact an immediate ceasefire."
)
_KARABAKH_453403 = (
    "TEHRAN – President Hassan Rouhani on Saturday talked on the phone with his Russian counterpart Vladimir Putin "
    "to discuss the latest developments in the Nagorno-Karabakh region and other subjects. During the phone "
    "conversation, Putin informed Rouhani about the situation in Nagorno-Karabakh and the ceasefire between "
    "Azerbaijan and Armenia over the region, IRNA reported. The breakaway of Nagorno-Karabakh has long been a "
    "source of conflict between Baku and Yerevan since the early years of the 1990s when the two sides fought a "
    "years-long war over the disputed region. The two sides have agreed to a ceasefire starting on Saturday to "
    "exchange prisoners and bodies of those killed in the conflict, Russian Foreign Minister Sergey Lavrov announced."
)
_CALL_457197 = (
    "TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif spoke by phone with his Turkish counterpart Mevlut "
    "Cavusoglu on Tuesday night. “During the phone call, the two sides discussed the latest developments in "
    "bilateral relations in various areas of mutual cooperation,” Iran’s Foreign Ministry said in a short "
    "statement on Tuesday."
)
_SESSION_476709 = (
    "TEHRAN – Iranian President Ayatollah Seyed Ebrahim Raisi had a telephone conversation on Tuesday with the "
    "Armenia Prime Minister, Nikol Pashinyan, amid reports of deadly clashes on the Armenia-Azerbaijan borders. "
    "Ebrahim Raisi stressed that his country is ready to support the establishment of peace in the region, adding "
    "that the issue of Armenia's security is important for Iran. Following the escalation of tensions, Pashinyan "
    "chaired a session of the Security Council with the participation of President of the Republic Vahagn "
    "Khachaturyan and the President of the National Assembly Alen Simonyan in addition to the Security Council "
    "members."
)
_GUARANTORS_416811 = (
    "TEHRAN -- Russia, Turkey and Iran have agreed on all four safe zones in Syria, including on the Idlib "
    "de-escalation area, the Kazakh Foreign Ministry confirmed after a joint statement on Friday, Sputnik reported.\n"
    "The statement said the creation of safe zones is a temporary measure. Turkey and Russia have held talks on "
    "Idlib. Moreover, according to the statement, the guarantor states decided to “form Joint Iranian-Russian-Turkish "
    "Coordination Center aimed at coordinating activities of de-escalation control forces in the de-escalation areas.”"
)

_WARRING_415839 = 'TEHRAN – Iran’s embassy in Dushanbe issued a statement on Wednesday dismissing anti-Iran claims in a documentary aired by Tajikistan’s state television, saying the strong affinity between Iran and Tajikistan cannot be harmed.\n“There is no doubt that producers of this documentary will not succeed in causing harm to cultural and friendly relations between the Iranian and Tajik people,” the statement read. The televised program, which was aired on Tuesday, accused Iran of involvement in Tajikistan’s 1992-97 civil war and murder of a series of Tajik political figures. The statement said, “The Tajik people will not forget Iran’s role in guaranteeing peace in Tajikistan and hosting talks among the warring sides to end civil war in Tajikistan in 90s.'


@pytest.mark.parametrize(("text", "title", "evidence", "expected"), [
    pytest.param(_KARABAKH_300420, "Karabakh dispute should be solved peacefully Zarif", "two countries agreed",
                 {("AGREE", ("ARM", "AZE"))}, id="two-countries-after-fire-between-azerbaijan-and-armenia"),
    pytest.param(_KARABAKH_453403, "Rouhani Putin hold talks on Nagorno Karabakh conflict", "agreed to a ceasefire",
                 {("AGREE", ("ARM", "AZE"))}, id="two-sides-after-baku-and-yerevan-not-the-call"),
    pytest.param(_CALL_457197, "Zarif holds phone talks with Turkish counterpart", "the two sides discussed",
                 {("CONSULT", ("IRN", "TUR"))}, id="two-sides-of-the-call-kept"),
    pytest.param(_SESSION_476709, "Iran president talks to Pashinyan amid Armenia Azerbaijan border",
                 "session of the Security Council", set(), id="own-security-council-session-no-iran"),
    # the guarantor states are the three listed before (`accords.events.groups.LISTED`), not the pair Russia-Turkey
    pytest.param(_GUARANTORS_416811, "Russia Turkey Iran agree on Idlib safe zone in Syria", "guarantor states decided",
                 {("AGREE", ("IRN", "RUS", "TUR"))}, id="guarantor-states-the-three-listed-not-the-pair"),
    pytest.param(_WARRING_415839, "Embassy say nothing can harm Iran Tajikistan ties", "among the warring sides",
                 {("CONSULT", ("IRN", "TJK"))}, id="talks-hosted-among-warring-sides-kept"),
])
def test_pair_phrase_sides(text, title, evidence, expected):
    extraction = accords.extract(text, title=title, source="Tehran Times", stages=STAGES)
    found = {(e.type, sides(e)) for e in extraction.events
             if any(evidence in text[ev.start:ev.end] for ev in e.evidence)}
    assert found == expected


def test_sitting_of_a_shared_body_keeps_its_sides():
    # a White House joint statement (public domain): the U.S.-EU Energy Council is no body of one state
    article = read_article(Path(__file__).parents[1] / "gold/articles/wh_20220128-us-eu-energy-security-joint.json")
    extraction = accords.extract_article(article)
    text = article.text
    found = {(e.type, sides(e)) for e in extraction.events
             if any("U.S.-EU Energy Council on February 7" in text[ev.start:ev.end] for ev in e.evidence)}
    assert found == {("AGREE", ("EU", "USA"))}
