"""Quotation spans and cue verbs of quotes.v2 (no spaCy)."""

import pytest

from accords.quotes.cues import cue_after, cue_before
from accords.quotes.marks import is_fragment, quoted_spans
from accords.stages.segment import paragraphs

SPANS = [
    ('He stressed that: \u201cOld telecommunication systems are fading from memory.\u201d',
     ["Old telecommunication systems are fading from memory."]),
    ('He said: "We plan to increase the exports to five percent." Then he left.',
     ["We plan to increase the exports to five percent."]),
    ('The \u201creset\u201d was discussed.', []),
    ('The \u201cLook East\u201d policy was discussed.', ["Look East"]),
    ('She said: \u201cThe first paragraph of a long quote goes on\n\n\u201cand the second one closes it here.\u201d',
     ["The first paragraph of a long quote goes on", "and the second one closes it here."]),
]


@pytest.mark.parametrize("text,pieces", SPANS, ids=["typographic", "straight", "one-word-scare-quote", "two-word-fragment", "two-paragraphs"])
def test_quoted_spans(text, pieces):
    spans = quoted_spans(text, paragraphs(text))
    assert [text[s:e] for span in spans for s, e in span.pieces] == pieces
    assert len(spans) == min(1, len(pieces))
    # a quote under four words is a fragment: the stage keeps it only with a reporting clause of its own
    assert [is_fragment(text, span) for span in spans] == [len(p.split()) < 4 for p in pieces[:1]]


CUES_BEFORE = [
    ("The Minister, in his meeting with the President of Azerbaijan Republic, expressed his pleasure over present bilateral cooperation, stating that: ", "stating"),
    ("ICT Minister went on to say: ", "say"),
    ("He also mentioned Iran's interest for cooperating in the space sector, including that: ", "including"),
    ("He met the minister to discuss the issues including trade ", None),
]


@pytest.mark.parametrize("clause,cue", CUES_BEFORE, ids=["stating-that", "went-on-to-say", "including-that", "no-cue"])
def test_cue_before(clause, cue):
    match = cue_before(clause)
    assert (match.group(0) if match else None) == cue


def test_cue_after():
    assert cue_after(', he added, referring to the talks.').group(0) == "added"


#: Real text where a source lost paragraph breaks or writes a closing mark as two single ones.
#: GLIMORE is from Tehran Times news_id 69651 (tehrantimes-region crawl, CC BY 4.0, Mehr News
#: Agency / Tehran Times); AP_MOY from the article-extraction-benchmark (MIT licence, "Copyright
#: (c) 2020 Scrapinghub"; hosted.ap.org page, content copyright of AP).
GLIMORE = ('Glimore said: "The challenges have now shifted, not away but closer to home. "Racism, racial '
           'discrimination and xenophobia are an enormous challenge to the international community. "The '
           'challenges are as much domestic as they are global." She said recent race riots in northern '
           'England showed it.')
AP_MOY = ("\u201cIt was an attempt to mislead voters,\u2019\u2019 Will Moy, chief executive of the London-based "
          "fact-checking website Full Fact, told the BBC. \u201cAnd I think it is inappropriate and misleading for a "
          "serious political party to behave that way.\u201d")
LOST_BREAKS = [
    (GLIMORE, ["The challenges have now shifted, not away but closer to home.",
               "Racism, racial discrimination and xenophobia are an enormous challenge to the international community.",
               "The challenges are as much domestic as they are global."]),
    (AP_MOY, ["It was an attempt to mislead voters,",
              "And I think it is inappropriate and misleading for a serious political party to behave that way."]),
]


@pytest.mark.parametrize("text,quotes", LOST_BREAKS,
                         ids=["paragraph-breaks-lost", "doubled-single-closing-marks"])
def test_quotes_after_lost_paragraph_breaks(text, quotes):
    assert [text[span.start:span.end] for span in quoted_spans(text, paragraphs(text))] == quotes


#: A straight opening mark typed with a space after it, after the reporting clause of the quote's
#: first part (sentences written for this test, modelled on the article-extraction-benchmark's
#: CRN and CNN pages); the closing mark of a quote whose opening mark was seen stays closing.
SPACED_OPENING = [
    ('"I have run the firm from my phone for years," she told the board. " You have done a fine job."',
     ["I have run the firm from my phone for years,", "You have done a fine job."]),
    ('"The drugs worked within two days," he wrote. " The course lasted a year. I stopped them.\n\n'
     '"I have had no dizzy turns since."',
     ["The drugs worked within two days,", "The course lasted a year. I stopped them.", "I have had no dizzy turns since."]),
    ('"We have tried everything. " The only parts left running, said the operators, were the ferries.',
     ["We have tried everything."]),
    ('The ministry said costs rose. " The figure is wrong', []),
    # (sixteenth session) spaced on both sides, opening its paragraph: `" We are ready, " she said`
    ('The minister spoke in Ottawa.\n\n" We are ready for whatever comes next, " Jane Roe said. " We have the staff. "',
     ["We are ready for whatever comes next,", "We have the staff."]),
]


@pytest.mark.parametrize("text,pieces", SPACED_OPENING,
                         ids=["after-its-clause", "over-paragraphs", "closing-mark-stays-closing", "no-closing-mark",
                              "spaced-both-sides-opening-a-paragraph"])
def test_straight_opening_mark_with_a_space_after_it(text, pieces):
    assert [text[s:e].strip() for span in quoted_spans(text, paragraphs(text)) for s, e in span.pieces] == pieces
