"""Money a private giver commits in a government's own text: no gift of the home country.

A White House fact sheet lists what companies, foundations and the private sector pledge in a partner
region: "Columbia Sportswear Company has committed to purchase up to $200 million in products",
"Heifer International committed $1 million in grant and investment funds to support small and medium
businesses in Guatemala", "Vice President Harris ... announced more than $950 million in new private
sector commitments". The gold records such money between the giver and its receivers, and a company
or the private sector is no country: the figure is the receivers' alone (tests/gold/README.md, "money
for a region", "a private foundation beside a US agency is no subject"). `pledges.with_giver` adds the
home country as the giver of money whose giver the sentence does not name as a country; it asks
`private_giver` first.

A giver is private where the clause names it right before its giving verb and the name carries the
mark of a company or a charity ("Company", "Inc.", "Group", "Foundation", "Fundación", "Capital",
"Impact", "International"), or an aside says what it is (", an online-learning platform,", ", which
offers microloans"), or it is the private sector itself ("private sector partners have committed");
or where the money itself is named as the private sector's ("$950 million in new private sector
commitments"). A giver the sentences before it in its paragraph or list item introduced as private stays so when
named again, as "they" or "the company", or after the paragraph said what it is ("Davivienda is a multi-national,
Colombian bank"); "companies and organizations" that commit are the private sector. The home's own bodies ("the U.S.
International Development Finance Corporation", "USAID", "the Inter-American Foundation" as "a U.S. government
agency") and a company the text calls American ("Viamericas, a U.S. company") stay the home's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.home_bodies import HOME_BODY_NAMES
from accords.indicators.subjects import CountrySpan
from accords.scan.items import BULLET

#: A giving verb after the giver's name: "has committed to purchase", "committed", "contributed", "is investing".
_GIVING_VERB = re.compile(
    r"\b(?:commit(?:s|ted)?|pledg(?:e|es|ed)|contribut(?:e|es|ed)|invest(?:s|ed|ing)?|award(?:s|ed)|"
    r"donat(?:e|es|ed)|grant(?:s|ed)|len(?:d|ds|t)|allocat(?:e|es|ed)|mobiliz(?:e|es|ed))\b"
)
#: The giver's name right before its verb: capitalised words (a bracketed short form, an aside between commas,
#: a partner joined by "and", "along with" or "together with", auxiliaries after it).
_NAMED = re.compile(
    r"(?P<name>(?:[A-Z][\w’'&.-]*\s+(?:(?:de|del|of|for|and|y)\s+)?){0,5}[A-Z][\w’'&.-]*)\**"
    r"(?:\s*\([^()]{1,40}\))?(?P<aside>\s*,[^,;]{1,120},)?"
    r"(?:\s*(?:and|along\s+with|together\s+with)\s+[^,;]{1,80}?,?)?"
    r"(?:\s+(?:has|have|had|will|is|are|was|were|also|already|officially|collectively|today|further|jointly|recently))*"
    r"\s*$"
)
#: Words that mark a name as a company's or a charity's.
_PRIVATE_MARK = re.compile(
    r"\b(?:Company|Inc|Ltd|LLC|PLC|Plc|Group|Grupo|Foundation|Fundaci[oó]n|Philanthropies|Capital|Impact|"
    r"Holdings|Sportswear|International)\b"
)
#: An aside that says what the giver is: ", an online-learning platform providing ...,", ", which offers microloans ...,".
_PRIVATE_ASIDE = re.compile(
    r"^\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|platform|startup|nonprofit|non-profit|"
    r"charity|manufacturer|retailer|provider|investor|parent\s+company)\b|which\s+(?:offers|provides|operates|makes|sells))",
    re.IGNORECASE,
)
#: The private sector as the giver: "private sector partners have committed", "companies committed".
_PRIVATE_SECTOR = re.compile(
    r"\b(?:private[- ]sector(?:\s+(?:partners|companies|firms|leaders|investors))?|(?:the\s+)?companies"
    r"(?:\s+and\s+(?:organi[sz]ations|foundations|nonprofits))?|philanthrop\w+\s+partners)"
    r"(?:\s*\((?:including|such\s+as)\s[^()]{1,80}\))?"  # "private sector partners (including corporations, ...)"
    r"(?:\s+(?:has|have|had|will|also|already|collectively|together))*\s*$",
    re.IGNORECASE,
)
#: A government's own giver, and a company the text calls the home's: the home's name ("U.S.", "American"), a
#: government word, the home's bodies (`gazetteer.home_bodies`), and the United States' two development foundations,
#: whose "Foundation" is no charity's mark.
_HOME_WORDS = re.compile(
    r"\b(?:U\.\s?S\.|US|United\s+States|America|American|USAID|Government|Administration|Department|Agency|Ministry|"
    r"Congress|President|Secretary|Embassy|Inter-American\s+Foundation|African\s+Development\s+Foundation|IAF|USADF|"
    + HOME_BODY_NAMES["USA"] + r")\b"
)
#: Money named as the private sector's: "$950 million in new private sector commitments".
_PRIVATE_MONEY_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:new\s+|additional\s+)?(?:private[- ]sector|philanthropic)\s+(?:commitments|contributions|pledges)\b",
    re.IGNORECASE,
)
#: A passive's auxiliary right before the giving verb, and the verbs whose passive names their receiver: "was awarded",
#: "were granted", "has been allocated", "was lent".
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|recently\s+)?$")
_RECEIVED = re.compile(r"award|grant|allocat|len")
#: A clause boundary before the giver: a semicolon, a bullet's label ("**Supply Chains:** "), an opening phrase.
_CLAUSE_START = re.compile(rf";\s+|:\**\s+|\n\s*{BULLET}\s+")


def private_giver(text: str, sentence: tuple[int, int], figure: tuple[int, int]) -> bool:
    """Whether the money at `figure` in `sentence` is a private giver's: named as private sector money right after
    the amount, or given by a company, a charity or the private sector named right before the clause's giving verb."""
    if _PRIVATE_MONEY_AFTER.match(text, figure[1]):
        return True
    starts = [m.end() for m in _CLAUSE_START.finditer(text, sentence[0], figure[0])]
    lead_start = max([sentence[0], *starts])
    lead = text[lead_start:figure[0]]
    verb = _GIVING_VERB.search(lead)  # the first: "has committed to invest $20 million" is given by who committed
    if verb is None:
        return False
    before = lead[:verb.start()].replace("*", "")
    if _PASSIVE.search(before) and _RECEIVED.match(verb.group(0)):
        return False  # "Showa Best Glove, Inc was awarded two contracts totaling $81.3 million": the company receives
    if (coordinated := _COORDINATED.search(before)) is not None:
        before = before[:coordinated.end("auxiliary")]  # "CrossBoundary has closed two transactions and mobilized"
    if _PRIVATE_SECTOR.search(before):
        return True
    if _BACK_REFERENCE.search(before):
        return _opened_by_private(text, lead_start if lead_start > sentence[0] else sentence[0])
    named = _NAMED.search(before)
    if named is None:
        return False
    aside = named.group("aside") or ""
    channel = _CHANNEL_ASIDE.match(aside) is not None  # ", in partnership with USAID,": the body is no giver
    if _HOME_WORDS.search(named.group(0).replace(aside, "") if channel else named.group(0)):
        return False  # "The U.S. International Development Finance Corporation has invested"; "Viamericas, a U.S. company"
    if country_by_alias(named.group("name").removeprefix("The ").strip()) is not None:
        return False  # "Japan, in partnership with USAID, committed": a state gives, not a company
    return bool(_PRIVATE_MARK.search(named.group("name")) or _PRIVATE_ASIDE.match(aside) or channel
                or _bold_company(text, lead_start, lead, named.group("name"))
                or _item_head_company(text, lead_start, lead, named.group("name"))
                or _introduced(text, sentence[0], named.group("name")))


def _introduced(text: str, sentence_start: int, name: str) -> bool:
    """Whether the giver named in a sentence is a company or a charity the sentences before it in its paragraph or list
    item introduced as one: described ("Davivienda is a multi-national, Colombian bank ... Davivienda will also commit to
    contributing $500 million in loans"), or the private giver of the paragraph's first sentence ("CrossBoundary, in
    partnership with USAID, committed to ... To date, CrossBoundary has ... mobilized more than $1.5 million"). A company
    the text calls the home's ("a U.S. company") is none."""
    opening, before = _paragraph_before(text, sentence_start)
    if not before.strip() or name not in before:
        return False
    described = re.search(rf"\b{re.escape(name)}{_DESCRIBED}", before)
    if described is not None:
        return _HOME_WORDS.search(described.group("what")) is None
    first = _first_sentence_end(before)
    return name in before[:first] and private_giver(text, (opening, opening + first), (opening + first, opening + first))


def _opened_by_private(text: str, sentence_start: int) -> bool:
    """Whether the paragraph or list item of a sentence whose giver is "they" or "the company" opened with a private
    giver: "Deetken Impact, in partnership with USAID, committed to support at least 10 investments ... To date, they
    have closed two transactions, and mobilized more than $17 million"."""
    opening, before = _paragraph_before(text, sentence_start)
    if not before.strip():
        return False
    first = _first_sentence_end(before)
    described = _OPENING_NAME.match(before)
    if described is not None and re.match(rf"\s*{_DESCRIBED}", before[described.end():first]) is not None:
        return _HOME_WORDS.search(before[described.end():first]) is None
    return private_giver(text, (opening, opening + first), (opening + first, opening + first))


#: A verb phrase the giving verb is coordinated with, after the giver and its auxiliary: "has closed two transactions,
#: and" (mobilized), "have closed two transactions and" (mobilized).
_COORDINATED = re.compile(r"\s(?P<auxiliary>has|have|had|will)\s+(?:[a-z][\w-]*\s+){1,5}?[a-z][\w-]*,?\s+and\s+$")
#: A paragraph's break: a blank line, or a list item's head at a line's start.
_PARAGRAPH_BREAK = re.compile(rf"\n\s*\n|\n\s*{BULLET}\s")
#: How far back a paragraph's opening is looked for.
_PARAGRAPH_REACH = 2000
#: A sentence's end: a full stop, a question or exclamation mark and a space before a capital ("U.S. Agency" ends none
#: where it is read as such; the first sentence ends at the first).
_SENTENCE_END = re.compile(r"[.!?][*_”\"’)\]]*\s+(?=[A-Z*])")
#: A paragraph's opening name: capitalised words after a bullet or bold marks.
_OPENING_NAME = re.compile(r"\s*(?:[-*•]\s+)?\**(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*\**")
#: A pronoun or a generic head for the giver a paragraph introduced: "To date, they have closed two transactions, and
#: mobilized more than $17 million", "The company will invest".
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]hey|[Tt]he\s+(?:company|bank|firm|foundation|organi[sz]ation))"
                             r"(?:\s+(?:has|have|had|will|is|are|was|were|also|already|collectively))*\s*$")
#: What a sentence of the paragraph says its subject is, a company's or a charity's kind: "Davivienda is a
#: multi-national, Colombian bank", "Accion is a global nonprofit", "Grupo Bancolombia is one of Latin America’s
#: major financial institutions", "Duolingo is an education app".
_DESCRIBED = (r"\s+is\s+(?:an?|one\s+of)\s+(?P<what>[^.;]{0,80}?)\b(?:company|companies|bank|banks|firm|firms|nonprofit|"
              r"non-profit|app|platform|startup|enterprise|institutions?|investor|manufacturer|retailer|provider|charity)\b")


def _paragraph_before(text: str, sentence_start: int) -> tuple[int, str]:
    reach = max(0, sentence_start - _PARAGRAPH_REACH)
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, reach, sentence_start)]
    opening = breaks[-1] if breaks else reach
    return opening, text[opening:sentence_start]


def _first_sentence_end(before: str) -> int:
    end = _SENTENCE_END.search(before)
    return end.end() if end is not None else len(before)


#: A list item led by a bold name of one or two words: "- **Millicom** has committed", "- **Nextil** has committed".
_BOLD_ITEM_NAME = re.compile(rf"\s*(?P<bullet>{BULLET}\s+)?\*\*(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)?)\*\*\s")
#: A list item's head before its sentence: a dash or bullet at a line's start.
_ITEM_HEAD = re.compile(rf"(?:^|\n)\s*{BULLET}\s*$")
#: Words of a programme's or a public body's name, no company's: "Power Africa", "Feed the Future", "Prosper Africa".
_PUBLIC_NAME_WORDS = re.compile(r"\b(?:Africa|America|Americas|Future|Initiative|Program|Programme|Partnership|Council|Fund|"
                                r"Bank|Alliance|Coalition|Forum|Facility|Office|Service|Corps|Commission|Centers?)\b")


#: An aside that names a government body only as the giver's channel or its co-givers beside it: ", in partnership
#: with USAID,", ", with support from the U.S. Agency for International Development,", ", through USAID's GEDI
#: Initiative,", ", along with its philanthropic partners Price Philanthropies and PriceSmart Foundation,".
_CHANNEL_ASIDE = re.compile(r"^\s*,\s*(?:in\s+partnership\s+with|with\s+(?:the\s+)?support\s+(?:of|from)|through|"
                            r"together\s+with|along\s+with|alongside)\s", re.IGNORECASE)
#: A list item that opens with a plain company name and its verb: "- PepsiCo is investing", "- Nespresso will invest".
_ITEM_NAME = re.compile(rf"\s*{BULLET}\s+(?P<name>[A-Z][a-z]+(?:[A-Z][\w’'&.-]*)?)\s+(?:is|has|will|plans|plans\s+to)\b")


def _item_head_company(text: str, lead_start: int, lead: str, name: str) -> bool:
    """Whether the giver is a company a fact sheet's list item names, unbolded, as its first word: "- PepsiCo is
    investing at least $190 million in northern Central America". One capitalised word with no government's, body's
    or programme's mark; a state's name is taken out before (`country_by_alias`)."""
    item = _ITEM_NAME.match(text, _line_start(text, lead_start))
    return item is not None and item.group("name") == name and _PUBLIC_NAME_WORDS.search(name) is None


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _bold_company(text: str, lead_start: int, lead: str, name: str) -> bool:
    """Whether the giver is a company a fact sheet's list item names in bold at its head: "- **Millicom** has committed
    to invest an additional $350 million". An acronym ("**PEPFAR**", "**USDA**") and a programme's or body's name
    ("**Power Africa**") are no company's."""
    bold = _BOLD_ITEM_NAME.match(lead)
    if bold is None or bold.group("name") != name:
        return False
    if bold.group("bullet") is None and not _ITEM_HEAD.search(text, max(0, lead_start - 8), lead_start):
        return False
    return not name.isupper() and _PUBLIC_NAME_WORDS.search(name) is None


def without_channel_home(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *, home: str,
    countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """A private giver's money with the home country named in its sentence only as a government body it works with or
    through: "Heifer International committed $1 million ... in Guatemala through USAID’s GEDI Initiative", "Root
    Capital has also committed to channel a minimum of $80 million in loans ... in partnership with USAID". The
    body is no giver of that money: the figure is the receivers' alone (tests/gold/README.md, "a private foundation
    beside a US agency"), where a receiver remains. The home named as a country ("a U.S. company") stays."""
    if home not in subjects or len(subjects) < 2:
        return subjects
    named = [c for c in countries if sentence[0] <= c.start < sentence[1] and c.iso3 == home]
    if not named or not all(c.body for c in named) or not private_giver(text, sentence, figure):
        return subjects
    return tuple(s for s in subjects if s != home)
