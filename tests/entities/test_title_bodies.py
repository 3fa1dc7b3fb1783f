"""Bodies named only inside a person's title are part of the title, no organisation of their own
(`accords.entities.titles`; tests/gold/README.md: "an office inside a person's title ... is part of
the title, not an ORG").

The sentences are quoted from White House readouts of 2022-2024 (bidenwhitehouse.archives.gov,
works of the United States government, public domain) and from Tehran Times (tehrantimes.com,
news ids 474222 and 411295, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/), or written for the case
in their register (marked "written").
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("title-of-body-comma-name",
     "The First Lady was joined by U.S. Secretary of the Department of Health and Human Services, Xavier "
     "Becerra; U.S. Administrator of the Small Business Administration, Isabel Casillas Guzman.",
     {("PERSON", "Xavier Becerra")},
     {("ORG", "Department of Health and Human Services"), ("ORG", "Small Business Administration")}),
    ("body-before-its-title-stays",
     "The document was signed with a delegation led by Turkey’s Digital Transformation Office President "
     "Ali Taha Koch on September 14.",  # written after the Azernews seed
     {("ORG", "Digital Transformation Office"), ("PERSON", "Ali Taha Koch")}, set()),
    ("party-and-office-in-a-long-title",
     "National Security Advisor Jake Sullivan met on August 27-28 with Chinese\nCommunist Party Politburo "
     "Member, Director of the Office of the Foreign\nAffairs Commission, and Foreign Minister Wang Yi outside "
     "Beijing, China.",
     {("PERSON", "Wang Yi"), ("PLACE", "Beijing")}, {("ORG", "Office of the Foreign Affairs Commission")}),
    ("title-after-name-and-comma",
     "Blas Nunez-Neto, Assistant Secretary for Border and Immigration Policy at the Department of Homeland "
     "Security, joined the delegation.",  # written
     set(), {("ORG", "Department of Homeland Security")}),
    ("council-in-a-title",
     "Raisi met Serdar Berdimuhamedow, Turkmenistan’s President, as well as Chairman of the People's Council "
     "of Turkmenistan, Gurbanguly Berdimuhamedow.",
     {("PERSON", "Gurbanguly Berdimuhamedow")}, {("ORG", "People's Council of Turkmenistan")}),
    ("body-named-on-its-own-stays",
     "The Small Business Administration hosted the meeting. Administrator of the Small Business "
     "Administration, Isabel Casillas Guzman, welcomed the guests.",  # written
     {("ORG", "Small Business Administration")}, set()),
    ("company-in-a-title-stays",
     "“The market is higher,” said Rusmik Oza, Head of Research at Kotak Securities.",  # written
     {("ORG", "Kotak Securities")}, set()),
    ("international-body-in-a-title-stays",
     "The leaders were joined by Secretary General of CARICOM Dr. Carla Barnett.",  # written
     {("ORG", "Caribbean Community")}, set()),
    ("lower-case-title-keeps-the-body",
     "State Department official David Holmes testified on Friday.",  # written
     {("ORG", "State Department")}, set()),
    # the area an office covers, ending in "Affairs", after the title and "for" (through a series)
    ("affairs-portfolio-after-a-series",
     "Accordingly, Deputy Foreign Minister for Asia, the Pacific, and Commonwealth Affairs Ebrahim Rahimpour "
     "conveyed Tehran’s deep concern over the remarks.",  # Tehran Times 411295
     {("PERSON", "Ebrahim Rahimpour")}, {("ORG", "Commonwealth Affairs")}),
    ("affairs-portfolio-region",
     "Finer was accompanied by Special Presidential Advisor for the Americas Chris Dodd, National Security "
     "Council Senior Director for Western Hemisphere Affairs Juan Gonzalez, and State Department Deputy "
     "Assistant Secretary for Western Hemisphere Affairs Mark Wells.",
     {("PERSON", "Mark Wells"), ("ORG", "State Department")},
     {("ORG", "Western Hemisphere Affairs"), ("ORG", "Western Hemisphere")}),
    ("affairs-portfolio-one-word",
     "Today, National Security Advisor Jake Sullivan met with Argentine Secretary for Strategic Affairs "
     "Secretary Gustavo Beliz at the White House.",
     {("PERSON", "Gustavo Beliz")}, {("ORG", "Strategic Affairs")}),
    ("affairs-body-keeps-its-name",
     "The Bureau of Western Hemisphere Affairs and the Ministry of Foreign Affairs of Iran issued statements.",  # written
     set(), {("ORG", "Western Hemisphere")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bodies_in_titles(text, present, absent):
    got = found(text)
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
