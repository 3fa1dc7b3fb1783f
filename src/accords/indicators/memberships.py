"""Counts of the members of a body: the size of a delegation or a commission ("a 20-member Turkish trade
delegation": `delegation_members`, `members_metric`), and of a named body: "the 38-nation Combined Maritime Forces", "the 11-member
International Maritime Security Construct", "the Global Coalition has grown to include 159 countries and 15
international organizations". Such a count is the body's own figure (`member_countries`,
`member_organizations`), as the gold gives "the eleven other Americas Partnership countries" the
partnership alone, never the country of the text that mentions it.

The rules read the figure's own words, never one text's wording:

- `member_metric`: the count is joined to the name by a hyphen ("38-nation", "11-member"), or follows a
  verb of membership whose subject is the name ("has grown to include", "comprises", "brings together"),
  also as the second item of such a list ("159 countries and 15 international organizations");
- `member_body`: the body's side is its id where the gazetteer knows it as an organisation (NATO, ASEAN),
  else the short form the text gives it in brackets, else its fullest name in the text ("the Global
  Coalition" written earlier as "the Global Coalition to Address Synthetic Drug Threats").

A count of countries a body does not name ("a coalition of more than 80 countries") is left to the other rules. A
government's text counts NATO's members as "Allies", capitalised ("Nine Allies will meet or exceed this commitment",
"convene all 32 Allies"): such a count is NATO's (`allies`), where the text names NATO.

The state press counts an organisation's members by its acronym or as "the organization" (`body_members`):
"the SCO's eight members", "the nine main members of the organization", "a diplomatic organization with eight
members", "the eight member countries", "the organization was expanded to include seven new members". Such a
count is the organisation's, the one its acronym names or, for "the organization", the last one the text named
before it (`member_body`); a count of a delegation's, a team's or a parliament's members is none of these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.gazetteer.organisations import igo_by_alias, igos
from accords.indicators.subjects import CountrySpan, is_country
from accords.quantities.extract import QUALIFIER

#: The metrics of a count of members.
MEMBER_COUNTRIES = "member_countries"
MEMBER_ORGANIZATIONS = "member_organizations"
METRICS = frozenset({MEMBER_COUNTRIES, MEMBER_ORGANIZATIONS})

#: A name: capitalised words, joined by lower-case function words ("Global Coalition to Address ... Threats").
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:and|for|of|on|to|the)\s+){0,2}[A-Z][\w’'-]*){0,8}"
#: "the 38-nation Combined Maritime Forces", "the 11-member International Maritime Security Construct".
_HYPHENED = re.compile(r"-(?P<what>nation|country|state|member)\s+(?P<name>" + _NAME + r")")
#: The count written right before such a hyphen ("38", "eleven").
_NUMBER_HYPHENED = re.compile(r"[\w,.]*?" + _HYPHENED.pattern)
#: "the Global Coalition has grown to include", "NATO now comprises", "The SCO currently comprises", "the Global
#: Coalition ..., which has brought together": the body a membership verb makes the subject; also a body's name with
#: its kind in apposition ("the Ukraine Defense Contact Group—a coalition of 50 partner nations", "the International
#: Partners Group, a collection of ten countries").
_INCLUDES = re.compile(
    r"\b(?P<name>" + _NAME + r")(?:(?:\s*,\s*(?:which|that)\b)?\s+(?:(?:has|have|had|now|currently|grown\s+to|"
    r"expanded\s+to)\s+){0,3}(?:include[sd]?|including|comprises?|comprised\s+of|consists\s+of|brings\s+together|"
    r"brought\s+together)|\s*(?:,|—|–)\s*an?\s+(?:coalition|collection|group|grouping|network)\s+of)\s+"
    r"(?:(?:\d[\d,]*|[a-z]+)\s+(?:member\s+)?(?:countries|nations|states)\s+and\s+)?" + QUALIFIER + r"$"
)
#: "a 20-member delegation", "a 160-strong delegation" (not "a 46-strong team", "a 19-strong panel": squads, juries).
_BODY_AFTER = re.compile(
    r"^-(?:(?:member|man|person)\s+(?:[\w-]+\s+){0,3}?(delegation|team|committee|group|commission|board|council|panel|mission)|"
    r"strong\s+(?:[\w-]+\s+){0,3}?(delegation|commission|mission))\b",
    re.IGNORECASE,
)
#: What such a count counts, right after it.
_MEMBERS_AFTER = re.compile(
    # "The SCO currently comprises eight Member States": the words capitalised as a body's own term
    r"^\s+(?:(?:[Mm]ember|other|partner)\s+)?(?:(?P<countries>countries|nations|states|States|Countries|Nations)|"
    r"(?P<organizations>(?:international\s+)?organi[sz]ations))\b"
)
#: "159 countries and 15 international organizations that are now part of the Coalition", "60 nations that have
#: joined the Alliance": a count of members the words after it give to the body they belong to.
_PART_OF = re.compile(
    r"\*{0,2}\s+(?:(?:member|other|partner)\s+)?(?P<what>countries|nations|states|(?:international\s+)?organi[sz]ations)"
    r"(?:\s+and\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:international\s+)?(?:organi[sz]ations|countries|nations))?\*{0,2},?\s+"
    r"(?:that|which)\s+(?:(?:are|have|has|had)\s+)?(?:now\s+|already\s+)?(?:part\s+of|members\s+of|joined|belong\s+to)\s+"
    r"(?:the\s+)?(?P<name>" + _NAME + r")")
#: A day or a month after a function word ends a name: "the 15-member UN Security Council on Monday".
_DATE_AFTER = re.compile(r"\s+(?:(?:and|for|of|on|to|the|in)\s+)+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*|"
                         r"\s+(?:(?:and|for|of|on|to|the|in)\s+)+(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\b.*", re.DOTALL)
#: Words a name may open with that make no name of a body ("In just over a year").
_NO_NAME = frozenset({"In", "On", "At", "For", "By", "With", "From", "Since", "Today", "The", "This", "It", "We", "They"})


#: What a count right before it counts as an organisation's members: "eight members", "nine main members",
#: "seven new members", "eight member countries", "eight Member States" (not "members of parliament").
_MEMBER_NOUN = re.compile(
    r"\s+(?:(?:main|full|full-fledged|permanent|founding|current|new)\s+)?(?:(?P<members>members)\b(?!\s+of\s+"
    r"(?:staff|parliament|the\s+(?:delegation|team|board|committee|family|parliament|public)))|"
    r"[Mm]ember\s+(?:states|countries|nations|States|Countries|Nations)\b)"
)
#: "the SCO's eight members", "the EAEU’s five member states": the organisation's acronym owns the count.
_POSSESSOR = re.compile(r"\b(?P<name>[A-Z]{2,6})['’]s\s+" + QUALIFIER + "$")
#: "the nine members of the organization", "of this bloc", "of the SCO" (the words after the count's noun; not "of the
#: OSCE Minsk Group", an organ of it); "the" before the count makes it their number, not a part of them.
_OF_BODY = re.compile(
    r"\s+of\s+(?:the|this|that)\s+(?:(?P<name>[A-Z]{2,6})\b(?!\s+[A-Z])|(?:organi[sz]ation|bloc|alliance|grouping)\b)")
#: The organisation the sentence is about, right before the count: "a diplomatic organization with eight members",
#: "the bloc has eight members", "the organization was expanded to include seven new members".
_BODY_WITH = re.compile(
    r"\b(?:organi[sz]ation|bloc|alliance|grouping)\s*,?\s+(?:(?:which|that)\s+)?(?:(?:now|currently)\s+)?"
    r"(?:with|has|had|comprising|consisting\s+of|(?:was|has\s+been)\s+expanded\s+to\s+include)\s+" + QUALIFIER + "$"
)
#: "with the eight member countries": a count of "member countries" after "the" refers to the organisation named before.
_THE_MEMBER_COUNT = re.compile(r"\bthe\s+" + QUALIFIER + "$")
#: A flow before such a count makes it the flow's partners, no size of the organisation: "has traded 12.34 million tons
#: of non-oil goods worth $9.856 billion with the 11 member states of SCO".
_FLOW_BEFORE = re.compile(r"\b(?:trade[ds]?|trading|exports?|exported|imports?|imported|worth)\b|\$", re.IGNORECASE)


#: The metric of a count of NATO's members (`allies`), and the body it belongs to.
ALLIES = "allies"
NATO = "NATO"
#: What such a count counts, right after it: the capitalised members' word, not followed by other partners.
_ALLIES_AFTER = re.compile(r"\s+(?:(?:NATO|European|other|fellow)\s+)?Allies\b(?!\s*(?:,|and|&)\s*(?:other\s+)?"
                           r"(?:[Pp]artners|[Ff]riends|[Aa]llies))")
_ALLIANCE = re.compile(r"\bNATO\b|\bNorth\s+Atlantic\s+Treaty\b")

#: Below this, "the two member states" refers back to the sides named before, no size of an organisation.
MIN_MEMBERS = 3


def body_members(lead: str, after: str, *, earlier: str, value: float) -> str | None:
    """`member_countries` for a count of an organisation's members the state press gives by its acronym or as "the
    organization" (`lead`: the sentence up to the count, `after`: the sentence after it, `earlier`: the text before
    the sentence), else None: the acronym must be an organisation's, "the organization" needs one named, and a
    body of fewer than `MIN_MEMBERS` is none ("the two member states" are the sides)."""
    noun = _MEMBER_NOUN.match(after)
    if noun is None or abs(value) < MIN_MEMBERS:
        return None
    if (owner := _POSSESSOR.search(lead)) is not None:
        return MEMBER_COUNTRIES if igo_by_alias(owner.group("name")) is not None else None
    if (of := _OF_BODY.match(after, noun.end())) is not None and not _THE_MEMBER_COUNT.search(lead):
        return None  # "two members of the OSCE": a part of the members, not their number
    if of is not None and of.group("name"):
        return MEMBER_COUNTRIES if igo_by_alias(of.group("name")) is not None else None
    if (of is not None or _BODY_WITH.search(lead) or (noun.group("members") is None and _THE_MEMBER_COUNT.search(lead)
                                                       and not _FLOW_BEFORE.search(lead))) \
            and names_organisation(earlier + lead):
        return MEMBER_COUNTRIES
    return None


def names_organisation(text: str) -> bool:
    """Whether `text` names an intergovernmental organisation by its acronym or a full name (the gazetteer's)."""
    return any(igo_by_alias(word) is not None for word in re.findall(r"\b[A-Z]{2,6}\b", text)) or any(
        name in text for igo in igos() for name in igo.names)


def counts_members(text: str, end: int, value: float) -> bool:
    """Whether the count ending at `end` after "the" states an organisation's size ("the eight member countries",
    "the nine main members of the organization", "all 32 Allies"), no reference back as "the two sides" is."""
    noun = _MEMBER_NOUN.match(text, end)
    lead = re.split(r"[.!?]\s", text[max(0, end - 200):end])[-1]
    if abs(value) >= MIN_MEMBERS and allies(text, end) is not None:
        return True  # "all 32 Allies": NATO's size
    return abs(value) >= MIN_MEMBERS and noun is not None and not _FLOW_BEFORE.search(lead) and (
        noun.group("members") is None or _OF_BODY.match(text, noun.end()) is not None)


def _organisation(
    text: str, sentence: tuple[int, int], figure_start: int, countries: Sequence[CountrySpan]
) -> tuple[str, ...] | None:
    """The organisation whose members the count at `figure_start` counts (`body_members`): the acronym it follows
    or that its "members of the ..." names, else the last organisation named before it; None when the count
    is none of these."""
    lead, after = text[sentence[0]:figure_start], text[figure_start:sentence[1]].lstrip()
    after = after[len(re.match(r"[\w,.-]*", after).group(0)):]  # type: ignore[union-attr]
    # its size was read with its metric: here only which of the forms it is
    if body_members(lead, after, earlier=text[:sentence[0]], value=MIN_MEMBERS) is None:
        return None
    noun = _MEMBER_NOUN.match(after)
    named = _POSSESSOR.search(lead) or (_OF_BODY.match(after, noun.end()) if noun is not None else None)
    if named is not None and named.group("name"):
        organisation = igo_by_alias(named.group("name"))
        return (organisation.acronym,) if organisation is not None else ()
    earlier = [c.iso3 for c in countries if not is_country(c.iso3) and not c.body and c.end <= figure_start]
    return (earlier[-1],) if earlier else ()


def _is_body(name: str) -> bool:
    """Whether `name` can name a body: an acronym ("NATO", "EU") or two words or more ("Combined Maritime
    Forces"), not one word that is an adjective of a place ("a 12-nation Asian tour", "Asia-Pacific")."""
    return bool(re.fullmatch(r"[A-Z]{2,}", name)) or len(name.split()) >= 2


def allies(text: str, end: int) -> str | None:
    """`allies` for a count of NATO's members as a government's text writes them, capitalised ("Nine Allies will meet
    or exceed this commitment", "convene all 32 Allies", "an additional five Allies") in a text that names NATO;
    not "30 Allies and partners" (more than the members), nor "treaty allies" (no body's)."""
    return ALLIES if _ALLIES_AFTER.match(text, end) and _ALLIANCE.search(text) else None


def members_metric(text: str, end: int) -> str | None:
    """ "a 20-member Turkish trade delegation", "a 35-man delegation" → delegation_members."""
    match = _BODY_AFTER.match(text[end:end + 60])
    return f"{(match.group(1) or match.group(2)).lower()}_members" if match is not None else None


def names_body(text: str, end: int) -> bool:
    """Whether the count ending at `end` is hyphened to the name of the body it sizes ("the 38-nation Combined
    Maritime Forces"): stated there, no count that refers back as "the two sides" does."""
    found = _HYPHENED.match(text, end, end + 120)
    return found is not None and _is_body(found.group("name"))


def member_metric(lead: str, after: str) -> str | None:
    """`member_countries` or `member_organizations` for a count of a named body's members (`lead`:
    the sentence up to the count, `after`: the sentence after it), else None."""
    hyphened = _HYPHENED.match(after)
    if hyphened is not None:
        return MEMBER_COUNTRIES if _is_body(hyphened.group("name")) else None
    if (part := _PART_OF.match(after)) is not None:
        return MEMBER_ORGANIZATIONS if "organ" in part.group("what") else MEMBER_COUNTRIES
    included = _INCLUDES.search(lead)
    counted = _MEMBERS_AFTER.match(after)
    name = _name(included.group("name")) if included is not None else None
    if counted is None or name is None or not _is_body(name):
        return None
    return MEMBER_ORGANIZATIONS if counted.group("organizations") else MEMBER_COUNTRIES


def member_body(
    text: str, sentence: tuple[int, int], figure_start: int, subjects: tuple[str, ...], *, metric: str,
    countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """The side of a count of members (`metric`) at `figure_start`: the body named with it, alone; other
    figures keep `subjects`."""
    if metric == ALLIES:
        return (NATO,)  # "19 Allies have clear plans to meet it": the Alliance's figure, no member's
    if metric not in METRICS:
        return subjects
    if (organisation := _organisation(text, sentence, figure_start, countries)) is not None:
        return organisation
    hyphened = _NUMBER_HYPHENED.match(text, figure_start, sentence[1])
    part = re.compile(r"[\w,.]*?" + _PART_OF.pattern).match(text, figure_start, sentence[1])
    if hyphened is not None:
        found = (_DATE_AFTER.sub("", hyphened.group("name")), hyphened.start("name"))
    elif part is not None:  # "the Coalition": the body by the fullest name the text gives it
        belongs = _DATE_AFTER.sub("", part.group("name"))
        return (_short_form(text, belongs) or _fullest(text, belongs) if _is_body(belongs) else _headed(text, belongs),)
    else:
        included = _INCLUDES.search(text, sentence[0], figure_start)
        name = _name(included.group("name")) if included is not None else None
        if included is None or name is None or not _is_body(name):
            return subjects
        found = (name, included.start("name") + included.group("name").find(name.split()[0]))
    name, start = found
    code = next((c.iso3 for c in countries if c.start == start and _abbreviates(c.iso3, name)), None)
    return (code,) if code is not None else (_short_form(text, name) or _fullest(text, name),)


def _abbreviates(code: str, name: str) -> bool:
    """Whether an organisation's id stands for the whole name ("OIC": "Organization of Islamic Cooperation",
    "EU": "EU"), not for the organisation one organ of it belongs to ("UN": "UN Security Council")."""
    initials = "".join(word[0] for word in name.split() if word[0].isupper())
    return name == code or initials == code


def _name(words: str) -> str | None:
    """The name in `words` without a leading word that opens a sentence or a phrase ("In just over a year,
    the Global Coalition" has none; "the Global Coalition" is "Global Coalition")."""
    parts = _DATE_AFTER.sub("", words).split()
    while parts and parts[0] in _NO_NAME:
        parts = parts[1:]
    return " ".join(parts) if parts else None


def _short_form(text: str, name: str) -> str | None:
    """The short form in brackets the text gives `name` ("Combined Maritime Forces (CMF)"), if any."""
    found = re.search(re.escape(name).replace(r"\ ", r"\s+") + r"\s*\((?P<short>[A-Z][\w-]*)\)", text)
    return found.group("short") if found is not None else None


def _fullest(text: str, name: str) -> str:
    """The longest name the text writes starting with `name`, its spaces made single."""
    longest = name
    for found in re.finditer(re.escape(name).replace(r"\ ", r"\s+") + r"(?:\s+(?:(?:and|for|of|on|to|the)\s+){0,2}"
                             r"[A-Z][\w’'-]*)*", text):
        written = " ".join(_DATE_AFTER.sub("", found.group(0)).split())
        if len(written) > len(longest):
            longest = written
    return longest


def _headed(text: str, head: str) -> str:
    """The longest name the text writes around the one word `head` ("the Coalition": "Global Coalition to Address
    Synthetic Drug Threats"), else `head` itself."""
    named = [" ".join(m.group(0).split()) for m in re.finditer(
        r"(?:[A-Z][\w’'-]*\s+){0,3}" + re.escape(head) + r"(?:\s+(?:(?:and|for|of|on|to|the)\s+){0,2}[A-Z][\w’'-]*)*", text)]
    named = [" ".join(n.split()[1:]) if n.split()[0] in _NO_NAME else n for n in named]
    return max((n for n in named if len(n.split()) >= 2), key=len, default=head)
