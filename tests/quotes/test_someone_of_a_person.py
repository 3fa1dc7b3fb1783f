"""Someone of a person is not that person (twentieth session, qggt25): in "An adviser to Erdogan
said …" or "the wife of John Smith said …" every name of the subject is governed by a
preposition, and the subject's head is the adviser or the wife; the quote went to Erdogan or John
Smith (`accords.quotes.subject_names.head_person` fell back to the first name). Now no person is
named by such a subject; a person's office or campaign ("The office of Senator Ruiz said") still
speaks for the person.

The TEHRAN_TIMES case is cut from Tehran Times news_id 429186 (Tehran-Times-Dataset crawl,
../shared/corpora/tehrantimes-region, CC BY 4.0, Mehr News Agency / Tehran Times); the others
are sentences written for these tests in the constructions of news copy. Each case lists every
quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    ("TEHRAN_TIMES-adviser-to-a-president",
     "Erdogan also refrained from directly accusing the crown prince. An adviser to Erdogan said last week that "
     "MbS, as the crown prince is informally known, had \"blood on his hands\" over Khashoggi's killing.",
     []),
    ("wife-of-a-named-man",
     "John Carver was released on Friday after three weeks in custody.\n\n"
     "\"We never gave up hope,\" the wife of John Carver told reporters outside the court.",
     []),
    ("office-of-a-senator-speaks-for-her",
     "Senator Maria Ruiz voted against the bill on Tuesday.\n\n"
     "\"The senator will keep fighting for these families,\" the office of Maria Ruiz said in a statement.",
     [(True, "Maria Ruiz", "The senator will")]),
    ("the-person-named-first-still-speaks",
     "\"We will appeal,\" Mark Olsen of Toronto said on Monday.",
     [(True, "Mark Olsen", "We will appeal")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_someone_of_a_person(text, expected):
    assert_quotes(quotes_found(text, published="2018-11-02", article_id="w"), expected)
