"""A government's own text names its bodies without their country ("the Department of State", "the
Millennium Challenge Corporation (MCC)", "DFC"): the money such a body gives, invests or lends is the
home country's as well as the receiver's (`accords.indicators.subjects._HOME_BODIES`), as "USAID will
provide" already was. The same sentences from an outlet that is no government's own voice keep the
receiver alone: a department named without its country is no country's there (the DFC, which the
text names "the U.S. International Development Finance Corporation" and the gazetteer knows, stays the US's).

Texts: "FACT SHEET: Biden-Harris Administration Releases Update on the Strategy to Prevent Conflict and
Promote Stability" (2024-04-30), "FACT SHEET: The 2024 U.S.-ASEAN Summit" (2024-10-10) and "FACT SHEET:
Update on the U.S. Strategy for Addressing the Root Causes of Migration" (2023-02-06), from the
whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United States government,
public domain), with their line breaks. Expected records are (metric, subjects, value, unit), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WHITE_HOUSE = "The White House"

MCC = (
    "-   The Millennium Challenge Corporation (MCC) is continuing to advance\n"
    "    economic growth to promote stability in Coastal West Africa by\n"
    "    developing and expanding critical infrastructure and related\n"
    "    sectors. MCC is currently developing a Regional Transport\n"
    "    Compact with the Government Benin, which is contributing $204\n"
    "    million to complement MCC’s investment of $202 million, to reduce\n"
    "    transportation costs along the economic corridor extending from the\n"
    "    Port of Cotonou.\n"
)
DFC = (
    "Over the past three and a half years, the Biden-Harris Administration\n"
    "has also spurred investment and economic growth through the advancement\n"
    "of over $1.4 billion in private sector investments in the ASEAN region.\n"
    "This past year alone, the U.S. International Development Finance\n"
    "Corporation (DFC) has invested over $341 million in ASEAN markets. To\n"
    "further our cooperation and support, DFC has announced that it will open\n"
    "new offices in Vietnam and the Philippines to source more opportunities\n"
    "and further advance private sector investment. DFC’s key initiatives and\n"
    "investments have included:\n\n"
    "-   Loaning up to $126 million loan to power company PT Medco Cahaya\n"
    "    Geothermal to strengthen Indonesia’s energy security.\n"
    "-   Initiating DFC’s first investment in Lao PDR with a $4 million loan\n"
    "    portfolio guarantee to Phongsavanh Bank, which will work with\n"
    "    Village Funds to give farmers financing to scale their businesses,\n"
    "    increase their incomes, and improve their livelihoods.\n"
)
STATE = (
    "The U.S. Agency for International Development (USAID) is helping El Salvador, Guatemala\n"
    "    and Honduras reduce gender-based violence (GBV) through programs\n"
    "    that range from prevention and education to survivor support and\n"
    "    access to justice. In January 2023, the Department of State launched\n"
    "    a $3 million project to combat GBV in six municipalities in northern\n"
    "    Honduras with high areas of out-migration.\n"
)


def _sides(text: str, value: float, source: str | None) -> list[tuple[str, ...]]:
    return [subjects for _metric, subjects, found, unit, _kind, _qualifier
            in figures(text, published="2024-04-30", source=source) if found == value and unit == "USD"]


@pytest.mark.parametrize(
    ("text", "value", "source", "expected"),
    [
        pytest.param(MCC, 202e6, WHITE_HOUSE, [("BEN", "USA")], id="mcc-investment-is-the-home-countrys"),
        pytest.param(DFC, 4e6, WHITE_HOUSE, [("LAO", "USA")], id="dfc-loan-guarantee-is-the-home-countrys"),
        # the text ties the DFC to its country ("the U.S. International Development Finance Corporation
        # (DFC)") and accords.gazetteer knows it as a US agency, as USAID: US money on any outlet (ent51)
        pytest.param(DFC, 4e6, None, [("LAO", "USA")], id="no-government-outlet-dfc-named-as-us-is-the-us"),
        pytest.param(STATE, 3e6, WHITE_HOUSE, [("HND", "USA")], id="department-of-state-project-is-the-home-countrys"),
        pytest.param(MCC, 202e6, None, [("BEN",)], id="no-government-outlet-no-home-body"),
        pytest.param(STATE, 3e6, None, [("HND",)], id="no-government-outlet-department-is-no-country"),
    ],
)
def test_home_bodies_give(text: str, value: float, source: str | None, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text, value, source) == expected


@pytest.mark.parametrize(("name", "read"), [
    pytest.param("Department of State", True, id="department-of-state"),
    pytest.param("State Department", True, id="state-department"),
    pytest.param("Department of the Treasury", True, id="department-of-the-treasury"),
    pytest.param("Department of Veterans Affairs", True, id="veterans-affairs"),
    pytest.param("Millennium Challenge Corporation", True, id="mcc-long"),
    pytest.param("DFC", True, id="dfc-acronym"),
    pytest.param("Peace Corps", True, id="peace-corps"),
    pytest.param("Export-Import Bank of the United States", True, id="exim-of-the-united-states"),
    pytest.param("Export-Import Bank of Korea", False, id="another-countrys-exim"),
    pytest.param("Ministry of Foreign Affairs", False, id="a-ministry-is-no-home-body"),
])
def test_one_list_of_home_bodies(name: str, read: bool) -> None:
    """The events (a whole entity name) and the figures (a name in running text) read the one list of the
    gazetteer (`accords.gazetteer.home_bodies`), so a body one stage knows the other knows too."""
    from accords.events.home import _HOME_BODIES as EVENT_BODIES
    from accords.indicators.subjects import _HOME_BODIES as FIGURE_BODIES

    assert (EVENT_BODIES["USA"].fullmatch(name) is not None,
            FIGURE_BODIES["USA"].fullmatch(name) is not None) == (read, read)
