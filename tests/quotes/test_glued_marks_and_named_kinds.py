"""Quotes the stage did not find or gave to the wrong speaker (thirty-third session, qsp52, issue 14):

- a quote left open at a line broken inside its sentence runs on, as one quote, to the closing mark
  of the next line (`“In Tblisi, met with President | Zourabichvili_S and … Persian Gulf.”`, `accords.quotes.marks`);
- a straight opening mark glued to the full stop before it (`… in 2015."We need more staff."`,
  the space lost in the source) opens a quote (`accords.quotes.marks`), which starts a sentence of
  its own (`accords.quotes.layout.split_at_glued_marks`) and goes on the speaker before it;
- "the production company said" is the one company named before whose name holds the modifier's
  word ("Dick Clark Productions", `accords.quotes.written_bodies`); a company no one can tell
  that speaks next ("The company denied it in a statement") ends the carry of the one before to
  "“…,” the statement read";
- "he" after a one-word name the entity stage took for an organisation's but that a "his" marks as
  a person's ("Rouhani said his administration …") is that person (`accords.quotes.last_source`);
- "the senior parliamentarian asserted" is the member of parliament spoken of, as "the lawmaker"
  (`accords.quotes.titles.TITLE_HEADS`);
- a speaker's name cut out of an editor's bracket ("[U.S. President Donald] Trump’s defeat") shows
  without it (`accords.quotes.names.plain_name`).

Each case lists every quote found, in text order, as (direct, speaker name, first words). The
Tehran Times sentences are from tests/gold/articles/tt_454669.json; the others were written for
these tests.
"""

import pytest

from accords.quotes.marks import quoted_spans
from accords.stages.segment import paragraphs
from tests.quotes.found import assert_quotes, quotes_found

#: (id, text, the quoted spans' words in order)
SPANS = [
    ("straight-mark-glued-to-a-full-stop",
     'The clinic opened in 2015."We need more staff." Chen has worked there since 2010.',
     ["We need more staff."]),
    # must not change: a closing mark glued to the next sentence, a mark with no closing one after it
    ("straight-closing-mark-glued",
     '"We need more staff."Chen has worked there since 2010.', ["We need more staff."]),
    ("straight-mark-glued-with-no-closing-one",
     'The clinic opened in 2015."We need more staff and beds', []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SPANS], ids=[c[0] for c in SPANS])
def test_quoted_spans(text, expected):
    spans = quoted_spans(text, paragraphs(text))
    assert [text[s:e] for span in spans for s, e in span.pieces] == expected


CASES = [
    # a line broken inside a quoted sentence (tt_457514; the corpus reader makes each line a paragraph): the
    # quote runs on to the closing mark of the next paragraph, one quote over the break
    ("line-broken-inside-a-quote",
     "Iranian Foreign Minister Mohammad Javad Zarif met the Georgian president on Thursday. In a tweet on Thursday, "
     "Zarif said, \u201cIn Tblisi, met with President\n\nZourabichvili_S and PM GakhariaGiorgi and held phone talk with "
     "self-quarantined FM DZalkaliani.\u201d",
     [(True, "Mohammad Javad Zarif", "In Tblisi, met with President\n\nZourabichvili_S and PM")]),
    # must not change: a next line whose first mark opens a quote
    ("line-broken-before-an-opening-mark",
     "Iranian Foreign Minister Mohammad Javad Zarif met the Georgian president on Thursday. Zarif said, \u201cWe "
     "met the president\n\nThe talks went well. \u201cThe next step is trade,\u201d he said.",
     [(True, "Mohammad Javad Zarif", "We met the president"), (True, "Mohammad Javad Zarif", "The next step")]),
    ("glued-quote-carried-to-the-speaker-before",
     'Dr. Amy Chen treats patients at the clinic. "We are already full," Chen said. The clinic opened in '
     '2015."We need more staff." Chen has worked there since 2010.',
     [(True, "Amy Chen", "We are already full"), (True, "Amy Chen", "We need more staff.")]),
    ("the-production-company",
     "Dick Clark Productions denied that it had settled on an arrangement with the music label.\n\n"
     "\u201cAny final agreement on this matter needs to be made directly with the singer\u2019s management "
     "team,\u201d the production company said.",
     [(False, "Dick Clark Productions", "it had settled"), (True, "Dick Clark Productions", "Any final agreement")]),
    ("a-company-no-one-can-tell-ends-the-carry",
     "Dick Clark Productions denied that it had settled on an arrangement with the music label.\n\n"
     "\u201cAny final agreement on this matter needs to be made directly with the singer\u2019s management "
     "team,\u201d the production company said.\n\n"
     "The company flat-out denied the allegations in a statement shared to its website.\n\n"
     "\"We were shocked to see her statements yesterday based on false information,\" the statement read.",
     [(False, "Dick Clark Productions", "it had settled"), (True, "Dick Clark Productions", "Any final agreement")]),
    ("a-name-cut-from-an-editors-bracket",
     "TEHRAN \u2013 Parliament Speaker Mohammad Bagher Ghalibaf said on Sunday that Iran\u2019s economic problems "
     "are related to mismanagement. \u201cAlthough we are happy over [U.S. President Donald] Trump\u2019s defeat but "
     "people\u2019s life and livelihood should not be tied to the victory or defeat of anyone in the White House,\u201d "
     "Ghalibaf said in remarks at the parliament.\n\nIn his latest move, the U.S. president notified Congress on "
     "Thursday that he was extending the state of national emergency with Iran. \u201cOur relations with Iran have "
     "not yet normalized,\u201d Trump wrote in a letter to Congress.",
     [(False, "Mohammad Bagher Ghalibaf", "Iran\u2019s economic problems"),
      (True, "Mohammad Bagher Ghalibaf", "Although we are happy"),
      (True, "Donald Trump", "Our relations with Iran")]),
    ("the-senior-parliamentarian",
     "TEHRAN \u2013 Parliament Speaker Mohammad Bagher Ghalibaf said on Sunday that Iran\u2019s economic problems "
     "are related to mismanagement.\n\n\"For us the practical action of the Biden administration is important, and "
     "we\u2019ll show goodwill only if we see in action the process of oil sale,\u201d the senior parliamentarian "
     "asserted.",
     [(False, "Mohammad Bagher Ghalibaf", "Iran\u2019s economic problems"),
      (True, "Mohammad Bagher Ghalibaf", "For us the practical action")]),
    ("he-after-a-one-word-name-taken-for-an-organisation",
     "Ghalibaf said the real picture of the United States showed the declining trend of the country.\n\n"
     "In remarks on Wednesday, Rouhani said his administration will make use of every opportunity in order to "
     "lift the U.S. sanctions. \u201cWhenever we see that there\u2019s a situation for the lifting of sanctions, "
     "we will make use of that,\u201d he said at a cabinet meeting.",
     [(False, "Ghalibaf", "the real picture"), (False, "Rouhani", "his administration will"),
      (True, "Rouhani", "Whenever we see")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text, expected):
    assert_quotes(quotes_found(text, source="Tehran Times"), expected)
