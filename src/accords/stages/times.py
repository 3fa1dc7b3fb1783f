"""times.v2: time expressions normalised against the publication date.

Candidates come from two places: the rule grammar of `accords.temporal` run over the whole
text, and the DATE and TIME entities of the shared spaCy parse, read with the same grammar
in permissive mode (a bare "May" counts there because the tagger already called it a date).
Rule matches win where the two overlap. Expressions the grammar cannot give a calendar
value ("recent years", "nowadays") are left out; relative ones in an undated article are
kept with value None (no guessing).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from accords.ids import fact_id
from accords.model import Article, Evidence, Extraction, TimeExpression
from accords.pipeline import stage
from accords.temporal import TimeMatch, find_times

STAGE = "times.v2"
#: Confidence of a rule match, and of one found only inside a spaCy entity.
RULE_CONFIDENCE = 0.9
ENTITY_CONFIDENCE = 0.7


def time_matches(text: str, *, published: str | None, doc: Doc | None = None) -> list[tuple[TimeMatch, float]]:
    """Rule matches over `text` plus those inside spaCy DATE/TIME entities, without overlaps."""
    found = [(match, RULE_CONFIDENCE) for match in find_times(text, published=published)]
    taken = [(match.start, match.end) for match, _ in found]
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if any(ent.start_char < end and start < ent.end_char for start, end in taken):
                continue
            for inner in find_times(text[ent.start_char:ent.end_char], published=published, permissive=True):
                shifted = dataclasses.replace(inner, start=inner.start + ent.start_char, end=inner.end + ent.start_char)
                found.append((shifted, ENTITY_CONFIDENCE))
                taken.append((shifted.start, shifted.end))
    return sorted(found, key=lambda pair: pair[0].start)


@stage(STAGE)
def times(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Add every time expression of the article with its value and precision."""
    if not article.text.strip():
        return extraction
    records = []
    for match, confidence in time_matches(article.text, published=article.published, doc=doc):
        value = match.value
        records.append(TimeExpression(
            id=fact_id(article.id, "time", match.start, match.end),
            text=match.text,
            value=(value[0], value[1]) if isinstance(value, (tuple, list)) else value,
            precision=match.precision,
            evidence=(Evidence(article.id, match.start, match.end),),
            stage=STAGE,
            confidence=confidence,
        ))
    return dataclasses.replace(extraction, times=extraction.times + tuple(records))
