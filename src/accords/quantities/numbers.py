"""Numbers written in digits or in words, and the scale words after them.

`parse_number("two and a half")` is 2.5, `parse_number("1,200.5")` is 1200.5,
`parse_number("one million")` is 1e6. The regular expressions here (`NUMBER`, `SCALE`) are
shared by the quantity and time extractors so that both read numbers the same way.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Scale words and abbreviations; "b"/"m"/"k" only count right after digits ("10b").
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "m": 1e6, "bln": 1e9, "bn": 1e9, "b": 1e9, "tn": 1e12,
    "trn": 1e12, "k": 1e3, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    # the Indian scale words: "50 lakh masks" (5 million), "Rs 100 crore" (1 billion rupees)
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1,
}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
#: Denominators of fractions in words ("two thirds", "one fifth", "three quarters").
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
#: Words that stand for a number on their own.
SPECIAL = {"a dozen": 12, "dozen": 12, "a couple of": 2, "a hundred": 100, "a thousand": 1e3,
           "a million": 1e6, "a billion": 1e9, "twice": 2, "thrice": 3, "once": 1}

_WORD = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_BIG = "hundred|thousand|million|billion|trillion"
#: Scale words in the plural after a number, as some state-press English writes them ("some
#: three millions Iranian tourists"): read as the singular.
_BIG_PLURAL = "millions|billions|trillions"
_TENS = "|".join(TENS)
_ONES = "|".join(word for word, n in UNITS.items() if 0 < n < 10)
#: One to ninety-nine in words: a unit word joins only a tens word ("twenty-five", not the "ten
#: five" of "ten five-star hotels").
_W1 = rf"(?:(?:{_TENS})[\s-]+(?:{_ONES})\b|{_WORD})"
_TAIL = rf"(?:\s+(?:{_BIG_PLURAL}|{_BIG})(?:\s+(?:and\s+)?{_W1})?)*"
#: One number in words: "twenty-five", "one hundred and five", "two and a half", "a dozen".
_PLURAL_PARTS = "halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths"
_SINGLE_PARTS = "third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
#: One number in words: "twenty-five", "one hundred and five", "two and a half", "a dozen", "two dozen",
#: "half a dozen", "a quarter million", and fractions: "two thirds", "one fifth", "a third of".
WORD_NUMBER = (
    rf"(?:(?:a\s+quarter|a|half\s+a|a\s+half|a\s+quarter\s+of\s+a|half\s+of\s+a|quarter|half)\s+(?:{_BIG}){_TAIL}"
    rf"|(?:{_W1})\s+(?:{_PLURAL_PARTS})\b"
    rf"|one\s+(?:{_SINGLE_PARTS})\b"
    rf"|a\s+(?:{_SINGLE_PARTS})(?=\s+of\b)"
    rf"|(?:{_ONES})\s+dozen\b"  # "more than two dozen calls": 24, not 2
    rf"|{_W1}(?:\s+and\s+a\s+(?:half|quarter))?{_TAIL}"
    r"|half\s+a\s+dozen|a\s+dozen|dozens|a\s+couple\s+of|twice|thrice)"
)
#: A fraction in words, spaced or hyphenated, or "half": "three quarters", "two-thirds", "one-seventh", "a quarter".
FRACTION_WORDS = rf"(?:(?:{_W1}|a)[\s-]+(?:{_PLURAL_PARTS}|{_SINGLE_PARTS})\b|half\b)"
#: What `WORD_NUMBER` begins with, in lower case (`accords.scan.starts`; "a " is "a" and
#: whitespace).
WORD_NUMBER_HEADS = ("a ", "half", "quarter", "dozens", "twice", "thrice", *UNITS, *TENS)
#: Digits with thousands separators and decimals: "1,200", "2.5", "10 000" is not joined.
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
#: Where a `DIGIT_NUMBER` that no word character precedes begins: the first digit of a run of
#: digits, or a point before a digit (".5").
DIGIT_NUMBER_HEAD = re.compile(r"\d+|\.(?=\d)")
NUMBER = rf"(?:{DIGIT_NUMBER}|(?i:{WORD_NUMBER}))"
#: Scale words after a number; short forms only glued to or right after digits.
SCALE = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|mln|mn|bln|bn|tn|trn|[mbk])"

_SPLIT = re.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """The value of a number in digits or words (with scale words), or None if it is not one."""
    clean = text.strip().lower().replace("\u00a0", " ")
    if not clean:
        return None
    if clean in SPECIAL:
        return float(SPECIAL[clean])
    digits = re.fullmatch(rf"({DIGIT_NUMBER})\s*({SCALE})?", clean)
    if digits:
        value = float(digits.group(1).replace(",", ""))
        return value * SCALES[digits.group(2)] if digits.group(2) else value
    return _parse_words(clean)


def _parse_words(clean: str) -> float | None:
    words = [w for w in _SPLIT.split(clean) if w and w != "and"]
    if len(words) >= 2 and words[-1] in DENOMINATORS and (
            words[-1].endswith("s") or (len(words) == 2 and words[0] in ("a", "one"))):
        # "two thirds", "one fifth", "a third": the numerator over the denominator
        numerator = 1.0 if words[:-1] in (["a"], ["one"]) else _parse_words(" ".join(words[:-1]))
        return None if numerator is None else numerator / DENOMINATORS[words[-1]]
    if words[:2] in (["a", "quarter"], ["quarter"]) or words[:1] == ["quarter"]:
        words = ["quarter", *words[2 if words[0] == "a" else 1:]]  # "a quarter (of a) million"
        if words[1:2] == ["of"]:
            words = [words[0], *words[3:]]
        rest = _parse_words(" ".join(words[1:])) if len(words) > 1 else None
        return None if rest is None else rest / 4
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    if re.fullmatch(DIGIT_NUMBER, words[0]):
        current = float(words[0].replace(",", ""))
        words = words[1:]
        seen = True
    index = 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else None
        if word == "a" and following in FRACTIONS:  # "two and a half"
            current += FRACTIONS[following]
            index += 2
            seen = True
            continue
        if word == "a" and following is not None:  # "a million", "a dozen"
            word = "one"
        if word == "half" and following in ("a", "of"):  # "half a million", "half a dozen", "half of a million"
            current += 0.5
            index += 3 if following == "of" else 2
            seen = True
            continue
        if word == "a" and following == "half":  # "a half million"
            current += 0.5
            index += 2
            seen = True
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("dozen", "dozens"):
            current = (current or 1) * 12
        elif word in SCALES and len(word) > 1:
            total += (current or 1) * SCALES[word]
            current = 0.0
        else:
            return None
        seen = True
        index += 1
    return total + current if seen else None
