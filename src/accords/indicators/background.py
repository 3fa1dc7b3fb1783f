"""Countries a sentence names only as the background of money given: a war's aggressor, the
country of a war given as the cause of a need, and the organisation that passes the money on.

White House fact sheets explain why money is given by naming a war: "An additional $500 million in
domestic food production assistance will support the production of U.S. food crops that are
experiencing a global shortage due to the war in Ukraine"; "In response to rising food insecurity
for Palestinians in the wake of the Russian invasion of Ukraine, ... the United States is providing
$15 million in additional humanitarian assistance". Neither Russia nor Ukraine gives or receives
that money. The rules read the noun phrase of the war, not the article:

- the aggressor: a country right before a noun of aggression ("Russia's war", "the Russian
  invasion of", "Russian aggression") is never a side of money given (aid, funding, loans:
  `accords.commitments.GIVING`);
- the victim as a cause: a country after "war in", "invasion of", "aggression against" is no side
  when a cause word opens the phrase ("due to", "in the wake of", "impacted by", "amid", "the
  impact of": "to address the impacts of Russia’s war in Ukraine" in a fact sheet on Zambia); "$75
  billion in aid since Russia's invasion of Ukraine" keeps Ukraine;
- the channel: an organisation the money goes "through" or "via" ("expedited $90 million in other
  COVID-related development assistance through the World Bank") passes it on; the giver and the
  receiver are the sides. Money given "to" a fund is the fund's (`funds.with_fund`).

A figure whose sentence names no country takes the countries of the sentences before it
(`accords.indicators.owners`): for money given, those named there only as background are left out
too (`only_background`). A country named again in the sentence outside such a phrase ("$650 million in military assistance
to Ukraine ... Russia's war") stays a side, and so does every subject when none would remain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.commitments import GIVING
from accords.indicators.subjects import CountrySpan, is_country

#: Nouns of a war or an act of aggression.
_WAR = r"(?:war|invasion|aggression|assaults?|attacks?|occupation|bombardment|blockade)"
#: A country's name (or demonym) followed by its aggression: "Russia's war", "Russian aggression",
#: "Russia’s unprovoked and brutal war of choice", "the Russian Federation's full-scale invasion" (also with a
#: non-breaking hyphen, "full‑scale"), "future Russian assaults".
_AGGRESSION_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:(?:[a-z][\w\u2010\u2011-]*|and)\s+){{0,3}}?{_WAR}\b(?!\s+(?:effort|needs|victims|veterans))"
)
#: The victim of a war: "war in", "invasion of", "aggression against", right before the country.
_VICTIM_BEFORE = re.compile(rf"\b{_WAR}\s+(?:in|on|of|against|upon)\s+(?:the\s+)?$", re.IGNORECASE)
#: A cause opening the war's phrase within a few words before it: "due to the war in", "in the wake of
#: the Russian invasion of", "impacted by Russia's invasion of", "amid Russia's war on".
_CAUSE = re.compile(
    r"\b(?:due\s+to|because\s+of|caused\s+by|in\s+the\s+wake\s+of|as\s+a\s+(?:direct\s+)?result\s+of|amid|"
    r"(?:exacerbated|disrupted|impacted|affected|driven|worsened|triggered|fueled|fuelled|displaced|"
    r"devastated|harmed|hit)\s+by|result(?:s|ed|ing)?\s+from|stemming\s+from|"
    r"(?:impacts?|effects?|consequences?|fallout)\s+of)\s+"
    r"(?:[\w’'-]+\s+){0,6}?$",
    re.IGNORECASE,
)
#: How far before the war noun its cause word may stand.
CAUSE_REACH = 80
#: An organisation named as the way money travels: "through the World Bank", "via UNICEF".
_CHANNEL_BEFORE = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$", re.IGNORECASE)


def _aggressor(text: str, country: CountrySpan) -> bool:
    return bool(_AGGRESSION_AFTER.match(text, country.end))


def _victim_as_cause(text: str, country: CountrySpan, sentence_start: int) -> bool:
    before = text[max(sentence_start, country.start - 40):country.start]
    war = _VICTIM_BEFORE.search(before)
    if war is None:
        return False
    war_start = country.start - len(before) + war.start()
    return bool(_CAUSE.search(text[max(sentence_start, war_start - CAUSE_REACH):war_start]))


def _channel(text: str, country: CountrySpan, sentence_start: int) -> bool:
    return not is_country(country.iso3) and bool(
        _CHANNEL_BEFORE.search(text, max(sentence_start, country.start - 20), country.start))


def _background(text: str, country: CountrySpan, sentence_start: int) -> bool:
    return _aggressor(text, country) or _victim_as_cause(text, country, sentence_start) \
        or _channel(text, country, sentence_start)


#: What a text means to move away from: "minimize reliance on Russian fuel", "our dependence on Russian energy",
#: "less dependent on Russia" (up to two words between: "reliance on Russian fossil fuels", "on the Russian").
_DEPENDED_ON_BEFORE = re.compile(
    r"\b(?:relian(?:ce|t)|dependen(?:ce|cy|cies|t)|over-?reliance)\s+(?:up)?on\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?$",
    re.IGNORECASE)


#: A country named as the threat a text means to counter: "to counter DPRK nuclear and missile threats", "Iran's threats".
_THREAT_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:[a-z][\w-]*|and)\s+){0,3}?threats?\b")


def _depended_on(text: str, country: CountrySpan, sentence_start: int) -> bool:
    return bool(_DEPENDED_ON_BEFORE.search(text, max(sentence_start, country.start - 40), country.start)) \
        or bool(_THREAT_AFTER.match(text, country.end))


def only_background(text: str, span: tuple[int, int], countries: Sequence[CountrySpan], *, metric: str) -> set[str]:
    """The countries `text[span[0]:span[1]]` (a sentence before the figure's) names only as background, else
    none: for money given (`GIVING` metrics) as a war's sides ("the rise in food prices ... resulting from Russia’s
    invasion of Ukraine": money announced in the next sentence, "President Biden also announced $783 million in global
    development assistance funding", is not theirs); for any figure as what the text means to depend on less
    ("substantially minimize reliance on Russian fuel" then "consistent with a 1.5 degree Celsius limit on global
    warming" in a US-UK declaration: no Russia's goal), or as the threat it means to counter ("to counter DPRK nuclear
    and missile threats" then "our national security teams have met twice": no North Korea's meetings)."""
    giving = bool(GIVING.search(metric))
    named = [c for c in countries if span[0] <= c.start < span[1]]

    def background(c: CountrySpan) -> bool:
        return (giving and _background(text, c, span[0])) or _depended_on(text, c, span[0])

    return {c.iso3 for c in named if background(c)} - {c.iso3 for c in named if not background(c)}


#: Sanctions a country imposes, named as the circumstance of a figure: "Despite U.S. sanctions, ...", "... amid the
#: U.S. illegal sanctions", "Given the U.S. sanctions against Iran, ...": the sanctioning country (right before
#: "sanctions", with up to three words between) after a word of circumstance a few words before it.
_SANCTIONS_AFTER = re.compile(r"(?:['’]s?)?(?:[\s-]+(?:[a-z][\w-]*|and)){0,3}?\s+sanctions\b")
_CIRCUMSTANCE_BEFORE = re.compile(
    r"\b(?:despite|in\s+spite\s+of|notwithstanding|amid|under|because\s+of|due\s+to|in\s+the\s+face\s+of|given)\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?$", re.IGNORECASE)


def _sanctions_background(text: str, country: CountrySpan) -> bool:
    """Whether the country is named as the one whose sanctions are a figure's circumstance ("Despite U.S.
    sanctions, Iran's non-oil exports rose 12 percent"): no side of the figure."""
    return bool(_SANCTIONS_AFTER.match(text, country.end)) and bool(
        _CIRCUMSTANCE_BEFORE.search(text, max(0, country.start - 40), country.start))


def without_sanctioner(
    text: str, sentence: tuple[int, int], subjects: tuple[str, ...], *, metric: str, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """The subjects of any figure but a sanctions count less the countries its sentence names only as the
    imposer of sanctions the figure came about despite or amid (`_sanctions_background`); all of them when
    none would remain."""
    if len(subjects) < 2 or "sanction" in metric:
        return subjects
    named = [c for c in countries if sentence[0] <= c.start < sentence[1] and c.iso3 in subjects]
    background = {c.iso3 for c in named if _sanctions_background(text, c)}
    background -= {c.iso3 for c in named if not _sanctions_background(text, c)}
    kept = tuple(s for s in subjects if s not in background)
    return kept if kept else subjects


#: The owner of a plan that money is aligned with: "invest over $350 million ... in line with the African Union’s
#: Digital Transformation Strategy" is no money of the African Union's.
_ALIGNED_BEFORE = re.compile(r"\b(?:in\s+line|consistent|aligned|in\s+alignment|in\s+keeping)\s+with\s+(?:the\s+)?$",
                             re.IGNORECASE)


def _plan_owner(text: str, country: CountrySpan, sentence_start: int) -> bool:
    """Whether an organisation is named as the owner of a plan money is aligned with (a country so named,
    "in line with Iran's policy of ...", is left to the other rules: it often is a side as well)."""
    return not is_country(country.iso3) and text[country.end:country.end + 2] in ("’s", "'s") and bool(
        _ALIGNED_BEFORE.search(text, max(sentence_start, country.start - 30), country.start))


def without_background(
    text: str, sentence: tuple[int, int], subjects: tuple[str, ...], *, metric: str, money: bool,
    countries: Sequence[CountrySpan], goods: bool = False,
) -> tuple[str, ...]:
    """The subjects of money given (`GIVING` metrics) less the countries its sentence names only as
    a war's aggressor, as the country of a war that caused the need, or as the organisation the
    money goes through (module docstring); all of them when none would remain. Any money loses the owner of
    a plan it is "in line with" (`_plan_owner`), and any figure the countries named only as the imposer of
    sanctions it came about despite (`without_sanctioner`). A count of goods given (`goods`: "The armored
    capabilities we are sending—including 109 Bradley infantry fighting vehicles and tanks—will ... defend against
    future Russian assaults") loses the aggressor too: weapons sent against a country are not its own."""
    subjects = without_sanctioner(text, sentence, subjects, metric=metric, countries=countries)
    named = [c for c in countries if sentence[0] <= c.start < sentence[1] and c.iso3 in subjects]
    if goods and not money and len(subjects) > 1:
        aggressors = {c.iso3 for c in named if _aggressor(text, c)} - {c.iso3 for c in named if not _aggressor(text, c)}
        return tuple(s for s in subjects if s not in aggressors) or subjects
    owners = {c.iso3 for c in named if _plan_owner(text, c, sentence[0])} - {
        c.iso3 for c in named if not _plan_owner(text, c, sentence[0])}
    if money and owners and len(subjects) > len(owners):
        subjects = tuple(s for s in subjects if s not in owners)  # the owner of a plan the money is in line with
    if not money or not GIVING.search(metric) or len(subjects) < 2:
        return subjects
    background = {c.iso3 for c in named if _background(text, c, sentence[0])}
    background -= {c.iso3 for c in named if not _background(text, c, sentence[0])}
    kept = tuple(s for s in subjects if s not in background)
    return kept if kept else subjects
