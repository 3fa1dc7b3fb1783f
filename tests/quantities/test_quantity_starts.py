"""Each quantity pattern tried only at its heads (accords.scan.starts) finds what finditer finds."""

from __future__ import annotations

import re

import pytest
from text_variants import spans_and_groups, variants

from accords.quantities.extract import _RANGE, _RANGE_HEADS, _READERS
from accords.scan.starts import MIN_INDEXED_LENGTH, StartIndex

PATTERNS = {"range": (_RANGE, _RANGE_HEADS), **{reader.__name__: (pattern, heads) for pattern, heads, reader in _READERS}}

#: Phrases for every pattern, and near misses: glued to words, codes, other cases.
PHRASES = [
    "$2.5 billion", "US$ 3 million", "US $4m", "HK$ 10", "u.s.$5", "AZN 3.4 million", "€10", "C$ 7", "TRY 5",
    "3.4 million manats", "10b dollars", "5 million US dollars", "1.5 trillion tomans", "10 €", "100 ₼",
    "15 percent", "15%", "15 per cent", "2.5 percentage points", ".5 percent", "-2.3%", "minus 5 percent",
    "2 million tons", "10 bcm", "5 GW", "300 km", "500 kg", "1,200.5 barrels per day",
    "Eleven agreements", "nine Iranian start-up firms", "twice", "a dozen", "half a million", "two thirds",
    "one fifth", "a third of", "a quarter million", "twenty-five", "one hundred and five", "two and a half",
    "dozens", "thrice", "a couple of", "5-7 million tons", "10-15%", "between 10 and 15 percent",
    "$2-3 billion", "from 10 to 15 percent", "five to seven million tons", "fifty to sixty",
    # near misses
    "4G", "G20", "COVID-19", "10:30", "+98 21 1234 5678", "Article 5", "No. 3", "x2.5 billion", "abc15%",
    "1.2.3", "twenty-first", "one", "once", "often", "attention", "nonetwo", "a1 2 tons",
]
TEXT = "The report said " + ". ".join(PHRASES) + "."
VARIANTS = variants(TEXT)



@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", list(PATTERNS))
def test_pattern_tried_at_its_heads_finds_every_match(name, variant):
    pattern, heads = PATTERNS[name]
    text = VARIANTS[variant]
    index = StartIndex(text)
    assert index.lowered is not None and len(text) >= MIN_INDEXED_LENGTH  # the heads are used
    assert spans_and_groups(index.finditer(pattern, heads, word_start=True)) == spans_and_groups(pattern.finditer(text))


@pytest.mark.parametrize("name", list(PATTERNS))
def test_every_pattern_matches_the_sample_text(name):
    assert PATTERNS[name][0].search(TEXT)


@pytest.mark.parametrize("name", list(PATTERNS))
def test_no_pattern_matches_the_empty_string(name):
    """`StartIndex.finditer` assumes it (finditer goes on differently after an empty match)."""
    pattern = PATTERNS[name][0]
    minimum, _maximum = re._parser.parse(pattern.pattern, pattern.flags).getwidth()  # the `re` parser's own width
    assert minimum > 0
