"""Where reported speech ends (quotes.v2): a clause running into quoted words is never cut off at
the opening mark, keeps the closing mark of a quoted word, and quoted words that are no quote of
their own (a title) do not hide the clause that reports them (table-driven, real news text).

Texts: excerpts of pages of the Zyte/Scrapinghub article-extraction-benchmark
(github.com/scrapinghub/article-extraction-benchmark, MIT licence, "Copyright (c) 2020
Scrapinghub"; page content copyright of the publishers), and of Tehran Times articles
(Tehran Times / Mehr News Agency, CC BY 4.0, via the Tehran-Times-Dataset crawl).
"""

import pytest

from accords.model import Article
from accords.nlp import parse_sentence
from accords.pipeline import run
from accords.quotes.marks import past_closing_mark
from accords.quotes.syntax import attributions

FOX = "foxnews.com: James Van Der Beek on Dancing with the Stars (article-extraction-benchmark 7dfc3e359d)"
MSN = "msn.com: the man whose duvet nearly killed him (article-extraction-benchmark 9eef8162bb)"
TT = "Tehran Times (tehrantimes-region), news_id"
NYPOST = "nypost.com: bubonic plague in China (article-extraction-benchmark 432362af0b)"
SPACENEWS = "spacenews.com: NASA adds five companies to CLPS (article-extraction-benchmark d1c57d7821)"
THE_HILL = "thehill.com: a man pleads guilty to threatening Rep. Omar (article-extraction-benchmark 6ebac05f63)"

#: (id, text, [(direct, first words, last words)]): every quote of the excerpt, in text order
CASES = [
    # the reported clause runs into quoted words: the direct reader gives the partial quote; no
    # second, reported quote cut off at the mark ("… experienced every parent’s")
    ("clause-running-into-a-quote-is-not-cut-at-the-mark",  # FOX
     "Van Der Beek revealed the news of the miscarriage in a video package earlier in the episode, noting "
     "that he and Kimberly experienced every parent’s “worst nightmare.”",
     [(True, "he and Kimberly experienced", "“worst nightmare.”")]),
    ("participle-clause-running-into-a-quote",  # MSN
     '"His general practitioner was very astute in not accepting the chest X-ray result at face value," Dempsey '
     "said, adding that it can be difficult to diagnose hypersensitivity pneumonitis because the changes are "
     'often subtle with just a "slight diffuse greyness to the lungs."',
     [(True, "His general practitioner", "at face value"),
      (True, "it can be difficult to diagnose", 'greyness to the lungs."')]),
    # a one-word quoted word inside reported speech keeps its closing mark
    ("closing-mark-of-a-quoted-word",  # TT 300420
     "TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif said on Thursday that the dispute between Azerbaijan "
     "and Armenia over the Nagorno-Karabakh region should be resolved “peacefully”.",
     [(False, "the dispute between Azerbaijan", "resolved “peacefully”")]),
    ("a-quoted-word-inside-the-clause",  # TT 416183
     "Aker also said the recent visit by Iranian Armed Forces Chief of Staff Mohammad Hossein Bagheri to Turkey "
     "was “useful” in terms of border security and campaign against terrorism.",
     [(False, "the recent visit", "campaign against terrorism")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reported_bounds(text, expected):
    extraction = run(Article(id="b", text=text, published="2019-11-19"))
    found = [(q.direct, q.text) for q in extraction.quotes]
    assert len(found) == len(expected), found
    for (direct, words), (want_direct, first, last) in zip(found, expected):
        assert direct == want_direct and words.startswith(first) and words.endswith(last), (direct, words)


#: (id, sentence, cue word, the reported clause): a reporting clause closing its sentence reports
#: all the words before it, though the parse hangs a phrase of them on the reporting verb
CLAUSES = [
    ("closing-clause-after-a-phrase-hung-on-the-verb",  # NYPOST (the parse hangs "so far" on "said")
     "No one has shown symptoms such as fever, so far, the commission said.",
     "said", "No one has shown symptoms such as fever, so far"),
    ("closing-clause-after-an-absolute-phrase",  # TT 107760
     "In addition to those from Turkmenistan’s south-western neighbor Iran, 126 other foreigners are being freed, "
     "most of them citizens of other former Soviet countries and of Afghanistan, a law enforcement official told "
     "AFP.",
     "told", "In addition to those from Turkmenistan’s south-western neighbor Iran, 126 other foreigners are being "
             "freed, most of them citizens of other former Soviet countries and of Afghanistan"),
    # a reporting clause set into what it reports after too few words to say anything: the words after it
    ("set-in-clause-after-a-short-subject",  # SPACENEWS (d1c57d7821)
     "The larger landers, he said, could deliver tools needed by astronauts ahead of their landing missions, in "
     "addition to delivering science payloads.",
     "said", "could deliver tools needed by astronauts ahead of their landing missions, in addition to delivering "
             "science payloads"),
    ("set-in-clause-after-a-long-subject-keeps-the-words-before",  # written for this test
     "A major part of the reason, McKinley said, is the flow of drugs from the border.",
     "said", "A major part of the reason"),
    # a "that" clause the parse hangs on the channel of the speech ("in a statement", "in an interview")
    ("that-clause-after-in-a-statement",  # THE_HILL (6ebac05f63)
     "Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend to cause "
     "harm to Omar and did not make plans to do so.",
     "told", "her client did not intend to cause harm to Omar and did not make plans to do so"),
    ("that-clause-after-in-an-interview",  # written for this test
     "He told reporters in an interview that the deal was dead.",
     "told", "the deal was dead"),
]


@pytest.mark.parametrize("sentence,cue,content", [c[1:] for c in CLAUSES], ids=[c[0] for c in CLAUSES])
def test_reported_clause_bounds(sentence, cue, content):
    found = [a for a in attributions(parse_sentence(sentence)) if a.cue_word == cue and not a.nested]
    assert len(found) == 1 and found[0].content is not None
    assert sentence[found[0].content[0]:found[0].content[1]] == content


ZARIF = ("TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif said on Thursday that the dispute between Azerbaijan "
         "and Armenia over the Nagorno-Karabakh region should be resolved “peacefully”.")  # TT 300420
AKER = ("Aker also said the recent visit by Iranian Armed Forces Chief of Staff Mohammad Hossein Bagheri to Turkey "
        "was “useful” in terms of border security and campaign against terrorism.")  # TT 416183
#: written for this test: a clause with two quoted fragments, the last closed after its full stop
SMITH = "The budget chief told reporters that the numbers “do not add up” and that “someone will have to pay.”"

#: (id, text, clause start words, clause end before, expected end after): a clause ending inside
#: quoted words it opened runs past their closing mark; any other clause end stays
MARK_CASES = [
    ("opened-word-closes", ZARIF, "the dispute", "peacefully", "resolved “peacefully”"),
    ("balanced-marks-stay", AKER, "the recent visit", "campaign against terrorism", "campaign against terrorism"),
    ("clause-ending-before-its-quote-stays", AKER, "the recent visit", "Turkey was", "Turkey was"),
    ("its-full-stop-and-mark-close", SMITH, "the numbers", "have to pay", "“someone will have to pay.”"),
]


@pytest.mark.parametrize("text,first,last,want", [c[1:] for c in MARK_CASES], ids=[c[0] for c in MARK_CASES])
def test_past_closing_mark(text, first, last, want):
    start = text.index(first)
    end = text.index(last) + len(last)
    assert text[start:past_closing_mark(text, start, end)].endswith(want)


def test_a_clause_with_two_quoted_fragments_gives_one_quote():
    """Each fragment of `SMITH` makes the whole reported clause the quote (a mixed quote): one
    quote, not two that differ by the closing mark."""
    from accords.ingest.article import make_article
    from accords.evaluation.runner import pipeline_predictor

    text = "Jane Smith is the city's budget chief.\n\n" + SMITH.replace("The budget chief", "Smith")
    quotes = pipeline_predictor(make_article(text, origin="test")).get("quotes") or []
    assert [q["text"] for q in quotes] == ["the numbers “do not add up” and that “someone will have to pay.”"]
