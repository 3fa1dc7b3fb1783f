"""Sightings: one text saying who holds which office of which country or organisation.

Pure functions over plain text (no parse: the harvester reads thousands of documents).
A sighting is found where a title of office (`OFFICES`) stands next to a name and a country
or international organisation, in four shapes:

- title, name, "of" country: "Prime Minister Fumio Kishida of Japan" (readout titles say
  "... Call with Prime Minister Kishida of Japan");
- country or adjective, title, name: "Iranian President Hassan Rouhani", "Japan's Prime
  Minister Fumio Kishida", "NATO Secretary General Jens Stoltenberg";
- title "of" country, name: "President of Azerbaijan Ilham Aliyev";
- name, apposition: "Ilham Aliyev, the President of Azerbaijan", "Jens Stoltenberg, NATO's
  Secretary General".

A title after "former", "deputy", "acting", "then" and the like, or before "-elect", names no
current holder and gives nothing; an office of a state needs a country, an office of an
organisation (Secretary-General) needs an organisation. Names are one to five capitalised
words (with "bin", "al-", "von der" ... inside), none of them a title, a country or a month.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from accords.entities.lexicon import HONORIFICS, ORG_HEADS, TITLE_WORDS
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.organisations import igo_by_alias, side_of


@dataclass(frozen=True)
class Sighting:
    """One document's statement that `name` holds `office` of `country` (ISO3 or IGO acronym)."""

    name: str
    office: str
    country: str
    corpus: str
    doc_id: str
    published: str | None  # ISO date of the document, None when the corpus gives none
    sentence: str
    in_title: bool  # found in a readout's title ("Readout of ... Call with Prime Minister X of Y")


#: Titles of office, longest spelling first, with the office they name. State offices need a
#: country, organisation offices an international organisation; "President" may be either.
OFFICES: tuple[tuple[str, str, str], ...] = (
    (r"First Vice[ -]President", "First Vice President", "state"),
    (r"Vice[ -]President", "Vice President", "state"),
    (r"Prime Minister", "Prime Minister", "state"),
    (r"Premier", "Premier", "state"),
    (r"Chancellor", "Chancellor", "state"),
    (r"(?:Minister (?:of|for) Foreign Affairs|Foreign Affairs Minister|Foreign Minister)", "Foreign Minister", "state"),
    (r"Foreign Secretary", "Foreign Secretary", "state"),
    (r"(?:External Affairs Minister|Minister of External Affairs)", "External Affairs Minister", "state"),
    (r"Secretary of State", "Secretary of State", "state"),
    (r"(?:Minister of Industry,? Mines? and Trade|Industry,? Mines? and Trade Minister|Minister of Industry,? Mining and Trade"
     r"|Industry,? Mining and Trade Minister|Minister of (?:Foreign )?Trade|(?:Foreign )?Trade Minister|Minister of Commerce"
     r"|Commerce Minister)", "Trade Minister", "state"),
    (r"(?:Minister of Economic Affairs and Finance|Economy and Finance Minister|Minister of (?:the )?Economy"
     r"|Economy Minister|Minister of Economic Affairs|Economic Affairs Minister)", "Economy Minister", "state"),
    (r"(?:Minister of Finance|Finance Minister)", "Finance Minister", "state"),
    (r"Supreme Leader", "Supreme Leader", "state"),
    (r"Crown Prince", "Crown Prince", "state"),
    (r"King", "King", "state"),
    (r"(?:Emir|Amir)", "Emir", "state"),
    (r"Sultan", "Sultan", "state"),
    (r"Secretary[ -]General", "Secretary-General", "org"),
    (r"Director[ -]General", "Director-General", "org"),
    (r"Managing Director", "Managing Director", "org"),
    (r"President", "President", "any"),
)
_OFFICE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<o{i}>{p})" for i, (p, _o, _k) in enumerate(OFFICES)) + r")\b")

#: A chancellor heads the government only here (elsewhere: a finance minister, a university head).
_CHANCELLOR_COUNTRIES = frozenset({"DEU", "AUT"})
#: Words before a title that make it no current holder's title, or another office.
_NOT_HOLDER_BEFORE = frozenset({"former", "ex", "late", "deputy", "acting", "assistant", "then", "vice", "first",
                                "under", "interim", "future", "incoming", "next", "previous", "caretaker", "honorary",
                                "elected", "new", "outgoing", "senior", "associate"})
#: Words that are never part of a person's name.
_NOT_NAME = frozenset({
    "the", "a", "an", "and", "or", "of", "for", "on", "in", "at", "to", "with", "by", "his", "her", "their", "its",
    "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "mr", "mrs", "ms", "dr",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "government", "ministry", "office", "administration", "state", "republic", "kingdom", "union", "council",
    "house", "white", "readout", "statement", "joint", "call", "meeting", "visit", "summit", "today", "also",
    "both", "leaders", "leader", "national", "federal", "people", "day", "affairs", "united", "nations",
    "secretary", "minister", "president", "prime", "general", "who", "said", "says", "will", "has", "have",
}) | TITLE_WORDS | ORG_HEADS
#: Honorifics and ranks that may stand before a holder's name ("H. E.", "Cardinal", "Sheikh").
_RANKS = frozenset({"h.", "e.", "h.e.", "cardinal", "sheikh", "sheik", "shaikh", "ayatollah", "general", "gen."})
_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "von", "der", "van", "de", "da", "dos", "du", "la", "le", "ben"})
_WORD = r"(?:[A-Z][\w’'\-]*[\w]|[A-Z]\.)"
_NAME_RE = re.compile(rf"{_WORD}(?:\s+(?:(?:bin|bint|ibn|al|el|von|der|van|de|da|dos|du|la|le|ben)[ -])*{_WORD}){{0,5}}")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"])|\n\s*\n")
_MAX_SENTENCE = 400


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ")


def place_of(text: str, *, adjective: bool = True) -> str | None:
    """ISO3 for a country's name or adjective, the acronym for an international organisation
    (the side it takes: European Commission -> EU), else None. "the" before a name is allowed;
    without `adjective`, an adjective ("Italian") is no place ("of the Italian Episcopal
    Conference" names a body, not Italy)."""
    text = _norm(text).strip()
    if text.lower().startswith("the "):
        text = text[4:]
    found = country_by_alias(text)
    if found is not None and (found[1] == "name" or (adjective and found[1] == "demonym")):
        return found[0]
    igo = igo_by_alias(text)
    return side_of(igo.acronym) if igo is not None else None


def _is_igo(code: str) -> bool:
    return igo_by_alias(code) is not None and country_by_alias(code) is None


def clean_name(raw: str) -> str | None:
    """The name with honorifics off and a trailing possessive or suffix dropped; None when the
    words are not a person's name (a title, a country, a month, a lower-case word)."""
    words = _norm(raw).split()
    while words and (words[0].lower().rstrip(".") in HONORIFICS or words[0].lower() in _RANKS):
        words.pop(0)
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    while words and words[-1].rstrip(".") in ("Jr", "Sr", "III", "II"):
        words.pop()
    if not 1 <= len(words) <= 5:
        return None
    for word in words:
        lower = word.lower().rstrip(".")
        if lower in _PARTICLES:
            continue
        bare = lower.split("-")[-1] if lower.startswith(("al-", "el-")) else lower
        if bare in _NOT_NAME or not word[:1].isupper() or any(ch.isdigit() for ch in word):
            return None
        if place_of(word) is not None or country_by_alias(word) is not None:
            return None
    if words[0].lower() in _PARTICLES or words[-1].lower() in _PARTICLES or len(words[-1].rstrip(".")) < 2:
        return None
    return " ".join(words)


def _longest_place(words: list[str]) -> tuple[str | None, int]:
    """The country or organisation the first words name (longest first) and how many words;
    an adjective names none ("of the Italian Episcopal Conference")."""
    for size in range(min(6, len(words)), 0, -1):
        phrase = " ".join(words[:size]).rstrip(",.;:")
        code = place_of(phrase, adjective=False)
        if code is not None:
            return code, size
    return None, 0


def _place_before(left: str) -> str | None:
    """The country or organisation named by the words just before a title: "Iranian",
    "Japan's", "the People's Republic of China's", "NATO"."""
    words = _norm(left).split()[-6:]
    for size in range(min(6, len(words)), 0, -1):
        phrase = " ".join(words[-size:])
        phrase = phrase[:-2] if phrase.endswith("'s") else phrase
        if not phrase[:1].isupper() and not phrase.lower().startswith("the "):
            continue
        code = place_of(phrase)
        if code is not None:
            return code
    return None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (at most `_MAX_SENTENCE` characters, one line)."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end)
    stop = after.start() + 1 if after else len(text)
    sentence = " ".join(text[begin:stop].split())
    return sentence if len(sentence) <= _MAX_SENTENCE else sentence[:_MAX_SENTENCE - 1] + "…"


def fits_office(office: str, scope: str, code: str) -> bool:
    """Whether an office of `scope` (state, org, any) can be held in `code` (a country or an
    organisation): no Secretary-General of a state, no Prime Minister of NATO, a Chancellor
    heads a government only in `_CHANCELLOR_COUNTRIES`."""
    igo = _is_igo(code)
    if scope == "state" and igo:
        return False
    if scope == "org" and not igo:
        return False
    return office != "Chancellor" or code in _CHANCELLOR_COUNTRIES


def _office_at(m: re.Match[str]) -> tuple[str, str]:
    index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
    return OFFICES[index][1], OFFICES[index][2]


def _after_of(rest: str) -> tuple[str | None, int]:
    """" of Japan" / " of the United States" at the start of `rest`: (code, characters used)."""
    m = re.match(r"\s+of\s+(?:the\s+)?", rest)
    if m is None:
        return None, 0
    words = rest[m.end():m.end() + 120].split()
    code, size = _longest_place(words)
    if code is None:
        return None, 0
    used = m.end()
    for word in words[:size]:
        used = rest.index(word, used) + len(word)
    if rest[:used].endswith((",", ".", ";", ":")):
        used -= 1
    return code, used


def _name_at(rest: str) -> tuple[str | None, int]:
    """A name right at the start of `rest` (after one space): (clean name, characters used)."""
    m = re.match(r"\s(?:(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s+)?", rest)
    if m is None:
        return None, 0
    n = _NAME_RE.match(rest, m.end())
    if n is None:
        return None, 0
    raw = n.group(0)
    if rest[n.end():n.end() + 1].isalnum() or rest[n.end():n.end() + 1] == "?":
        return None, 0  # a word cut short ("Ra?it": a letter lost in the corpus)
    # a name never runs into "of Japan" / a country: cut at the first place word
    words = raw.split()
    for k in range(1, len(words)):
        if place_of(words[k]) is not None:
            words = words[:k]
            break
    name = clean_name(" ".join(words))
    return name, m.end() + len(" ".join(words))


def _name_before(left: str) -> str | None:
    """The name ending just before ", the President of ..." (the last capitalised words)."""
    m = re.search(rf"({_WORD}(?:\s+(?:(?:bin|bint|ibn|al|el|von|der|van|de|da)[ -])*{_WORD}){{0,4}})\s*$", left)
    if m is None:
        return None
    words = m.group(1).split()
    # the name starts after the last word that cannot be in one ("Readout: ... with Ilham Aliyev")
    while words and clean_name(" ".join(words)) is None:
        words.pop(0)
    return clean_name(" ".join(words)) if len(words) >= 2 else None


def sightings(text: str, *, corpus: str, doc_id: str, published: str | None, in_title: bool = False) -> list[Sighting]:
    """Every sighting in `text` (a document's body, or its title with `in_title`)."""
    text = _norm(text)
    found: list[Sighting] = []
    for m in _OFFICE_RE.finditer(text):
        office, scope = _office_at(m)
        left = text[max(0, m.start() - 80):m.start()]
        left_words = re.split(r"[.;:!?]", left)[-1].split()[-3:]
        if any(word.lower().strip(",-") in _NOT_HOLDER_BEFORE for word in left_words):
            continue
        if re.search(r"\b(?:of|to|for)(?:\s+the)?\s*$", left):
            continue  # "the Office of the President of Ukraine Andriy Yermak": another office
        if text[m.end():m.end() + 1] in ("-", "'") or re.match(r"[-\s]+elect\b", text[m.end():m.end() + 7]):
            continue  # "President-elect", "the Prime Minister's Office"
        rest = text[m.end():m.end() + 160]
        name: str | None = None
        code: str | None = None
        of_code, used = _after_of(rest)
        if of_code is not None:  # "President of Azerbaijan Ilham Aliyev" / ", the President of Azerbaijan"
            code = of_code
            after = rest[used:]
            name, _ = _name_at(after.lstrip(",")) if after.startswith((" ", ",")) else (None, 0)
            if name is None:
                apposition = re.search(r",\s+(?:the\s+)?(?:(?:current|incumbent)\s+)?$", left)
                if apposition is not None:
                    name = _name_before(left[:apposition.start()])
        else:
            name, used = _name_at(rest)
            if name is not None:
                code, _ = _after_of(rest[used:])
                code = code or _place_before(left)
            else:  # "Jens Stoltenberg, NATO's Secretary General" / "X, Iranian Foreign Minister,"
                apposition = re.search(r",\s+(?:the\s+)?(?P<place>[^,]{2,60}?)\s*$", left)
                place = apposition.group("place").strip() if apposition is not None else ""
                if apposition is not None and place_of(place[:-2] if place.endswith("'s") else place) is not None:
                    code = _place_before(place)
                    if code is not None:
                        name = _name_before(left[:apposition.start()])
        if name is None or code is None or not fits_office(office, scope, code):
            continue
        found.append(Sighting(name, office, code, corpus, doc_id, published, _sentence(text, m.start(), m.end()),
                              in_title))
    return found


def office_of_title(title: str) -> tuple[str, str] | None:
    """(office, scope) for a person's title that is one of `OFFICES` whole, with no other
    office before it ("Foreign Minister", "Prime Minister of Japan" -> Prime Minister); None
    for "Deputy Foreign Minister", "Minister of Roads" and titles of no holder."""
    text = _norm(title).strip()
    m = _OFFICE_RE.search(text)
    if m is None or any(w.lower().strip(",-") in _NOT_HOLDER_BEFORE for w in text[:m.start()].split()):
        return None
    if text[:m.start()].strip() and place_of(text[:m.start()].strip().removesuffix("'s")) is None:
        return None  # "Digital Transformation Office President": another body's office
    rest = text[m.end():].strip()
    if rest and not rest.startswith("of "):
        return None
    return _office_at(m)
