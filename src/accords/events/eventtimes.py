"""Which time expressions of a text may date an event, and which only look as if they could.

An event takes its date from a time expression in its clause (`accords.events.clauses.time_in`)
or, undated, from the report's day (`accords.events.reportdates`). Two kinds of time in a
clause are not the day of the act it tells of, and an analyst would laugh at an event dated by
them:

- a **deadline or the end of a span**: "committed to cut methane emissions by 2030", "will
  work to ensure demand until at least 2030", "no later than 2025". The year is the goal's
  (the figures stage records it as the target's deadline), not the day of the commitment; a
  statement that says "agreed ... by 2030" was agreed on the day of the report.
- a **year inside a name**: "Section 301 of the Trade Act of 1974", "Vision 2030", "the Paris
  2024 Olympics". The name's year is no time of the event (tariffs raised in 2024 under a law
  of 1974).

Times of both kinds are left out of the times events are dated from; nothing else changes
(the times stage still records them, and figures still read deadlines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.model import Mention, TimeExpression

#: What stands right before a deadline or a span's end: "by", "until", "till", "no later than",
#: with an optional "at least" / "the end of" before the time's own words.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|untill|no\s+later\s+than)\s+(?:at\s+(?:the\s+)?(?:latest|least)\s+)?"
    r"(?:(?:the\s+)?(?:end|close|middle|start|beginning)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far before a time expression the deadline words are looked for.
_LOOKBACK = 40
#: Mention types whose words are a name that may hold a year (a law, a plan, a named event).
_NAMES = frozenset({"DOCUMENT", "EVENT_NAME", "PROJECT", "ORG", "LAW"})


def _span(time: TimeExpression) -> tuple[int, int]:
    return time.evidence[0].start, time.evidence[-1].end


def is_deadline(time: TimeExpression, text: str) -> bool:
    """Whether the time is the object of "by", "until" or "no later than" (a deadline). The
    times stage trims such words off the time's own text (`accords.temporal.extract`), so they
    are read before it."""
    start, _ = _span(time)
    return bool(_DEADLINE_BEFORE.search(text[max(0, start - _LOOKBACK):start]))


def in_name(time: TimeExpression, mentions: Sequence[Mention]) -> bool:
    """Whether the time lies inside a named document, plan, project or event ("Act of 1974")."""
    start, end = _span(time)
    for mention in mentions:
        if mention.type not in _NAMES or not mention.evidence:
            continue
        m_start, m_end = mention.evidence[0].start, mention.evidence[-1].end
        if m_start <= start and end <= m_end and (m_start, m_end) != (start, end):
            return True
    return False


def dating_times(times: Sequence[TimeExpression], text: str,
                 mentions: Sequence[Mention]) -> list[TimeExpression]:
    """The times that may date an event: `times` less deadlines and years inside names."""
    return [time for time in times if not is_deadline(time, text) and not in_name(time, mentions)]
