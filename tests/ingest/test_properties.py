"""Property tests: cleaning a clean text changes nothing (same text, same id)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accords.errors import IngestError
from accords.ingest import make_article
from accords.ingest.cleaning import is_junk
from accords.ingest.metadata import read_meta_line

WORDS = st.sampled_from(
    "Iran Turkey Azerbaijan the of and to in signed agreement cooperation on energy said minister "
    "share print comment by date September 2021 transit railway billion $2.5 “we agree” Baku’s co-operation".split()
)
SENTENCE = st.lists(WORDS, min_size=3, max_size=14).map(lambda words: " ".join(words).capitalize() + ".")


#: Sentences and blocks are unique within a page: ingest drops a line or block repeated right
#: after itself (scrapers print blocks twice), and a sentence repeated right after itself on a
#: line of its own looks the same (a documented limit of `cleaning.dedupe_consecutive`).
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4, unique_by=str.casefold).map(" ".join)
HEADING = (
    st.lists(WORDS, min_size=2, max_size=6)
    .map(lambda words: " ".join(words).title())
    .filter(lambda heading: read_meta_line(heading) is None and not is_junk(heading))  # not a byline or "Share To"
)
HEADER_LINE = st.sampled_from([
    " date 2021-09-15 By Azernews", "By Ayya Lmahamad", "21 July 2025 14:35 (UTC+04:00)",
    "Published: September 15, 2021", "Source: IRNA", "Share on Facebook", "Print",
])
FOOTER_LINE = st.sampled_from([
    "Dec 5, 2017 21:27", "HJ/MA", "Sender name is required", "Email is required", "Characters left: 500",
    "Comment is required", "Follow us on Telegram", "Read more: Iran, Turkey sign deal",
    "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.",
])


def _wrap(paragraph: str, width: int) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


@st.composite
def scraped_pages_with_body(draw) -> tuple[str, list[str]]:
    """A page as scrapers save it (title, maybe repeated; header lines; body; footer junk)
    and its body paragraphs."""
    parts: list[str] = []
    if draw(st.booleans()):
        title = draw(HEADING)
        parts += [title] * draw(st.integers(1, 3))
    parts += draw(st.lists(HEADER_LINE, max_size=3))
    body = draw(st.lists(st.one_of(PARAGRAPH, HEADING), min_size=1, max_size=6, unique_by=str.casefold))
    width = draw(st.sampled_from([None, 60, 72]))
    parts += [_wrap(paragraph, width) if width else paragraph for paragraph in body]
    parts += draw(st.lists(FOOTER_LINE, max_size=4))
    separator = draw(st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n\r\n"]))
    return separator.join(parts), body


def scraped_pages():
    return scraped_pages_with_body().map(lambda page: page[0])


def _assert_clean_is_fixed_point(raw: str) -> None:
    try:
        first = make_article(raw)
    except IngestError:
        return
    again = make_article(first.text)
    assert again.text == first.text
    assert again.id == first.id


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(scraped_pages())
def test_cleaning_a_clean_page_changes_nothing(raw):
    _assert_clean_is_fixed_point(raw)


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_cleaning_any_text_twice_changes_nothing(raw):
    _assert_clean_is_fixed_point(raw)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(scraped_pages_with_body())
def test_no_body_sentence_is_lost(page):
    raw, body = page
    try:
        article = make_article(raw)
    except IngestError:
        return  # only when the whole body was a heading taken as the title
    flat = " ".join(article.text.split())
    for paragraph in body:
        assert paragraph in flat or paragraph == article.title
