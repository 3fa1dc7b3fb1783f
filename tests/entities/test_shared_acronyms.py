"""An acronym two organisations go by stands for the one the article spells out: "IDB" is the
Inter-American Development Bank in a White House text on the Americas that names it, and the
Islamic Development Bank (the table's first) in a text that spells out that one or neither.

Sentences: White House fact sheets (whitehouse-briefings corpus, 2021-2024, public domain) and,
for the Islamic Development Bank, sentences written for the test in the register of regional news.
"""

from __future__ import annotations

import pytest
from tests.entities.found import stage_entities

from accords.gazetteer.organisations import igo_by_alias

CASES = [
    pytest.param("The U.S. International Development Finance Corporation (DFC) and the Inter-American Development "
                 "Bank (IDB) Invest will establish an innovative joint investment platform. Spain is working with the "
                 "IDB to make available $2 million for IDB’s Grant Facility.",
                 "IDB", "Inter-American Development Bank", id="americas-fact-sheet"),
    pytest.param("The four banks are the Inter-American Development Bank, where\n    the United States is the largest "
                 "shareholder, and the Caribbean Development Bank. The IDB will\n    lend $1 billion.",
                 "IDB", "Inter-American Development Bank", id="name-across-a-line-break"),
    pytest.param("The Islamic Development Bank will finance the railway. The IDB approved a loan of $200 million "
                 "for the project on Monday.", "IsDB", "Islamic Development Bank", id="islamic-bank-spelled"),
    pytest.param("The IDB approved a loan of $200 million for the railway on Monday.",
                 "IsDB", "Islamic Development Bank", id="spelled-neither"),
]


@pytest.mark.parametrize(("text", "acronym", "name"), CASES)
def test_shared_acronym_follows_the_spelled_name(text, acronym, name):
    banks = [e for e in stage_entities(text).entities if e.canonical_id in ("IDB", "IsDB")]
    assert [(e.canonical_id, e.name) for e in banks] == [(acronym, name)]
    assert len(banks[0].evidence) == text.count("IDB") + " ".join(text.split()).count(name)  # every use is one bank


@pytest.mark.parametrize(
    ("alias", "text", "acronym"),
    [("IDB", None, "IsDB"), ("IDB", "loans from the Inter-American Development Bank", "IDB"),
     ("IDB", "the Islamic Development Bank and the Inter-American Development Bank", "IsDB"),
     ("IsDB", "the Inter-American Development Bank", "IsDB"),
     ("Inter-American Development Bank", None, "IDB")],
    ids=["no-text", "text-spells-it", "text-spells-both", "own-acronym", "full-name"],
)
def test_igo_by_alias_reads_the_text(alias, text, acronym):
    assert igo_by_alias(alias, text).acronym == acronym
