"""`accords.scan.lists.runs`: names in text order chained into lists where `LIST_JOINS` joins
them, the one reader of "X, Y and Z" lists for the events' named lists and the figures'
"respectively". Sentences from tests/gold/articles and the Tehran Times corpus."""

from __future__ import annotations

import pytest

from accords.scan.lists import runs


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for name in names:
        start = text.index(name, at)
        spans.append((start, start + len(name)))
        at = start + len(name)
    return spans


@pytest.mark.parametrize(("text", "names", "expected"), [
    pytest.param("Iran, Turkey and Russia brokered the Astana talks", ["Iran", "Turkey", "Russia"], [[0, 1, 2]],
                 id="comma-and"),
    pytest.param("Iran is followed by Germany and Georgia with 666,000 and 651,000 travelers respectively",
                 ["Iran", "Germany", "Georgia"], [[0], [1, 2]], id="a-verb-parts-two-lists"),
    pytest.param("Iran, Syria, Russia as well as Turkey", ["Iran", "Syria", "Russia", "Turkey"], [[0, 1, 2, 3]],
                 id="as-well-as"),
    pytest.param("Iran, Russia and the Republic of Azerbaijan", ["Iran", "Russia", "Azerbaijan"], [[0, 1, 2]],
                 id="the-republic-of"),
    pytest.param("Iran with Russia", ["Iran", "Russia"], [[0], [1]], id="with-joins-no-list"),
    pytest.param("", [], [], id="no-names"),
])
def test_runs(text, names, expected):
    assert runs(text, _spans(text, names)) == expected
