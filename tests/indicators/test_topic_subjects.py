"""Whose figure it is when its sentence names no country (`indicators.owners._unnamed`).

Before, such a figure took the article's two most-named countries, so a page about Korea's
solar industry that cites the International Energy Agency gave Korea's factories to "IEA-KOR",
and a White House fact sheet on APEC gave American jobs to "APEC-USA". Now something passing
between two sides (trade, deals, aid) is the pair's, and any other figure belongs to the
countries the sentences just before it name.

Texts, each a passage as published:
- korea-*: pv magazine, "South Korea's roadmap to drive down solar costs" (2019-11-20), from
  the article-extraction-benchmark (MIT, tests/gold/LICENSE-article-extraction-benchmark);
- apec-*: White House fact sheet of 2023-11-17 on APEC Economic Leaders' Week
  (bidenwhitehouse.archives.gov, via the whitehouse-briefings corpus; US government work,
  public domain);
- kazakhstan-*: Tehran Times, news 300521 (CC BY 4.0, Tehran Times / Mehr News Agency).
Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

KOREA = (
    "A recent report by the International Energy Agency’s Photovoltaic Power Systems Program stated the South "
    "Korean solar module industry had an annual production capacity of around 8.69 GW at the end of 2017. "
    "Hanwha Q Cells had 3.7 GW of cell capacity and the same volume of module operations at that point and LG "
    "Electronics had 3 GW of output, also evenly split between cells and modules. A further 17 manufacturers, "
    "according to the report, had production operations ranging from 30-600 MW."
)
APEC = (
    "This week, President Biden welcomed government and business leaders from across the Asia-Pacific to San "
    "Francisco, California, for APEC Economic Leaders’ Week. President Biden highlighted how his efforts to grow "
    "the U.S. economy from the bottom up and the middle out have made the United States the preeminent driver of "
    "inclusive and sustainable economic growth in the Asia-Pacific and are delivering results for American "
    "workers and families.\n\n"
    "The United States is the world’s leading global economy and an engine of growth and dynamism across the "
    "Asia-Pacific region.  Since the President took office, we’ve created 14 million jobs here at home—and more "
    "jobs in the first two years than any President in a four-year term. The United States has had 21 straight "
    "months of unemployment under 4 percent, for the first time in over half a century, and the economy grew by "
    "4.9 percent in the third quarter of this year."
)
KAZAKHSTAN = (
    "TEHRAN – Kazakh President Nursultan Nazarbayev arrived at Tehran on Monday to chart a new course in "
    "bilateral ties with Tehran. Rouhani also emphasized that resumption of banking exchanges between Iranian "
    "and Kazakh central banks facilitates inter-banking interaction. Elsewhere in his remarks, the Iranian "
    "president maintained that the two sides also exchanged ideas on the Caspian Sea legal status, and its "
    "relevant maritime shipping, minerals, tourism, and environmental concerns. President Nazarbayev, for his "
    "part, referred to the agreements made, saying, “66 contracts worth $2 billion were signed in economy, "
    "trade, tourism, agriculture, and minerals.”"
)

CASES = [
    pytest.param(
        KOREA, "2019-11-20",
        [("capacity", ("KOR",), 8690.0, "MW", "actual", "approx"),
         ("capacity", ("KOR",), 3700.0, "MW", "actual", None),
         ("capacity", ("KOR",), 3000.0, "MW", "actual", None),
         ("companies", ("KOR",), 17.0, "count", "actual", None),
         ("production", ("KOR",), 30.0, "MW", "actual", "lower"),  # "ranging from 30-600 MW": one range
         ("production", ("KOR",), 600.0, "MW", "actual", "upper")],
        id="korea-topic-of-the-sentence-before-not-the-cited-agency",
    ),
    pytest.param(
        APEC, "2023-11-17",
        [("jobs", ("USA",), 14e6, "count", "actual", None),
         ("unemployment", ("USA",), 4.0, "percent", "actual", "upper"),
         ("gdp_growth", ("USA",), 4.9, "percent", "actual", None)],
        id="apec-jobs-at-home-are-the-united-states-not-apec",
    ),
    pytest.param(
        KAZAKHSTAN, "2016-04-11",
        [("agreements_signed", ("IRN", "KAZ"), 66.0, "count", "actual", None),
         ("contract_value", ("IRN", "KAZ"), 2e9, "USD", "actual", None)],
        id="kazakhstan-contracts-signed-pass-between-the-pair",
    ),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_subjects_of_figures_in_sentences_naming_no_country(text, published, expected):
    assert figures(text, published=published) == expected
