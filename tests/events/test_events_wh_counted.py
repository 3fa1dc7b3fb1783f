"""The participants of a White House readout told by their number or office, and a call "held" with
its partner (twenty-second session, evwh29), on White House readouts 2021-2024
(../shared/corpora/whitehouse-briefings, public domain): "the three National Security Advisors" after
a meeting of three are those three, not the pair the article names most (the two Koreas); "held an introductory call with Director
Chang Hojin, his new counterpart at the Republic of Korea's National Security Office" is one call of the two
sides, whose partner the call names, not the holding verb; talks backed ("their support for peace negotiations
between Armenia and Azerbaijan") and a thing answered by a thing ("concrete actions ... are met by corresponding
sanctions relief") tell no meeting."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_TRILATERAL = (
    "On Friday, October 25, National Security Advisor Jake Sullivan, Republic of Korea National Security "
    "Advisor Shin Wonsik, and Japanese National Security Advisor Akiba Takeo met in Washington, D.C., "
    "for the second trilateral National Security Advisors meeting since their leaders met at Camp David "
    "in August 2023 and the fifth of the Biden Administration. The three National Security Advisors "
    "reaffirmed their commitment to address common regional and global challenges and promote security "
    "and prosperity in the Indo-Pacific region and beyond.\n\n"
    "In particular, National Security Advisors Sullivan, Shin, and Akiba expressed grave concern over "
    "troop deployments by the Democratic People's Republic of Korea (DPRK) to Russia, potentially for "
    "use on the battlefield against Ukraine. This deployment is the latest in a series of concerning "
    "indicators of deepening military cooperation between the DPRK and Russia, including arms and "
    "ballistic missile transfers in direct violation of United Nations Security Council (UNSC) "
    "resolutions. The National Security Advisors call on Russia and the DPRK to cease these actions that "
    "only serve to expand the security implications of Russia's brutal and illegal war beyond Europe and "
    "into the Indo-Pacific. The National Security Advisors reiterated the firm commitment of the United "
    "States, the Republic of Korea, and Japan to help Ukraine defend itself, and they committed to "
    "coordinate support for Ukraine's energy infrastructure, recovery and reconstruction, and efforts to "
    "hold Russia accountable for its actions.\n\n"
    "Furthermore, the National Security Advisors reviewed progress on a wide range of trilateral "
    "initiatives announced in the Spirit of Camp David statement. They welcomed several notable "
    "achievements over the past year, including the operationalization of a trilateral missile warning "
    "data sharing mechanism, the establishment of a cutting-edge trilateral quantum workforce training "
    "program, and the launch of the first multi-domain trilateral exercise—FREEDOM EDGE—and a multiyear "
    "exercise plan. They also highlighted numerous high-level trilateral dialogues this year, including "
    "the first trilateral commerce and industry ministerial meeting, the first trilateral defense "
    "ministers meeting in Tokyo, and two trilateral foreign minister and two vice foreign minister "
    "meetings.\n\n"
    "The three National Security Advisors discussed next steps on trilateral cooperation, including "
    "efforts to strengthen technology cooperation and economic security such as critical minerals supply "
    "chains and promoting trusted telecommunications networks across the Indo-Pacific region, improve "
    "maritime security coordination, expand cyber security cooperation and advance closer trilateral "
    "ties between the U.S., Korean, and Japanese business communities.\n\n"
    "The National Security Advisors condemned the DPRK's illicit arms transfers, malicious cyber "
    "activities, and dispatch of workers abroad to fund its unlawful weapons of mass destruction and "
    "ballistic missile programs, and committed to continue trilateral efforts focused on combatting "
    "them. They welcomed the recent launch of the Multilateral Sanctions Monitoring Team (MSMT) by their "
    "respective Vice Foreign Ministers and likeminded partners in Seoul last week, which will reinstate "
    "a comprehensive and effective monitoring and reporting mechanism for UN sanctions on the DPRK. They "
    "acknowledged their support for President Yoon's vision of a free, peaceful, and prosperous Korean "
    "Peninsula and reiterated their support for a unified Peninsula that is free and at peace."
)
_CHANG = (
    "National Security Advisor Jake Sullivan held an introductory call with Director Chang Hojin, his new "
    "counterpart at the Republic of Korea's National Security Office, on January 9 to discuss developments "
    "related to the Democratic People's Republic of Korea (DPRK), including its increasing military cooperation "
    "with Russia and the provocative actions it has taken along the demilitarized zone.\n\n"
    "The two officials condemned in the strongest possible terms the DPRK's transfer of ballistic missiles to "
    "Russia. In light of growing DPRK-Russia cooperation, the two officials committed to continuing close "
    "cooperation in support of Ukraine and the Ukrainian people."
)

_KALIN = (
    "National Security Advisor Jake Sullivan met today in Istanbul with Dr. Ibrahim Kalin, Spokesperson and Chief "
    "Advisor to the President of Turkiye. They discussed their continued support for Ukraine in the face of "
    "Russia's aggression. They also discussed regional security issues, including their support for peace "
    "negotiations between Armenia and Azerbaijan, the importance of dialogue and diplomacy to resolve any "
    "disagreements in the Eastern Mediterranean, and progress on NATO accession for Finland and Sweden."
)
_LULA = (
    "President Joseph R. Biden, Jr. met with President Luiz Inácio Lula da Silva of Brazil today on the sidelines "
    "of the United Nations General Assembly.\n\n"
    "President Biden and President Lula noted the importance of the restoration of democracy in Venezuela, and "
    "President Biden reiterated the United States' support for the people of Venezuela and outlined our vision of "
    "a step-by-step approach where concrete actions toward restoring Venezuelan democracy, leading to free and fair "
    "elections, are met by corresponding sanctions relief by the United States.\n\n"
    "The two leaders reaffirmed their commitment to cooperation on climate, and discussed the importance of "
    "continuing to support Haiti as it deals with a humanitarian and security crisis."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "present", "absent"), [
    pytest.param(_TRILATERAL, "2024-10-25",
                 [("ACCUSE", ("JPN", "KOR", "PRK", "USA"), "occurred"), ("AGREE", ("JPN", "KOR", "USA"), "occurred")],
                 [("CONSULT", ("KOR", "PRK"), "occurred"), ("ACCUSE", ("KOR", "PRK"), "occurred"),
                  ("AGREE", ("KOR", "PRK"), "occurred")],
                 id="three-advisors-who-met"),
    pytest.param(_CHANG, "2024-01-09",
                 [("CONSULT", ("KOR", "USA"), "occurred"), ("AGREE", ("KOR", "USA"), "occurred")],
                 [("CONSULT", ("USA",), "occurred")], id="call-held-with-partner"),
    pytest.param(_KALIN, "2022-10-02", [("CONSULT", ("TUR", "USA"), "occurred")],
                 [("CONSULT", ("ARM", "AZE"), "occurred")], id="talks-backed-not-held"),
    pytest.param(_LULA, "2023-09-20", [("CONSULT", ("BRA", "USA"), "occurred")],
                 [("CONSULT", ("USA", "VEN"), "occurred")], id="actions-met-by-relief"),
])
def test_participants_told_by_number_or_office(text, published, present, absent):
    found = events_with_sides(text, published=published, source="The White House")
    assert [event for event in present if event not in found] == []
    assert [event for event in absent if event in found] == []
