"""accords.harvest.sightings: who holds which office of which country, from plain text.

Sentences are from the White House 2021-2024 and Tehran Times corpora (or shaped as they write)."""

from __future__ import annotations

import pytest

from accords.harvest.sightings import clean_name, office_of_title, sightings


def _found(text, in_title=False):
    return [(s.name, s.office, s.country) for s in sightings(text, corpus="c", doc_id="1", published=None,
                                                              in_title=in_title)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Readout of President Biden’s Call with Prime Minister Kishida of Japan", [("Kishida", "Prime Minister", "JPN")]),
    ("President Biden met today with Prime Minister Fumio Kishida of Japan.", [("Fumio Kishida", "Prime Minister", "JPN")]),
    ("Iranian President Hassan Rouhani said on Monday that ties would grow.", [("Hassan Rouhani", "President", "IRN")]),
    ("Japan's Prime Minister Fumio Kishida arrived in Washington.", [("Fumio Kishida", "Prime Minister", "JPN")]),
    ("He met Ilham Aliyev, the President of Azerbaijan, in Baku.", [("Ilham Aliyev", "President", "AZE")]),
    ("President of Azerbaijan Ilham Aliyev received the delegation.", [("Ilham Aliyev", "President", "AZE")]),
    ("NATO Secretary General Jens Stoltenberg spoke.", [("Jens Stoltenberg", "Secretary-General", "NATO")]),
    ("Jens Stoltenberg, NATO’s Secretary General, spoke.", [("Jens Stoltenberg", "Secretary-General", "NATO")]),
    ("President Xi Jinping of the People’s Republic of China", [("Xi Jinping", "President", "CHN")]),
    ("Iran's Minister of Industry, Mine and Trade Reza Rahmani said", [("Reza Rahmani", "Trade Minister", "IRN")]),
    ("the President of the European Commission Ursula von der Leyen met", [("Ursula von der Leyen", "President", "EU")]),
    ("H. E. Ilham Aliyev, President of Azerbaijan", [("Ilham Aliyev", "President", "AZE")]),
], ids=["readout-title", "title-name-of", "adjective", "possessive", "apposition", "title-of-country-name",
        "igo-before", "igo-apposition", "long-country", "trade-minister", "eu-particles", "honorific"])
def test_sightings(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Former Iranian President Mahmoud Ahmadinejad said.",
    "Turkish Deputy Foreign Minister Ahmet Yildiz spoke.",
    "Chancellor Gordon Brown of the United Kingdom",  # a chancellor heads the government in DEU and AUT only
    "President-elect Biden of the United States",
    "Jean-Charles Ellermann-Kingombe, Permanent Under-Secretary of State at the Danish Prime Minister's Office.",
    "Andriy Yermak, the Head of the Office of the President of Ukraine Andriy Yermak",
    "the President of the Italian Episcopal Conference",
    "Bjoern Seibert, Chief of Cabinet for European Commission President Ursula von der Leyen",
    "President Biden spoke with the Prime Minister today.",
    "Secretary-General of Azerbaijan Ali Hasanov",  # an organisation's office needs an organisation
    "the Foreign Minister of Turkmenistan Ra?it Meredow",  # a letter lost in the corpus: no name
], ids=["former", "deputy", "uk-chancellor", "elect", "office-possessive", "office-of-the-president",
        "adjective-body", "chief-of-cabinet", "no-name", "org-office-of-state", "lost-letter"])
def test_no_sighting(text):
    assert [f for f in _found(text) if f[0] not in ("Ursula von der Leyen",)] == []


@pytest.mark.parametrize(("raw", "name"), [
    ("Mr. Hassan Rouhani's", "Hassan Rouhani"), ("Joseph R. Biden Jr.", "Joseph R. Biden"),
    ("Cardinal Parolin", "Parolin"), ("The Government", None), ("March", None), ("Iran", None),
    ("Mohammed bin Salman", "Mohammed bin Salman"),
], ids=lambda v: str(v))
def test_clean_name(raw, name):
    assert clean_name(raw) == name


@pytest.mark.parametrize(("title", "office"), [
    ("Foreign Minister", "Foreign Minister"), ("Prime Minister of Japan", "Prime Minister"),
    ("Iranian President", "President"), ("Deputy Foreign Minister", None),
    ("Digital Transformation Office President", None), ("Minister of Roads", None),
    ("Secretary General of the Economic Cooperation Organization", "Secretary-General"),
], ids=lambda v: str(v))
def test_office_of_title(title, office):
    found = office_of_title(title)
    assert (found[0] if found else None) == office
