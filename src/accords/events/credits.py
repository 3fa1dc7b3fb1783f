"""Wire credits: the agency a dateline credits ("BAKU (AFP) -- Azerbaijan on Sunday slammed ...",
"(Sputnik) - Turkish, Russian and Iranian representatives ...") reports the news and is no side
of what it reports, though the entities stage links it to its country (AFP to France, AP to the
United States). Its mentions are left out of the actor index (`accords.events.actors.build_index`).
"""

from __future__ import annotations

import dataclasses
import re

from accords.model import Extraction

#: Brackets followed by a dash: the credit of a dateline.
_CREDIT = re.compile(r"\(([^()\n]{2,40})\)[ \t]*(?:--|[-–—])")


def without_credits(extraction: Extraction, text: str) -> Extraction:
    """The extraction without the organisations named in a dateline's credit."""
    credits = [(match.start(1), match.end(1)) for match in _CREDIT.finditer(text)]
    if not credits:
        return extraction
    kept = tuple(
        mention for mention in extraction.mentions
        if mention.type != "ORG" or not any(
            start <= evidence.start and evidence.end <= end for evidence in mention.evidence for start, end in credits
        )
    )
    return extraction if len(kept) == len(extraction.mentions) else dataclasses.replace(extraction, mentions=kept)
