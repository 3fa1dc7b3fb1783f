"""Speakers the parse misplaced in news sentences (quotes.v2; general news, like the GGT set).

- "…, said another witness in the probe, former adviser Fiona Hill.": after the reported words
  the parse may take the subject set after "said" for its object; with the reported words as
  the verb's complement before it and the phrase right after the verb, that phrase is the
  speaker (`accords.quotes.phrases.clause_subject`), and its apposition names them.
- "The company that runs the AMAs, Dick Clark Productions, denies …": the parse may set the
  name closing the subject beside the name closing its relative clause; a name needs no second
  name, so it is the subject's apposition (`accords.quotes.phrases.appositive_phrase`).
- "… an exercise held in Norway that, according to NATO, was “…”": an "according to" phrase on a
  clause set under the sentence (an adverbial or relative clause) gives its source that clause
  only, never the narrator's sentence around it (`accords.quotes.syntax._according`).
- "the Armenian official told …" after "the Armenian officials" were the passive's agent: those
  officials are no organisation whose voice "the official" is, so the country's official is the
  person of that country the text spoke of (`accords.quotes.sources._country_official`); the
  sentences are tt_439875's (tests/gold/articles).
- A firm named after its founder that the entity stage typed a person ("Dick Clark
  Productions") is still an organisation that "they" may mean next (`ORGANISATION_NOUNS`).

The sentences are those of dev articles in tests/gold/articles (news_82b6d780c7,
news_70cb2d5bca), shortened, and of a Tehran Times text (tehrantimes_region_dev line 534). On
the code before these rules the first was Sondland's, the second Big Machine's (the
organisation that spoke before), the third NATO's quote was the whole sentence.
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "said-another-witness-then-her-name",
        "Sondland was known for telling others \"he was in charge of Ukraine\" despite being the U.S. envoy in "
        "Brussels, said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.",
        [(True, "Fiona Hill", "Sondland was known for telling others")],
    ),
    (
        "the-company-that-runs-x-then-its-name",
        "Big Machine says she will be allowed to play her old songs at the awards on Sunday.\n\n"
        "The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely sorted, though.\n\n"
        "\"Any final agreement on this matter needs to be made directly with her management team. We have no further "
        "comment,\" they said.",
        [(False, "Big Machine", "she will be allowed"), (False, "Dick Clark Productions", "anything has been"),
         (True, "Dick Clark Productions", "Any final agreement")],
    ),
    (
        "according-to-inside-a-clause-set-under",
        "Erdogan said Turkey had been insulted during a recent exercise in Norway. He was referring to a military "
        "exercise held Nov. 8-17 in Stavanger, Norway, that, according to NATO, was “a Command Post/Computer "
        "Assisted Exercise without troops on the ground.”",
        [(False, "Erdogan", "Turkey had been insulted"),
         (True, "North Atlantic Treaty Organization", "a Command Post/Computer Assisted Exercise")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_inverted_subject(text, expected):
    assert_quotes(quotes_found(text), expected)


ARMENIAN = (
    "It has been several times emphasized by the Armenian officials as during a meeting with Iranian President "
    "Hassan Rouhani in Tehran in late February, Armenian Prime Minister Nikol Pashinyan voiced his country’s "
    "willingness to boost cooperation with the Islamic Republic in all areas, including agriculture, transport and "
    "tourism. President Rouhani, for his turn, said Iran is satisfied with Armenia’s stance on the irrational and "
    "illegal sanctions imposed against Iran by the United States. Also, during the visit of an Iranian press "
    "delegation to Yerevan at the invitation of Pashinyan on Saturday, the Armenian official told Donyaye Eqtesad "
    "daily that the U.S. sanctions and its policy of most pressure on Iran will have no effect on Iran-Armenia joint "
    "economic projects. “The two countries are already fulfilling their commitments in their joints projects”, he "
    "emphasized."
)


@pytest.mark.slow
@pytest.mark.parametrize("start,speaker", [
    ("the U.S. sanctions and its policy", "Nikol Pashinyan"),
    ("The two countries are already", "Nikol Pashinyan"),
], ids=["the-armenian-official-told", "he-emphasized-after-it"])
def test_a_country_official_after_its_officials(start, speaker):
    found = [s for _, s, words in quotes_found(ARMENIAN) if words.startswith(start)]
    assert found == [speaker]
