"""Money given to a named fund, programme or institution, which is a side of it as its receiver: "the United States
has contributed $150 million to the Global Agriculture and Food Security Program" is GAFSP's and the United States'
(tests/gold/README.md), as is money invested "in" a named fund ("DFC will invest up to $25 million in the Uhuru
Growth Fund I-A"). The fund goes by the bracketed short form the text gives it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.commitments import GIVING
from accords.indicators.privategivers import private_giver
from accords.indicators.subjects import CountrySpan


#: Head words of the name of a fund or programme that receives money as an institution of its own.
FUND_HEADS = frozenset({"Fund", "Facility", "Program", "Programme", "Trust", "Agency", "Network", "Center", "Centre",
                         "Alliance", "Foundation", "Organization", "Organisation", "Bank", "Consortium", "Institute"})
#: A name right after the money and "to" (or "for", then only with a bracketed short form: "for the
#: East Jerusalem Hospital Network (EJHN)"; or "in", then only a fund's: "invest up to $25 million in the
#: Uhuru Growth Fund I-A"): capitalised words, joined by lower-case function words.
_TO_NAME_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:in\s+(?:[\w-]+\s+){0,3}?)?(?P<prep>to|for|in)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:and|for|of|on|to|the)\s+){0,2}[A-Z][\w’'-]*){0,8})"
)

#: An institution's acronym as written ("IDB", "AfDB"): the owner a fund's back-reference stands for.
_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,8}")
#: A gift named right before the money, whatever metric the sentence's other words gave it: "Investing in health
#: security with U.S. contribution of $250 Million to the Pandemic Fund" is a contribution to the fund.
_GIFT_BEFORE = re.compile(r"\b(?:(?:contribution|pledge|donation|grant)s?\s+of|(?:has|have|had)\s+(?:committed|contributed|pledged|donated))"
                          r"\s+(?:up\s+to\s+|over\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)


def with_fund(
    text: str, figure: tuple[int, int], subjects: tuple[str, ...], *, metric: str, money: bool,
    sentence: tuple[int, int] = (0, 0), countries: Sequence[CountrySpan] = (),
) -> tuple[str, ...]:
    """The subjects of money given to a named fund, programme or institution with it as the receiver:
    "the United States has contributed $150 million to the Global Agriculture and Food Security
    Program" is GAFSP's and the United States' (the acronym the text gives the name in brackets, else
    the name: "more than $544 million to the International Fund for Ireland"; "an additional $201
    million for the UN Relief and Works Agency for Palestine Refugees (UNRWA)"). Only names with a
    head word of their own (`FUND_HEADS`) and three words or a bracketed short form (after "for",
    the short form only): "to the NATO Comprehensive Assistance Package for Ukraine" is aid to
    Ukraine, left to the country rules, and "to the Grant Facility" refers back to a fund named
    before, whose owner is the side where the text writes its acronym's possessive before the name
    ("IDB’s Grant Facility"). A two-word fund's name the text always writes after "the", twice or more,
    is a name of its own ("the Pandemic Fund"), and a gift's noun right before the money
    ("contribution of $250 Million to the Pandemic Fund") makes it a gift whatever the metric. The
    countries the sentence names only after the money (`sentence`, `countries`) are whom the
    institution serves ("to Palestinian refugees in ... Jordan, Lebanon, and Syria"), no sides of
    the money, nor are countries the sentence does not name (the sentences before name whom it serves)."""
    if money and (fund := sized_fund(text, figure)) is not None:
        return (fund,)  # "W2AF is a €50 million blended finance fund": the fund's size, no one's gift
    if money and (fund := partners_fund(text, figure)) is not None:
        return (fund,)  # "the Global Fund’s private sector partners committed a total of $1.23 billion": the fund's alone
    gift = GIVING.search(metric) is not None or _GIFT_BEFORE.search(text, max(0, figure[0] - 40), figure[0]) is not None
    if not money or not (gift or metric == "investment") or not (subjects or private_giver(text, sentence, figure)):
        return subjects  # private givers' money has no country (`owners`): to a fund, it is the fund's alone
    match = _TO_NAME_AFTER.match(text, figure[1])
    if match is None or (not gift and match.group("prep") != "in"):
        return subjects  # an investment "to Launch the Alliance of ...": a heading's verb, no receiver
    name = match.group("name")
    if name.endswith(("’s", "'s")) and " " in name:
        name = name[:-2]  # "to the African Development Bank’s (AfDB) existing fertilizer guarantee activity": the bank's
    words = name.split()
    heads = [i for i, w in enumerate(words) if w in FUND_HEADS]
    if match.group("prep") == "in" and not {"Fund", "Facility"} & set(words):
        return subjects  # "in the Lobito Corridor", "in the Northern Triangle": a place, no receiver of its own
    if not heads or words[0].endswith(("’s", "'s")):
        return subjects  # "to the IDB’s Biodiversity and Natural Capital Facility": the owner is the side
    # "the Global Fund to Fight AIDS": the name runs to its last capitalised word before a comma or
    # clause; the bracketed short form the text gives it, if any, is what it goes by.
    short = _short_form(text, name, match.start("name"))
    side = short.group("short") if short is not None else " ".join(words)
    if short is None and (match.group("prep") == "for" or (len(words) < 3 and not _own_two_word_name(text, name))):
        # "to the Grant Facility": a short back-reference to a fund named before, no name of its own; the owner
        # whose possessive the text writes before it elsewhere ("IDB’s Grant Facility") is the side, if any
        owner = re.search(r"\b(?P<owner>[A-Z][A-Za-z]{1,9})['’]s\s+" + r"\s+".join(map(re.escape, words)) + r"\b", text)
        if owner is None or not _ACRONYM.fullmatch(owner.group("owner")) or match.group("prep") != "to":
            return subjects
        side = owner.group("owner")
    before = {c.iso3 for c in countries if sentence[0] <= c.start < figure[0]}
    served = {c.iso3 for c in countries if figure[1] <= c.start < sentence[1]} - before
    kept = [s for s in subjects if s in before] or [s for s in subjects if s not in served]
    return tuple(sorted({*kept, side})) if kept else tuple(sorted({*subjects, side}))


#: A fund named right before its size: "W2AF is a", "GAFSP – a", "the Global Agriculture and Food Security Program (GAFSP) –
#: a" (the short form in brackets is what it goes by).
_SIZED_NAME = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:and|for|of|on|to|the)\s+){0,2}[A-Z][\w’'-]*){0,8})\**\s*"
    r"(?:\((?P<short>[A-Z][\w-]*)\)\**\s*)?(?:\s(?:is|was|remains)|\s?[–—]|,)\s+an?\s+$")
#: What a fund's size is of, after the money: "blended finance fund", "multilateral financing mechanism".
_FUND_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:fund|mechanism|facility)\b")


def _fund_called(name: str) -> str | None:
    """`name` (a leading "The" dropped) where it calls a fund: an acronym ("W2AF") or two words or more ending in a
    fund's head word (`FUND_HEADS`: "Global Fund"); else None."""
    name = name.removeprefix("The ")
    words = name.split()
    acronym = len(words) == 1 and sum(ch.isupper() for ch in name) >= 2
    return name if acronym or (len(words) >= 2 and words[-1] in FUND_HEADS) else None


def sized_fund(text: str, figure: tuple[int, int]) -> str | None:
    """The fund whose size the money at `figure` is, where the text calls the fund by its name (an acronym, or a name with
    a fund's head word: `FUND_HEADS`) and then "a [money] ... fund" ("W2AF is a €50 million blended finance fund", "GAFSP –
    a $1.7 billion multilateral financing mechanism"): its own money, whoever gave it; else None."""
    if _FUND_AFTER.match(text, figure[1]) is None:
        return None
    named = _SIZED_NAME.search(text, max(0, figure[0] - 160), figure[0])
    if named is None or named.end() != figure[0]:
        return None
    if named.group("short"):
        return named.group("short")
    return _fund_called(named.group("name"))


#: A named fund's private givers right before their giving verb and the money: "the Global Fund’s private sector partners
#: committed a total of" (the name ends in a fund's head word or is an acronym; the possessive ties the givers to it).
_PARTNERS_OF = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:and|for|of|on|to|the)\s+){0,2}[A-Z][\w’'-]*){0,6})[’']s\s+"
    r"private[- ]sector\s+(?:partners|donors|contributors)\s+(?:(?:have|has|had|also|together)\s+)*"
    r"(?:committed|pledged|contributed|donated)\s+(?:a\s+total\s+of\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?$")


def partners_fund(text: str, figure: tuple[int, int]) -> str | None:
    """The fund whose own private givers give the money at `figure`, named as their possessor right before it ("the
    Global Fund’s private sector partners committed a total of $1.23 billion"): private money to a fund is the fund's
    alone, as where the text names the fund after the money ("have committed over $3.6 billion to the Global Fund");
    else None."""
    named = _PARTNERS_OF.search(text, max(0, figure[0] - 160), figure[0])
    if named is None or named.end() != figure[0]:
        return None
    return _fund_called(re.sub(r"\s+", " ", named.group("name")))


def _own_two_word_name(text: str, name: str) -> bool:
    """Whether the two-word fund `name` ("Pandemic Fund") is a name of its own: the text writes it at least twice and
    always right after "the", never after a possessive or another word of a longer name ("IDB’s Grant Facility" makes
    "the Grant Facility" a back-reference to the bank's facility; "the Global Pandemic Fund" another's)."""
    words = name.split()
    if len(words) != 2 or words[-1] not in _OWN_NAME_HEADS:
        return False
    mentions = list(re.finditer(r"(?<![\w’'-])" + r"\s+".join(map(re.escape, words)) + r"\b", text))
    return len(mentions) >= 2 and all(re.search(r"\b[Tt]he\s+$", text[max(0, m.start() - 12):m.start()]) for m in mentions)


#: Heads of a two-word name a fund may go by alone ("the Pandemic Fund"): a fund's, not a programme's or an office's.
_OWN_NAME_HEADS = frozenset({"Fund"})


#: What may stand between a fund's name and its short form where the money names it: any words but a paragraph's end.
_TAIL = r"(?:[^()\n]|\n(?!\s*\n)){0,60}?\((?P<short>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\)"
#: The rest of a fund's full name, then its short form: capitalised words and the function words of names.
_NAME_RUNS_ON = r"(?:,?\s+(?:[A-Z][\w’'-]*|and|of|to|for|the|on)){0,8}?\s*\((?P<short>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\)"


def _short_form(text: str, name: str, at: int) -> re.Match[str] | None:
    """The bracketed short form the text gives a fund's `name`: after the name at `at` (the money's), else after an
    earlier mention whose name runs on to the bracket ("**Global Agriculture and Food Security Program (GAFSP):**",
    "the Global Fund to Fight AIDS, Tuberculosis and Malaria (Global Fund)"); so neither "the Global Agriculture and
    Food Security Program:** U.S. Treasury Department’s (Treasury)" nor "GEEA Fund resources for Ethical Apparel
    Africa (EAA)" gives one."""
    here = re.compile(re.escape(name) + _TAIL).match(text, at)
    return here or re.search(re.escape(name) + _NAME_RUNS_ON, text)


def receiver_named_after(text: str, end: int) -> bool:
    """Whether a name follows the money ending at `end` after "to" or "for" ("$2 billion contribution to Gavi"): a
    receiver of its own, so no partner of the text is its receiver."""
    named = _TO_NAME_AFTER.match(text, end)
    return named is not None and named.group("prep") != "in"
