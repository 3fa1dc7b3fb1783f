"""Commitments from official texts through the real pipeline: passages of White House texts,
as published (hard-wrapped lines), ingested into a SQLite store and listed by
`accords commitments`.

Texts (bidenwhitehouse.archives.gov via the whitehouse-briefings corpus; works of the United
States government, public domain): the Roadmap for a Renewed U.S.-Canada Partnership
(2021-02-23: its opening and the clean-energy item) and the readout of President Biden's
meeting with Prime Minister Fiala of the Czech Republic (2024-04-15: its opening).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from accords import service
from accords.cli import app
from accords.store import Store
from accords.store.commitments import commitments

pytestmark = pytest.mark.slow

TEXTS = {
    "canada_roadmap": (
        "2021-02-23T21:21:42-05:00",
        "Roadmap for a Renewed U.S.-Canada Partnership",
        "**Roadmap for a Renewed U.S.-Canada Partnership**  \n"
        "“It is in the shared interest of the United States and Canada to\n"
        "revitalize and expand our historic alliance and steadfast friendship to\n"
        "overcome the daunting challenges of today and realize the full potential\n"
        "of the relationship into the future.”\n\n"
        "-   The leaders also agreed to take a coordinated approach to\n"
        "    accelerating progress towards sustainable, resilient, and clean\n"
        "    energy infrastructure, including encouraging the development of\n"
        "    cross-border clean electricity transmission. To advance this work,\n"
        "    the President affirmed the goal for the United States to achieve a\n"
        "    net-zero carbon pollution free power sector by 2035 and the Prime\n"
        "    Minister reaffirmed the goal for Canada to achieve 90 percent\n"
        "    non-emitting electricity by 2030.\n",
    ),
    "czech_meeting": (
        "2024-04-15T19:02:50-04:00",
        "Readout of President Joe Biden's Meeting with Prime Minister Petr Fiala of the Czech Republic",
        "President Biden\xa0welcomed\xa0Czech Prime Minister Petr Fiala to the White\n"
        "House today.\xa0\xa0President Biden congratulated\xa0the Czech Republic, a\n"
        "stalwart Ally,\xa0on celebrating 25 years in NATO\xa0and on the recent passage\n"
        "of\xa0legislation requiring\xa0it to spend at least 2 percent of its GDP on\n"
        "defense.\xa0\xa0The leaders reaffirmed their iron-clad commitment to the NATO\n"
        "Alliance, which makes us all safer.\n",
    ),
}
TODAY = dt.date(2024, 12, 31)


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wh_commitments")
    path = folder / "whitehouse.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name, (published, title, text) in TEXTS.items():
            out.write(json.dumps({"id": name, "title": title, "published": published, "source": "The White House",
                                  "url": f"https://bidenwhitehouse.archives.gov/{name}/", "text": text}) + "\n")
    url = f"sqlite:///{folder / 'accords.db'}"
    with Store.open(url) as store:
        report = service.ingest(store, [path])
        assert (report.new, report.rejected) == (2, ())
    return url


ROWS = [
    # (id, country filter, [(metric, subjects, value, deadline, status)])
    ("all", None, [
        ("non_emitting_electricity_share", ("CAN",), 90.0, "2030-12-31", "pending"),
        ("defense_spending_share_of_gdp", ("CZE",), 2.0, None, "unknown"),
    ]),
    ("canada", "CAN", [("non_emitting_electricity_share", ("CAN",), 90.0, "2030-12-31", "pending")]),
    # the goal is Canada's own: the joint roadmap does not make it a U.S. commitment
    ("united-states", "USA", []),
    ("czech-republic", "CZE", [("defense_spending_share_of_gdp", ("CZE",), 2.0, None, "unknown")]),
]


@pytest.mark.parametrize(("country", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_white_house_pledges_are_commitments(url, country, expected):
    with Store.open(url) as store:
        found = commitments(store, country=country, today=TODAY)
    assert [(c.metric, c.subjects, c.value, c.deadline, c.status) for c in found] == expected


def test_cli_lists_the_canadian_goal(url):
    result = CliRunner().invoke(app, ["--db", url, "commitments", "--country", "CAN", "--today", "2024-12-31"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "non_emitting_electricity_share CAN: 90% in 2030 (deadline 2030-12-31) -> PENDING"
    )
