"""`gazetteer_matches` finds exactly what the one-regex definition (`_gazetteer_pattern`) finds."""

import pytest

from accords.indicators.subjects import _gazetteer_pattern, gazetteer_matches

CASES = [
    ("plain-names", "Iran and Turkey signed a deal with Azerbaijan."),
    ("demonyms", "Azeri tourists and Iranian, Turkish and Azerbaijani-Turkish firms."),
    ("longest-name-first", "The Islamic Republic of Iran and the United States of America met the United Kingdom."),
    ("inside-other-words", "Iranians, Irania, xIran, Iran_2, Iran2 and IRAN are no country; Iran-Iraq is two."),
    ("at-text-edges", "Iran"),
    ("after-a-match", "Papua New Guinea New Zealand South Africa South Sudan"),
    ("punctuation-inside", "People's Republic of China, Côte d'Ivoire, U.S. and UAE."),
    ("no-names", "the minister said that trade rose 12 percent."),
    ("empty", ""),
]


@pytest.mark.skipif(_gazetteer_pattern() is None, reason="no gazetteer")
@pytest.mark.parametrize("text", [text for _, text in CASES], ids=[name for name, _ in CASES])
def test_gazetteer_matches_equal_the_regex(text):
    expected = [(m.start(), m.end(), m.group(0)) for m in _gazetteer_pattern().finditer(text)]
    assert list(gazetteer_matches(text)) == expected
