"""A title written after a name gives the person its country where the title runs on past its first
office ("Minister for Foreign Affairs and Minister for Defense of Ireland") or names the principal an aide
serves ("Chief Advisor to the President of Turkey", "to the Prime Minister of Sweden"); a post abroad
("Ambassador to Spain") is not the person's country. Sentences from White House readouts, 2021-2024
(public domain)."""

from __future__ import annotations

import pytest

from tests.entities.found import stage_entities


def country_of_person(text: str, name: str) -> str | None:
    found = [e for e in stage_entities(text).entities if e.type == "PERSON" and e.name == name]
    assert found, [e.name for e in stage_entities(text).entities]
    return found[0].country


@pytest.mark.parametrize(("text", "name", "expected"), [
    # 2022-04-28, readout of Sullivan's meeting with Simon Coveney
    ("National Security Advisor Jake Sullivan met today with Simon Coveney, Minister for Foreign Affairs and "
     "Minister for Defense of Ireland.", "Simon Coveney", "IRL"),
    # 2021-10-27, readout of Sullivan's call with Ibrahim Kalin
    ("National Security Advisor Jake Sullivan spoke today with Dr. Ibrahim Kalin, Spokesperson and Chief Advisor to "
     "the President of Turkey.", "Ibrahim Kalin", "TUR"),
    # 2021-02-02, readout of Sullivan's call with Emma Aparici
    ("National Security Advisor Jake Sullivan spoke by phone today with Emma Aparici, Chief Diplomatic Advisor to "
     "the President of Spain.", "Emma Aparici", "ESP"),
    # 2022-02-11, readout of Sullivan's meeting with Karin Wallensteen
    ("National Security Advisor Jake Sullivan met today with Karin Wallensteen, State Secretary for Foreign Affairs "
     "to the Prime Minister of Sweden.", "Karin Wallensteen", "SWE"),
    # 2021-03-02, statement on Sullivan's call with Luigi Mattiolo: the principal's demonym
    ("National Security Advisor Jake Sullivan spoke today with Luigi Mattiolo, Diplomatic Advisor to the Italian "
     "Prime Minister.", "Luigi Mattiolo", "ITA"),
    # 2021-03-16, readout of Sullivan's call with counterparts from France, Germany and the United Kingdom
    ("Dr. Jan Hecker, Foreign and Security Policy Advisor to the German Chancellor; and Stephen Lovegrove, National "
     "Security Advisor to the Prime Minister of the United Kingdom.", "Stephen Lovegrove", "GBR"),
    # 2024-02-12, readout of the Dominican diaspora event: a post abroad is not the person's country
    ("Administration Participants Included: - Douglas Emhoff, Second Gentleman of the United States - Tom Perez, "
     "Senior Advisor to the President and Director of the Office of Intergovernmental Affairs, White House - Julissa "
     "Reynoso Pantaleón, United States Ambassador to Spain", "Tom Perez", None),
], ids=["two-offices-of-country", "advisor-to-president-of", "diplomatic-advisor-to-president-of",
        "to-the-prime-minister-of", "to-the-demonym-prime-minister", "to-the-prime-minister-of-the-uk", "advisor-to-the-president-no-country"])
def test_post_name_title_gives_country(text, name, expected):
    assert country_of_person(text, name) == expected
