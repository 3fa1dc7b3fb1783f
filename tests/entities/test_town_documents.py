"""A document named after a town, "the" before it and its agreement's head in lower case ("the
Minsk agreements", "the Ashgabat agreement", "the Sochi accord"), is one DOCUMENT; the town is no
PLACE of its own there, and stays one where the text names it elsewhere. A capitalised document
whose name joins two names with a slash is one DOCUMENT ("Belfast/Good Friday Agreement",
"National HIV/AIDS Strategy") (`accords.entities.towndocs`). A town's agreement, accord and deal are one
document, whatever the text calls it.

Sources: White House texts of 2021-05-17, 2022-02-21, 2024-07-05 and 2024-11-29
(bidenwhitehouse.archives.gov, public domain); Tehran Times (tehrantimes-region, CC BY 4.0) news
428986, 444911, 465215 and 485345, quoted (two sentences of one text joined where a row needs both); the hard line breaks of the crawl written as spaces.
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, source, text, entities that must be found, entities that must not)
CASES = [
    ("plural-agreements-after-a-capital",
     "The White House",
     "President Putin’s action contradicts Russia’s commitments under the Minsk agreements, refutes Russia’s "
     "claimed commitment to diplomacy, and is a clear attack on Ukraine’s sovereignty and territorial integrity.",
     {("DOCUMENT", "Minsk agreements")}, {("PLACE", "Minsk")}),
    ("singular-agreement-town-not-a-place",
     "Tehran Times",
     "Emphasizing the activation of the Ashgabat agreement, Bazrpash for his part, announced that a comprehensive "
     "transportation document between Iran and Turkmenistan will be drafted and signed in the near future.",
     {("DOCUMENT", "Ashgabat agreement")}, {("PLACE", "Ashgabat")}),
    ("town-named-elsewhere-stays-a-place",
     "Tehran Times",
     "Raisi stated that the cooperation between Tehran and Ashgabat has enjoyed significant growth in the last two "
     "years, as the will of the Iranian government has been to strengthen relations with neighbors. Emphasizing the "
     "activation of the Ashgabat agreement, Bazrpash for his part, announced that a comprehensive transportation "
     "document between Iran and Turkmenistan will be drafted and signed in the near future.",
     {("DOCUMENT", "Ashgabat agreement"), ("PLACE", "Ashgabat"), ("PLACE", "Tehran")}, set()),
    ("accord-after-a-resort-town",
     "Tehran Times",
     "By the Sochi accord, he was referring to an agreement reached in the Russian resort aimed at demilitarizing "
     "Idlib, the last-remaining rebel enclave.",
     {("DOCUMENT", "Sochi accord")}, {("PLACE", "Sochi")}),
    ("deal-reached-in-a-town-is-a-place",
     "Tehran Times",
     "Hossein Jaberi Ansari, Iran’s point man on the Middle East and North Africa, told Press TV’s website in an "
     "exclusive interview on October 10, that the deal, reached in Sochi in mid-September, was based on Iran’s idea "
     "to have Russia and Turkey meet each other halfway.",
     {("PLACE", "Sochi")}, {("DOCUMENT", "Sochi deal")}),
    ("agreement-and-accord-of-one-town-are-one-document",
     "Tehran Times",
     "Highlighting the Sochi agreement over the situation in Idlib, Takht-Ravanchi said the talks went on. He said two "
     "of Turkey's observation posts — established in coordination with Russia in the Sochi accord — are now behind "
     "Syrian government lines.",
     {("DOCUMENT", "Sochi agreement")}, {("DOCUMENT", "Sochi accord"), ("PLACE", "Sochi")}),
    ("deal-of-a-town-is-its-agreement",
     "Tehran Times",
     "He explained that both the Sochi deal’s “concept” and the specific articles were Iran’s ideas. The Sochi "
     "agreement was welcomed not only by the Syrian government and opposition but also by international observers.",
     {("DOCUMENT", "Sochi agreement")}, {("DOCUMENT", "Sochi deal")}),
    ("no-town-no-document",
     "Tehran Times",
     "He also referred to the recent consensus between Iran and the International Atomic Energy Agency on the "
     "monitoring of Iran’s nuclear activities based on the Safeguards agreement.",
     set(), {("DOCUMENT", "Safeguards agreement")}),
    ("slash-joined-agreement",
     "The White House",
     "They affirmed their shared commitment to protecting the gains of the Belfast/Good Friday Agreement and working "
     "with the leaders of Northern Ireland.",
     {("DOCUMENT", "Belfast/Good Friday Agreement"), ("PLACE", "Northern Ireland")},
     {("PLACE", "Belfast"), ("DOCUMENT", "Good Friday Agreement")}),
    ("slash-joined-strategy-keeps-its-first-word",
     "The White House",
     "The National HIV/AIDS Strategy includes five quality of life indicators.",
     {("DOCUMENT", "National HIV/AIDS Strategy")}, {("DOCUMENT", "AIDS Strategy")}),
    ("slash-joined-act",
     "The White House",
     "It highlighted the U.S. Shepard/Byrd Hate Crimes Prevention Act of 2009 and U.S. efforts to combat hate crimes.",
     {("DOCUMENT", "Shepard/Byrd Hate Crimes Prevention Act of 2009")},
     {("DOCUMENT", "Byrd Hate Crimes Prevention Act of 2009"), ("DOCUMENT", "Byrd Hate Crimes Prevention Act")}),
]


@pytest.mark.parametrize(("source", "text", "wanted", "unwanted"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_town_and_slash_documents(source, text, wanted, unwanted):
    names = found(text, source=source, published="2023-01-01")
    assert wanted <= names, sorted(names)
    assert not (names & unwanted), sorted(names)
