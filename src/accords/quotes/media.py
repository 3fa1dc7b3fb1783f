"""News media as sources of words (quotes): the channel the words came through ("according to
the report", "IRNA reported"), which relays what others said rather than speaking for itself,
and so is neither a speaker an analyst looks for nor the organisation whose spokesman speaks next.
"""

from __future__ import annotations

import re

#: Heads of "according to" phrases that name the channel the words came through.
MEDIA_NOUNS = frozenset(
    "agency report reports website site media newspaper paper daily outlet channel tv television radio "
    "broadcaster portal press data figures statistics survey study poll estimates sources".split()
)
#: Words that make a name a news medium's ("Fars News Agency", "Daily Sabah", "IRNA", "CNN").
MEDIA_NAME = re.compile(
    r"\b(?:News|Agency|Times|Post|Press|Daily|Gazette|Herald|Journal|Tribune|TV|Radio|IRNA|IRIB|ISNA|Tasnim|Shana|"
    r"Mehr|Fars|Trend|Xinhua|Sputnik|TASS|Interfax|Reuters|AFP|AP|Bloomberg|CNN|CNBC|BBC)\b"
)


def names_medium(name: str) -> bool:
    """Whether a speaker's or organisation's name is a news medium's ("IRNA", "Fars News Agency")."""
    return MEDIA_NAME.search(name) is not None
