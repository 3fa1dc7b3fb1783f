"""HTML tags, Title Case headings and seats of government in White House texts.

The texts are White House fact sheets 2021-2024 (public domain, US government works;
../shared/corpora/whitehouse-briefings): 350 of the 2,006 keep HTML tags from the page
(`<u>`, `<strong>`, `<span style=...>`, `<sup>`, tables). Tags were read as words
("underline\">Support Entrepreneurship", "Department of Homeland Security.</u"), and in the
Title Case headings the small model reads common nouns as names ("Undersea Capability",
"Port Visits"). `nlp.normalise_for_nlp` blanks the tags in place; `entities.headings` drops a
spaCy name found only in such a heading whose words the text also writes in lower case.
"""

from __future__ import annotations

import pytest

from accords import nlp
from accords.ids import content_id
from accords.model import Article, Extraction
from accords.stages.entities import entities

AUKUS = (
    "AUKUS partners operating highly capable conventionally-armed,\nnuclear-powered submarines will "
    "provide an assured undersea capability\nthat contributes to stability, peace, and prosperity in the "
    "Indo-Pacific\nand around the world.  \n  \n**<u>A Phased Approach to Build Stewardship and Sustain "
    "Australia\u2019s\nUndersea Capability</u>**  \n  \nOur nations have outlined an ambitious approach that "
    "will provide\nAustralia with a conventionally-armed, nuclear powered submarine\ncapability at the "
    "earliest possible date.\n\n-   **Embedded Personnel and Port Visits.** Beginning in 2023,\n"
    "    Australian military and civilian personnel will embed with the\n    United States Navy, the United "
    "Kingdom Royal Navy and, subject to\n    any necessary arrangements, within the United States and United\n"
    "    Kingdom submarine industrial bases. The United States\n    plans to increase SSN port visits to "
    "Australia beginning in 2023,\n    with Australian sailors joining U.S. crews for training and\n"
    "    development; the United Kingdom will increase visits to Australia\n    beginning in 2026.\n"
)

GUATEMALA = (
    "**Increase Economic Opportunity ($48 million total)**\n\n-   <span style=\"text-decoration: "
    "underline\">Support Entrepreneurship\n    and Development Innovation</span>.\u00a0 USAID will provide "
    "up to $7.5\n    million over three years, and leverage at least $22.5million from\n    the private "
    "sector, to support entrepreneurs and innovators \u2013\n    including women, youth, and indigenous "
    "people \u2013 who are creating\n    technology-driven, market-led solutions to development challenges "
    "in\n    regions of high out-migration.\n"
)

STATE_LEADERS = (
    "Participating state legislative leaders included:\n\n-   Illinois Representative Sonya Harper\n"
    "-   Maine Representative Kristen Cloutier\n-   Maine Senator Mattie Daughtry\n"
)

#: Bold headings that are paragraphs of their own, short or listing (fact sheet of 2024-05-14 on
#: Section 301 tariffs); the body writes their words in lower case.
TARIFFS = (
    "**<u>Batteries, Battery Components and Parts, and Critical Minerals</u>**  \n\u00a0  \nThe tariff "
    "rate on lithium-ion EV batteries will increase from 7.5% to 25% in 2024. The tariff rate on battery parts "
    "will increase from 7.5% to 25% in 2024. The tariff rate for certain other critical minerals will increase "
    "from zero to 25% in 2024.  \n\u00a0  \n**<u>Solar Cells</u>**  \n\u00a0  \nThe tariff rate on solar "
    "cells (whether or not assembled into modules) will increase from 25% to 50% in 2024.\n\n"
    "**Kamala Harris**\n\nThe Vice President spoke with partners on components and minerals.\n"
)

#: Bold lead-ins: a Title Case sentence in bold that opens its paragraph and ends with a full stop, the
#: paragraph going on after it (fact sheet of 2021-06-03 on the fight against corruption, some sentences
#: left out). The names the small model finds only there are guesses when the body writes all of their
#: words but one in lower case ("illicit finance", not "curb"); the bodies the paragraphs name are kept.
#: A lead-in that names a person and an outlet ("**Jennifer Rubin, Washington Post:**") keeps them
#: (`WHAT_THEY_SAY`).
LEAD_INS = (
    "Today, in line with this commitment, President Biden is releasing a\nNational Security Study Memorandum (NSSM) "
    "that establishes the fight\nagainst corruption as a core national security interest of the United\nStates.  \n"
    "  \n**Modernize, Coordinate, and Resource Efforts to Better Fight\nCorruption.** Corruption threatens U.S. "
    "national security by eroding\ncitizens’ faith in government, distorting economies, and enabling\n"
    "authoritarians to weaken democratic institutions. The NSSM therefore\ndirects departments and agencies to "
    "identify and where appropriate\nestablish new structures and staffing, improve intelligence collection\nand "
    "analysis, and increase resources aimed at confronting corruption at\nhome and abroad.  \n  \n"
    "**Curb Illicit Finance.** The Biden-Harris Administration has pledged to\nlead efforts internationally to "
    "bring transparency to the U.S. and\ninternational financial systems. The NSSM therefore directs\n"
    "departments and agencies to combat all forms of illicit finance.  \n  \n"
    "**Hold Corrupt Actors Accountable.** This includes strengthening and building upon targeted\n"
    "anticorruption sanctions under the Global Magnitsky Act and similar\nauthorities; and bolstering criminal "
    "or civil enforcement actions, such\nas under the Department of Justice’s Kleptocracy Asset Recovery\n"
    "Initiative.\n"
)


#: Bold lead-ins that name who speaks (a White House page of 2023-10-18 quoting commentators on the
#: President's visit to Israel): their people are kept.
WHAT_THEY_SAY = (
    "**Jennifer Rubin, Washington Post Columnist:**\u00a0“A simply magnificent,\ngut-wrenching and inspiring "
    "Biden speech in Israel. As an American, a\nJew, a human being, I could not be more touched.”  \n\u00a0  \n"
    "**David Axelrod, Senior CNN Contributor and Founder of UChicago\nInstitute of Politics**: “Moving, moving "
    "speech by @POTUS in Tel Aviv.”\n"
)

def _entities(text: str) -> set[tuple[str, str]]:
    article = Article(id=content_id(text), text=text)
    extraction = entities(article, nlp.parse(text), Extraction(article_id=article.id))
    return {(e.type, e.name) for e in extraction.entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 70<sup>th</sup> anniversary", "the 70th" + " " * 11 + " anniversary"),
        ("**<u>Federal Pilot</u>**", "**   Federal Pilot    **"),
        ("<span style=\"x\">Support</span>.", " " * 16 + "Support" + " " * 7 + "."),
        ("<tr><td>Iran</td></tr>", "\n   \n   Iran\n    \n    "),
        ("a <br/>line", "a \n    line"),
        ("x < y > z and <unknown> tags", "x < y > z and <unknown> tags"),
    ],
    ids=["superscript-ordinal", "inline-tags", "tag-with-attributes", "table-cells-end-lines", "br", "no-tag"],
)
def test_html_tags_are_blanked_in_place(text, expected):
    blanked = nlp.normalise_for_nlp(text)
    assert blanked == expected
    assert len(blanked) == len(text)


# (id, text, entities that must be found, entities that must not)
CASES = [
    ("heading-common-nouns", AUKUS,
     {("COUNTRY", "Australia"), ("ORG", "United States Navy")},
     {("ORG", "Undersea Capability"), ("PLACE", "Port Visits")}),
    ("tags-are-no-words", GUATEMALA,
     {("ORG", "U.S. Agency for International Development")},
     {("PLACE", "underline\">Support Entrepreneurship and")}),
    ("a-list-of-names-is-no-heading", STATE_LEADERS,
     {("PERSON", "Sonya Harper"), ("PERSON", "Kristen Cloutier")}, set()),
    ("bold-paragraph-headings-short-or-listing", TARIFFS,
     {("PERSON", "Kamala Harris")}, {("ORG", "Critical Minerals"), ("ORG", "Solar Cells")}),
    ("bold-lead-ins-are-headings", LEAD_INS,
     {("ORG", "Department of Justice"), ("DOCUMENT", "Global Magnitsky Act")},
     {("ORG", "Resource Efforts"), ("ORG", "Better Fight Corruption"), ("ORG", "Curb Illicit Finance")}),
    ("bold-lead-ins-naming-speakers-keep-them", WHAT_THEY_SAY,
     {("PERSON", "Jennifer Rubin"), ("PERSON", "David Axelrod")}, set()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wanted", "unwanted"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities_of_headings_and_tagged_text(text, wanted, unwanted):
    found = _entities(text)
    assert wanted <= found, found
    assert not unwanted & found
    assert not [name for _, name in found if "<" in name or ">" in name]


# White House readout, 2024-09-30 (public domain): the seat named as the host and, after
# "Connected to", as a place; one entity, the body.
ROUNDTABLE = (
    "Today, on the last day of National African Immigrant Heritage Month,\ncelebrated in the community "
    "throughout the month of September for the\npast 16 years, the White House hosted a virtual roundtable "
    "discussion to\nhear directly from members of targeted media organizations servicing\ndiasporans from all "
    "54 countries of the African continent across 30\nAmerican states.\u00a0\n\nConnected to the White House "
    "through the Cameroon American Council\u2019s\nAfrican Immigrant Media Network, participants interfaced "
    "with\nrepresentatives of both the White House\u2019s Press and Communications teams\nto learn best "
    "practices on how to keep their audiences informed about\nthe Biden-Harris Administration.\u00a0\n"
)

# The same readout's second paragraph alone: only the place.
CONNECTED = ROUNDTABLE[ROUNDTABLE.index("Connected"):ROUNDTABLE.index(", participants")] + "."


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kinds"), [(ROUNDTABLE, {"ORG"}), (CONNECTED, {"PLACE"})],
                         ids=["body-and-building-one-body", "building-alone"])
def test_a_seat_of_government_is_one_entity(text, kinds):
    assert {kind for kind, name in _entities(text) if name == "White House"} == kinds


# White House statement of 2021-04-02 (public domain): "the ROK" is South Korea, never the North
# named two sentences before.
ROK = (
    "They agreed on the imperative for\nfull implementation of relevant UN Security Council resolutions by the\n"
    "international community, including North Korea, preventing\nproliferation. The United States reaffirmed its\n"
    "steadfast alliance commitments to both the ROK and Japan; Japan and the\nROK underscored the importance of "
    "their bilateral ties and trilateral\ncooperation to the security of our citizens, the region, and the world.\n"
)


@pytest.mark.slow
def test_the_rok_is_south_korea():
    article = Article(id=content_id(ROK), text=ROK, published="2021-04-02")
    extraction = entities(article, nlp.parse(ROK), Extraction(article_id=article.id))
    korea = [e for e in extraction.entities if e.type == "COUNTRY" and e.canonical_id == "KOR"]
    assert korea and len(korea[0].evidence) >= 2
