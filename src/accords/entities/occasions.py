"""Names of occasions and orders that the small model misreads: holidays, wars, dates before a
summit's head, presidential executive orders, and the level of a relationship.

- A holiday, festival or national day ("New Year", "Nowruz", "Christmas", "Eid al-Fitr", "National
  Day", "Independence Day", a saint's or a people's day: "St. Patrick's Day", "Mother's Day") is no entity,
  and the name before "'s Day" is none either ("St. Patrick" of "St. Patrick's Day" is no person or place)
  (tests/gold/README.md, thirteenth session: "a festival ('Diwali') ... no entities"), whatever
  type the model gave it.
- A war or a war era named ("the Second World War", "the Syria war", "the Second Karabakh War")
  is left out, as "the Sacred Defense" is (twelfth session); the places inside it stay places. So is a
  revolution ("the Islamic Revolution", also inside "Leader of the Islamic Revolution": no dev gold
  records one).
- A date glued to the front of an event's head ("the May 12 Summit") names no event: the
  summit's name is elsewhere in the text, or there is none.
- An executive order with its number ("Executive Order 14024", "E.O. 13405", "Executive Order
  No. 14257") is a DOCUMENT, as a UN resolution with its number is in all its forms ("Resolution
  2231", "UNSCR 2722", "Resolution No. ES-11/1", "Security Council resolution 2254": one document per
  number); the words alone ("an Executive Order (E.O.) imposing ...") name no document and no body or place.
- A numbered session of the UN General Assembly ("the 77th United Nations General Assembly meeting", "the
  78th session of the UN General Assembly") is an EVENT_NAME, the session (tests/gold/README.md, twenty-seventh
  session); the Assembly named without its number stays the body, an ORG.
- The level of two states' relations written in capitals ("elevated ties to a Comprehensive
  Strategic Partnership") names no body, programme or document; a partnership with a name of its
  own ("Partnership for Accelerating Clean Energy", "Quad Vaccine Partnership") stays. So does the
  alliance of states named by their hyphened names ("the U.S.-Japan Alliance", "the U.S.-ROK alliance"): a
  relationship, no body (NATO, "the Alliance", is a body).
- A named list of sanctioned or listed parties ("the Entity List", "the Specially Designated
  Nationals and Blocked Persons List") is no body, place or person; the department that keeps it
  is named beside it.
- A body's generic two-word head alone ("the Task Force will reconvene", "the Steering Committee",
  "the Working Group") refers back to the body the text named in full, as "the Summit" does.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accords.entities.candidates import CURATED, Candidate
from accords.entities.lexicon import CALENDAR_WORDS, EVENT_HEADS
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.organisations import igo_by_alias
from accords.nlp import doc_text

#: Holidays and festivals, folded to lower case: no entity of any type.
HOLIDAYS = frozenset({
    "new year", "new year's", "new year’s", "new year's eve", "new year’s eve", "new year's day", "new year’s day",
    "nowruz", "novruz", "norouz", "nauryz", "navruz", "christmas", "christmas eve", "easter", "thanksgiving",
    "ramadan", "eid", "eid al-fitr", "eid al-adha", "eid-al-fitr", "eid-al-adha", "eid ul-fitr", "eid ul-adha",
    "muharram", "ashura", "diwali", "hanukkah", "passover", "yom kippur", "rosh hashanah", "lunar new year",
    "chinese new year", "halloween",
    # national and civic days ("on National Day of Kazakhstan", "Independence Day greetings")
    "national day", "independence day", "republic day", "victory day", "constitution day", "unity day",
    "flag day", "memorial day", "veterans day", "labor day", "labour day", "earth day", "juneteenth",
})
#: Adjectives the model takes for an event's name on their own ("an Olympic athlete").
_ADJECTIVES = frozenset({"olympic", "paralympic"})
_WAR = re.compile(r"(?:\bwars?|\brevolutions?|\bWorld War (?:I{1,3}|One|Two|[12]))$", re.IGNORECASE)
_ORDER = re.compile(r"\b(?:Executive Order|E\.O\.)(?: \(E\.O\.\))? (?:No\. )?(\d{4,5})\b")
#: A United Nations resolution by its number: "UNSCR 2722", "Resolution No. ES-11/1", "resolution 2254"
#: in lower case only after "Security Council" or "UNSC"; a number of one or two digits is no name. The
#: forms of one number are one document ("Resolution 2231 ... UNSCR 2231").
_RESOLUTION = re.compile(r"\b(?:UNSCR|Resolution|(?<=Council )resolution|(?<=UNSC )resolution)\s+(?:No\.\s*)?"
                         r"(?P<number>ES-\d{1,2}/\d{1,3}|\d{2,3}/\d{1,3}|\d{3,4})(?![\w/-])")
#: A session of an assembly by its number: "77th United Nations General Assembly", "78th session of the UN General
#: Assembly"; the name of the assembly (`body`) must be the UN General Assembly's in the organisations' table.
_NUMBERED_ASSEMBLY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:session\s+of\s+the\s+)?"
                                r"(?P<body>(?:United\s+Nations|UN|U\.N\.)\s+General\s+Assembly)\b")
_BARE_ORDER = frozenset({"executive order", "executive orders", "e.o.", "e.o", "eo"})
#: Words of a relationship's level ("Comprehensive Strategic Partnership"); one of `_LEVELS` must be there.
_LEVELS = frozenset({"comprehensive", "strategic", "enhanced", "privileged", "special", "all-round"})
_RELATIONSHIP = _LEVELS | {"global", "and", "partnership", "cooperative"}
#: Generic heads of two words that alone refer back to a named body or meeting.
_BARE_BODIES = frozenset({"task force", "working group", "steering committee"})


#: "St. Patrick's Day", "Valentine’s Day": a day named after someone's, a holiday.
_POSSESSIVE_DAY = re.compile(r"['’]s day$")


def before_a_day(doc: Doc, cand: Candidate) -> bool:
    """Whether a name is the owner of a holiday named after it: "St. Patrick" in "St. Patrick's Day
    Celebration" (the model tags "St. Patrick's" a place and "Day" a date); not a person's "Day One"
    ("President Biden's Day One executive orders")."""
    end = cand.end
    return (cand.type in ("PERSON", "PLACE", "ORG") and end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s")
            and doc[end + 1].text == "Day" and not (end + 2 < len(doc) and doc[end + 2].lower_ in ("one", "1")))


def no_entity(cand: Candidate) -> bool:
    """Whether a candidate names an occasion or order that is no entity of its type (see the
    module docstring): a holiday (any type but a country), a war, an adjective or a date before
    a head as an event's name, the bare words of an executive order as a body, place or event, a
    relationship's level as a body, programme or document, a generic head alone as a body or event."""
    if cand.type == "COUNTRY":
        return False
    name = cand.name.strip().lower()
    if name in HOLIDAYS or _POSSESSIVE_DAY.search(name):
        return True
    if cand.type in ("ORG", "PLACE", "EVENT_NAME", "PROJECT") and name in _BARE_ORDER:
        return True
    if cand.type in ("ORG", "EVENT_NAME") and name.removeprefix("the ") in _BARE_BODIES:
        return True
    words = name.split()
    if cand.type in ("ORG", "PLACE", "PERSON") and len(words) >= 2 and words[-1] == "list":
        return True  # "Entity List"
    if cand.type in ("ORG", "PROJECT", "DOCUMENT") and words and words[-1] == "partnership" \
            and set(words) <= _RELATIONSHIP and set(words) & _LEVELS:
        return True  # "Comprehensive Strategic Partnership"
    if cand.type in ("ORG", "PROJECT", "DOCUMENT", "EVENT_NAME") and _states_alliance(cand.name):
        return True  # "U.S.-Japan Alliance"
    if cand.type != "EVENT_NAME":
        return False
    if name in _ADJECTIVES or _WAR.search(cand.name.strip()) is not None:
        return True
    # "May 12 Summit": a month and a day before the head, nothing else
    return (len(words) == 3 and words[0] in CALENDAR_WORDS and words[1].isdigit()
            and words[2] in EVENT_HEADS)


def _states_alliance(name: str) -> bool:
    """"(the) U.S.-Japan Alliance": two or more countries joined by hyphens before "Alliance", nothing else."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    parts = re.split(r"[-\u2013]", words[0]) if len(words) == 2 and words[1].lower() == "alliance" else []
    readings = [country_by_alias(part) for part in parts]
    return len(parts) >= 2 and all(reading is not None and reading[1] in ("name", "demonym") for reading in readings)


def executive_orders(doc: Doc) -> list[Candidate]:
    """DOCUMENT candidates for executive orders and UN resolutions written with their number
    ("E.O. 13405", "UNSCR 2722", "Resolution No. ES-11/1")."""
    text = doc_text(doc)
    found = []
    for pattern, source in ((_ORDER, "pattern:executive-order"), (_RESOLUTION, "pattern:resolution")):
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            number = match.groupdict().get("number")
            found.append(Candidate(span.start, span.end, "DOCUMENT", " ".join(match.group(0).split()), CURATED,
                                   canonical=f"resolution {number}" if number else None, source=source))
    return found


def assembly_sessions(doc: Doc) -> list[Candidate]:
    """EVENT_NAME candidates for numbered sessions of the UN General Assembly (see the module docstring)."""
    text = doc_text(doc)
    found = []
    for match in _NUMBERED_ASSEMBLY.finditer(text):
        igo = igo_by_alias(" ".join(match.group("body").split()))
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if igo is None or igo.acronym != "UNGA" or span is None:
            continue
        found.append(Candidate(span.start, span.end, "EVENT_NAME", " ".join(match.group(0).split()), CURATED,
                               source="pattern:assembly-session"))
    return found
