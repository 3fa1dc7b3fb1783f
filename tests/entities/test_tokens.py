"""The token arrays the entity patterns scan must agree with spaCy's own Token and Span views."""

import pytest

from accords.entities.tokens import string_id, string_ids, token_ids
from accords.nlp import parse

pytestmark = pytest.mark.slow

TEXT = ("TEHRAN – The Europe-Persia Express Gateway (EPEG) links Iran’s ports with\n\nthe "
        "Rasht-Astara railroad, Tehran Times reported.  EPEG  trains run weekly.")


@pytest.fixture(scope="module")
def doc():
    return parse(TEXT)


def test_ids_are_token_orth_and_lower(doc):
    ids = token_ids(doc)
    assert ids.orth == [t.orth for t in doc]
    assert ids.lower == [t.lower for t in doc]
    assert [string_id(t.text) for t in doc] == ids.orth


@pytest.mark.parametrize("width", [1, 2, 3, 5], ids=["one", "two", "three", "five"])
def test_span_text_and_offsets_match_spans(doc, width):
    ids = token_ids(doc)
    for start in range(len(doc) - width + 1):
        span = doc[start:start + width]
        assert ids.span_text(start, start + width) == span.text
        assert ids.char_span(start, start + width) == (span.start_char, span.end_char)
    assert ids.span_text(3, 3) == ""


def test_where_finds_words(doc):
    ids = token_ids(doc)
    assert ids.where_lower(string_ids(frozenset({"railroad", "epeg"}))) == [
        t.i for t in doc if t.lower_ in ("railroad", "epeg")]
    assert ids.where_orth([string_id("(")]) == [t.i for t in doc if t.text == "("]
