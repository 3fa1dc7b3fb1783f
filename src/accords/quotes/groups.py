"""Unnamed speakers: groups and people the text describes but does not name.

"Experts said", "residents told the paper", "Federal prosecutors alleged", "a senior official
said", "one analyst noted": the subject of the reporting verb is a common-noun phrase whose head
is a noun for people or a group of people (`is_people_noun`), not a pronoun, not a title that
refers back to someone named, and no name. Such a quote is recorded with the noun phrase as its
speaker, as the sentence writes it in full ("federal prosecutors", "senior official", "experts
at the Mayo Clinic"), and a LOW confidence (`UNNAMED_CONFIDENCE`), below every quote whose
speaker is named, so that a list filtered by confidence hides them (tests/gold/README.md,
"Unnamed speakers": the GGT annotators record them, and so does our gold since the tenth
session). An institution's unnamed people ("police", "officials") speak for it and keep
the confidence they had (`INSTITUTIONAL_GROUPS`).

Which nouns name people is a closed word class (`PEOPLE_NOUNS`: roles, occupations, relations,
groups), with agent nouns in -er, -or, -ist, -ian and -ant written in the plural ("bloggers",
"lobbyists") as its open end; nouns for documents and media ("the report said", "the letter
said") are never people (`NOT_PEOPLE`).
"""

from __future__ import annotations

import functools
import re

from accords.quotes.phrases import POSSESSIVE_WORD
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the speaker and clause this module reads, never built here
    from spacy.tokens import Token

    from accords.quotes.sources import Speaker
    from accords.quotes.syntax import Attribution

#: Groups that speak as such ("Analysts say", "Police said", "the doctors stated").
GROUP_HEADS = frozenset(
    "analysts experts police officers doctors physicians residents officials organizers organisers "
    "protesters researchers scientists economists critics lawyers prosecutors investigators authorities "
    "parents teachers workers members students activists advocates observers witnesses neighbours "
    "neighbors families firefighters paramedics nurses employees leaders".split()
)
#: Groups that speak for an institution, whose words an analyst records ("Police said").
INSTITUTIONAL_GROUPS = frozenset("police officials prosecutors investigators authorities leaders".split())

#: Nouns for one person or a group of people, singular (a plural is found by its singular):
#: occupations, roles, relations and groups a news report lets speak without a name.
PEOPLE_NOUNS = frozenset((
    "police analyst expert resident official officer doctor physician organizer organiser protester protestor "
    "researcher scientist economist critic lawyer attorney prosecutor investigator parent teacher worker "
    "member student activist advocate observer witness neighbour neighbor family firefighter paramedic nurse "
    "employee leader source insider aide staffer adviser advisor diplomat lawmaker legislator senator "
    "executive manager trader investor banker broker strategist scholar academic professor historian "
    "specialist engineer farmer villager voter customer consumer shopper passenger driver owner landlord "
    "tenant homeowner victim survivor relative friend supporter opponent fan player athlete coach teammate "
    "volunteer citizen refugee migrant immigrant demonstrator campaigner plaintiff defendant juror attendee "
    "participant delegate commentator pundit pollster inspector auditor regulator agent guard soldier "
    "militant rebel fighter insurgent commander medic surgeon dentist pharmacist psychologist psychiatrist "
    "epidemiologist clinician veterinarian vet scientist biologist chemist physicist geologist meteorologist "
    "forecaster planner designer architect consultant accountant entrepreneur "
    "businessman businesswoman shopkeeper dealer "
    "shareholder stakeholder donor official spokesperson representative "
    "negotiator mediator envoy ambassador minister lawmaker politician candidate councillor councilor mayor "
    "judge magistrate clerk administrator principal superintendent dean coordinator director supervisor "
    "counsellor counselor therapist caregiver carer mother father wife husband son daughter sister brother "
    "uncle aunt cousin grandmother grandfather grandparent child teenager youth man woman person local "
    "islander pilot crew sailor fisherman fishermen miner labourer laborer spokesman "
    "spokeswoman reporter journalist editor correspondent blogger author writer poet artist musician "
    "singer actor actress director producer critic viewer listener reader user subscriber visitor tourist "
    "traveller traveler commuter pedestrian cyclist motorist rider hiker climber swimmer runner skier "
    "worshipper pastor priest imam rabbi bishop cleric monk nun colleague classmate roommate partner "
    "peer elder chief officer deputy sheriff trooper detective constable sergeant lieutenant captain "
    "colonel general admiral marine veteran recruit cadet guardsman trustee "
    "technician mechanic electrician plumber carpenter chef cook waiter bartender cashier clerk "
    "receptionist secretary assistant intern apprentice trainee graduate alumnus alumni fellow "
    "petitioner complainant claimant appellant respondent litigant suspect detainee prisoner inmate "
    "hostage captive patient inhabitant dweller settler native newcomer staff crowd mob"
).split())
#: Irregular plurals of people nouns, and nouns for a group that is never "he" or "she" ("crowd", "mob").
_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
            "staff": "staff", "crew": "crew", "fishermen": "fisherman", "businessmen": "businessman",
            "businesswomen": "businesswoman", "spokesmen": "spokesman", "spokeswomen": "spokeswoman",
            "alumni": "alumnus", "families": "family", "parties": "party", "authorities": "authority",
            "communities": "community", "youths": "youth", "crowd": "crowd", "mob": "mob"}
#: Agent nouns that more often name a company than a person ("the region's largest grain
#: supplier told investors"): no unnamed person, though their plural may be a group ("lenders say").
_COMPANY_NOUNS = frozenset(
    "lender borrower creditor retailer vendor merchant seller buyer bidder sponsor developer contractor "
    "builder operator carrier supplier manufacturer producer exporter importer insurer provider".split())
#: Heads that are never people, though their form is an agent noun's: documents, media, numbers.
NOT_PEOPLE = frozenset((
    "paper papers letter letters number numbers order orders other others poster posters computer "
    "computers report reports filing filings ruling rulings statement statements document documents "
    "newspaper newspapers tabloid register registers charter charters flyer flyers banner banners "
    "tracker trackers counter counters sensor sensors monitor monitors indicator indicators "
    "marker markers figure figures data study studies survey surveys poll polls"
).split())
#: Nouns an article uses for anyone at all, which name no source ("people say", "many believe").
_TOO_VAGUE = frozenset("person people someone everyone anyone others many some most few all both".split())
#: Agent nouns in the plural: "bloggers", "lobbyists", "historians", "migrants".
_AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ians|ants)")
#: What opens a noun phrase without describing whom it names: determiners and quantifiers.
_OPENING = re.compile(
    r"(?i)(?:(?:the|a|an|one|another|some|many|several|most|other|few|all|both|these|those|two|three|four|"
    r"five|dozens|hundreds|thousands|of|more|than|at|least)\s+)+")
#: A possessive pronoun before the head: whose group is the text's earlier subject, not a description.
_PRONOUN_OWNER = re.compile(r"(?i)\b(?:his|her|its|their|our|my|your)\b")
#: An indefinite determiner: someone new, not someone named before ("a senior official").
_INDEFINITE = re.compile(r"(?i)(?:an?|one|another|some)\s")

#: The confidence of a quote whose speaker is an unnamed private group or person: below every
#: named speaker's (`accords.quotes.sources`: 0.4 at the least), so a confidence filter hides it.
UNNAMED_CONFIDENCE = 0.3


def singular(head: str) -> str:
    """The singular of a people noun ("experts" → "expert", "families" → "family")."""
    head = head.lower()
    if head in _PLURALS:
        return _PLURALS[head]
    if head.endswith("ies") and len(head) > 4:
        return head[:-3] + "y"
    if head.endswith(("sses", "ches", "shes")):
        return head[:-2]
    if head.endswith("s") and not head.endswith("ss"):
        return head[:-1]
    return head


def plural(head: str) -> bool:
    """Whether a people noun is written in the plural (or is a group noun: "police", "staff")."""
    head = head.lower()
    return head in _PLURALS or (singular(head) != head and head.endswith("s"))


def is_people_noun(head: str) -> bool:
    """Whether a common noun names people or a group of people: a `PEOPLE_NOUNS` word (either
    number), or a plural agent noun in -ers, -ors, -ists, -ians, -ants ("bloggers",
    "lobbyists", "migrants"), a hyphenated word by its last part ("co-conveners"); never a
    `NOT_PEOPLE` word or a word for anyone at all."""
    head = head.lower().rsplit("-", 1)[-1]
    if not head.isalpha() or head in NOT_PEOPLE or head in _TOO_VAGUE:
        return False
    return singular(head) in PEOPLE_NOUNS or head in PEOPLE_NOUNS or _AGENT_PLURAL.fullmatch(head) is not None


def unnamed_phrase(phrase: str, head: str) -> bool:
    """Whether a subject phrase with this head describes someone unnamed and new to the text:
    people in the plural ("Experts", "many residents", "the victim's relatives"), or one person
    with an indefinite determiner ("a senior official", "one analyst") or a possessor named by a
    noun ("the victim's mother"); not a definite description of one person ("the actor", who is
    someone named before), and no group or person owned by a pronoun ("his lawyers", "her son")."""
    phrase = phrase.strip()
    if not is_people_noun(head) or _PRONOUN_OWNER.search(phrase):
        return False
    if plural(head):
        return True
    if singular(head) in _COMPANY_NOUNS:
        return False
    return _INDEFINITE.match(phrase) is not None or POSSESSIVE_WORD.search(phrase) is not None


#: A passive reporting verb the parse left in a subject phrase: "one senior official | was quoted".
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+quoted$")


def group_name(text: str, start: int, end: int) -> str:
    """The speaker name of an unnamed group or person, text[start:end] as the sentence writes
    it without its opening determiners and quantifiers ("Many residents" → "residents", "a
    senior official" → "senior official", "Federal prosecutors" → "federal prosecutors"): its
    first word in lower case where only the sentence start capitalises it (the text writes it
    capitalised nowhere else, it is no country's name or demonym and opens no name: "Canadian
    experts", "Middle East observers" stay)."""
    phrase = _QUOTED_AS.sub("", " ".join(text[start:end].split()))  # "one official was quoted (as saying)"
    name = _OPENING.sub("", phrase, count=1) if _OPENING.match(phrase) else phrase
    name = (name or phrase).rstrip("'’")  # "voters' complained": a stray apostrophe
    first, *rest = name.split()
    if (first[:1].isupper() and first[1:].islower() and first not in _proper_words()
            and not (rest and rest[0][:1].isupper())  # "Middle East observers"
            and not re.search(r"['’]s?$", first)  # "Rudolph's supporters": a possessor is a name
            and re.search(rf"[\w,;] {re.escape(first)}\b", text) is None):
        name = first.lower() + name[len(first):]
    return name


#: A prepositional phrase between a group's head and its verb: "Experts on jail suicide told ...",
#: "Residents in the area said ...": part of the description, which the parse may leave out.
_MODIFIER = re.compile(
    r"\s+(?:on|in|about|at|from|with|of|for|inside|outside|near|across|familiar\s+with|close\s+to)\s"
    r"(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+\s*$")


def described_end(text: str, end: int, cue: int) -> int:
    """Where an unnamed speaker's description ends: after a prepositional phrase that runs from
    the subject phrase's end (`end`) right up to its reporting verb (`cue`) or to a comma before
    it (an apposition follows), else at `end`."""
    if cue <= end:
        return end
    comma = text.find(",", end, cue)  # "… source inside the camp, a refugee who …, said"
    stop = cue if comma < 0 else comma
    if stop - end > 80:
        return end
    match = _MODIFIER.fullmatch(text, end, stop)
    return end if match is None else len(text[:stop].rstrip())


def named_group(text: str, head: str) -> str | None:
    """ "the doctors" (or "the physicians") of an article about "Doctors for Camp Closure": the
    name of the organisation whose name is the group's noun, or a synonym of it
    (`_GROUP_SYNONYMS`), with a capitalised complement ("Physicians for Human Rights")."""
    for noun in (head, *_GROUP_SYNONYMS.get(head, ())):
        match = re.search(
            rf"\b{re.escape(noun.capitalize())}(?:\s+(?:for|of|against|without|in|on|and)(?:\s+the)?"
            rf"(?:\s+[A-Z][\w'’-]*)+)+", text)
        if match is not None:
            return match.group(0)
    return None


#: Group nouns an article uses for the same people ("the physicians" of "Doctors for Camp Closure").
_GROUP_SYNONYMS = {"physicians": ("doctors",), "doctors": ("physicians",), "lawyers": ("attorneys",),
                   "attorneys": ("lawyers",)}


def head_of(name: str) -> str:
    """The head noun of a speaker's description, lower case: its last word before any
    prepositional phrase ("doctor on the scene" → "doctor", "police in Toronto" → "police")."""
    words = _PREPOSITION.split(name)[0].split()
    return words[-1].lower() if words else ""


_PREPOSITION = re.compile(r"\s+(?:on|in|about|at|from|with|of|for|inside|outside|near|across|familiar|close)\s")


def institutional(name: str) -> bool:
    """Whether a group speaks for an institution ("police", "officials", "police in Toronto"):
    its head (`head_of`) is one of `INSTITUTIONAL_GROUPS`."""
    return head_of(name) in INSTITUTIONAL_GROUPS


#: A definite description of one word: "the insider", "the doctor", "the sources".
_DEFINITE_HEAD = re.compile(r"(?i)the\s+[a-z-]+")
#: A person's name of two capitalised words or more opening an apposition ("Mojtaba Zolnouri, who …").
_NAMED = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+\b")


def again(text: str, attribution: Attribution, described: Sequence[Speaker]) -> Speaker | None:
    """ "“…,” the insider added" after "an insider told the outlet": the unnamed speaker described
    before whose head is the definite description's (the latest one), as a pronoun takes a name;
    an organisation's unnamed role is read by its last word ("the source highlighted" after "an
    unnamed source at the Syrian Ministry of Foreign Affairs said", shown as that ministry's source)."""
    if attribution.subject is None or attribution.proper or not described:
        return None
    if not _DEFINITE_HEAD.fullmatch(text[attribution.subject[0]:attribution.subject[1]].strip()):
        return None
    if attribution.appositive is not None and _NAMED.match(text, attribution.appositive[0]):
        return None  # "The lawmaker, Mojtaba Zolnouri, who …, said": the description named here
    head = singular(attribution.head)
    return next((s for s in reversed(described) if singular(head_of(s.name)) == head or (
        s.kind == "role" and singular(s.name.split()[-1].lower()) == head)), None)  # "Syrian Ministry of ... source"


def private(kind: str, name: str) -> bool:
    """Whether a speaker (`accords.quotes.sources.Speaker` kind and name) is unnamed private
    people: a group that is no institution ("analysts", "residents"; not "police",
    "officials") or an anonymous source ("Reuters source")."""
    if kind == "group":
        return not institutional(name)
    return kind == "role" and name.split()[-1].lower() in ("source", "sources")


@functools.cache
def _proper_words() -> frozenset[str]:
    """Capitalised words that stay capitalised in a group's name: countries' names and demonyms."""
    try:
        from accords.gazetteer.countries import countries
    except ImportError:
        return frozenset()
    return frozenset(alias for c in countries() for alias in (*c.names, *c.demonyms) if " " not in alias)


#: The one person who speaks for an organisation, and the pronouns that may mean them.
VOICE_NOUNS = {"spokesman": ("he",), "spokeswoman": ("she",), "spokesperson": ("he", "she"),
               "representative": ("he", "she"), "official": ("he", "she")}


def voice_agrees(name: str, pronoun: str) -> bool:
    """Whether a speaker shown as an organisation's voice ("Health Canada spokeswoman") is one
    "he" or "she" may mean: its last word a singular voice noun of the pronoun's gender."""
    words = name.lower().split()
    return bool(words) and pronoun.lower() in VOICE_NOUNS.get(words[-1], ())


#: Heads that tell a person's gender ("a man", "the victim's mother"): whom "he" or "she" may mean.
_GENDERED = {**dict.fromkeys("man boy father son husband brother businessman grandfather uncle".split(), "he"),
             **dict.fromkeys("woman girl mother daughter wife sister businesswoman grandmother aunt".split(), "she")}


def pronoun_may_mean(name: str, pronoun: str) -> bool:
    """Whether "he" or "she" may mean an unnamed private person who spoke ("a doctor from
    Hebron", "man"): one person, not a group or an institution's voice, whose head noun does
    not tell the other gender ("a woman" is no "he")."""
    head = head_of(name)
    if not name[:1].islower() or not is_people_noun(head) or plural(head) or not private("group", name):
        return False
    return _GENDERED.get(head, pronoun.lower()) == pronoun.lower()


#: "a man", "A UK man", "a 43-year-old woman": a person introduced without a name, as the text
#: first writes them (at most three words between the article and the head).
_INTRODUCED = r"\b[Aa]n?\s+(?:(?:(?:[A-Z]\.)+|[\w'’-]+)\s+){{0,3}}?{head}\b"
#: A name set beside the description: "a man, John Smith,", "a woman named Ann Lee", "John Smith, a man".
_NAMED_AFTER = re.compile(r"\s*(?:,\s*|\s+(?:named|called|identified\s+as)\s+)(?:[A-Z][\w'’.-]*\s+){1,3}")
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*,\s*$")


def unnamed_antecedent(text: str, head: str, before: int) -> str | None:
    """The unnamed person "the man" or "the patient" means: the head noun (`head`, singular),
    when the text before `before` introduced someone with it without a name ("A UK man's
    decision …", "a 43-year-old man who saw his doctor") and never set a name beside that
    description ("a man, John Smith, 32"); else None (the person named is meant)."""
    head = head.lower()
    if head not in _GENDERED and head not in ("patient", "victim", "driver", "passenger", "resident", "neighbour",
                                              "neighbor", "customer", "witness", "survivor", "owner", "worker"):
        return None
    pattern = re.compile(_INTRODUCED.format(head=re.escape(head)))
    found = [m for m in pattern.finditer(text, 0, before)]
    if not found:
        return None
    for match in pattern.finditer(text):  # a name beside any such description: the man is named
        if _NAMED_AFTER.match(text, match.end()) or _NAMED_BEFORE.search(text, max(0, match.start() - 60),
                                                                          match.start()):
            return None
    return head


def someone_new(noun: Token) -> bool:
    """Whether a noun is an indefinite singular person ("a farmer", "an elderly woman"): someone
    new, whose words a relative clause on it reports ("She met a farmer who said, “…”"), not the
    sentence's subject's."""
    return (noun.tag_ == "NN" and noun.lemma_.lower() in PEOPLE_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children))
