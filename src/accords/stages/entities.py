"""entities.v2: mentions and entities (countries, organisations, people, places, projects,
documents, named events) from the shared parse, gazetteers and patterns.

Steps:
1. candidates from the gazetteers, the patterns (names on head nouns, routes, acronyms, joint
   bodies, cited news sources) and spaCy's NER (`accords.entities`);
2. overlaps resolved, people refined (honorifics off, titles and countries found);
3. mentions linked within the article into entities (`accords.entities.linking`), a bare
   surname the recogniser missed to the person named in full (`accords.entities.surnames`);
4. one `Mention` per occurrence, one `Entity` per thing, evidence = every mention span.

The stage is pure and never raises: a failure is logged and noted on the extraction.
"""

from __future__ import annotations

import dataclasses
import logging

from spacy.tokens import Doc

from accords import knowledge
from accords.entities.commonwords import without_common_words
from accords.entities.confidence import entity_confidence
from accords.entities.countryfirst import (
    names_read_as_bodies, people_read_as_places, without_country_given_names, without_place_given_names,
)
from accords.entities.headings import without_heading_verb
from accords.entities.candidates import GAZETTEER, Candidate, gazetteer_candidates, is_year, spacy_candidates
from accords.entities.linking import Cluster, entity_name, fold, link, resolve
from accords.entities.appositions import appositive_people
from accords.entities.acronyms import acronym_expansions, without_redefined
from accords.entities.brands import without_brand_adjectives
from accords.entities.lexicon import (
    DISEASE_NAMES, DISEASE_WORDS, NOT_NAME_TAGS, RELATIONAL_TITLES, STATE_BRANCHES, is_document_name, is_region_compound,
    is_venue,
)
from accords.entities.lists import NOTHING, listed_kinds
from accords.entities.newsources import news_sources, wire_datelines
from accords.entities.counterparts import counterpart_lists
from accords.entities.glued import glued_igos, glued_titles
from accords.entities.formats import meeting_formats
from accords.entities.handles import handle_people
from accords.entities.knownas import with_known_as
from accords.entities.occasions import assembly_sessions, before_a_day, executive_orders, no_entity
from accords.entities.jointbodies import joint_bodies
from accords.entities.patterns import head_names, hyphen_chains
from accords.entities.offices import (
    administration_leader, holder_candidates, is_administration, is_family, is_state_government, merge_known_people, people_surnames,
    place_people, title_mentions,
)
from accords.entities.plausible import glued_at_comma, listed_names, plausible_org
from accords.entities.standing import task_forces
from accords.entities.rosters import listed_people
from accords.entities.people import (
    person_after_org, person_after_title, refine_person, titled_people,
)
from accords.entities.surnames import add_surname_mentions
from accords.entities.tails import without_generic_head
from accords.entities.titleruns import people_ending_titles, without_title_words
from accords.entities.titles import (
    in_title, is_office, place_in_title, published_by_white_house, region_name, staff_title_front,
)
from accords.entities.tokens import TokenIds, string_id, token_ids
from accords.gazetteer.places import place_country
from accords.ids import fact_id
from accords.model import Article, Entity, Evidence, Extraction, Mention, Role
from accords.nlp import doc_text
from accords.pipeline import stage

STAGE = "entities.v2"

log = logging.getLogger(__name__)


@stage(STAGE)
def entities(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Add the article's mentions and entities to the extraction."""
    if doc is None or not article.text.strip():
        return extraction
    if len(doc_text(doc)) != len(article.text):
        return dataclasses.replace(extraction, notes=extraction.notes + (
            f"{STAGE}: parse length {len(doc_text(doc))} differs from text length {len(article.text)}; skipped",))
    try:
        mentions, found, placed = _extract(article, doc)
    except Exception as exc:  # keep the article: log, note the reason, add nothing
        log.warning("%s failed on article %s: %s", STAGE, article.id, exc, exc_info=True)
        return dataclasses.replace(extraction, notes=extraction.notes + (f"{STAGE} failed: {type(exc).__name__}: {exc}",))
    notes = extraction.notes
    if placed:  # the knowledge read is part of the input: say which version decided what
        notes += (f"{STAGE}: {placed} people or titles placed by {knowledge.VERSION}",)
    return dataclasses.replace(extraction, mentions=extraction.mentions + mentions,
                               entities=extraction.entities + found, notes=notes)


def extract(article: Article, doc: Doc) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """The mentions and entities of one article whose parse is `doc`."""
    mentions, found, _placed = _extract(article, doc)
    return mentions, found


def _extract(article: Article, doc: Doc) -> tuple[tuple[Mention, ...], tuple[Entity, ...], int]:
    """`extract`, and how many people and titles the office-holder tables placed."""
    ids = token_ids(doc)
    candidates = (gazetteer_candidates(doc, ids) + hyphen_chains(doc, ids) + head_names(doc, ids)
                  + acronym_expansions(doc, ids) + joint_bodies(doc, ids) + task_forces(doc, ids) + news_sources(doc, ids)
                  + wire_datelines(doc) + holder_candidates(doc) + handle_people(doc)
                  + titled_people(doc) + listed_people(doc) + listed_kinds(doc, ids) + executive_orders(doc) + meeting_formats(doc)
                  + assembly_sessions(doc) + glued_igos(doc) + glued_titles(doc)
                  + counterpart_lists(doc) + appositive_people(doc))
    candidates = without_redefined(doc, candidates)  # "the Additional Protocol (AP)": no Associated Press
    for cand in spacy_candidates(doc, ids):
        if cand.type == "PERSON":
            refined = refine_person(doc, cand)  # no "Recover Together" (a slogan): an adverb ends no name
            if refined is not None and not (refined.end - refined.start > 1 and doc[refined.end - 1].tag_ in NOT_NAME_TAGS):
                candidates.append(refined)
        else:
            person = person_after_title(doc, cand)
            tail = person_after_org(doc, cand) if person is None else None
            if tail is not None and tail.start > cand.start:
                # the body's name before the person ("National Assembly | Alen Simonyan"); a pattern's
                # name of the body, where there is one, is longer and wins
                cand = dataclasses.replace(cand, end=tail.start, name=ids.span_text(cand.start, tail.start))
            if person is not None:
                candidates.append(person)
            elif tail is None or plausible_org(doc[cand.start:cand.end], cand.name):
                candidates.append(cand)  # not "spokesman for the ministry | Huseyin Muftuoglu": a head noun alone
            if tail is not None:
                candidates.append(tail)
    titled = people_ending_titles(doc)  # "... for Cyber and Emerging Technology Anne Neuberger of ..."
    candidates = without_title_words(doc, candidates, titled) + [t.person for t in titled]
    # "the Biden Administration", "the Government of Nigeria": the state itself
    surnames = people_surnames(candidates)  # "the Reeds" after "Tom Reed": the family
    candidates = [administration_leader(doc, c) for c in candidates  # "the Raisi administration": Raisi
                  if not (is_administration(c) or is_family(c, surnames) or is_state_government(c))]
    candidates = [c for c in candidates  # "New Year", "the Second World War", "E.O.", "St. Patrick('s Day)"
                  if not (no_entity(c) or before_a_day(doc, c) or _unbalanced(c.name))]
    candidates = [piece for c in candidates for piece in _unglued(c, doc, ids)]  # "Today, Senior ... Administration"
    candidates = [_with_edition_year(without_heading_verb(doc, ids, c), doc, ids)  # "OGT Expo 2017"
                  for c in candidates]  # "**Department of Commerce Updates its Entity List:**": no "Updates"
    candidates = [dataclasses.replace(c, type="PLACE") if c.type == "ORG" and (is_venue(c.name) or is_region_compound(c.name))
                  else c for c in candidates if not _names_a_disease(doc, c)]  # "Blossom Music Center", "Euro-Atlantic"
    candidates = [dataclasses.replace(c, type="ORG", country=None) if c.source == "spacy" and c.type == "PLACE"
                  and c.name.lower() in STATE_BRANCHES else c for c in candidates]  # "the chief of the Judiciary"
    candidates = [dataclasses.replace(c, type="DOCUMENT", country=None)  # "the Strategic Framework Agreement"
                  if c.source == "spacy" and c.type in ("PLACE", "ORG") and is_document_name(c.name) else c
                  for c in candidates]
    candidates = without_country_given_names(candidates, ids)  # "Jordan [Safadi]" beside "Ayman Safadi"
    candidates = without_place_given_names(candidates, doc)  # "Baghdad Amrayev, the secretary-general of ..."
    candidates = people_read_as_places(candidates, doc)  # "..., Le Hoai Trung" (FAC) beside "Chairman Trung"
    candidates = names_read_as_bodies(candidates)  # "Karbasi" (ORG) beside "Mohammadreza Karbasi"
    resolved = [c for c in resolve(candidates) if c.type != NOTHING]  # "Sahand and Spota satellites"
    resolved = without_brand_adjectives(resolved)  # "American Airlines" names no United States
    resolved = with_known_as(resolved, doc)  # "..., known as the Tehran Convention": one document
    clusters = link(_with_capital_places(resolved) + _mission_cities(resolved, ids), doc)
    _add_acronym_mentions(clusters, ids)
    placed = merge_known_people(clusters, article)  # spellings of one holder are one person
    placed += place_people(clusters, article)  # before titles: "the Prime Minister" needs a placed person
    placed += title_mentions(doc, clusters, article)
    add_surname_mentions(clusters, doc, ids)  # "Rouhani met separately with ...": the president named before
    clusters = _without_title_bodies(_without_project_countries(_without_nested_un(clusters)), doc,
                                    published_by_white_house(article.source, article.url))
    clusters = without_common_words(clusters, doc_text(doc))  # "**Corridor:**" beside "the corridor"
    mentions: list[Mention] = []
    found: list[Entity] = []
    for cluster in clusters:
        entity, cluster_mentions = _build(article, ids, cluster)
        found.append(entity)
        mentions.extend(cluster_mentions)
    mentions.sort(key=lambda m: (m.evidence[0].start, m.evidence[0].end))
    found.sort(key=lambda e: (e.evidence[0].start, e.type))
    return tuple(mentions), tuple(found), placed


def _unglued(cand: Candidate, doc: Doc, ids: TokenIds) -> list[Candidate]:
    """An organisation's span that runs past a comma into no one name is dropped; one that runs
    two bodies' names of a list together ("Sikh Coalition, Southern Poverty Law Center") gives
    each of them (`accords.entities.plausible.listed_names`)."""
    if not (cand.type in ("ORG", "PROJECT") and cand.canonical is None and glued_at_comma(doc[cand.start:cand.end])):
        return [cand]
    return [dataclasses.replace(cand, start=start, end=end, type="ORG", name=ids.span_text(start, end), aliases=())
            for start, end in listed_names(doc[cand.start:cand.end])]


def _unbalanced(name: str) -> bool:
    """A span cut inside brackets is no name: "Imam (Khomeini" from "the leadership of Imam (Khomeini) against"."""
    return name.count("(") != name.count(")")


def _with_edition_year(cand: Candidate, doc: Doc, ids: TokenIds) -> Candidate:
    """A named event right before a year is that edition of it ("OGT Expo 2017", "Turkmen
    Construction 2017"), as a known event is ("Bakutel 2018", `accords.entities.candidates`); the
    name without the year stays an alias."""
    if cand.type != "EVENT_NAME" or cand.end >= len(doc) or not is_year(doc[cand.end]) \
            or doc[cand.end - 1].is_punct or not doc[cand.end - 1].whitespace_:
        return cand
    return dataclasses.replace(cand, end=cand.end + 1, name=ids.span_text(cand.start, cand.end + 1),
                               aliases=(*cand.aliases, cand.name))


def _names_a_disease(doc: Doc, cand: Candidate) -> bool:
    """"Malaria", "the Omicron variant", "Marburg virus": a disease or a pathogen the small model
    took for a body, a place or a person."""
    return cand.source == "spacy" and cand.type in ("ORG", "PLACE", "PERSON") and (
        cand.name.lower() in DISEASE_NAMES or (cand.end < len(doc) and doc[cand.end].lower_ in DISEASE_WORDS))


def _without_nested_un(clusters: list[Cluster]) -> list[Cluster]:
    """The United Nations named only inside the names of its own bodies and texts ("UN Security
    Council", "United Nations Charter", "UN Framework Convention on Climate Change") is no entity of
    its own (tests/gold/README.md, tenth session: "UN" inside "UN Security Council" gives no entry). Other
    known bodies named only inside meetings' names ("the G7 Leaders' Summit") stay: the events take
    them for sides ("after the NATO Summit, I spoke with President Zelenskyy"), though the wh dev gold
    records the body in 2 of 7 such texts (ent47)."""
    spans = [(m.start, m.end) for cluster in clusters if cluster.canonical != "UN" for m in cluster.members]
    return [cluster for cluster in clusters if not (cluster.canonical == "UN" and _all_inside(cluster, spans))]


def _all_inside(cluster: Cluster, spans: list[tuple[int, int]]) -> bool:
    return all(any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
               for m in cluster.members)


def _without_project_countries(clusters: list[Cluster]) -> list[Cluster]:
    """A country named only inside the proper names of projects ("Iraq-Turkiye Pipeline", "India-Middle
    East-Europe Economic Corridor") is no entity of its own (tests/gold/README.md, seventeenth session:
    "a country named only inside a project's name gets no entry"), as the UN inside its bodies' names.
    A route the text describes in lower case ("the Central Asia-Russia line") still names the country."""
    spans = [(m.start, m.end) for cluster in clusters if cluster.type == "PROJECT" for m in cluster.members
             if m.name.split()[-1][:1].isupper()]
    return [cluster for cluster in clusters if not (cluster.type == "COUNTRY" and spans and all(
        any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans) for m in cluster.members))]


def _without_title_bodies(clusters: list[Cluster], doc: Doc, own: bool) -> list[Cluster]:
    """Organisations and places named only inside people's titles are part of the titles, and in its own
    texts (`own`) the White House named only before its staff's titles ("White House Press Secretary") too
    (`accords.entities.titles`)."""
    people = [(m.start, m.end) for cluster in clusters if cluster.type == "PERSON" for m in cluster.members]
    return [cluster for cluster in clusters if not (
        cluster.type == "ORG" and cluster.canonical is None and is_office(entity_name(cluster))
        and all(in_title(doc, m.start, m.end, people) for m in cluster.members)) and not (
        cluster.type == "PLACE" and region_name(entity_name(cluster))
        and all(place_in_title(doc, m.start, m.end, people) for m in cluster.members)) and not (
        own and cluster.type == "ORG" and all(staff_title_front(doc, m.name, m.end) for m in cluster.members))]


def _with_capital_places(candidates: list[Candidate]) -> list[Candidate]:
    """A capital standing for its country ("Tehran and Baku agreed") names the city too.

    The COUNTRY mention serves the events (actors); the PLACE twin on the same tokens keeps
    the city as a place entity, as it is when the text names it elsewhere ("held in Tehran").
    """
    twins = [
        dataclasses.replace(cand, type="PLACE", canonical=None, priority=GAZETTEER, nested_ok=False,
                            source="gazetteer:capital")
        for cand in candidates
        if cand.type == "COUNTRY" and cand.source in ("gazetteer:capital-metonym", "pattern:capital-compound")
    ]
    return sorted(candidates + twins, key=lambda c: (c.start, c.end))


def _mission_cities(candidates: list[Candidate], ids: TokenIds) -> list[Candidate]:
    """The city inside a mission's name ("U.S. Embassy Kyiv", "Tunisian Embassy in Washington",
    `accords.entities.patterns`) is a PLACE too, as the gold of every outlet has it."""
    return [Candidate(start, end, "PLACE", ids.span_text(start, end), GAZETTEER, source="gazetteer:capital",
                      country=place_country(ids.span_text(start, end)))
            for cand in candidates if cand.type == "ORG" and "city" in cand.extra
            for start, end in [cand.extra["city"]]]


def _add_acronym_mentions(clusters: list[Cluster], ids: TokenIds) -> None:
    """Bare uses of an acronym defined in the article ("EPEG") join its expansion."""
    acronyms = [{a for m in cluster.members for a in m.aliases if a.isupper() and len(a) >= 2}
                for cluster in clusters]
    if not any(acronyms):
        return
    # where each acronym occurs, from one scan of the doc for all of them
    uses: dict[int, list[int]] = {string_id(a): [] for group in acronyms for a in group}
    for i in ids.where_orth(uses):
        uses[ids.orth[i]].append(i)
    taken = {i for cluster in clusters for m in cluster.members for i in range(m.start, m.end)}
    for cluster, group in zip(clusters, acronyms):
        for acronym in group:
            for i in uses[string_id(acronym)]:
                if i not in taken:
                    cluster.members.append(dataclasses.replace(
                        cluster.members[0], start=i, end=i + 1, name=acronym, aliases=(), extra={}))
                    taken.add(i)


def _build(article: Article, ids: TokenIds, cluster: Cluster) -> tuple[Entity, list[Mention]]:
    name = entity_name(cluster)
    entity_key = cluster.canonical or fold(name)
    entity_id = fact_id(article.id, "entity", cluster.type, entity_key)
    members = sorted(cluster.members, key=lambda m: m.start)
    evidence = []
    mentions = []
    surface_forms: list[str] = []
    for member in members:
        start, end = ids.char_span(member.start, member.end)
        span = Evidence(article.id, start, end)
        evidence.append(span)
        surface = article.text[start:end]
        mentions.append(Mention(
            id=fact_id(article.id, "mention", start, end, cluster.type), text=surface, type=cluster.type,
            evidence=(span,), entity_id=entity_id, stage=STAGE,
        ))
        for form in (member.name, *member.aliases):
            if form not in surface_forms:
                surface_forms.append(form)
    if cluster.type == "PROJECT":  # "Central America Forward initiative": also "Central America Forward"
        surface_forms += [short for short in map(without_generic_head, surface_forms) if short is not None]
    aliases = tuple(form for form in surface_forms if fold(form) != fold(name))
    country = cluster.canonical if cluster.type == "COUNTRY" else _first(m.country for m in members)
    title = None
    roles: tuple[Role, ...] = ()
    if cluster.type == "PERSON":
        titles = [m.title for m in members if m.title]
        # "his Azeri counterpart Ilham Aliyev ... President Aliyev": an office over a relation
        title = max(titles, key=lambda t: (t.split()[-1].lower() not in RELATIONAL_TITLES, len(t))) if titles else None
        seen: list[str] = []
        for t in titles:
            if t not in seen:
                seen.append(t)
        roles = tuple(Role(title=t, country=country, as_of=article.published) for t in seen)
    entity = Entity(
        id=entity_id, type=cluster.type, name=name, evidence=tuple(evidence),
        canonical_id=cluster.canonical, aliases=_dedupe(aliases), country=country, title=title,
        roles=roles, stage=STAGE,
        confidence=entity_confidence(cluster.type, len(evidence), tied=bool(cluster.canonical or country)),
    )
    return entity, mentions


def _first(values):
    return next((v for v in values if v), None)


def _dedupe(values: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(fold(value), value)
    return tuple(seen.values())
