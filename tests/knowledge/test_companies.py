"""The companies table (`accords.knowledge.companies`): each row's form, country and source, and
the lookups the figures stage makes ("Samsung Electronics" by its "Samsung*" form; a legal
suffix dropped; a bare "SK" or an unknown name none)."""

from __future__ import annotations

from importlib import resources

import pytest

from accords.gazetteer.countries import country_by_iso3
from accords.knowledge.companies import company_country


def _rows() -> list[list[str]]:
    text = resources.files("accords.knowledge").joinpath("companies.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_row_has_a_country_and_a_source() -> None:
    rows = _rows()
    assert rows
    for row in rows:
        assert len(row) == 4, row
        name, _aliases, country, source = row
        assert country_by_iso3(country) is not None, name
        assert source.startswith("https://"), name


@pytest.mark.parametrize(("name", "country"), [
    ("TSMC", "TWN"),
    ("Taiwan Semiconductor Manufacturing Company", "TWN"),
    ("Samsung Electronics", "KOR"),
    ("Hyundai Motor Group", "KOR"),
    ("Toyota Motor Corp.", "JPN"),
    ("SK Hynix", "KOR"),
    ("SK", None),  # two letters that name many things
    ("Samsungite", None),  # a prefix form matches whole words only
    ("Home Depot", None),
    ("Emirates Airline", "ARE"),  # an airline an order story names without its country ("Emirates" is the country)
    ("Air India", "IND"),
    ("Vietjet Air", "VNM"),
    ("Norwegian", None),  # a people's name, not the airline
], ids=["acronym", "full-name", "prefix-form", "prefix-form-longer", "legal-suffix", "alias", "bare-sk",
        "no-partial-word", "unknown", "airline", "airline-named-for-its-country", "airline-alias", "demonym"])
def test_company_country(name: str, country: str | None) -> None:
    assert company_country(name) == country
