"""`accords.consolidate.names` and `contributions.resolve`: match forms, keys, unambiguous joins."""

from __future__ import annotations

import pytest

from accords.consolidate import names
from accords.consolidate.contributions import Candidate, Contribution, resolve


@pytest.mark.parametrize(("name", "key"), [
    ("Ali Taha Koç", "PERSON:ali taha koc"),
    ("Ali Taha Koch", "PERSON:ali taha koc"),
    ("Mevlüt Çavuşoğlu", "PERSON:mevlut cavusoglu"),
    ("Mevlut Cavusoglu", "PERSON:mevlut cavusoglu"),
    ("Turkish Foreign Minister Mevlüt Çavuşoğlu", "PERSON:mevlut cavusoglu"),
    ("Mr. Eng. Azari Jahromi", "PERSON:azari jahromi"),
    ("Mohammad-Javad Azari Jahromi", "PERSON:mohammad javad azari jahromi"),
    ("H. E. Ilham Aliyev", "PERSON:ilham aliyev"),
    ("Binali Yıldırım", "PERSON:binali yildirim"),
    ("Rouhani\u2019s", "PERSON:rouhani"),
], ids=["koc", "koch", "cavusoglu-accents", "cavusoglu-ascii", "title-stripped", "honorifics", "hyphen",
        "he-spaced", "dotless-i", "possessive"])
def test_person_key(name, key):
    assert names.person_key(name) == key


@pytest.mark.parametrize(("args", "key"), [
    (("Digital Transformation Office", "TUR", None), "ORG:TUR:digital transformation office"),
    (("the Digital Transformation Office", "TUR", None), "ORG:TUR:digital transformation office"),
    (("Central Bank of Iran", None, None), "ORG:-:central bank of iran"),
    (("Economic Cooperation Organization", None, "ECO"), "ORG:ECO"),
], ids=["with-country", "leading-the", "no-country", "igo"])
def test_org_key(args, key):
    name, country, canonical_id = args
    assert names.org_key(name, country=country, canonical_id=canonical_id) == key


@pytest.mark.parametrize(("short", "fuller", "expected"), [
    ("erdogan", ["recep tayyip erdogan"], "recep tayyip erdogan"),
    ("jahromi", ["azari jahromi", "mohammad javad azari jahromi"], "mohammad javad azari jahromi"),
    ("aliyev", ["ilham aliyev", "osman aliyev"], None),
    ("aliyev", [], None),
    ("ilham aliyev", ["ilham aliyev"], None),
], ids=["one-fuller", "chain", "ambiguous", "none-known", "not-shorter"])
def test_resolve_suffix(short, fuller, expected):
    found = names.resolve_suffix(tuple(short.split()), [tuple(f.split()) for f in fuller])
    assert (" ".join(found) if found else None) == expected


@pytest.mark.parametrize(("title", "split"), [
    ("Digital Transformation Office President", ("President", "Digital Transformation Office")),
    ("Secretary General of the Economic Cooperation Organization",
     ("Secretary General", "Economic Cooperation Organization")),
    ("ICT Minister", ("ICT Minister", None)),
    ("President of Azerbaijan Republic", ("President of Azerbaijan Republic", None)),
], ids=["pre-nominal-org", "of-org", "no-org", "of-country"])
def test_split_title(title, split):
    assert names.split_title(title) == split


def _member(type_, base, name, country=None):
    return Contribution(article_id="a", seq=0, type=type_, base=base, group="", lookups=(), name=name,
                        country=country, published=None, variants=())


@pytest.mark.parametrize(("member", "candidates", "key"), [
    (_member("PERSON", "PERSON:erdogan", "Erdogan", "TUR"),
     [Candidate("PERSON:recep tayyip erdogan", frozenset({"TUR"})), Candidate("PERSON:will erdogan")],
     "PERSON:recep tayyip erdogan"),
    (_member("PERSON", "PERSON:erdogan", "Erdogan"),
     [Candidate("PERSON:recep tayyip erdogan", frozenset({"TUR"})), Candidate("PERSON:will erdogan")],
     "PERSON:erdogan"),
    (_member("PERSON", "PERSON:aliyev", "Aliyev", "AZE"),
     [Candidate("PERSON:ilham aliyev", frozenset({"AZE"})), Candidate("PERSON:osman aliyev", frozenset({"AZE"}))],
     "PERSON:aliyev"),
    (_member("PERSON", "PERSON:rouhani", "Rouhani", "AZE"),
     [Candidate("PERSON:hassan rouhani", frozenset({"IRN"}))],
     "PERSON:rouhani"),
    (_member("ORG", "ORG:-:dto", "DTO"),
     [Candidate("ORG:TUR:digital transformation office", frozenset({"TUR"})),
      Candidate("ORG:-:digital transformation office")],
     "ORG:TUR:digital transformation office"),
    (_member("ORG", "ORG:-:central bank of iran", "Central Bank of Iran"),
     [Candidate("ORG:IRN:central bank of iran", frozenset({"IRN"}))],
     "ORG:IRN:central bank of iran"),
    (_member("ORG", "ORG:-:armed forces", "Armed Forces"),
     [Candidate("ORG:IRN:armed forces", frozenset({"IRN"})), Candidate("ORG:TUR:armed forces", frozenset({"TUR"}))],
     "ORG:-:armed forces"),
    (_member("ORG", "ORG:TUR:digital transformation office", "Digital Transformation Office", "TUR"),
     [Candidate("ORG:AZE:digital transformation office", frozenset({"AZE"}))],
     "ORG:TUR:digital transformation office"),
], ids=["surname-same-country", "surname-no-country-ambiguous", "surname-two-fuller", "surname-other-country",
        "acronym-to-expansion", "org-gets-its-country", "org-two-countries", "org-with-country-stays"])
def test_resolve(member, candidates, key):
    assert resolve(member, candidates) == key
