"""Speakers of three small clause kinds (quotes.v2, issue #14, qsp49):

- retorts of two words, a verb and its particle (`accords.quotes.verbs.PARTICLE_VERBS`): `“…,”
  Horwath shot back`, "fired back", "hit back at critics", "chimed in", "pushed back", "lashes out" report the quote set right
  against them, as the verbs of give and take do; the verb alone ("fired tear gas", "hit back with
  air strikes", "pushed back the vote", "lashed out at Ottawa") reports nothing;
- a town or a body before a person's office ("the Oakville MP said", `accords.quotes.governed.
  modifies_an_office`): the office's holder named before speaks, else no one (never the town);
- a bare surname after the verb, tied by the entity stage to a namesake named first in a "whose"
  clause right after it ("said Sharma, whose daughter Anika Sharma ...",
  `accords.quotes.subject_names.namesake_after`): the surname speaks, not the daughter;
- a verb in -ing that opens a sentence before a name ("Accusing Azerbaijan of ...", "Hosting Cook at
  ...") is no given name of it: a one-word speaker is never written in full as "Accusing Azerbaijan"
  (`accords.quotes.names.fullest`, thirty-second session).

The texts were written for these tests in the register of Canadian provincial and local news, but for
the "Accusing" row (Tehran Times, tt_452954, cut short). Each
case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

from accords.quotes.names import fullest
from accords.quotes.verbs import no_statement

CASES = [
    (
        "shot-back",
        "Ontario NDP Leader Andrea Horwath criticized the budget on Tuesday.\n\n"
        "“The premier has no plan for hospitals,” Horwath shot back.",
        [(True, "Andrea Horwath", "The premier has no plan")],
    ),
    (
        "fired-back-after-another-speaker",
        "Premier Doug Ford and NDP Leader Andrea Horwath met in the legislature.\n\n"
        "“It will create jobs,” Ford said.\n\n“That is simply not true,” Horwath fired back.",
        [(True, "Doug Ford", "It will create jobs"), (True, "Andrea Horwath", "That is simply not true")],
    ),
    (
        "hit-back-at-critics",
        "Mayor John Tory spoke on Monday.\n\n“We are not going anywhere,” Tory hit back at critics.",
        [(True, "John Tory", "We are not going anywhere")],
    ),
    (
        "hit-back-with-strikes-reports-nothing",
        "The army hit back with air strikes on Monday after the border post was shelled.",
        [],
    ),
    (
        "pushed-back",
        "Opposition leader Marit Stiles spoke after question period.\n\n"
        "“The premier has had six years to fix this,” Stiles pushed back.",
        [(True, "Marit Stiles", "The premier has had six years")],
    ),
    (
        "lashes-out",
        "Premier Danielle Smith posted a video on Sunday.\n\n“This is not the time for games,” Smith lashes out in the video.",
        [(True, "Danielle Smith", "This is not the time for games")],
    ),
    (
        "pushed-back-a-vote-reports-nothing",
        "The council pushed back the vote on the budget to May. Premier Danielle Smith lashed out at Ottawa over the cuts.",
        [],
    ),
    (
        "town-before-an-office-is-no-speaker",
        "“We will review the rules,” the Oakville MP said.",
        [],
    ),
    (
        "town-before-an-office-reported",
        "The Oakville MP said the government would review the rules.",
        [],
    ),
    (
        "office-holder-named-before",
        "Oakville MP Anita Anand announced the review on Monday.\n\n“We will review the rules,” the Oakville MP said.",
        [(True, "Anita Anand", "We will review the rules")],
    ),
    (
        "surname-before-a-relatives-clause",
        "“She was always kind to everyone,” said Sharma, whose daughter Anika Sharma died in the crash.",
        [(True, "Sharma", "She was always kind")],
    ),
    (
        "full-name-before-a-relatives-clause",
        "“She was always kind to everyone,” said Priya Sharma, whose daughter Anika Sharma died in the crash.",
        [(True, "Priya Sharma", "She was always kind")],
    ),
    (
        "a-gerund-before-the-name-is-no-given-name",
        "Accusing Azerbaijan of starting the clashes, Armenian Prime Minister Nikol Pashinyan announced the downing of "
        "two Azerbaijani helicopters. On the other hand, Azerbaijan has rejected Armenian accusations that it started "
        "aggression on Armenia, saying they are only “liberating” its “occupied territories” from Armenia.",
        [(True, "Azerbaijan", "they are only")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_retorts_and_namesakes(text, expected):
    assert_quotes(quotes_found(text), expected)


@pytest.mark.parametrize("cue,expected", [
    ("shot back", True), ("fired back", True), ("pushed back", True), ("lashed out", True), ("asked", True),
    ("pointed out", False), ("said", False),
], ids=["shot-back", "fired-back", "pushed-back", "lashed-out", "asked", "pointed-out", "said"])
def test_retorts_report_no_statement(cue, expected):
    assert no_statement(cue) is expected


@pytest.mark.parametrize("text,name,expected", [
    ("Hosting Cook at Dreamforce is our dream, Benioff said. Cook joked.", "Cook", "Cook"),
    ("Accusing Reid of stalling, the mayor left. Reid said no.", "Reid", "Reid"),
    ("Sterling Reid spoke first. Reid said no.", "Reid", "Sterling Reid"),
    ("Premier Tim Houston spoke. Houston said no.", "Houston", "Tim Houston"),
], ids=["hosting", "accusing", "sterling-a-given-name", "given-name"])
def test_fullest_skips_a_gerund(text, name, expected):
    assert fullest(text, name) == expected
