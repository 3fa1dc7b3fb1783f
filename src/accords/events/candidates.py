"""Which sentences may hold an event trigger, read from the parse's arrays before any sentence
is parsed (`accords.stages.events`): the cheap scan of `accords.events.triggers.may_trigger`."""

from __future__ import annotations

from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc

from accords.events import triggers as lexicon
from accords.model import Segment


def candidate_sentences(doc: Doc | None, sentences: tuple[Segment, ...]) -> set[int]:
    """Indexes of the sentences that may hold a trigger (`lexicon.may_trigger` on their words;
    all sentences when there is no parse): the others are not parsed."""
    if doc is None:
        return set(range(len(sentences)))
    return {number for number, words in enumerate(sentence_words(doc, sentences)) if lexicon.may_trigger(words)}


def sentence_words(doc: Doc, sentences: tuple[Segment, ...]) -> list[set[str]]:
    """Each sentence's lower-cased lemmas and word forms, read from the Doc's arrays (one
    string look-up per distinct hash, no Token objects)."""
    strings = doc.vocab.strings
    folded: dict[int, str] = {}
    words: list[set[str]] = [set() for _ in sentences]
    starts = [s.start for s in sentences]
    position = 0
    for lemma, lower, idx in doc.to_array([LEMMA, LOWER, IDX]).tolist():
        while position + 1 < len(starts) and starts[position + 1] <= idx:
            position += 1
        if not sentences or not sentences[position].start <= idx < sentences[position].end:
            continue
        lemma_text = folded.get(lemma)
        if lemma_text is None:
            lemma_text = folded[lemma] = strings[lemma].lower()
        words[position].add(lemma_text)
        words[position].add(strings[lower])
    return words
