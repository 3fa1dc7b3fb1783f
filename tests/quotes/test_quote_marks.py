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
