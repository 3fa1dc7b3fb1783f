"""Hard-wrapped text: which line breaks only wrap a long line (the text's layout, read by the
ingest cleaning, which joins such lines into paragraphs, and by the parse, which reads the
breaks as spaces so that a raw text is cut into the same sentences as the same text ingested).

A wrap is told from a paragraph's, a heading's or a list item's end by the lines themselves:
the next line goes on in lower case, the first ends with a comma or a function word, or the
text is hard-wrapped at some width (`wrap_width`) and the first line fills it.

Two other readers decide wraps, on purpose not with `joins`: `accords.ingest.cleaning.unwrap` reads
`wrap_breaks` (the same walk), and `accords.indicators.clauses.unwrapped` joins the segments the parse
still splits at one line break unless the line closes (`SENTENCE_MARKS`, `CLOSING`, shared). That rule
is looser than `joins` (a line that ends no sentence goes on), which suits a figure cut from its
subject but would glue a plain-text heading into the next sentence for every fact kind if the parse
read it ("Disrespect for the dead" / "In more tragic ..." in tt 416893), so the parse keeps `joins`.
The marks of layout each adds differ too: a short line ending in a tag or an emphasis mark ("</u>",
"_", "*") is no line a wrapper pushed down here, while a segment ending in "70<sup>th</sup>" or
"*Conectadas*" goes on into its next line's "anniversary ..." / "program." in `unwrapped`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from accords.scan import items

#: A text whose usual line length is at most this is considered hard-wrapped.
MAX_WRAP_WIDTH = 100

#: A run of horizontal spaces (or a tab), read as one space.
HSPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]{2,}|\t")
#: A line that does not end a paragraph: a comma, an opening bracket, a function word.
CONTINUES = re.compile(r"[,(\[/&]$|\b(?:and|or|the|of|to|in|a|an|with|for|by)$")
#: A line that ends inside a hyphenated word ("Non-" / "oil").
HYPHEN_BREAK = re.compile(r"\w-$")
#: A web address or a Markdown link's target in a line.
_ADDRESS = re.compile(r"\]\(|https?://|www\.")
#: The marks that close a sentence, an item or a heading ("... insecurity.", "includes:"), and the quotes and
#: brackets that may stand after them: the one owner of what ends a line, read here and by
#: `accords.indicators.clauses.unwrapped` (each adds its own marks of layout; see `_pushed_down`).
SENTENCE_MARKS = ".!?:;"
CLOSING = r"[\"”’')\]]*"
#: A line that closes a sentence, an item or a heading: "... insecurity.", "includes:", "**Relief**", "</u>".
_LINE_CLOSED = re.compile(r"(?:[" + SENTENCE_MARKS + r">_]|\*)" + CLOSING + "$")


def flat(line: str) -> str:
    """`line` with its runs of spaces as one space, stripped."""
    return HSPACE_RUN.sub(" ", line).strip()


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text was hard-wrapped at, or None when it was not hard-wrapped.

    A text is hard-wrapped when its usual line length is short and at least three lines
    near that length run straight on into another line, one of them into a line that goes on
    in lower case. The usual length leaves out the lines
    that hold a web address (unless they are a fifth of the lines or more): a wrapper never
    breaks an address, so they run long (White House pages
    in Markdown, where a few long links had made a wrapped text look unwrapped and split its
    sentences at every line end: "the U.S. Agency for International" / "Development (USAID)").
    """
    lengths = sorted(len(line) for line in lines if line)
    # a line with a link's address runs past the width by the address's length ("[text](https://...)");
    # not in a list of links, one a line ("[Alabama](https://...)"), which is no wrapped text
    plain = sorted(len(line) for line in lines if line and not _ADDRESS.search(line))
    if len(plain) >= 0.8 * len(lengths):
        lengths = plain
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > MAX_WRAP_WIDTH:
        return None
    full_and_continued = [
        after for line, after in itertools.pairwise(lines) if line and after and len(line) >= 0.7 * width
    ]
    # a wrapper breaks sentences, so some full line goes on in lower case; a table of short
    # lines of much the same length ("England (Group A): 10th appearance") breaks none
    goes_on = any(after[:1].isalpha() and after[:1].islower() for after in full_and_continued)
    return width if len(full_and_continued) >= 3 and goes_on else None


def soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of raw `text` that `accords.ingest.cleaning.unwrap` joins
    inside a block: the wrap of a long line, not the end of a paragraph, a heading or an item.

    The parse reads them as spaces (`accords.nlp.normalise_for_nlp`), so a text read as it
    came (an article record, `accords.extract`) is cut into the same sentences as the same
    text ingested, and a White House readout wrapped at 72 characters is no longer parsed one
    line a sentence ("met today with Prime Minister Magdalena" / "Andersson of Sweden"). A
    break after a hyphenated word part stays (joining it takes a character out), and so does a
    break before an indented line (a list item's next line: read as a space, the indent would
    be a gap inside the sentence, which the parse reads worse than a line break).
    """
    if "\n" not in text:
        return []
    raw = text.split("\n")
    lines = [flat(line) for line in raw]
    breaks: list[int] = []
    offset = 0
    for index, wrapped in enumerate(wrap_breaks(lines)):
        offset += len(raw[index])
        if wrapped and not HYPHEN_BREAK.search(lines[index]) and not raw[index + 1][:1].isspace():
            breaks.append(offset)
        offset += 1
    return breaks


def wrap_breaks(lines: Sequence[str]) -> list[bool]:
    """For each break between two lines (`lines[i]`, `lines[i + 1]`), whether it only wraps a
    long line (`joins`, in a text hard-wrapped at `wrap_width(lines)` or not at all): the one
    walk over line pairs that the ingest cleaning (`accords.ingest.cleaning.unwrap`, which joins
    them into paragraphs) and the parse (`soft_breaks`, which reads them as spaces) both read.
    A break next to a blank line is none."""
    width = wrap_width(lines)
    return [bool(previous and line) and joins(previous, line, width) for previous, line in itertools.pairwise(lines)]


def joins(previous: str, line: str, width: int | None) -> bool:
    """Whether the break between two lines of one block only wraps a line: the next line opens
    no list item and starts in lower case, or the first ends with a comma, an opening bracket or
    a function word, or (in a hard-wrapped text of that `width`) the first fills the width or
    was left short only because the next word did not fit (`_pushed_down`)."""
    if items.OPENS_ITEM.match(line):
        return False
    first = line[:1]
    if first.isalpha() and first.islower():
        return True
    if CONTINUES.search(previous):
        return True
    if width is None:
        return False
    return len(previous) >= 0.7 * width or _pushed_down(previous, line, width)


def _pushed_down(previous: str, line: str, width: int) -> bool:
    """Whether the wrapper broke a short line only because the next line's first word did not
    fit on it: a word bound to the next ones by no-break spaces or to a link's address is one
    word to a wrapper ("Today, Vice President Kamala" / "Harris\xa0[convened](https://...)",
    "between Guatemala and the United" / "States\xa0so\xa0we\xa0can"). Kept apart, the two lines
    became two paragraphs and the name across them two halves. A line that closes a sentence,
    an item or a heading, or is written in capitals, stays apart."""
    if _LINE_CLOSED.search(previous) or previous.upper() == previous:
        return False
    return len(previous) + 1 + len(line.split(" ", 1)[0]) > width
