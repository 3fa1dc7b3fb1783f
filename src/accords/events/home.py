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
article may bear ("President Erdogan ... the President said"). People named right after a title
of the home staff ("Deputy National Security Advisor ... Mike Pyle") with no country of their
own are the home country too (`_HOME_STAFF`, White House titles only), and so are the home
government's departments and agencies named without a country ("the Department of State",
"the Development Finance Corporation", "Treasury will designate seven Russian entities":
`_HOME_BODIES`) in a sentence that names another country.
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
    spans.extend(_home_staff(index, extraction, text, home))
    spans.extend(_home_bodies(index, extraction, home))
    spans.extend(_home_administration(index, extraction, text, home))
    if len(spans) == len(index.spans):
        return index
    spans.sort(key=lambda item: (item[0], item[1]))
    return dataclasses.replace(index, starts=tuple(s[0] for s in spans), spans=tuple(spans))


#: Titles of the head of state's own staff right before a name, per home country: "Deputy
#: National Security Advisor for International Economics Mike Pyle", "Special Presidential Envoy
#: for Climate John Kerry", "Senior Advisor to the President Cedric Richmond", "National Security
#: Advisor to the Vice President Phil Gordon", "her National Security Advisor, Dr. Phil Gordon". In a text of an
#: outlet with that home country, a person so titled who has no country of their own (no "of
#: <country>", no demonym) serves that country.
_HOME_STAFF = {
    # the White House's own titles (elsewhere, as in Tehran Times, a bare "National Security
    # Advisor John Bolton" is still the US one, not the outlet's)
    "USA": re.compile(
        r"\b(?:National\s+Security\s+Advis[eo]r|Homeland\s+Security\s+Advis[eo]r|Presidential\s+Envoy|"
        r"to\s+the\s+(?:Vice\s+)?President)"
        r"(?:\s+(?:for|on)\s+[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,4})?,?\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?$"
    ),
}


def _home_staff(index: ActorIndex, extraction: Extraction, text: str, home: str) -> list:
    """Spans of the mentions of people with no country right after a title of the home staff
    (`_HOME_STAFF`), with the home country as their side; every mention of such a person."""
    titles = _HOME_STAFF.get(home)
    if titles is None:
        return []
    persons = {entity.id for entity in extraction.entities if entity.type == "PERSON" and not entity.country}
    staff = {
        mention.entity_id for mention in extraction.mentions if mention.entity_id in persons
        for evidence in mention.evidence if titles.search(text[max(0, evidence.start - 120):evidence.start])
    }
    return [
        (evidence.start, evidence.end, index.country_side(home), "PERSON")
        for mention in extraction.mentions if mention.entity_id in staff
        for evidence in mention.evidence if not index.sides_in(evidence.start, evidence.end)
    ]


#: The home government's departments and agencies as a White House text names them, with no
#: "U.S." that would give their country: "the Department of State plans to send an advisor to
#: ... Ukraine", "The Department of Defense ... provided Ukraine with technical data". A closed
#: list of federal bodies (cabinet departments and the foreign-assistance and trade-finance
#: agencies), per home country.
_HOME_BODIES = {
    "USA": re.compile(
        r"(?:the\s+)?(?:U\.S\.\s+|United\s+States\s+)?(?:"
        r"Department\s+of\s+(?:State|Defense|War|Commerce|(?:the\s+)?Treasury|Energy|Agriculture|Homeland\s+Security|"
        r"Justice|Labor|Health\s+and\s+Human\s+Services|Transportation|(?:the\s+)?Interior|Education)|"
        r"(?:State|Defense|Commerce|Treasury|Justice|Energy)\s+Department|"
        r"(?:International\s+)?Development\s+Finance\s+Corporation|Export-Import\s+Bank(?:\s+of\s+the\s+United\s+States)?|"
        r"Millennium\s+Challenge\s+Corporation|Agency\s+for\s+International\s+Development|"
        r"Trade\s+and\s+Development\s+Agency|Peace\s+Corps|Treasury)",
        re.IGNORECASE,
    ),
}


def _home_bodies(index: ActorIndex, extraction: Extraction, home: str) -> list:
    """Spans of the mentions of home government bodies with no country (`_HOME_BODIES`), with
    the home country as their side, in sentences that name another country."""
    bodies = _HOME_BODIES.get(home)
    if bodies is None:
        return []
    named = {entity.id for entity in extraction.entities
             if entity.type == "ORG" and not entity.country and bodies.fullmatch(" ".join(entity.name.split()))}
    found = []
    for mention in extraction.mentions:
        if mention.entity_id not in named:
            continue
        for evidence in mention.evidence:
            if index.sides_in(evidence.start, evidence.end):
                continue
            sentence = next((seg for seg in extraction.sentences if seg.start <= evidence.start < seg.end), None)
            if sentence is not None and any(
                side.country != home for side in index.countries_in(sentence.start, sentence.end)
            ):
                found.append((evidence.start, evidence.end, index.country_side(home), "ORG"))
    return found


#: The home government named as its administration: "the Administration", "the Biden-Harris
#: Administration", "the Trump administration" (lower case only after a leader's name). The
#: leaders' names must be home heads of state, government or their deputies in the office-holder
#: tables (`_leader_surnames`), so "the Marcos Administration" in a White House text stays foreign.
_ADMINISTRATION = re.compile(
    r"\b[Tt]he\s+(?:(?P<names>[A-Z][\w'’]*(?:\s*[-‐‑–\u2060]+\s*[A-Z][\w'’]*)*)\s+)?(?P<word>Administration|administration)\b"
)
_NAME_DASHES = re.compile(r"\s*[-‐‑–\u2060]+\s*")


def _leader_surnames(home: str) -> frozenset[str]:
    """Last words of the names and aliases of the home country's heads of state and government
    and their deputies, any term."""
    return frozenset(
        form.split()[-1] for term in knowledge.terms() if term.country == home
        and knowledge.office_kind(term.office) in ("state", "government", "vice")
        for form in (term.name, *term.aliases) if form.split()
    )


def _home_administration(index: ActorIndex, extraction: Extraction, text: str, home: str) -> list:
    """Spans of the home administration's names (`_ADMINISTRATION`) as the home country, in
    sentences that name another side (a country, its people or an organisation): "Vice
    President Harris informed Vice President Osinbajo that the Biden-Harris Administration will provide an
    additional $2 million" (to the partner of a White House readout) is the United States giving."""
    surnames = _leader_surnames(home)
    found = []
    for match in _ADMINISTRATION.finditer(text):
        names = match.group("names")
        if names is None and match.group("word").islower():
            continue  # "the administration" of anything: a common noun
        if names is not None and not all(name in surnames for name in _NAME_DASHES.split(names)):
            continue
        start, end = match.start(), match.end()
        if index.sides_in(start, end):
            continue
        sentence = next((seg for seg in extraction.sentences if seg.start <= start < seg.end), None)
        if sentence is not None and any(
            side.country != home for side, _type in index.sides_in(sentence.start, sentence.end)
        ):
            found.append((start, end, index.country_side(home), "ORG"))
    return found
