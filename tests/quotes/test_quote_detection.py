"""Finding quotes (issue 14, qfind): quotation marks a source set the wrong way round, reported
clauses of three words, speech in a "who" clause, "they" after a group that spoke, and
indirect questions, which are no
reported speech (table-driven).

The sentences are written for these tests in the constructions the blind GGT misses counted
(`bench/quote_misses.py`); no sentence is taken from a corpus.
"""

import pytest

from accords.model import Article
from accords.pipeline import run
from accords.quotes.marks import quoted_spans
from accords.stages.segment import paragraphs

#: (id, text, the quoted spans' pieces in order)
MARK_SLIPS = [
    # a closing mark where only an opening one can stand: after a colon and before a letter
    ("closing-mark-set-as-opening",
     "Another reader wrote: \u201dThe fees are far too high for a family like mine.\u201d\n\nThe bank declined to comment.",
     ["The fees are far too high for a family like mine."]),
    ("closing-mark-set-as-opening-after-a-sentence",
     "\u201cThe fees are far too high,\u201d she said. \u201dWe will not pay them.\u201d",
     ["The fees are far too high,", "We will not pay them."]),
    # an opening mark where only a closing one can stand: after the sentence's full stop, before a space
    ("opening-mark-set-as-closing",
     "She said: \u201cThe fees are far too high for a family like mine.\u201c She left the room.\n\n"
     "\u201cWe will not pay,\u201d her husband said.",
     ["The fees are far too high for a family like mine.", "We will not pay,"]),
    ("opening-mark-set-as-closing-before-a-comma",
     "\u201cWe will not pay them,\u201c he said. \u201cNobody asked us.\u201d",
     ["We will not pay them,", "Nobody asked us."]),
    # must not change: marks set the right way, a missing space before an opening mark, a scare quote
    ("opening-mark-without-its-space",
     "She left.\u201cWe will not pay them,\u201d he said.", ["We will not pay them,"]),
    ("scare-quote-then-quote",
     "The \u201cnew\u201d fees rose. \u201cWe will not pay them,\u201d he said.", ["We will not pay them,"]),
    # speech set in single marks, with its reporting clause right after (thirty-second session,
    # `accords.quotes.marks.single_quoted`); apostrophes, a scare quote and a quote inside a quote are none
    ("single-marks-with-a-cue",
     "Maria Lopez lost her home in the flood. 'We have nothing left, it's all gone,' Lopez said.\n\n"
     "\u2018The city\u2019s plan came too late,\u2019 she told reporters.",
     ["We have nothing left, it's all gone,", "The city\u2019s plan came too late,"]),
    ("single-marks-comma-outside",
     "\u2018It is a sad day for the city\u2019s children\u2019, Gould said. The \u2018Axis of Resistance\u2019, he said, "
     "is strong.", ["It is a sad day for the city\u2019s children"]),
    ("single-marks-without-a-cue-or-nested",
     "It was Iran's 'big day' at the talks. 'We will rebuild.' The mayor agreed.\n\n"
     "\u201cHe told me, \u2018We are leaving,\u2019 and then he left,\u201d said Ann Hill.",
     ["He told me, \u2018We are leaving,\u2019 and then he left,"]),
]


@pytest.mark.parametrize("text,pieces", [c[1:] for c in MARK_SLIPS], ids=[c[0] for c in MARK_SLIPS])
def test_marks_set_the_wrong_way_round(text, pieces):
    spans = quoted_spans(text, paragraphs(text))
    assert [text[s:e] for span in spans for s, e in span.pieces] == pieces


#: (id, text, [(direct, speaker's last word, quote text)]): every quote of the text, in order
STAGE_CASES = [
    # a whole clause of three words is what was said; an elliptical one ("they would be") is not
    ("three-word-reported-clauses",
     "Daniel Roy was arrested on Friday night in Laval. Roy told reporters he was innocent.\n\n"
     "Roy said that the charges were false. He said it was unfair.\n\n"
     "Asked whether more arrests would follow, Roy said they would be.",
     [(False, "Roy", "he was innocent"), (False, "Roy", "the charges were false"), (False, "Roy", "it was unfair")]),
    # a relative clause's speaker is the name or the group it describes, never a definite
    # description taken for someone named before ("the man who told police")
    ("who-said",
     "The city council met on Monday to discuss the budget.\n\n"
     "Councillor Maria Lopez, who said last week that the budget was too small, voted against it.\n\n"
     "The man who told police he had been attacked was later charged with assault.\n\n"
     "Officials who said the plan would cost too much were overruled by the council.",
     [(False, "Lopez", "the budget was too small"), (False, "officials", "the plan would cost too much")]),
    # an indefinite person a relative clause describes is someone new, who speaks: not the sentence's subject
    # ("She met a farmer who said", thirty-second session, `accords.quotes.groups.someone_new`)
    ("a-farmer-who-said",
     "Mayor Jane Hart visited the site on Monday. She met a farmer who said, \u201cWe are losing everything this "
     "season.\u201d\n\nHart thanked a volunteer who said the centre needed more beds.",
     [(True, "farmer", "We are losing everything this season."), (False, "volunteer", "the centre needed more beds")]),
    # a crowd or a mob is a group of people: what an angry crowd yelled is the crowd's, not the visitor's
    # (thirty-second session, `accords.quotes.groups.PEOPLE_NOUNS`)
    ("a-crowd-that-yelled",
     "The governor, John Smith, visited the town on Monday. He faced an angry crowd that yelled, \u201cGo home, we "
     "do not want you here.\u201d Smith left soon after.\n\nA mob shouted \u201cDeath to the traitors\u201d outside "
     "the court.",
     [(True, "crowd", "Go home, we do not want you here."), (True, "mob", "Death to the traitors")]),
    # a crowd is never "he": the man the crowd cheered spoke
    ("he-after-a-crowd",
     "Mayor Jane Hart's rival, Tom Reyes, voted in the city on Sunday. A crowd of his supporters chanted his name as "
     "he left the polling station. \u201cThe city is ready for a change,\u201d he told reporters.",
     [(True, "Reyes", "The city is ready for a change")]),
    ("single-marks-speech",
     "Maria Lopez lost her home in the flood. 'We have nothing left, it's all gone,' Lopez said.",
     [(True, "Lopez", "We have nothing left, it's all gone")]),
    # "they" right after a group spoke is that group; two sentences on, it is no one's for sure
    ("they-after-a-group",
     "A fire destroyed a warehouse in the east end of the city on Sunday night.\n\n"
     "Residents said they heard loud explosions before the flames appeared. They said the smoke could be seen "
     "from across the river.\n\n"
     "Teachers at the school said the building had been closed for weeks. \u201cWe were lucky,\u201d they said.\n\n"
     "Experts say fires of this kind are common. Firefighters arrived within minutes. They said the roof had "
     "already collapsed.",
     [(False, "residents", "they heard loud explosions before the flames appeared"),
      (False, "residents", "the smoke could be seen from across the river"),
      (False, "school", "the building had been closed for weeks"),
      (True, "school", "We were lucky"),
      (False, "experts", "fires of this kind are common")]),
    # a question asked is no statement of the asker's; the words asked in marks are still a quote
    ("indirect-question",
     "Daniel Roy was arrested on Friday night in Laval. Roy asked whether the police had a warrant for the "
     "search of his home.\n\n\u201cWhy did nobody call my lawyer first?\u201d Roy asked.",
     [(True, "Roy", "Why did nobody call my lawyer first?")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in STAGE_CASES], ids=[c[0] for c in STAGE_CASES])
def test_quotes_found(text, expected):
    extraction = run(Article(id="qfind", text=text, published="2024-03-01"))
    found = [(q.direct, (q.speaker_name or "").split()[-1:], q.text) for q in extraction.quotes]
    assert found == [(direct, [speaker], words) for direct, speaker, words in expected]
