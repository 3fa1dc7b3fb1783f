"""Where quotations sit: sentences joined over abbreviations, the paragraph of each sentence,
and the quotations that are titles, headings or sentences of their own rather than phrases set
into other words, spoken clauses closing a narrative sentence (`closes_sentence`), and pull
quotes repeated inside a reported quote (`without_pull_quotes`). Pure functions of the article
text and its segments, for the quotes stage.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from accords.model import Quote, Segment
from accords.quotes.marks import QuotedSpan
from accords.quotes.verbs import SPEECH_LEMMAS, finite_forms

_CONTINUATION = re.compile(r"[\[(]?[a-z]")
#: Honorifics and ranks abbreviated with a period before a name, which sentence splitters take for a
#: sentence's end: the police, military and council ranks of North American news among them ("Const.",
#: "Det. Sgt.", "Cpl.", "Insp.", "Supt.", "Coun."), without which `“…,” said Const. Jane Roe` was given
#: to "Const".
TITLE_ABBREVIATIONS = ("Mrs?|Ms|Dr|Eng|Prof|Gen|Col|Capt|Sen|Rep|Gov|Lt|Maj|Sgt|St|Jr|Sr|Const|Cst|Cpl|Det|Insp|Supt|"
                       "Coun|Atty|Hon|Rev|Adm|Cmdr|Pte|Fr")
_HONORIFIC_END = re.compile(r"\b(?:" + TITLE_ABBREVIATIONS + r"|H\.E)\.\s*$")
#: A parenthesised abbreviation ending a "sentence" with no stop, which the sentence splitter took
#: for a sentence's end ("commander of the Islamic Revolution Guards Corps (IRGC) | Quds Force,
#: Major General Qassem Soleimani, in Iraq."): the words after it go on the same sentence.
_ACRONYM_END = re.compile(r"\([A-Z][A-Za-z&.-]*[A-Z]\)\s*$")
#: The period of an honorific, which the tokenizer takes for a sentence end: a space of the same
#: length stands in for it when a joined sentence is parsed from its text.
HONORIFIC_DOT = re.compile(r"\b(" + TITLE_ABBREVIATIONS + r")\.(?=\s)")


#: Words that name what follows in marks as a title: "the resolution titled “Principles of the
#: Charter … underlying a comprehensive, just and lasting peace in Ukraine”" (lower-case words and all).
_TITLED = re.compile(r"(?i)\b(?:(?:en)?titled|headlined|themed)\s*[,:]?\s*$")


def is_title(text: str, span: QuotedSpan) -> bool:
    """Whether the quoted words are a title: one piece, no sentence end, most words capitalised,
    or any words right after "titled", "entitled", "headlined" or "themed"."""
    if len(span.pieces) != 1:
        return False
    if _TITLED.search(text, max(0, span.start - 30), max(0, span.start - 1)):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", text[span.start:span.end])
    if re.search(r"[.!?]\W*$", text[span.start:span.end]):
        words = words[1:]  # a sentence's first word is capitalised whatever it is (“It's on all of us.”)
    long_words = [w for w in words if len(w) > 3]
    if not long_words or re.search(r"[.!?]\s+\S", text[span.start:span.end]):
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def paragraph_index(sentences: Sequence[Segment], paragraphs: Sequence[Segment]) -> list[int]:
    """For each sentence, the number of the paragraph it starts in."""
    starts = [p.start for p in paragraphs]
    return [max(0, bisect.bisect_right(starts, s.start) - 1) for s in sentences]


#: A reporting verb after a quote's closing mark, in its sentence ("…,” she said", "…” Ms Lee added").
_VERB_AFTER = re.compile(r"[,.!?]?[\u201d\"]?[^.!?\n\u201c\"]{0,80}?\b(?:"
                         + "|".join(sorted(finite_forms(SPEECH_LEMMAS), key=len, reverse=True)) + r")\b")


def free_quote_next(text: str, sentences: Sequence[Segment], spans: Sequence[QuotedSpan], index: int) -> bool:
    """Whether the sentence after `index` opens with a quote that no reporting verb follows in
    its sentence ("“It will not work for us.”", not "“…,” she said"): words with no speaker of
    their own, which go to the source the text spoke of last."""
    if index + 1 >= len(sentences):
        return False
    words = text[sentences[index + 1].start:sentences[index + 1].end]
    opening = sentences[index + 1].start + len(words) - len(words.lstrip())
    span = next((s for s in spans if s.start - 1 <= opening <= s.start), None)
    return span is not None and _VERB_AFTER.match(text, span.end) is None


def has_quote(sentence: Segment, spans: Sequence[QuotedSpan]) -> bool:
    return any(sentence.start <= s.start < sentence.end or s.start <= sentence.start < s.end for s in spans)


def free_standing(text: str, span: QuotedSpan, sentences: Sequence[Segment], first: int, last: int) -> bool:
    """Whether the quote is its sentences' only words (a quote a journalist lets stand after its
    speaker), not a phrase set into a sentence of other words ("direct the defendants to “pay
    the sum”"), which, with no reporting verb, is no one's speech for sure."""
    before = text[sentences[first].start:span.start].strip(" \"'“”‘’\n")
    after = text[span.end:sentences[last].end]
    if _ENDS_SENTENCE.search(text, span.start, span.end) and _NEW_SENTENCE.match(after):
        after = ""  # `… It’s very simple.’” The cabinet members …`: a sentence the splitter left joined
    after = after.strip(" \"'“”‘’\n.,!?;:…")
    return not before and not after


#: A sentence pointing back at the words before it to say whose they were: "That was the
#: reaction of …", "Those were the words of …", "That's the message from …", "So says …",
#: "That's according to …".
REACTION = re.compile(
    r"(?:That|This|Those|These|Such|So)\b[^.!?]{0,30}?\b(?:reaction|response|words|view|verdict|message|"
    r"assessment|warning|says|said|according)\b")


def named_next(text: str, span: QuotedSpan, sentences: Sequence[Segment], paragraph_of: Sequence[int],
               closing: int) -> bool:
    """Whether a quote that ends its paragraph is given its speaker by the sentence opening the
    next one, a sentence pointing back at it (`REACTION`): `“People are dying while they wait.”`
    | `That's the warning from Dr. Jane Doe, an emergency physician.` (a lede of words alone,
    their speaker in the paragraph after it, the way broadcast and wire copy open a story)."""
    following = closing + 1
    if following >= len(sentences) or paragraph_of[following] != paragraph_of[closing] + 1:
        return False
    if re.search(r"\w", text[span.end:sentences[closing].end]):
        return False  # words after the quote in its paragraph: the quote does not end it
    return REACTION.match(text, sentences[following].start, sentences[following].end) is not None


_ENDS_SENTENCE = re.compile(r"[.!?…][’'\"”]?\s*$")
#: A new sentence after a quote's closing mark, the space after the mark sometimes lost in the
#: source (`… up for the challenge."Earlier in December, …`).
_NEW_SENTENCE = re.compile(r"(?:[\"”»]\s*|\s+)[A-Z]")


def is_heading(text: str, span: QuotedSpan, sentences: Sequence[Segment], first: int, last: int) -> bool:
    """A paragraph that is nothing but a short quotation without a sentence end: a subheading
    that quotes ("We write with urgency"), not speech."""
    if len(span.pieces) != 1:
        return False
    start, end = sentences[first].start, sentences[last].end
    outside = (text[start:span.start] + text[span.end:end]).strip(" \"“”'\n")
    words = text[span.start:span.end].split()
    return not outside and len(words) <= 8 and not re.search(r"[.!?…]\W*$", text[span.start:span.end])


#: A reporting clause that ends its sentence a few words after the verb (`Starner said.`, `he said on
#: Tuesday.`): the words before it attribute the quote before, which is then no subheading.
_BARE_ATTRIBUTION = re.compile(r"[^.!?\u201c\u201d\"]{0,80}?\b(?:"
                               + "|".join(sorted(finite_forms(SPEECH_LEMMAS), key=len, reverse=True))
                               + r")\b(?:\s+[^\s.!?]+){0,4}\s*(?:[.!?]|$)")


def glued_heading(text: str, span: QuotedSpan) -> bool:
    """A subheading in quotation marks that lost its line break, joined to the sentence after it
    (`… this interaction, too.” “BRICS insists on strengthening multilateralism” Amir Abdollahian
    said BRICS is …`): one short phrase opening a sentence, ending on a word with no stop or comma
    before its closing mark, and a new capitalised sentence right after that is no bare
    reporting clause of it (`“…” Ford’s family, Starner said.` is the quote's own clause)."""
    if len(span.pieces) != 1 or span.start < 1 or text[span.end:span.end + 1] not in ("\u201d", '"'):
        return False
    words = text[span.start:span.end]
    if not re.search(r"\w\Z", words) or re.search(r"[.!?;:]\s", words) or len(words.split()) > 12:
        return False
    before = text[:span.start - 1].rstrip()
    if before and not re.search(r"[.!?][\u201d\u2019\"')]*\Z", before):
        return False  # set into a sentence: "called it “a unique attempt” Erdogan …"
    after = re.match(r"[ \t\u00a0]+(?=[A-Z])", text[span.end + 1:])
    if after is None:
        return False
    rest = text[span.end + 1 + after.end():]
    return _BARE_ATTRIBUTION.match(rest) is None


def join_abbreviation_splits(text: str, sentences: Sequence[Segment]) -> list[Segment]:
    """Undo sentence breaks after an honorific ("... congratulated Eng. | Azari Jahromi ..."), after
    a parenthesised abbreviation with no stop ("... Corps (IRGC) | Quds Force, ...") and before a
    lower-case continuation ("... territories [ | in Karabakh], said: ...")."""
    joined: list[Segment] = []
    for sentence in sentences:
        same_paragraph = joined and "\n" not in text[joined[-1].end:sentence.start]
        continuation = _CONTINUATION.match(text, sentence.start, sentence.end) is not None
        if same_paragraph and (_HONORIFIC_END.search(text, joined[-1].start, joined[-1].end) or continuation
                               or _ACRONYM_END.search(text, joined[-1].start, joined[-1].end)):
            joined[-1] = Segment(joined[-1].start, sentence.end)
        else:
            joined.append(sentence)
    return joined


#: A sentence's end, then words in single marks opening the next sentence (a subheading run into the
#: text: "… between Iran and Saudi Arabia. ‘Trump does not want a war with Iran’ Zarif also said …").
_SINGLE_MARKED_NEXT = re.compile(r"(?<=[.!?”\"])[\s\xa0]+(['‘][^'’\n]{5,90}['’])[\s\xa0]+(?=[A-Z])")


def split_before_single_marks(text: str, sentences: Sequence[Segment]) -> list[Segment]:
    """Break a sentence where words in single marks stand between a full stop and a capital (a
    subheading the sentence splitter left joined to the sentences around it) into the sentence
    before, the marked words and the sentence after: the subject of the verb after them is no
    subject of the sentence before ("Imran Khan is scheduled to … Saudi Arabia. ‘Trump does not
    want a war with Iran’ Zarif also said that …": Zarif's)."""
    split: list[Segment] = []
    for sentence in sentences:
        start = sentence.start
        for match in _SINGLE_MARKED_NEXT.finditer(text, sentence.start, sentence.end):
            split.append(Segment(start, match.start()))
            split.append(Segment(match.start(1), match.end(1)))
            start = match.end()
        split.append(Segment(start, sentence.end))
    return split


def split_at_glued_marks(text: str, sentences: Sequence[Segment], spans: Sequence[QuotedSpan]) -> list[Segment]:
    """Break a sentence where a quote opens right after the full stop of the sentence before, the
    space lost in the source (`… opened in 2015."We need more staff."`): the quote starts a
    sentence of its own, as the splitter would have made it with the space."""
    opens = sorted(span.start - 1 for span in spans if span.start >= 3 and text[span.start - 1] in "\"\u201c"
                   and text[span.start - 2] in ".!?" and (text[span.start - 3].isalnum() or text[span.start - 3] == ")"))
    split: list[Segment] = []
    for sentence in sentences:
        start = sentence.start
        for at in (at for at in opens if sentence.start < at < sentence.end):
            split.append(Segment(start, at))
            start = at
        split.append(Segment(start, sentence.end))
    return split


#: A person's own words: a personal pronoun, or a verb form with a contraction.
_SPOKEN = re.compile(r"(?i)\b(?:i|we|you|me|us|my|our|your|it|they|them)\b|\w(?:n['’]t|['’](?:s|re|ve|ll|d|m))\b")
#: Words a quote must hold to be a whole clause set at the end of a narrative sentence.
CLAUSE_WORDS = 6


def closes_sentence(text: str, span: QuotedSpan, sentences: Sequence[Segment], first: int, last: int) -> bool:
    """Whether the quote is a whole spoken clause that ends a sentence of narrative words ("Just
    because scientists saw “taste” receptors first, “that doesn’t mean that’s the order in which it
    evolved.”", "There could be dangers “if you have too many of these cells …”"): one piece of at
    least `CLAUSE_WORDS` words, with a personal pronoun or a contraction, ending its sentence with
    the sentence's own stop inside the marks. With no reporting verb in the sentence, such words
    are the last speaker's of the paragraph (the quotes stage checks who spoke there)."""
    if len(span.pieces) != 1 or len(text[span.start:span.end].split()) < CLAUSE_WORDS:
        return False
    inside = text[span.start:span.end]
    if not re.search(r"[.!?…]\W*$", inside) or not _SPOKEN.search(inside):
        return False
    before = text[sentences[first].start:span.start].strip(" \"'“”‘’\n")
    after = text[span.end:sentences[last].end].strip(" \"'“”‘’\n")
    return bool(before) and not after


#: Words a pull quote must hold: a shorter phrase quoted twice ("control your client") may be
#: said twice.
PULL_QUOTE_WORDS = 6


def without_pull_quotes(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes less pull quotes: words in marks that no verb reports ("“Their immune system
    behaves in an exaggerated fashion …”" set apart as a display line) repeated inside a quote
    of the article that has its reporting verb ("“In some individuals …, their immune system
    behaves in an exaggerated fashion …,” Dempsey told Gizmodo"), the display line a paragraph
    of its own (at most an attribution after a dash beside it: "“…” — Neil Gaiman"). The
    statement is the reported one; the display copy is no second statement and, far from its
    clause, is given to whoever spoke last. (`text`: the article text the evidence points into.)"""
    keys = [" ".join(re.findall(r"\w+", q.text.lower())) for q in quotes]

    def pulled(i: int) -> bool:
        quote = quotes[i]
        if not quote.direct or quote.cue is not None or len(keys[i].split()) < PULL_QUOTE_WORDS or not quote.evidence:
            return False
        start, end = quote.evidence[0].start, quote.evidence[-1].end
        line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
        if len(re.findall(r"\w+", line.replace(text[start:end], " "))) > 4:
            return False  # a quote carried on in a paragraph of other words: the speaker said it again
        return any(j != i and other.cue is not None and keys[i] in keys[j] for j, other in enumerate(quotes))

    return [q for i, q in enumerate(quotes) if not pulled(i)]


def repeated_with_speaker(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes with a copy no verb reports set inside a paragraph of other words (a display
    line the page glued to the next paragraph: `… of the two countries.”During the exercises …`)
    given the speaker of the same words reported elsewhere ("Concluding his speech, foreign
    minister said, “Long live Armenia, …”"): they said it, not whoever spoke last before the
    copy. `without_pull_quotes` has dropped the copies standing as a paragraph of their own."""
    keys = [" ".join(re.findall(r"\w+", q.text.lower())) for q in quotes]
    result = []
    for i, quote in enumerate(quotes):
        said = None
        if quote.direct and quote.cue is None and len(keys[i].split()) >= PULL_QUOTE_WORDS:
            said = next((other for j, other in enumerate(quotes) if j != i and other.direct and other.cue is not None
                         and other.speaker_name is not None and keys[j] == keys[i]), None)
        if said is None or said.speaker_name == quote.speaker_name:
            result.append(quote)
        else:
            result.append(dataclasses.replace(quote, speaker=said.speaker, speaker_name=said.speaker_name,
                                              confidence=said.confidence))
    return result
