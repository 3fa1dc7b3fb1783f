"""Markdown links in White House texts: "[words](https://...)" is read as its words.

The sentences are White House readouts and fact sheets 2021-2024 (public domain, US government
works; ../shared/corpora/whitehouse-briefings), unwrapped as ingest unwraps them. Before the
link addresses were blanked, the address was glued to the last word of the linked name
("Los Angeles Declaration on Migration and Protection](https://bidenwhitehouse.archives.gov"),
file names in addresses became names ("Factsheet-GA.pdf"), and the sentence segmenter cut
sentences at "[", so a figure lost the words that date and name it.
"""

from __future__ import annotations

import pytest

from accords import nlp
from accords.ids import content_id
from accords.model import Article, Extraction
from accords.pipeline import run
from accords.stages.entities import entities
from tests.indicators.figures import figures

LA_DECLARATION = (
    "The leaders reaffirmed their commitment to advance the goals outlined in the [Los Angeles Declaration on "
    "Migration and Protection](https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/06/10/"
    "fact-sheet-the-los-angeles-declaration-on-migration-and-protection-u-s-government-and-foreign-partner-"
    "deliverables/)."
)
WIFIA = (
    "Leveraged approximately $7 billion, for 24 projects, from EPA’s [WIFIA program](https://www.epa.gov/wifia) "
    "to support Colorado River Basin drought initiatives."
)
HYDROGEN = (
    "Americas Partnership countries launched the Americas Partnership Clean Hydrogen Working Group, co-led by "
    "Chile, Uruguay, and the United States. Backed by the\u00a0[Department of State\u2019s Power Sector Program]"
    "(https://www.state.gov/power-sector-program/), the Working Group seeks to ensure the Western Hemisphere is a "
    "global leader in clean hydrogen development and deployment as countries seek to meet their national clean "
    "energy and climate goals."
)
STATE_SHEETS = (
    "[Florida](https://bidenwhitehouse.archives.gov/wp-content/uploads/2021/06/BIF-Factsheet-FL.pdf)\n\n"
    "[Hawaii](https://bidenwhitehouse.archives.gov/wp-content/uploads/2021/06/BIF-Factsheet-HI.pdf)"
)
CHARGERS = (
    "These facilities now have the capacity to produce [more than a million chargers](https://"
    "bidenwhitehouse.archives.gov/briefing-room/blog/2023/12/11/full-charge-the-economics-of-building-a-"
    "national-ev-charging-network/) each year—including 60,000 fast chargers."
)


def _blank(address: str) -> str:
    return " " * len(address)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the [Quad](https://www.state.gov/quad) met", "the  Quad" + _blank("](https://www.state.gov/quad)") + " met"),
        ("see [Lake Chad (Basin)](https://en.wikipedia.org/wiki/Lake_Chad_(basin)).",
         "see  Lake Chad (Basin)" + _blank("](https://en.wikipedia.org/wiki/Lake_Chad_(basin))") + "."),
        ("write [here](mailto:info@state.gov).", "write  here" + _blank("](mailto:info@state.gov)") + "."),
        ("a [list] (of words) stays", "a [list] (of words) stays"),
        ("an [empty]() target stays", "an [empty]() target stays"),
        ("\u201c[Quad](https://q.org)\u201d", '" Quad' + _blank("](https://q.org)") + '"'),
    ],
    ids=["link", "brackets-in-address", "mailto", "no-link", "empty-address", "after-normalising-quotes"],
)
def test_link_addresses_are_blanked_in_place(text, expected):
    blanked = nlp.normalise_for_nlp(text)
    assert blanked == expected
    assert len(blanked) == len(text)


def _entities(text: str) -> set[tuple[str, str]]:
    article = Article(id=content_id(text), text=text)
    extraction = entities(article, nlp.parse(text), Extraction(article_id=article.id))
    return {(e.type, e.name) for e in extraction.entities}


# (id, sentence, entities that must be found, entities that must not)
ENTITY_CASES = [
    ("declaration-named-by-its-link", LA_DECLARATION,
     {("DOCUMENT", "Los Angeles Declaration on Migration and Protection")}, set()),
    ("program-named-by-its-link", WIFIA, {("PROJECT", "WIFIA program")}, set()),
    ("no-blank-before-a-linked-name", HYDROGEN, {("ORG", "Department of State"), ("PROJECT", "Power Sector Program")},
     {("ORG", " Department of State")}),
    ("no-file-name-as-a-name", STATE_SHEETS, {("PLACE", "Florida")},
     {("ORG", "Factsheet-FL.pdf"), ("ORG", "Factsheet-HI.pdf")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wanted", "unwanted"), [c[1:] for c in ENTITY_CASES],
                         ids=[c[0] for c in ENTITY_CASES])
def test_entities_of_linked_names(text, wanted, unwanted):
    found = _entities(text)
    assert wanted <= found
    assert not unwanted & found
    assert not [name for _, name in found if "](" in name or "http" in name or "  " in name or name != name.strip()]


@pytest.mark.slow
def test_a_figure_in_link_words_keeps_its_sentence():
    # the figure and the count after the link are read in one sentence; no number of the address is a figure
    values = [(metric, value, qualifier) for metric, _, value, _, _, qualifier in figures(CHARGERS)]
    assert (1_000_000, "lower") in [(value, qualifier) for _, value, qualifier in values]
    assert 60_000 in [value for _, value, _ in values]
    assert not {2023, 12, 11} & {value for _, value, _ in values}


@pytest.mark.slow
def test_evidence_offsets_are_those_of_the_text():
    extraction = run(Article(id="i", text=CHARGERS, published="2024-01-19"))
    assert extraction.indicators
    for indicator in extraction.indicators:
        for evidence in indicator.evidence:
            assert CHARGERS[evidence.start:evidence.end].startswith("These facilities")
