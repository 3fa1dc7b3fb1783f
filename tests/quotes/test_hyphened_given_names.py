"""A hyphened given name before a surname is a person's name (`accords.entities.namebounds.hyphened_given_name`),
though the small model tags many of them ORG or WORK_OF_ART ("Marie-Claude Tremblay"): the person is then an entity,
so "she said" after her reaches her, and her given name's gender is its first name's
(`accords.quotes.given_names.gender_of_given_name`: "Marie-Claude" f).

The White House sentence is taken from the corpus (2022); the others were written for these tests in the register
of Canadian news copy. Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

from accords.model import Article
from accords.pipeline import run
from accords.quotes.given_names import gender_of_given_name, is_given_name

CASES = [
    (
        "pronoun-after-a-hyphened-given-name",
        "Marie-Claude Tremblay runs the agency. \u201cWe have no choice but to act now,\u201d she said.",
        [(True, "Marie-Claude Tremblay", "We have no choice")],
    ),
    (
        "pronoun-after-a-reported-clause",
        "Marie-Claude Tremblay said the agency was ready. \u201cWe have no choice but to act now,\u201d she said.",
        [(False, "Marie-Claude Tremblay", "the agency was ready"), (True, "Marie-Claude Tremblay", "We have no choice")],
    ),
    (
        "she-is-the-woman-of-two",
        "Anne-Marie Leclair met Paul Gagnon, the mayor, on Monday. \u201cThe numbers are going down,\u201d she said.",
        [(True, "Anne-Marie Leclair", "The numbers are going down")],
    ),
    (
        "according-to",
        "According to Marie-Claude Tremblay, \u201cthe work will take months.\u201d",
        [(True, "Marie-Claude Tremblay", "the work will take months")],
    ),
    (
        "work-of-art-after-a-quote",
        "\u201cWe need more help,\u201d Marie-H\u00e9l\u00e8ne B\u00e9langer said.",
        [(True, "Marie-H\u00e9l\u00e8ne B\u00e9langer", "We need more help")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes_of_a_hyphened_given_name(text, expected):
    assert_quotes(quotes_found(text), expected)


ENTITIES = [
    ("quebec-name", "Marie-Claude Tremblay runs the agency.", "Marie-Claude Tremblay", "PERSON"),
    ("white-house-corpus", "President Joseph R. Biden, Jr. met today with German President Frank-Walter Steinmeier at "
     "the White House.", "Frank-Walter Steinmeier", "PERSON"),
    ("mosque-is-no-person", "Sheikh Ahmad al-Tayyib, the imam of Al-Azhar Mosque in Cairo, has called on Iran.",
     "Al-Azhar Mosque", None),
    ("region-is-no-person", "The leaders want an open, dynamic and peaceful Asia-Pacific Community.", "Asia-Pacific Community",
     None),
    ("militia-is-no-person", "The council sanctioned two individuals from the March 23 Movement and Mai-Mai Yakutumba.",
     "Mai-Mai Yakutumba", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,name,kind", [c[1:] for c in ENTITIES], ids=[c[0] for c in ENTITIES])
def test_hyphened_given_name_entity(text, name, kind):
    found = {e.name: e.type for e in run(Article(id="h", text=text, published="2019-11-19")).entities}
    assert found.get(name) == kind if kind is not None else found.get(name) != "PERSON"


@pytest.mark.parametrize("name,listed,gender", [
    ("Marie-Claude", True, "f"), ("Louis-Philippe", True, "m"), ("Jean-Marie", True, None), ("H\u00e9l\u00e8ne", True, "f"),
    ("Asia", True, "f"), ("Pacific", False, None), ("Aqsa", False, None),
], ids=["first-name-decides", "male", "shared-first-name", "accent-folded", "asia-is-listed", "pacific", "aqsa"])
def test_given_name_lists(name, listed, gender):
    assert is_given_name(name) is listed
    assert gender_of_given_name(name) == gender


ACCENTED = [
    (
        # "Jérôme" is a man's name once its accents are folded: "she" is Freeland, not the last speaker
        "she-skips-an-accented-mans-name",
        "Chrystia Freeland was in Ottawa. J\u00e9r\u00f4me Martin said the talks went well, and Freeland agreed. "
        "\u201cCanada will not be intimidated,\u201d she said.",
        [(False, "J\u00e9r\u00f4me Martin", "the talks went well"), (True, "Chrystia Freeland", "Canada will not")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in ACCENTED], ids=[c[0] for c in ACCENTED])
def test_accented_given_names(text, expected):
    assert_quotes(quotes_found(text), expected)


@pytest.mark.parametrize("name,gender", [
    ("Genevi\u00e8ve", "f"), ("M\u00e9lanie", "f"), ("J\u00e9r\u00f4me", "m"), ("Jos\u00e9", "m"), ("Ren\u00e9", None),
], ids=["genevieve", "melanie", "jerome", "jose", "rene-shared-or-unlisted"])
def test_accents_folded(name, gender):
    assert gender_of_given_name(name) == gender
