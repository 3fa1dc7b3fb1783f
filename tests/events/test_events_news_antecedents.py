"""Sides told in the sentence before, requests of a named side, victims and threatened acts
(issue #13, ninth session, web news).

- A subject "it"/"they" that opens a sentence stands for the state or body the sentence before
  has as its subject (`accords.events.antecedents`); not for a person, a deal or an economy.
- "asked X to do" / "asked X for Y" is a REQUEST of X when X names a state
  (`accords.events.matching`, `accords.events.stances.asks_a_named_side`).
- Those a violent act hits, as the passive subject with the one who acts named, are a side.
- An act only threatened ("threatening to assault and murder") is not done.

Sentences marked "written" were written for these tests in the constructions of wire copy (the
BBC and Reuters texts where they were found may not be copied); the threat case is from the
article-extraction-benchmark (news_7a457a4f71's page, NBC News; MIT, see tests/gold/README.md)
and the Tehran Times one from shared/corpora/tehrantimes-region (Tehran Times / Mehr News
Agency, CC BY 4.0).
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


def _found(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(type_, sides) for type_, sides, status in events_with_sides(text) if status in ("occurred", "planned",
                                                                                          "intended")}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # written
    pytest.param("Iran wants the whole loan repaid with interest. It has also asked France to expel the opposition "
                 "groups based in Paris.", ("REQUEST", ("FRA", "IRN")), id="it-country-asks"),
    # written
    pytest.param("The Turkish government criticised the court's decision on Monday. It summoned the Swedish "
                 "ambassador in Ankara.", ("ACCUSE", ("SWE", "TUR")), id="it-the-turkish-government"),
    # written
    pytest.param("Britain and Japan agreed on twelve weekly flights over Siberia. They also asked Russia to open a "
                 "second route.", ("REQUEST", ("GBR", "JPN", "RUS")), id="they-two-countries"),
])
def test_antecedent_carried(text, expected):
    assert expected in _found(text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # written: a deal, an economy and a person are no antecedent of "it"
    pytest.param("The deal was signed in Baku last year. It has also asked France to expel the opposition groups "
                 "based in Paris.", id="it-a-deal"),
    pytest.param("Iran's economy grew by four percent last year. It has also asked France to expel the opposition "
                 "groups based in Paris.", id="it-an-economy"),
    pytest.param("President Hassan Rouhani of Iran wants the loan repaid. It has also asked France to expel the "
                 "opposition groups based in Paris.", id="it-a-person"),
])
def test_no_antecedent(text):
    """No side for "it", and no request with the side asked as the one who asks."""
    assert {sides for type_, sides in _found(text) if type_ == "REQUEST"} == set()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # written
    pytest.param("Germany asked the European Union for more time to meet the target.", {("REQUEST", ("DEU", "EU"))},
                 id="asked-x-for"),
    # written: a question, and people asking their embassies, request nothing of a state
    pytest.param("Reporters asked the Iranian minister whether he would visit Turkey.", set(), id="asked-whether"),
    pytest.param("The stranded students, two Canadians and a Mexican, asked their embassies for seats on the "
                 "next flight home.", set(), id="asked-their-embassies"),
])
def test_requests(text, expected):
    assert {item for item in _found(text) if item[0] == "REQUEST"} == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # written
    pytest.param("At least 12 Palestinians were killed by Israeli forces on Monday.", {("ASSAULT", ("ISR", "PSE"))},
                 id="victims-with-agent"),
    # written: with no one named who acts, the victims are no actor
    pytest.param("Two Iranian diplomats were detained in Istanbul on Monday.", set(), id="victims-no-agent"),
    # article-extraction-benchmark (NBC News page)
    pytest.param("Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to "
                 "threatening to assault and murder a United States official, and being a felon in possession of "
                 "firearms, the U.S. Attorney’s Office said.", set(), id="threatened-murder"),
])
def test_violence(text, expected):
    assert {item for item in _found(text) if item[0] in ("ASSAULT", "COERCE")} == expected


# written: four sentences (an article, not an event record), the pair named twice each, and only
# the last sentence holding a trigger
_PAIR = ("Britain and the United States disagree on audits. British officials say the United States is "
         "too strict. Britain has complained for a year. ")


@pytest.mark.slow
@pytest.mark.parametrize("last", [
    pytest.param("Foreign banks were given one more year to meet the new reporting rules of the American "
                 "regulator.", id="meet-the-rules"),
    pytest.param("The four detained sailors have been allowed to meet their families.", id="allowed-to-meet"),
])
def test_no_act_of_the_pair(last):
    """Complying with rules is no meeting; people of no state allowed to meet someone are no act of
    the article's pair."""
    assert {item for item in _found(_PAIR + last) if item[0] in ("AGREE", "CONSULT")} == set()
