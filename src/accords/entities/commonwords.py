"""A one-word name the small model alone found, that the text also writes in lower case, is a
common word: "Households", "Corridor", "Milestones", "Childcare", "Tools", "Challenges" in the Title
Case headings and bold lead-ins of fact sheets and web pages ("**Corridor:**", "Tribal Households").

The text's own lower-case use of the word ("eligible households", "the corridor's expansion") is the
evidence: a personal or company name is not written so. Only clusters every mention of which is one
token the model tagged (no gazetteer entry, no pattern, no longer name linked to it) are dropped, so
a surname that a full name introduced ("Power" after "Samantha Power") stays.
"""

from __future__ import annotations

import re

from accords.entities.linking import Cluster

#: The kinds the small model over-tags; countries, documents and known names are never dropped here.
_KINDS = frozenset({"ORG", "PERSON", "PLACE"})


def _lower_case_in(text: str, word: str) -> bool:
    lower = word.lower()
    return lower != word and lower.isalpha() and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text) is not None


def without_common_words(clusters: list[Cluster], text: str) -> list[Cluster]:
    """`clusters` without those of a one-word name that only the small model found and that `text`
    also writes in lower case."""
    return [cluster for cluster in clusters if not (
        cluster.type in _KINDS and cluster.canonical is None
        and all(m.source == "spacy" and m.end - m.start == 1 for m in cluster.members)
        and _lower_case_in(text, cluster.members[0].name))]
