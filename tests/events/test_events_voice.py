"""Who "we" are in a joint statement (issue 13, `accords.events.voice`): the authors its title
lists, or those the subject of its opening sentence names, not the article's two most named
countries. Texts are White House statements of 2021-2024 (public domain), paragraphs unwrapped."""

from __future__ import annotations

import pytest

import accords
from accords.events.voice import speaks_as_we, title_authors
from tests.events.sides import STAGES, sides

_AUKUS = ("We the leaders of Australia, the United Kingdom, and the United States, mark the third anniversary "
          "of AUKUS – an enhanced security partnership that promotes a free and open Indo-Pacific that is secure "
          "and stable. We reaffirm our shared commitment to this historic partnership and acknowledge the "
          "considerable progress to date.")
_G7 = ("We, the leaders of the European Commission, France, Germany, Italy, the United Kingdom, Canada, and the "
       "United States condemn Putin’s war of choice and attacks on the sovereign nation and people of Ukraine.\n\n"
       "Fourth, we commit to launching this coming week a transatlantic task force that will ensure the effective "
       "implementation of our financial sanctions by identifying and freezing the assets of sanctioned individuals "
       "and companies that exist within our jurisdictions.")
_G7_AUTHORS = ("CAN", "DEU", "EU", "FRA", "GBR", "ITA", "USA")
_MEDIATORS = ("It is time to bring immediate relief both to the long-suffering people of Gaza as well as the "
              "long-suffering hostages and their families.\n\nWe have called on both sides to resume urgent discussion "
              "on Thursday, August 15 in Doha or Cairo to close all remaining gaps and commence implementation of the "
              "deal without further delay.")
_LEBANON = ("The situation between Lebanon and Israel since October 8th, 2023 is intolerable and presents an "
            "unacceptable risk of a broader regional escalation.\n\nWe call on all parties, including the Governments "
            "of Israel and Lebanon, to endorse the temporary ceasefire immediately consistent with UNSCR 1701 during "
            "this period, and to give a real chance for a diplomatic settlement to be concluded.")


def _events(text: str, published: str, title: str | None = None) -> list[tuple[str, tuple[str, ...], str]]:
    extraction = accords.extract(text, published=published, title=title, source="The White House", stages=STAGES)
    return [(e.type, sides(e), e.status) for e in extraction.events]


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("Joint Statement from the Leaders of the United States, Egypt, and Qatar", ("USA", "EGY", "QAT"),
                 id="leaders-of"),
    pytest.param("Joint Statement from the Governments of Albania, Australia, Bahrain, Canada, and the United States",
                 ("ALB", "AUS", "BHR", "CAN", "USA"), id="governments-of"),
    pytest.param("Joint Statement by the United States, Australia, Canada, European Union, France, Germany",
                 ("USA", "AUS", "CAN", "EU", "FRA", "DEU"), id="states-and-organisation"),
    pytest.param("Joint Statement from the United States and the European Union on Support for Angola, Zambia and "
                 "the Democratic Republic of the Congo’s commitment", ("USA", "EU"), id="topic-ends-the-list"),
    pytest.param("Joint Statement from the Leaders of the United States, Argentina, Austria, and the United Kingdom "
                 "Calling for the Release of the Hostages Held in Gaza", ("USA", "ARG", "AUT", "GBR"),
                 id="participle-ends-the-list"),
    pytest.param("Joint Statement from the Presidents of the United States of America and the Republic of Korea on "
                 "the Identification of Medal of Honor Recipients", ("USA", "KOR"), id="presidents-of"),
    pytest.param("Joint Statement on the Phone Call between President Biden and President Macron", ("USA", "FRA"),
                 id="call-between-leaders-by-office-holder"),
    pytest.param("Joint Statement Between the United States and France on the One Ocean Summit in France",
                 ("USA", "FRA"), id="between"),
    pytest.param("Joint Statement on the Strategic Third Neighbor Partnership between the United States of America "
                 "and Mongolia", ("USA", "MNG"), id="partnership-between"),
    pytest.param("Joint Statement by President Joseph R. Biden Jr. of the United States and President Iván Duque "
                 "Márquez of the Republic of Colombia", ("USA", "COL"), id="leaders-of-countries"),
    pytest.param("Joint Statement from the President of the United States Joseph R. Biden, Jr. and the President of "
                 "Germany Frank-Walter Steinmeier on German-American Friendship", ("USA", "DEU"), id="president-of-x-name"),
    pytest.param("Joint Statement on F-16s for Ukraine from U.S. President Joseph R. Biden, Dutch Prime Minister Dick "
                 "Schoof, and Danish Prime Minister Mette Frederiksen", ("USA", "NLD", "DNK"), id="topic-then-from"),
    pytest.param("U.S.-Canada Joint Statement on the Extension of the Bilateral Energy Transformation Task Force",
                 ("USA", "CAN"), id="hyphenated-before"),
    pytest.param("United States–European Commission Joint Statement", ("USA", "EU"), id="dashed-organisation"),
    pytest.param("United States-Australia-Japan Joint Statement on Cooperation on Telecommunications Financing",
                 ("USA", "AUS", "JPN"), id="three-hyphenated"),
    pytest.param("U.S.-Russia Presidential Joint Statement on Strategic Stability", ("USA", "RUS"),
                 id="presidential-joint-statement"),
    pytest.param("Quad Leaders’ Joint Statement", (), id="group-name-unknown"),
    pytest.param("U.S.-Africa Leaders Summit: Joint Statement on Food Security", (), id="continent-is-no-author"),
    pytest.param("Joint Statement Endorsing Principles for 6G: Secure, Open, and Resilient by Design", (),
                 id="by-in-topic-names-nobody"),
    pytest.param("Joint Statement on Efforts to Counter the Proliferation and Misuse of Commercial Spyware", (),
                 id="no-list"),
    pytest.param("Joint Statement on Further Restrictive Economic Measures", (), id="topic-only"),
    pytest.param("Joint Statement from the Leaders of the United States and Trinidad and Tobago", (),
                 id="unknown-item-gives-none"),
    pytest.param("Readout of President Biden’s Call with Prime Minister Kishida of Japan", (), id="no-statement"),
    pytest.param(None, (), id="no-title"),
])
def test_title_authors(title, expected):
    assert title_authors(title, "2024-07-11") == expected


@pytest.mark.parametrize(("title", "published", "expected"), [
    pytest.param("Joint Statement by President Biden and Prime Minister Trudeau", "2021-02-23", ("USA", "CAN"),
                 id="in-office"),
    pytest.param("Joint Statement by President Biden and Prime Minister Quillfeather", "2021-02-23", (),
                 id="unknown-leader-gives-none"),
    pytest.param("Joint Statement by President Biden and Prime Minister Trudeau", None, ("USA", "CAN"),
                 id="undated-surname-with-its-office"),
])
def test_title_authors_by_office_holders(title, published, expected):
    assert title_authors(title, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("We reaffirm our shared commitment to this historic partnership.", True, id="we"),
    pytest.param("“We will keep working,” President Biden said.", False, id="only-quoted"),
    pytest.param("The leaders reaffirmed their commitment.", False, id="third-person"),
])
def test_speaks_as_we(text, expected):
    assert speaks_as_we(text) is expected


@pytest.mark.slow
def test_we_are_the_leaders_the_opening_lists():
    assert _events(_AUKUS, "2024-09-17") == [("SUPPORT", ("AUS", "GBR", "USA"), "occurred")]


@pytest.mark.slow
def test_we_include_an_organisation_listed_among_the_leaders():
    found = _events(_G7, "2022-02-26", "Joint Statement on Further Restrictive Economic Measures")
    assert ("AGREE", _G7_AUTHORS, "occurred") in found
    assert all(event_sides != ("RUS", "UKR") for _type, event_sides, _status in found)


@pytest.mark.slow
def test_we_are_the_authors_the_title_lists():
    assert _events(_MEDIATORS, "2024-08-08", "Joint Statement from the Leaders of the United States, Egypt, and "
                   "Qatar") == [("REQUEST", ("EGY", "QAT", "USA"), "occurred")]


@pytest.mark.slow
def test_countries_an_opening_speaks_about_are_no_authors():
    # "The situation between Lebanon and Israel" names them as a topic, not as who speaks
    assert _events(_LEBANON, "2024-09-25") == []


_HIROSHIMA = ("**1. Preamble**\n\nAt our meeting today in Hiroshima, we, the Leaders of the G7, reaffirmed our "
              "commitment to stand together against Russia’s illegal, unjustifiable, and unprovoked war of aggression "
              "against Ukraine. We express our full sympathy and condolences to the Ukrainian people for their loss "
              "and suffering. We salute the Ukrainian people for their brave resistance.")


@pytest.mark.slow
def test_a_heading_before_the_opening_names_no_one():
    # "*", "*1. Preamble**" split off before the first sentence: the opening is the sentence after
    # them, whose "we, the Leaders of the G7" is the group (G7 Leaders' Statement on Ukraine, 2023-05-19)
    found = _events(_HIROSHIMA, "2023-05-19", "G7 Leaders’ Statement on Ukraine")
    assert ("SUPPORT", ("G7", "UKR"), "occurred") in found
    assert all("RUS" not in event_sides for _type, event_sides, _status in found)
