"""Whom "he said" and "she said" mean (quotes.v2, `accords.quotes.sources.speaker`): the source
who spoke last (or was introduced as a sentence's subject) while the pronoun agrees with them,
before a person named only in a leading clause since; else (and for a pronoun that opens a new
sentence after a quote ending in a full stop) the most recent agreeing subject. A pronoun no
subject before agrees with gives no speaker: the person named as an object ("run by Jolene
Kowalchuk") is left alone, since on BBC copy that fallback gave an unnamed spokesman's words to a
dancer named just before.

The texts were written for these tests in the register of local news copy (no corpus holds the
construction in a copyable text). Each case lists every quote found, in text order, as
(direct, speaker name, first words).
"""

import pytest

from accords.model import Article
from accords.pipeline import run

CASES = [
    (
        "named-only-as-an-object-she-agrees",
        "Premier Doug Ford defended the plan on Monday.\n\nThe shelter is run by Jolene Kowalchuk, who has "
        "worked there for ten years. “We cannot take more people this winter,” she said.",
        [],
    ),
    (
        "named-only-as-an-object-he-does-not-agree",
        "Premier Doug Ford defended the plan on Monday.\n\nThe shelter is run by Jolene Kowalchuk, who has "
        "worked there for ten years. “We cannot take more people this winter,” he said.",
        [(True, "Doug Ford", "We cannot take")],
    ),
    (
        "person-of-a-leading-clause-does-not-take-over-the-source",
        "“We kept every promise,” said Mayor John Ito.\n\nWhen Tom Reyes ran the budget office, the city "
        "borrowed heavily. “Nobody expected a surplus,” he said.",
        [(True, "John Ito", "We kept every promise"), (True, "John Ito", "Nobody expected")],
    ),
    (
        "pronoun-opening-a-sentence-after-a-scare-quote-is-the-subject",
        "“We kept every promise,” said Mayor John Ito.\n\nCouncillor Tom Reyes praised the mayor’s “steady "
        "hand”. He said: “The city owes him a great deal.”",
        [(True, "John Ito", "We kept every promise"), (True, "Tom Reyes", "The city owes him")],
    ),
    (
        "appositive-subject-is-the-new-source",
        "“We kept every promise,” said Mayor John Ito on Monday.\n\nHis predecessor, Tom Reyes, left a deficit "
        "of $4 million. “Nobody expected a surplus,” he said.",
        [(True, "John Ito", "We kept every promise"), (True, "Tom Reyes", "Nobody expected")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_speaker(text, expected):
    extraction = run(Article(id="q", text=text, published="2019-11-19"))
    found = [(q.direct, q.speaker_name, q.text) for q in extraction.quotes]
    assert [(d, s) for d, s, _ in found] == [(d, s) for d, s, _ in expected]
    for (_, _, words), (_, _, start) in zip(found, expected):
        assert words.startswith(start)
