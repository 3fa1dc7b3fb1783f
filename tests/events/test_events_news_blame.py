"""Blame, attacks carried out and trade barred in the news register (issue 13,
`accords.events.demands`, `accords.events.cameo`): "said Iran was responsible for the attack",
"was to blame", "was behind", "bore responsibility", "held Tehran responsible", "hit back at"
are the speaker's ACCUSE of the side blamed; "objected to" is REJECT; "conducted airstrikes on", "carried out airstrikes", "mounted an
offensive" are ASSAULT; "prohibited the export of", "barred imports from" are SANCTION. Censure of another
side's act reported the same way ("said the American decision was illegal", "violates
international law", "called the US decision a gross interference", "described the US move as a
violation") is the speaker's ACCUSE of the side named in the censured phrase. A denial ("was not
responsible"), a side speaking of itself ("said it was responsible"), blame of no state, a
censure of a thing of no named side and a labour strike staged make none.

Sentences written for these tests in the constructions of wire copy."""

from __future__ import annotations

import pytest

from accords.events.triggers import may_trigger
from tests.events.sides import directed_events


def _acts(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return directed_events(text, published="2019-11-20")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The United States said Iran was responsible for the drone attack on Saudi oil facilities.",
                 [("ACCUSE", ("USA",), ("IRN",))], id="said-was-responsible"),
    pytest.param("Russia said the United States was to blame for the humanitarian crisis in the camp.",
                 [("ACCUSE", ("RUS",), ("USA",))], id="said-was-to-blame"),
    pytest.param("Seoul charged that Pyongyang was behind the cyberattack on its banks.",
                 [("ACCUSE", ("KOR",), ("PRK",))], id="charged-was-behind"),
    pytest.param("China's foreign ministry said Washington bore full responsibility for the escalation.",
                 [("ACCUSE", ("CHN",), ("USA",))], id="bore-responsibility"),
    pytest.param("Washington held Tehran responsible for the attack on the tanker.",
                 [("ACCUSE", ("USA",), ("IRN",))], id="held-responsible"),
    pytest.param("Jordan said the American decision was illegal and void.",
                 [("ACCUSE", ("JOR",), ("USA",))], id="said-decision-illegal"),
    pytest.param("The European Union said Israel's settlement activity violates international law.",
                 [("ACCUSE", ("EU",), ("ISR",))], id="said-violates-law"),
    pytest.param("The Arab League said the US position was a blatant violation of UN resolutions.",
                 [("ACCUSE", ("LAS",), ("USA",))], id="said-was-violation-of-resolutions"),
    pytest.param("China's foreign ministry called the US decision a gross interference in its internal affairs.",
                 [("ACCUSE", ("CHN",), ("USA",))], id="called-decision-interference"),
    pytest.param("Palestine described the US move as a violation of international law.",
                 [("ACCUSE", ("PSE",), ("USA",))], id="described-as-violation"),
    pytest.param("Egypt deemed the Israeli decision illegal.",
                 [("ACCUSE", ("EGY",), ("ISR",))], id="deemed-illegal"),
    pytest.param("Jordan regards the Israeli decision as a violation of international law.",
                 [("ACCUSE", ("JOR",), ("ISR",))], id="regards-as-violation"),
    pytest.param("The Turkish military conducted airstrikes on Kurdish positions in northern Iraq.",
                 [("ASSAULT", ("TUR",), ("IRQ",))], id="conducted-airstrikes"),
    pytest.param("The United States prohibited the export of advanced chips to China.",
                 [("SANCTION", ("USA",), ("CHN",))], id="prohibited-export"),
    pytest.param("Washington barred imports of Turkish steel after the talks collapsed.",
                 [("SANCTION", ("USA",), ("TUR",))], id="barred-imports"),
    pytest.param("Israel carried out airstrikes on Iranian targets near Damascus.",
                 [("ASSAULT", ("ISR",), ("SYR",))], id="carried-out-airstrikes"),
    pytest.param("China hit back at the United States over its support for the protesters.",
                 [("ACCUSE", ("CHN",), ("USA",))], id="hit-back-at"),
    pytest.param("Russia objected to the US proposal at the Security Council.",
                 [("REJECT", ("RUS",), ("USA",))], id="objected-to"),
    # none
    pytest.param("Hamas said it was responsible for the rocket attack.", [], id="own-claim-no-accuse"),
    pytest.param("Iran said it was not responsible for the attack on the tankers.", [], id="denial-no-accuse"),
    pytest.param("The minister said Israel was not to blame for the deaths.", [], id="not-to-blame-no-accuse"),
    pytest.param("The report said the company was responsible for the spill.", [], id="company-no-state"),
    pytest.param("The minister called the situation unacceptable.", [], id="censure-of-no-side"),
    pytest.param("Israel said the attack was a provocation.", [], id="censured-act-of-no-side"),
    pytest.param("Iran said the US sanctions were not illegal.", [], id="negated-censure"),
    pytest.param("Thousands of teachers staged a strike in Chicago on Monday.", [("PROTEST", (), ())],
                 id="labour-strike-is-protest"),
])
def test_blame_attacks_bars(text, expected):
    assert [e for e in _acts(text) if e[0] in ("ACCUSE", "ASSAULT", "SANCTION", "REJECT", "PROTEST")] == expected


@pytest.mark.parametrize(("words", "expected"), [
    pytest.param({"say", "iran", "be", "responsible"}, True, id="responsible"),
    pytest.param({"say", "russia", "be", "behind"}, True, id="behind"),
    pytest.param({"say", "weather", "be", "fine"}, False, id="nothing"),
])
def test_blame_words_are_scanned(words, expected):
    assert may_trigger(words) is expected
