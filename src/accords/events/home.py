"""Unqualified titles of the outlet's home offices as sides: "The Vice President met with Prime
Minister Modi of India" in a White House text is the United States meeting India.

The entities stage ties "the President" to a person only when the article names the holder
(`accords.entities.offices`); an event needs the state the office speaks for all the same. A
title counts when the outlet has a home country (`accords.knowledge.home_country`) and the
office-holder tables say who held that office there on the article's day; a title that is
qualified ("the President of Azerbaijan", "the President-elect") or already part of a linked
mention is left alone, and so is a title in a sentence that names no other country (a partner
filled in from the article's pair would be a guess: "The President promised to ..." in a fact
sheet on a domestic law), and a title that a foreign holder of the same office named in the
article may bear ("President Erdogan ... the President said").
"""

from __future__ import annotations

import dataclasses
import re

from accords import knowledge
from accords.events.actors import ActorIndex
from accords.model import Article, Extraction

#: "the President", "the Vice President", "the Secretary of State", not followed by a
#: qualifier ("of Iran", "-elect") or a name ("the President Joe Biden").
_TITLE = re.compile(
    r"\b[Tt]he\s+(?P<title>Vice\s+President|President|Secretary\s+of\s+State)\b(?!\s+of\b|\s*[-–]|\s+[A-Z])"
)


def with_home_titles(index: ActorIndex, article: Article, extraction: Extraction, text: str) -> ActorIndex:
    """The index with a home-country side on each unqualified home title no mention covers."""
    home = knowledge.home_country(article.source, article.url)
    if home is None:
        return index
    foreign = {
        knowledge.office_kind(entity.title) for entity in extraction.entities
        if entity.type == "PERSON" and entity.title and entity.country and entity.country != home
    }
    spans = list(index.spans)
    for match in _TITLE.finditer(text):
        title = re.sub(r"\s+", " ", match.group("title"))
        start, end = match.start("title"), match.end("title")
        if knowledge.holder(home, title, article.published) is None or knowledge.office_kind(title) in foreign:
            continue
        if index.sides_in(start, end):
            continue  # already a linked mention of the holder
        sentence = next((seg for seg in extraction.sentences if seg.start <= start < seg.end), None)
        if sentence is None or not any(
            side.country != home for side in index.countries_in(sentence.start, sentence.end)
        ):
            continue
        spans.append((start, end, index.country_side(home), "PERSON"))
    if len(spans) == len(index.spans):
        return index
    spans.sort(key=lambda item: (item[0], item[1]))
    return dataclasses.replace(index, starts=tuple(s[0] for s in spans), spans=tuple(spans))
