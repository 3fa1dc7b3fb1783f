"""How a speaker's name is written: in full ("Arroyo" -> "Luz Contreras Arroyo", "Dale" -> "Dale
Ford", "DEA" -> "Drug Enforcement Administration") and plain, without the titles before it
("Prime Minister Justin Trudeau" -> "Justin Trudeau"). Text only: no parse, no entities.
"""

from __future__ import annotations

import re

from accords.quotes.given_names import gender_of_given_name
from accords.quotes.persons import ORGANISATION_NAME
from accords.quotes.titles import TITLE_HEADS

CAPITALISED = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|on|de|du)\s+[A-Z][\w&.'’-]*|\s+[A-Z0-9][\w&.'’-]*)*")


def fullest(text: str, name: str) -> str:
    """A one-word name's fullest form in the article ("Arroyo" → "Luz Contreras Arroyo")."""
    if name.isupper() and 2 <= len(name) <= 6 and name.isalpha():
        return expanded(text, name) or name
    if " " in name or name.isupper():
        return name
    longer = re.findall(rf"\b([A-Z][a-z][\w'’-]*\s+{re.escape(name)})\b(?![\w'’-])", text)
    longer = [n for n in longer if n.split()[0].lower() not in _NOT_GIVEN_NAMES]
    return max([name, *longer], key=len)
#: A given name written with a surname after it ("Dale Ford", "Paula J. Radcliffe"): the surname group.
_SURNAME_AFTER = r"\s+((?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*(?:-[A-Z][\w'’-]*)?)(?![\w'’-])"
#: Capitalised words after a given name that are no surname ("Sarah On Monday", "Dale And").
_NOT_SURNAMES = frozenset(
    "the a an and or but of in on at to for from by with he she it they we i this that his her said says told "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split())


def given_name_in_full(text: str, name: str) -> str:
    """A speaker shown by a given name alone ("Dale wrote", "said Paula") as the full name the
    article writes once (or more) with one surname ("Dale Ford", "Paula Radcliffe"): a reader
    (and an analyst) knows the person by that name, and the surname is what names them apart.
    The name as it is when it is no common given name (`gender_of_given_name`: "Li", "Howard"
    as surnames are left alone unless the text writes them before a surname), when the text
    gives it no surname, or gives it two different ones (two people, or a name the text leaves
    ambiguous)."""
    if " " in name or not name[:1].isupper() or gender_of_given_name(name) is None:
        return name
    surnames = {m.group(1) for m in re.finditer(rf"\b{re.escape(name)}{_SURNAME_AFTER}", text)
                if m.group(1).split()[-1].lower() not in _NOT_SURNAMES and not ORGANISATION_NAME.search(m.group(1))}
    if len(surnames) != 1:
        return name
    return f"{name} {surnames.pop()}"


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
    "dean pastor rabbi imam bishop father sister brother cardinal pope".split()
)
#: Every word that may stand before a name as (part of) a title: "Prime Minister", "Chief
#: Executive Officer", "Attorney General".
TITLE_WORDS = HONORIFICS | frozenset(
    w for h in TITLE_HEADS for w in h.split()) | frozenset("executive general attorney officer".split())


def plain_name(name: str) -> str:
    """A person's name without the titles written before it ("Superintendent Jennifer McCormick"
    → "Jennifer McCormick", "Prime Minister Justin Trudeau" → "Justin Trudeau"), when at least
    two capitalised words remain; any other name as it is."""
    words = name.split()
    after = _after_office(words)
    if after is not None:
        return after
    drop = 0
    while drop < len(words) and words[drop].rstrip(".").lower() in TITLE_WORDS:
        drop += 1
    rest = words[drop:]
    if drop == 0 or len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return name
    return " ".join(rest)


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
_OFFICE_WORDS = HONORIFICS | frozenset(h.split()[-1] for h in TITLE_HEADS) | frozenset("mep mp mpp mla mna msp".split())
