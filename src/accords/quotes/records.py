"""From a resolved speaker to what a quote records: the speaker an entity of the article is
(`from_entity`, `reference_speaker` for the regex subject finder's), the name a quote shows for it
(`shown_name`) and the `Quote` record of its words (`quote_at`), which every quote builder
(`accords.quotes.reported`, `accords.quotes.statements`, `accords.stages.quotes`) makes the same way."""

from __future__ import annotations

from accords.ids import fact_id
from accords.model import Article, Evidence, Quote
from accords.quotes.names import plain_name
from accords.quotes.resolved import Speaker
from accords.quotes.speakers import People, Reference


def shown_name(speaker: Speaker | None) -> str | None:
    """The name a quote shows for its speaker: a person's without the titles before it."""
    if speaker is None:
        return None
    return plain_name(speaker.name) if speaker.kind in ("person", "name", "carried") else speaker.name


def quote_at(article: Article, start: int, end: int, speaker: Speaker, cue: str | None, *, direct: bool, stage: str,
             ceiling: float) -> Quote:
    """The quote of the article's words `start:end` by `speaker`, reported by `cue`: one
    evidence span, the speaker's name as `shown_name` gives it, its confidence at most `ceiling`
    (the surer ways of reading a quote give their own ceilings)."""
    return Quote(
        id=fact_id(article.id, "quote", start, end),
        text=article.text[start:end],
        evidence=(Evidence(article.id, start, end),),
        speaker=speaker.entity,
        speaker_name=shown_name(speaker),
        cue=cue,
        direct=direct,
        stage=stage,
        confidence=min(speaker.confidence, ceiling),
    )


def from_entity(people: People, entity_id: str | None, kind: str, confidence: float) -> Speaker | None:
    """The speaker an entity of the article is: a person or an organisation, as its type says."""
    entity = people.person(entity_id)
    if entity is None:
        return None
    return Speaker(entity.id, entity.name, "person" if entity.type == "PERSON" else "org", confidence)


def reference_speaker(people: People, ref: Reference | None, entity_id: str | None) -> Speaker | None:
    """A Speaker for an entity the regex subject finder resolved (`People.subject` and friends)."""
    if entity_id is None:
        return None
    confidence = {"name": 0.9, "org": 0.8, "title": 0.7, "pronoun": 0.7}.get(ref.kind if ref else "", 0.5)
    speaker = from_entity(people, entity_id, "person", confidence)
    return speaker
