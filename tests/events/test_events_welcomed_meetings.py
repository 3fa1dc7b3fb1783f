"""Meetings held, welcomed and retold in White House texts (twenty-seventh session, evwh40).

- "held the first high-level strategic dialogue *to discuss* ...", "convened leaders ... *to discuss*
  next steps", "met with Foreign Minister Leyva ... *to follow up on* the recent bilateral meeting": the
  purpose infinitive of a meeting told as done is talked about there (`accords.events.status`,
  `talk_on_trip`, as on a trip), no plan (AGREE).
- "We welcome the visit of Amir ... to Baghdad", "welcomed the recent trilateral summit in Baghdad between
  Iraq, Jordan, and Egypt": the visit or summit is the event (CONSULT of its sides); the welcome adds no
  SUPPORT of those sides (`accords.events.matching`).
- "... participated virtually in a summit of the European Council. Meeting with the heads of state ...,
  the President reaffirmed ...": a sentence opening with a participle of meeting tells the occasion of what
  it says, the meeting already told (`accords.events.dedup`).
- "offer prayers in Mosul": a courtesy, no offer (AGREE); "as President Biden promised, we worked with
  Germany ...", "failed to increase exports as it had promised": a promise recalled, no AGREE
  (`accords.events.generic.reference`).

The sentences are from shared/corpora/whitehouse-briefings (White House texts of 2021-2024, public
domain); the cases marked "paraphrase" are our own wording.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected", "absent"), [
    # wh_20230328-indopacific-official-travel (dev)
    pytest.param("The United States and Papua New Guinea held the first high-level strategic dialogue to discuss a "
                 "range of issues important to both sides, including protection of maritime resources.",
                 ("CONSULT", ("PNG", "USA"), "occurred"), ("AGREE", ("PNG", "USA")), id="held-dialogue-to-discuss"),
    # paraphrase of wh_20240325-central-america-forward-roundtable (dev)
    pytest.param("Vice President Harris convened leaders from the Government of Guatemala and the private sector "
                 "to discuss next steps for the Central America Forward initiative.",
                 ("CONSULT", ("GTM", "USA"), "occurred"), ("AGREE", ("GTM", "USA")), id="convened-to-discuss"),
    # wh_20230425-colombia-finer-travel (dev)
    pytest.param("While in Colombia, Finer met with President Gustavo Petro. He also met with Foreign Minister "
                 "Alvaro Leyva and Chief of Staff Laura Sarabia to follow up on the recent bilateral meeting between "
                 "President Biden and President Petro in Washington last week.",
                 ("CONSULT", ("COL", "USA"), "occurred"), ("AGREE", ("COL", "USA")), id="met-to-follow-up"),
    # wh_20230616-qatar-amir-baghdad-statement (dev)
    pytest.param("We welcome the visit of Amir Sheikh Tamim Bin Hamad al-Thani of Qatar to Baghdad on June 15.",
                 ("CONSULT", ("IRQ", "QAT"), "occurred"), ("SUPPORT", ("IRQ", "QAT")), id="welcome-visit"),
    # wh_20210719-jordan-abdullah-meeting (dev)
    pytest.param("President Biden commended the important role Jordan plays in the wider stability of the region and "
                 "welcomed the recent trilateral summit in Baghdad between Iraq, Jordan, and Egypt.",
                 ("CONSULT", ("EGY", "IRQ", "JOR"), "occurred"), ("SUPPORT", ("EGY", "IRQ", "JOR")),
                 id="welcomed-trilateral-summit"),
])
def test_meeting_not_plan_or_backing(text, expected, absent):
    found = events_with_sides(text, "2023-06-16")
    assert expected in found
    assert not any((type_, sides) == absent for type_, sides, _status in found)


@pytest.mark.slow
def test_opening_participle_is_the_meeting_told():
    # wh_20210325-biden-european-council-summit (dev)
    text = ("Today, President Joseph R. Biden, Jr. participated virtually in a scheduled summit of the European "
            "Council.\n\nMeeting with the heads of state or government of the 27 member states of the European Union "
            "(EU) chaired by European Council President Charles Michel, the President reaffirmed his commitment to "
            "revitalizing relations between the United States and the European Union.")
    consults = [e for e in events_with_sides(text, "2021-03-25") if e[0] == "CONSULT"]
    assert [sides for _type, sides, _status in consults] == [("EU", "USA")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # wh_20210308-papal-visit-iraq-statement (fresh dev)
    pytest.param("To see Pope Francis visit ancient religious sites in Iraq, spend time with Grand Ayatollah Ali "
                 "al-Sistani in Najaf, and offer prayers in Mosul is a symbol of hope for the entire world.",
                 id="offer-prayers"),
    # wh_20220222-russia-first-tranche-factsheet (dev)
    pytest.param("And as President Biden promised, we worked with Germany to ensure the Nord Stream 2 pipeline will "
                 "not move forward.", id="as-promised-recalled"),
    # wh_20240514-china-section301-tariffs (dev)
    pytest.param("The previous administration’s trade deal with China failed to increase American exports or boost "
                 "American manufacturing as it had promised.", id="as-it-had-promised"),
])
def test_no_agree(text):
    assert not any(type_ == "AGREE" for type_, _sides, _status in events_with_sides(text, "2022-02-22"))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # paraphrase: a promise with its content is still a promise
    pytest.param("As President Biden promised Ukraine, the United States will provide additional air defense "
                 "systems to Ukraine.", ("AGREE", ("UKR", "USA")), id="promise-with-content-kept"),
    # paraphrase: a visit welcomed at home is the visit itself
    pytest.param("President Biden welcomed President Yoon of the Republic of Korea to the White House on Monday.",
                 ("CONSULT", ("KOR", "USA")), id="welcomed-visitor-kept"),
])
def test_still_found(text, expected):
    assert expected in {(type_, sides) for type_, sides, _status in events_with_sides(text, "2023-04-24")}
