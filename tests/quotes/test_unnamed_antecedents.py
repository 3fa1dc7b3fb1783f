"""An unnamed person who spoke is whom "he" or "she" and "the man" mean next (quotes.v2,
sixteenth session, qspk16): "“…,” says a doctor from Hebron. … “…,” he says" is the doctor's,
not the person named two paragraphs before; "the man wrote" after "A UK man's decision …" is
the man's, not the doctor named since (`accords.quotes.groups.pronoun_may_mean`,
`accords.quotes.groups.unnamed_antecedent`). A name set beside the description ("a man, John
Smith,") and a head of the other gender ("a woman … he said") keep the named person.

Sentences written for these tests in the constructions of news copy (no corpus text).
Each pipeline case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

from accords.quotes.groups import pronoun_may_mean, unnamed_antecedent

PIPELINE_CASES = [
    ("pronoun-after-an-unnamed-doctor",
     "“The checkpoints are closed most days,” says Samir Haddad, a lawyer in Nablus.\n\n"
     "“We are exhausted,” says a nurse from Jenin, whose name has been withheld. "
     "“Every night brings new patients,” he says.",
     [(True, "Samir Haddad", "The checkpoints"), (True, "nurse from Jenin", "We are exhausted"),
      (True, "nurse from Jenin", "Every night")]),
    ("the-man-introduced-without-a-name",
     "A Scottish man's new pillows left him breathless for months, his doctors say.\n\n"
     "Peter Walsh, a lung specialist in Dundee, diagnosed an allergy to feathers.\n\n"
     "“I can climb the stairs again,” the man wrote in a note attached to the report.",
     [(True, "man", "I can climb")]),
    ("the-man-named-beside-his-description",
     "A man, Daniel Ortiz, was rescued from the flooded car on Tuesday.\n\n"
     "“I thought I would not make it,” the man said.",
     [(True, "Daniel Ortiz", "I thought")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in PIPELINE_CASES], ids=[c[0] for c in PIPELINE_CASES])
def test_unnamed_antecedent_in_the_pipeline(text, expected):
    assert_quotes(quotes_found(text, published="2021-03-02", article_id="u"), expected)


PRONOUN_CASES = [
    ("singular-described-person", "doctor from Hebron", "he", True),
    ("gender-agrees", "woman", "she", True),
    ("gender-disagrees", "woman", "he", False),
    ("plural-group", "residents", "he", False),
    ("institution", "officials", "she", False),
    ("a-name", "Samir Haddad", "he", False),
]


@pytest.mark.parametrize("name,pronoun,expected", [c[1:] for c in PRONOUN_CASES], ids=[c[0] for c in PRONOUN_CASES])
def test_pronoun_may_mean(name, pronoun, expected):
    assert pronoun_may_mean(name, pronoun) is expected


ANTECEDENT_CASES = [
    ("introduced-without-a-name", "A UK man's decision to change his bedding made him ill. Dr Owen Lee, a chest doctor, "
     "saw him. the man wrote", "man", "man"),
    ("abbreviated-modifier", "A U.S. woman was hurt. the woman said", "woman", "woman"),
    ("name-after-the-description", "A man, John Smith, was arrested. the man said", "man", None),
    ("name-before-the-description", "John Smith, a 45-year-old man from Ohio, was arrested. the man said", "man", None),
    ("named-as", "A man named Bob Lee was there. the man said", "man", None),
    ("no-introduction", "Bob Lee was there. the man said", "man", None),
    ("not-across-a-sentence", "Owen Lee is a chest doctor. The man wrote", "man", None),
    ("head-outside-the-list", "An actor was cast. the actor said", "actor", None),
]


@pytest.mark.parametrize("text,head,expected", [c[1:] for c in ANTECEDENT_CASES], ids=[c[0] for c in ANTECEDENT_CASES])
def test_unnamed_antecedent(text, head, expected):
    assert unnamed_antecedent(text, head, len(text)) == expected


CLAUSE_CASES = [
    ("clause-closing-a-narrative-sentence",
     "“We weren’t looking for the parasite,” Dr. Maria Vance said. “We were focused on bacteria.”\n\n"
     "It is not clear which use came first, Vance says. Just because the receptors were found on the tongue "
     "first, “that doesn’t mean that’s the order in which they evolved.”",
     [(True, "Maria Vance", "We weren’t looking"), (True, "Maria Vance", "We were focused"),
      (False, "Maria Vance", "It is not clear"), (True, "Maria Vance", "that doesn’t mean")]),
    ("another-person-is-the-subject",  # hers (the colon's subject), never the last speaker's
     "“It grabbed me the moment I heard it,” the director, Tom Hale, said.\n\n"
     "“It was instant,” Hale said. Ann Boyd, who phoned in from the set, had a similar experience: "
     "“It was the feeling that we had found our song.”",
     [(True, "Tom Hale", "It grabbed me"), (True, "Tom Hale", "It was instant"),
      (True, "Ann Boyd", "It was the feeling")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CLAUSE_CASES], ids=[c[0] for c in CLAUSE_CASES])
def test_a_spoken_clause_closing_a_sentence_is_the_paragraphs_speakers(text, expected):
    test_unnamed_antecedent_in_the_pipeline(text, expected)
