"""News outlets and platforms named without a cue word, and documents named by a strategy, a
framework or an amendment (thirteenth session, issue #13).

Sentences written for these tests in the register of the web news pages and the White House."""

from __future__ import annotations

import pytest

from tests.entities.found import found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("The clip went viral on Facebook and Instagram within hours.", {("ORG", "Facebook"), ("ORG", "Instagram")},
     set()),
    ("The interview aired on CNBC and MSNBC on Tuesday.", {("ORG", "CNBC"), ("ORG", "MSNBC")}, set()),
    ("Seoul confirmed the launch, Yonhap said.", {("ORG", "Yonhap")}, set()),
    ("The company's rocket was built by SpaceX in Texas.", {("ORG", "SpaceX")}, set()),
    ("The series will stream on Netflix next year.", {("ORG", "Netflix")}, {("PLACE", "Netflix")}),
    ("The minister said so, Fars news agency reported.", {("ORG", "Fars News Agency")}, set()),
    ("Armenpress and AKIpress carried the statement.", {("ORG", "Armenpress"), ("ORG", "AKIpress")}, set()),
], ids=["platforms", "broadcasters", "yonhap", "spacex", "netflix-not-a-place", "fars-lower-case", "regional-agencies"])
def test_outlets_and_platforms(text, present, absent):
    got = found(text)
    assert present <= got
    assert not absent & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("The President released the Indo-Pacific Strategy on Friday.", {("DOCUMENT", "Indo-Pacific Strategy")}, set()),
    ("Japan's new National Security Strategy doubles defence spending.",
     {("DOCUMENT", "National Security Strategy")}, set()),
    ("The leaders signed the Strategic Framework for Human Spaceflight Cooperation.",
     {("DOCUMENT", "Strategic Framework for Human Spaceflight Cooperation")}, set()),
    ("The Windsor Framework settles the trade rules for Northern Ireland.", {("DOCUMENT", "Windsor Framework")},
     {("PLACE", "Windsor Framework")}),
    ("The First Amendment protects the press.", {("DOCUMENT", "First Amendment")}, set()),
    ("Chief Strategy Officer Jane Doe presented the results.", set(), {("DOCUMENT", "Chief Strategy")}),
    ("The company has a strategy for growth and a framework for hiring.", set(),
     {("DOCUMENT", "strategy"), ("DOCUMENT", "framework")}),
], ids=["strategy", "national-strategy", "framework-for", "framework-not-a-place", "amendment",
        "strategy-in-a-title", "lower-case-nouns"])
def test_strategies_frameworks_amendments(text, present, absent):
    got = found(text)
    assert present <= got
    assert not absent & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Tuberculosis and Malaria still kill millions a year.", set(), {("ORG", "Tuberculosis"), ("ORG", "Malaria")}),
    ("Officials were briefed on the Omicron variant.", set(), {("ORG", "Omicron")}),
    ("The Marburg virus outbreak worried officials in Marburg, Germany.", {("PLACE", "Marburg")},
     {("ORG", "Marburg")}),
    ("Regional representatives from Kharkiv and Odesa joined the call.", {("PLACE", "Kharkiv"), ("PLACE", "Odesa")},
     {("ORG", "Kharkiv")}),
    ("On Wall Street, stocks fell; the firm moved from New York City to Silicon Valley.",
     {("PLACE", "Wall Street"), ("PLACE", "New York City"), ("PLACE", "Silicon Valley")}, {("PLACE", "New York")}),
    ("The Wall Street Journal reported it.", {("ORG", "The Wall Street Journal")}, {("PLACE", "Wall Street")}),
], ids=["diseases", "variant", "virus-and-city", "ukrainian-cities", "us-places", "newspaper-not-the-street"])
def test_diseases_and_cities(text, present, absent):
    got = found(text)
    assert present <= got
    assert not absent & got


@pytest.mark.parametrize(("text", "name"), [
    ("The Norwegian Directorate of Immigration decided to grant asylum.", "Norwegian Directorate of Immigration"),
    ("The State Migration Service of Azerbaijan reported the figures.", "State Migration Service of Azerbaijan"),
    ("The Civil Aviation Authority of the Philippines said so.", "Civil Aviation Authority of the Philippines"),
], ids=["directorate-of", "service-of", "authority-of"])
def test_bodies_named_with_of(text, name):
    assert ("ORG", name) in found(text)
