"""Statements after "X said:" without quotation marks (`accords.quotes.statements` and the
quotes stage), on real text.

WH_PGII is the joint statement of the United States, Indonesia and the European Commission on
the PGII, 15 November 2022 (bidenwhitehouse.archives.gov, a U.S. government work; the dev gold
article tests/gold/articles/wh_20221115-pgii-indonesia-eu.json), cut to the paragraphs each case
needs. PFF and CBS are pages of the Zyte article-extraction-benchmark (MIT licence, "Copyright
(c) 2020 Scrapinghub"; page content copyright of the publishers): dawgsbynature.com (Browns
defense grades) and cbsnews.com (impeachment hearings, key moments).
"""

import pytest

from accords.model import Article, Segment
from accords.pipeline import run
from accords.quotes.layout import paragraph_index
from accords.quotes.statements import statements
from accords.stages.segment import paragraphs as split_paragraphs

WIDODO_INTRO = "President of the Republic of Indonesia Joko Widodo said:"
WIDODO_1 = ("*Indonesia is proud to help mobilize the game changing global goal to catalyse $600 billion in "
            "infrastructure investment by 2027. As the G20 Presidency, and Chairman of ASEAN next year, Indonesia will "
            "ensure developing countries benefit from this transformational global initiative.*")
WIDODO_2 = ("*To accelerate clean energy transitions across the archipelago, Indonesia also benefits through a major "
            "$20 billion investment, the new Just Energy Transition Partnership supported by the International "
            "Partners Group.*")
VDL_INTRO = "President of the European Commission Ursula von der Leyen said:"
VDL_1 = ("*The Partnership Global for Infrastructure and Investment is an important geostrategic initiative in era of "
         "strategic competition. Together with leading democracies we offer values-driven, high-standard, and "
         "transparent infrastructure partnerships for low- and middle-income countries.*")
AFTER = ("Investments announced by the European Commission can be found here.")
PFF = ("This was an amazing game for Joe Schobert, who filled up the stat sheet in impressive fashion. Take a look at "
       "what PFF said about his performance:\n\nThe #Browns highest-graded player* on defense vs. #Steelers was Joe "
       "Schobert. He posted an elite 93.2 defensive grade and 91.4 coverage grade.")
CBS = ("After Fiona Hill left the NSC, it was Morrison who took over, and Vindman reported to him.\n\n"
       "Here are some of the highlights:\n\n\"My fears have been realized\"\n\n"
       "Morrison told the Intelligence Committee, \"I feared at the time of the call on July 25 how its disclosure "
       "would play in Washington's political climate. My fears have been realized.\"")


def _sentences(text: str) -> list[Segment]:
    """Sentences as the stage sees them, cut at full stops and colons at paragraph ends."""
    found = []
    for paragraph in split_paragraphs(text):
        start = paragraph.start
        for index in range(paragraph.start, paragraph.end):
            if text[index] in ".:" and (index + 1 == paragraph.end or text[index + 1] == " "):
                found.append(Segment(start, index + 1))
                start = index + 2
        if start < paragraph.end:
            found.append(Segment(start, paragraph.end))
    return found


@pytest.mark.parametrize("text, expected", [
    ("\n\n".join([WIDODO_INTRO, WIDODO_1, WIDODO_2, VDL_INTRO, VDL_1, AFTER]),
     [[WIDODO_1.strip("*")[:40], WIDODO_2.strip("*")[:40]], [VDL_1.strip("*")[:40]]]),
    ("\n\n".join([WIDODO_INTRO, WIDODO_1.strip("*"), WIDODO_2.strip("*")]), [[WIDODO_1.strip("*")[:40]]]),
    ("\n\n".join([WIDODO_INTRO, "*Indonesia is proud.*", WIDODO_2]), []),
    ("\n\n".join([VDL_INTRO, "- The Partnership for Global Infrastructure and Investment, a geostrategic initiative."]), []),
    ("\n\n".join([VDL_INTRO, "\u201cThe Partnership Global for Infrastructure and Investment is an important one.\u201d"]), []),
    (CBS, []),
    ("The show opens to the public on Friday. Here are some of the highlights:\n\nNISSAN SENTRA\n\nThe compact car "
     "gets a complete overhaul with a more muscular look.", []),
], ids=["italic-paragraphs-until-the-next-intro", "plain-paragraph-only-the-first", "too-short-to-be-a-statement",
        "list-item", "quote-marks-left-to-the-quote-reader", "highlights-no-reporting-verb", "heading-no-reporting-verb"])
def test_statements(text, expected):
    sentences = _sentences(text)
    paragraphs = split_paragraphs(text)
    found = statements(text, sentences, paragraphs, paragraph_index(sentences, paragraphs))
    assert [[text[s:e][:40] for s, e in statement.pieces] for statement in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("\n\n".join([WIDODO_INTRO, WIDODO_1, WIDODO_2, VDL_INTRO, VDL_1, AFTER]),
     [("Joko Widodo", "Indonesia is proud"), ("Joko Widodo", "To accelerate clean energy"),
      ("Ursula von der Leyen", "The Partnership Global")]),
    (PFF, []),
], ids=["joint-statement-leaders", "what-x-said-about-is-no-intro"])
def test_statement_speakers(text, expected):
    extraction = run(Article(id="s", text=text, published="2022-11-15"))
    found = [(q.speaker_name, q.text) for q in extraction.quotes if q.direct]
    assert [s for s, _ in found] == [s for s, _ in expected]
    for (_, words), (_, start) in zip(found, expected):
        assert words.startswith(start) and "*" not in words
