"""Sector labels (docs/design.md taxonomy) from keywords in an event's sentence.

A keyword is a lower-case word or phrase matched on word boundaries; each sector lists the
words that, in news about cooperation, reliably put an event in that sector.
"""

from __future__ import annotations

import functools
import re

from accords.model import SECTORS

#: Sector -> keywords. Keys are exactly `accords.model.SECTORS`.
SECTOR_KEYWORDS: dict[str, tuple[str, ...]] = {
    "digital transformation": ("digital transformation", "digitalization", "digitalisation", "digital economy", "digital"),
    "ICT and telecom": ("ict", "telecommunication", "telecommunications", "telecom", "information technology",
                        "internet", "broadband", "data transit", "fibre", "fiber", "communication technology"),
    "cyber security": ("cyber security", "cybersecurity", "cyber"),
    "data protection": ("personal data", "data protection", "privacy"),
    "e-government and cloud": ("e-government", "government cloud", "cloud", "electronic government"),
    "space": ("space", "satellite", "satellites"),
    "energy": ("energy", "oil", "gas", "pipeline", "electricity", "power plant", "renewable", "nuclear", "petrochemical"),
    "transport and transit": ("transport", "transportation", "transit", "railway", "railroad", "road", "corridor",
                              "port", "shipping", "aviation", "airline", "logistics", "rail"),
    "trade": ("trade", "export", "exports", "import", "imports", "customs", "free trade", "business forum", "commerce"),
    "finance": ("bank", "banking", "finance", "financial", "investment", "investor", "currency", "loan", "credit"),
    "agriculture": ("agriculture", "agricultural", "farming", "food security", "wheat", "livestock"),
    "health and pharmaceuticals": ("health", "pharmaceutical", "pharmaceuticals", "medicine", "medical", "vaccine", "hospital"),
    "tourism": ("tourism", "tourist", "tourists"),
    "culture and education": ("culture", "cultural", "education", "university", "universities", "academic",
                              "student", "students", "science", "scientific", "art", "museum"),
    "security and defence": ("security", "defence", "defense", "military", "army", "terrorism", "border guard",
                             "police", "weapons", "arms"),
}


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (sector, re.compile(r"\b(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + r")\b"))
        for sector, words in SECTOR_KEYWORDS.items()
    )


def sectors_of(text: str) -> tuple[str, ...]:
    """The sectors whose keywords occur in `text`, in taxonomy order."""
    lower = text.lower()
    found = {sector for sector, pattern in _patterns() if pattern.search(lower)}
    # "cyber security" is not also general security; "digital" alone implies no telecom
    if "cyber security" in found and not re.search(r"(?<!cyber )\bsecurity\b|\bdefen[cs]e\b|\bmilitary\b", lower):
        found.discard("security and defence")
    return tuple(sector for sector in SECTORS if sector in found)
