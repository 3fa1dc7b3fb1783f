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
`_HOME_BODIES`) in a sentence that names another country, and "the delegation" of a White House
readout when no delegation of the text has another country (`_HOME_DELEGATION`).
"""

from __future__ import annotations

import dataclasses
import re

from accords import knowledge
from accords.gazetteer.home_bodies import HOME_BODY_NAMES
from accords.events.sideindex import ActorIndex
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
    staff = _home_staff(index, extraction, text, home) + _home_delegation(index, extraction, text, home)
    spans.extend(staff)
    spans.extend(_home_bodies(index, extraction, home))
    spans.extend(_home_administration(index, extraction, text, home))
    if len(spans) == len(index.spans):
        return index
    spans.sort(key=lambda item: (item[0], item[1]))
    pair = index.pair
    if len(staff) >= 2 and pair and all(side.country != home for side in pair):
        # the home staff's readout is about the home country and the most named other side
        # ("McGurk and Hochstein visited Saudi Arabia ... engagements on Yemen ... The two sides
        # committed to remain in regular contact": the United States and Saudi Arabia)
        pair = (pair[0], index.country_side(home))
    return dataclasses.replace(index, starts=tuple(s[0] for s in spans), spans=tuple(spans), pair=pair)


#: Titles of the head of state's own staff right before a name, per home country: "Deputy
#: National Security Advisor for International Economics Mike Pyle", "Special Presidential Envoy
#: for Climate John Kerry", "Senior Advisor to the President Cedric Richmond", "National Security
#: Advisor to the Vice President Phil Gordon", "her National Security Advisor, Dr. Phil Gordon", and
#: the federal offices a White House text names without "U.S.": "Special Presidential Coordinator
#: for Global Infrastructure and Energy Security Amos Hochstein", "Senior Advisor for Energy
#: Security Amos Hochstein", "NSC Coordinator for the Middle East and North Africa Brett McGurk",
#: "Director of National Intelligence (DNI) Avril Haines", "National Cyber Director Chris Inglis",
#: "Assistant Secretary of State for African Affairs Molly Phee", "USAID Administrator Samantha
#: Power", "Trade Representative Katherine Tai". In a text of an outlet with that home country, a
#: person so titled who has no country of their own (no "of <country>", no demonym, no other
#: country right before the title) serves that country.
_HOME_STAFF = {
    # the White House's own titles (elsewhere, as in Tehran Times, a bare "National Security
    # Advisor John Bolton" is still the US one, not the outlet's)
    "USA": re.compile(
        r"\b(?:National\s+Security\s+Advis[eo]r|Homeland\s+Security\s+Advis[eo]r|"
        r"Presidential\s+(?:Envoy|Coordinator|Advis[eo]r)|Senior\s+Advis[eo]r|(?:NSC|White\s+House)\s+Coordinator|"
        r"Director\s+of\s+National\s+Intelligence(?:\s*\(DNI\))?|National\s+Cyber\s+Director|"
        r"(?:Deputy|Assistant|Under)\s+Secretary\s+of\s+State|Trade\s+Representative|"
        r"(?:USAID|U\.S\.\s+Agency\s+for\s+International\s+Development)\s+(?:Deputy\s+)?Administrator|"
        r"to\s+the\s+(?:Vice\s+)?President)"
        r"(?:\s+(?:for|on)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,4})?,?\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?$"
    ),
}
#: Short forms of those titles that make one name with the surname ("DNI Haines met with ..."),
#: which the entities stage may take for an organisation.
_HOME_STAFF_SHORT = {"USA": re.compile(r"(?:DNI|USTR)\s+[A-Z][\w'’-]+")}


def _home_staff(index: ActorIndex, extraction: Extraction, text: str, home: str) -> list:
    """Spans of the mentions of people with no country right after a title of the home staff
    (`_HOME_STAFF`), with the home country as their side; every mention of such a person. A title
    right after another country ("Israel's National Security Advisor", "Indian Deputy National
    Security Advisor") is not the home one."""
    titles = _HOME_STAFF.get(home)
    if titles is None:
        return []
    persons = {entity.id for entity in extraction.entities if entity.type == "PERSON" and not entity.country}
    staff = set()
    for mention in extraction.mentions:
        if mention.entity_id not in persons:
            continue
        for evidence in mention.evidence:
            window = max(0, evidence.start - 120)
            title = titles.search(text[window:evidence.start])
            if title is not None and _home_title(index, text, window + title.start(), home):
                staff.add(mention.entity_id)
    short = _HOME_STAFF_SHORT.get(home)
    if short is not None:
        staff.update(entity.id for entity in extraction.entities
                     if not entity.country and short.fullmatch(" ".join(entity.name.split())))
    return [
        (evidence.start, evidence.end, index.country_side(home), "PERSON")
        for mention in extraction.mentions if mention.entity_id in staff
        for evidence in mention.evidence if not index.sides_in(evidence.start, evidence.end)
    ]


def _home_title(index: ActorIndex, text: str, start: int, home: str) -> bool:
    """Whether the title starting at `start` has no other country (a name or demonym) in the
    three words before it."""
    window = max(0, start - 40)
    words = _LAST_WORDS.search(text, window, start)
    near = words.start() if words is not None else start  # positions in `text`
    return not any(side.country != home for side, _type in index.sides_in(near, start))


#: Up to three words of one phrase (no punctuation between them but that of "U.S.", no
#: conjunction, preposition or verb of meeting: "met with President Zelenskyy and Special
#: Presidential Envoy ..." leaves the envoy's title to the home country).
_WORD = (r"(?:U\.S\.|(?!(?:and|or|with|by|to|from|for|met|hosted|joined|welcomed)\s)"
         r"[^\s.,;:!?()\u2013\u2014]+)\s+")
_LAST_WORDS = re.compile(rf"(?:{_WORD}){{0,3}}$")


#: "The delegation" of a government's own readout of its officials' travel, per home country:
#: "the delegation met with representatives from Haitian civil society", "While there, the
#: delegation also met with Prime Minister Manasseh Sogavare". Only for the White House: in a
#: Tehran Times text a delegation is as often the visitors' ("the delegation paid a visit to ...").
_HOME_DELEGATION = {
    "USA": re.compile(
        r"\b[Tt]he\s+(?:(?:U\.S\.|American|interagency|[Pp]residential|high-level)\s+)?delegation\b(?!\s+(?:of|from)\b)"
    ),
}
#: Every singular "delegation" with what may name its country: up to three words before it, and
#: an "of"/"from" phrase after it.
_DELEGATION = re.compile(rf"(?:{_WORD}){{0,3}}[Dd]elegation\b(?:\s+(?:of|from|led\s+by)\s+(?:{_WORD}){{0,5}})?")


def _home_delegation(index: ActorIndex, extraction: Extraction, text: str, home: str) -> list:
    """Spans of "the delegation" (`_HOME_DELEGATION`) as the home country, in sentences that name
    another side, in texts where no delegation is given another country ("the Japanese
    delegation", "a delegation from Kenya"): the home government's readout of its own officials'
    travel."""
    pattern = _HOME_DELEGATION.get(home)
    if pattern is None:
        return []
    for match in _DELEGATION.finditer(text):
        if any(side.country != home for side, _type in index.sides_in(match.start(), match.end())):
            return []  # a delegation of another country
    found = []
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if index.sides_in(start, end):
            continue
        sentence = _whole_sentence(extraction, text, start)
        if sentence is not None and any(
            side.country != home for side, _type in index.sides_in(*sentence)
        ):
            found.append((start, end, index.country_side(home), "ORG"))
    return found


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def _whole_sentence(extraction: Extraction, text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence around `start`: its segment joined with the segments before and
    after it that a hard line break cut off (a White House text wrapped at 72 characters)."""
    segments = list(extraction.sentences)
    at = next((i for i, seg in enumerate(segments) if seg.start <= start < seg.end), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and not _SENTENCE_END.search(text[segments[first - 1].start:segments[first - 1].end]):
        first -= 1
    while last + 1 < len(segments) and not _SENTENCE_END.search(text[segments[last].start:segments[last].end]):
        last += 1
    return segments[first].start, segments[last].end


#: The home government's departments and agencies as a White House text names them, with no
#: "U.S." that would give their country: "the Department of State plans to send an advisor to
#: ... Ukraine", "The Department of Defense ... provided Ukraine with technical data". The names
#: are the gazetteer's (`accords.gazetteer.home_bodies`), here as a whole entity name.
_HOME_BODIES = {
    home: re.compile(rf"(?:the\s+)?(?:U\.S\.\s+|United\s+States\s+)?(?:{names})", re.IGNORECASE)
    for home, names in HOME_BODY_NAMES.items()
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
