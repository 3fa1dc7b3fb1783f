"""Hard-wrapped text read as it came: the parse joins the lines a wrapper broke.

The wrapped texts are White House readouts and fact sheets 2021-2024 (public domain, US
government works; ../shared/corpora/whitehouse-briefings) as the corpus holds them, broken at
72 characters. Read as article records (`accords eval`, `accords extract`), they used to be
parsed one line a sentence, which cut names in half ("Prime Minister Magdalena" / "Andersson")
and lost the meeting of the readout's first sentence.
"""

from __future__ import annotations

import pytest

import accords
from accords import nlp
from accords.indicators import clauses
from accords.scan import wraps
from accords.scan.wraps import soft_breaks

ANDERSSON = (
    "President Joseph R. Biden, Jr. met today with Prime Minister Magdalena\n"
    "Andersson of Sweden and President Sauli Niinistö of Finland and warmly\n"
    "welcomed their applications for NATO membership, which will strengthen\n"
    "our collective security.  At this historic moment for both Finland and\n"
    "Sweden, the President underscored his commitment to support both\n"
    "countries as they seek formal NATO accession, including by working with\n"
    "NATO Allies and Congress to welcome them into the Alliance as quickly as\n"
    "possible.  The leaders also discussed their ongoing cooperation on\n"
    "shared global challenges, and their commitment to continued strong\n"
    "support for Ukraine.\n\n###\n"
)
COVENEY = (
    "National Security Advisor Jake Sullivan met today with Simon Coveney,\n"
    "Minister for Foreign Affairs and Minister for Defense of Ireland.  They\n"
    "discussed their continued commitment to support Ukraine in the face of\n"
    "ongoing atrocities by Russia, as well as their ongoing coordination with\n"
    "international partners to impose severe costs on Moscow. They reviewed\n"
    "their efforts to provide security, economic, and humanitarian assistance\n"
    "to Ukraine; to support refugees and displaced persons; and to address\n"
    "the impacts of the war on global food security.\n\n###\n"
)
FACT_SHEET_ITEMS = (
    "The Quad partners will take the following steps to expand access to\n"
    "vaccines in the region:\n\n"
    "-   Japan, through JICA, is in discussion with India to provide\n"
    "    concessional yen loans to expand manufacturing capacity for\n"
    "    vaccines.\n"
    "-   Australia will contribute US$77 million to support vaccination\n"
    "    programs in Southeast Asia and the Pacific, and will work with\n"
    "    partners to deliver doses.\n"
)
# One paragraph a line, as Tehran Times texts and scraped news come: no line is a wrap.
PARAGRAPH_LINES = (
    "TEHRAN – Iran and Kyrgyzstan signed an agreement to boost cooperation on air transportation.\n"
    "In his meeting with the head of the organization, the Kyrgyz official called for expansion of air "
    "transportation cooperation with Iran.\n"
    "The two sides also discussed direct flights between the two capitals."
)
# A list of short lines of much the same length (a results table): no line is a wrap.
SHORT_LINES = "\n".join(
    f"{team} (Group {group}): {count} appearance"
    for team, group, count in [("England", "A", "10th"), ("Ukraine", "B", "Third"), ("Croatia", "E", "Sixth"),
                               ("Austria", "G", "Third"), ("Germany", "C", "13th"), ("Denmark", "D", "Ninth"),
                               ("Portugal", "F", "Eighth"), ("Sweden", "E", "Seventh")]
)


def _joined_lines(text: str) -> list[str]:
    """The lines of `text` that `soft_breaks` joins to the next, by their first words."""
    joined = set(soft_breaks(text))
    lines, offset, out = text.split("\n"), 0, []
    for line in lines[:-1]:
        offset += len(line)
        if offset in joined:
            out.append(" ".join(line.split()[:2]))
        offset += 1
    return out


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (ANDERSSON, ["President Joseph", "Andersson of", "welcomed their", "our collective", "Sweden, the",
                     "countries as", "NATO Allies", "possible. The", "shared global"]),
        (FACT_SHEET_ITEMS, ["The Quad"]),  # an item's indented next lines stay apart
        (PARAGRAPH_LINES, []),
        (SHORT_LINES, []),
    ],
    ids=["readout-wrapped-at-72", "list-items-and-indented-lines-stay-apart", "one-paragraph-a-line", "short-lines-of-a-table"],
)
def test_soft_breaks(text, joined):
    assert _joined_lines(text) == joined


@pytest.mark.parametrize("text", [ANDERSSON, COVENEY, FACT_SHEET_ITEMS, PARAGRAPH_LINES],
                         ids=["readout", "statement", "fact-sheet-items", "paragraph-lines"])
def test_the_parse_keeps_every_offset(text):
    assert len(nlp.normalise_for_nlp(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "sentence_starts"),
    [
        (ANDERSSON, ["President Joseph R. Biden", "At this historic moment", "The leaders also discussed", "###"]),
        (COVENEY, ["National Security Advisor Jake Sullivan", "They discussed", "They reviewed", "###"]),
    ],
    ids=["readout-sentences-cross-lines", "statement-sentences-cross-lines"],
)
def test_sentences_of_wrapped_text(text, sentence_starts):
    extraction = accords.extract(text, published="2022-05-19", source="The White House")
    starts = [" ".join(text[s.start:s.end].split()) for s in extraction.sentences]
    assert [next((s for s in starts if s.startswith(start)), None) is not None for start in sentence_starts] == [
        True] * len(sentence_starts)
    assert len(starts) == len(sentence_starts)


@pytest.mark.parametrize(
    ("text", "sides", "person"),
    [
        (ANDERSSON, (("USA",), ("FIN", "SWE")), ("Magdalena Andersson", "SWE")),
        (COVENEY, (("USA",), ("IRL",)), None),  # his country from the title after his name: not yet
    ],
    ids=["meeting-with-two-leaders", "meeting-with-a-minister-titled-after-his-name"],
)
def test_the_readouts_meeting_is_found(text, sides, person):
    extraction = accords.extract(text, published="2022-05-19", source="The White House")
    consults = [(e.actor_countries, e.recipient_countries) for e in extraction.events if e.type == "CONSULT"]
    assert sides in consults
    if person is not None:
        assert person in {(e.name, e.country) for e in extraction.entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("line", "closed_for_wraps", "closed_for_unwrapped"),
    [
        ("the 2021 Tokyo Nutrition for Growth Summit.", True, True),
        ("The new $800 million assistance package includes:", True, True),
        ("-   **Humanitarian Relief ($255M)**", True, True),
        ("<!-- -->", True, True),
        ("Their visit to Goddard occurred as the nations mark the 70<sup>th</sup>", True, False),
        ("countries of northern Central America through its *Conectadas*", True, False),
        ("Disrespect for the dead", False, False),
    ],
    ids=["sentence", "colon", "bold-heading", "html-comment", "closing-tag", "single-emphasis", "plain-heading"],
)
def test_what_closes_a_line(line, closed_for_wraps, closed_for_unwrapped):
    """The two readers of a line's end share its marks and closing quotes (`wraps.SENTENCE_MARKS`,
    `wraps.CLOSING`) and differ on purpose in the marks of layout: a tag or a single "*" closes a
    line no wrapper pushed down, but a segment ending in "70<sup>th</sup>" goes on in `unwrapped`."""
    assert bool(wraps._LINE_CLOSED.search(line)) is closed_for_wraps
    assert bool(clauses._LINE_CLOSED.search(line)) is closed_for_unwrapped
