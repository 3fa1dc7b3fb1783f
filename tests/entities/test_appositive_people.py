"""entities.v2: a name at a sentence's start with a person's role in apposition after it is a person
(`accords.entities.appositions`), and a name right after a lower-case "chair" is a person
(`accords.entities.people._PERSONAL_NOUNS`), whatever the small model made of it.

Sentences from tests/gold/articles (news_06e5123e4e, news_702d1da63b) and from Tehran Times texts of the
tehrantimes-region corpus (CC BY 4.0, Mehr News / Tehran Times); the last three rows are written for the test.
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("name-opening-a-paragraph-before-its-role",
     "Mr. Trump’s tendency to waver has made China wary, people familiar with Chinese trade policy said.\n\n"
     "Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament” was a risk.",
     {("PERSON", "Eswar Prasad")}, {("ORG", "Eswar Prasad")}),
    ("family-name-first-after-a-quote",
     "“Then I would ask what is the additional incentive of implementing this deal on the Chinese part?” He "
     "Jianxiong, the former executive director for China at the International Monetary Fund, said at an event.",
     {("PERSON", "He Jianxiong")}, {("PERSON", "Jianxiong")}),
    ("head-of-a-council",
     "Turkish voters were registered to cast their ballots abroad. Ahmet Yener, the head of the Supreme Election "
     "Council (YSK), says 1,817,010 votes were cast overseas.",
     {("PERSON", "Ahmet Yener")}, {("PERSON", "Yener")}),
    ("executive-chair-before-a-name",
     "Job cuts will be announced later this week in areas that do not support WeWork’s core business goals, said "
     "The We Company’s recently named executive chair Marcelo Claure in an email to staff that was reviewed by "
     "Reuters.",
     {("PERSON", "Marcelo Claure")}, {("ORG", "Marcelo Claure")}),
    ("place-in-apposition-is-no-person",
     "The delegation then flew on. Palm Beach, a resort town in Florida, hosted the talks.",
     set(), {("PERSON", "Palm Beach")}),
    ("company-in-apposition-is-no-person",
     "Shares fell on Monday. Goldman Sachs, the investment bank, said it expected a recovery.",
     set(), {("PERSON", "Goldman Sachs")}),
    ("name-inside-a-sentence-left-to-the-model",
     "The report was written by the staff, and Human Rights, a journal at the university, published it.",
     set(), {("PERSON", "Human Rights")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_appositive_people(text, present, absent):
    got = found(text)
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
