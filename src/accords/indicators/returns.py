"""A nation's people brought home or evacuated, counted: "A flight brought back 110 Iranians", "137 Iranians
returned to Iran from Tajikistan", "India evacuated 500 Indian nationals from Sudan", "Some 70 Iranians living in Tajikistan
returned to the country" (issue #14 item 2).

State-press and news reports of evacuations and repatriation flights count the people by their nation (a
demonym, or "<adjective> nationals/citizens"): right after a verb of bringing home or evacuating the count is
`returnees` or `evacuees`; before "returned" or "were evacuated" likewise. From `MIN_PEOPLE` up (one or two
people brought home are an event, not a figure), and only where the sentence names a country besides the
people's own (the one they left: "137 Iranians also returned to Iran" alone would give half the sides).
People released from captivity or deported stay `accords.indicators.captives`. The people's country and the
country they left are the subjects as the sentence names them (`owners.figure_subjects`).
"""

from __future__ import annotations

import re

from accords.indicators.captives import BOUNDS, MIN_PEOPLE
from accords.indicators.subjects import country_iso3, demonym_country, gazetteer_matches, is_demonym

#: A verb of bringing home or evacuating right before the count: "brought back 110", "evacuated more than 500".
_VERB_BEFORE = re.compile(
    r"\b(?:(?P<evacuated>evacuat(?:e|es|ed|ing)|airlift(?:s|ed|ing)?)|brought\s+(?:back|home)|"
    r"bring(?:s|ing)?\s+(?:back|home)|fl(?:ew|own|ies|ying)\s+(?:back|home))\s+(?:the\s+)?" + BOUNDS + "$",
    re.IGNORECASE,
)
#: A nation's people right after the count: "110 Iranians", "500 Indian nationals", "70 more Iranians".
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:(?:more|other|stranded|additional)\s+)?(?:(?P<people>[A-Z][a-z]+s)\b(?!['’])|"
    r"[A-Z][a-z]+\s+(?:nationals|citizens|pilgrims|students|tourists)\b(?!['’]))")
#: ... and what they did, after them: "returned", "have also returned", "were evacuated", "were brought back".
_RETURNED_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|who|which)\b)[\w-]+){0,4}?\s+(?:(?:have|has|had|also|were|was|all|been)\s+){0,3}"
    r"(?:(?P<evacuated>evacuated|airlifted)|returned|repatriated|brought\s+(?:back|home)|flown\s+(?:back|home))\b")


def return_metric(lead: str, tail: str, *, unit: str, value: float) -> str | None:
    """`returnees` or `evacuees` for a count of a nation's people (`tail`: the sentence after the count) brought
    home or evacuated by the verb right before it (`lead`: the sentence up to it) or after them; None
    otherwise."""
    if unit != "count" or value < MIN_PEOPLE or value != int(value):
        return None
    people = _PEOPLE_AFTER.match(tail)
    if people is None or (people.group("people") is not None and not is_demonym(people.group("people"))):
        return None
    home = demonym_country(people.group("people")) if people.group("people") else None
    if not {code for _, _, name in gazetteer_matches(f"{lead} {tail}") if (code := country_iso3(name))} - {home, None}:
        return None  # "137 Iranians also returned to Iran": the country they left is unsaid, the figure would be half
    if (verb := _VERB_BEFORE.search(lead)) is not None:
        return "evacuees" if verb.group("evacuated") else "returnees"
    if (done := _RETURNED_AFTER.match(tail, people.end())) is not None:
        return "evacuees" if done.group("evacuated") else "returnees"
    return None
