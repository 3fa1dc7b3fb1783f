"""Armed groups and news channels the knowledge base names (`accords.gazetteer.places`): the small
model reads "Jabhat Fateh al-Sham", "Tahrir al-Sham" and "Al Alam" as people.

The sentences are quoted from Tehran Times (tehrantimes.com, news ids 413092, 430663 and 475955,
CC BY 4.0, https://creativecommons.org/licenses/by/4.0/; attribute Mehr News / Tehran Times).
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, (type, name) that must be found, (type, name) that must not)
CASES = [
    ("group-renamed-front",
     "Terrorist groups such as Daesh (ISIS) and Jabhat Fateh al-Sham are excluded from the talks.",
     {("ORG", "Nusra Front")}, {("PERSON", "Fateh al-Sham"), ("PERSON", "Jabhat Fateh al-Sham")}),
    ("group-successor",
     "TEHRAN - Idlib is the only province of Syria to remain completely outside government control and has been "
     "dominated by Hayat Tahrir al-Sham, the modern successor to Nusra Front.",
     {("ORG", "Hayat Tahrir al-Sham"), ("ORG", "Nusra Front")}, {("PERSON", "Tahrir al-Sham")}),
    ("news-channel",
     "“We believe that the Turkish government should correct its view of the developments in Syria and play its "
     "valuable and effective role in restoring peace, stability and tranquility to Syria,” he said, according to "
     "Al Alam.",
     {("ORG", "Al Alam")}, {("PERSON", "Al Alam")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_known_groups(text, present, absent):
    got = found(text, source="Tehran Times")
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
