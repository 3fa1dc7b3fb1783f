"""How a speaker's name is written: in full ("Arroyo" -> "Luz Contreras Arroyo", "Dale" -> "Dale
Ford", "DEA" -> "Drug Enforcement Administration") and plain, without the titles before it
("Prime Minister Justin Trudeau" -> "Justin Trudeau"). Text only: no parse, no entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from accords.model import Entity
from accords.quotes.antecedents import PERSON_NAME
from accords.quotes.given_names import gender_of_given_name
from accords.quotes.groups import PEOPLE_NOUNS
from accords.quotes.persons import ORGANISATION_NAME
from accords.quotes.titles import TITLE_HEADS

CAPITALISED = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|on|de|du)\s+[A-Z][\w&.'’-]*|\s+[A-Z0-9][\w&.'’-]*)*")


#: Auxiliaries that open a question, glued by a model or a capitalised-words pattern to the name
#: after them ("Will Warren continue …?", "Will Americans be …?"): no given names there.
QUESTION_AUXILIARIES = frozenset({"will", "can", "could", "would", "should", "does", "did", "do", "is", "was",
                                  "has", "have", "had", "may", "might", "must", "shall", "are", "were"})
#: What may stand before a sentence's first word: the text's start, a sentence end, a line
#: break, or an interview's question label ("Q: Will Turkey’s operation …?").
_SENTENCE_OPENING = re.compile(r"(?:^|[.?!:…][’'\"”]*\s+|\n\s*|(?:^|\s)(?:Q|Question):\s+)$")


def opens_question(text: str, start: int) -> bool:
    """Whether the word at `start` is an auxiliary that opens a question: it opens its sentence
    and the sentence ends with "?"."""
    word = re.match(r"[A-Za-z]+", text[start:])
    if word is None or word.group(0).lower() not in QUESTION_AUXILIARIES:
        return False
    if not _SENTENCE_OPENING.search(text[max(0, start - 12):start]):
        return False
    close = re.search(r"[.?!](?=[’'\"”]*(?:\s|$))", text[start:])
    return close is not None and close.group(0) == "?"


def fullest(text: str, name: str) -> str:
    """A one-word name's fullest form in the article ("Arroyo" → "Luz Contreras Arroyo")."""
    if name.isupper() and 2 <= len(name) <= 6 and name.isalpha():
        return expanded(text, name) or name
    if " " in name or name.isupper():
        return name
    longer = [m.group(1) for m in re.finditer(rf"\b([A-Z][a-z][\w'’-]*\s+{re.escape(name)})\b(?![\w'’-])", text)
              if not opens_question(text, m.start())]  # "Will Americans be a trustworthy partner …?"
    longer = [n for n in longer if n.split()[0].lower() not in _NOT_GIVEN_NAMES and not _gerund(n.split()[0])]
    return max([name, *longer], key=len)


def _gerund(word: str) -> bool:
    """A capitalised verb in -ing that opens a sentence before a name ("Accusing Azerbaijan of …",
    "Hosting Cook at Dreamforce …"): no given name of that name (unless one, "Sterling")."""
    return len(word) > 5 and word.endswith("ing") and gender_of_given_name(word) is None
#: A given name written with a surname after it ("Dale Ford", "Paula J. Radcliffe"): the surname group.
_SURNAME_AFTER = r"\s+((?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*(?:-[A-Z][\w'’-]*)?)(?![\w'’-])"
#: Capitalised words after a given name that are no surname ("Sarah On Monday", "Dale And").
_NOT_SURNAMES = frozenset(
    "the a an and or but of in on at to for from by with he she it they we i this that his her said says told "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split())


def given_name_in_full(text: str, name: str, *, person: bool = False, people: Iterable[str] = ()) -> str:
    """A speaker shown by a given name alone ("Dale wrote", "said Paula") as the full name the
    article writes once (or more) with one surname ("Dale Ford", "Paula Radcliffe"): a reader
    (and an analyst) knows the person by that name, and the surname is what names them apart.
    The name as it is when the text gives it no surname, or gives it two different ones (two
    people, or a name the text leaves ambiguous). A name that is no common given name of one
    gender (`gender_of_given_name`: "Jordan", "Chris", "Jagmeet", but also "Li" or "Lee" as
    surnames) is written in full only for a `person` (a speaker no entity or a person entity
    stands for), when the text writes it before exactly one two-word name's last word that is
    the name of one of the article's `people`, and never after a capitalised word ("Mr Lee", "Hsien Loong Lee": a surname then)."""
    if " " in name or not name[:1].isupper():
        return name
    common = gender_of_given_name(name) is not None
    if not common and (not person or not re.fullmatch(r"[A-Z][a-z][\w-]*", name) or not _surname_like(name)
                       or _written_after_a_name(text, name)):
        return name
    after = _SURNAME_AFTER if common else _SURNAME_AFTER + r"(?!\s+[A-Z0-9])"
    surnames = {m.group(1) for m in re.finditer(rf"\b{re.escape(name)}{after}", text)
                if m.group(1).split()[-1].lower() not in _NOT_SURNAMES and not ORGANISATION_NAME.search(m.group(1))
                and (common or _surname_like(m.group(1)))}
    if len(surnames) != 1 or not (common or f"{name} {next(iter(surnames))}" in set(people)):
        return name
    return f"{name} {surnames.pop()}"


#: Capitalised words that may stand before a given name that opens a sentence or follows a title.
_OPENERS = frozenset("the a an and but or so as if when while then meanwhile however still now later earlier "
                     "says said told asked".split())


def _written_after_a_name(text: str, name: str) -> bool:
    """Whether the text writes `name` as the last word of a name, after a capitalised word that
    opens no sentence ("Mr Lee said", "Hsien Loong Lee", "Premier Kelly"): a surname, or a
    name the text gives a title ("Finance Minister Chrystia Freeland" is neither)."""
    return any(m.group(1).lower() not in _OPENERS and (not m.group(1).endswith(".") or m.group(1) in _HONORIFICS)
               for m in re.finditer(rf"\b([A-Z][\w'’.-]*)\s+{re.escape(name)}(?![\w'’-])(?!\s+[A-Z])", text))


#: Abbreviated honorifics, whose full stop ends no sentence.
_HONORIFICS = frozenset("Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt. Rev. St.".split())


def _surname_like(word: str) -> bool:
    """Whether a capitalised word next to a rare given name may be a name: no title, no noun
    of people ("Leader", "Minister", "Police", "President")."""
    last = word.split()[-1].lower()
    return last not in PEOPLE_NOUNS and not any(last == head.split()[-1] for head in TITLE_HEADS)


def written_as_surname(text: str, name: str) -> bool:
    """Whether the article writes a one-word name after an honorific ("Mr Howard"): a surname."""
    return re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{re.escape(name)}\b", text) is not None


def family_name_in_full(name: str, people: Iterable[str], text: str = "", before: int = 0) -> str:
    """A speaker shown by one word that opens exactly one person's name of the article ("Meng"
    for "Meng Wanzhou", "Kim" for "Kim Jong Un", "Xi" for "Xi Jinping": a family name written
    first) as that full name, the fullest name the article gives; the name as it is when it is
    also the last word of a person's name (a surname: "Ford" for "Doug Ford"). Where it opens
    two, the one `text` names last before `before` (the quote) is meant ("SCO Secretary-General
    Zhang Ming … According to Zhang, …", with "Zhang Haizhou" named later); none named before:
    the name as it is."""
    if " " in name or not re.fullmatch(r"[A-Z][a-z][\w'’-]*", name):
        return name
    names = {n for n in people if n.strip()}
    if any(n.split()[-1] == name for n in names if " " in n):
        return name
    longer = {n for n in names if len(n.split()) > 1 and n.split()[0] == name}
    if len(longer) == 1:
        return longer.pop()
    last = {n: max((m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(n)}(?![\w'’-])", text[:before])),
                   default=-1) for n in longer}
    named = sorted(((at, n) for n, at in last.items() if at >= 0), reverse=True)
    return named[0][1] if named and (len(named) == 1 or named[0][0] != named[1][0]) else name


def titled_surname_in_full(text: str, name: str) -> str:
    """A speaker shown by a title and a surname ("Premier Moe", "Mr. Ford") as the person's
    given name and surname where the article writes them ("Scott Moe"): the name an analyst
    knows the person by; the surname alone when the text writes it after no given name, or
    after two different ones ("Mr. Ford" among Doug and Rob Ford: "Ford")."""
    words = name.split()
    if len(words) < 2 or not all(w.rstrip(".").lower() in TITLE_WORDS for w in words[:-1]):
        return name
    surname = words[-1]
    if (not re.fullmatch(r"[A-Z][a-z][\w'’-]+", surname) or surname.lower() in TITLE_WORDS
            or ORGANISATION_NAME.search(surname)):
        return name  # "Foreign Ministry": an organisation, no titled person
    given = {m.group(1) for m in re.finditer(rf"\b([A-Z][a-z][\w'’-]*)\s+{re.escape(surname)}\b(?![\w'’-])", text)
             if m.group(1).lower() not in TITLE_WORDS and m.group(1).lower() not in _NOT_GIVEN_NAMES
             and gender_of_given_name(m.group(1)) is not None}
    return f"{given.pop()} {surname}" if len(given) == 1 else surname


def expanded(text: str, acronym: str) -> str | None:
    """The full name an acronym stands for in the article ("DEA" → "Drug Enforcement
    Administration"): capitalised words whose initials spell it, "of", "for", "and" skipped."""
    for match in CAPITALISED.finditer(text):
        words = match.group(0).split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                part = words[start:end]
                initials = "".join(w[0] for w in part if w[0].isupper())
                if initials == acronym and part[-1][0].isupper() and len(part) > 1:
                    return " ".join(part).rstrip(".,;:")
    return None
#: Capitalised words before a surname that are no given name ("Although Smith", "Mr Smith").
_NOT_GIVEN_NAMES = frozenset(
    "the a an mr mrs ms dr prof in on at although but and when while if as after before since because with "
    "for from by of to that this said says meanwhile however then also so yet still even only though".split()
)
#: Words written before a person's name that are no part of it ("Superintendent Jennifer
#: McCormick", "Gov. Kristi Noem", "Dr. Luz Contreras Arroyo"), besides the office heads.
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sen rep gov lt gen col capt sgt maj rev sir dame hon superintendent judge justice "
    "detective officer inspector constable sheriff councillor councilor alderman trustee principal coach "
    "dean pastor rabbi imam bishop archbishop father sister brother cardinal pope "
    "const cst cpl det insp supt coun atty adm cmdr pte fr".split()  # ranks abbreviated ("Const Jane Roe")
)
#: Every word that may stand before a name as (part of) a title: "Prime Minister", "Chief
#: Executive Officer", "Attorney General".
TITLE_WORDS = HONORIFICS | frozenset(
    w for h in TITLE_HEADS for w in h.split()) | frozenset("executive general attorney officer".split())


def plain_name(name: str) -> str:
    """A person's name without the titles written before it ("Superintendent Jennifer McCormick"
    → "Jennifer McCormick", "Prime Minister Justin Trudeau" → "Justin Trudeau"), when at least
    two capitalised words remain; any other name as it is. An editor's bracket a name was cut
    from ("[U.S. President Donald] Trump’s defeat": "Donald] Trump") is no part of it."""
    if "[" in name or "]" in name:
        name = " ".join(name.replace("[", " ").replace("]", " ").split())
    words = name.split()
    after = _after_office(words) or _after_modifier(words)
    if after is not None:
        return after
    drop = 0
    while drop < len(words) and words[drop].rstrip(".").lower() in TITLE_WORDS:
        drop += 1
    rest = words[drop:]
    if drop == 0 or len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return name
    return " ".join(rest)


#: The preposition that ties a person's name to the organisation they speak for ("Patrol Chief
#: James Hall with the New York Police Department", "Maria Lopez of the Red Cross").
_AFFILIATION = re.compile(r"\s+(with|at|from|of)\s+(?:the\s+)?[A-Z]")


#: Last words of an institution's name that `ORGANISATION_NOUNS` does not hold ("Royal College").
_INSTITUTION_WORDS = frozenset("college school academy hospital clinic church museum group institution".split())


#: A possessor before a person's name: "Al Jazeera's Sinem Koseoglu", "American Airlines' Kent Powell".
_OWNER = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?\s+(?=[A-Z])")


def person_after_owner(name: str) -> str | None:
    """The person's name after the organisation or outlet that owns it ("Al Jazeera's Sinem
    Koseoglu" → "Sinem Koseoglu"): the possessor says whom they work for, not who speaks; None
    when what follows is no two-to-four-word name ("Iran's Foreign Ministry" is caught by
    `ORGANISATION_NAME`, "Trump's Chief of Staff" holds a title word)."""
    match = _OWNER.match(name)
    if match is None:
        return None
    rest = name[match.end():]
    if not PERSON_NAME.fullmatch(rest) or ORGANISATION_NAME.search(rest) or any(
            w.rstrip(".").lower() in TITLE_WORDS for w in rest.split()):
        return None
    return rest


def person_before_affiliation(name: str) -> str | None:
    """The person's name (titles kept) of a name written with the organisation they speak for
    ("Patrol Chief James Hall with the New York Police Department" → "Patrol Chief James Hall"),
    or None when the words before the preposition are no person's name: one word ("Bank of
    America"), an organisation's words ("Royal Bank of Canada"), an office ("Secretary of State"),
    or, after "of", two words with no common given name and no title ("Church of England")."""
    match = _AFFILIATION.search(name)
    if match is None:
        return None
    before = name[:match.start()]
    words = before.split()
    person = plain_name(before).split()
    if not 2 <= len(person) <= 3 or not all(w[:1].isupper() for w in person) or ORGANISATION_NAME.search(before):
        return None
    if person[-1].lower() in _INSTITUTION_WORDS:
        return None  # "Royal College of Physicians": "Royal" is a given name too
    if any(w.rstrip(".").lower() in TITLE_WORDS for w in person):
        return None
    if match.group(1) == "of" and gender_of_given_name(person[0]) is None and len(person) == len(words):
        return None
    return before


def _after_modifier(words: list[str]) -> str | None:
    """A person's given name and surname after a word that is no part of the name: a possessive
    ("Canada's Penny Oleksiak") or a capitalised modifier that is no given name itself ("Raptors
    Kyle Lowry", "Liberal Jane Philpott"), or None. The rest must be a common given name
    (`gender_of_given_name`) and one or two capitalised words, none an organisation's word
    ("Mount Allison University" stays whole)."""
    if len(words) < 3 or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return None
    first, rest = words[0], words[1:]
    possessive = first.endswith(("'s", "’s", "s'", "s’"))
    if not possessive and gender_of_given_name(first.rstrip(".,")) is not None:
        return None  # "Mary Jo Smith": a given name of its own
    occupation = not possessive and len(rest) == 2 and first.lower() in PEOPLE_NOUNS  # "Farmer Geoff Brooks"
    if (gender_of_given_name(rest[0]) is None and not occupation) or ORGANISATION_NAME.search(" ".join(rest)):
        return None
    if not possessive and first.rstrip(".").lower() in _NOT_MODIFIERS:
        return None
    return " ".join(rest)


#: Capitalised first words that belong to a name before a given name ("St. John Smith", "Van Morrison").
_NOT_MODIFIERS = frozenset("st saint san santa van von de del della di da du le la mac mc o".split())


def _after_office(words: list[str]) -> str | None:
    """The two or three capitalised words after an office written with its organisation before it
    ("NDP Leader Jagmeet Singh", "Lib Dem Home Affairs spokesman Mark Oaten", "MEP Caroline
    Lucas", "Browns DL Sheldon Richardson"), or None."""
    for size in (2, 3):
        if len(words) > size and all(w[:1].isupper() for w in words[-size:]) and (
                words[-size - 1].rstrip(".").lower() in _OFFICE_WORDS or _POSITION.fullmatch(words[-size - 1])):
            return " ".join(words[-size:])
    return None
#: A position or office written as capitals before a name ("Browns DL Sheldon Richardson", "QB").
_POSITION = re.compile(r"[A-Z]{2,4}")
#: Words that end an office ("Leader", "spokesman", "MEP"), not its modifiers ("Foreign", "Prime").
_OFFICE_WORDS = HONORIFICS | frozenset(h.split()[-1] for h in TITLE_HEADS) | frozenset("mep mp mpp mla mna msp executive".split())


def spelled_person(entities: Iterable[Entity], name: str) -> Entity | None:
    """The person of the article whose surname a one-word name spells one letter otherwise
    ("Kocharyan" for "Robert Kocharian", "Entesar" for "Nader Entessar": a transliteration the
    text varies), or None."""
    return next((entity for entity in entities if entity.type == "PERSON" and " " in entity.name.strip()
                 and _one_letter_apart(entity.name.split()[-1], name)), None)


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words of five letters or more, the same first letter, one letter changed, added or dropped."""
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
