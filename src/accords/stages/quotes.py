"""quotes.v1: direct (and indirect) quotations with their speaker and reporting verb.

1. quotation spans from the marks of `Article.text` (`accords.quotes.marks`), quotes over
   several paragraphs joined into one;
2. for every sentence in order, its subject outside quotation marks (`accords.quotes.speakers`):
   a name, a pronoun (the most recent subject before), a title (matched against the people's
   titles) or an organisation; this running list of subjects is what "He" resolves against;
3. each quote's attribution: the words before its opening mark when they end like an
   introduction ("stating that:", "went on to say:"), else the words after its closing mark
   (`," he said.`), else the speaker of the quote just before it (a continued quote);
4. indirect speech ("X said that ...", "He reported of ...") as quotes with `direct=False`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from accords.ids import fact_id
from accords.model import Article, Evidence, Extraction, Quote, Segment
from accords.nlp import doc_text, normalise_for_nlp
from accords.pipeline import stage
from accords.quotes.cues import CUE, cue_after, cue_before, introduces
from accords.quotes.marks import QuotedSpan, quoted_spans
from accords.quotes.speakers import People, Reference

STAGE = "quotes.v1"

_INDIRECT_CUE = re.compile(
    r"\b(?:sa(?:id|ys|ying)|stat(?:ed|es|ing)|not(?:ed|es|ing)|stress(?:ed|es|ing)|emphasi[sz](?:ed|es|ing)|"
    r"underlin(?:ed|es|ing)|underscor(?:ed|es|ing)|announc(?:ed|es|ing)|add(?:ed|s|ing)|explain(?:ed|s|ing)|"
    r"point(?:ed|s|ing)\s+out|told\s+(?:\w+\s+){0,3}?|declar(?:ed|es|ing)|reiterat(?:ed|es|ing)|"
    r"warn(?:ed|s|ing)|insist(?:ed|s|ing)|confirm(?:ed|s|ing)|mention(?:ed|s|ing))\s+that\b|"
    r"\breport(?:ed|s)?\s+of\b",
    re.IGNORECASE,
)
_INDIRECT_END = re.compile(
    r",\s+(?:adding|saying|stating|noting|expressing|stressing|emphasi[sz]ing|he|she|they|it)\b|:|;|[\"“”]"
)
_MIN_INDIRECT_WORDS = 4
_CONTINUATION = re.compile(r"[\[(]?[a-z]")
_HONORIFIC_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Eng|Prof|Gen|Col|Capt|Sen|Rep|Gov|Lt|Maj|Sgt|St|Jr|Sr|H\.E)\.\s*$")


@stage(STAGE)
def quotes(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Quotes of the article, speakers resolved against the entities found so far."""
    text = doc_text(doc) if doc is not None else normalise_for_nlp(article.text)
    paragraphs = extraction.paragraphs or _paragraphs(article.text)
    sentences = _join_abbreviation_splits(text, extraction.sentences or paragraphs)
    spans = quoted_spans(article.text, paragraphs)
    people = People(text, extraction)
    subjects = [_sentence_subject(people, sentence, spans) for sentence in sentences]
    named_later = [r.entity if r is not None and r.kind == "name" else None for r in subjects]

    found: list[Quote] = []
    recent: list[str] = []  # resolved subjects, most recent first
    resolved_by_sentence: list[str | None] = []
    for index, (sentence, ref) in enumerate(zip(sentences, subjects)):
        later = [e for e in named_later[index + 1:] if e is not None]
        speaker = _resolve(people, ref, recent=recent, later=later)
        resolved_by_sentence.append(speaker)
        if speaker is not None:
            recent = [speaker] + [e for e in recent if e != speaker]
        if (person := people.person(speaker)) is None or person.type != "PERSON":
            # "Iranian Industry ... Minister Mohammad Shariatmadari called for ...": the subject
            # found is no person, but the person named freely in the sentence is whom "he" means
            named = people.free_person(sentence.start, sentence.end)
            if named is not None:
                recent = [e for e in recent[:1] if e != named] + [named] + [e for e in recent[1:] if e != named]
        for span in spans:
            if sentence.start <= span.start - 1 < sentence.end or (sentence.start <= span.start < sentence.end):
                quote = _direct(article, text, people, span, sentence, sentences, speaker, ref, recent, later, found)
                if quote.cue is None and _is_title(text, span):
                    continue  # “In the Middle Path of Moderation in Islam”: a title no verb reports, not speech
                found.append(quote)
        indirect = _indirect(article, text, people, sentence, spans, speaker)
        if indirect is not None:
            found.append(indirect)
    return dataclasses.replace(extraction, quotes=extraction.quotes + tuple(found))


def _direct(
    article: Article,
    text: str,
    people: People,
    span: QuotedSpan,
    sentence: Segment,
    sentences: Sequence[Segment],
    subject_speaker: str | None,
    subject_ref: Reference | None,
    recent: list[str],
    later: list[str],
    previous: Sequence[Quote],
) -> Quote:
    pre = text[sentence.start:max(sentence.start, span.start - 1)]
    cue = cue_before(pre)
    speaker, confidence, name = None, 0.3, None
    if pre.strip() and (cue is not None or introduces(pre)):
        speaker = subject_speaker
        confidence = _confidence(subject_ref)
    else:
        closing = next((s for s in sentences if s.start <= span.end < s.end), None)
        post = text[span.end + 1:closing.end] if closing is not None else ""
        after_cue = cue_after(post[:80])
        if after_cue is not None:
            cue = after_cue
            ref = people.subject(span.end + 1, closing.end) if closing is not None else None
            speaker = _resolve(people, ref, recent=recent, later=later)
            confidence = _confidence(ref)
            if (speaker is None or ref is None or ref.kind == "org") and closing is not None:
                unlinked = people.unlinked_name(span.end + 1, closing.end)
                if unlinked is not None:
                    speaker, name, confidence = None, unlinked, 0.6
        elif previous and previous[-1].direct:
            speaker, confidence = previous[-1].speaker, 0.5
    entity = people.person(speaker)
    return Quote(
        id=fact_id(article.id, "quote", span.start, span.end),
        text=" ".join(article.text[s:e].strip() for s, e in span.pieces).rstrip(","),
        evidence=tuple(Evidence(article.id, s, e) for s, e in span.pieces),
        speaker=speaker,
        speaker_name=entity.name if entity is not None else name,
        cue=cue.group(0) if cue is not None else None,
        direct=True,
        stage=STAGE,
        confidence=confidence if speaker is not None or name is not None else 0.3,
    )


def _indirect(
    article: Article, text: str, people: People, sentence: Segment, spans: Sequence[QuotedSpan], speaker: str | None
) -> Quote | None:
    """"X stated that Iran is looking for ...": the reported clause, when X is known."""
    if speaker is None:
        return None
    for match in _INDIRECT_CUE.finditer(text, sentence.start, sentence.end):
        if any(s.start - 1 <= match.start() < s.end + 1 for s in spans):
            continue
        start = match.end()
        while start < sentence.end and (text[start].isspace() or text[start] in ",;"):
            start += 1
        if start >= sentence.end or text[start] in ':"':
            continue
        stop = _INDIRECT_END.search(text, start, sentence.end)
        end = stop.start() if stop is not None else sentence.end
        while end > start and text[end - 1] in " .,":
            end -= 1
        if len(text[start:end].split()) < _MIN_INDIRECT_WORDS:
            continue
        entity = people.person(speaker)
        cue = CUE.match(match.group(0))
        return Quote(
            id=fact_id(article.id, "quote", start, end),
            text=article.text[start:end],
            evidence=(Evidence(article.id, start, end),),
            speaker=speaker,
            speaker_name=entity.name if entity is not None else None,
            cue=cue.group(0) if cue is not None else match.group(0).split()[0],
            direct=False,
            stage=STAGE,
            confidence=0.5,
        )
    return None


def _is_title(text: str, span: QuotedSpan) -> bool:
    """Whether the quoted words are a title: one piece, no sentence end, most words capitalised."""
    if len(span.pieces) != 1:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text[span.start:span.end])
    long_words = [w for w in words if len(w) > 3]
    if not long_words or re.search(r"[.!?]\s+\S", text[span.start:span.end]):
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _sentence_subject(people: People, sentence: Segment, spans: Sequence[QuotedSpan]) -> Reference | None:
    """The subject of the sentence's first stretch outside quotation marks."""
    start = sentence.start
    for span in sorted(spans, key=lambda s: s.start):
        for s, e in span.pieces:
            if e < sentence.start or s > sentence.end:
                continue
            if s - 1 > start:
                ref = people.subject(start, s - 1)
                if ref is not None:
                    return ref
            start = max(start, e + 1)
    if start < sentence.end:
        return people.subject(start, sentence.end)
    return None


def _resolve(people: People, ref: Reference | None, *, recent: list[str], later: list[str]) -> str | None:
    if ref is None:
        return None
    if ref.entity is not None:
        return ref.entity
    if ref.kind == "pronoun":
        return next((e for e in recent if (p := people.person(e)) is not None and p.type == "PERSON"), None)
    if ref.kind == "title":
        return people.by_title(ref, recent=recent, later=later)
    if ref.kind == "org":
        return people.by_org(ref, recent=recent)
    return None


def _confidence(ref: Reference | None) -> float:
    return {"name": 0.9, "org": 0.8, "title": 0.7, "pronoun": 0.7}.get(ref.kind, 0.3) if ref is not None else 0.3


def _join_abbreviation_splits(text: str, sentences: Sequence[Segment]) -> list[Segment]:
    """Undo sentence breaks after an honorific ("... congratulated Eng. | Azari Jahromi ...") and
    before a lower-case continuation ("... territories [ | in Karabakh], said: ...")."""
    joined: list[Segment] = []
    for sentence in sentences:
        same_paragraph = joined and "\n" not in text[joined[-1].end:sentence.start]
        continuation = _CONTINUATION.match(text, sentence.start, sentence.end) is not None
        if same_paragraph and (_HONORIFIC_END.search(text, joined[-1].start, joined[-1].end) or continuation):
            joined[-1] = Segment(joined[-1].start, sentence.end)
        else:
            joined.append(sentence)
    return joined


def _paragraphs(text: str) -> tuple[Segment, ...]:
    from accords.stages.segment import paragraphs

    return paragraphs(text)
