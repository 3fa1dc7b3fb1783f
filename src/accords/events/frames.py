"""Paragraphs framed by a country: "In Vanuatu, ..." (issue 13).

Trip readouts tell one paragraph per country visited, each opening with the country it is about:
"In Papua New Guinea, the delegation discussed next steps ...", "In Vanuatu, Prime Minister
Kalsakau emphasized ... USAID announced an additional $3.2 million in humanitarian assistance ...
the two countries committed to explore the establishment of a U.S. embassy in Port Vila". An act
of such a paragraph that names one side only was completed with the article's most named pair
(the United States and whichever country the trip named most), so aid announced in Vanuatu went
to Fiji. Within a framed paragraph the pair is the frame's country and the article's own side:
the outlet's home country when it is one of the pair (`accords.knowledge.home_country`: the White
House's United States), else the member that frames no paragraph itself (the traveller), else the
most named.

A fact sheet may frame a run of sentences inside one paragraph the same way ("... including Angola,
and Tanzania. In Angola, USDA will work with World Vision ... In Tanzania, USDA will work with
Lutheran World Relief ..."): a sentence that opens with "In <country>," frames itself and the
sentences after it, up to the next such opening or the paragraph's end (nineteenth session).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from accords import knowledge
from accords.model import Article, Extraction

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex, Side

#: "In <country>," at the start of a paragraph or a sentence (an article "the" may come first).
_OPENING = re.compile(r"[\s\u00a0]*In (?:the )?")


def with_frames(index: ActorIndex, article: Article, extraction: Extraction, text: str) -> ActorIndex:
    """The index with the paragraphs of `extraction` that open with "In <country>,", each with
    that country and the article's own side."""
    if len(index.pair) != 2:
        return index
    hosts: list[tuple[int, int, Side]] = []
    for paragraph in extraction.paragraphs:
        openings = [start for start in sorted({paragraph.start} | {
            sentence.start for sentence in extraction.sentences if paragraph.start < sentence.start < paragraph.end
        }) if _framing_country(index, text, start) is not None]
        for at, until in zip(openings, [*openings[1:], paragraph.end]):
            side = _framing_country(index, text, at)
            if side is not None:
                hosts.append((at, until, side))
    if not hosts:
        return index
    framing = {side.country for _start, _end, side in hosts}
    home_code = knowledge.home_country(article.source, article.url)
    home = next((side for side in index.pair if side.country == home_code), None) or next(
        (side for side in index.pair if side.country not in framing), index.pair[0])
    return dataclasses.replace(index, frames=tuple((start, end, host, home) for start, end, host in hosts))


def _framing_country(index: ActorIndex, text: str, at: int) -> Side | None:
    """The country of "In <country>," opening the text at `at`, if any."""
    opening = _OPENING.match(text, at)
    if opening is None:
        return None
    for start, end, side, type_ in index.spans:
        if start == opening.end() and type_ == "COUNTRY" and text[end:end + 1] == ",":
            return side
        if start > opening.end():
            break
    return None


def framed(index: ActorIndex, at: int) -> ActorIndex:
    """The index whose pair, for a sentence starting at `at`, is its paragraph's country and the
    article's own side; the index itself outside framed paragraphs."""
    frame = next((frame for frame in index.frames if frame[0] <= at < frame[1]), None)
    if frame is None or frame[2].country == frame[3].country:
        return index
    return dataclasses.replace(index, pair=(frame[3], index.country_side(frame[2].country)))
