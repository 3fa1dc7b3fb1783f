"""How far a project has come: "The railway is 70 percent complete", "85 percent of the
construction work has been completed", "the physical progress of the project reached 90 percent",
"the 20 percent progress of these projects" are `completion` (issue #14).

Reports of joint projects (railways, power lines, dams, border markets) give their progress as a
percentage of the work done; it is a level, neither a share of a market nor a growth.
"""

from __future__ import annotations

import re
from accords.quantities.extract import QUALIFIER

METRIC = "completion"

#: "70 percent complete", "90 percent completed", "is 60 percent done" (not "complete control").
_COMPLETE_AFTER = re.compile(r"^\s*(?:complete|completed|finished|done|ready|built)\b(?!\s+(?:control|ban|halt|stop)\b)",
                             re.IGNORECASE)
#: "85 percent of the construction work on the railway has been completed", "80 percent of the project is done".
_PART_DONE_AFTER = re.compile(
    r"^\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:works?|construction|project|operations?)\b[^.;%]{0,80}?"
    r"\b(?:has|have|had|is|are|was|were)\s+(?:already\s+)?(?:been\s+)?(?:completed|finished|done|carried\s+out|built)\b",
    re.IGNORECASE,
)
#: "the physical progress of the project has reached 90 percent", "progress stands at 75 percent",
#: "the project has been completed by 80 percent".
_PROGRESS_BEFORE = re.compile(
    r"\b(?:(?:physical|construction|overall|work)\s+)?progress\b[^.;%\d]{0,60}?\b(?:reached|reaches|stands?\s+at|stood\s+at|"
    r"is|was|of|hit|hits|amounts?\s+to|amounted\s+to)\s+" + QUALIFIER + "$"
    r"|\b(?:has|have|had)\s+been\s+(?:completed|finished|implemented)\s+by\s+" + QUALIFIER + "$",
    re.IGNORECASE,
)


#: "the 20 percent progress of these projects", "a 65 percent physical progress", "60 percent progress has been
#: made": the progress named right after the figure.
_PROGRESS_AFTER = re.compile(r"^\s*(?:physical\s+|construction\s+|overall\s+)?progress\b", re.IGNORECASE)


def completion(lead: str, tail: str) -> str | None:
    """`completion` for a percentage that says how much of a work is done (`lead`/`tail`: the
    sentence before and after the figure), else None."""
    if _COMPLETE_AFTER.match(tail) or _PART_DONE_AFTER.match(tail) or _PROGRESS_BEFORE.search(lead) \
            or _PROGRESS_AFTER.match(tail):
        return METRIC
    return None
