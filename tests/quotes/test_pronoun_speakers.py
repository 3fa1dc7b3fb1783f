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
from tests.quotes.found import assert_quotes, quotes_found


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
    (
        "person-in-a-leading-phrase-after-a-conjunction-is-no-subject",
        "Board chair Lena Park said the library would stay open on Sundays.\n\nBut asked about the remarks "
        "of councillor Dan Cole, she insisted the budget was sound. “Every branch keeps its hours,” she said.",
        [(False, "Lena Park", "the library would"), (False, "Lena Park", "the budget was sound"),
         (True, "Lena Park", "Every branch keeps")],
    ),
    (
        "organisation-before-an-office-qualifies-the-holder-named-after-it",
        "The Social Democrats say they doubt the figures.\n\nTransport Canada inspector Maria Lopez also "
        "questioned the timing of the report. She added: “The numbers were never checked.”",
        [(False, "Social Democrats", "they doubt"), (True, "Maria Lopez", "The numbers were")],
    ),
    (
        "pronoun-after-the-words-it-reports-is-the-source-not-the-person-in-them",
        "“The city has lost its way,” opposition leader Karl Ellis said on Monday.\n\nMayor Tom Ruiz has failed "
        "to fix the transit system, he claimed.",
        [(True, "Karl Ellis", "The city has lost"), (False, "Karl Ellis", "Mayor Tom Ruiz has failed")],
    ),
    (
        "pronoun-after-reported-words-naming-a-person-inside-a-phrase",
        "City editor Paul Nash said the plan was modest. But trust in Mr Ruiz's record would be a central "
        "issue, he said.",
        [(False, "Paul Nash", "the plan was modest"), (False, "Paul Nash", "But trust in Mr Ruiz")],
    ),
    (
        "organisation-voice-goes-on-speaking-as-she",
        "Critic Mark Holland said the plan was flawed.\n\nA spokeswoman for Health Canada said the agency was "
        "reviewing the data. “We take these reports seriously,” she said.",
        [(False, "Mark Holland", "the plan was flawed"), (False, "Health Canada spokeswoman", "the agency"),
         (True, "Health Canada spokeswoman", "We take these")],
    ),
    (
        "organisation-voice-as-a-subject-is-whom-he-means",
        "Critic Mark Holland said the plan was flawed.\n\nBut a spokesman for the Department of Finance "
        "disputed the figures. He said: “The plan is fully costed.”",
        [(False, "Mark Holland", "the plan was flawed"), (True, "Department of Finance spokesman", "The plan is")],
    ),
    (
        "spokesman-is-no-she",
        "Critic Mary Holland said the plan was flawed.\n\nA spokesman for Health Canada said the agency was "
        "reviewing the data. “We take these reports seriously,” she said.",
        [(False, "Mary Holland", "the plan was flawed"), (False, "Health Canada spokesman", "the agency"),
         (True, "Mary Holland", "We take these")],
    ),
    (
        "a-person-named-in-the-same-sentence-takes-over-from-the-voice",
        "“The contract was approved by our board,” said a Metrolinx spokesman.\n\n“Nobody asked the drivers,” "
        "said Nora Diaz, the union's treasurer, though she said the vote had been fair.",
        [(True, "Metrolinx spokesman", "The contract was"), (True, "Nora Diaz", "Nobody asked"),
         (False, "Nora Diaz", "the vote had been fair")],
    ),
    (
        "a-persons-own-spokesman-speaks-as-the-person",
        "The ferry strike entered its third day. Premier Tom Ruiz's press spokesman said: “The talks resume "
        "on Friday.”\n\nHe added that the mediator had been briefed.",
        [(True, "Tom Ruiz", "The talks resume"), (False, "Tom Ruiz", "the mediator had")],
    ),
    (
        "a-person-introduced-since-takes-over-from-the-voice",
        "A spokeswoman for Health Canada said the agency was reviewing the data.\n\nDr. Jane Ross, who runs "
        "the clinic, disagreed. “The data are clear,” she said.",
        [(False, "Health Canada spokeswoman", "the agency"), (True, "Jane Ross", "The data are clear")],
    ),
    (
        "he-after-a-quote-of-two-sentences-is-the-name-with-its-organisation",
        "Mara Quint said she had waited three hours for the ferry.\n\n“We will decide in the morning whether "
        "the ferry sails,” Harbour Chief Tobias Renn with the Port Authority said on Wednesday.\n\n“It looks "
        "calm. It looks very calm,” he said about the weather.",
        [(False, "Mara Quint", "she had waited"), (True, "Tobias Renn", "We will decide"),
         (True, "Tobias Renn", "It looks calm")],
    ),
    (
        "an-office-of-several-words-ends-with-its-holder",  # accords.quotes.titled (qspk13)
        "Opposition leader Michael Howard said the plans would save money. “Families are being squeezed by "
        "extra taxes,” Mr Howard said.\n\nBut Chief Secretary to the Treasury Paul Obuya-Tembe attacked the "
        "plans. “The opposition is committed to cutting the spending plans,” he said.",
        [(False, "Michael Howard", "the plans would save"), (True, "Michael Howard", "Families are being"),
         (True, "Paul Obuya-Tembe", "The opposition is committed")],
    ),
    (
        "an-office-ends-with-a-lord-the-entity-stage-did-not-know",  # accords.quotes.titled (qspk13)
        "Party leader Dana Whitcombe said the prince should apologise.\n\nFormer Labour MP Lord Penhallow, "
        "who chairs a veterans' charity, called the costume “thoughtless”. He told a radio programme: "
        "“The time has come for a public apology.”",
        [(False, "Dana Whitcombe", "the prince should"), (True, "Lord Penhallow", "The time has come")],
    ),
    (
        "a-lord-is-he-before-a-person-named-after-him",  # People.gender reads "Lord" (qspk13)
        "Former party leader Lord Penhallow said the finance minister was the natural heir to Mr Garvey. "
        "Asked whether he would campaign for her, he told a radio programme: “No race has started yet.”",
        [(False, "Penhallow", "the finance minister was"), (True, "Penhallow", "No race has")],
    ),
    (
        "a-family-name-written-first-in-full",
        "Huawei executive Meng Wanzhou appeared in a Vancouver court on Monday. Her lawyers asked for bail.\n\n"
        "“I am confident in the Canadian justice system,” Meng said in a statement.",
        [(True, "Meng Wanzhou", "I am confident")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_speaker(text, expected):
    assert_quotes(quotes_found(text), expected)
