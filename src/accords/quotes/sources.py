"""Who the subject of a reporting clause is: a person, an organisation, a role of an
organisation, or a group.

The subject phrase comes from the parse (`accords.quotes.syntax.Attribution.subject`); this
module reads it against the article's people and organisations (`accords.quotes.speakers.People`):

- a person named in it ("Dr. Luz Contreras Arroyo", a bare surname) is the speaker;
- a role of an organisation ("A Freedom Mobile spokesperson", "a spokesperson for the British
  Foreign Office", "CBP's spokesman", "a statement from the ministry") is that organisation's
  role, with the organisation as the speaking entity; a bare role ("the spokesperson said")
  is the organisation whose role spoke last, else the organisation named just before;
- a pronoun takes the most recent person ("he", "she") or organisation ("it"); "“…,” he said"
  right after a quote takes the last source first;
- a title ("the minister") and an organisation noun ("the company") are matched as
  `People.by_title` and `People.by_org` match them;
- any other proper-noun subject ("UFCW Local 832", "The United Nations High Commissioner for
  Human Rights") is its own name, tied to an organisation named inside it;
- a plural common noun ("Analysts", "the doctors", "Police") is the group it names, and any
  other description of unnamed people ("a senior official", "one analyst", "Federal
  prosecutors") is that description (`accords.quotes.groups`), with a low confidence unless
  the group speaks for an institution ("police", "officials").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from accords.quotes.antecedents import PERSON_NAME, names_another_body
from accords.quotes.bodies import GROUP_NOUNS, organisation_of_kind
from accords.quotes.groups import (
    GROUP_HEADS,
    INSTITUTIONAL_GROUPS,
    UNNAMED_CONFIDENCE,
    again,
    described_end,
    group_name,
    institutional,
    named_group,
    private,
    pronoun_may_mean,
    unnamed_antecedent,
    unnamed_phrase,
    voice_agrees,
    VOICE_NOUNS,
)
from accords.quotes.names import fullest, spelled_person, person_after_owner, person_before_affiliation
from accords.quotes.genders import given_name_gender, mention_gender
from accords.quotes.governed import modifies_a_noun
from accords.quotes.given_names import gender_of_given_name
from accords.quotes.holders import bare_office_holder, holder_named_before, recent_holder
from accords.quotes.issuers import issued_by, statement_body, statement_issuer
from accords.quotes.media import MEDIA_NAME as _MEDIA_NAME, MEDIA_NOUNS, names_medium
from accords.quotes.roles import (bare_noun, fullest_organisation, may_be, owner_words, phrase_name, role_name,
                                  singular_role, speaks_for)
from accords.quotes.country_words import country_words
from accords.quotes.speakers import ORGANISATION_NOUNS, People
from accords.quotes.syntax import Attribution
from accords.quotes.records import from_entity
from accords.quotes.resolved import Speaker
from accords.quotes.subject_names import (head_person, holder_after, namesake_after, object_past_office, organisation_group, possessor,
                                          whole_names)
from accords.quotes.titles import TITLE_HEADS
from accords.quotes.written_bodies import unnamed_body
from accords.quotes.verbs import CARRIER_NOUNS

def role_words() -> frozenset[str]:
    """Words that name an organisation's voice or people, after the organisation's name
    ("Freedom Mobile spokesperson", "NASA scientists"): the evaluation strips them to compare
    the organisation."""
    return ROLE_NOUNS | OFFICIAL_NOUNS | GROUP_HEADS


#: Heads that make the subject an organisation's voice rather than a person's name.
ROLE_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman spokespeople spokespersons representative representatives "
    "source sources".split()
)
#: Heads that are an organisation's voice when the organisation is named with them ("a
#: Freedom Mobile official", "an official with the TPO"), else a title of a person.
OFFICIAL_NOUNS = frozenset("official officials".split())
#: Nouns for one person that a definite description uses for the person just spoken of ("the
#: actor", "the former senator"), never for a new one.
PERSON_NOUNS = frozenset(
    "actor actress singer star player coach patient executive author writer novelist lawyer attorney "
    "senator congressman congresswoman lawmaker politician candidate veteran businessman businesswoman "
    "economist professor scientist researcher artist musician director producer rapper comedian host "
    "athlete striker goalkeeper forward defender quarterback pitcher skipper manager owner founder "
    "woman man mother father wife husband son daughter teenager expert analyst commentator scholar academic "
    # people of local news: "the Brampton resident", "the retired teacher", "the mother of three"
    "resident native teacher nurse student doctor physician worker farmer homeowner tenant volunteer activist "
    "grandmother grandfather mom dad parent".split()
)
_DEFINITE = re.compile(r"(?i)(?:the|this|that)\b")
_OWNED = re.compile(r"\w['’]s?\s")  # a possessive before the head: "the victim's mother"
#: A kin word tied to someone after it: "the wife of John Carver", "the son of the late president"
#: (someone new; but "the coach of the Wild" is the coach spoken of).
_OF_SOMEONE = re.compile(r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+)?(?:mother|father|wife|husband|son|daughter)\s+of\s"
                         r"(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)", re.IGNORECASE)  # not "mother of three"
_AGE = re.compile(r"\b\d+-year-old\b")
_TRAILING_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*$")
#: A preposition right before two capitalised words ending a title phrase: they end a body's or a
#: place's name ("University of South Alabama"), no holder's.
_IN_NAME = re.compile(r"\b(?:of|at|in|for|from)\s+\Z")
_FULL_NAME = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+")
#: Heads of a subject that make the name beside it an organisation's ("the group …, Big Machine").
ORGANISATION_HEADS = frozenset((*ORGANISATION_NOUNS, "group", "outfit", "maker", "retailer", "carrier", "airline"))


@dataclass(frozen=True)
class Context:
    """What the text before a reporting clause tells about who its subject may mean.

    `recent`: the people and organisations spoken of, most recent first; `later`: those named
    after the sentence (a title may look ahead); `roles`: organisations' roles that spoke ("a
    Freedom Mobile spokesperson"); `unlinked`: the last speaker when it is a name the entity
    stage did not know ("Eswar Prasad, a trade professor at Cornell, said …"), whom "he" and
    "she" mean then; `organisation`: the organisation that spoke last, a few paragraphs back at
    most ("UFCW Local 832 said …"), which a bare organisation noun no entity's name holds ("the
    union") means; `topic`: that organisation while no sentence since had another subject,
    which "it" and "they" mean (or a group that spoke in the sentence before: "they" only);
    `source`: the entity of the person who spoke last, whom a title no one holds ("the MP
    remarked") means first; `described`: the unnamed speakers so far ("an insider"), whom a
    definite "the insider" means; `voice`: the last speaker when it is an organisation's
    spokesperson or official who spoke in this paragraph or the one before ("A spokeswoman for
    Health Canada said …"), whom "she" and "he" mean next (`voice_agrees`)."""

    recent: Sequence[str] = ()
    later: Sequence[str] = ()
    roles: Sequence[Speaker] = ()
    unlinked: Speaker | None = None
    organisation: Speaker | None = None
    topic: Speaker | None = None
    source: str | None = None
    described: Sequence[Speaker] = ()
    voice: Speaker | None = None


def resolve(people: People, attribution: Attribution, context: Context) -> Speaker | None:
    """The source the attribution's subject names (`speaker`, then an institution's voice as
    written: `description`, then unnamed people as described: `unnamed`), or None when it names
    none for sure. Unnamed private people ("analysts", "the victim's mother", "a source told
    Reuters") speak with `UNNAMED_CONFIDENCE`, below every named speaker: the text says no more
    of who they are, and an analyst filtering by confidence does not see them."""
    found = speaker(people, attribution, context)
    if found is not None and found.entity is not None and (prior := again(people.text, attribution, context.described)):
        if not _holds(people, found.entity, attribution.head):
            # "one senior official was quoted as saying … | The official added": the unnamed
            # official described before, not a person named since who holds no such title
            found = prior
    if (body := unnamed_body(people, attribution.subject, found)) is not None:
        found = Speaker(body[0], body[1], "org", 0.6)  # "the mission", "the automaker", "PETA" (`written_bodies`)
    if found is None:
        found = description(people, attribution)
    if found is None:
        found = unnamed(people, attribution) or again(people.text, attribution, context.described)
    if found is not None and len(found.name.strip(" .:")) < 2:
        return None  # "Q: Now don’t you think that …": an interview's question mark, no one's name
    if found is not None and private(found.kind, found.name):
        found = replace(found, confidence=min(found.confidence, UNNAMED_CONFIDENCE))
    return found


def _unlinked_gender(people: People, unlinked: Speaker) -> str | None:
    """The gender of the last speaker no entity links: its given name's, or for a one-word name
    ("Zaqov") the pronoun the text writes after it (`accords.quotes.genders.mention_gender`)."""
    if " " not in unlinked.name.strip():
        return mention_gender(people.text, unlinked.name)
    return given_name_gender(unlinked.name)


def _holds(people: People, entity_id: str, head: str) -> bool:
    """Whether the article gives the entity a title with the head word (`People.titles`)."""
    entity = people.person(entity_id)
    head = singular_role(head.lower())
    return entity is not None and any(head in t.lower().split() for t in people.titles(entity))


def unnamed(people: People, attribution: Attribution) -> Speaker | None:
    """ "Experts said", "a senior official said", "the victim's mother testified": a common-noun
    subject that describes people no one names (`accords.quotes.groups.unnamed_phrase`) and
    holds no name of the article is the speaker as described (`group_name`), kind "group"."""
    if attribution.subject is None or attribution.proper or attribution.naming or attribution.manner:
        return None  # "Students cheered when she said …": a reaction, not their speech
    start, end = attribution.subject
    if not unnamed_phrase(people.text[start:end], attribution.head):
        return None
    owned = max(people.text.rfind("'s", start, end), people.text.rfind("’s", start, end))
    if any((r.kind in ("name", "org") or r.entity) and r.end > owned for r in people.references(start, end)):
        return None  # "NASA scientists": the organisation speaks; but "Rudolph's supporters" are described
    between = people.references(end, attribution.cue[0]) if attribution.cue[0] > end else ()
    if any(r.kind == "name" for r in between) or (attribution.appositive and people.references(*attribution.appositive)):
        return None  # "a spokeswoman for the mayor, Councillor Jo Hart, told": whose voice it is
    end = described_end(people.text, end, attribution.cue[0])  # "Experts on jail suicide told"
    return Speaker(None, group_name(people.text, start, end), "group", UNNAMED_CONFIDENCE)


#: A dateline opening a paragraph: a place in capitals, its state or country, a dash
#: ("BUFFALO, N.Y. —", "LOS ANGELES (AP) —", "WASHINGTON –").
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+\b(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--?)\s")
#: A person's own voice: their office, campaign or spokesperson speaks for them.
_PERSONS_VOICE = re.compile(
    r"(?i)(his|her)\s+(?:office|campaign|spokesperson|spokesman|spokeswoman|representative|rep|press\s+secretary|"
    r"press\s+office|staff)")

#: Heads of a description that names an institution's voice when nothing in the article says
#: whose ("the company said", "a spokesperson said", "the ministry said", "officials said").
DESCRIPTION_HEADS = frozenset(
    (*(ROLE_NOUNS - {"source", "sources"}), *OFFICIAL_NOUNS, *ORGANISATION_NOUNS, *INSTITUTIONAL_GROUPS))
#: A description after its quote: a lower-case determiner, at most two lower-case modifiers, the head
#: ("the provincial ministry"); a capitalised one opening a sentence ("The company said it …") gave
#: more wrong speakers than right ones in the GGT check.
_DESCRIPTION = re.compile(r"(?:(?:the|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,2}(?P<head>[a-z]+)")


def description(people: People, attribution: Attribution) -> Speaker | None:
    """ "“…,” the company said", "a spokesperson said", "police said": a lower-case description
    of an institution's voice that names no organisation or person of the article is the speaker
    as written (without "a"/"an"), since who said it is all the text tells, and giving it to
    the person spoken of last would be wrong. A definite title ("the spokesman said") is left
    to the quote stage, which finds its holder named before (`People.by_title`)."""
    if attribution.subject is None or attribution.according:
        return None
    phrase = people.text[attribution.subject[0]:attribution.subject[1]].strip()
    match = _DESCRIPTION.fullmatch(phrase)
    if match is None or match.group("head") not in DESCRIPTION_HEADS:
        return None
    if _is_title_head(match.group("head")) and not re.match(r"an?\s", phrase):
        return None  # "the spokesman said": the holder named before, whom the quote stage finds
    words = phrase.lower().split()
    if "news" in words or any(word in MEDIA_NOUNS - {"agency"} for word in words):
        return None  # "the news agency said", "the newspaper's website": a medium relays, it does not speak
    name = re.sub(r"^an?\s+", "", phrase)
    # its own kind: no organisation whose role or statement a later "the spokesperson" means
    return Speaker(None, name, "description", 0.5)


def speaker(people: People, attribution: Attribution, context: Context) -> Speaker | None:
    """The speaker the attribution's subject names, or None when it names none for sure (what
    the text before it tells is `context`)."""
    recent, later, roles = context.recent, context.later, context.roles
    unlinked, organisation, topic = context.unlinked, context.organisation, context.topic
    if attribution.subject is None:
        return None
    start, end = attribution.subject
    dateline = _DATELINE.match(people.text, start)
    if dateline is not None and (start == 0 or people.text[start - 1] == "\n"):
        if dateline.end() >= end or not re.search(r"\w", people.text[dateline.end():end]):
            # "BUFFALO, N.Y. — Hours before …, Wild coach Bruce Boudreau …": the place of the
            # dateline, which the parse may take for the subject, says nothing; a person set
            # beside it may ("TEHRAN – Former Turkish ambassador to NATO, Umit Pamir, … says")
            return _person_in(people, *attribution.appositive) if attribution.appositive else None
        start = dateline.end()  # "TEHRAN – MP Karen Khanlari, who …, condemned …, saying …"
    if attribution.head not in ROLE_NOUNS and any(r.kind == "name" and object_past_office(people.text, start, r.start)
                                                  for r in people.references(start, max(end, attribution.cue[0]))):
        return None  # "An aide to Ontario Premier Doug Ford said": someone of his, not he (the parse may
        # cut the subject before the office or set the office and name beside it); but "a spokesperson
        # for Toronto Mayor John Tory" is the mayor's voice (`_role`)
    end = whole_names(people, start, end)
    holder = holder_after(people, end, attribution.cue[0])
    if holder is not None:
        return holder
    text = people.text
    phrase = text[start:end]
    head = attribution.head
    if attribution.according and head in MEDIA_NOUNS and not _MEDIA_NAME.search(phrase):
        return None  # "according to the report", "according to data": no one in particular
    if head not in PERSON_PRONOUNS and (not attribution.proper or _is_title_head(head)) and attribution.appositive is not None:
        # "Carlineo's attorney, Sonya Zoghlin, said", "another witness, ... Fiona Hill", "The Shadow
        # Secretary of State for Health, Mary Hollis, said" (a capitalised office): the name
        named = _person_in(people, *attribution.appositive)
        appositive = people.text[attribution.appositive[0]:attribution.appositive[1]]
        if named is None and (_FULL_NAME.fullmatch(appositive) or PERSON_NAME.fullmatch(appositive)):
            # "The group that owns most of her music, Big Machine, says": an organisation's name
            kind = "org" if head in ORGANISATION_HEADS else "name"
            named = _organisation_in(people, *attribution.appositive) or Speaker(None, appositive, kind, 0.7)
        elif named is None and appositive[:1].islower() and (tail := _TRAILING_NAME.search(appositive)):
            named = Speaker(None, tail.group(0), "name", 0.6)  # "former special envoy to Ukraine Kurt Volker"
        elif named is None and head not in ORGANISATION_HEADS and re.fullmatch(r"[A-Z][a-z]+", appositive) \
                and gender_of_given_name(appositive) is not None:
            named = Speaker(None, appositive, "name", 0.6)  # "one nurse, Karen, who asked that her surname not be used"
        if named is not None:
            return named
    voice = _PERSONS_VOICE.fullmatch(phrase.strip())
    if voice is not None:
        # "His office said", "her spokeswoman said": the person "his" or "her" means speaks
        pronoun = voice.group(1).lower()
        person = next((e for e in recent if _is(people, e, "PERSON") and people.agrees(e, pronoun)), None)
        return from_entity(people, person, "person", 0.6)
    if head in ROLE_NOUNS or head in CARRIER_NOUNS or (head in OFFICIAL_NOUNS and owner_words(phrase, head)
                                                       and not _country_official(phrase, head, organisation)):
        if head == "statement" and not attribution.according and (by := issued_by(people, start, attribution.cue[0])):
            # "A statement put out by the Armenian premiership said Azerbaijan launched …": its issuer
            return from_entity(people, by[0], "person", 0.7) or Speaker(None, by[1], "description", 0.5)
        if head == "statement" and _DEFINITE.match(phrase.strip()) and not attribution.according and not any(
                r.entity for r in people.references(start, end)):
            # "“…,” the statement said": the statement introduced last, whoever issued it
            issued = from_entity(people, statement_issuer(people, start), "person", 0.6)
            owner = [text[r.start:r.end] for r in people.references(start, end) if r.kind == "org"]
            if issued is not None and all(issued.kind == "org" and may_be(o, issued.name) for o in owner):
                return issued  # (and "the ministry’s statement" is a ministry's)
            body = statement_body(text, start) if issued is None and not owner else None
            if body is not None:
                return Speaker(None, body, "description", 0.5)  # "the Iranian embassy in Baku issued a statement"
        anonymous = head in ("source", "sources")  # "a source familiar with the talks": no one's unless it says whose
        if anonymous and any(r.kind == "name" and possessor(text, r, end) for r in people.references(start, end)):
            return None  # "reporter Nisan Ahmado's source": someone's unnamed source, described in full (`unnamed`)
        if not anonymous and (held_by := holder_named_before(people, start, end)) is not None:
            return from_entity(people, held_by, "person", 0.7)  # "the Iranian Foreign Ministry spokesman" named before
        if not anonymous and (held_by := bare_office_holder(people, start, end, head, recent, [r.name for r in roles])):
            return from_entity(people, held_by, "person", 0.7)  # "the spokeswoman said" after Zakharova
        found = _role(people, start, end, head, recent=() if anonymous else recent, roles=() if anonymous else roles)
        if found is None and not anonymous:  # "The spokesman also said …": the spokesman spoken of lately
            found = from_entity(people, recent_holder(people, start, end, singular_role(head), recent), "person", 0.7)
        if found is None and head in CARRIER_NOUNS and not attribution.according and _DEFINITE.match(phrase.strip()):
            # "“…,” the statement read": the statement of whoever spoke last ("Big Machine said
            # in a statement"), a person or an organisation
            found = (from_entity(people, context.source, "person", 0.6) or organisation
                     or (replace(unlinked, confidence=0.6) if unlinked is not None else None))
        return found
    head_entity = head_person(people, start, end)
    if head_entity is not None and (surname := namesake_after(people, head_entity, start, end)) is not None:
        return Speaker(None, surname, "name", 0.7)  # "said Sharma, whose daughter Anika Sharma …": not the daughter
    if head_entity is not None:
        return Speaker(head_entity.id, head_entity.name, "person", 0.9)
    if head in ("he", "she", "him", "her") and phrase.strip().lower() == head:
        if unlinked is not None and _unlinked_gender(people, unlinked) in (None, _PRONOUN_GENDER[head]) and (
                unlinked.kind != "group" or pronoun_may_mean(unlinked.name, head)):
            return replace(unlinked, confidence=0.6)
        if context.voice is not None and voice_agrees(context.voice.name, head):
            # "A spokeswoman for Health Canada said … “…,” she said": the organisation's voice goes
            # on speaking; no person named before it is meant
            return replace(context.voice, confidence=0.6)
        # "Mayor Tom Ruiz has failed …, he claimed": the person the reported words name is no one
        # "he" may mean then; the source before them is
        trailing = (attribution.content is not None and attribution.content[1] <= start
                    and _named_in(people, people.pronoun_person(head, recent), attribution.content))
        if ((trailing or _QUOTE_ADJACENT.search(people.text, max(0, start - 4), start) is not None)
                and context.source is not None and _is(people, context.source, "PERSON")
                and people.agrees(context.source, head)):
            # the source who spoke (or was introduced as the subject) last goes on speaking: the
            # "“…,” he said" right after a quote, or after the words it reports ("The mayor has
            # failed to act, he said"), is theirs before a person named since in a leading clause
            # or in those words; any other clause ("He has injected …, suggesting he might …")
            # keeps the last subject ("Mr. Trump's theatrical embrace …")
            person = context.source
        else:
            person = people.pronoun_person(head, recent)
        return from_entity(people, person, "person", 0.7)
    if head in ("it", "they") and phrase.strip().lower() == head and topic is not None and (
            head == "they" or topic.kind != "group"):  # a group is "they", never "it"
        # (a group's words stay as unsure as its own)
        return replace(topic, confidence=min(0.6, topic.confidence) if topic.kind == "group" else 0.6)
    if head == "it":
        org = next((e for e in recent if _is(people, e, "ORG")), None)
        return from_entity(people, org, "org", 0.6)
    if (head in ("i", "we", "they", "you", "one", "who", "which", "that", "this") and phrase.strip().lower() == head
            and phrase.strip() != "WHO"):  # "says WHO": the World Health Organization, no relative pronoun
        return None
    refs = people.references(start, end)
    titles = [r for r in refs if r.kind == "title"]
    if titles and _plural_office(head):
        titles = []  # "Officials said", "Several ministers said": people of an office, no one of them
    if titles and (not attribution.proper or _is_title_head(head)):
        at_head = re.search(rf"(?i)\b{re.escape(head)}\b(?!.*\b{re.escape(head)}\b)", phrase) if head else None
        named_head = at_head is not None and not _is_title_head(head)
        tail = _TRAILING_NAME.search(phrase, 0, at_head.end() if named_head and at_head is not None else len(phrase))
        if tail is not None and _IN_NAME.search(phrase, 0, tail.start()):
            tail = None  # "the professor … at the University of South Alabama": the end of a body's name
        if tail is not None and (start + tail.start() >= titles[0].end or (
                named_head and tail.group(0).lower().endswith(" " + head))):
            # "Iran's Ambassador to Baku Mohsen Pakayeen", "Deputy Minister of Economy Elnur
            # Aliyev (at the conference)": a name the entity stage did not know, after the
            # title; never another holder of a like title
            return Speaker(None, tail.group(0), "name", 0.6)
        entity = people.by_title(titles[0], recent=recent, later=later, source=context.source)
        if entity is None and titles[0].end < end and tail is not None:
            return Speaker(None, tail.group(0), "name", 0.6)
        return from_entity(people, entity, "person", 0.7)
    if (not attribution.proper and (head in PERSON_NOUNS or _AGE.search(phrase)) and _DEFINITE.match(phrase)
            and not _OWNED.search(phrase) and not _OF_SOMEONE.search(phrase)):
        # "the former “Dawson's Creek” star", "the 56-year-old": the person the text is about (but
        # "the victim's mother" is someone new, tied to another)
        introduced = unnamed_antecedent(text, head, start)
        if introduced is not None:
            # "A UK man's decision … | … Owen Dempsey … | “…,” the man wrote": the man the text
            # introduced without a name, not the person named since
            return Speaker(None, introduced, "group", UNNAMED_CONFIDENCE)
        person = next((e for e in recent[:3] if _is(people, e, "PERSON")), None)
        if person is not None:
            return from_entity(people, person, "person", 0.6)
    orgs = [r for r in refs if (r.kind == "org" or (r.entity and _is(people, r.entity, "ORG")))
            and not (_is_title_head(head) and modifies_a_noun(text, r.start, r.end, end))]  # not "the Oakville MP"
    if head in GROUP_HEADS and not attribution.proper:
        group = organisation_group(people, start, end, head)
        if group is not None:
            return group
    if attribution.proper and _is_title_head(head) and (held_by := holder_named_before(people, start, end)):
        return from_entity(people, held_by, "person", 0.7)  # "the Chairman of the Legislative Chamber of X"
    if attribution.proper and _is_title_head(head) and any(
            r.kind in ("name", "org") and modifies_a_noun(text, r.start, r.end, end) for r in refs):
        return None  # "the Oakville MP said": the town names no one, and no holder was found above
    if attribution.proper:
        name = phrase_name(phrase)
        linked = next((r.entity for r in orgs if r.entity), None)
        if linked is not None and _covers(people, linked, name):
            linked_entity = people.person(linked)
            return Speaker(linked, linked_entity.name if linked_entity is not None else name, "org", 0.8)
        short_for = people.organisation_named_by(name) if linked is None and name else None
        if short_for is not None:
            # "“…,” Loblaw said" after "Loblaw Companies Ltd. reported …": the company named in full
            return Speaker(short_for.id, short_for.name, "org", 0.8)
        if name and name[0].isupper():
            person = person_before_affiliation(name) or person_after_owner(name)  # "Patrol Chief James Hall with the NYPD"
            if person is None and linked is None and (spelled := spelled_person(people.entities.values(), name)) and (
                    _count(text, spelled.name.split()[-1]) > _count(text, name)):
                # "Entesar" twice in a text that spells "Nader Entessar" seven times; but the text's
                # own spelling where it writes the other one as often ("Kocharyan", not "Kocharian")
                return Speaker(spelled.id, spelled.name, "person", 0.7)
            return Speaker(None, person, "name", 0.7) if person else Speaker(linked, fullest(text, name), "name", 0.7)
        return None
    if orgs:
        ref = orgs[0]
        entity = ref.entity or people.by_org(ref, recent=recent, named=True)
        if entity is None and ref.kind == "org" and bare_noun(text[ref.start:ref.end]):
            # "the union said" after "UFCW Local 832 said"; never an organisation only spoken of
            if organisation is None or not may_be(text[ref.start:ref.end], organisation.name) or is_medium(organisation):
                # "Nissan cut jobs … | The company said": the last organisation of its kind
                entity = organisation_of_kind(people, head, ref.start)
                return from_entity(people, entity, "org", 0.6) if entity is not None else None
            return replace(organisation, confidence=0.6)
        return from_entity(people, entity, "org", 0.7)
    if head in GROUP_NOUNS and not attribution.proper and _DEFINITE.match(phrase) and bare_noun(phrase):
        # "WeWorkers Coalition said … | The group said": an organisation called a group named
        # before, else the organisation that spoke last, else one of its kind (`accords.quotes.bodies`)
        called = organisation_of_kind(people, "named group", start)
        if called is None and organisation is not None:
            return replace(organisation, confidence=0.6)
        return from_entity(people, called or organisation_of_kind(people, head, start), "org", 0.6)
    if head in GROUP_HEADS:
        group_named = named_group(text, head) if _DEFINITE.match(phrase) else None
        if group_named is not None:
            return Speaker(None, group_named, "org", 0.6)
        name = group_name(text, start, described_end(text, end, attribution.cue[0]))
        if institutional(name):
            return Speaker(None, name, "group", 0.5)
        return unnamed(people, attribution)  # "his lawyers": whose, the text said before
    return None


#: A closing quotation mark right before a reporting clause's subject: "“…,” he said".
#: The quote must end with a comma, question or exclamation mark, inside or outside the closing
#: mark: after '…".' a new sentence begins ("praised his “ability to listen”. He said: …").
_QUOTE_ADJACENT = re.compile(r"(?:[,?!][”\"’']|[”\"’'],)\s*$")


_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
PERSON_PRONOUNS = frozenset("he she him her i we they you".split())


def is_channel(people: People, attribution: Attribution) -> bool:
    """Whether an "according to" phrase names the medium words came through ("according to
    IRNA", "according to a statement"), which relays a quote rather than speaks it."""
    if not attribution.according or attribution.subject is None:
        return False
    phrase = people.text[attribution.subject[0]:attribution.subject[1]]
    return attribution.head in MEDIA_NOUNS or attribution.head in CARRIER_NOUNS or bool(_MEDIA_NAME.search(phrase))


def is_medium(speaker: Speaker) -> bool:
    """Whether a speaker is a news medium ("IRNA reported", "Daily Sabah added"): its reports are
    the news itself, not reported speech an analyst looks for."""
    return speaker.kind in ("org", "name", "role") and names_medium(speaker.name)


def _named_in(people: People, entity_id: str | None, span: tuple[int, int]) -> bool:
    """Whether a person is named inside text[span] (the words a clause reports)."""
    return entity_id is not None and any(r.entity == entity_id for r in people.names_starting(*span))


def _organisation_in(people: People, start: int, end: int) -> Speaker | None:
    """ "The group that owns most of her music, Big Machine, says": the organisation the
    apposition names, when its name is (nearly) all of it."""
    phrase = people.text[start:end]
    for ref in people.references(start, end):
        entity = people.person(ref.entity)
        if entity is not None and entity.type == "ORG" and _covers(people, entity.id, phrase_name(phrase)):
            return Speaker(entity.id, entity.name, "org", 0.8)
    return None


def _person_in(people: People, start: int, end: int) -> Speaker | None:
    for ref in people.references(start, end):
        entity = people.person(ref.entity)
        if ref.kind == "name" and entity is not None and entity.type == "PERSON" and not possessor(people.text, ref, end):
            return Speaker(entity.id, entity.name, "person", 0.85)
    return None


def _role(
    people: People, start: int, end: int, head: str, *, recent: Sequence[str], roles: Sequence[Speaker]
) -> Speaker | None:
    """ "A Freedom Mobile spokesperson", "a spokesperson for X", "a statement from X": X speaks."""
    text = people.text
    phrase = text[start:end]
    role = "" if head in CARRIER_NOUNS else singular_role(head)
    for ref in people.references(start, end):
        entity = people.person(ref.entity)
        if entity is not None and entity.type == "ORG":
            return Speaker(entity.id, role_name(fullest_organisation(text, entity.name), role), "role", 0.8)
        if entity is not None and entity.type == "PERSON" and (head in CARRIER_NOUNS or speaks_for(text, start, ref.start, head)
                                                               or (role in VOICE_NOUNS and possessor(text, ref, end))):
            # "a statement from X"; "a spokesperson for Toronto Mayor John Tory", "Premier Tom
            # Ruiz's press spokesman": the person speaks
            return Speaker(entity.id, entity.name, "person", 0.8)
    owner = owner_words(phrase, head)
    if owner:
        return Speaker(None, role_name(owner, role), "role", 0.7)
    if role and roles:  # "the spokesperson said": the one whose organisation spoke last
        same = next((r for r in reversed(roles) if r.name.endswith(role)), None)
        if same is not None:
            return same
    org = next((e for e in recent[:2] if _is(people, e, "ORG")  # (but "IRNA reported" has no spokesman speaking next)
                and not (role and names_medium(getattr(people.person(e), "name", "")))), None)
    entity = people.person(org)
    if org is not None and entity is not None and not (role and names_another_body(phrase, head, entity.name)):
        # (but "a union spokesman said" is another body's voice, described: `description`; "a
        # recent report" is still the organisation's)
        return Speaker(org, role_name(fullest_organisation(text, entity.name), role), "role", 0.6)
    return None


def _count(text: str, word: str) -> int:
    """How often the text writes a word whole."""
    return len(re.findall(rf"\b{re.escape(word)}\b", text))


def _country_official(phrase: str, head: str, organisation: Speaker | None = None) -> bool:
    """ "The Turkish official": a definite official of a country only, who is a person spoken of
    ("Cavusoglu emphasized … The Turkish official had previously mentioned …"), not the voice of an
    organisation (but "a Turkish official", "the Foreign Ministry official" are, and so is the
    official right after an organisation that spoke, a country aside: "the Iranian foreign ministry
    said in a statement. … “…,” the Iranian official said")."""
    if organisation is not None and organisation.name not in country_words() and not (
            organisation.kind == "role" and owner_words(organisation.name, head) in country_words()):
        return False  # (but "the Armenian officials" who spoke before are no organisation's voice)
    return head == "official" and _DEFINITE.match(phrase.strip()) is not None and owner_words(phrase, head) in country_words()


def _plural_office(head: str) -> bool:
    """Whether a subject's head is the plural of an office ("officials", "ministers")."""
    return head in GROUP_HEADS or (head.endswith("s") and any(head == h + "s" for h in TITLE_HEADS if " " not in h))


def _is_title_head(head: str) -> bool:
    """Whether a subject's head word is an office ("ICT Minister", "Azeri President")."""
    return any(head == h or head == h + "s" for h in TITLE_HEADS if " " not in h)


def _covers(people: People, entity_id: str, name: str) -> bool:
    """Whether the organisation's name is (most of) the subject name, not a part of a longer one."""
    entity = people.person(entity_id)
    if entity is None:
        return False
    names = {entity.name.lower(), *(a.lower() for a in entity.aliases)}
    return name.lower() in names or len(name.split()) <= len(entity.name.split()) + 1


def _is(people: People, entity_id: str | None, kind: str) -> bool:
    entity = people.person(entity_id)
    return entity is not None and entity.type == kind

