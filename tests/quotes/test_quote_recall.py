"""Direct quotes the reporting clause around them decides (quotes.v2), on real news text.

Texts are from the article-extraction-benchmark (MIT licence, "Copyright (c) 2020
Scrapinghub"; slate.com, cbsnews.com and thespacereview.com pages, content copyright of their publishers) and from
Tehran Times news_id 418728 (tehrantimes-region crawl, CC BY 4.0, Mehr News Agency / Tehran Times).
"""

import pytest

from accords.model import Article, Segment
from accords.pipeline import run
from accords.quotes.layout import free_standing
from accords.quotes.marks import quoted_spans
from accords.stages.segment import paragraphs

SLATE_FORD = (
    "If he is holding a poorly described article that is clearly of great emotional significance to himself, but "
    "none whatever to us, and then he leaves the room without having done anything, it is a New Yorker story.\n\n"
    "Two months later, he died of natural causes, most likely a heart attack. He was heavily in debt, and almost "
    "all of his work was out of print. Elise Matthesen found him. \u201cHe looked a little surprised,\u201d she "
    "wrote in an email. \u201cSort of mildly quizzical. Not pained. Which was some comfort at least.\u201d Although "
    "he had written a will, it was neither witnessed nor executed, and was therefore legally invalid, as was his "
    "relationship with Elise."
)
SLATE_WALTON = (
    "Inference, close reading, and faith that the author knows what he\u2019s doing are essential for navigating "
    "these moments, which I came to think of as Iceberg Passages, after the novelist Jo Walton explained them to "
    "me. \u201cYou\u2019re only seeing the tenth of the iceberg that\u2019s out of the water in every novel,\u201d "
    "she said. \u201cIt makes it dense in a really powerful way, but sometimes it\u2019s too hard for people "
    "because he wouldn\u2019t spell things out.\u201d When his editors would ask him to explain himself more, "
    "he\u2019d respond, \u201cI have a horror of being obvious.\u201d"
)
CBS_SCHIFF = (
    "Volker told the committee he tried to work with Mr. Trump's personal lawyer, Rudy Giuliani, to try to "
    "convince him, and therefore the president, that the new Ukrainian president was not corrupt. However, he "
    "said the July 25 call made him realize Giuliani and the president still believed Ukraine needed to "
    "investigate Burisma and the Bidens.\n\n"
    "\"So it's fair to say you have not fixed the 'Giuliani problem'?\" Schiff asked.\n\n"
    "\"That's correct,\" Volker said."
)
SPACE_REVIEW_BOEING = (
    "Boeing is one of the companies bidding on the HLS program, and confirmed that its approach makes use of the "
    "SLS. In a statement released November 5, the day the proposals were due to NASA, it said it submitted a "
    "proposal that would involve the launch of an integrated lander on an SLS Block 1B.\n\n"
    "\u201cUsing the lift capability of NASA\u2019s Space Launch System Block 1B, we have developed a \u2018Fewest "
    "Steps to the Moon\u2019 approach that minimizes mission complexity, while offering the safest and most direct "
    "path to the lunar surface,\u201d Jim Chilton, senior vice president for space and launch at Boeing Defense, "
    "Space, and Security, said in that statement.\n\n"
    "The only other entity to confirm it has bid on HLS is the \u201cnational team\u201d led by Blue Origin that "
    "includes Draper, Lockheed Martin, and Northrop Grumman."
)
SLATE_AUNT = (
    "John Milo Ford was born the first child of two pharmacists in East Chicago, Indiana, in 1957. Everyone "
    "called him Mike. According to his aunt, "
    "Jane Starner, \u201cHe was brilliant from the start\u2014reading at an adult level when he was in "
    "kindergarten and talking to college students.\u201d He played chess and loved model trains."
)

CASES = [
    # a reporting verb in a sentence that opens with a subordinate clause ("Although he had
    # written a will") reports nothing before it: the quote stays with who spoke last
    ("subordinate-clause-after-quote", SLATE_FORD, "Sort of mildly quizzical", "Elise Matthesen"),
    # `“…,” she said. “…” When his editors would ask him to explain …`: the second half of a
    # quote broken by "she said" is hers, the "explain" of the next sentence is no `X said.`
    ("second-half-of-broken-quote", SLATE_WALTON, "It makes it dense", "Jo Walton"),
    # "asked" reports speech when its bare clause is set right against the quote
    ("question-then-asked", CBS_SCHIFF, "So it's fair to say", "Schiff"),
    ("answer-after-question", CBS_SCHIFF, "That's correct", "Volker"),
    # the name right after the closing mark and a long title set off by commas before "said"
    ("name-and-long-title-before-said", SPACE_REVIEW_BOEING, "Using the lift", "Jim Chilton"),
    # "according to <a relative>, <name>,": the name set off by commas is the source
    ("according-to-noun-then-name", SLATE_AUNT, "He was brilliant", "Jane Starner"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,words,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_direct_quote_speaker(text, words, speaker):
    extraction = run(Article(id="r", text=text, published="2019-11-20"))
    found = [q for q in extraction.quotes if q.direct and q.text.startswith(words)]
    assert [q.speaker_name for q in found] == [speaker]


TT_OIC = ("Hopefully, we will manage to find solutions to conflicts in our region. \u201cIslam is a religion of "
          "peace. Our Prophet is a messenger of peace.\u201dTurkey assumed the Summit Chairmanship of the OIC in "
          "April 2016.")
FREE_STANDING = [
    # the space after the closing mark lost in the source: the quote still ends its sentence
    ("space-lost-after-closing-mark", TT_OIC, True),
    ("quote-inside-a-sentence", "He said the plan was \u201ca real step towards peace and more trade\u201d in the region.",
     False),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FREE_STANDING], ids=[c[0] for c in FREE_STANDING])
def test_free_standing(text, expected):
    span = quoted_spans(text, paragraphs(text))[-1]
    sentence = Segment(text.rfind(". ", 0, span.start) + 2 if ". " in text[:span.start] else 0, len(text))
    assert free_standing(text, span, [sentence], 0, 0) is expected
