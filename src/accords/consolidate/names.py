"""Names for matching across articles: folded match forms and deterministic canonical keys.

Pure functions, no I/O. Two articles rarely spell a name the same way: "Mevlüt Çavuşoğlu"
and "Mevlut Cavusoglu", "Ali Taha Koç" and "Ali Taha Koch", "Mr. Eng. Azari Jahromi" and
"Azari Jahromi". A *match form* removes what does not tell two people or bodies apart:

1. honorifics and titles of office before a person's name ("Mr.", "Eng.", "Foreign
   Minister"), a trailing possessive ("Rouhani's");
2. case, accents and typographic apostrophes and dashes (`accords.entities.linking.fold`),
   letters NFKD does not decompose (Turkish dotless ı, ø, đ, ł);
3. for people, hyphens between given names ("Mohammad-Javad" = "Mohammad Javad") and the
   English digraphs that transliterate one letter ("ch" for ç, "sh" for ş): "Koch" and
   "Koç" both become "koc", "Chavushoglu" and "Çavuşoğlu" both "cavusoglu".

A *canonical key* names one real-world thing across the store: ``COUNTRY:AZE`` (ISO 3166-1
alpha-3), ``ORG:ECO`` (an intergovernmental organisation's acronym),
``ORG:TUR:digital transformation office`` (other organisations: country, then folded name;
``-`` when no country is known), ``PERSON:recep tayyip erdogan`` (people: the match form).
Keys are lossy on purpose; the display name is kept separately (`clean_name`).

Short forms join fuller ones only when that is unambiguous: "Erdogan" joins "Recep Tayyip
Erdogan" when every known fuller name ending in "Erdogan" is a form of that one name
(`resolve_suffix`); next to "Osman Aliyev" and "Ilham Aliyev", a bare "Aliyev" stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from accords.entities.lexicon import HONORIFICS, ORG_HEADS, TITLE_HEADS, TITLE_WORDS
from accords.entities.linking import fold
from accords.gazetteer.countries import country_by_alias

#: Letters NFKD leaves whole, mapped to the Latin letter they are usually transliterated by.
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h", "æ": "ae", "œ": "oe", "ə": "e"})

#: English digraphs standing for one letter in Turkish and Azerbaijani names (ç, ş).
_DIGRAPHS = (("ch", "c"), ("sh", "s"))

_POSSESSIVE = re.compile(r"['\u2019]s?$")
_EDGE_PUNCT = " \t\n,;:()[]\"'\u201c\u201d\u2018\u2019"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")

#: The separator between the parts of a canonical key.
SEP = ":"
#: The country part of an organisation key when no country is known.
NO_COUNTRY = "-"


def _is_title_or_honorific(word: str) -> bool:
    lower = word.casefold()
    return lower in HONORIFICS or lower.rstrip(".") in HONORIFICS or lower in TITLE_WORDS or lower == "."


def clean_name(name: str, *, person: bool = False) -> str:
    """`name` as shown to a reader: whitespace collapsed, edge punctuation and a trailing
    possessive off; for a person also leading honorifics and titles ("Mr. Eng. Azari
    Jahromi" -> "Azari Jahromi", "Turkish Foreign Minister Mevlut Cavusoglu" -> "Mevlut
    Cavusoglu"). The last word is always kept."""
    words = name.strip(_EDGE_PUNCT).split()
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    if person:
        while len(words) > 1:
            if len(words) > 2 and (words[0] + words[1]).rstrip(".").casefold() in HONORIFICS:
                del words[:2]  # "H. E." written with a space
            elif _is_title_or_honorific(words[0]) or (
                country_by_alias(words[0]) is not None and _is_title_or_honorific(words[1])
            ):
                del words[0]
            else:
                break
    return " ".join(words).strip(_EDGE_PUNCT)


def match_form(name: str, *, person: bool = False) -> str:
    """The folded form two spellings of one name share (see the module docstring)."""
    text = fold(clean_name(name, person=person)).translate(_LETTERS)
    if person:
        text = text.replace("-", " ")
        for digraph, letter in _DIGRAPHS:
            text = text.replace(digraph, letter)
        text = re.sub(r"[^\w' ]", "", text)
    return " ".join(text.split())


def is_acronym(text: str) -> bool:
    """True for an acronym as written in news text: "DTO", "EPEG", "OIC", "D-8" is not one."""
    return bool(_ACRONYM.match(text.strip()))


def person_key(name: str) -> str:
    """``PERSON:<match form>``."""
    return f"PERSON{SEP}{match_form(name, person=True)}"


def org_key(name: str, *, country: str | None = None, canonical_id: str | None = None) -> str:
    """``ORG:<acronym>`` for an international organisation, else ``ORG:<country or ->:<folded name>``."""
    if canonical_id:
        return f"ORG{SEP}{canonical_id}"
    return f"ORG{SEP}{country or NO_COUNTRY}{SEP}{match_form(name)}"


def entity_key(type_: str, name: str, *, country: str | None = None, canonical_id: str | None = None) -> str:
    """The canonical key of an entity of `type_` before cross-article resolution.

    Countries and IGOs by their canonical id; people by name alone (a person's country is
    often missing or inferred); everything else by country and folded name, like
    organisations (``PROJECT:AZE:shusha declaration``... for a document, ``DOCUMENT:...``).
    """
    if type_ == "PERSON":
        return person_key(name)
    if canonical_id:
        return f"{type_}{SEP}{canonical_id}"
    return f"{type_}{SEP}{country or NO_COUNTRY}{SEP}{match_form(name)}"


def name_of_key(key: str) -> str:
    """The folded name part of a key (``PERSON:ali taha koc`` -> ``ali taha koc``)."""
    return key.rsplit(SEP, 1)[-1]


def surname_group(key: str) -> str:
    """The group a person key is resolved in: ``PERSON:`` and its last word."""
    words = name_of_key(key).split()
    return f"PERSON{SEP}{words[-1] if words else ''}"


def is_suffix(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when the words of `short` end `full` and `full` is longer ("erdogan" ends
    "recep tayyip erdogan")."""
    return 0 < len(short) < len(full) and full[-len(short):] == short


def resolve_suffix(short: tuple[str, ...], fuller: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one fuller name `short` stands for, or None when there is none or it is ambiguous.

    Every known name that `short` ends must itself end the longest of them: "jahromi" with
    "azari jahromi" and "mohammad javad azari jahromi" gives the latter; "aliyev" with
    "ilham aliyev" and "osman aliyev" gives None.
    """
    extensions = sorted({f for f in fuller if is_suffix(short, f)}, key=lambda f: (-len(f), f))
    if not extensions:
        return None
    longest = extensions[0]
    if all(e == longest or is_suffix(e, longest) for e in extensions[1:]):
        return longest
    return None


def split_title(title: str) -> tuple[str, str | None]:
    """A person's title and the organisation it names, if it names one.

    "Digital Transformation Office President" -> ("President", "Digital Transformation
    Office"); "Secretary General of the Economic Cooperation Organization" -> ("Secretary
    General", "Economic Cooperation Organization"); "ICT Minister" -> ("ICT Minister", None).
    """
    words = title.split()
    lower = [w.casefold() for w in words]
    if "of" in lower:
        i = lower.index("of")
        rest = words[i + 1:]
        if rest and rest[0].casefold() == "the":
            rest = rest[1:]
        if i > 0 and any(w.casefold() in ORG_HEADS for w in rest):
            return " ".join(words[:i]), " ".join(rest)
        return title, None
    heads = [i for i, w in enumerate(lower) if w in ORG_HEADS]
    if heads and heads[-1] < len(words) - 1 and all(w in TITLE_WORDS or w in TITLE_HEADS for w in lower[heads[-1] + 1:]):
        cut = heads[-1] + 1
        return " ".join(words[cut:]), " ".join(words[:cut])
    return title, None
