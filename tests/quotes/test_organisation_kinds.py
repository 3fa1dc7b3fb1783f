"""A bare definite organisation noun as a speaker when no organisation spoke before it
(`accords.quotes.bodies`): "the company said" is the company named before, "the ministry said"
the ministry, "the agency said" the agency, "the group said" the organisation that spoke last
or the one named before; never either of two companies named alike, never an organisation of
another kind.

The texts were written for these tests in the register of wire and government-press copy. Each
case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found


CASES = [
    (
        "company-is-the-company-named-before",
        "Nissan cut 1,200 jobs at its Tennessee plant on Monday, blaming weak demand.\n\nThe company said it "
        "would reopen the line in March.",
        [(False, "Nissan", "it would reopen")],
    ),
    (
        "company-is-no-state-body-named-since",
        "Boeing delivered 40 jets in October.\n\nThe Federal Aviation Administration has not approved the new "
        "model.\n\nThe company said it expected approval by spring.",
        [(False, "Boeing", "it expected approval")],
    ),
    (
        "ministry-is-the-ministry-named-before",
        "Iran's Ministry of Foreign Affairs summoned the British envoy on Sunday.\n\nThe ministry said the "
        "remarks were unacceptable.",
        [(False, "Ministry of Foreign Affairs", "the remarks were")],
    ),
    (
        "agency-is-the-agency-named-before",
        "The Environmental Protection Agency proposed new limits on Tuesday.\n\nThe agency said the rule would "
        "save lives.",
        [(False, "Environmental Protection Agency", "the rule would")],
    ),
    (
        "group-is-the-organisation-named-before",
        "Greenpeace staged a protest outside the plant.\n\nThe group said the company had ignored safety warnings.",
        [(False, "Greenpeace", "the company had")],
    ),
    (
        # the company the group speaks of said something since: the group is still the coalition
        "group-is-the-coalition-before-a-company-that-spoke",
        "The WeWorkers Coalition said on Monday that 1,000 maintenance workers had been told to join JLL.\n\n"
        "WeWork said the transfer was voluntary.\n\nThe group said the contract had confused employees.",
        [(False, "WeWorkers Coalition", "1,000 maintenance"), (False, "WeWork", "the transfer"),
         (False, "WeWorkers Coalition", "the contract had")],
    ),
    (
        "two-companies-named-alike-are-neither",
        "Apple and Samsung agreed a settlement on Friday.\n\nThe company said it was pleased.",
        [],
    ),
    (
        # sixteenth session: unions, boards, councils, commissions, parties and cities by their kind
        "union-is-the-union-named-before",
        "The Canadian Union of Public Employees met the hospital's managers on Sunday.\n\nThe union said the "
        "agreement protects 2,000 jobs.",
        [(False, "Canadian Union of Public Employees", "the agreement protects")],
    ),
    (
        "board-is-the-board-named-before",
        "The Toronto District School Board closed three schools on Monday.\n\nThe board said the closures "
        "were temporary.",
        [(False, "Toronto District School Board", "the closures")],
    ),
    (
        "union-is-no-company-named-since",
        "The Ontario Nurses' Association rejected the offer from Trillium Health Partners.\n\nThe union said "
        "wages had fallen behind inflation.",
        [(False, "Ontario Nurses' Association", "wages had")],
    ),
    (
        "no-company-named-no-speaker",
        "Prices rose sharply in the region.\n\nThe company said it would raise wages.",
        [],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_organisation_of_its_kind_speaks(text, expected):
    assert_quotes(quotes_found(text), expected)
