"""Standing meetings of governments named like bodies: EVENT_NAMEs, not organisations.

The gold records the recurring meetings of two or more governments as named events
(tests/gold/README.md, eighth session: "named dialogues, councils and consultative groups are
EVENT_NAMEs"): "Iran-Azerbaijan Joint Economic Committee", "Turkey-Iran High-Level Cooperation
Council", "U.S.-Israel Strategic Consultative Group", "U.S.-PRC Counternarcotics Working Group",
"U.S.-EU Task Force on Energy Security". A body of one state with the same head stays an
organisation ("National Security Council", "Anticorruption Task Force", "I2U2 Group").

- `standing_meeting`: whether a name on a body's head noun is such a meeting: a joint or
  intergovernmental committee or commission, a high-level council or one named by two states, a
  consultative group, a working group or task force named by two states. The head-noun pattern
  (`accords.entities.patterns`) and the acronym expansions (`accords.entities.acronyms`,
  "Nuclear Consultative Group (NCG)") type their names by it.
- `task_forces`: "Task Force" is no organisation head (a state's task forces are many and rarely
  named twice); a capitalised task force named by two states, with what it is on ("U.S.-EU Task
  Force on Energy Security"), is a named event.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.tokens import TokenIds, string_id, token_ids
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.organisations import igo_by_alias

HYPHENS = frozenset({"-", "\u2013"})
_JOINT = frozenset({"joint", "intergovernmental", "inter-governmental"})
#: How far left of a head the two states may stand ("U.S.-EU Trade and Technology Council").
_REACH = 8


def standing_meeting(doc: Doc, start: int, head: int) -> bool:
    """Whether the name on tokens [start, head] names a standing meeting of governments (module docstring)."""
    lower = doc[head].lower_
    before = doc[head - 1].lower_ if head > start else ""
    if lower in ("committee", "commission"):
        return any(t.lower_ in _JOINT for t in doc[start:head])
    if lower == "council":
        return _high_level(doc, start, head) or country_pair(doc, start, head)
    if lower == "group":
        return before == "consultative" or (before == "working" and country_pair(doc, start, head))
    if lower == "force":
        return before == "task" and country_pair(doc, start, head)
    return False


def country_pair(doc: Doc, start: int, head: int) -> bool:
    """"Azerbaijan-Uzbekistan Supreme Interstate Council", "U.S.-EU Trade and Technology Council":
    two states (or a state and a union) joined by a hyphen in the name."""
    return any(doc[k + 1].text in HYPHENS and _side(doc[k].text) and _side(doc[k + 2].text) for k in range(start, head - 2)) \
        or any(len(sides := re.split("[-\u2013]", doc[k].text)) == 2 and all(map(_side, sides)) for k in range(start, head))  # "U.S.-PRC"


def _side(text: str) -> bool:
    found = country_by_alias(text)
    return (found is not None and found[1] in ("name", "demonym")) or igo_by_alias(text) is not None


def _high_level(doc: Doc, start: int, head: int) -> bool:
    """"High-Level Cooperation Council": the standing summit of two governments, not an organisation."""
    return any(doc[k].lower_ == "high" and doc[k + 1].text in HYPHENS and doc[k + 2].lower_ == "level"
               for k in range(start, head - 2))


def task_forces(doc: Doc, ids: TokenIds | None = None) -> list[Candidate]:
    """EVENT_NAME candidates for capitalised task forces named by two states, with the subject
    after "on" or "for" ("U.S.-EU Task Force on Energy Security")."""
    if ids is None:
        ids = token_ids(doc)
    found: list[Candidate] = []
    for i in ids.where_orth((string_id("Task"),)):
        head = i + 1
        if head >= len(doc) or doc[head].text != "Force":
            continue
        start = i
        while start > 0 and i - start < _REACH and (
                doc[start - 1].text[:1].isupper() or doc[start - 1].text in HYPHENS) and not doc[start - 1].is_sent_start:
            start -= 1
        if doc[start].text in HYPHENS or not standing_meeting(doc, start, head):
            continue
        end = head + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("on", "for") and doc[end + 1].text[:1].isupper():
            end += 2
            while end < len(doc) and (doc[end].text[:1].isupper() or (
                    doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
                end += 1
        found.append(Candidate(start, end, "EVENT_NAME", " ".join(doc[start:end].text.split()), PATTERN,
                               source="pattern:task-force"))
    return found
