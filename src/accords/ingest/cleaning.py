"""Text cleaning: page junk out, hard line breaks unwrapped, one blank line between paragraphs.

Pure functions on strings and lists of lines. The rules are deliberately narrow so that no
article sentence is lost:

- a junk rule drops a *whole* line, and only a short one that matches a junk pattern from
  end to end (comment forms, share prompts, cookie notes, "Read more:" links, licence
  footers); a sentence that merely mentions "share" or "cookies" stays;
- unwrapping joins two lines of a block only when the first cannot end a paragraph (the
  next starts in lower case, the first ends with a comma or a hyphenated word part, or the
  first fills the text's wrap width), so headings and one-line paragraphs stay apart;
- typographic quotes and apostrophes are kept; only whitespace is normalised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from accords.scan.wraps import CONTINUES, HYPHEN_BREAK, flat, wrap_breaks

#: Lines longer than this are never junk (a cookie note may be one long sentence).
MAX_JUNK_CHARS = 300

_SOCIAL = r"(?:facebook|twitter|x|telegram|whatsapp|linkedin|instagram|youtube|vk|reddit|pinterest|email|e-mail|messenger|viber)"

_JUNK_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # comment forms
        r"(?:sender(?:'s)? |your |full )?name is (?:required|invalid|not valid)\.?",
        r"(?:your )?(?:e-?mail|comment|message|captcha|text)(?: address)? is (?:required|invalid|not valid)\.?",
        r"characters? (?:left|remaining):?\s*\d+",
        r"\d+\s+characters? (?:left|remaining)",
        r"(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply)s?:?",
        r"(?:your )?e-?mail address will not be published\.?.*",
        r"required fields are marked.*",
        r"(?:send|submit|post|reply|cancel reply)",
        r"\d*\s*comments?(?:\s*\(\d+\))?:?",
        r"(?:show|view|load) (?:all |more )?comments?",
        # share and follow prompts
        r"share(?: (?:this|the) (?:article|story|post|page|news))?(?:\s*(?:on|via|to|with))?\s*" + _SOCIAL + r"?\s*:?",
        r"(?:share|send|post)\s+(?:on|via|to)\s+" + _SOCIAL,
        r"(?:print|email|e-mail|tweet|copy link|copy url|save|bookmark)(?: this)?(?: (?:article|story|page|news))?",
        r"(?:print|email|share|tweet)(?:\s*[|/·•,]\s*(?:print|email|share|tweet|" + _SOCIAL[3:-1] + r"))+",
        r"(?:follow|join|subscribe to|find) (?:us|our [\w ]{1,30}?) (?:on|in|at) [\w ,&]{1,40}\.?",
        _SOCIAL + r"(?:\s*[|/·•,]?\s*" + _SOCIAL + r")*",
        r"(?:sign up|subscribe)(?: to| for)? (?:our|the) (?:\w+ )?newsletters?.*",
        # cookie notes
        r"(?:we|this (?:web)?site|our (?:web)?site|this page)\s+(?:use|uses)\s+cookies\b.*",
        r"by (?:continuing|using|browsing)\b.{0,120}\bcookies\b.*",
        r"(?:read|see|view) our (?:cookie|privacy) (?:policy|notice).*",
        r"(?:accept|reject|decline|manage)(?: all)?(?: cookies)?",
        # link lists
        r"(?:read more|read also|also read|see also|more on this(?: story)?|related(?: articles?| news| stories| posts)?|recommended|you may also like|most read|most popular)\s*(?:[:>»|–—-].*)?",  # noqa: E501  (one rule kept on one line)
        r"(?:tags?|keywords|topics)\s*:.*",
        r"(?:advertisement|advertising|sponsored(?: content)?|ad)",
        # licence and copyright footers
        r"all (?:content|contents|materials?|rights)\b.*(?:licensed under|reserved).*",
        r"(?:this (?:work|article|content) is )?licensed under (?:a |the )?creative commons.*",
        r"(?:©|\(c\)|copyright\b).{0,200}",
    )
)

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalise_whitespace(text: str) -> list[str]:
    """The lines of `text`, NFC, without invisible characters, runs of spaces collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return [flat(line) for line in text.split("\n")]


def is_junk(line: str) -> bool:
    """Whether the whole line is page furniture (comment form, share prompt, cookie note...)."""
    line = line.strip()
    if not line or len(line) > MAX_JUNK_CHARS:
        return False
    return any(pattern.fullmatch(line) for pattern in _JUNK_PATTERNS)


def drop_junk(lines: Iterable[str]) -> list[str]:
    """`lines` without the junk lines; blank lines are kept as paragraph separators."""
    return [line for line in lines if not is_junk(line)]


def unwrap(lines: Sequence[str], *, keep_apart: Callable[[str], bool] | None = None) -> list[str]:
    """Paragraphs from lines: blocks split at blank lines, hard-wrapped lines joined.

    Two lines of a block are joined (with a space, or without one after a hyphenated word
    part) when the break between them only wraps a line (`accords.scan.wraps.wrap_breaks`,
    which the parse reads too: the next starts in lower case, the first ends with a comma, an
    opening bracket or a function word, or the text is hard-wrapped and the first line fills
    the wrap width); a line that starts a list item is never joined, nor (unless the first
    line ends with a comma or a function word) a line for which `keep_apart` is true, such
    as a date or byline line. Lines that stay apart become paragraphs of their own.
    """
    wrapped = wrap_breaks(lines)
    paragraphs: list[str] = []
    current = ""
    previous = ""  # the previous physical line of the current block
    for index, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = previous = ""
            continue
        if not current:
            current = previous = line
            continue
        if HYPHEN_BREAK.search(previous) and line[:1].isalpha() and line[:1].islower():
            current += line
        elif _inside_link(current, line) or (wrapped[index - 1] and (
            keep_apart is None or CONTINUES.search(previous) or not (keep_apart(previous) or keep_apart(line))
        )):
            current += " " + line
        else:
            paragraphs.append(current)
            current = line
        previous = line
    if current:
        paragraphs.append(current)
    return paragraphs


def _inside_link(current: str, line: str) -> bool:
    """Whether the break falls inside a Markdown link's words: the block so far opens a "["
    that no "]" closes, and the line closes it before the address ("Roughly [20 million
    additional" / "Americans](https://...)": the long address pushed the words onto a line of
    their own). Kept apart, the link's words were split across two paragraphs, and a name in
    them ("[Prime Minister Kishida" / "Fumio](...)") with them."""
    return current.rfind("[") > current.rfind("]") and "](" in line and "[" not in line.split("](", 1)[0]


def dedupe_consecutive(paragraphs: Iterable[str]) -> list[str]:
    """Paragraphs with immediate repetitions removed (scrapers often print a block twice).

    A sentence that really is repeated right after itself, on a line of its own, is removed
    too: the text alone cannot tell it from a printed-twice line."""
    result: list[str] = []
    for paragraph in paragraphs:
        if result and _key(result[-1]) == _key(paragraph):
            continue
        result.append(paragraph)
    return result


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def same_line(a: str, b: str) -> bool:
    """Whether two lines are the same text up to case and spacing."""
    return _key(a) == _key(b)
