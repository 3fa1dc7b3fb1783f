"""Whom "he" means when the sentence before names several people (quotes.v2): the subject of
that sentence, never a person named as the object of a preposition through a long office ("in a
meeting with Iranian Transport and Urban Development Minister Mehrdad Bazrpash",
`accords.quotes.governed`) nor one named inside the words it reports ("said that the Russian
President Vladimir Putin defended …"). When no one the pronoun may mean is left, the quote has
no speaker rather than a wrong one.

The texts are Tehran Times copy (CC BY 4.0; tt_485345, tt_121605), the first sentence of the
third case a paraphrase introducing the speaker, and a White House statement heading (public
domain, 2021-08-05): "of" and "for" also join the words of a name, so they never govern an office. Each case lists every quote found,
in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "office-of-several-words-after-with-is-no-subject",
        "Meanwhile, in a meeting with Iranian Transport and Urban Development Minister Mehrdad Bazrpash, Head of "
        "the Transport and Communications Agency of Turkmenistan Mammethan Chakyev said his country is seriously "
        "pursuing the establishment of markets at the border with Iran. Expressing Turkmenistan's interest in "
        "strengthening cooperation with the Islamic Republic of Iran in various fields of transportation, he said: "
        "“Iran and Turkmenistan have a lot of transportation relations, and currently 400 wagons are passing "
        "through the Sarakhs border and 200 wagons are passing through the Incheh-Borun border daily.”",
        [(True, "Mammethan Chakyev", "Iran and Turkmenistan have")],
    ),
    (
        "person-inside-reported-words-is-not-he",
        "Safari pointed to the common stance of Russia and China, as members of the United Nations Security "
        "Council, on Iran's peaceful nuclear activities and said that the Russian President Vladimir Putin "
        "defended Iran's nuclear program for peaceful purposes and considered it the right of every country. He "
        "referred to the history of the SCO and its first meeting held in China in 1996 and said, \"Meanwhile, "
        "given the SCO growing trend, economic, cultural and inter-ministerial cooperation has also been "
        "recently added to its agenda.\"",
        [(False, "Safari", "the Russian President Vladimir Putin")],
    ),
    (
        "speaker-named-before-keeps-he-past-a-person-in-reported-words",
        "Iran's ambassador to Moscow, Mehdi Safari, spoke to reporters on Tuesday. Safari pointed to the common "
        "stance of Russia and China on Iran's peaceful nuclear activities and said that the Russian President "
        "Vladimir Putin defended Iran's nuclear program for peaceful purposes. He referred to the history of the "
        "SCO and said, \"Meanwhile, given the SCO growing trend, economic, cultural and inter-ministerial "
        "cooperation has also been recently added to its agenda.\"",
        [(False, "Mehdi Safari", "the Russian President Vladimir Putin"), (True, "Mehdi Safari", "Meanwhile, given")],
    ),
    (
        "heading-statement-of-an-office-names-its-speaker",
        "**Statement of Alliance for Automotive Innovation President and CEO John Bozzella:**\n\n“Auto "
        "manufacturers are committed to a net-zero carbon transportation future, and we look forward to working "
        "with the Administration as we evaluate EPA’s proposed changes to light-duty vehicle standards.”",
        [(True, "John Bozzella", "Auto manufacturers are committed")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_antecedent(text, expected):
    assert_quotes(quotes_found(text), expected)
