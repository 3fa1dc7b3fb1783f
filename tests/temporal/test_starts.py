"""Each time rule tried only at its heads (accords.scan.starts) finds what finditer finds."""

from __future__ import annotations

import re

import pytest
from text_variants import spans_and_groups, variants

from accords.temporal.extract import _COMPILED
from accords.scan.starts import FOLD_RISK, MIN_INDEXED_LENGTH, NUMBER, StartIndex

#: At least one phrase for every rule, and near misses: words glued to them, other cases.
PHRASES = [
    "on 2021-09-14", "on 14.09.2021 and 09/14/2021", "December 26th and 27th", "December 26-27, 2017",
    "from September 1 to October 10", "14-21 July 2021", "from 14 to 21 July", "1 September to 10 October",
    "Sept. 14, 2021", "Monday, September 14", "on Tue, 14 September 2021", "the 14th of September",
    "from March to May 2020", "between March and May", "January-July 2021", "in early February 2021",
    "the end of March, 2020", "last June", "this september", "in February", "by mid-March",
    "in the month of October", "2015-2020", "from 2015 to 2020", "2020-21", "between 2015 and 2020",
    "the first seven months of 2021", "the last three months", "the first half of 2022", "H1 2022",
    "1H 2022", "the 2nd half of this year", "the third quarter of 2021", "Q3 2021", "in Q3", "2021 Q3",
    "the 4th quarter", "so far this year", "year-to-date", "since the beginning of the year",
    "since 2020", "since March 2019", "since May", "last year", "the previous month", "this week",
    "the past five years", "the last decade", "over the past 12 months", "two years ago",
    "twenty-one days ago", "3 weeks ago", "yesterday", "the day before yesterday", "this morning",
    "last Friday", "on Monday", "this coming Sunday", "early 2021", "the end of 2023", "mid-2019",
    "in 1990", "the 1990s", "the '80s", "the seventies", "the 21st century", "the nineteenth century",
    "summer 2021", "the spring of 1978", "next fall", "the first Sunday of July",
    "the second Monday of next month", "the 3rd Friday of May 2020", "the last week of July",
    "the first week of 2015", "the third week of this month", "the 20th of next month",
    "the tenth of September 2000", "May twenty-first", "September the twenty-first",
    "Friday next week", "next week on Friday", "Friday the 15th", "Friday the fifteenth",
    "the year 2017", "a year ago", "an hour ago", "one month ago", "11/2016", "3/2015",
    # near misses: glued words, codes, amounts
    "yearly January 2020", "XJanuary 5", "amid May 2021", "within May", "2021st century", "$1990s",
    "COVID-19 in 2020", "item 2020 tons", "No. 1990", "tothe 3rd quarter", "the1990s", "H12", "Q5",
]
TEXT = "The report said " + ". ".join(PHRASES) + "."
VARIANTS = variants(TEXT)



@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("rule", range(len(_COMPILED)), ids=lambda i: f"{i}-{_COMPILED[i][1].__name__}")
def test_rule_tried_at_its_heads_finds_every_match(rule, variant):
    pattern, _resolver, heads = _COMPILED[rule]
    text = VARIANTS[variant]
    index = StartIndex(text)
    assert index.lowered is not None and len(text) >= MIN_INDEXED_LENGTH  # the heads are used
    assert spans_and_groups(index.finditer(pattern, heads)) == spans_and_groups(pattern.finditer(text))


@pytest.mark.parametrize("rule", range(len(_COMPILED)), ids=lambda i: f"{i}-{_COMPILED[i][1].__name__}")
def test_every_rule_matches_the_sample_text(rule):
    pattern = _COMPILED[rule][0]
    assert any(pattern.search(text) for text in VARIANTS.values())


@pytest.mark.parametrize("rule", range(len(_COMPILED)), ids=lambda i: f"{i}-{_COMPILED[i][1].__name__}")
def test_no_rule_matches_the_empty_string(rule):
    """`StartIndex.finditer` assumes it (finditer goes on differently after an empty match)."""
    pattern = _COMPILED[rule][0]
    minimum, _maximum = re._parser.parse(pattern.pattern, pattern.flags).getwidth()  # the `re` parser's own width
    assert minimum > 0


def test_lower_case_text_stands_for_the_text_unless_fold_risk():
    """Outside FOLD_RISK, `str.lower` keeps positions and shows every ASCII letter a pattern reads."""
    everything = "".join(map(chr, range(0x110000)))
    for char in everything:
        lower = char.lower()
        if lower == char or FOLD_RISK.match(char):
            continue
        assert len(lower) == 1, hex(ord(char))
        for cls in (r"\d", r"\s", r"\w"):
            assert bool(re.match(cls, char)) == bool(re.match(cls, lower)), hex(ord(char))
    # every character a case-insensitive pattern reads as an ASCII letter lowers to that letter
    for char in re.findall(r"(?i)[a-z]", everything):
        if not FOLD_RISK.match(char):
            assert char.lower() in "abcdefghijklmnopqrstuvwxyz" and re.fullmatch(char.lower(), char, re.I), hex(ord(char))


@pytest.mark.parametrize("text, heads, expected", [
    ("the theme then the\tend", ("the ",), [0, 15]),
    ("tutut tut", ("tut",), [0, 2, 6]),  # overlapping occurrences of a word count
    ("in 2021, 12 and a1 9", (NUMBER,), [3, 9, 17, 19]),
    ("ab 12 a3", (NUMBER, "a"), [0, 3, 6, 7]),
], ids=["word-and-space", "overlapping-word", "number", "merged"])
def test_starts_of_heads(text, heads, expected):
    assert StartIndex(text).starts(heads) == expected


def test_word_start_leaves_out_heads_after_a_word_character():
    assert StartIndex("a1 12 x3 (4").starts((NUMBER,), word_start=True) == [3, 10]


def test_short_or_fold_risk_text_is_scanned_whole():
    pattern = re.compile(r"(?i)since")
    for text in ("since", "SINCE \u0130stanbul " * 20):
        assert [m.span() for m in StartIndex(text).finditer(pattern, ("nothing",))] == \
            [m.span() for m in pattern.finditer(text)]
