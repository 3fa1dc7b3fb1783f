"""Given names as a hint of gender for "he" and "she" (`accords.quotes.given_names`), on names
of people quoted in the project's corpora (Tehran Times, White House, news benchmark pages)."""

import pytest

from accords.quotes.given_names import gender_of_given_name
from accords.quotes.genders import given_name_gender


@pytest.mark.parametrize("name, gender", [
    ("Jennifer", "f"), ("Angela", "f"), ("Stephanie", "f"), ("Kristi", "f"), ("Mary", "f"),
    ("Justin", "m"), ("Charles", "m"), ("Marcelo", "m"), ("Ardakanian", None), ("Jordan", None), ("Jean", None),
    ("Kim", None), ("Mohammad", "m"), ("jennifer.", "f"), ("Ara", None), ("Mina", "f"), ("Hassan", "m"),
], ids=["jennifer", "angela", "stephanie", "kristi", "mary", "justin", "charles", "marcelo", "not-in-census-lists",
        "shared-jordan", "shared-jean", "shared-kim", "mohammad", "case-and-dot",
        "rarer-than-the-male-list-reaches", "female-above-the-male-floor", "male-above-the-female-floor"])
def test_gender_of_given_name(name, gender):
    assert gender_of_given_name(name) == gender


@pytest.mark.parametrize("name, gender", [
    ("Stephanie Grisham", "f"),
    ("Prime Minister Justin Trudeau", "m"),
    ("Gov. Kristi Noem", "f"),
    ("Superintendent Jennifer McCormick", "f"),
    ("Angela Merkel", "f"),
    ("Rose", None),
    ("Tim Cook", "m"),
    ("Reza Ardakanian", None),
    ("Hikmat Hajiyev", None),
    ("Joseph R. Biden", "m"),
    ("Kurt Volker", "m"),
    ("Ara Aivazian", None),
], ids=["name", "titles-before", "abbreviated-title", "superintendent", "merkel", "one-word-is-a-surname",
        "tim", "reza-not-in-lists", "not-in-lists", "middle-initial", "kurt", "rare-female-name-of-an-armenian-minister"])
def test_given_name_of_a_person(name, gender):
    assert given_name_gender(name) == gender
