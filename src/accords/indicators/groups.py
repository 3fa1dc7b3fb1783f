"""A group of states that is a figure's subject, as its members: "Quad countries will ... limit it to 1.5°C",
"Quad partners have collectively provided 257 million ... doses".

The Quad has no entry of its own among the organisations (it has no secretariat, and the gold names its four
members where the text makes the group a figure's subject: tests/gold/README.md). Where the subject of the
figure's clause is the Quad ("the Quad", "Quad countries", "Quad partners", "Quad leaders", "Quad members") and
a verb follows it, the figure is its four members'; a name that only begins with the group's ("the Quad Vaccine
Partnership's financing", "the Quad Fellowship") is no such subject.
"""

from __future__ import annotations

import re

from accords.gazetteer import memberships

#: The group as the subject of a verb: "Quad countries will", "the Quad partners have collectively provided".
_GROUP_SUBJECT = re.compile(
    r"\b(?P<group>Quad)(?:\s+(?:countries|partners|leaders|members|nations|governments))?\s+"
    r"(?:(?:have|has|had|will|would|are|is|also|collectively|jointly|together|further)\s+)*"
    r"(?:will|have|has|are|commit\w*|pledg\w*|provid\w*|deliver\w*|donat\w*|work\w*|intend\w*|plan\w*|"
    r"launch\w*|announc\w*|financ\w*|fund\w*|invest\w*|support\w*|pursu\w*)\b"
)
#: A break between the group's clause and the figure: a semicolon, or a new subject after ", and".
_BREAK = re.compile(r";|\.\s")


def group_members(text: str, sentence_start: int, figure_start: int, subjects: tuple[str, ...]) -> tuple[str, ...]:
    """The members of a group whose name is the subject of the figure's clause before it (`accords.gazetteer.memberships`), else `subjects`."""
    found = next(reversed(list(_GROUP_SUBJECT.finditer(text, sentence_start, figure_start))), None)
    if found is None or _BREAK.search(text, found.end(), figure_start):
        return subjects
    return memberships.members(found.group("group"))
