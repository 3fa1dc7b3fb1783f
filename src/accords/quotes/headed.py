"""Statements set out under a bold heading that names whose they are: a release that collects
several people's and organisations' statements one after another ("**Statement of UAW President Ray
Curry:**", "**Joint Statement of Ford, GM, and Stellantis:**"), or a "What they are saying" page
("**Senator John Fetterman (D-PA):** “…” [[Tweet](…), 5/3/24]"), each statement in quotation marks,
with no reporting verb.

The heading opens a paragraph, wrapped in double asterisks (markdown bold), and ends with a colon
(inside or outside the asterisks) right before the statement's opening mark, on the same line or the
next; a heading that opens with "Statement of", "Statement from", "Statement by" or "Joint Statement
of" may go without the colon. A quote belongs to the heading when every paragraph between them opens
with a quotation mark (the statement's earlier paragraphs): prose or another heading between ends
the statement. The speaker is the person the heading names ("UAW President Ray Curry" → Ray Curry,
"Nathan Diament, Executive Director for …" → Nathan Diament), else the heading's words as written:
after "Statement of" all of them ("Ford, GM, and Stellantis"), otherwise those before a comma or a
parenthesis ("AIPAC", "Orthodox Union Advocacy Center"). A heading of a section ("**Organizations:**"
on a line of its own) has no statement after it. A pure function of the article text and the people
the quotes stage knows (`headed_speaker`).
"""

from __future__ import annotations

import re

from accords.quotes.resolved import Speaker
from accords.quotes.speakers import People

_STATEMENT_OF = r"(?P<statement>(?:Joint\s+)?Statements?\s+(?:of|from|by)\s+)?"
#: A bold heading opening a paragraph, its colon and the statement's opening mark after it on the same
#: line or the next: "**X:** “", "**X**: “", "**X: **“", "**X: “**"; after "**Statement of X:**" (its
#: colon optional) the statement may open the next paragraph.
_HEADING = re.compile(
    r"(?:^|\n)[ \t]*\*\*" + _STATEMENT_OF + r"(?P<who>[^*\n:]{2,160}?(?:\n[^*\n:]{1,160}?){0,2}?)\s*"
    r"(?:(?::\s*\*\*|\*\*\s*:)|(?(statement)\*\*|(?!)))(?(statement)\s*|[ \t]*\n?[ \t]*)(?=\*{0,2}[\"\u201c])"
    r"|(?:^|\n)[ \t]*\*\*" + _STATEMENT_OF.replace("statement", "statement2") + r"(?P<who2>[^*\n:]{2,160}?)\s*:\s*(?=[\"\u201c]\*\*)",
)
#: A paragraph break: an empty line (blank or spaces only).
_BREAK = re.compile(r"\n[ \t]*\n")
_OPENING = "\u201c\"*"
#: How far back from a quote its heading may be: a statement of a few paragraphs.
_REACH = 6000
_MOST_WORDS = 16


def headed_speaker(people: People, text: str, start: int) -> Speaker | None:
    """The author of the statement whose heading the quote opening at `start` is under, or None."""
    heading = None
    for match in _HEADING.finditer(text, max(0, start - _REACH), start + 3):  # (the mark may be in bold)
        if match.end() < start:
            heading = match
    if heading is None:
        return None
    between = text[heading.end():start]
    for paragraph in _BREAK.split(between):
        words = paragraph.strip()
        if words and words[0] not in _OPENING:
            return None  # prose between the heading and the quote: the statement ended
    group = "who" if heading.group("who") is not None else "who2"
    statement = heading.group("statement") or heading.group("statement2")
    who_start, who_end = heading.start(group), heading.end(group)
    who = re.sub(r"\s+", " ", heading.group(group)).strip()
    if not who or len(who.split()) > _MOST_WORDS:
        return None
    if not statement:  # "Natan Sachs, Director of the Brookings …": the name before the office
        cut = re.search(r"\s*[,(]", text[who_start:who_end])
        who_end = who_start + cut.start() if cut is not None else who_end
    for ref in people.references(who_start, who_end):
        entity = people.person(ref.entity)
        if ref.kind == "name" and entity is not None and entity.type == "PERSON":
            return Speaker(entity.id, entity.name, "person", 0.7)
    if statement:
        return Speaker(None, who, "name", 0.5)
    who = re.split(r"\s*[,(]", who)[0].strip()
    return Speaker(None, who, "name", 0.5) if _NAME.fullmatch(who) and who.split()[0] not in _NOT_NAMES else None


#: A name written as a heading: capitalised words, joined by "of", "for", "the", "and" or "&"
#: ("Orthodox Union Advocacy Center", "AIPAC"), at most six ("From today's conversation" is none).
_NAME = re.compile(r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|for|the|and|&)){0,5}")
#: Capitalised words that open a heading of no one's name ("From the Readout:", "Read more:").
_NOT_NAMES = frozenset("From In On At See Read Watch Note More Background Organizations Officials".split())
