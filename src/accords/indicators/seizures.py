"""What law enforcement seized, counted or weighed: a figure of the seizing country.

Security statements and fact sheets count what was seized ("the U.S. Drug Enforcement Agency seized more
than 20.4 million fake pills and 15,000 pounds of fentanyl powder", "law enforcement agencies seized over
32,000 weapons, 17 million rounds of ammunition, and 2,300 grenades since 2019", "confiscating more than
800,000 pills in Sonora", "facilitating the seizure of over 955 tons of chemical precursors"). Each amount
after a seizing verb in its clause, and each further item of the list it opens, is `seized_<thing>`,
named by the plural noun after a count or by what a weight is "of".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan

#: A seizing verb, or the seizure named as a noun, before the amount in its clause.
_SEIZED = re.compile(
    r"\b(?:seiz(?:e|ed|es|ing)|seizures?\s+of|confiscat(?:e|ed|es|ing)|confiscations?\s+of|"
    r"intercept(?:ed|s|ing)?|interdict(?:ed|s|ing)?)\b", re.IGNORECASE)
#: What may stand between the verb and the first amount, or between the items of its list: qualifiers, "an
#: average of", and earlier items ("over 32,000 weapons, 17 million rounds of ammunition, and").
_BETWEEN = re.compile(r"[\w\s,.$%-]{0,160}$")
#: A verb of another action between the seizing verb and the amount ends the seizure's reach ("seized 20 kilos and
#: arrested 12 people").
_OTHER_VERB = re.compile(r"\b(?:arrest(?:ed|s|ing)?|prosecut(?:ed|es|ing)|charg(?:ed|es|ing)|extradit(?:ed|es|ing)|"
                         r"detain(?:ed|s|ing)?|kill(?:ed|s|ing)?|hire|hired|deport(?:ed|s|ing)?|yield(?:ed|s|ing)?|"
                         r"resulted|led|traced|reached|provided|invested|allocated|added|deployed|installed|"
                         r"has|have|had|will|would)\b", re.IGNORECASE)  # "has added 40 drug detection machines": a new clause
#: The thing counted: "fake pills", "rounds of ammunition", "grenades", "firearms" (lower-case words ending in a plural).
_COUNTED = re.compile(r"^\s+(?:(?:[a-z][\w-]*)\s+){0,2}?(?P<head>[a-z][\w-]*s)\b(?:\s+of\s+(?P<of>[a-z][\w-]*))?")
#: What a weight is of: "pounds of fentanyl powder", "tons of chemical precursors".
_WEIGHED = re.compile(r"^\s+of\s+(?P<head>[a-z][\w-]*)\b")
#: Words that count no seized thing ("seized 5,000 more", "over 2,000 times").
_NOT_THINGS = frozenset({"times", "years", "months", "weeks", "days", "percent", "others", "people", "persons", "cases"})


def seizure_metric(lead: str, after: str, *, unit: str) -> str | None:
    """`seized_<thing>` for an amount of `unit` ("count" or "t") whose clause before it (`lead`) seizes it
    and whose words after it (`after`) name what was seized; None otherwise."""
    if unit not in ("count", "t"):
        return None
    verb = next(reversed(list(_SEIZED.finditer(lead))), None)
    if verb is None or not _BETWEEN.fullmatch(lead, verb.end()) or _OTHER_VERB.search(lead, verb.end()):
        return None
    if unit == "count":
        counted = _COUNTED.match(after)
        if counted is None or counted.group("head").lower() in _NOT_THINGS:
            return None
        head = counted.group("of") if counted.group("head") in ("rounds", "kilos", "kilograms") and counted.group("of") \
            else counted.group("head")
        return f"seized_{head.lower().replace('-', '_')}"
    weighed = _WEIGHED.match(after)
    return f"seized_{weighed.group('head').lower()}" if weighed is not None else "seizures"


#: The home country named as an adjective or abbreviation inside an agency's name ("the U.S. Drug Enforcement
#: Agency", "U.S. Customs and Border Protection"), which the country mentions may not hold.
_US_AGENCY = re.compile(r"\b(?:U\.S\.|US|American)\s+(?:[A-Z][\w&.-]*\s+){0,5}?(?:Agency|Administration|Protection|Service|"
                        r"Guard|Department|Bureau|Command|Force|Forces|Police|Office)\b")


def seizer(
    text: str, sentence: tuple[int, int], figure_start: int, subjects: tuple[str, ...], *, metric: str,
    countries: Sequence[CountrySpan], home: str | None,
) -> tuple[str, ...]:
    """The subjects of a seizure figure (`metric` made by `seizure_metric`): the country of the one who
    seized it, named nearest before the seizing verb in its sentence ("In Mexico, law enforcement agencies
    seized", "the U.S. Drug Enforcement Agency seized"), else the home country of a government's own text
    (`home`: "Customs and Border Protection seized"), else `subjects` as they are."""
    if not metric.startswith("seized_"):
        return subjects
    verbs = [m for m in _SEIZED.finditer(text, sentence[0], figure_start)]
    if not verbs:
        return subjects
    verb = verbs[-1].start()
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, sentence[0], verb)), default=sentence[0])
    named = [(c.start, c.iso3) for c in countries if clause_start <= c.start < verb]
    named += [(m.start(), "USA") for m in _US_AGENCY.finditer(text, clause_start, verb)]
    if named:
        return (max(named)[1],)
    if (previous := [(c.start, c.iso3) for c in countries if sentence[0] <= c.start < verb]) and clause_start == sentence[0]:
        return (max(previous)[1],)
    return (home,) if home is not None else subjects


#: Where a clause of its own begins: after ", and", a semicolon or a dash.
_CLAUSE_BREAK = re.compile(r",\s+and\s+|;\s*|\s[–—]\s")
