"""Gazetteer lookups: names, old and new names, adjectives, capitals, IGOs (no spaCy needed)."""

import pytest

from accords.gazetteer.countries import countries, country_by_alias, country_by_iso3
from accords.gazetteer.organisations import igo_by_alias
from accords.gazetteer.places import known_by_alias, place_country


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Turkey", ("TUR", "name")),
        ("Türkiye", ("TUR", "name")),
        ("Turkiye", ("TUR", "name")),
        ("Azeri", ("AZE", "demonym")),
        ("Azerbaijani", ("AZE", "demonym")),
        ("Azerbaijan Republic", ("AZE", "name")),
        ("Islamic Republic of Iran", ("IRN", "name")),
        ("Russian Federation", ("RUS", "name")),
        ("UK", ("GBR", "name")),
        ("Britain", ("GBR", "name")),
        ("US", ("USA", "name")),
        ("U.S.", ("USA", "name")),
        ("UAE", ("ARE", "name")),
        ("South Korea", ("KOR", "name")),
        ("ROK", ("KOR", "name")),  # White House texts: "Japan and the ROK", 407 times in 2021-24
        ("PNG", ("PNG", "name")),  # "the U.S.-PNG Defense Cooperation Agreement"
        ("Kyrgyz", ("KGZ", "demonym")),
        ("Nur-Sultan", ("KAZ", "capital")),
        ("Baku", ("AZE", "capital")),
        ("People’s Republic of China", ("CHN", "name")),
    ],
    ids=lambda value: str(value),
)
def test_country_aliases(alias, expected):
    assert country_by_alias(alias) == expected


@pytest.mark.parametrize("alias", ["us", "Persian", "Arab", "Korean", "Male"], ids=str)
def test_ambiguous_words_are_not_countries(alias):
    assert country_by_alias(alias) is None


def test_every_un_member_state_is_listed_once():
    codes = [country.iso3 for country in countries()]
    assert len(codes) == len(set(codes))
    assert len(codes) >= 193 + 2
    assert country_by_iso3("tur").name == "Turkey"


@pytest.mark.parametrize(
    ("alias", "acronym", "name"),
    [
        ("EU", "EU", "European Union"),
        ("Organization of Turkic States", "OTS", "Organization of Turkic States"),
        ("Turkic Council", "OTS", "Organization of Turkic States"),
        ("ICESCO", "ICESCO", "Islamic World Educational, Scientific and Cultural Organization"),
        ("Eurasian Economic Union", "EAEU", "Eurasian Economic Union"),
        ("D-8", "D-8", "Developing-8"),
        ("World Bank", "World Bank", "World Bank"),
    ],
    ids=["EU", "OTS-full", "OTS-old", "ICESCO", "EAEU", "D-8", "World-Bank"],
)
def test_igos(alias, acronym, name):
    igo = igo_by_alias(alias)
    assert (igo.acronym, igo.name) == (acronym, name)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Ankara", "TUR"), ("Tehran", "IRN"), ("Astana", "KAZ"), ("Istanbul", "TUR"), ("Middle East", None),
     ("Astara", None)],
    ids=["capital", "capital-2", "capital-3", "city", "region", "two-countries-town"],
)
def test_place_country(name, iso3):
    assert place_country(name) == iso3


def test_known_project_alias():
    row = known_by_alias("TANAP")
    assert (row.type, row.name) == ("PROJECT", "Trans-Anatolian Natural Gas Pipeline")
