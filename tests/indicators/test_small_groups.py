"""indicators.v2: a handful of people in a story is no figure ("28 people in close contact", "a study
in 15 people", "a room for two people"); populations, crowds and beneficiaries of a thousand or more
are; people infected are `infections`. (An ethnic group's share of a place's population, left out here
before, is the place's country's since indtt44: tests/indicators/test_jobs_volumes_peoples.py, never the
demonym's.)

Sentences from pages of the article-extraction-benchmark (MIT, github.com/scrapinghub/article-
extraction-benchmark; pages 432362af0b, e593d7fe88, ea25dd7edf) and Tehran Times (news ids 413391,
415931; Tehran Times / Mehr News Agency, CC BY 4.0), and one written for the test ("Baku is home").
"""

import pytest
from figures import figures

NO_FIGURE = [
    ("quarantined-contacts", "A total of 28 people who were in close contact with the patient were put under medical quarantine."),
    ("study-group", "For example, one study in 15 people found that eating a high-protein breakfast reduced levels of ghrelin."),
    ("room-for-three", "The price of a suite for three people staying in a room of at least 18 square meters stands at 2.1 million rials."),
]


@pytest.mark.parametrize("case_id, text", NO_FIGURE, ids=[c[0] for c in NO_FIGURE])
def test_small_groups_are_no_figure(case_id, text):
    assert [f for f in figures(text, source="Tehran Times") if f[0] in ("population", "population_share")] == []


FIGURES = [
    ("home-to", "Baku is home to 2.3 million people.", ("population", ("AZE",), 2300000.0, "count", "actual", None)),
    ("infected", "China reported that the virus has infected over 3,700,000 people.",
     ("infections", ("CHN",), 3700000.0, "count", "actual", "lower")),
]


@pytest.mark.parametrize("case_id, text, expected", FIGURES, ids=[c[0] for c in FIGURES])
def test_people_counted(case_id, text, expected):
    assert expected in figures(text, source="Azernews")
