"""A peace process named after the city its talks began in is an event name, not the city
(`accords.gazetteer.places`): "the Astana peace process", "the Astana process", "the Astana format",
"the Astana peace talks" are the talks of Iran, Russia and Turkey on Syria; "arrived in Astana" is the
city.

The sentences are quoted from Tehran Times (tehrantimes.com, news ids 410295, 411941, 418676, 430682 of
shared/corpora/tehrantimes-region, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/)."""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("astana-peace-process",
     "Late in November, the guarantor states of the Astana peace process ended their 11th round of talks in the "
     "Kazakh capital.", {("EVENT_NAME", "Astana Process")}, {("PLACE", "Astana")}),
    ("astana-process-quoted",
     "The United Nations Security Council has praised the peacemaking potential of the “Astana process”, "
     "Abdrakhmanov said in his address of the lower house of parliament.",
     {("EVENT_NAME", "Astana Process")}, {("PLACE", "Astana")}),
    ("astana-peace-talks",
     "He also said that the Astana peace talks, brokered by Turkey, Russia and Iran are not meant to replace the "
     "Geneva talks.", {("EVENT_NAME", "Astana Process")}, {("PLACE", "Astana")}),
    ("astana-the-city",
     "The Iranian and Turkish delegations held talks on Saturday in Astana, Kazakhstan, ahead of the planned "
     "talks.", {("PLACE", "Astana")}, {("EVENT_NAME", "Astana Process")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_peace_process_names(text, present, absent):
    got = found(text)
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
