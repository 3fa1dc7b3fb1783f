"""events.v2 on the Azernews register (issue #13, evtt16): joint works under way told as a noun
("the implementation of the project of the third Iran-Armenia power transmission line") or
pursued ("we are pursuing a joint dam construction project") are COOPERATE
(`accords.events.works`); the body a state applies to join is no side of the support for its
application (`accords.events.phrases`); agreeing "with" a side and nothing agreed is a view
shared, and an invitation to all countries at once an exhortation, no AGREE
(`accords.events.views`); backing told in a relative clause on a group ("a group that has
praised the president's tariff decisions") describes the group (`accords.events.nonevents`).
Sentences from Tehran Times (CC BY 4.0, Tehran Times / Mehr News;
tehrantimes_region_dev, tests/gold/dev files of the sixteenth session) or written for this test
in that register. Exact type, sides (actor and recipient countries) and status of every event
found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # tt_437568 (dev): a joint power line whose implementation is followed up, besides the visit
    ("implementation-followed-up",
     "Haeri visited Armenia to follow up on the implementation of the project of third Iran-Armenia power "
     "transmission line.",
     [("CONSULT", ("ARM", "IRN"), "occurred"), ("COOPERATE", ("ARM", "IRN"), "occurred")]),
    # written for this test: a joint bridge under construction
    ("construction-of-joint-bridge",
     "The construction of a joint bridge on the Astarachai River in Astara is under way, the Iranian and Azerbaijani "
     "officials said.",
     [("COOPERATE", ("AZE", "IRN"), "occurred")]),
    # must stay: a construction agreed is a plan (AGREE), not a work under way
    ("construction-agreed-stays-plan",
     "The two sides agreed to complete the construction of Iran's third electricity transmission line to Armenia by "
     "2020.",
     [("AGREE", ("ARM", "IRN"), "occurred")]),
    # must stay: the need for an implementation is no work under way
    ("implementation-needed",
     "Iran and Turkey stressed the need for fast implementation of joint projects between Iran and Turkey.",
     []),
    # written for this test: a joint work pursued by the pair named
    ("joint-project-pursued",
     "Iran and Azerbaijan are neighbours. Iran and Azerbaijan are pursuing a joint dam construction project on the "
     "Aras river.",
     [("COOPERATE", ("AZE", "IRN"), "occurred")]),
    # must stay: one side's own project is no joint work
    ("own-project-pursued",
     "The Iranian president said Iran is pursuing a nuclear project.",
     []),
    # tt_464242 (dev): the organisation applied to is no side of the support
    ("membership-in-organisation",
     "TEHRAN — The ambassador also said that Russia supports Iran's application for full membership in the Shanghai "
     "Cooperation Organization (SCO), filed in 2008.",
     [("SUPPORT", ("IRN", "RUS"), "occurred")]),
    # tt_465173 (dev): agreeing with a side on a view is no agreement
    ("agrees-with-side",
     "Tokayev added, \"Kazakhstan fully agrees with the Islamic Republic of Iran and considers the formation of an "
     "inclusive government with the participation of all groups the only way to solve Afghanistan's problems.\"",
     []),
    # must stay: agreed with a side on something to do
    ("agreed-with-side-on-roadmap",
     "Iran agreed with Russia on a new roadmap for energy cooperation.",
     [("AGREE", ("IRN", "RUS"), "occurred")]),
    # tt_300344 (dev): a statement inviting all countries to act is an exhortation
    ("inviting-all-countries",
     "The joint statement between Iran, Azerbaijan and Turkey also addressed the JCPOA, inviting all countries to "
     "welcome the deal and act responsibly toward its implementation.",
     []),
    # written for this test: backing that describes a group
    ("group-that-praised",
     "The tariffs have strengthened the United States’ hand in its trade talks with China, said the head of the "
     "Alliance for Fair Trade, a group that has praised some of President Trump’s tariff decisions.",
     [("CONSULT", ("CHN", "USA"), "occurred")]),
    # must stay: a relative clause on a state tells the state's act
    ("government-which-backed",
     "The Turkish government, which backed Azerbaijan's position, sent aid.",
     [("SUPPORT", ("AZE", "TUR"), "occurred"), ("AID", ("AZE", "TUR"), "occurred")]),
    # must stay: an invitation of a side
    ("invited-a-side",
     "Azerbaijani President Ilham Aliyev invited Iranian President Hassan Rouhani to visit Baku.",
     [("AGREE", ("AZE", "IRN"), "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_works_and_backing(text, expected):
    assert _events(text) == expected
