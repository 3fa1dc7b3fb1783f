"""Titles of office: the words that name one, the pattern that finds one in text, the office a
title phrase names, and whether two titles name different offices.

`accords.quotes.speakers` matches "the minister said" against the titles of the article's people
with these; `accords.quotes.sources` and `accords.quotes.names` read `TITLE_HEADS` to tell a
title from a name. Pure functions of strings, no parse.
"""

from __future__ import annotations

import functools
import re

from accords.gazetteer.portfolios import PORTFOLIO_WORDS
from accords.quotes.cues import CUE
from accords.quotes.country_words import country_in

#: Head words of titles of office, longer offices first where one holds another ("prime minister").
TITLE_HEADS = (
    "prime minister", "foreign minister", "vice president", "vice-president", "deputy minister",
    "minister", "president", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "speaker", "chairman", "chairwoman", "director-general", "director", "governor",
    "secretary-general", "secretary", "head", "chief", "leader", "mayor", "premier", "king", "emir",
    "commander", "ceo", "official", "diplomat", "adviser", "advisor", "representative", "deputy",
    "attaché", "attache", "consul", "commissioner", "counsellor", "counselor", "chancellor", "senator",
    "congressman", "congresswoman", "lawmaker", "coach", "manager", "founder", "professor", "chair",
    # "the senior parliamentarian asserted" (tt): a member of a parliament, as "the lawmaker"
    "parliamentarian", "legislator",
    # offices of Canadian, US and UK news: "the provincial health officer", "the MPP", "the NDP
    # critic", "the councillor", "the superintendent", "the judge"
    "officer", "mp", "mpp", "mla", "councillor", "councilor", "critic", "superintendent", "inspector",
    "sergeant", "constable", "judge",
)
_HEAD = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in TITLE_HEADS)
#: One title head word as a pattern ("MP", "mayor", "Minister"; no office of two words).
TITLE_HEAD_WORD = "|".join(re.escape(h) for h in TITLE_HEADS if " " not in h)
#: "ICT Minister", "The Azeri President", "the President of Azerbaijan Republic", "the minister".
TITLE = re.compile(
    rf"\b(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:[A-Z][\w'’.-]*|[a-z]+-?[a-z]*(?=\s+(?:{_HEAD})\b))\s+){{0,4}}?"
    rf"(?i:{_HEAD})s?\b(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|for|the|[A-Z][\w'’-]*))*)?"
)
#: Where a title's head word can start: every `TITLE` match holds one, at a word boundary, so a
#: stretch without it is not scanned with `TITLE` (whose many optional words make it slow).
HEAD_WORD = re.compile(rf"\b(?i:{_HEAD})")
#: A title right before a name ("ICT Minister | Azari Jahromi"), compiled once rather than per call.
TITLE_AT_END = re.compile(rf"(?:{TITLE.pattern})\s*$")
#: Words that may stand before a given name ("Prime Minister", "Dr.", "Sen.").
TITLE_PREFIXES = frozenset(w for h in TITLE_HEADS for w in h.split()) | frozenset(
    "mr mrs ms miss dr prof sen rep gov gen col capt sir dame lord lady hon rev superintendent judge justice "
    "detective officer inspector constable sheriff councillor councilor alderman trustee principal dean pastor "
    "rabbi imam bishop cardinal".split())


#: Words the press writes for an office instead of its title: a country's "chief diplomat" or
#: "top diplomat" is its foreign minister ("Iran’s chief diplomat said, …" is Zarif).
_OFFICE_WORDS = re.compile(r"(?i)\b(?:chief|top)\s+diplomat\b")


#: Lower-case words after a title's "chief" or "deputy" that end in another head: the title goes on to it ("the
#: chief public health officer", which `TITLE` ends at "chief").
_HEAD_GOES_ON = re.compile(rf"(?:\s+[a-z]+){{0,3}}\s+(?:{_HEAD})\b")
_NOT_TITLE_WORD = re.compile(r"\b(?:the|a|an|his|her|its|their|our|and|or|to|with|who|that|was|is)\b")


def office_phrase(text: str, start: int, end: int) -> str:
    """The title phrase text[start:end] with the office's own title for words that stand for it
    ("Iran's chief diplomat" → "Iran's foreign minister"), whose last word the title pattern may
    leave out ("Iran's chief"); any other phrase as it is, or up to a head its lower-case words
    go on to ("the chief public health officer")."""
    found = _OFFICE_WORDS.search(text, start, end + 12)
    if found is None or found.start() >= end:
        goes_on = _HEAD_GOES_ON.match(text, end) if re.search(r"(?i)\b(?:chief|deputy)$", text[start:end]) else None
        if goes_on is not None and (_NOT_TITLE_WORD.search(goes_on.group(0)) or CUE.search(goes_on.group(0))):
            goes_on = None  # "the chief said the minister ...": a verb and another phrase, not one title
        return text[start:goes_on.end() if goes_on is not None else end]
    return text[start:found.start()] + "foreign minister"


@functools.lru_cache(maxsize=4096)
def title_head(phrase: str) -> str | None:
    """The office a title phrase names ("the Iranian Foreign Minister" → "minister"), or None;
    cached, since every title of every person is asked again for each title in the text."""
    lowered = re.sub(r"\s+", " ", phrase.lower())
    best = None
    for head, pattern in _HEAD_PATTERNS:
        match = pattern.search(lowered)
        if match and (best is None or match.start() < best[0] or (match.start() == best[0] and len(head) > len(best[1]))):
            best = (match.start(), head)
    if best is None:
        return None
    return _GENERIC.get(best[1], best[1])


_HEAD_PATTERNS = tuple((head, re.compile(rf"\b{re.escape(head)}s?\b")) for head in TITLE_HEADS)

#: Heads that mean the same office for matching ("foreign minister" is a minister).
_GENERIC = {"prime minister": "prime minister", "foreign minister": "minister", "deputy minister": "minister",
            "vice-president": "vice president", "spokeswoman": "spokesman", "spokesperson": "spokesman",
            "chairwoman": "chairman", "advisor": "adviser"}

#: Words that name an office's portfolio: the entities lexicon's, and "home" of the UK's Home
#: Office ("the foreign secretary" is not "Home Secretary Charles Clarke").
_PORTFOLIO = PORTFOLIO_WORDS | {"home", "prime"}


def portfolio_clash(phrase: str, title: str) -> bool:
    """Whether a title phrase and a person's title name different offices: each names a portfolio
    word (`_PORTFOLIO`) and they share none ("the foreign secretary" and "Home Secretary"), or
    only one is a shadow office ("the shadow chancellor" and "Chancellor Gordon Brown"). A phrase
    or title with no portfolio ("the minister", "Minister Bill Morneau") clashes with none."""
    have, want = title_words(title), title_words(phrase)
    if ("shadow" in have) != ("shadow" in want):
        return True
    have, want = have & _PORTFOLIO, want & _PORTFOLIO
    return bool(have) and bool(want) and not have & want


#: Words that say nothing of an office or an organisation ("the Minister of Foreign Affairs").
STOP_WORDS = frozenset("the a an of and for".split())


def title_words(phrase: str) -> set[str]:
    """The lower-case words of a title phrase, without `STOP_WORDS`."""
    return {w for w in re.findall(r"[\w'-]+", phrase.lower()) if w not in STOP_WORDS}


#: Words of a legislature whose presiding officer a title may name.
_LEGISLATURE = frozenset("parliament parliamentary legislative legislature chamber assembly majlis senate "
                         "duma knesset congress".split())
#: The presiding officer's head words: one seat written several ways ("Parliament Speaker", "the
#: Chairman of the Legislative Chamber", "President of the National Assembly").
_PRESIDING = frozenset("speaker chairman chairwoman chair president".split())
#: Words of a title that name a part of the legislature or a second seat, not its presiding officer.
_NOT_PRESIDING = frozenset("committee commission group faction caucus party deputy vice first-deputy "
                           "vice-chairman vice-president former".split())


#: Offices a country's diplomat holds: "the Iranian diplomat stressed" is its Foreign Ministry's
#: spokesman, its (deputy) foreign minister, ambassador or consul (not "UN special envoy for Syria").
_DIPLOMATIC = re.compile(r"(?i)\b(?:ambassador|consul|attach[ée]|foreign\s+minist|minist\w*\s+of\s+foreign\s+affairs)")


def diplomatic_office(phrase: str, title: str) -> bool:
    """Whether a title phrase names a country's diplomat and a person's title is a diplomat's
    office ("the Iranian diplomat" and "Foreign Ministry spokesman"; "the diplomat", "one diplomat"
    name no country: an unnamed source as often as anyone spoken of)."""
    return (title_head(phrase) == "diplomat" and country_in(phrase) is not None
            and _DIPLOMATIC.search(title) is not None)


def same_presiding_seat(phrase: str, title: str) -> bool:
    """Whether a title phrase and a person's title both name the presiding officer of a
    legislature, written in different words ("the Chairman of the Legislative Chamber of
    Uzbekistan" and "Uzbek Parliament Speaker"); a committee's chairman or a deputy speaker is
    none."""
    def presides(words: set[str]) -> bool:
        return bool(words & _PRESIDING) and bool(words & _LEGISLATURE) and not words & _NOT_PRESIDING
    return presides(title_words(phrase)) and presides(title_words(title))


#: Offices filled by election or appointment to government, and offices of a profession or a service: the holder
#: of one is never called by the other ("Health Minister Patty Hajdu" is not "the chief public health officer",
#: a judge no mayor). Heads of neither kind ("official", "spokesman", "lawmaker", "diplomat", "chief", "president")
#: may name anyone.
_ELECTED = frozenset("prime minister|minister|premier|mayor|senator|mp|mpp|mla|congressman|congresswoman|governor|"
                     "councillor|councilor".split("|"))
_PROFESSIONAL = frozenset("officer|judge|coach|ceo|professor|superintendent|sergeant|constable|inspector|manager|"
                          "director".split("|"))


def other_office(phrase: str, titles: list[str]) -> bool:
    """Whether a title phrase names an office of one kind (`_ELECTED`, `_PROFESSIONAL`) and every title a person
    is known by names one of the other kind only: "the chief public health officer said" is not the health
    minister spoken of last. A person with no title, or with any title of neither kind, clashes with none."""
    def kinds(text: str) -> set[str]:
        heads = {h for h, pattern in _HEAD_PATTERNS if pattern.search(text.lower())}
        return {"elected" if heads & _ELECTED else "", "professional" if heads & _PROFESSIONAL else ""} - {""}
    wanted = kinds(phrase)
    if len(wanted) != 1 or not titles:
        return False
    return all(len(k := kinds(t)) == 1 and not k & wanted for t in titles)
