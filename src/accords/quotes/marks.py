"""Direct quotations: the spans between quotation marks, including quotes over paragraphs.

`Article.text` keeps typographic marks (“ ” « »), which say which side they open; straight
marks (") are read by position: after a space, a line start, a colon or a bracket they open,
otherwise they close; one typed with spaces on both sides opens after a clause's end or at a
paragraph's start (`" We are ready, " she said`) and closes after the quote's punctuation. A
quote whose paragraph ends without a closing mark continues when the
next paragraph opens with a mark (the newspaper convention for long quotes); a quote left
open with no continuation ends with its paragraph. Where a source lost the paragraph breaks
(`… make this happen. "This spirit of cooperation …"` on one line), an opening mark right
after a sentence end inside an open quote ends it and opens the next. Speech set in single
marks (`'We are ready,' Gould said`) is a quotation only with a reporting clause right after it
and outside every double-marked one (`single_quoted`). A straight mark glued to a sentence's end
and a capital (`… in 2015."We need …"`, the space lost) opens a quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from accords.model import Segment

OPENING = "\u201c\u00ab\u201e"
CLOSING = "\u201d\u00bb"
STRAIGHT = '"'
#: Two closing single marks stand for a closing double one in some wire copy ("voters,’’ Will
#: Moy … told the BBC"): they close an open quote, and open none.
DOUBLED_CLOSING = "\u2019\u2019"
_MARK = re.compile("[" + re.escape(OPENING + CLOSING + STRAIGHT) + "]|" + DOUBLED_CLOSING)
#: A quote needs at least this many words: one quoted word is a scare quote, never speech.
MIN_WORDS = 2
#: A quote shorter than this ("very moved", "is our dream") is a fragment: speech only when a
#: reporting clause of its own sentence gives it a speaker (the quotes stage checks that).
FRAGMENT_WORDS = 4


@dataclass(frozen=True)
class QuotedSpan:
    """The words of one quotation: one span per paragraph it covers, marks excluded."""

    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _opens(text: str, index: int) -> bool:
    """Whether the mark at `index` opens a quotation. A typographic mark says which side it
    opens, unless it stands where only the other side can (a source's or a keyboard's slip):
    an opening mark after a word's last letter and before a space or punctuation closes
    (`… like mine.“ She left`), a closing mark after a space or a colon and before a letter
    opens (`wrote: ”The fees …`). A straight mark is read by its place alone."""
    char = text[index]
    before = text[index - 1] if index > 0 else "\n"
    after = text[index + 1] if index + 1 < len(text) else " "
    if char in OPENING:
        return not (before.isalnum() or before in ".,!?…") or not (after.isspace() or after in ".,;:!?)")
    if char in CLOSING:
        return (before.isspace() or before in "([:") and (after.isalnum() or after in "‘'")
    return (before.isspace() or before in "([:—–-") and not after.isspace()


_SENTENCE_END_BEFORE = re.compile(r"[.!?…]\s+$")
#: A straight mark with a space on both sides after a clause's end: `… he told Cook. " You guys …`.
_SPACED_OPENING = re.compile(r'(?:(?<=[.!?…,:]) +|(?<![^\n]))" +(?=[A-Z])')  # (or opening a paragraph)
#: A straight mark that can close: after a word's end or its punctuation, not after a space.
_CLOSING_STRAIGHT = re.compile(r'(?<=[\w.,!?…])"|(?<=[.,!?…] )"(?=\s|$)')  # (`… next, " she said`: typed spaced)


def _spaced_opening(text: str, index: int, end: int, continued: bool) -> int | None:
    """Where the words of a quotation opened by a straight mark typed with a space after it
    start (`"I don't need one," he told Cook. " You guys have done such a good job."`), when no
    quote is open and a closing straight mark follows in the paragraph (or the next paragraph
    opens with a mark, `continued`: a quote over paragraphs); else None. The mark
    stands after a sentence's or a clause's end and before a capital, so the closing mark of a
    quote whose opening mark was missed (`… everything. " The only parts …`) is still read as
    closing whenever its opening one was seen."""
    if _SPACED_OPENING.match(text, text.rfind(" ", 0, index) if index > 0 and text[index - 1] == " " else index) is None:
        return None
    start = index + 1
    while start < end and text[start] == " ":
        start += 1
    return start if continued or _CLOSING_STRAIGHT.search(text, start, end) else None


#: A straight mark glued to the end of the sentence before it and to the capital after it, the space
#: lost in the source (`… opened in 2015."We need more staff."`).
_GLUED_OPENING = re.compile(r'(?<=[a-z\d)][.!?])"(?=[A-Z])')


def _glued_opening(text: str, index: int, end: int) -> bool:
    """Whether a straight mark met while no quote is open opens one though no space stands before it:
    glued to a sentence's end and to a capital (`_GLUED_OPENING`), with a closing straight mark
    after its words in the paragraph."""
    return _GLUED_OPENING.match(text, index) is not None and _CLOSING_STRAIGHT.search(text, index + 2, end) is not None


def _reopens(text: str, index: int) -> bool:
    """Whether a mark met while a quote is open starts a new quotation after a lost paragraph
    break: an opening mark (or a straight one placed as an opening one) right after the end
    of a sentence and a space (`… happen. "This spirit …`), never a closing mark
    (`… happen." he said`) or one inside a sentence (`the term "xyz"`)."""
    return (text[index] in OPENING + STRAIGHT and _opens(text, index)
            and _SENTENCE_END_BEFORE.search(text, max(0, index - 3), index) is not None)


def quoted_spans(text: str, paragraphs: Sequence[Segment]) -> tuple[QuotedSpan, ...]:
    """Every quotation of at least `MIN_WORDS` words, in text order."""
    found: list[QuotedSpan] = []
    pending: list[tuple[int, int]] = []  # pieces of a quote still open at a paragraph end
    for number, paragraph in enumerate(paragraphs):
        open_at: int | None = None
        runs_on = bool(pending) and number > 0 and _runs_on(text, paragraphs[number - 1], paragraph)
        if pending and text[paragraph.start] in OPENING + STRAIGHT:
            open_at = paragraph.start + 1
        elif runs_on:
            # `“In Tblisi, met with President | Zourabichvili_S and …”`: one piece over the line break
            open_at = pending.pop()[0]
        elif pending:
            found.append(QuotedSpan(tuple(pending)))
            pending = []
        start_index = paragraph.start if runs_on else open_at if open_at is not None else paragraph.start
        for mark in _MARK.finditer(text, start_index, paragraph.end):  # the marks only, not every character
            index, char = mark.start(), mark.group()
            if char == DOUBLED_CLOSING:
                if open_at is not None:
                    pending.append((open_at, index))
                    found.append(QuotedSpan(tuple(pending)))
                    pending, open_at = [], None
                continue
            if open_at is None:
                if _opens(text, index):
                    open_at = index + 1
                elif char == STRAIGHT and (spaced := _spaced_opening(
                        text, index, paragraph.end, _continued(text, paragraphs, number))) is not None:
                    open_at = spaced
                elif char == STRAIGHT and _glued_opening(text, index, paragraph.end):
                    open_at = index + 1
            elif _reopens(text, index):
                # `… make this happen. "This spirit of …`: a paragraph break lost in the source;
                # the open quote ended with its sentence and this mark opens the next paragraph's
                pending.append(_trim(text, open_at, index))
                found.append(QuotedSpan(tuple(pending)))
                pending, open_at = [], index + 1
            elif char == STRAIGHT or char in CLOSING or not _opens(text, index):
                pending.append((open_at, index))
                found.append(QuotedSpan(tuple(pending)))
                pending, open_at = [], None
        if open_at is not None:
            pending.append(_trim(text, open_at, paragraph.end))
            if not _continued(text, paragraphs, number) and not (
                    number + 1 < len(paragraphs) and _runs_on(text, paragraph, paragraphs[number + 1])):
                found.append(QuotedSpan(tuple(pending)))
                pending = []
    if pending:
        found.append(QuotedSpan(tuple(pending)))
    found = [span for span in found if words(text, span) >= MIN_WORDS]
    singles = [span for span in single_quoted(text, paragraphs)
               if not any(s.start - 1 <= span.start and span.end <= s.end + 1 for s in found)]
    return tuple(sorted(found + singles, key=lambda span: span.start))


#: A quotation set in single marks, as some outlets write speech (`'We are ready,' Gould said`):
#: the opening mark after a space, a line start or a bracket and before a capital, the closing
#: one after the quote's own comma, full stop, question or exclamation mark and before a space,
#: and a reporting verb (`_SINGLE_CUE`) right after it. An apostrophe inside a word ("it's",
#: "Iran's") or before one ("'til", "'90s") closes nothing: a closing mark follows punctuation, or
#: stands before the comma set outside it (`'We are ready', Gould said`, `outside`: then the quote
#: needs `FRAGMENT_WORDS` words, so a name in marks, `'Axis of Resistance', he said`, is none).
_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[]))['\u2018](?P<words>[A-Z](?:[^'\u2018\u2019\"\u201c\u201d\n]|(?<=\w)['\u2019](?=\w))*?"
    r"(?:[,.!?](?=['\u2019](?:\s|$))|(?P<outside>\w(?=['\u2019],\s))))['\u2019]", re.MULTILINE)
#: What follows the closing single mark of speech: a pronoun or up to four capitalised words, then a reporting verb
#: in the past (a headline's present, `'…,' says top official`, names whom the text names later, if at all).
_SINGLE_CUE = re.compile(
    r"\s+(?:(?:he|she|they|I|we)|(?:(?:the\s+)?[A-Z][\w.\u2019'-]*\s+){0,4}?)\s*"
    r"(?:said|told|added|asked|explained|stated|warned|noted|insisted|argued|replied|wrote|continued|"
    r"declared|claimed|admitted|recalled|remarked|stressed|concluded|tweeted)\b")


def single_quoted(text: str, paragraphs: Sequence[Segment]) -> list[QuotedSpan]:
    """Quotations in single marks (`_SINGLE`) with a reporting clause right after (`_SINGLE_CUE`),
    of at least `MIN_WORDS` words, one paragraph each."""
    found = []
    for paragraph in paragraphs:
        for match in _SINGLE.finditer(text, paragraph.start, paragraph.end):
            outside = match.group("outside") is not None
            if (_SINGLE_CUE.match(text, match.end() + outside) is not None
                    and len(match.group("words").split()) >= (FRAGMENT_WORDS if outside else MIN_WORDS)):
                found.append(QuotedSpan((match.span("words"),)))
    return found


def _runs_on(text: str, paragraph: Segment, following: Segment) -> bool:
    """Whether a quote left open at the end of `paragraph` runs on into the `following` one: a line
    broken inside a sentence (the paragraph ends on a word, no punctuation; the next opens with a
    letter), and the first typographic mark of the next paragraph closes (`“In Tblisi, met with
    President | Zourabichvili_S and PM … Persian Gulf.” “Special …`). The quote is then one piece
    over the break, not one quote per paragraph (a line's few words are no quote of their own)."""
    last = text[paragraph.end - 1] if paragraph.end > paragraph.start else "."
    if not last.isalnum() or not text[following.start:following.start + 1].isalnum():
        return False
    first = re.search("[" + OPENING + CLOSING + "]", text[following.start:following.end])
    return first is not None and first.group() in CLOSING


def _continued(text: str, paragraphs: Sequence[Segment], number: int) -> bool:
    """Whether the paragraph after paragraph `number` opens with a quotation mark."""
    return number + 1 < len(paragraphs) and text[paragraphs[number + 1].start] in OPENING + STRAIGHT


def is_fragment(text: str, span: QuotedSpan) -> bool:
    """Whether the quotation is a fragment of under `FRAGMENT_WORDS` words."""
    return words(text, span) < FRAGMENT_WORDS


def past_closing_mark(text: str, start: int, end: int) -> int:
    """The end of a clause, past the closing mark of quoted words it opened (`should be resolved
    “peacefully”`, not `… “peacefully`; `“to pay.”`, not `“to pay`): the one owner of that rule for reported clauses and
    partial quotes, so one clause never gives two quotes that differ by a mark."""
    inside = text[start:end]
    opened = inside.count("\u201c") - inside.count("\u201d") + inside.count('"') % 2
    if opened > 0 and end < len(text) and text[end] in '\u201d"':
        return end + 1
    if opened > 0 and end + 1 < len(text) and text[end] in ".,!?" and text[end + 1] in '\u201d"':
        return end + 2  # `… that “someone will have to pay.”`: the quote's own full stop or comma, then its mark
    return end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def words(text: str, span: QuotedSpan) -> int:
    """How many words the quotation holds, over all its pieces."""
    return sum(len(text[s:e].split()) for s, e in span.pieces)
