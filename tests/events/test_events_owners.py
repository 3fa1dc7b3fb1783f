"""Who acts in an infinitive that complements an owned noun, who is the victim of a condemned
act, and who "the national security advisors" are after their call (issue 13): "their resolve to continue supporting Ukraine" is supported by those who
reiterated it, "Zarif's proposal to mediate" is Iran's; the target of "Russia's war of aggression
against Ukraine" or of "Putin's invasion of Ukraine" is no side of its condemnation, and
"Northern Ireland" is a place of the United Kingdom, not Ireland. White House readouts (2021-2024, public domain),
paragraphs unwrapped."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES, events_with_sides

_BERLIN = ("President Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, Prime Minister Keir Starmer of "
           "the United Kingdom, and President Joseph R. Biden, Jr. of the United States met today in Berlin, "
           "Germany.\n\nThe leaders condemned Russia’s continued war of aggression against Ukraine and reiterated "
           "their resolve to continue supporting Ukraine in its efforts to secure a just and lasting peace.")
_FOUR = ("DEU", "FRA", "GBR", "USA")
_SWEDEN = ("National Security Advisor Jake Sullivan met today with National Security Advisor Henrik Landerholm of "
           "Sweden. Mr. Sullivan and Mr. Landerholm emphasized their commitment to continue supporting Ukraine as it "
           "defends itself from Russia’s invasion.")

_WELLINGTON = ("President Biden met today with Prime Minister Jacinda Ardern of New Zealand. Beyond the Indo-Pacific, "
               "the leaders strongly condemned Russian President Vladimir Putin’s invasion of Ukraine, which is in "
               "flagrant violation of international law.")
_BELFAST = ("President Joe Biden met today with Prime Minister Boris Johnson of the United Kingdom. They also discussed "
            "Northern Ireland, and President Biden reiterated his longstanding support for a secure and prosperous "
            "Northern Ireland in which all communities have a voice and enjoy the gains of the hard-won peace.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(_WELLINGTON, "2022-05-31", ("ACCUSE", ("NZL", "RUS", "USA"), "occurred"),
                 id="invasion-of-names-the-victim"),
    pytest.param(_BELFAST, "2021-09-21", ("SUPPORT", ("GBR", "USA"), "occurred"),
                 id="northern-ireland-is-the-united-kingdom"),
    pytest.param(_BERLIN, "2024-10-18", ("ACCUSE", tuple(sorted((*_FOUR, "RUS"))), "occurred"),
                 id="victim-of-condemned-war-no-side"),
    pytest.param(_BERLIN, "2024-10-18", ("SUPPORT", tuple(sorted((*_FOUR, "UKR"))), "occurred"),
                 id="their-resolve-to-support"),
    pytest.param(_SWEDEN, "2024-01-23", ("SUPPORT", ("SWE", "UKR", "USA"), "occurred"),
                 id="their-commitment-to-support"),
])
def test_owned_complements_and_victims(text, published, expected):
    found = events_with_sides(text, published=published, source="The White House")
    assert expected in found
    # the victim is never a side of the condemnation
    assert all(not (kind == "ACCUSE" and "UKR" in event_sides) for kind, event_sides, _status in found)


_ADVISORS = ("National Security Advisor Jake Sullivan spoke this evening with National Security Office Director Cho "
             "Taeyong of the Republic of Korea (ROK) and National Security Secretariat Secretary General Akiba Takeo "
             "of Japan following\xa0the Democratic People’s Republic of Korea’s (DPRK) Intercontinental ballistic "
             "missile test. The national security advisors condemned the test, which is a flagrant violation of "
             "multiple UN Security Council resolutions.")


@pytest.mark.slow
def test_the_advisors_are_those_who_spoke():
    # "The national security advisors" after a call of three: the three, and the one they condemn
    found = events_with_sides(_ADVISORS, published="2023-12-17", source="The White House")
    assert ("ACCUSE", ("JPN", "KOR", "PRK", "USA"), "occurred") in found


#: Tehran Times (2019), a statement issued by a body: the issuer does what its statement does.
_STATEMENT = ("TEHRAN – Iranian lawmakers on Sunday issued a statement condemning Turkey’s incursion into northern "
              "Syria, which began on Wednesday.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "kind", "actor", "target"), [
    pytest.param(_STATEMENT, "2019-10-13", "ACCUSE", "IRN", "TUR", id="issued-a-statement-condemning"),
])
def test_who_enacts_an_instrument_does_what_it_does(text, published, kind, actor, target):
    # "issued a statement condemning X", "signed an order imposing tariffs on X": the participle on
    # the enacted noun is done by the verb's subject (events.phrases._enacted)
    extraction = accords.extract(text, published=published, source="Tehran Times", stages=STAGES)
    assert any(e.type == kind and actor in e.actor_countries and target in e.recipient_countries
               for e in extraction.events), [(e.type, e.actor_countries, e.recipient_countries) for e in extraction.events]
