"""Whom "he" means when the sentence before names several people (quotes.v2): the subject of
that sentence, never a person named as the object of a preposition through a long office ("in a
meeting with Iranian Transport and Urban Development Minister Mehrdad Bazrpash",
`accords.quotes.governed`) nor one named inside the words it reports ("said that the Russian
President Vladimir Putin defended …"). When no one the pronoun may mean is left, the quote has
no speaker rather than a wrong one.

The pronoun also reaches past a sentence break the splitter makes after a parenthesised
abbreviation ("… Corps (IRGC) | Quds Force, Major General Qassem Soleimani, in Iraq."), which is
no sentence whose subject is the person named inside it, and past a rare given name the census
lists count as a woman's only ("Ara Aivazian", `accords.quotes.given_names`).

The texts are Tehran Times copy (CC BY 4.0; tt_485345, tt_121605, tt_411153, tt_461406, shortened), the first sentence of the
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
        # (his reported words, read since the twenty-eighth session: the parse hangs his name on the
        # opening phrase's object, `accords.quotes.phrases.appositive_subject`)
        [(False, "Mammethan Chakyev", "his country is seriously"), (True, "Mammethan Chakyev", "Iran and Turkmenistan have")],
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
    (
        "a-split-after-an-abbreviation-in-brackets-makes-no-new-subject",
        "Last week Iraqi President Fouad Masum “hailed the prominent role” of commander of the Islamic Revolution "
        "Guards Corps (IRGC) Quds Force, Major General Qassem Soleimani, in Iraq. “The U.S. and other European "
        "countries have also military advisors in Iraq, so one cannot say that Iranian military advisors are not "
        "allowed in Iraq,” he stressed.",
        [(True, "Fouad Masum", "The U.S. and other European")],
    ),
    (
        "a-rare-given-name-of-the-census-tells-no-gender",
        "In Yerevan, Zarif received the Armenian account of border tensions. Acting Minister of Foreign Affairs of "
        "Armenia Ara Aivazian thanked Zarif for paying a visit to Armenia. Aivazian noted, “It has been two weeks "
        "since the Azerbaijani armed forces invaded the border areas of the Republic of Armenia, trying to provoke a "
        "new escalation, which is fraught with new regional threats.” He also said that Azerbaijan strives to create "
        "“new geopolitical realities” amid global silence towards Baku.",
        [(True, "Ara Aivazian", "It has been two weeks"), (True, "Ara Aivazian", "Azerbaijan strives")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_antecedent(text, expected):
    assert_quotes(quotes_found(text), expected)
