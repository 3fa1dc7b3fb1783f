"""Quotes reported by the verbs of the give and take of talk (quotes.v2, issue #14):
"interjected", "rejoined", "scoffed", "demanded" report the quote set right against them
(`accords.quotes.verbs.EXCHANGE_LEMMAS`), so the quote is the interrupter's, not carried over
to the speaker interrupted; they report no speech of their own ("interrupted the meeting",
"demanded his resignation"). Organisations written as an honorific and a surname ("Mr Balls"
typed ORG by the entity stage beside the person "Ed Balls") are that person
(`accords.quotes.persons.honorific_organisations`).

The texts were written for these tests in the register of court and council reporting. Each
case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

from accords.model import Entity
from accords.quotes.persons import honorific_organisations

CASES = [
    (
        "interjected-after-the-other-speaker",
        "Judge Martha Kline questioned the lawyer for the city, Daniel Osei, for an hour on Tuesday.\n\n"
        "“The permit was issued on time,” Osei said.\n\n"
        "“But it was never inspected,” Kline interjected. “Do you deny that?”",
        [(True, "Daniel Osei", "The permit was issued"), (True, "Martha Kline", "But it was never"),
         (True, "Martha Kline", "Do you deny that?")],
    ),
    (
        "he-rejoined-is-no-carry-over",
        "Councillor Ravi Anand asked the mayor, Paul Grant, about the budget.\n\n"
        "“We balanced it twice,” Grant said.\n\n"
        "“Then why did the deficit grow,” Anand rejoined.",
        [(True, "Paul Grant", "We balanced it"), (True, "Ravi Anand", "Then why did")],
    ),
    (
        "interrupted-the-meeting-reports-nothing",
        "Protesters interrupted the council meeting on Monday night, and police demanded that they leave.",
        [],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_exchange_verb(text, expected):
    assert_quotes(quotes_found(text), expected)


def _entity(entity_id: str, name: str, kind: str) -> Entity:
    return Entity(id=entity_id, type=kind, name=name, evidence=())


@pytest.mark.parametrize("entities,expected", [
    ([_entity("o1", "Mr Balls", "ORG"), _entity("p1", "Ed Balls", "PERSON")], {"o1": "p1"}),
    ([_entity("o1", "Mrs. Okafor", "ORG")], {"o1": "o1"}),  # no person of that name: a person of its own
    ([_entity("o1", "Dr Reyes", "ORG"), _entity("p1", "Ana Reyes", "PERSON"), _entity("p2", "Tom Reyes", "PERSON")],
     {"o1": "o1"}),  # two people share the surname: neither for sure
    ([_entity("o1", "Lord Chancellor's Department", "ORG")], {}),  # an organisation noun
    ([_entity("o1", "Marks Bank", "ORG"), _entity("p1", "Ed Marks", "PERSON")], {}),  # no honorific
], ids=["surname-of-one-person", "honorific-alone", "shared-surname", "organisation-noun", "no-honorific"])
def test_honorific_organisations(entities, expected):
    assert honorific_organisations({e.id: e for e in entities}) == expected
