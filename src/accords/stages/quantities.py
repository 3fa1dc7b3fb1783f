"""quantities.v1: money, percentages, physical amounts and counts, in base units.

Runs after times.v2 and skips the spans it took, so a year is never also a count. The
parsing itself is in `accords.quantities` (pure, no spaCy); this stage only turns its
matches into `Quantity` facts with evidence.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from accords.ids import fact_id
from accords.model import Article, Evidence, Extraction, Quantity
from accords.pipeline import stage
from accords.quantities import find_quantities

STAGE = "quantities.v1"


@stage(STAGE, needs_doc=False)
def quantities(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Add every quantity of the article outside the time expressions already found."""
    if not article.text.strip():
        return extraction
    skip = [(ev.start, ev.end) for time in extraction.times for ev in time.evidence]
    records = tuple(
        Quantity(
            id=fact_id(article.id, "quantity", match.start, match.end),
            text=match.text,
            value=match.value,
            unit=match.unit,
            evidence=(Evidence(article.id, match.start, match.end),),
            qualifier=match.qualifier,
            stage=STAGE,
        )
        for match in find_quantities(article.text, skip=skip)
    )
    return dataclasses.replace(extraction, quantities=extraction.quantities + records)
