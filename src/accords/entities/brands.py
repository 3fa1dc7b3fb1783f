"""A country's adjective opening the name of an airline or of an awards show ("American
Airlines", "Turkish Airlines", "American Music Awards") belongs to the name: it is no mention of
the country (tests/gold/README.md: the benchmark's American Airlines and American Music Awards
pages list no United States). A state body keeps its country ("the Nigerian Senate", "Iranian
Foreign Ministry"): only the heads below, whose names are brands, drop it.
"""

from __future__ import annotations

from accords.entities.candidates import Candidate

#: Last words of names that are brands, whatever country their opening adjective names.
BRAND_HEADS = frozenset({"airlines", "airways", "awards"})


def without_brand_adjectives(candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` less each country adjective that opens a longer ORG or EVENT_NAME name
    ending in a brand head."""
    brands = [(c.start, c.end) for c in candidates if c.type in ("ORG", "EVENT_NAME") and c.end - c.start >= 2
              and c.name.split()[-1].lower() in BRAND_HEADS]
    if not brands:
        return candidates
    return [c for c in candidates if not (
        c.type == "COUNTRY" and c.source == "gazetteer:demonym"
        and any(s == c.start and c.end < e for s, e in brands))]
