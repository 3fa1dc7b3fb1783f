"""People released or deported, counted as a nation's people: "Israel released 39 Palestinians",
"Hamas freed 13 Israelis and 10 Thais", "Iran released five Americans in a prisoner swap", "The
United States will deport 300 Venezuelans".

News of a prisoner exchange or a deportation counts people by their nation rather than by a noun
(`accords.indicators.named.casualties` reads "24 hostages were released", "deported 130
Guatemalans"): a count of a people (`is_demonym`: "Palestinians", "Americans") right after a verb
of releasing or deporting is `people_released` or `deportees`, from `MIN_PEOPLE` up (the release of
one or two named people is an event, not a figure). The people's country is among the subjects as
the country named in the sentence; the stage gives them (`owners.figure_subjects`).
"""

from __future__ import annotations

import re

from accords.indicators.subjects import is_demonym

#: The smallest count of a nation's people released or deported that is a figure.
MIN_PEOPLE = 3
_BOUNDS = r"(?:(?:another|at\s+least|more\s+than|over|some|about|around|nearly|up\s+to|a\s+further)\s+)?"
#: A verb of releasing or deporting right before the count, by the metric it gives.
_VERB_BEFORE = re.compile(
    r"\b(?:(?P<released>releas(?:e|es|ed|ing)|free(?:s|d|ing)?|swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing)|"
    r"repatriat(?:e|es|ed|ing))|(?P<deported>deport(?:s|ed|ing)?|expel(?:s|led|ling)?))\s+" + _BOUNDS + "$",
    re.IGNORECASE,
)
#: The people right after the count: "39 Palestinians", "five more Americans", "10 Thai nationals" aside.
_PEOPLE_AFTER = re.compile(r"^\s+(?:(?:more|other|additional)\s+)?(?P<people>[A-Z][a-z]+s)\b(?!['’])")


def captive_metric(lead: str, tail: str, *, unit: str, value: float) -> str | None:
    """`people_released` or `deportees` for a count of a nation's people (`tail`: after the count) that
    the verb right before it (`lead`: the sentence up to the count) releases or deports; None otherwise."""
    if unit != "count" or value < MIN_PEOPLE:
        return None
    verb = _VERB_BEFORE.search(lead)
    people = _PEOPLE_AFTER.match(tail)
    if verb is None or people is None or not is_demonym(people.group("people")):
        return None
    return "people_released" if verb.group("released") is not None else "deportees"
