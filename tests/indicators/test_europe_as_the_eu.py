""""Europe" as the other side of a flow ("exports ... to Europe", "investments came from Europe") is the EU's side in a
text that names the EU or one of its bodies (tests/gold/README.md, twenty-eighth session); a text naming no EU body
leaves Europe no subject. A share of a flow or of investment named only by its partner takes the text's main country
as the other side, as the flow itself does.

Sentences from tehrantimes-region (CC BY 4.0) or written for this test; each expected record is
(metric, subjects, value).
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

_EU = ("Turkey is still banging on the EU’s door for membership. The European Commission warned Ankara. Turkey needs "
       "Europe - and badly. ")
_NO_EU = "Turkey is a big exporter. Turkey sells cars and textiles. Turkey needs markets. "

CASES = [
    pytest.param(_EU + "Almost 55 percent of Turkey’s exports find their way to Europe.",
                 [("EU", "TUR")], id="exports-to-europe-in-a-text-on-the-eu"),
    pytest.param(_EU + "Let’s note that 75% of foreign investments in Turkey came from Europe.",
                 [("EU", "TUR")], id="investment-from-europe"),
    pytest.param(_NO_EU + "Almost 55 percent of Turkey’s exports find their way to Europe.",
                 [("TUR",)], id="no-eu-body-named"),
    pytest.param("The EU and the United States met in Madrid. The United States deployed or extended over 20,000 "
                 "additional forces to Europe.",
                 [("USA",)], id="forces-to-europe-are-no-flow"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_europe_as_the_eu(text: str, expected: list) -> None:
    extraction = run(Article(id="c", text=text, published="2017-03-01"))
    assert [i.subjects for i in extraction.indicators if i.unit in ("percent", "count")] == expected
