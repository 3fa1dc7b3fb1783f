"""Sides named together as one subject (issue 13, `accords.events.joint`): a commitment to act,
what the sides are doing or launched together, future work with a named partner is an event of
those sides (what they will do together is a joint plan, `accords.events.jointplans`); a standing
position ("is committed to"), an action kept from happening ("deterring ... from seeking") and
the adversary of a backed side are none.

Sentences are from White House texts of 2021-2024 (whitehouse-briefings corpus, public domain),
most from records that are not in the gold; two from fresh dev gold files
(wh_20230725-mexico-fentanyl-joint, wh_20230920-brazil-workers-factsheet).
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("To that end, the United States and Mexico committed to further expand the availability of legal "
                 "pathways throughout the region.", [("AGREE", ("MEX", "USA"), "occurred")],
                 id="joint-subject-committed-to-infinitive"),
    pytest.param("President Biden and President Petro committed to work together to address the challenges of our "
                 "countries and the region, protect and improve the lives of our citizens, and uphold democratic "
                 "principles.", [("AGREE", ("COL", "USA"), "occurred")], id="leaders-committed"),
    pytest.param("President Joseph R. Biden, Jr. met with Egyptian President Abdel Fattah Al Sisi today in Jeddah, "
                 "Saudi Arabia. The two Presidents committed to regular consultations to resolve regional conflicts "
                 "and humanitarian crises in Syria, Lebanon, and Sudan.",
                 [("CONSULT", ("EGY", "USA"), "occurred"), ("AGREE", ("EGY", "USA"), "occurred")],
                 id="committed-to-consultations-to-resolve"),
    # a commitment to an undertaking named by a noun (dev gold wh_20210612-g7-coal-factsheet; our own sentence)
    pytest.param("G7 Leaders will commit to an end to new direct government support for unabated international thermal coal power "
                 "generation by the end of 2021.", [("AGREE", ("G7",), "planned")], id="commit-to-an-end"),
    pytest.param("Canada, Finland and the United States will commit to a collaborative effort to build icebreakers.",
                 [("AGREE", ("CAN", "FIN", "USA"), "planned")], id="commit-to-an-effort"),
    pytest.param("As part of that effort, the United States and Colombia will work together to promote regional "
                 "integration.",
                 [("AGREE", ("COL", "USA"), "intended")], id="joint-subject-will"),  # a joint plan (events.jointplans)
    pytest.param("Italy and the United States are further collaborating on clean energy, sustainable agriculture, "
                 "and e-mobility projects.", [("COOPERATE", ("ITA", "USA"), "occurred")], id="joint-ongoing"),
    pytest.param("Today, Presidents Biden and Lula launched the Partnership for Worker’s Rights, the first joint "
                 "U.S.-Brazil global initiative to advance the rights of working people around the world. This "
                 "initiative builds on many years of successful collaboration between the United States and Brazil "
                 "to promote racial equality and justice.", [("COOPERATE", ("BRA", "USA"), "occurred")],
                 id="joint-launch"),
    # a partnership announced or launched with a named partner is cooperation started (fresh dev gold
    # wh_20231116-harris-marcos-apec; the Thailand and South Africa sentences from records not in the gold)
    pytest.param("The Vice President announced a new partnership with the Government of the Philippines to grow the "
                 "global semiconductor ecosystem.", [("COOPERATE", ("PHL", "USA"), "occurred")],
                 id="partnership-announced-with-partner"),
    pytest.param("The United States, UK, EU, France, and Germany announced a partnership with South Africa to chart a "
                 "course from coal to clean energy.",
                 [("COOPERATE", ("DEU", "EU", "FRA", "GBR", "USA", "ZAF"), "occurred")],
                 id="partnership-announced-by-several"),
    pytest.param("The Vice President is launching a new clean energy partnership with Thailand to build capacity for "
                 "the secure and safe deployment of nuclear power.", [("COOPERATE", ("THA", "USA"), "occurred")],
                 id="partnership-launched-with-partner"),
    # a decision taken together: "resolved to" an action (records not in the gold)
    pytest.param("The two leaders resolved to enhance economic ties between the United States and Japan.",
                 [("AGREE", ("JPN", "USA"), "occurred")], id="leaders-resolved-to"),
    pytest.param("The leaders of the United States and Singapore resolve to further expand bilateral cooperation.",
                 [("AGREE", ("SGP", "USA"), "occurred")], id="resolve-to-expand"),
    pytest.param("Japan, through Japan Bank for International Cooperation, will work with India to enhance key "
                 "investments of approximately $100 million in the healthcare sector related to COVID-19, including "
                 "vaccine and treatment drugs.", [("AGREE", ("IND", "JPN"), "planned")], id="will-work-with-partner"),
])
def test_joint_subjects(text, expected):
    assert events_with_sides(text, published="2023-07-25", source=_WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a standing position restated, no new commitment
    pytest.param("We, the United States and the African Union, are resolved to enhance our collaboration.", [],
                 id="are-resolved-stance"),
    pytest.param("Iran and Iraq resolved their border dispute.", [], id="resolved-a-dispute"),
    pytest.param("The Vice President announced a joint task force with Guatemala.", [("AGREE", ("GTM", "USA"), "occurred")],
                 id="task-force-announced-is-agreed"),
    pytest.param("The United States and Mexico are committed to transforming our security cooperation.", [],
                 id="be-committed"),
    pytest.param("The United States is committed to supporting the Afghan people.",
                 [("SUPPORT", ("AFG", "USA"), "occurred")], id="is-committed-backs-no-agree"),
    pytest.param("The United States and Japan remain committed to the goal of a free and open Indo-Pacific.", [],
                 id="remain-committed-to-goal"),
    pytest.param("Both countries committed to the agreement.", [], id="committed-to-agreement-no-undertaking"),
    # a deed, no commitment to act
    pytest.param("The United States has committed $2.5 billion to this effort, and Japan has committed $2 billion.",
                 [], id="committed-money"),
    pytest.param("Advancing the Global Methane Pledge (GMP) by building a coalition that now includes over 130 "
                 "countries committed to reduce global anthropogenic methane emissions at least 30 percent below 2020 "
                 "levels by 2030.", [], id="countries-committed-described"),
    # what the sides keep from happening
    pytest.param("Vice President Harris met with President Mohamed bin Zayed of the United Arab Emirates. The "
                 "leaders also discussed the importance of deterring any state or non-state actors from seeking to "
                 "expand the conflict.", [("CONSULT", ("ARE", "USA"), "occurred")], id="deterred-from-seeking"),
    pytest.param("This E.O. prevents U.S. investment from supporting the Chinese defense and related materiel "
                 "sector.", [], id="prevented-from-supporting"),
])
def test_no_joint_event(text, expected):
    assert events_with_sides(text, published="2023-12-02", source=_WH) == expected


@pytest.mark.slow
def test_adversary_of_a_backed_side_is_no_side():
    text = ("The conference convened U.S. and Ukrainian government representatives to focus on significantly "
            "increasing weapons production to support Ukraine's fight for freedom against Russian aggression.")
    found = events_with_sides(text, published="2023-12-06", source=_WH)
    assert all("RUS" not in found_sides for _type, found_sides, _status in found)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a federal body named without "U.S." speaks for the United States in a White House text
    pytest.param("President Joseph R. Biden, Jr. met with President Rodrigo Chaves Robles of Costa Rica at the White "
                 "House today to expand the partnership between the United States and Costa Rica. In support of "
                 "these efforts and to stabilize flows and offer opportunities to migrants and refugees, the "
                 "Department of State is contributing more than $12 million through international organization "
                 "partners in Costa Rica.",
                 [("CONSULT", ("CRI", "USA"), "occurred"), ("AGREE", ("CRI", "USA"), "occurred"),
                  ("AID", ("CRI", "USA"), "occurred")],
                 id="department-contributes-money"),
    pytest.param("Technical Data Package. The Department of Defense and industry partners provided Ukraine with "
                 "technical data to start local production of some of the FrankenSAM projects.",
                 [("AID", ("UKR", "USA"), "occurred")], id="department-provided-a-state-with"),
    pytest.param("Today, on Ukrainian Armed Forces Day, the United States government hosted the first day of the "
                 "U.S.-Ukraine Defense Industrial Base Conference at the Department of Commerce in Washington, D.C.",
                 [("CONSULT", ("UKR", "USA"), "occurred")], id="hosted-first-day-of-a-conference"),
    pytest.param("As Russia prepares to intensify its attack in the Donbas region, the United States will continue "
                 "to provide Ukraine with the capabilities to defend itself.",
                 [("AID", ("UKR", "USA"), "planned")], id="will-continue-to-provide-a-state-with"),
])
def test_home_bodies_and_provisions(text, expected):
    assert events_with_sides(text, published="2023-08-29", source=_WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # Tehran Times (tehrantimes-region corpus, CC BY 4.0, Mehr News / Tehran Times), not in the gold
    pytest.param("Iran and Turkey are working on a financial mechanism channel to bypass the U.S. unilateral "
                 "sanctions.", [("COOPERATE", ("IRN", "TUR"), "occurred")], id="tt-joint-ongoing"),
    pytest.param("Rouhani added that the two countries will expand cooperation in various areas given the cultural "
                 "affinities between the two nations. Iran and Tajikistan are friends.",
                 [("AGREE", ("IRN", "TJK"), "intended")], id="tt-two-countries-will"),
    # must not fire: a question, a wish, a fight, a partner by a common noun
    pytest.param("Turkey and the United States are allies. The key question now is how the two sides will handle "
                 "the question of Menbij in Syria.", [], id="tt-open-question"),
    pytest.param("Armenia and Azerbaijan are neighbours. The two countries are fighting over a breakaway region.",
                 [], id="tt-fighting"),
    pytest.param("The US infuriated its NATO partner Turkey on Sunday by announcing that Washington will work with "
                 "US-backed militants of the so-called Syrian Democratic Forces.", [], id="tt-work-with-militants"),
])
def test_joint_subjects_state_press(text, expected):
    assert events_with_sides(text) == expected
