"""Speaker names as quotes show them: a person's name without the titles written before it
(names as the entity stage gives them for the benchmark and Tehran Times pages of the gold)."""

import pytest

from accords.quotes.names import plain_name, titled_surname_in_full
from accords.quotes.titles import portfolio_clash

NAMES = [
    ("superintendent", "Superintendent Jennifer McCormick", "Jennifer McCormick"),
    ("abbreviated-title", "Gov. Kristi Noem", "Kristi Noem"),
    ("honorific", "Dr. Luz Contreras Arroyo", "Luz Contreras Arroyo"),
    ("two-word-office", "Vice President Mike Pence", "Mike Pence"),
    ("three-word-office", "Chief Executive Officer Tim Cook", "Tim Cook"),
    ("one-name-left-keeps-the-title", "Prince Andrew", "Prince Andrew"),
    ("organisation-that-starts-like-a-title", "General Motors", "General Motors"),
    ("plain-name", "Ilham Aliyev", "Ilham Aliyev"),
    # office and organisation written before a name (Tehran Times crawl, CC BY 4.0: news_id given;
    # article-extraction-benchmark pages, MIT), as the entity stage may keep them in the name
    ("office-after-its-organisation", "Pakistani Foreign Ministry spokesman Mohammed Nafees", "Mohammed Nafees"),  # TT 403519
    ("party-leader", "Labour Party leader Jeremy Corbyn", "Jeremy Corbyn"),  # AEB e7994d55
    ("member-of-parliament-abbreviation", "Iranian MP Nasser Soudani", "Nasser Soudani"),  # TT 245214
    ("office-of-a-committee", "Foreign Affairs Committee Chairman Murat Mercan", "Murat Mercan"),  # TT 159983
    ("office-with-of-kept", "Minister of Foreign Affairs Jeyhun Bayramov", "Minister of Foreign Affairs Jeyhun Bayramov"),
    ("title-of-a-monarch-kept", "King Charles", "King Charles"),
    # a word before a given name that is no part of the name (written for these tests)
    ("possessive-before-a-name", "Canada's Penny Oleksiak", "Penny Oleksiak"),
    ("team-before-a-name", "Raptors Kyle Lowry", "Kyle Lowry"),
    ("position-before-a-name", "Goalkeeper Sam Okafor", "Sam Okafor"),
    ("two-given-names-kept", "Mary Jo Smith", "Mary Jo Smith"),
    ("organisation-with-a-given-name-inside-kept", "Mount Allison University", "Mount Allison University"),
    ("surname-particle-kept", "Van Morrison Smith", "Van Morrison Smith"),
]


@pytest.mark.parametrize("name,shown", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_plain_name(name, shown):
    assert plain_name(name) == shown


#: (a title phrase of a reporting clause, a person's title, whether they name different offices):
#: office titles as news writes them (UK cabinet offices, Tehran Times ministers).
CLASHES = [
    ("other-portfolio", "The foreign secretary", "Home Secretary", True),
    ("other-ministry", "the energy minister", "Minister of Foreign Affairs", True),
    ("same-portfolio-other-order", "the foreign minister", "Minister of Foreign Affairs", False),
    ("phrase-without-portfolio", "the minister", "Deputy Energy Minister", False),
    ("title-without-portfolio", "the health minister", "Minister", False),
    ("shadow-office", "The Shadow Secretary of State for the Family", "Trade and Industry Secretary", True),
    ("same-office", "the trade minister", "Iranian Industry, Mining and Trade Minister", False),
]


@pytest.mark.parametrize("phrase,title,clash", [c[1:] for c in CLASHES], ids=[c[0] for c in CLASHES])
def test_portfolio_clash(phrase, title, clash):
    assert portfolio_clash(phrase, title) is clash


#: (title and surname as a quote shows them, the article's words, the name shown in full): a person
#: named by office and surname ("Premier Moe said") is the person the article names in full.
TITLED = [
    ("given-name-in-the-text", "Premier Moe", "Saskatchewan Premier Scott Moe spoke on Monday.", "Scott Moe"),
    ("honorific-without-given-name", "Mr. Smith", "Mr. Smith declined to comment.", "Smith"),
    ("two-given-names-leave-the-surname", "Mr. Ford", "Doug Ford and his brother Rob Ford.", "Ford"),
    ("title-before-given-name-is-no-given-name", "Premier Moe", "Premier Moe spoke.", "Moe"),
    ("organisation-kept", "Foreign Ministry", "The Foreign Ministry said.", "Foreign Ministry"),
    ("title-alone-kept", "Chief Justice", "The Chief Justice said.", "Chief Justice"),
    ("full-name-kept", "Scott Moe", "Scott Moe said.", "Scott Moe"),
]


@pytest.mark.parametrize("name,text,shown", [c[1:] for c in TITLED], ids=[c[0] for c in TITLED])
def test_titled_surname_in_full(name, text, shown):
    assert titled_surname_in_full(text, name) == shown
