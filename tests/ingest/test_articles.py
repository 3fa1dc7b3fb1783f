"""make_article on the seeds and on written scraped-page variants: metadata and clean bodies."""

import re
from pathlib import Path

import pytest

from accords.errors import IngestError
from accords.ids import content_id
from accords.ingest import make_article

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"

_SENTENCE = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _sentences(lines: list[str]) -> list[str]:
    return [sentence for line in lines for sentence in _SENTENCE.split(" ".join(line.split())) if sentence]


# name, expected metadata, the fixture's body lines (0-based, inclusive), text that must be gone
CASES = [
    (
        "seed_000.txt",
        dict(title=None, source="Azernews", author="Ayya Lmahamad", published="2021-09-15", language="en"),
        (8, 26),
        [" date 2021-09-15", "By Ayya Lmahamad", "By Azernews"],
    ),
    (
        "seed_004.txt",
        dict(title="Iran, Azerbaijan aim for ICT Cooperation", source=None, author=None,
             published="2017-12-05T21:27", language="en"),
        (3, 39),
        ["Comment is required", "Sender name is required", "Email is required", "Characters left",
         "Iran, Azerbaijan aim for ICT Cooperation", "Dec 5, 2017"],
    ),
    (
        "trend_header.txt",
        dict(title="Azerbaijan, Uzbekistan sign agreement on digital cooperation", source=None,
             author="Leyla Huseynova", published="2025-07-21T14:35+04:00", language="en"),
        (8, 12),
        ["Share on", "Print", "Follow us", "Read more", "©", "By Leyla", "UTC"],
    ),
    (
        "wire_hardwrapped.txt",
        dict(title=None, source="IRNA", author=None, published="2021-09-15", language="en"),
        (3, 15),
        ["cookies", "Related:", "Published:", "Source:"],
    ),
    (
        "mehr_footer.txt",
        dict(title=None, source=None, author=None, published="2021-09-14T10:30", language="en"),
        (0, 4),
        ["HJ/MA", "Creative Commons", "Sep 14, 2021"],
    ),
    (
        "reuters_byline.txt",
        dict(title="Georgia, Azerbaijan to upgrade Baku-Tbilisi-Kars rail link", source="Reuters",
             author="Margarita Antidze", published="2021-09-15T10:30+00:00", language="en"),
        (3, 8),
        ["Reporting by", "Comment", "Sender name", "Characters left", "Posted on"],
    ),
]


@pytest.mark.parametrize(("name", "expected", "body_lines", "absent"), CASES, ids=[case[0] for case in CASES])
def test_metadata_and_clean_body(name, expected, body_lines, absent):
    raw = _fixture(name)
    article = make_article(raw, origin=name)
    assert {key: getattr(article, key) for key in expected} == expected
    assert article.id == content_id(article.text)
    assert article.origin == name
    for junk in absent:
        assert junk not in article.text
    # every sentence of the article body is still there
    first, last = body_lines
    lines = [line for line in raw.splitlines()[first:last + 1] if line.strip() and "cookies" not in line
             and not line.startswith("Related:")]
    sentences = _sentences([" ".join(lines)])  # hard-wrapped lines joined, as the cleaner does
    assert sentences, "the case names body lines"
    for sentence in sentences:
        assert sentence in article.text.replace("\n\n", " ")


def test_paragraphs_are_separated_by_one_blank_line():
    text = make_article(_fixture("seed_000.txt")).text
    assert "\n\n\n" not in text
    assert all(line for line in text.split("\n\n"))
    assert text.count("\n\n") == 9


def test_typographic_quotes_are_kept():
    text = make_article(_fixture("seed_004.txt")).text
    assert "“We are enjoying good cooperation" in text
    assert "Iran’s preparedness" in text


def test_hard_wrapped_paragraphs_are_unwrapped():
    text = make_article(_fixture("wire_hardwrapped.txt")).text
    assert text.split("\n\n")[1] == (
        "The two sides will set up a joint committee to review the swap contract, which expires at the"
        " end of the year, and to study a new pipeline route to the Caspian coast."
    )


def test_explicit_arguments_win_over_the_text():
    article = make_article(
        _fixture("seed_000.txt"),
        title="Azerbaijan, Turkey sign digital roadmap",
        source="AzerNews",
        author="A. Lmahamad",
        published="Sep 14, 2021 18:00",
        url="https://www.azernews.az/business/183633.html",
        origin="feed.jsonl:7",
        record_id=183633,
    )
    assert (article.title, article.source, article.author, article.published, article.url, article.origin) == (
        "Azerbaijan, Turkey sign digital roadmap",
        "AzerNews",
        "A. Lmahamad",
        "2021-09-14T18:00",
        "https://www.azernews.az/business/183633.html",
        "feed.jsonl:7#183633",
    )


def test_unreadable_explicit_date_falls_back_to_the_text():
    assert make_article(_fixture("seed_000.txt"), published="sometime in autumn").published == "2021-09-15"


def test_explicit_title_repeated_in_the_text_is_removed():
    article = make_article("Gas deal signed\n\nIran and Turkmenistan signed a gas swap deal on Monday.",
                           title="Gas deal signed")
    assert article.text == "Iran and Turkmenistan signed a gas swap deal on Monday."


def test_same_content_gets_the_same_id_whatever_the_furniture():
    body = "Iran and Armenia agreed to build a third power line.\n\nThe line will carry 1,200 MW."
    plain = make_article(body)
    dressed = make_article("Share on Facebook\nBy Jane Doe\n\n" + body + "\n\nDec 5, 2017 21:27\nComment is required")
    assert plain.id == dressed.id
    assert dressed.author == "Jane Doe"


def test_nothing_left_after_cleaning_is_an_error():
    with pytest.raises(IngestError) as info:
        make_article("Share on Facebook\nComment is required\n", origin="page.txt")
    assert (info.value.source, info.value.reason) == ("page.txt", "no article text left after cleaning")
