"""entities.v2: where a name ends, on sentences of the White House and Tehran Times corpora.

Names cut short by a preposition, a hyphen or a year ("the Trade Act of | 1974", "Department of
Justice Anti | -Corruption Task Force"), run on over a date or a state ("... Committee on
Thursday", "Algiers, Iranian Parliament"), or lost to the organisation named inside them ("G7
Partnership for Global Infrastructure and Investment").

Sources: White House fact sheets and statements 2021-2024 (bidenwhitehouse.archives.gov, works of
the United States government, public domain; via the wh-briefings crawl, CC0), and Tehran Times
(tehrantimes.com, news ids 442919, 481447, 430404 and 422546, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/,
via the Tehran-Times-Dataset crawl). Each case names the error class it guards: the entities
(type, name) that must be found and those that must not.
"""

import pytest

from tests.entities.found import found


pytestmark = pytest.mark.slow


# (id, text, entities that must be found, entities that must not)
CASES = [
    ("comma-without-and-ends-a-body",
     "A total of 227,745 e-visas out of about 900,000 have been granted to the Iranian nationals, said Elnur "
     "Niftaliyev, the head of the Public Relations Department at the State Agency for Public Service and Social "
     "Innovations, Azer News reported.",
     {("ORG", "State Agency for Public Service and Social Innovations"), ("ORG", "Azer News")},
     {("ORG", "State Agency for Public Service and Social Innovations, Azer News")}),
    ("comma-without-and-ends-a-body-before-its-town",
     "Bilgehan Alagoz, Lecturer at Marmara University Institute for Middle East Studies, Istanbul.",
     {("ORG", "Marmara University Institute for Middle East Studies"), ("PLACE", "Istanbul")},
     {("ORG", "Marmara University Institute for Middle East Studies, Istanbul")}),
    ("comma-list-closed-by-and-stays",
     "The Ministry of Culture, Youth and Sports of Azerbaijan hosted the exhibition.",  # written for the case
     {("ORG", "Ministry of Culture, Youth and Sports of Azerbaijan")}, {("ORG", "Ministry of Culture")}),
    ("law-with-its-year",
     "In response to China’s unfair trade practices and to counteract the resulting harms, today, President Biden "
     "is directing his Trade Representative to increase tariffs under Section 301 of the Trade Act of 1974 on "
     "$18 billion of imports from China to protect American workers and businesses.",
     {("DOCUMENT", "Trade Act of 1974")}, {("DOCUMENT", "Trade Act of"), ("DOCUMENT", "Trade Act")}),
    ("document-named-with-of",
     "Reaffirming support for the UN Declaration of the Rights of Indigenous Peoples, we pressed for enhanced "
     "participation of Indigenous Peoples throughout the UN system.",
     {("DOCUMENT", "UN Declaration of the Rights of Indigenous Peoples")}, {("DOCUMENT", "UN Declaration")}),
    ("document-tail-goes-on-with-of",
     "President Yoon and President Biden also reaffirmed their commitment to preserve unimpeded commerce, as "
     "reflected in the UN Convention on the Law of the Sea.",
     {("DOCUMENT", "UN Convention on the Law of the Sea")}, {("PLACE", "Sea")}),
    ("document-named-against",
     "Our continued contributions will support the UN Convention Against Corruption (UNCAC) Implementation Review "
     "Mechanism and the Follow-Up Mechanism to the Inter-American Convention Against Corruption (MESICIC).",
     {("DOCUMENT", "Inter-American Convention Against Corruption")}, {("DOCUMENT", "Inter-American Convention")}),
    ("memorandum-of-understanding-on-a-subject",
     "In July 2024, Australia also joined other partners in signing the Memorandum of Understanding on the Drone "
     "Capability Coalition.",
     {("DOCUMENT", "Memorandum of Understanding on the Drone Capability Coalition")}, set()),
    ("memorandum-of-agreement-is-no-name",
     "The Department of Commerce’s National Oceanic and Atmospheric Administration (NOAA) is signing a Memorandum "
     "of Agreement with Ørsted, an offshore wind development company, to share physical and biological data.",
     set(), {("DOCUMENT", "Memorandum of Agreement")}),
    ("model-span-cut-at-of",
     "Projects include $250 million for storm surge barriers, levees, and pump stations to reduce storm risk to "
     "the City of Norfolk, Virginia.",
     set(), {("PLACE", "City of"), ("PLACE", "City")}),
    ("hyphen-inside-an-org-name",
     "A new Department of Justice Anti-Corruption Task Force, which was announced by the Vice President in June "
     "2021, is prioritizing prosecutions against corrupt actors in the region.",
     {("ORG", "Department of Justice Anti-Corruption Task Force")}, {("ORG", "Department of Justice Anti")}),
    ("day-ends-a-body-name",
     "Zadboum and Hosseinzadeh have travelled to Uzbekistan accompanying an Iranian trade delegation and are also "
     "planned to take part in the 13th meeting of Iran-Uzbekistan Joint Economic Committee on Thursday and Friday.",
     {("EVENT_NAME", "Iran-Uzbekistan Joint Economic Committee")},
     {("EVENT_NAME", "Iran-Uzbekistan Joint Economic Committee on Thursday and Friday")}),
    ("comma-after-a-place-ends-an-org-name",
     "Speaking at the 17th session of the Parliamentary Union of the OIC Member States Conference (PUIC) in "
     "Algiers, Iranian Parliament Speaker Mohammad Baqer Qalibaf said that there is no sign of terrorism.",
     {("PLACE", "Algiers")}, {("ORG", "Algiers, Iranian Parliament")}),
    ("organisation-inside-a-programme-name",
     "Finally, officials discussed how to deliver high-standards infrastructure investment in developing "
     "countries and emerging markets through the G7 Partnership for Global Infrastructure and Investment and via "
     "our efforts to boost the capacity of the Multilateral Development Banks.",
     {("PROJECT", "G7 Partnership for Global Infrastructure and Investment")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_name_ends(text, present, absent):
    got = found(text)
    assert present <= got
    assert not absent & got
