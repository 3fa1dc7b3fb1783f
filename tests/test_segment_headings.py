"""segment.v2 splits a sub-heading run into the next sentence with no full stop, and nothing else.

Texts are passages of Tehran Times articles (tehrantimes-region corpus, CC BY 4.0, Mehr News /
Tehran Times): the sub-heading cases as published, and passages where a capitalised opener
follows a word mid-sentence and must stay whole.
"""

from __future__ import annotations

import pytest

from accords import pipeline
from accords.model import Article
from accords.nlp import parse

CASES = [
    pytest.param(
        "He also said that Iran and Kyrgyzstan have established good relations and cooperation within the "
        "framework of international law. Tehran, Bishkek sign five cooperation documents During Rouhani’s "
        "stay in Kyrgyzstan, five cooperation documents were signed between the two countries.",
        "Tehran, Bishkek sign five cooperation documents",
        "During Rouhani’s stay in Kyrgyzstan, five cooperation documents were signed between the two countries.",
        id="heading-with-verb-then-during",
    ),
    pytest.param(
        "Aliyev also said, “This meeting will be a turning point in relations between the two countries.” "
        "Gas swap deal At the end of the meeting, a gas swap agreement was signed.",
        "Gas swap deal",
        "At the end of the meeting, a gas swap agreement was signed.",
        id="noun-heading-then-at-the",
    ),
    pytest.param(
        "France urged Turkey and several EU member states to calm tensions. NATO head calls on Turkey, "
        "Netherlands to defuse row Elsewhere, NATO head Jens Stoltenberg on Monday called on two of the "
        "alliance's members, Turkey and the Netherlands, to calm tensions.",
        "NATO head calls on Turkey, Netherlands to defuse row",
        "Elsewhere, NATO head Jens Stoltenberg on Monday called on two of the alliance's members, Turkey and "
        "the Netherlands, to calm tensions.",
        id="heading-with-comma-then-elsewhere",
    ),
    pytest.param(
        "“The political dispute would be manageable,” Kasapoglu said in a July analysis. Military presence "
        "According to the analysis, currently, Turkey has a military presence in Somalia.",
        "Military presence",
        "According to the analysis, currently, Turkey has a military presence in Somalia.",
        id="two-word-heading-then-according-to",
    ),
    pytest.param(  # tt_476818: a no-break space and a space between heading and sentence
        "Raisi said Iran sees no limit in ties with Pakistan. SCO chief: Iran relying on broad civilizational "
        "affinities with regional states\u00a0 In a meeting with President Raisi on Thursday, SCO Secretary General "
        "Zhang Ming hailed Iran as a great and influential country.",
        "SCO chief: Iran relying on broad civilizational affinities with regional states",
        "In a meeting with President Raisi on Thursday, SCO Secretary General Zhang Ming hailed Iran as a great "
        "and influential country.",
        id="heading-then-no-break-space-then-in-a",
    ),
    pytest.param(  # tt_430926
        "TEHRAN – Iran and Turkey signed documents, Press TV reported. Rouhani: No third country can harm "
        "Tehran-Ankara ties\u00a0 During a joint press conference with Erdogan, Rouhani said that no third country "
        "can harm the ties.",
        "Rouhani: No third country can harm Tehran-Ankara ties",
        "During a joint press conference with Erdogan, Rouhani said that no third country can harm the ties.",
        id="heading-then-no-break-space-then-during",
    ),
    pytest.param(  # tt_482795 (dev gold article)
        "Iran and Germany have long-standing ties, the two chief diplomats remarked. Oman, Qatar also welcome new "
        "move in Iran-Saudi ties In phone talks on Friday, the foreign ministers of Qatar and Oman also expressed "
        "their delight over the decision.",
        "Oman, Qatar also welcome new move in Iran-Saudi ties",
        "In phone talks on Friday, the foreign ministers of Qatar and Oman also expressed their delight over the "
        "decision.",
        id="heading-then-in-phone-talks",
    ),
    pytest.param(
        "The book is composed of three stories: “The First Day of the New Year”, “The Lone Apple Tree” and "
        "“A man In a Basque Hat”.",
        None,
        None,
        id="title-case-title-in-quotes-stays",
    ),
    pytest.param(
        "TEHRAN – Iranian Majlis Speaker Ali Larijani On Monday reiterated the long-held policy by the "
        "Islamic Republic that the Caspian Sea should be “the sea of peace”.",
        None,
        None,
        id="capitalised-on-after-a-name-stays",
    ),
    pytest.param(
        "TEHRAN – “It is high time regional countries focused on things that unite us,” the Turkish "
        "ambassador to Iran told The Tehran Times on Tuesday.",
        None,
        None,
        id="newspaper-name-stays",
    ),
    pytest.param(
        "The two sides discussed ways to expand cooperation in a phone call on Monday, and in a separate "
        "meeting, the ministers reviewed trade.",
        None,
        None,
        id="lower-case-openers-stay",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "heading", "sentence"), CASES)
def test_sub_heading_is_its_own_sentence(text, heading, sentence):
    extraction = pipeline.run(Article(id="tt", text=text, language="en"), stages=["segment.v2"])
    sentences = [text[s.start:s.end] for s in extraction.sentences]
    if heading is None:
        assert sentences == [text[s.start_char:s.end_char].strip() for s in parse(text).sents]
    else:
        index = sentences.index(heading)
        assert sentences[index + 1] == sentence
