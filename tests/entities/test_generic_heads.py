"""entities.v2: a programme named with a lower-case head after its proper name ("the Central America
Forward initiative") also carries the proper name as an alias (`accords.entities.tails`), as the gold
names it ("Central America Forward"; tests/gold/README.md).

Sources: White House readouts 2023-10-03 (Sullivan and Guatemala's president-elect) and 2021-07-16 (the
APEC virtual leaders' retreat), works of the United States government, public domain (via the
wh-briefings crawl, CC0).
"""

import pytest

from accords.entities.lexicon import WEAK_PROJECT_HEADS
from accords.entities.tails import PROGRAMME_HEADS, without_generic_head
from tests.entities.found import stage_entities


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Central America Forward initiative", "Central America Forward"),
        ("Build Back Better World partnership", "Build Back Better World"),
        ("Americas Partnership Accelerator program", "Americas Partnership Accelerator"),
        ("Climate initiative", None),
        ("Sangtoodeh-2 hydropower plant", None),
        ("Partnership for Global Infrastructure and Investment", None),
        ("Rasht-Astara railway", None),
        ("Caspian Sea route", None),
        ("New Zealand partnership", None),
        ("U.S.-Costa Rica partnership", None),
        ("President Yoon’s initiative", None),
    ],
    ids=["initiative", "partnership", "program", "one-word-name-stays", "lower-case-before-the-head",
         "capitalised-head-is-the-name", "no-weak-head",
         "a-route-is-on-the-map", "a-partner-is-no-name", "partners-are-no-name",
         "an-owner-is-no-name"],
)
def test_without_generic_head(name, short):
    assert without_generic_head(name) == short


def test_programme_heads_are_project_heads():
    assert PROGRAMME_HEADS <= WEAK_PROJECT_HEADS


CASES = [
    ("initiative-after-the-name",
     "Participants also discussed the importance of private sector investment in creating inclusive economic "
     "growth, such as the Central America Forward initiative led by Vice President Kamala Harris.",
     "Central America Forward"),
    ("partnership-after-the-name",
     "He discussed ways to unleash the economic power of the region and to deepen U.S. economic engagement "
     "throughout the Indo-Pacific, including through the recently announced Build Back Better World partnership, "
     "which will provide high-standard, climate-aligned, and transparently financed infrastructure to APEC "
     "economies that need support.",
     "Build Back Better World"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "short"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_programme_carries_its_proper_name(text, short):
    projects = [e for e in stage_entities(text).entities if e.type == "PROJECT"]
    assert any(short == e.name or short in e.aliases for e in projects), projects
