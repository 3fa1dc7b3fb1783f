"""Junk lines, whitespace and unwrapping: only whole junk lines go, no sentence is lost."""

import pytest

from accords.ids import content_id
from accords.ingest.article import make_article
from accords.ingest.cleaning import dedupe_consecutive, is_junk, normalise_whitespace, unwrap
from accords.scan.wraps import wrap_width

JUNK = [
    "Sender name is required",
    "Email is required",
    "Characters left: 500",
    "Comment is required",
    "Leave a comment",
    "Comments (3)",
    "Comment",
    "Your email address will not be published. Required fields are marked *",
    "Share on Facebook",
    "Share this article",
    "Share",
    "Print",
    "Tweet",
    "Facebook | Twitter | Telegram",
    "Print | Email | Share",
    "Follow us on Telegram",
    "Join our channel on Telegram",
    "Subscribe to our newsletter",
    "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
    "This website uses cookies.",
    "By using this site, you agree to the use of cookies.",
    "Accept all cookies",
    "Read more: Azerbaijan, Kazakhstan discuss transit",
    "Related: Iran, Armenia discuss gas-for-electricity deal",
    "Related articles",
    "Tags: Azerbaijan, Iran, ICT",
    "Advertisement",
    "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.",
    "© 2025 Trend News Agency. All rights reserved.",
    "Copyright 2021 Azernews",
]

NOT_JUNK = [
    "Turkey’s share of Iran’s electricity exports has fallen in recent years.",
    "Users who want to share their views can write to the ministry, officials said.",
    "The ministry will print new passports for citizens abroad.",
    "Related talks were held in Baku on Monday.",
    "The company said it uses cookies and other trackers on its site, according to the regulator, which fined it on Monday.",
    "The name is required by law to appear on the ballot, the commission said.",
]


@pytest.mark.parametrize("line", JUNK, ids=JUNK)
def test_junk_lines_are_recognised(line):
    assert is_junk(line)


@pytest.mark.parametrize("line", NOT_JUNK, ids=NOT_JUNK)
def test_article_sentences_are_not_junk(line):
    assert not is_junk(line)


def test_normalise_whitespace_keeps_quotes_and_collapses_spaces():
    text = "“We agree,” he said.\r\nA  second\tline\u200b here\u00a0\u00a0now \r\n"
    assert normalise_whitespace(text) == ["“We agree,” he said.", "A second line here now", ""]


UNWRAP = [
    (
        "lowercase continuation",
        ["The two sides agreed to", "expand cooperation.", "", "Next paragraph."],
        ["The two sides agreed to expand cooperation.", "Next paragraph."],
    ),
    (
        "comma ends the line",
        ["Iran, Turkey,", "Azerbaijan signed it."],
        ["Iran, Turkey, Azerbaijan signed it."],
    ),
    (
        "function word ends the line",
        ["It was signed by the", "President of Azerbaijan."],
        ["It was signed by the President of Azerbaijan."],
    ),
    (
        "heading stays apart",
        ["Dirty plots", "The coup attempt failed within hours."],
        ["Dirty plots", "The coup attempt failed within hours."],
    ),
    (
        "hyphenated word part",
        ["They discussed co-", "operation in energy."],
        ["They discussed co-operation in energy."],
    ),
    (
        "list items stay apart",
        ["The agreements cover:", "- energy and", "- transport."],
        ["The agreements cover:", "- energy and", "- transport."],
    ),
    (  # White House corpus (public domain), 2021 fact sheet: the address pushed "Americans" down
        "a Markdown link's words stay together",
        ["Roughly [20 million additional",
         "Americans](https://www.kff.org/uninsured/fact-sheet/key-facts-about-the-uninsured-population/)",
         "obtained the security that coverage brings."],
        ["Roughly [20 million additional Americans](https://www.kff.org/uninsured/fact-sheet/key-facts-about-the-"
         "uninsured-population/) obtained the security that coverage brings."],
    ),
    (
        "a closed link joins nothing",
        ["See [the fact sheet](https://example.org/a).", "Next Paragraph](https://example.org/b) here."],
        ["See [the fact sheet](https://example.org/a).", "Next Paragraph](https://example.org/b) here."],
    ),
    (
        "long lines are paragraphs",
        ["A" * 150 + ".", "B" * 150 + "."],
        ["A" * 150 + ".", "B" * 150 + "."],
    ),
]


@pytest.mark.parametrize(("why", "lines", "expected"), UNWRAP, ids=[why for why, _, _ in UNWRAP])
def test_unwrap(why, lines, expected):
    assert unwrap(lines) == expected


WRAPPED = [
    "TEHRAN, Sept. 15 (IRNA) - Iran and Turkmenistan agreed on Wednesday to",
    "expand cooperation in gas swaps and electricity transit. The Iranian",
    "Oil Ministry said so in a statement published after the talks in",
    "Ashgabat. Talks will go on.",
    "",
    "Officials said a first meeting of the committee would be held in",
    "Tehran next month.",
]


def test_hard_wrapped_text_is_detected_and_joined_even_at_capitals():
    assert wrap_width(WRAPPED) == 68  # the 90th percentile of the line lengths
    assert unwrap(WRAPPED) == [
        "TEHRAN, Sept. 15 (IRNA) - Iran and Turkmenistan agreed on Wednesday to expand cooperation"
        " in gas swaps and electricity transit. The Iranian Oil Ministry said so in a statement"
        " published after the talks in Ashgabat. Talks will go on.",
        "Officials said a first meeting of the committee would be held in Tehran next month.",
    ]


def test_text_with_paragraph_lines_is_not_hard_wrapped():
    assert wrap_width(["Short title", "", "A" * 300, "", "B" * 250]) is None


def test_dedupe_consecutive_paragraphs():
    assert dedupe_consecutive(["Title", "title ", "Body.", "Other.", "Body."]) == ["Title", "Body.", "Other.", "Body."]


# White House fact sheets in Markdown (public domain; the U.S.-France partnership fact sheet,
# 2024-06-08, shortened): a few lines with a link's address run long and had made the wrapped
# text look unwrapped, so "the U.S. Agency for International" / "Development (USAID)" stayed apart.
_LINK = "[a joint declaration](https://www.dhs.gov/news/2024/05/23/joint-statement-signing-joint-declaration-intent) on"
WRAPPED_WITH_LINKS = [
    "-   To strengthen cooperation between France and the United States",
    "    in customs matters, U.S. and French counterparts signed " + _LINK,
    "    May 23, 2024.",
    "",
    "-   To reinforce our shared commitment to accelerate progress toward the",
    "    Sustainable Development Goals and achieving the 2030 Agenda for",
    "    Sustainable Development, the U.S. Agency for International",
    "    Development (USAID) and the Agence Francaise de Developpement intend",
    "    to establish a new approach to development coordination in the",
    "    Indo-Pacific region.",
    "-   The two countries signed " + _LINK,
    "    the same day.",
    "-   The United States and France are building on longstanding",
    "    collaboration in global health, and have been active in transforming",
    "    the global financing architecture for global health " + _LINK,
    "    the margins of the summit.",
]

def test_lines_with_addresses_do_not_hide_a_wrapped_text():
    lines = [line.strip() for line in WRAPPED_WITH_LINKS]
    assert wrap_width(lines) is not None
    assert any("the U.S. Agency for International Development (USAID) and" in p for p in unwrap(lines))



def test_rewrapping_keeps_the_article_id():
    """A store that ingested this text when its lines were kept apart (before the wrap width
    left out address lines) holds it under the same id, so ingesting it again is a duplicate
    (`Store.add_article`), never a second copy of the article."""
    text = "\n".join(WRAPPED_WITH_LINKS)
    lines_kept_apart = "\n\n".join(line.strip() for line in WRAPPED_WITH_LINKS)
    article = make_article(text)
    assert "Agency for International Development" in article.text
    assert "Agency for International Development" not in lines_kept_apart
    assert article.id == content_id(lines_kept_apart)


# White House texts (public domain), wrapped at about 72 characters, where a wrapper pushed a word
# down because the word bound to it by no-break spaces or to a link's address would not fit: the
# short line before it is no paragraph end (2023-08-02 U.S.-Mongolia joint statement, 2023-11-28
# Gordon readout, 2024-01-09 Harris readout; the last two shortened).
_MONGOLIA = [
    "Vice President Kamala Harris welcomed Prime",
    "Minister\xa0Oyun-Erdene\xa0Luvsannamsrai\xa0to Washington, D.C.,\xa0on August",
    "2<sup>nd</sup>\xa0to celebrate the strategic Third Neighbor partnership",
    "between the United States and Mongolia. The two sides acknowledged the",
    "advancement of\xa0U.S.-Mongolia relations since the 2019 declaration of the",
]
_GUATEMALA = [
    "Biden-Harris Administration\xa0looks\xa0forward\xa0to working with the",
    "incoming\xa0Arévalo\xa0administration to strengthen the\xa0bilateral",
    "relationship\xa0between\xa0Guatemala and the United",
    "States\xa0so\xa0we\xa0can\xa0together\xa0continue\xa0tackling regional challenges such",
    "as\xa0transnational criminal organizations, human",
]
_ATLANTA = [
    "Today, Vice President Kamala",
    "Harris\xa0[convened](https://bidenwhitehouse.archives.gov/briefing-room/speeches-remarks/2024/01/09/)\xa0leaders",
    "in Atlanta, Georgia who are on the frontlines of registering and",
    "protecting voting rights at the national, state, and local level to",
    "discuss the fight to protect the freedom to vote and the fundamental",
]
_FILLER = [
    "The Vice President underscored the Biden-Harris Administration’s strong",
    "support for efforts to make investments and spur policy reforms that",
    "reduce poverty and advance the Sustainable Development Goals and to",
    "build resilience to global challenges like climate change and conflict.",
]
PUSHED_DOWN = [
    ("no-break spaces bind a name to the next words", _MONGOLIA, [" ".join(_MONGOLIA)]),
    ("a country name across the break", _GUATEMALA, [" ".join(_GUATEMALA)]),
    ("a link's address bound to a surname", _ATLANTA, [" ".join(_ATLANTA)]),
    (
        "a heading in emphasis stays apart",
        ["**Strengthening Economic Ties**", "[**Initiative\xa0on\xa0Digital\xa0Transformation\xa0with\xa0Africa**](https://x.org)", *_FILLER],
        ["**Strengthening Economic Ties**",
         "[**Initiative\xa0on\xa0Digital\xa0Transformation\xa0with\xa0Africa**](https://x.org) " + " ".join(_FILLER)],
    ),
    (
        "a heading in capitals stays apart",
        ["ADVANCING ECONOMIC COOPERATION", "Supporting\xa0Women\xa0Entrepreneurs\xa0and\xa0Small\xa0Firms: The U.S.", *_FILLER],
        ["ADVANCING ECONOMIC COOPERATION",
         "Supporting\xa0Women\xa0Entrepreneurs\xa0and\xa0Small\xa0Firms: The U.S. " + " ".join(_FILLER)],
    ),
    (
        "a closed sentence stays apart",
        ["The meeting ended.", "Security.\xa0Ditte\xa0Juul\xa0Jørgensen,\xa0European Commission", *_FILLER],
        ["The meeting ended.", "Security.\xa0Ditte\xa0Juul\xa0Jørgensen,\xa0European Commission " + " ".join(_FILLER)],
    ),
    (
        "a short line before a short word stays apart",
        ["Senior Director for Energy", "Security at the Council", *_FILLER],
        ["Senior Director for Energy", "Security at the Council", " ".join(_FILLER)],
    ),
]


@pytest.mark.parametrize(("why", "lines", "expected"), PUSHED_DOWN, ids=[why for why, _, _ in PUSHED_DOWN])
def test_a_word_pushed_down_by_the_wrapper_joins_its_line(why, lines, expected):
    assert wrap_width(lines) is not None
    assert unwrap(lines) == expected
