"""events.v2: a surname alone stands for the person the article named in full (linked by the
entities stage, `accords.entities.surnames`, or, inside a countryless name, by
`accords.events.surnames`). Sentences from Tehran Times articles nobody tuned on (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev, not in
the gold set). Exact type, sides (actor and recipient countries) and status of every event."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # tehrantimes 416657: "Rouhani met separately with ...": Iran is a side
    ("surname-subject-of-meeting",
     "TEHRAN – Iranian President Hassan Rouhani said on Saturday that independent countries should reinforce "
     "unity. Rouhani met separately "
     "with President of Kazakhstan Nursultan Nazarbayev and Uzbek President Shavkat Mirziyoyev.",
     # "separately": two bilateral meetings (events.separately), each with Rouhani's country
     [("CONSULT", ("IRN", "KAZ"), "occurred"), ("CONSULT", ("IRN", "UZB"), "occurred")]),
    # tehrantimes 416435: "In his talks with the Qatari emir, Rouhani ..."
    ("surname-after-talks",
     "TEHRAN – Iranian President Hassan Rouhani held phone conversations with Turkish President Recep Tayyip "
     "Erdogan on Thursday. In his talks with the Qatari emir, Rouhani highlighted the necessity of increasing "
     "consultations, boosting cooperation and expanding ties.",
     [("CONSULT", ("IRN", "TUR"), "occurred"), ("CONSULT", ("IRN", "QAT"), "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_surnames(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "surname", "expected"), [
    # tehrantimes 68783: the honorific read as a given name leaves "Hojjatoleslam Rouhani" a person
    # of no country, apart from Hassan Rouhani; the entities stage links no surname inside it
    pytest.param("Sarkisyan in a meeting with the Iran's Supreme National Security Council (SNSC) Hojjatoleslam "
                 "Hassan Rouhani stressed stability and security on the borders of Iran and Armenia. Also, "
                 "Hojjatoleslam Rouhani declared that friendly relations between Iran and Armenia is not against "
                 "a third country and Iran aims for stability, peace and security in the region.",
                 "Rouhani", {"IRN"}, id="surname-inside-a-countryless-name"),
    pytest.param("Iranian minister Ali Karimi and Afghan minister Hamid Karimi attended a forum in Kabul on Monday. "
                 "Karimi spoke first.", "Karimi", None, id="bearers-of-two-countries"),
])
def test_surname_sides(text, surname, expected):
    """The sides on the last occurrence of the surname: its bearer's country; a surname that
    bearers of two countries share gets no side here (whatever the entities stage linked)."""
    import accords
    from accords.events.actors import build_index
    from accords.events.surnames import with_surnames
    from sides import STAGES

    extraction = accords.extract(text, stages=STAGES[:-1])
    start = text.rindex(surname)
    linked = build_index(extraction)
    index = with_surnames(linked, extraction, text)
    found = {side.country for side, _type in index.sides_in(start, start + len(surname))}
    if expected is None:  # left as the entities stage linked it
        assert found == {side.country for side, _type in linked.sides_in(start, start + len(surname))}
    else:
        assert not linked.sides_in(start, start + len(surname))  # no side of the entities stage's
        assert found == expected
