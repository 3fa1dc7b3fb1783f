"""entities.v2: Title Case phrases and places with two names.

- A phrase the small model tags ORG is no name when the same text writes it in lower case, word
  for word ("a dialogue on Artificial Intelligence" beside "areas such as artificial
  intelligence"); a name the text never writes so is kept.
- A place written with its two names joined by a slash is one place: the first is its name, the
  second an alias.

Sentences from White House statements of 2021-2024 (works of the US government, public domain;
via the whitehouse-briefings corpus: the readout of President Biden's meeting with Prime Minister
Modi, 2022-05-24, and of the Vice President's meeting with King Abdullah II, 2023-02-02, a fresh
dev file of the eleventh session), and one written for this test in the
register of Turkish press agencies; shortened.
"""

import pytest

from tests.entities.found import found


pytestmark = pytest.mark.slow


# (id, text, entities that must be found, entities that must not)
CASES = [
    ("title-case-phrase-written-in-lower-case-elsewhere",
     "The United States and India committed to expanding cooperation in new defense domains, including through "
     "space, cyber, and launching a dialogue on Artificial Intelligence this year. The National Science "
     "Foundation plans to support at least 25 joint research projects in 2022 in areas such as artificial "
     "intelligence and data science.",
     {("ORG", "National Science Foundation")}, {("ORG", "Artificial Intelligence")}),
    ("name-never-written-in-lower-case-is-kept",
     "Daily Sabah reported on Monday that the ministers met in Ankara, the daily said, citing officials.",
     {("ORG", "Daily Sabah")}, set()),
    ("place-with-two-names",
     "The Vice President underscored the importance of upholding the status quo at the Haram al-Sharif / "
     "Temple Mount, recognizing Jordan’s crucial role as the custodian of Muslim holy places in Jerusalem.",
     {("PLACE", "Haram al-Sharif"), ("PLACE", "Jerusalem")}, {("PLACE", "Haram al-Sharif / Temple Mount")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_title_case_phrases_and_two_names(text, present, absent):
    got = found(text)
    assert present <= got
    assert not absent & got
