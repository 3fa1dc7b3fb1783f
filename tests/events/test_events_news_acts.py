"""News acts told with two verbs or an idiom (nineteenth session): "killed or wounded 2,000
Iranian troops", "shot and killed two gunmen" is one attack, not also an attack of the attacker
alone (`accords.events.dedup`: a one-sided report folded into its sentence's fuller one);
"teamed up" is cooperation (CAMEO 06, `accords.events.cameo`); airstrikes launched are an
attack; a visit of two places needs its visitor. Sentences written for these tests in the
register of wire news."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Armenia said its soldiers shot and wounded three Azerbaijani servicemen near the border.",
                 [("ASSAULT", ("ARM", "AZE"), "occurred")], id="shot-and-wounded-reported"),
    pytest.param("Israeli troops shot and killed two Palestinian gunmen in Jenin on Monday.",
                 [("ASSAULT", ("ISR", "PSE"), "occurred")], id="shot-and-killed"),
    pytest.param("Gunmen killed 12 people in northern Nigeria on Sunday.",
                 [("ASSAULT", ("NGA",), "occurred")], id="one-sided-attack-alone-stays"),
])
def test_one_attack_told_by_two_verbs(text, expected):
    assert events_with_sides(text, published="2024-05-07") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("India and Japan teamed up on a high-speed rail project last year.",
                 [("COOPERATE", ("IND", "JPN"), "occurred")], id="teamed-up"),
    pytest.param("British forces joined the French mission in Mali.", [], id="joining-a-mission-is-no-act"),
])
def test_cooperation_idioms(text, expected):
    assert events_with_sides(text, published="2024-05-07") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The foreign secretary will visit Thailand and Indonesia next week.", [],
                 id="places-visited-are-no-pair"),
    pytest.param("Iranian President Raisi will visit Thailand and Indonesia next week.",
                 [("AGREE", ("IDN", "IRN"), "planned"), ("AGREE", ("IRN", "THA"), "planned")],
                 id="a-named-visitor-visits-each"),
    pytest.param("Iran's foreign minister visited Ankara on Monday.", [("CONSULT", ("IRN", "TUR"), "occurred")],
                 id="one-visit-stays"),
])
def test_a_visit_needs_its_visitor(text, expected):
    """A visit of two places whose visitor names no side relates neither place to the other
    (`accords.events.cameo.unfounded`)."""
    assert events_with_sides(text, published="2024-05-07") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Israel launched airstrikes on Hezbollah positions in southern Lebanon on Sunday.",
                 [("ASSAULT", ("ISR", "LBN"), "occurred")], id="launched-airstrikes"),
    pytest.param("Israel launched a new communications satellite on Sunday.", [], id="launched-a-satellite"),
])
def test_airstrikes_launched(text, expected):
    assert events_with_sides(text, published="2024-05-07") == expected
