"""A description that names no one of the article speaks as written (quotes.v2,
`accords.quotes.sources.description`): "…, the commission said" ("the production company" is the
company named before it, `accords.quotes.written_bodies`); never a medium ("the news agency said")
or a private person ("the victim's mother", who speaks as an unnamed person if at all: `accords.quotes.groups`, tests/quotes/test_unnamed_speakers.py).

The texts are excerpts of pages of the Zyte/Scrapinghub article-extraction-benchmark
(github.com/scrapinghub/article-extraction-benchmark, MIT licence, "Copyright (c) 2020
Scrapinghub"; page content copyright of the publishers), cut to the paragraphs each case needs.
Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found


CASES = [
    (
        # foxnews.com: Scooter Braun frustrated by Big Machine (benchmark eb62ac8425): "the production
        # company" is the one company named before whose name holds "Productions" (thirty-third
        # session, `accords.quotes.written_bodies`; the gold file's speaker), not the description
        "organisation-noun-with-a-modifier",
        "However, shortly after news broke on Monday that the two companies had come to an agreement on the use "
        "of Swift's music, Dick Clark Productions denied that it had settled on an arrangement with the music "
        "label.\n\n“At no time did Dick Clark Productions agree to, create, authorize or distribute a statement "
        "in partnership with Big Machine Label Group regarding Taylor Swift’s performance at the 2019 American "
        "Music Awards,” the production company said in a separate statement to Rolling Stone. “Any final "
        "agreement on this matter needs to be made directly with Taylor Swift’s management team. We have no "
        "further comment.”",
        [(False, "Dick Clark Productions", "it had settled"), (True, "Dick Clark Productions", "At no time"),
         (True, "Dick Clark Productions", "Any final agreement")],
    ),
    (
        # nypost.com: Chinese hunter catches bubonic plague (benchmark 432362af0b): "the news agency"
        # relays Xinhua's report, no speech; "the commission" speaks
        "commission-speaks-news-agency-relays",
        "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, according to "
        "the state-run Xinhua News Agency.\n\nThe person, who was not identified, was hospitalized in the county "
        "of Huade in north China’s Inner Mongolia Autonomous Region, the news agency said, citing the regional "
        "health commission.\n\nA total of 28 people who were in close contact with the patient were put under "
        "medical quarantine. No one has shown symptoms such as fever, so far, the commission said.",
        [(False, "Xinhua News Agency", "The new patient"), (False, "the commission", "No one has shown")],
    ),
    (
        # cbsnews.com: Michael Webb, Fort Worth kidnapping (news_2c46804d9d, a dev page): a private
        # person described is no institution's voice (and "describing her daughter as" reports no
        # speech the quote stage reads: a recall miss the dev gold records since the tenth session)
        "private-person-is-no-description",
        "According to evidence presented at trial, Webb grabbed the little girl as she and her mother were "
        "walking down Fort Worth's 6th Avenue at 6:38 p.m. on Saturday, May 18.\n\nThe victim's mother "
        "testified, describing her daughter as \"brave, strong, and smart\" before describing for the jury the "
        "horrific details of the \"physical fight\" for her daughter's life.",
        [],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_description_speaks(text, expected):
    assert_quotes(quotes_found(text), expected)
