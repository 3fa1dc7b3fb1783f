"""The home leader on whose behalf an official speaks is the official's side, not a counterpart.

A readout tells a call, then goes on: "In an hour-long discussion, he conveyed President
Biden's strong support for ...". President Biden is named there only as the one whose message
the official conveys (or reaffirms, relays, underscores), or on whose behalf the official
speaks ("on behalf of President Biden"): the official's own side. Dedup compares the persons
two mentions of a meeting name (`dedup._other_counterpart`); such a leader of the article's home
country is no new person at the meeting, and is left out of the persons a sentence names.
"""

from __future__ import annotations

import re

#: "conveyed President Biden's", "reaffirmed President Biden and Vice President Harris's",
#: "on behalf of President Biden": the names (group 1) whose message or behalf it is.
_TITLED = r"(?:(?:Vice\s+)?President|Prime\s+Minister)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
_PRINCIPAL = re.compile(
    rf"\b(?:(?:conveyed|conveys|convey|conveying|relayed|relays|relay|delivered|delivers|reaffirmed|reaffirms|"
    rf"reiterated|reiterates|underscored|underscores|expressed|expresses|extended|extends|shared|passed\s+along)\s+"
    rf"({_TITLED}(?:\s+and\s+{_TITLED})?)(?=’s|'s)"
    rf"|on\s+behalf\s+of\s+({_TITLED}(?:\s+and\s+{_TITLED})?))"
)


def principal_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names a leader only as the one whose message is conveyed or on whose behalf
    an official speaks (start and end of the names)."""
    return [match.span(1) if match.group(1) else match.span(2) for match in _PRINCIPAL.finditer(text)]


def conveyed_home_leader(spans: list[tuple[int, int]], start: int, country: str, home: str | None) -> bool:
    """Whether the person mention starting at `start`, of `country`, is a home leader named only
    as the one whose message an official conveys (`principal_spans`)."""
    return bool(home) and country == home and any(low <= start < high for low, high in spans)
