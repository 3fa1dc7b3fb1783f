"""Acts and sides of the state-press register (issue 13, evtt32).

- Ties broken off ("broke off ties with Qatar") and diplomats declared persona non grata are
  SANCTION (`accords.events.triggers`); "the talks broke down" and declared support are not.
- A multilateral word on a body, also as the second of two adjectives ("regional and multilateral
  organizations such as ECO"), names no group of sides (`accords.events.groups`).
- A country named in a cause ("due to the Russian-Ukrainian war") or in what issues relate to
  ("issues related to Syria") is no side (`accords.events.phrases`).
- Talks that are the purpose of a trip told as done ("stopped in Ankara ... to hold talks", "has
  attended a multilateral meeting ... to discuss") were held there: no plan (AGREE) of them
  (`accords.events.talkpurposes.talk_on_trip`); a trip still to come keeps its plan.
- "The two countries" after a sentence that names a pair put "between" and other sides besides
  ("amid continued border tensions between Azerbaijan and Armenia") is that pair
  (`accords.events.pairrefs`): Iran's call on them has three sides.

Sentences from Tehran Times (CC BY 4.0; news 416004, 483452, 473309, 406866, 467431); the negative lines
are paraphrased for this test.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_VISIT = ("TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian will visit Turkey on Monday for the first time "
          "in his capacity as top diplomat, Turkish media reported. ")
_HOST = ("Anadolu Agency said Turkey is preparing to host the foreign ministers of nine countries during the next two "
         "weeks, in light of a possible global food crisis due to the Russian-Ukrainian war. ")
_MULTILATERAL = ("The Iranian Foreign Ministry said Friday that Ali Asghar Khaji, a senior advisor to the Iranian foreign "
                 "minister, has attended a multilateral meeting with officials from Russia, Turkey, and the United Nations "
                 "to discuss issues related to Syria. ")
_READINESS = ("Kaymakci declared Turkey’s readiness to expand ties with Iran and boost cooperation within the framework "
              "of regional and multilateral organizations such as ECO.")
_STOP = ("TEHRAN – Iran and Turkey held talks on Wednesday. Having attended the 71st Session of the United Nations "
         "General Assembly, Zarif stopped in Ankara Wednesday morning on his way back to Tehran to hold talks with "
         "Turkish officials.")
_WILL_STOP = ("TEHRAN – Iran and Turkey held talks on Wednesday. Zarif will stop in Ankara next week on his way back "
              "to Tehran to hold talks with Turkish officials.")

SANCTIONS = [
    pytest.param("On June 5, Saudi Arabia along with the United Arab Emirates, Bahrain and Egypt broke off ties with Qatar.",
                 ("ARE", "BHR", "EGY", "QAT", "SAU"), id="broke-off-ties"),
    pytest.param("In its latest move, Azerbaijan declared four Iranian diplomats in Baku as persona non grata.",
                 ("AZE", "IRN"), id="persona-non-grata"),
]


@pytest.mark.parametrize(("text", "sides"), SANCTIONS)
def test_ties_cut_and_diplomats_declared_unwelcome_are_sanctions(text: str, sides: tuple[str, ...]) -> None:
    assert ("SANCTION", sides, "occurred") in events_with_sides(text)


NOT_SANCTIONS = [
    pytest.param("The talks between Iran and Turkey broke down after three rounds.", id="talks-broke-down"),
    pytest.param("Azerbaijan declared its full support for Iran's territorial integrity.", id="declared-support"),
]


@pytest.mark.parametrize("text", NOT_SANCTIONS)
def test_other_breaks_and_declarations_are_no_sanction(text: str) -> None:
    assert not [event for event in events_with_sides(text) if event[0] == "SANCTION"]


TOPICS = [
    pytest.param(_VISIT + _HOST, None, {"RUS", "UKR"}, id="cause-of-a-hosting"),
    pytest.param(_VISIT + _MULTILATERAL, None, {"SYR", "UKR"}, id="issues-related-to"),
    pytest.param(_VISIT + _MULTILATERAL + _READINESS, "ECO", {"RUS", "SYR", "UKR", "UN"}, id="multilateral-organizations"),
]


@pytest.mark.parametrize(("text", "with_side", "absent"), TOPICS)
def test_causes_topics_and_bodies_name_no_side(text: str, with_side: str | None, absent: set[str]) -> None:
    """No event (or none with `with_side`: the readiness told last) has a side of `absent`."""
    found = [sides for _type, sides, _status in events_with_sides(text) if with_side is None or with_side in sides]
    assert found
    assert all(not set(sides) & absent for sides in found)


def test_multilateral_meeting_keeps_its_listed_sides() -> None:
    found = events_with_sides(_VISIT + _MULTILATERAL)
    assert ("CONSULT", ("IRN", "RUS", "TUR", "UN"), "occurred") in found


TRIPS = [
    pytest.param(_STOP, False, id="stopped-to-hold-talks"),
    pytest.param(_MULTILATERAL, False, id="attended-to-discuss"),
    pytest.param(_WILL_STOP, True, id="will-stop-to-hold-talks"),
]


@pytest.mark.parametrize(("text", "planned"), TRIPS)
def test_talks_on_a_trip_told_as_done_are_no_plan(text: str, planned: bool) -> None:
    assert any(event[0] == "AGREE" for event in events_with_sides(text)) is planned


_TENSIONS = ("Iran has long called for respect of international borders in the south Caucasus region amid continued "
             "border tensions between Azerbaijan and Armenia. ")
PAIRS = [
    pytest.param(_TENSIONS + "Iran also called on the two countries to settle their decades-long disputes through dialogue.",
                 ("ARM", "AZE", "IRN"), id="between-pair-in-a-longer-sentence"),
    pytest.param("Tensions rose between Azerbaijan and Armenia. Iran also called on the two countries to settle their "
                 "disputes through dialogue.", ("ARM", "AZE", "IRN"), id="pair-named-alone"),
]


@pytest.mark.parametrize(("text", "sides"), PAIRS)
def test_the_two_countries_after_a_pair_put_between(text: str, sides: tuple[str, ...]) -> None:
    assert ("REQUEST", sides, "occurred") in events_with_sides(text)
