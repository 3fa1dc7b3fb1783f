"""Publication dates in the formats real sites print, normalised to ISO 8601."""

import pytest

from accords.ingest.dates import find_date_prefix, parse_date

DATES = [
    ("21 July 2025 14:35 (UTC+04:00)", "2025-07-21T14:35+04:00"),
    ("21 July 2025", "2025-07-21"),
    ("21 Jul. 2025, 14:35", "2025-07-21T14:35"),
    ("2021-09-15", "2021-09-15"),
    ("2021/09/15", "2021-09-15"),
    ("September 15, 2021", "2021-09-15"),
    ("Sept. 15th, 2021", "2021-09-15"),
    ("Wednesday, September 15, 2021", "2021-09-15"),
    ("15.09.2021", "2021-09-15"),
    ("15.09.2021 10:30", "2021-09-15T10:30"),
    ("15/09/2021", "2021-09-15"),
    ("09/15/2021", "2021-09-15"),
    ("Sep 15, 2021 10:30 AM", "2021-09-15T10:30"),
    ("Sep 15, 2021 12:05 a.m.", "2021-09-15T00:05"),
    ("Sep 15, 2021 3:05 PM", "2021-09-15T15:05"),
    ("Dec 5, 2017 21:27", "2017-12-05T21:27"),
    ("2021-09-15T10:30:00Z", "2021-09-15T10:30+00:00"),
    ("2021-09-15T10:30:00.123+03:30", "2021-09-15T10:30+03:30"),
    ("2021-09-15 10:30 GMT+3", "2021-09-15T10:30+03:00"),
    ("2021-09-15 10:30 UTC", "2021-09-15T10:30+00:00"),
    ("Tue, 15 Sep 2021 10:30:00 +0000", "2021-09-15T10:30+00:00"),
]

NOT_DATES = [
    ("03/04/2021", "day and month order ambiguous"),
    ("2021-02-30", "no such day"),
    ("September 2021", "no day: not a publication date"),
    ("15 September", "no year: never filled in"),
    ("Sep 15, 2021 25:10", "no such hour"),
    ("Sep 15, 2021 13:10 PM", "13 PM"),
    ("1850-01-01", "out of range"),
    ("The deal was signed on September 15, 2021.", "a sentence, not a date"),
    ("", "empty"),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[text for text, _ in DATES])
def test_parse_date_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "why"), NOT_DATES, ids=[why for _, why in NOT_DATES])
def test_parse_date_never_invents(text, why):
    assert parse_date(text) is None


PREFIXES = [
    ("2021-09-15 By Azernews", ("2021-09-15", "By Azernews")),
    ("21 July 2025 14:35 (UTC+04:00) By IRNA", ("2025-07-21T14:35+04:00", "By IRNA")),
    ("Dec 5, 2017 21:27", ("2017-12-05T21:27", "")),
    ("By Azernews 2021-09-15", None),
]


@pytest.mark.parametrize(("text", "expected"), PREFIXES, ids=[text for text, _ in PREFIXES])
def test_find_date_prefix(text, expected):
    assert find_date_prefix(text) == expected
