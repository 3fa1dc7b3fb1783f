"""Tehran Times sentences (tt corpus, some shortened) where the sides were half a relation or a topic
(thirty-third session, evtt51): one state alone in a state's press on its relations
(`accords.events.relations.relation`, `home`), a meeting that is what the talks were about
(`accords.events.agenda.discussed_occasion`), and a call to an office named by its country
(`accords.events.matching`, "called Turkey's prime minister")."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_KARLOV = ("Iran strongly condemns the assassination of Russia’s ambassador to Turkey, Iranian Foreign Ministry said "
           "in a statement carried on its official website on Monday. “The criminal act evidences that terrorists "
           "affiliated to extremist and Takfiri currents are not bound by any international yardsticks or regulations,” "
           "read part of the statement. Ambassador Andrei Karlov was shot dead by a so-called off-duty Turkish police "
           "officer on Monday at an art gallery in the Turkish capital Ankara. Such attacks, the statement added, aim at "
           "breeding insecurity in the region and creating further contention among regional countries.")
_EMBASSY = ("TEHRAN - Mohammad Jafar Montazeri, the prosecutor-general of Iran, discussed the recent attack on "
            "Azerbaijan’s embassy in Tehran in a phone call with his Azerbaijani counterpart Kamran Aliyev. The call "
            "took place on Tuesday, according to Iran’s official news agency IRNA. A gunman armed with an AK-47 assault "
            "rifle stormed the embassy of the Republic of Azerbaijan in Tehran in late January, killing an Azeri "
            "national and injuring two others.")
_ASTANA = ("TEHRAN – A delegation from Iran headed by Ali Asghar Khaji, senior advisor to Iran’s foreign minister on "
           "special political affairs, took part in the 18th Astana platform conference in Kazakhstan’s capital Nur "
           "Sultan. On the second day of the conference, the UN delegation met with Khaji and his entourage. ")
_BOMBED = ("TEHRAN – Iran has condemned the attack. Turkish warplanes bombed villages in northern Iraq on Sunday, killing "
           "12 civilians. The Iraqi government protested.")


def _types_with(found: list[tuple[str, tuple[str, ...], str]], type_: str) -> list[tuple[str, ...]]:
    return [sides for kind, sides, _status in found if kind == type_]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "expected"), [
    # one state alone: the victim's state not linked, or no state that attacks
    pytest.param(_KARLOV, "ASSAULT", [], id="officer-shot-ambassador"),
    pytest.param(_EMBASSY, "ASSAULT", [], id="gunman-stormed-embassy"),
    # the attack of one state on another stays
    pytest.param(_BOMBED, "ASSAULT", [("IRQ", "TUR")], id="attack-of-one-state-on-another"),
    # a meeting named as what the talks were about is no meeting of its own
    pytest.param("TEHRAN – Iran’s foreign minister met his Russian and Turkish counterparts in Moscow on Monday. In the "
                 "meeting, the latest planning for holding a quadrilateral meeting of foreign ministers on the Syrian "
                 "issue was discussed, the Iranian embassy in Moscow said.", "CONSULT", [("IRN", "RUS", "TUR")],
                 id="planning-for-a-meeting-was-discussed"),
    # a call to an office named by its country
    pytest.param("ISTANBUL (AP) – President Barack Obama called Turkey's prime minister to mend ties following the "
                 "release on the WikiLeaks website of U.S. diplomatic cables containing negative comment about the Turkish "
                 "leadership, the government said Sunday.", "CONSULT", [("TUR", "USA")], id="called-turkeys-prime-minister"),
])
def test_half_relations_and_topics(text: str, type_: str, expected: list[tuple[str, ...]]) -> None:
    assert _types_with(events_with_sides(text, source="Tehran Times"), type_) == expected


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="known miss (thirty-third session, evtt51): 'called X's prime minister a terrorist' "
                   "is read as a phone call (CONSULT) by the call trigger, before and after evtt51's possessive-call rule")
def test_a_naming_of_an_office_is_no_call() -> None:
    """"called Israel's prime minister a terrorist" names, it does not phone."""
    found = events_with_sides("TEHRAN – Erdogan called Israel's prime minister a terrorist on Tuesday, the agency said.",
                              source="Tehran Times")
    assert _types_with(found, "CONSULT") == []


@pytest.mark.slow
def test_a_session_discussed_is_no_meeting_with_its_country() -> None:
    """"the two sides discussed the 8th session of the Syrian constitutional meeting": Syria, named in
    the topic, is no side of any meeting."""
    found = events_with_sides(_ASTANA + "In the meeting, the two sides discussed the 8th session of the Syrian "
                              "constitutional meeting in detail. They also welcomed the 9th session of the conference "
                              "which is slated to take place on July 25.", source="Tehran Times")
    assert not [sides for sides in _types_with(found, "CONSULT") if "SYR" in sides]
