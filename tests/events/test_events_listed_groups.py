"""A group phrase stands for the list of as many countries the text named before it
(`accords.events.groups.listed_before`): "the three countries have agreed ..." after "Iran, Turkey
and Russia brokered the Astana talks" are those three, not the article's most named countries nor
a country of the sentence's topic; a group named by its part ("the guarantor states of the Astana peace
process", "the three guarantors") is the list named before, and the place its meeting is held in ("in the
Kazakh capital") no member. A visit's or a meeting's "by" phrase names who travels or meets
(`accords.events.actors._measure_preps`): "a visit by Iranian President Hassan Rouhani to Baku" is
Iran's visit to Azerbaijan.

Sentences from Tehran Times articles of shared/corpora/tehrantimes-region (CC BY 4.0)."""

from __future__ import annotations

import pytest

from accords.scan.lists import LIST_JOINS
from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iran, Turkey and Russia brokered the Astana talks on the Syrian crisis. Weeks ago, Jaberi Ansari said "
                 "the Syrian government had attended. “An important part of the issues raised among the three countries "
                 "is resolved,” he said, adding that the three countries have agreed to follow up on the remaining issues "
                 "through diplomatic channels.",
                 ("AGREE", ("IRN", "RUS", "TUR"), "occurred"), id="three-countries-after-a-list"),
    pytest.param("The presidents of Iran, Russia and Turkey started talks on the Syrian conflict in Ankara on Wednesday. "
                 "The summit, hosted by Turkish President Recep Tayyip Erdogan, is a follow-up to the previous summit by "
                 "the leaders of the three countries on November 22 in Sochi, Russia.",
                 ("CONSULT", ("IRN", "RUS", "TUR"), "occurred"), id="summit-by-the-leaders-of-the-three"),
    pytest.param("The agreement was signed during a visit by Iranian President Hassan Rouhani to Baku.",
                 ("CONSULT", ("AZE", "IRN"), "occurred"), id="visit-by"),
])
def test_group_and_agent_sides(text, expected):
    assert events_with_sides(text)[-1] == expected


@pytest.mark.parametrize(("between", "joined"), [
    (", ", True), (" and ", True), (", and ", True), (", as well as ", True), (" and the Republic of ", True),
    (" said ", False), (" with ", False), (" and its allies, ", False),
], ids=["comma", "and", "serial-comma", "as-well-as", "republic-of", "verb", "with", "other-words"])
def test_list_joins(between, joined):
    assert bool(LIST_JOINS.fullmatch(between)) is joined


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iran, Russia and Turkey launched the Astana talks in January. Late in November, the guarantor states "
                 "of the Astana peace process ended their 11th round of talks in the Kazakh capital.",
                 ("CONSULT", ("IRN", "RUS", "TUR"), "occurred"), id="guarantor-states-host-no-side"),
    pytest.param("Iran, Russia and Turkey launched the Astana talks in January. The three guarantors agreed to hold "
                 "the next round in Sochi.", ("AGREE", ("IRN", "RUS", "TUR"), "occurred"), id="three-guarantors"),
    pytest.param("Based on this MOU, part of the cargo will be transported through Iran via the "
                 "China-Kazakhstan-Iran-Europe railway corridor. Also back in November 2021, Iran, Kazakhstan, and "
                 "Turkmenistan had signed a tripartite MOU on railroad cooperation.",
                 ("SUPPORT", ("IRN", "KAZ", "TKM"), "occurred"), id="list-hung-on-a-date-is-no-venue"),
])
def test_groups_by_part(text, expected):
    assert events_with_sides(text)[-1] == expected
