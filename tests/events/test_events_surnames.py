"""events.v2: a surname alone stands for the person the article named in full (linked by the
entities stage, `accords.entities.surnames`, which also gives a countryless name with that
surname the bearer's country). Sentences from Tehran Times articles nobody tuned on (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev, not in
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
    # tehrantimes 441260: a meeting told only in an opening phrase; the speaker, named in full as
    # "Bashar al-Assad", is "Assad" alone (the surname without its joined article): Syria met Russia
    ("surname-without-joined-article",
     "Syrian President Bashar al-Assad has demanded a complete halt to Turkey's operation against Kurdish forces "
     "in northeastern Syria, and a full withdrawal of foreign forces illegally present in Syrian territories. "
     "During a meeting with a Russian delegation headed by the Kremlin’s special envoy on Syria, Alexander "
     "Lavrentiev, in Damascus on Friday, Assad said efforts must be directed at ending Operation Peace Spring.",
     [("REQUEST", ("SYR", "TUR"), "occurred"), ("CONSULT", ("RUS", "SYR"), "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_surnames(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "surname", "expected"), [
    # tehrantimes 68783: the honorific read as a given name leaves "Hojjatoleslam Rouhani" a person
    # apart from Hassan Rouhani; the entities stage gives him his namesake's country
    pytest.param("Sarkisyan in a meeting with the Iran's Supreme National Security Council (SNSC) Hojjatoleslam "
                 "Hassan Rouhani stressed stability and security on the borders of Iran and Armenia. Also, "
                 "Hojjatoleslam Rouhani declared that friendly relations between Iran and Armenia is not against "
                 "a third country and Iran aims for stability, peace and security in the region.",
                 "Rouhani", {"IRN"}, id="surname-inside-a-countryless-name"),
])
def test_surname_sides(text, surname, expected):
    """The sides on the last occurrence of the surname: its bearer's country, through the
    entity the entities stage placed (`accords.entities.surnames`)."""
    import accords
    from accords.events.sideindex import build_index
    from sides import STAGES

    extraction = accords.extract(text, stages=STAGES[:-1])
    start = text.rindex(surname)
    found = {side.country for side, _type in build_index(extraction).sides_in(start, start + len(surname))}
    assert found == expected
