"""A pull quote is no second statement (quotes.v2, sixteenth session, qspk16,
`accords.quotes.layout.without_pull_quotes`): words in marks set apart with no reporting verb
and repeated inside a quote that has its verb are dropped; the reported quote stays. A short
phrase quoted twice, and a quote repeated where neither copy has a verb, stay.

Sentences written for these tests in the constructions of web news (no corpus text).
Each case lists every direct quote found, in text order, as (speaker name, first words).
"""

import pytest

from accords.model import Article, Evidence, Quote
from accords.quotes.layout import without_pull_quotes
from accords.pipeline import run

CASES = [
    ("display-line-repeated-in-the-reported-quote",
     "His doctor referred him to a clinic and sought advice from Owen Dempsey, a chest doctor in Aberdeen.\n\n"
     "“Their immune system behaves in an exaggerated fashion, like a smoke alarm that never stops”\n\n"
     "Dempsey talked with the man over the phone.\n\n"
     "“In some people who breathe in dust from feathers, their immune system behaves in an exaggerated "
     "fashion, like a smoke alarm that never stops,” Dempsey told the paper by email.",
     [("Owen Dempsey", "In some people")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pull_quotes(text, expected):
    found = [(q.speaker_name, q.text) for q in run(Article(id="u", text=text, published="2021-03-02")).quotes
             if q.direct]
    assert [s for s, _ in found] == [s for s, _ in expected]
    for (_, words), (_, start) in zip(found, expected):
        assert words.startswith(start)


LONG = "their immune system behaves in an exaggerated fashion every single night"
UNIT_CASES = [
    ("verbless-copy-inside-a-reported-quote-dropped", [("a", LONG.capitalize(), None), ("b", "In some people " + LONG, "told")],
     ["b"]),
    ("epigraph-with-a-dash-attribution",
     [("a", LONG, None, True, "“", "” — Neil Gaiman"), ("b", "As Gaiman put it, " + LONG, "put")], ["b"]),
    ("a-short-phrase-said-twice-stays", [("a", "control your client", None), ("b", "control your client.", "telling")],
     ["a", "b"]),
    ("neither-copy-has-a-verb", [("a", LONG, None), ("b", "In some people " + LONG, None)], ["a", "b"]),
    ("a-copy-within-other-words-is-said-again",
     [("a", LONG, None, True, "“We lost the case,” he went on. "), ("b", "In some people " + LONG, "said")], ["a", "b"]),
    ("reported-speech-is-never-a-pull-quote", [("a", LONG, None, False), ("b", "In some people " + LONG, "said")],
     ["a", "b"]),
]


@pytest.mark.parametrize("quotes,kept", [c[1:] for c in UNIT_CASES], ids=[c[0] for c in UNIT_CASES])
def test_without_pull_quotes(quotes, kept):
    text = "\n\n".join((q[4] if len(q) > 4 else "") + q[1] + (q[5] if len(q) > 5 else "") for q in quotes)
    starts = [text.index(q[1]) for q in quotes]
    made = [Quote(id=q[0], text=q[1], evidence=(Evidence("u", s, s + len(q[1])),), cue=q[2],
                  direct=q[3] if len(q) > 3 else True) for q, s in zip(quotes, starts)]
    assert [q.id for q in without_pull_quotes(text, made)] == kept
