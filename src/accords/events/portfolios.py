"""Names of states and organisations that stand for no side of an act, though the entities stage
links them: their mentions are left out of the actor index (`actor_index`), as a dateline's
credit is (`accords.events.credits`).

- a portfolio of an official's title: "Senior Director for Russia and Central Asia Nicholas
  Berliner met with Saida Mirziyoyeva" (of Uzbekistan), "the Special Envoy for Syria": the
  official works on the country, for his own government;
- a country that leads an organisation, glued to its name: "the Moscow-led Eurasian Economic
  Union", "the Russian-led CSTO": the organisation acts, not its leader, unless the text names the
  leader itself;
- an organisation as the authority behind something: "the UN-authorized Multinational Security
  Support mission", "UN-sponsored talks", "a Syrian-led, UN-facilitated political process", "the
  United Nations Charter", "consistent with UN Security Council resolutions", "the 2016 UN arbitral
  tribunal ruling": the organisation does nothing in the act told (its document or ruling is cited);
- an organisation named as what its members are: "our close coordination as NATO Allies": the
  capacity in which two states act, not a third side.
"""

from __future__ import annotations

import dataclasses
import re

from accords.events.sideindex import ActorIndex, build_index
from accords.model import Entity, Extraction

#: A title whose "for" names its portfolio, right before the country's name: "Senior Director for",
#: "Special Envoy for the", "Coordinator for".
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Director|Envoy|Representative|Coordinator|Adviser|Advisor|Ambassador-at-Large)\s+for\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+(?:and|&)\s+)?$"  # "Senior Director for Europe and Russia": the second of two
)
#: Glued after a country's name or adjective, before an organisation's name: the leader of the body.
_LEADS = re.compile(r"[-\u2010\u2013](?:led|dominated|chaired)\s+(?:the\s+)?")
#: Glued after an organisation's name: the authority behind a mission, talks or a process.
_AUTHORITY_AFTER = re.compile(r"[-\u2010\u2013](?:authori[sz]ed|sponsored|facilitated|mandated|backed|brokered|led)\b"
                              r"|\s+(?:Charter|[Rr]esolutions?|arbitral\s+(?:tribunal|award|ruling))\b")
#: "as NATO Allies", "as fellow G7 members": the capacity, before the organisation's name ...
_AS_BEFORE = re.compile(r"\bas\s+(?:fellow\s+)?$")
#: ... and after it.
_MEMBERS_AFTER = re.compile(r"\s+(?:[Aa]llies|members|[Mm]ember [Ss]tates|partners)\b")
#: How far before a mention its title or "as" may start.
_REACH = 60


def actor_index(extraction: Extraction, text: str) -> ActorIndex:
    """The actor index (`build_index`) of the extraction without the mentions of states named as a
    portfolio or as an organisation's leader, and whose spans (where sides are found) also leave
    out organisations named as an authority or a capacity. Those organisations still count for
    the article's pair and its ranked sides, as before: the United Nations Charter named in a
    statement of Iran, Russia and Turkey on Syria is one more mention of the UN, which keeps the
    statement's "They agreed ..." from being completed with another pair."""
    states = without_portfolios(extraction, text, kinds=("COUNTRY", "PLACE"))
    index = build_index(states)
    kept = without_portfolios(states, text, kinds=("ORG",))
    if kept is states:
        return index
    spans = build_index(kept)
    return dataclasses.replace(index, starts=spans.starts, spans=spans.spans)


def without_portfolios(extraction: Extraction, text: str, *, kinds: tuple[str, ...] = ("COUNTRY", "PLACE", "ORG")
                       ) -> Extraction:
    """The extraction without the mentions of entities of `kinds` that name a portfolio, an
    organisation's leader, an organisation as an authority or a capacity (see the module's docstring)."""
    entities = {entity.id: entity for entity in extraction.entities}
    starts = {ev.start for mention in extraction.mentions if _organisation(entities.get(mention.entity_id or ""))
              for ev in mention.evidence}
    kept = tuple(
        mention for mention in extraction.mentions
        if (entity := entities.get(mention.entity_id or "")) is None or entity.type not in kinds
        or not any(_no_side(text, ev.start, ev.end, entity, starts) for ev in mention.evidence)
    )
    return extraction if len(kept) == len(extraction.mentions) else dataclasses.replace(extraction, mentions=kept)


def _no_side(text: str, start: int, end: int, entity: Entity | None, organisations: set[int]) -> bool:
    if entity is None:
        return False
    if entity.type in ("COUNTRY", "PLACE"):  # a capital for its state: "the Moscow-led Eurasian Economic Union"
        if entity.type == "COUNTRY" and _PORTFOLIO_BEFORE.search(text, max(0, start - _REACH), start):
            return True
        leads = _LEADS.match(text, end)
        return leads is not None and leads.end() in organisations
    if not _organisation(entity):
        return False
    return _AUTHORITY_AFTER.match(text, end) is not None or (
        _AS_BEFORE.search(text, max(0, start - 20), start) is not None and _MEMBERS_AFTER.match(text, end) is not None)


def _organisation(entity: Entity | None) -> bool:
    """An international organisation: an ORG of no country with an acronym as its id ("UN", "NATO")."""
    if entity is None or entity.type != "ORG" or entity.country or not entity.canonical_id:
        return False
    return entity.canonical_id.isupper()
