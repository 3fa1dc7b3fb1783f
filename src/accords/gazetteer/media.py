"""Names of news media: the words that make a name a news outlet's ("Fars News Agency", "Daily
Sabah", "IRNA", "CNN"). One owner for the quotes (a medium relays words, `accords.quotes.media`)
and the events (a conversation with a medium is an interview, `accords.events.meetings`)."""

from __future__ import annotations

import re

#: Words that make a name a news medium's ("Fars News Agency", "Daily Sabah", "IRNA", "CNN").
MEDIA_NAME = re.compile(
    r"\b(?:News|Agency|Times|Post|Press|Daily|Gazette|Herald|Journal|Tribune|TV|Radio|IRNA|IRIB|ISNA|Tasnim|Shana|"
    r"Mehr|Fars|Trend|Xinhua|Sputnik|TASS|Interfax|Reuters|AFP|AP|Bloomberg|CNN|CNBC|BBC)\b"
)


def names_medium(name: str) -> bool:
    """Whether a speaker's or organisation's name is a news medium's ("IRNA", "Fars News Agency")."""
    return MEDIA_NAME.search(name) is not None
