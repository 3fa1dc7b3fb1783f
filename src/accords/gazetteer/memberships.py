"""The states that sit in an intergovernmental body's own meetings: its members, and the observers
it seats (issue 13).

A body's own summit is the body's meeting: a member that only hosts it or tells of it is no side
of it (a member that travels to it or attends it meets the body, as docs/gold-format.md records
such a trip), and a state from outside that takes part meets the body: "President Biden
participated virtually in a scheduled summit of the European Council" is the United States and
the EU (`accords.events.formats.body_meeting_sides`).

Each line is ``ACRONYM | member ISO3 codes | observers``, with the acronyms of
`accords.gazetteer.organisations` (the Quad, which has none there, by its name:
`accords.indicators.groups` reads its members). Source: each body's own list of its member states, as it stood
in 2024 (the end of the White House corpus); where a state joined late it took part as an observer
or partner before (Iran in the SCO before 2023, Finland and Sweden at NATO summits before 2023-24),
so the lists are not dated. A body that is not listed here has no known membership: callers keep
their own fallback for it.
"""

from __future__ import annotations

import functools

_TABLE = """
ECO|AFG AZE IRN KAZ KGZ PAK TJK TKM TUR UZB|
SCO|BLR CHN IND IRN KAZ KGZ PAK RUS TJK UZB|AFG MNG
CICA|AFG AZE BGD BHR CHN EGY IND IRN IRQ ISR JOR KAZ KGZ KHM KOR KWT LKA MNG PAK PSE QAT RUS TJK THA TKM TUR ARE UZB VNM|
EAEU|ARM BLR KAZ KGZ RUS|CUB MDA UZB
CIS|ARM AZE BLR KAZ KGZ MDA RUS TJK UZB|TKM
CSTO|ARM BLR KAZ KGZ RUS TJK|
OTS|AZE KAZ KGZ TUR UZB|HUN TKM
GUAM|AZE GEO MDA UKR|
GCC|ARE BHR KWT OMN QAT SAU|
ASEAN|BRN IDN KHM LAO MMR MYS PHL SGP THA VNM|TLS
EU|AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GRC HRV HUN IRL ITA LTU LUX LVA MLT NLD POL PRT ROU SVK SVN SWE|
NATO|ALB BEL BGR CAN CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN ISL ITA LTU LUX LVA MKD MNE NLD NOR POL PRT ROU SVK SVN SWE TUR USA|
G7|CAN DEU FRA GBR ITA JPN USA|
G20|ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF|
BRICS|ARE BRA CHN EGY ETH IND IRN RUS ZAF|
D-8|AZE BGD EGY IDN IRN MYS NGA PAK TUR|
Quad|AUS IND JPN USA|
"""

#: Bodies whose meetings every state sits in (the United Nations and its General Assembly).
UNIVERSAL = frozenset({"UN", "UNGA"})


@functools.cache
def _rows() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Members and observers by acronym, each in the table's order."""
    rows = {}
    for line in _TABLE.strip().splitlines():
        acronym, members, observers = line.split("|")
        rows[acronym] = (tuple(members.split()), tuple(observers.split()))
    return rows


@functools.cache
def _seats() -> dict[str, frozenset[str]]:
    return {acronym: frozenset(members + observers) for acronym, (members, observers) in _rows().items()}


def members(body: str) -> tuple[str, ...]:
    """The member states of `body` (ISO3, in the table's order; observers left out), () where not listed."""
    return _rows().get(body, ((), ()))[0]


def known(body: str) -> bool:
    """Whether the membership of `body` (an acronym of `accords.gazetteer.organisations`) is known."""
    return body in UNIVERSAL or body in _seats()


def sits_in(country: str, body: str) -> bool:
    """Whether the state `country` (ISO3) sits in the meetings of `body` as a member or observer;
    False for a body whose membership is not known (`known`)."""
    return body in UNIVERSAL or country in _seats().get(body, frozenset())
