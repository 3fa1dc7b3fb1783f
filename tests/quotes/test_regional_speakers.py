"""Speakers in the register of regional state press (quotes.v2, `accords.quotes.speakers.People`):
a title means a person spoken of before, never a holder of a like office whom the text names only
paragraphs later ("The foreign minister said" of the Turkish foreign minister, not of Iran's, named
further on); a holder set off by commas after the title ("Azerbaijan's Deputy Foreign Minister,
Khalaf Khalafov, said") is the one the later "he" means, not the country's president named after;
"reasoned that" reports speech, so the ambassador it follows speaks, not the embassy of the sentence;
"he told reporters" right after a quote names its speaker, not the outlet that "reported" the call; "the
Iranian Foreign Ministry spokesman explained" is the spokesman named so before (`accords.quotes.holders`);
"X was quoted as saying" gives X's words; a quote with no clause of its own is carried on from the
speaker before it, not given to the subject of a next sentence that states something of its own ("The Leader
also stressed the need for ...", `quotes.clauses.next_clause`).

The texts are from Tehran Times articles (CC BY 4.0, Mehr News / Tehran Times), shortened; they are
dev gold files of the eighteenth session (tests/gold/dev/tt_420012, tt_481447, tt_425445, tt_447589,
tt_481297, tt_411517, tt_485328). Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "a-title-means-the-person-spoken-of-not-a-holder-named-paragraphs-later",
        "The Turkish foreign minister has said Israel and the U.S. are the only countries supporting riots in Iran, "
        "Anadolu reported. In remarks made during a meeting with media representatives in capital Ankara on Wednesday, "
        "Mevlut Cavusoglu spoke about certain foreign officials backing Iranian protests. “Our wish is that this process "
        "comes to an end immediately. We find Iranian President Hassan Rouhani’s statements positive.” The foreign "
        "minister said Turkey is always against those kinds of external interventions, adding that all countries except "
        "for Netanyahu and Trump were being “cautious” in the face of protests in Iran. He termed the ongoing protests "
        "in Iran an “internal” matter of Turkey’s neighboring country. “This situation is internal affairs of Iran. But, "
        "the stability [of Iran] is also important for its neighbors. It is significant for all of us,” he said. "
        "Cavusoglu said Iranian Foreign Minister Mohammad Javad Zarif had told him that the situation in Iran was not so bad.",
        [(False, "Mevlut Cavusoglu", "Israel and the U.S. are the only"), (True, "Mevlut Cavusoglu", "Our wish is that"),
         (False, "Mevlut Cavusoglu", "Turkey is always against"), (False, "Mevlut Cavusoglu", "all countries except"),
         (True, "Mevlut Cavusoglu", "This situation is internal"),
         (False, "Mevlut Cavusoglu", "Iranian Foreign Minister Mohammad Javad")],
    ),
    (
        "a-holder-set-off-by-commas-after-the-title",
        "The next aim of Israel was Azerbaijan because it has a border proximity with Iran. Azerbaijan embassy in "
        "Tehran ceases operations     Azerbaijan’s Deputy Foreign Minister, Khalaf Khalafov, said on Sunday that the embassy's operations in Tehran "
        "have been put on moratorium. Five embassy staff members are remaining in Tehran to guard the premises and the "
        "embassy's belongings, he added, noting that “we have entirely ceased the mission's diplomatic activity.” "
        "The official said ordinary business will continue at the Azerbaijani consulate general in Tabriz. "
        "President Ilham Aliyev of Azerbaijan referred to the event as a terrorist assault.",
        [(True, "Khalaf Khalafov", "we have entirely ceased"), (False, "Khalaf Khalafov", "Five embassy staff"),
         (False, "Khalaf Khalafov", "ordinary business will continue")],
    ),
    (
        "reasoned-is-a-reporting-verb",
        "In a press conference, held on Sunday at the Embassy of the Republic of Turkey in Tehran on the occasion of "
        "the second year anniversary of failed coup d’etat in Turkey, Ambassador Hakan Tekin reasoned that “moving away "
        "from the U.S. dollar would protect nations from damages and sanction regimes imposed on various states by "
        "countries like the U.S.”",
        [(True, "Hakan Tekin", "moving away from the U.S. dollar")],
    ),    (
        "a-speaker-right-after-the-quote-not-the-outlet-that-relays-him",
        "Chris Murphy, the U.S. senator from Connecticut, warned on April 13 that the Trump administration could be "
        "partially responsible for the death of innocent people. “If this epidemic continues to grow and spread in Iran "
        "it will result in the death of innocent people,” he told reporters on the Monday conference call, The "
        "National Interest reported.",
        [(False, "Chris Murphy", "the Trump administration could"), (True, "Chris Murphy", "If this epidemic continues")],
    ),
    (
        "a-definite-office-means-its-holder-named-before",
        "Iranian Foreign Ministry spokesman Nasser Kanaani also strongly condemned the attack and expressed condolences "
        "to the family of the victim as well as the Azeri government and people. “Upon the special order of political "
        "and security officials the issue is under study with high priority and sensitivity,” the Iranian Foreign "
        "Ministry spokesman explained.",
        [(True, "Nasser Kanaani", "Upon the special order")],
    ),    (
        "the-passive-subject-of-quoted-as-saying-speaks",
        "TEHRAN – Just two days ahead of the 10-nation Economic Cooperation Organization, an official with Iran’s "
        "Foreign Ministry said the bloc should press ahead with its mission. “The Islamic Republic of Iran is not "
        "interested in tensions surrounding ECO to get into the organization,” Deputy Foreign Minister for Asia and "
        "Pacific Affairs Ebrahim Rahimpour was quoted as saying on Monday.",
        [(True, "Ebrahim Rahimpour", "The Islamic Republic of Iran is not")],
    ),    (
        "a-next-sentence-with-an-object-of-its-own-names-no-speaker",
        "“Although relations between Iran and Oman are in an upward trend, it has more capacities for development,” "
        "Enayati said. “In their talks, the heads of the two countries emphasized that along with political relations, "
        "economic and commercial relations should also increase.” The Leader also stressed the need for further "
        "expansion of Iran-Oman relations.",
        [(True, "Enayati", "Although relations between"), (True, "Enayati", "In their talks")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_regional_speaker(text, expected):
    assert_quotes(quotes_found(text), expected)
