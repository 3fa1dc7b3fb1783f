"""Reported speech: "X said (that) …", "According to X, …" as quotes with `direct=False`.

`reported_quotes` takes the clausal content of each resolved reporting clause of a sentence
(`accords.quotes.syntax.Attribution.content`); `indirect_quote` reads "X stated that …" with
cue words where the parse gave no content ("He reported of …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.model import Article, Quote, Segment
from accords.quotes.clauses import DATELINE
from accords.quotes.cues import CUE
from accords.quotes.marks import QuotedSpan, past_closing_mark
from accords.quotes.media import relays
from accords.quotes.records import from_entity, quote_at
from accords.quotes.sources import Speaker, is_medium
from accords.quotes.speakers import People
from accords.quotes.syntax import Attribution
from accords.quotes.verbs import no_statement

_INDIRECT_CUE = re.compile(
    r"\b(?:sa(?:id|ys|ying)|stat(?:ed|es|ing)|not(?:ed|es|ing)|stress(?:ed|es|ing)|emphasi[sz](?:ed|es|ing)|"
    r"underlin(?:ed|es|ing)|underscor(?:ed|es|ing)|announc(?:ed|es|ing)|add(?:ed|s|ing)|explain(?:ed|s|ing)|"
    r"point(?:ed|s|ing)\s+out|told\s+(?:\w+\s+){0,3}?|declar(?:ed|es|ing)|reiterat(?:ed|es|ing)|"
    r"warn(?:ed|s|ing)|insist(?:ed|s|ing)|confirm(?:ed|s|ing)|mention(?:ed|s|ing))\s+that\b|"
    r"\breport(?:ed|s)?\s+of\b",
    re.IGNORECASE,
)
_INDIRECT_END = re.compile(
    r",\s+(?:adding|saying|stating|noting|expressing|stressing|emphasi[sz]ing|he|she|they|it)\b|:|;|[\"“”]"
)
_MARKS = '"“”'
_MIN_INDIRECT_WORDS = 4
#: A reported clause of three words is speech when it is a whole clause: a pronoun subject and
#: an auxiliary or copula ("he was innocent", "it was unfair", "they would return"); shorter
#: contents, or three words of another shape ("the plan itself"), are parse fragments.
_SHORT_CLAUSE = re.compile(
    r"(?i)(?:he|she|it|they|we|i|you|there)\s+(?:is|was|are|were|had|has|have|would|will|could|should|can|"
    r"did|does|must|might|may)(?:n['’]t)?\s+(?!(?:be|been|not|have|do|so|too)\b)[\w'’-]+")
_THAT = re.compile(r"that\s+")


def reported_quotes(article: Article, text: str, here: Sequence[tuple[Attribution, Speaker | None]],
                    spans: Sequence[QuotedSpan], *, stage: str) -> list[Quote]:
    """Reported speech of one sentence: each reporting clause's content, when its speaker is known
    and its content holds no quotation (the direct quote stands for that)."""
    found = []
    for att, speaker in here:
        if speaker is None or att.content is None or att.nested or att.naming or att.view or no_statement(att.cue_word):
            continue  # (a view held, "believes the fire was set", or a question asked, is no reported speech)
        if relays(att.cue_word, att.cue, att.content) and any(
                other is not att and spoken is not None and other.content is not None
                and not (other.according and is_medium(spoken))
                and att.content[0] <= other.cue[0] < att.cue[0] for other, spoken in here):
            continue  # "Peskov told reporters that …, Reuters reported", "According to Taati, …, Shana
            # reported": Peskov's and Taati's words, which the channel relays
        start, end = att.content
        line = text.rfind("\n", 0, start) + 1  # (a content the parse began after the dateline: `_attributions`)
        dateline = DATELINE.match(text, start, end) or (DATELINE.fullmatch(text, line, start) if line < start else None)
        if dateline is not None:  # "TEHRAN – Azerbaijan is determined …, Mustafayev said"
            if is_medium(speaker):
                continue  # "TEHRAN – Iran and Kyrgyzstan signed …, IRNA reported": the agency the story is from
            start = max(start, dateline.end())
        that = _THAT.match(text, start, end)
        if that is not None:
            start = that.end()  # "announced that Sasha the black cat was …": the complementiser is no part of it
        while end > start and text[end - 1] in " ,;.":
            end -= 1
        end = past_closing_mark(text, start, end)
        if any(s.start - 1 <= end and start <= s.end + 1 for s in spans):
            continue
        if len(text[start:end].split()) < _MIN_INDIRECT_WORDS and not _SHORT_CLAUSE.fullmatch(text, start, end):
            continue
        found.append(quote_at(article, start, end, speaker, att.cue_word, direct=False, stage=stage, ceiling=0.6))
    return found


def indirect_quote(
    article: Article, text: str, people: People, sentence: Segment, spans: Sequence[QuotedSpan], speaker: str | None,
    *, stage: str,
) -> Quote | None:
    """"X stated that Iran is looking for ...": the reported clause, when X is known."""
    if speaker is None:
        return None
    for match in _INDIRECT_CUE.finditer(text, sentence.start, sentence.end):
        if any(s.start - 1 <= match.start() < s.end + 1 for s in spans):
            continue
        start = match.end()
        while start < sentence.end and (text[start].isspace() or text[start] in ",;"):
            start += 1
        if start >= sentence.end or text[start] in ':"':
            continue
        stop = _INDIRECT_END.search(text, start, sentence.end)
        if stop is not None and stop.group(0) in _MARKS:
            # `it was vital to address the “roots of what drives extremism …”`: a clause running
            # into quoted words is the direct reader's (a partial quote, its clause and all), never
            # cut off at the mark ("it was vital to address the")
            continue
        end = stop.start() if stop is not None else sentence.end
        while end > start and text[end - 1] in " .,":
            end -= 1
        if len(text[start:end].split()) < _MIN_INDIRECT_WORDS:
            continue
        who = from_entity(people, speaker, "person", 0.5)
        if who is None:  # `speaker` comes from the article's people; a stale id reads no quote
            return None
        cue = CUE.match(match.group(0))
        return quote_at(article, start, end, who, cue.group(0) if cue is not None else match.group(0).split()[0],
                        direct=False, stage=stage, ceiling=0.5)
    return None
