"""The one list of qualifiers that figure rules accept right before an amount (`QUALIFIER`,
`qualifier_group`): the words `find_quantities` reads as bounds, plus a rule's own extras."""

import re

import pytest

from accords.quantities import find_quantities
from accords.quantities.extract import QUALIFIER, qualifier_group

#: A rule shaped like the figure rules: a change verb and "by", then the qualifier, then the end.
_CHANGED_BY = re.compile(r"\b(?:rose|fell)\s+by\s+" + QUALIFIER + "$", re.IGNORECASE)
_RELEASED = re.compile(r"\breleased\s+" + qualifier_group(r"another", r"a\s+further") + "$", re.IGNORECASE)


@pytest.mark.parametrize(
    ("lead", "matches"),
    [
        pytest.param("Exports rose by ", True, id="bare"),
        pytest.param("Exports rose by nearly ", True, id="upper-bound"),
        pytest.param("Exports fell by more than ", True, id="lower-bound"),
        pytest.param("Exports rose by an estimated ", True, id="approximate"),
        pytest.param("Exports rose by Tuesday ", False, id="no-qualifier-word"),
        pytest.param("Exports rose by handsome ", False, id="word-ending-in-some"),
    ],
)
def test_qualifier_before_an_amount(lead: str, matches: bool) -> None:
    assert bool(_CHANGED_BY.search(lead)) is matches


@pytest.mark.parametrize(
    ("lead", "matches"),
    [
        pytest.param("Iran released another ", True, id="extra-word"),
        pytest.param("Iran released a further ", True, id="extra-phrase"),
        pytest.param("Iran released at least ", True, id="shared-word"),
        pytest.param("Iran released the ", False, id="article"),
    ],
)
def test_a_rules_extra_words(lead: str, matches: bool) -> None:
    assert bool(_RELEASED.search(lead)) is matches


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("nearly 30 percent", id="nearly"),
        pytest.param("more than 1,700 people", id="more-than"),
        pytest.param("roughly $5 million", id="roughly"),
        pytest.param("at least 12 ships", id="at-least"),
    ],
)
def test_every_word_find_quantities_bounds_is_a_qualifier(text: str) -> None:
    """The group and the parser's own bounds are one list: a word the parser reads as a bound
    ("nearly 30 percent" has a qualifier) is one the group accepts."""
    quantity = find_quantities(text)[0]
    assert quantity.qualifier is not None
    words = re.match(r"[^\d$]*", quantity.text).group(0)
    assert re.fullmatch(QUALIFIER, words)
