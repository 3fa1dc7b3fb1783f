"""An entity's confidence is the share of entities like it that were right on text no rule was
written on (`accords.entities.confidence`, fitted by `bench/entity_calibration.py --fresh`): its
type, whether the text names it more than once, and for organisations and places whether it is
tied to a country or a code.

The sentences are written for the test in the register of Tehran Times' transit news.
"""

from __future__ import annotations

import pytest
from tests.entities.found import stage_entities

from accords.entities.confidence import DEFAULT, entity_confidence

TABLE = [
    pytest.param("COUNTRY", 3, False, 0.99, id="country-named-again"),
    pytest.param("COUNTRY", 1, False, 0.97, id="country-named-once"),
    pytest.param("ORG", 1, False, 0.47, id="organisation-once-tied-to-nothing"),
    pytest.param("ORG", 1, True, 0.82, id="organisation-once-of-a-country"),
    pytest.param("ORG", 2, False, 0.68, id="organisation-again-tied-to-nothing"),
    pytest.param("PLACE", 1, False, 0.73, id="place-once-of-no-country"),
    pytest.param("PLACE", 1, True, 0.97, id="place-once-of-a-country"),
    pytest.param("PERSON", 2, False, 0.95, id="person-named-again"),
    pytest.param("PROJECT", 1, False, 0.53, id="project-named-once"),
    pytest.param("VESSEL", 1, False, DEFAULT, id="type-the-table-lacks"),
]


@pytest.mark.parametrize("kind, mentions, tied, expected", TABLE)
def test_the_table(kind, mentions, tied, expected):
    assert entity_confidence(kind, mentions, tied=tied) == expected


TEXT = ("Iran and Azerbaijan signed a memorandum on transit in Baku on Monday, the Iranian Roads Ministry said. "
        "Iran and Azerbaijan will also open the Astara terminal. Officials from the Caspian Logistics Forum "
        "attended the ceremony.")


def test_the_entities_stage_sets_it_from_what_the_text_says():
    by_name = {e.name: e for e in stage_entities(TEXT, source="Tehran Times").entities}
    for entity in by_name.values():
        tied = bool(entity.canonical_id or entity.country)
        assert entity.confidence == entity_confidence(entity.type, len(entity.evidence), tied=tied), entity.name
    # a country the text names again is surer than a project named once
    assert by_name["Iran"].confidence > by_name["Astara terminal"].confidence
    # the ministry is tied to Iran by its adjective
    assert by_name["Iranian Roads Ministry"].country == "IRN"
    assert by_name["Iranian Roads Ministry"].confidence == 0.82
