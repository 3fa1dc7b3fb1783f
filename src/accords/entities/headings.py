"""Title Case headings: where the small model's names are guesses.

Fact sheets and web pages set their headings in Title Case ("**Advance Ambitious Wind Energy
Projects**", "Support Affordable Housing in Guatemala"). There every word is capitalised, so
spaCy's NER reads common nouns as names ("Largest Port Complex", "Good Jobs", "Medium
Enterprises"). A name the model finds only in such a heading, nowhere else in the text, and
whose every word the text also uses in lower case (a common word, not a name: "jobs", "port"),
is dropped. Names the body repeats, names with a word the text never writes in lower case
("Kristen Cloutier", "San Joaquin River Basin"), gazetteer and pattern names are kept.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from accords.nlp import PARAGRAPH_BREAK, doc_text
from accords.scan.items import BULLET

if TYPE_CHECKING:
    from accords.entities.candidates import Candidate
    from accords.entities.tokens import TokenIds

_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")

#: A heading is short: a line of a list of names or a sentence is not one.
_MAX_WORDS = 20
#: Short words a Title Case heading may leave in lower case ("Partnership for Central America").
_MIN_CONTENT_LENGTH = 4


#: Where `_break_ends` keeps a Doc's paragraph breaks (`Doc.user_data` travels with the Doc).
_BREAKS_KEY = "accords.paragraph_break_ends"


def _break_ends(doc: Doc, text: str) -> list[int]:
    """The end offsets of the text's paragraph breaks, found once per Doc: every spaCy name
    asks for its paragraph, and scanning the text from its start for each was quadratic."""
    ends = doc.user_data.get(_BREAKS_KEY)
    if ends is None:
        ends = doc.user_data[_BREAKS_KEY] = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    return ends


def _paragraph(text: str, ends: list[int], start: int, end: int) -> tuple[int, int]:
    """The blank-line paragraph around [start, end): from the last break ending at or before
    `start` to the first break after `end`."""
    count = bisect.bisect_right(ends, start)
    before = ends[count - 1] if count else 0
    after = PARAGRAPH_BREAK.search(text, end)
    return before, after.start() if after else len(text)


def _segment(text: str, ends: list[int], start: int, end: int) -> tuple[int, int, bool]:
    """The bold run ("**...**") the span sits in, else its paragraph; and whether it is bold."""
    first, last = _paragraph(text, ends, start, end)
    opened = text.rfind("**", first, start)
    if opened != -1 and text.count("**", first, start) % 2 == 1:
        closed = text.find("**", end, last)
        if closed != -1:
            return opened + 2, closed, True
    return first, last, False


def _title_case(text: str, first: int, last: int, bold: bool = False) -> bool:
    """Whether text[first:last] is a heading: every content word capitalised, at least three
    of them, a short run that is no list. A bold run that is a whole paragraph is a heading by
    its markup: two content words are enough, and it may list ("**Batteries, Battery Components
    and Parts, and Critical Minerals**", "**Solar Cells**")."""
    if text.count(",", first, last) >= 2 and not bold:
        return False
    # read no further than one word past the limit: a long paragraph is no heading
    words = [m.group() for m in itertools.islice(_WORD.finditer(text, first, last), _MAX_WORDS + 1)]
    if len(words) > _MAX_WORDS:
        return False
    content = [w for w in words if len(w) >= _MIN_CONTENT_LENGTH]
    return len(content) >= (2 if bold else 3) and all(w[0].isupper() for w in content)


def _own_paragraph(text: str, ends: list[int], first: int, last: int) -> bool:
    """Whether the bold run text[first:last] ("**" around it) is its paragraph, alone: a heading,
    not a bold phrase inside a sentence."""
    para_first, para_last = _paragraph(text, ends, first, last)
    return not text[para_first:first - 2].strip() and not text[last + 2:para_last].strip()


#: What may open a paragraph before a bold lead-in: a list item's bullet.
_BULLET = re.compile(rf"\s*(?:{BULLET}\s+)?")


def _lead_in(text: str, ends: list[int], first: int, last: int) -> bool:
    """Whether the bold run text[first:last] ("**" around it) is a lead-in: it opens its paragraph or
    list item, ends with a full stop or a colon, and the paragraph goes on after it ("**Curb Illicit
    Finance.** The Biden-Harris Administration has pledged ...")."""
    para_first, para_last = _paragraph(text, ends, first, last)
    if _BULLET.fullmatch(text, para_first, first - 2) is None or not text[last + 2:para_last].strip():
        return False
    return text[first:last].rstrip().endswith((".", ":")) or text[last + 2:last + 3] in (".", ":")


def _mostly_common_words(text: str, name: str) -> bool:
    """Two words of `name` (three letters or more) or more, all but one of them, begin a word the text
    writes in lower case ("Curb Illicit Finance": "illicit", "finance"; "Resource Efforts": "resources",
    "efforts"); a person's name ("Jennifer Rubin") has none."""
    words = [w for w in _WORD.findall(name) if len(w) >= 3]
    common = sum(1 for w in words if re.search(rf"\b{re.escape(w.lower())}", text))
    return common >= 2 and common >= len(words) - 1


def _common_words(text: str, name: str) -> bool:
    """Every word of `name` (three letters or more) occurs in lower case somewhere in `text`."""
    words = [w for w in _WORD.findall(name) if len(w) >= 3]
    return bool(words) and all(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in words)


def heading_only(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) sit in a Title Case heading, occur nowhere else in the text,
    and are all words the text also writes in lower case."""
    text = doc_text(doc)
    begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    ends = _break_ends(doc, text)
    first, last, bold = _segment(text, ends, begin, finish)
    lead = bold and _lead_in(text, ends, first, last)
    if not _title_case(text, first, last, bold and (lead or _own_paragraph(text, ends, first, last))):
        return False
    name = text[begin:finish]
    # a Title Case lead-in is a sentence set in capitals ("**Curb Illicit Finance.**"): a name found only
    # there is the model's guess when the body writes most of its words in lower case
    return text.count(name) == text.count(name, first, last) and (
        _mostly_common_words(text, name) if lead else _common_words(text, name))


#: Verbs a heading puts right after the body that acts ("**Department of Commerce Updates its Entity
#: List:**", "Department of Labor Updates the List"): Title Case glues them to the name.
_HEADING_VERBS = frozenset({"updates", "announces", "launches", "releases", "expands", "issues", "adds",
                            "designates", "imposes", "unveils", "establishes", "extends", "publishes",
                            "strengthens", "takes", "invests", "commits", "awards", "approves", "signs"})
#: Tags of the word after such a verb: its object opens ("its", "the", "a", "new" is no tag of these).
_OBJECT_OPENERS = frozenset({"DT", "PRP$"})


def without_heading_verb(doc: Doc, ids: TokenIds, cand: Candidate) -> Candidate:
    """`cand` without a heading's verb glued to its end ("Department of Commerce Updates" before "its
    Entity List"): the verb of `_HEADING_VERBS` is tagged a verb, or its object opens right after it."""
    last = cand.end - 1
    if cand.type not in ("ORG", "PROJECT", "EVENT_NAME") or cand.end - cand.start < 2 or doc[last].lower_ not in _HEADING_VERBS:
        return cand
    after = doc[cand.end] if cand.end < len(doc) else None
    if doc[last].tag_ != "VBZ" and (after is None or after.tag_ not in _OBJECT_OPENERS):
        return cand
    if not doc[last - 1].text[:1].isupper():
        return cand
    name = ids.span_text(cand.start, last)
    return dataclasses.replace(cand, end=last, name=name, aliases=tuple(a for a in cand.aliases if a != cand.name))
