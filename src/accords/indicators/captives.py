"""People released or deported, counted as a nation's people: "Israel released 39 Palestinians",
"Hamas freed 13 Israelis and 10 Thais", "Iran released five Americans in a prisoner swap", "The
United States will deport 300 Venezuelans".

News of a prisoner exchange or a deportation counts people by their nation rather than by a noun
(`accords.indicators.named.casualties` reads "24 hostages were released", "deported 130
Guatemalans"): a count of a people (`is_demonym`: "Palestinians", "Americans") right after a verb
of releasing or deporting is `people_released` or `deportees`, from `MIN_PEOPLE` up (the release of
one or two named people is an event, not a figure). Captives counted by their noun after such a
verb ("Afghanistan freed three senior Taliban militants", "will release 5,000 Taliban prisoners",
"Hamas freed 13 Israeli hostages") are `prisoners_released` or `hostages_released`, whatever
names stand between; nationals released or deported ("freed 10 Thai nationals", "the deportation of
311 Indian nationals") are `people_released` or `deportees` (`held_metric`). The people's country is
among the subjects as the country named in the sentence; the stage gives them (`owners.figure_subjects`).

Diplomats a state expels ("Russia expelled 20 German diplomats", "four Russian diplomats were expelled") are
`diplomats_expelled`, a nation's people expelled or sent back ("sent back 300 Haitians") `deportees`, and a
nation's people or captives a side holds in its prisons ("Israel is holding about 7,000 Palestinians in its
jails", "3,000 Palestinians are held without charge") `detainees` (`expelled_or_held`); "held" with no word of
captivity in the sentence (a hall holding 500 Americans) is no figure.
"""

from __future__ import annotations

import re

from accords.gazetteer.places import known_by_alias
from accords.indicators.subjects import is_demonym
from accords.quantities.extract import qualifier_group

#: The smallest count of a nation's people released, deported or brought home that is a figure (one or
#: two are an event, not a figure; `accords.indicators.returns` reads the same bound).
MIN_PEOPLE = 3
#: The qualifiers a count of people may carry right after its verb ("released another 20", "a further 50").
BOUNDS = qualifier_group(r"another", r"a\s+further")
#: A verb of releasing or deporting right before the count, by the metric it gives.
_VERB_BEFORE = re.compile(
    r"\b(?:(?P<released>releas(?:e|es|ed|ing)|free(?:s|d|ing)?|swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing)|"
    r"repatriat(?:e|es|ed|ing))|(?P<deported>deport(?:s|ed|ing)?|expel(?:s|led|ling)?))\s+" + BOUNDS + "$",
    re.IGNORECASE,
)
#: The people right after the count: "39 Palestinians", "five more Americans", "10 Thai nationals" aside.
_PEOPLE_AFTER = re.compile(r"^\s+(?:(?:more|other|additional)\s+)?(?P<people>[A-Z][a-z]+s)\b(?!['’])")


def captive_metric(lead: str, tail: str, *, unit: str, value: float) -> str | None:
    """`people_released` or `deportees` for a count of a nation's people (`tail`: after the count) that
    the verb right before it (`lead`: the sentence up to the count) releases or deports;
    `hostages_released`, `prisoners_released` ... for captives counted by their noun (`held_metric`);
    None otherwise."""
    if unit != "count":
        return None
    if (held := held_metric(lead, tail, value=value)) is not None:
        return held
    if value < MIN_PEOPLE:
        return None
    if (swapped := swapped_metric(lead, tail)) is not None:
        return swapped
    if (kept := expelled_or_held(lead, tail)) is not None:
        return kept
    verb = _VERB_BEFORE.search(lead)
    people = _PEOPLE_AFTER.match(tail)
    if verb is None or people is None or not is_demonym(people.group("people")):
        return None
    return "people_released" if verb.group("released") is not None else "deportees"



#: Captives by their noun, and the metric of their release: "hostages", "prisoners", "detainees",
#: "militants" and "commanders" a government frees in a swap.
_CAPTIVES = {"hostages": "hostages_released", "captives": "hostages_released", "prisoners": "prisoners_released",
             "detainees": "prisoners_released", "inmates": "prisoners_released", "militants": "prisoners_released",
             "commanders": "prisoners_released", "fighters": "prisoners_released", "insurgents": "prisoners_released",
             "POWs": "prisoners_released"}
#: A verb of releasing right before the count: "released two", "freed the three", "has agreed to free 5,000".
_RELEASED_BEFORE = re.compile(
    r"\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|set\s+free|swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing))\s+"
    r"(?:the\s+)?" + BOUNDS + "$",
    re.IGNORECASE,
)
#: ... or a noun of deporting: "the deportation of 311 Indian nationals" ("the release of more than 100
#: hostages" a government welcomes is the event it welcomes, no figure of its own).
_DEPORTATION_OF_BEFORE = re.compile(
    r"\b(?:deportation|expulsion)\s+of\s+(?:the\s+)?" + BOUNDS + "$",
    re.IGNORECASE,
)
#: A lowercase word that describes captives rather than ends their noun phrase: "18 political prisoners", "50 jailed
#: activists" (no function word: "three reports on prisoners" counts reports).
_DESCRIBING = (r"(?!(?:of|on|in|at|to|from|for|with|by|and|or|the|a|an|who|which|that|were|was|are|is|have|has|had)\b)"
               r"[a-z][a-z-]+")
#: The captives right after the count, with up to three words between ("two Western hostages", "three senior
#: Taliban prisoners"), or nationals of a nation ("311 Indian nationals").
_HELD_AFTER = re.compile(
    r"^\s+(?:(?:other|more|additional|senior|top|western|foreign|[A-Z][\w-]*|" + _DESCRIBING + r")\s+){0,3}?"
    r"(?P<noun>hostages|captives|prisoners|detainees|inmates|militants|commanders|fighters|insurgents|POWs|nationals|"
    r"citizens)\b(?!['’])"
)


def held_metric(lead: str, tail: str, *, value: float) -> str | None:
    """The metric of a count of captives released (`lead`: the sentence up to the count, `tail`: after
    it): `hostages_released` or `prisoners_released` by the captives' noun after a verb of releasing
    ("Afghanistan freed three senior Taliban militants", "will release 5,000 Taliban prisoners");
    `people_released` and `deportees` for nationals released or deported ("freed 10 Thai nationals",
    "the deportation of 311 Indian nationals"); from `MIN_PEOPLE` (the release of one or two is an
    event, not a figure); None otherwise."""
    held = _HELD_AFTER.match(tail)
    if held is None:
        return None
    noun = held.group("noun")
    if noun in ("nationals", "citizens"):
        if value < MIN_PEOPLE:
            return None
        if _DEPORTATION_OF_BEFORE.search(lead) or ((verb := _VERB_BEFORE.search(lead)) and verb.group("deported")):
            return "deportees"  # "the deportation of 311 Indian nationals", "will deport 150 Chinese nationals"
        return "people_released" if _RELEASED_BEFORE.search(lead) else None
    return _CAPTIVES[noun] if value >= MIN_PEOPLE and _RELEASED_BEFORE.search(lead) else None


#: People a side of a swap or a truce releases, counted by a noun of people rather than of captives: "each side
#: releasing 90 people", "will release 150 Palestinian women and teenagers", "freed 95 Ukrainian soldiers".
_PEOPLE_NOUN_AFTER = re.compile(
    r"^\s+(?:(?:more|other|additional|[A-Z][\w-]*|" + _DESCRIBING + r")\s+){0,2}?"
    r"(?P<noun>people|persons|civilians|women|children|minors|teenagers|(?P<forces>soldiers|servicemen|troops|sailors))\b"
    r"(?!['’])"
)
#: Words of captivity in the sentence: without one, people "released" may leave a hospital or a job.
_CAPTIVITY = re.compile(
    r"\b(?:swap\w*|exchang\w*|prisoners?|hostages?|captiv\w*|captors?|detain\w*|detention|jail\w*|custody|held|"
    r"prisons?|abduct\w*|kidnap\w*)\b",
    re.IGNORECASE,
)


def swapped_metric(lead: str, tail: str) -> str | None:
    """`people_released` for people a verb of releasing right before the count frees in a sentence of
    captivity (`_CAPTIVITY`: a swap, hostages, jails), `prisoners_released` for soldiers so freed; None
    otherwise. The caller has checked the count is at least `MIN_PEOPLE`."""
    people = _PEOPLE_NOUN_AFTER.match(tail)
    if people is None or not _RELEASED_BEFORE.search(lead) or not _CAPTIVITY.search(f"{lead} {tail}"):
        return None
    return "prisoners_released" if people.group("forces") else "people_released"


#: A verb of expelling or sending people back right before the count: "expelled 20 German diplomats", "sent back
#: 300 Haitians", "forcibly returned 1,500 Syrians" ("returned" alone may be people coming home of their own will).
_EXPELLED_BEFORE = re.compile(
    r"\b(?:expel(?:s|led|ling)?|sen(?:d|ds|t|ding)\s+(?:back|home)|forcibly\s+(?:return(?:s|ed|ing)?|sen[dt]\w*\s+back)|"
    r"expulsion\s+of(?:\s+the)?)\s+" + BOUNDS + "$",
    re.IGNORECASE,
)
#: ... or after it: "20 diplomats were expelled", "300 Haitians were sent back".
_EXPELLED_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){1,3}?(?:were|was|have\s+been|had\s+been|will\s+be|would\s+be|are\s+(?:being|to\s+be))\s+"
    r"(?:(?:also|later|all|forcibly)\s+)?(?:expelled|sent\s+(?:back|home))\b",
    re.IGNORECASE,
)
#: Diplomats counted by their noun: "20 German diplomats", "four embassy staff", "10 Russian envoys".
_DIPLOMATS_AFTER = re.compile(
    r"^\s+(?:(?:more|other|additional|senior|[A-Z][\w-]*)\s+){0,2}?"
    r"(?:diplomats|envoys|embassy\s+(?:staff|staffers|employees|officials|workers)|consular\s+(?:staff|officials))\b(?!['’])"
)
#: People held counted by a verb of holding right before the count: "is holding about 7,000 Palestinians", "holds
#: 5,000 prisoners" ...
_HOLDING_BEFORE = re.compile(
    r"\b(?:hold(?:s|ing)?|held|jail(?:s|ed|ing)|imprison(?:s|ed|ing)|keeps?|kept|keeping)\s+" + BOUNDS + "$",
    re.IGNORECASE,
)
#: ... or after it: "3,000 Palestinians are held without charge", "5,000 prisoners remain in custody", "52 Americans
#: held hostage".
_HELD_AFTER_COUNT = re.compile(
    r"^\s+(?:[\w-]+\s+){1,3}?(?:(?:are|were|remain|remained|is|was|have\s+been|had\s+been|being|still)\s+){0,2}"
    r"(?:held|jailed|imprisoned|detained|locked\s+up|in\s+(?:custody|detention|jail|prison|captivity)|behind\s+bars)\b",
    re.IGNORECASE,
)
#: Where people are held: what makes a count of people "held" a count of captives (not "a hall holding 500 people").
_HELD_WHERE = re.compile(
    r"\b(?:prisons?|jails?|custody|detention|captivity|hostages?|captors?|behind\s+bars|without\s+(?:charge|trial)|"
    r"detainees|prisoners)\b",
    re.IGNORECASE,
)


def expelled_or_held(lead: str, tail: str) -> str | None:
    """`diplomats_expelled` for diplomats a verb of expelling counts ("Russia expelled 20 German diplomats",
    "four Russian diplomats were expelled"), `deportees` for a nation's people expelled or sent back ("sent back
    300 Haitians"), `detainees` for a nation's people or captives a side holds in its prisons ("Israel is holding
    about 7,000 Palestinians in its jails", "3,000 Palestinians are held without charge"); None otherwise. The
    caller has checked the count is at least `MIN_PEOPLE`."""
    expelled = _EXPELLED_BEFORE.search(lead) is not None or _EXPELLED_AFTER.match(tail) is not None
    if expelled and _DIPLOMATS_AFTER.match(tail):
        return "diplomats_expelled"
    people = _PEOPLE_AFTER.match(tail)
    nation = people is not None and is_demonym(people.group("people"))
    held = _HELD_AFTER.match(tail)
    captives = held is not None and held.group("noun") in ("prisoners", "detainees", "inmates", "hostages", "captives")
    if expelled and nation:
        return "deportees"
    if (nation or captives) and (_HOLDING_BEFORE.search(lead) or _HELD_AFTER_COUNT.match(tail)) \
            and _HELD_WHERE.search(f"{lead} {tail}"):
        return "hostages" if captives and held is not None and held.group("noun") in ("hostages", "captives") else "detainees"
    return None


#: Metrics of people held or released (`captive_metric`, `held_metric`, `swapped_metric`, and counts of hostages
#: by their noun): like people killed in an attack, the captor's side and the captives'.
CAPTIVE_METRICS = frozenset({"hostages", "captives", "hostages_released", "prisoners_released", "people_released",
                             "detainees"})
#: Armed groups that kill or take captives, named in news as their country's side (the gazetteer gives it:
#: Hamas PSE, Hezbollah LBN, the Taliban AFG, the Houthis YEM).
_ARMED_GROUP = re.compile(r"\b(?:Hamas|Hezbollah|Taliban|Houthis?|Ansarullah|Ansar\s+Allah)\b")


def with_armed_group(text: str, span: tuple[int, int], subjects: tuple[str, ...]) -> tuple[str, ...]:
    """The subjects of a count of people killed, hurt or held with the country of the one armed group its
    sentence (`span` of `text`) names ("Hamas gunmen ... murdered 1,400 people, taking more than 200
    hostages" in Israel: ISR-PSE), as the gold gives attacks the attacker's and the victims' countries;
    unchanged where the figure has no subjects (the victims' side unsaid) or the sentence names no group
    or groups of two countries."""
    if not subjects:
        return subjects
    groups = {known.country for m in _ARMED_GROUP.finditer(text, span[0], span[1])
              if (known := known_by_alias(m.group(0))) is not None and known.country}
    if len(groups) != 1 or (group := groups.pop()) in subjects:
        return subjects
    return tuple(sorted({*subjects, group}))
