"""An acronym the text spells out as something else is that thing, not the gazetteer's namesake
(`accords.entities.acronyms.without_redefined`): "the Additional Protocol (AP)" makes every "AP" of
a G7 statement the protocol, not the Associated Press (whose U.S. country made "We support further
discussions within the Nuclear Suppliers Group (NSG) towards the establishment of the AP" a SUPPORT of
the G7 and the United States). A spelled-out name the gazetteer shares words with keeps its reading.

Sentences: G7 Leaders' Hiroshima Vision on Nuclear Disarmament (2023-05-19) and a White House fact sheet
(whitehouse-briefings corpus, public domain).
"""

from __future__ import annotations

import pytest

from tests.entities.found import stage_entities

_AP = ("We reaffirm our commitment to the universal adoption of the Additional Protocol (AP) as fundamental "
       "components of the nuclear non-proliferation regime. We support further discussions within the Nuclear "
       "Suppliers Group (NSG) towards the establishment of the AP as a condition of supply in the Group’s guidelines.")
_CDC = ("The Centers for Disease Control and Prevention (CDC) will deploy a team of experts. The CDC will also "
        "train health workers.")


@pytest.mark.parametrize(("text", "acronym", "wanted", "unwanted"), [
    pytest.param(_AP, "AP", ("DOCUMENT", "Additional Protocol", None), "Associated Press", id="spelled-as-another"),
    pytest.param(_CDC, "CDC", ("ORG", "Centers for Disease Control and Prevention", "USA"), None, id="same-name-kept"),
])
def test_acronym_spelled_out_as_another_thing(text, acronym, wanted, unwanted):
    entities = stage_entities(text, source="The White House").entities
    found = {(e.type, e.name, e.country) for e in entities}
    assert wanted in found
    assert unwanted is None or all(e.name != unwanted for e in entities)
    owner = next(e for e in entities if (e.type, e.name, e.country) == wanted)
    assert len(owner.evidence) == text.count(acronym) + text.count(wanted[1])  # every use is the spelled-out one
