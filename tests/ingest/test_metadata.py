"""Header and footer lines: what each says, and that body lines are never consumed."""

import pytest

from accords.ingest.metadata import PageMeta, read_meta_line, read_names, split_footer, split_header

META_LINES = [
    (" date 2021-09-15 By Azernews", PageMeta(published="2021-09-15", source="Azernews")),
    ("By Ayya Lmahamad", PageMeta(author="Ayya Lmahamad")),
    ("Dec 5, 2017 21:27", PageMeta(published="2017-12-05T21:27")),
    ("21 July 2025 14:35 (UTC+04:00)", PageMeta(published="2025-07-21T14:35+04:00")),
    ("Published: September 15, 2021", PageMeta(published="2021-09-15")),
    ("Posted on 15.09.2021 by Reuters", PageMeta(published="2021-09-15", source="Reuters")),
    ("Updated: Sep 15, 2021 10:30 AM", PageMeta(published="2021-09-15T10:30")),
    ("By John Smith | September 15, 2021 10:30 AM", PageMeta(author="John Smith", published="2021-09-15T10:30")),
    ("Source: IRNA", PageMeta(source="IRNA")),
    ("Author: Jane Doe", PageMeta(author="Jane Doe")),
    ("By Tehran Times Staff", PageMeta(source="Tehran Times")),
    ("By Ali Taha Koch and Jane Doe", PageMeta(author="Ali Taha Koch, Jane Doe")),
    ("By Leyla Huseynova, Trend News Agency", PageMeta(author="Leyla Huseynova", source="Trend News Agency")),
    ("Reporting by Margarita Antidze; Editing by Alex Richardson", PageMeta(author="Margarita Antidze")),
]

NOT_META = [
    "By the way, this is a sentence.",
    "The deal was signed on September 15, 2021.",
    "Iran, Azerbaijan aim for ICT Cooperation",
    "By 2023 the two countries want to reach $15 billion in trade.",
    "Source: the ministry said the figures were preliminary.",
    "2021 was a record year for bilateral trade.",
]


@pytest.mark.parametrize(("line", "expected"), META_LINES, ids=[line.strip() for line, _ in META_LINES])
def test_meta_lines(line, expected):
    assert read_meta_line(line) == expected


@pytest.mark.parametrize("line", NOT_META, ids=NOT_META)
def test_body_lines_are_not_meta(line):
    assert read_meta_line(line) is None


def test_read_names_rejects_lowercase_words():
    assert read_names("the ministry of energy") is None


HEADERS = [
    (
        "seed 000 style: date line with outlet, then author",
        [" date 2021-09-15 By Azernews", "", "", "By Ayya Lmahamad", "", "Azerbaijan’s ministry signed it."],
        None,
        PageMeta(published="2021-09-15", source="Azernews", author="Ayya Lmahamad"),
        ["", "Azerbaijan’s ministry signed it."],
    ),
    (
        "seed 004 style: title repeated",
        ["Iran, Azerbaijan aim for ICT Cooperation", "", "Iran, Azerbaijan aim for ICT Cooperation", "The Minister said."],
        None,
        PageMeta(title="Iran, Azerbaijan aim for ICT Cooperation"),
        ["The Minister said."],
    ),
    (
        "title then date and byline",
        ["Georgia to upgrade rail link", "Posted on 2021-09-15T10:30:00Z by Reuters", "", "TBILISI - Body."],
        None,
        PageMeta(title="Georgia to upgrade rail link", published="2021-09-15T10:30+00:00", source="Reuters"),
        ["", "TBILISI - Body."],
    ),
    (
        "known title from a record is dropped",
        ["Gas deal signed", "Gas deal signed", "Iran and Turkmenistan signed a gas deal."],
        "Gas deal signed",
        PageMeta(),
        ["Iran and Turkmenistan signed a gas deal."],
    ),
    (
        "a single first line is not a title",
        ["Iran and Turkey signed a deal on Monday", "The deal covers energy."],
        None,
        PageMeta(),
        ["Iran and Turkey signed a deal on Monday", "The deal covers energy."],
    ),
    (
        "a first sentence is not a title even before a date line",
        ["Iran and Turkey signed a deal.", "September 15, 2021"],
        None,
        PageMeta(),
        ["Iran and Turkey signed a deal.", "September 15, 2021"],
    ),
]


@pytest.mark.parametrize(("why", "lines", "title", "meta", "rest"), HEADERS, ids=[case[0] for case in HEADERS])
def test_split_header(why, lines, title, meta, rest):
    assert split_header(lines, title=title) == (meta, rest)


FOOTERS = [
    (
        "seed 004 style trailing date",
        ["Body sentence.", "", "Dec 5, 2017 21:27", "", ""],
        PageMeta(published="2017-12-05T21:27"),
        ["Body sentence.", ""],
    ),
    (
        "editor initials and a date",
        ["Body sentence.", "Sep 14, 2021 10:30 AM", "HJ/MA"],
        PageMeta(published="2021-09-14T10:30"),
        ["Body sentence."],
    ),
    (
        "initials glued to the last sentence",
        ["No credit line will be opened. \u00a0 HJ/MA"],
        PageMeta(),
        ["No credit line will be opened."],
    ),
    (
        "a last sentence mentioning a date stays",
        ["Body.", "The talks will resume on September 15, 2021."],
        PageMeta(),
        ["Body.", "The talks will resume on September 15, 2021."],
    ),
]


@pytest.mark.parametrize(("why", "lines", "meta", "rest"), FOOTERS, ids=[case[0] for case in FOOTERS])
def test_split_footer(why, lines, meta, rest):
    assert split_footer(lines) == (meta, rest)
