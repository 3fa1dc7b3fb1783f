"""Counts named by the plural noun right after them that the keyword lexicon has no word for:
"1,200 patent applications" is `patent_applications`, "ordered 12 aircraft" `aircraft`, "inaugurated
eleven eco-lodges" `eco_lodges` (`count_noun`). A count below `MIN_OWN_COUNT` of something the lexicon
does not know describes ("three oil fields") unless a verb before it orders, donates or builds what
it counts. Moved out of `accords.indicators.named` (at the module size limit) unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from accords.indicators.named import STOP_WORDS, is_plural, name_of
from accords.quantities.extract import qualifier_group

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")

#: Head nouns of the counts an analyst records though the lexicon has no metric for them: things
#: made, granted, delivered or served ("1,200 patent applications", "305,000 mpox vaccine doses",
#: "125,000 farmers" helped), a service's markets and clients ("across 13 markets", "over 100 clients"), a race's
#: candidates, claims or searches made and checkpoints manned, never people counted as casualties or as a crowd
#: (products and their buyers, "22 games", "1.3 billion consumers", are left out: in tech news naming no
#: country they took the wrong sides, 9 of 21 right in 600 unannotated texts).
COUNTABLE_HEADS = frozenset("""
applications patents trademarks visas permits licenses licences vaccines doses vials tests kits
vehicles cars trucks buses containers ships vessels aircraft planes locomotives passengers
hotels rooms beds homes houses apartments wells plants factories stations schools hospitals clinics
trees turbines panels chargers scholarships graduates teachers doctors nurses farmers households
beneficiaries customers subscribers users villages shipments branches offices stores products shares
refugees migrants immigrants exhibitors startups patients jets helicopters drones missiles tanks
entrepreneurs participants delegates businessmen businesspeople taxpayers pensioners depositors borrowers
ambulances generators transformers ventilators
dams bridges tunnels reactors refineries substations
syringes masks respirators islands institutions universities colleges
staff staffers employees workers officers officials lawmakers legislators senators physicians witnesses volunteers
inmates contacts vacancies positions cases organizations organisations publications newspapers outlets
districts cities towns provinces counties municipalities banks firms laws bills measures votes seats orders
contracts proposals bids viewers readers listeners followers voters spectators attendees protesters demonstrators settlers
supporters cancellations ventures lodges eco-lodges guesthouses resorts
agents advisors advisers experts specialists mentors trainees associates survivors learners rescuers firefighters
youth alumni police fellowships teams squadrons destroyers sites projects partnerships communities
facilities chemicals cylinders concentrators scanners radars decrees studies committees
howitzers submarines warships boats frigates corvettes
tankers ferries carriers warheads dealerships items journalists
markets clients candidates claims searches checkpoints
""".split())
#: "ordered 12 aircraft", "bought five jets", "donated 20 ambulances": an order or a donation
#: counts whatever its size.
_ORDER_BEFORE = re.compile(
    r"\b(?:order(?:ed|s|ing)?|bought|buy(?:s|ing)?|purchas(?:e|ed|es|ing)|deliver(?:ed|s|ing|y\s+of)|acquir(?:e|ed|es|ing)|"
    r"donat(?:e|ed|es|ing)|suppl(?:y|ied|ies|ying)|send(?:s|ing)?|sent|dispatch(?:ed|es|ing)?)\s+"
    + qualifier_group(r"another", r"an\s+additional") + r"$",
    re.IGNORECASE,
)
#: "deploy five advisors", "trained 12 police officers", "funded eight feasibility studies", "the rehabilitation
#: of five clinics": people or things a programme sends, trains, funds or equips are counted whatever their number
#: (fact sheets list small ones in words); the head noun must still be one of `COUNTABLE_HEADS`.
_PROVIDED_BEFORE = re.compile(
    r"\b(?:deploy(?:s|ed|ing)?|station(?:s|ed|ing)?|train(?:s|ed|ing)?|fund(?:s|ed|ing)?|award(?:s|ed|ing)?|"
    r"hir(?:e|es|ed|ing)|equip(?:s|ped|ping)?|provid(?:e|es|ed|ing)|(?:rehabilitat|renovat|refurbish)(?:e|es|ed|ing|ion\s+of)|"
    r"support(?:s|ed|ing)?|(?:rehabilitation|installation|deployment|delivery|donation)\s+of)\s+"
    + qualifier_group(r"another", r"an\s+additional") + r"$",
    re.IGNORECASE,
)

#: "has sent seven planes carrying humanitarian aid and two field hospitals", "dispatched 12 trucks of medicine and
#: three field hospitals": a later item of a list of counts an order or a dispatch verb opens is sent as well.
_SENT_LIST_BEFORE = re.compile(
    r"\b(?:order(?:ed|s)?|deliver(?:ed|s)|donat(?:ed|es)|suppl(?:ied|ies)|sen(?:ds|t)|dispatch(?:ed|es))\s+"
    + qualifier_group() + r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundreds)\s+[^.;:!?\d]{3,60}?(?:,\s+(?:and\s+)?|\s+and\s+)" + qualifier_group() + "$",
    re.IGNORECASE,
)
#: "three planes carrying humanitarian aid", "five trucks loaded with relief supplies": the vehicles of an aid
#: delivery, counted whatever their number.
_CARRYING_AID_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:planes|aircraft|airplanes|flights|trucks|lorries|ships|convoys|consignments|shipments)\s+"
    r"(?:carrying|loaded\s+with|with)\s+(?:[a-z-]+\s+){0,2}?(?:aid|relief|supplies|assistance)\b"
)

_MODIFIERS = frozenset({"new", "additional", "extra", "more", "other", "different"})
#: "Ten of the 18 staffers", "46 of their close contacts": a part of a whole counted by the noun after it.
_PARTITIVE = re.compile(r"^\s+of\s+(?:the|their|its|his|her|these|those|our|all)\s+(?:(?:\d[\d,.]*|[a-z]+)\s+(?=[a-z]))?")
#: Below this, a count of things the lexicon does not know describes ("three oil fields"), it is no figure.
MIN_OWN_COUNT = 10


def count_noun(
    after: str, *, value: float, lexicon: Callable[[str], str | None], before: str = ""
) -> str | None:
    """The metric of a count named by the nouns right after it that the lexicon does not know:
    "1,200 patent applications" → patent_applications; None for small counts (`MIN_OWN_COUNT`)
    except orders ("ordered 12 aircraft": `before` is the sentence up to the count), for what
    counts nothing an analyst records ("two sides", "three years") or when no plural noun follows.
    Names and model numbers between the count and its noun are passed over ("50 Airbus A350 jets");
    things built, opened or installed are counted by whatever plural names them ("inaugurated
    eleven eco-lodges", "274 eco camps have been constructed": `_MADE_BEFORE`, `_MADE_AFTER`)."""
    ordered = bool(_ORDER_BEFORE.search(before) or _PROVIDED_BEFORE.search(before) or _SENT_LIST_BEFORE.search(before)
                   or _CARRYING_AID_AFTER.match(after))
    made = abs(value) >= MIN_MADE_COUNT and bool(_MADE_BEFORE.search(before) or _MADE_AFTER.match(after))
    if (part := _PARTITIVE.match(after)) is not None:
        # "six of the 20 staffers": a part of a counted whole is counted whatever its size
        after, made = " " + after[part.end():], made or abs(value) >= MIN_MADE_COUNT
    if abs(value) < MIN_OWN_COUNT and not ordered and not made:
        return None
    tokens = [] if re.match(r"\s*[,;:/]", after) else _TOKEN.findall(re.sub(r"['’]s\b", "", after[:80]))  # no "86, aircraft"
    while tokens and len(tokens) > 1 and _DESIGNATION.fullmatch(tokens[0]):
        tokens = tokens[1:]  # "Airbus A350 jets", "Boeing 787 aircraft", "U.S. Navy ships"
    words = [t for t in tokens if _WORD.fullmatch(t)]
    phrase: list[str] = []
    for position, word in enumerate(words[:5]):
        lower = word.lower()
        if lower in _MODIFIERS and not phrase:
            continue  # "sold 30,154 new cars", "another 5,000 additional doses"
        if lower in ("and", "or") and phrase and not is_plural(phrase[-1]) and position + 1 < len(words) \
                and words[position + 1].lower() not in STOP_WORDS and not words[position + 1][0].isupper():
            continue  # "5,000 national and local government officials": modifiers joined before the head
        if lower in STOP_WORDS or word[0].isupper():
            break
        phrase.append(lower)  # "250 aircraft, including": "aircraft" ends it unless a plural follows ("aircraft carriers")
        if is_plural(lower) or (lower == "aircraft" and not is_plural("".join(words[position + 1:position + 2]).lower())):
            break
    else:
        if len(words) > 5:
            return None  # five words and no noun ends the phrase: no count of things
    if not phrase or (phrase[-1] not in COUNTABLE_HEADS and not (made and phrase[-1].split("-")[-1] in BUILT_HEADS)):
        return None
    if lexicon(" ".join(phrase)) is not None:
        return None  # the lexicon's word decides
    return name_of(phrase[-3:])


#: Below this, a count of things built or opened is no figure ("opened a second office" aside).
MIN_MADE_COUNT = 2
#: "inaugurated eleven eco-lodges", "help build 2,000 eco-lodges", "constructed 22 dams": things made.
_MADE_BEFORE = re.compile(
    r"\b(?:buil[dt]s?|building|construct(?:s|ed|ing)?|open(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing)|"
    r"commission(?:s|ed|ing)?|install(?:s|ed|ing)?|launch(?:es|ed|ing)?|establish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|"
    r"plant(?:s|ed|ing)?|set\s+up)\s+" + qualifier_group(r"a\s+total\s+of", r"another", r"an\s+additional") + "$",
    re.IGNORECASE,
)
#: "274 eco camps have been constructed", "2,000 eco-lodges will be constructed across the country".
_MADE_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){1,3}?(?:(?:have|has|had|will|would|are|were|is|was)\s+)(?:been\s+|be\s+)?"
    r"(?:built|constructed|opened|inaugurated|commissioned|installed|launched|established|set\s+up|completed)\b",
)
#: Tokens between a count and its noun that name a maker, a model or a country ("Airbus A350", "U.S.").
_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w-]|\.(?=[A-Za-z0-9]))*")
_DESIGNATION = re.compile(r"(?:[A-Z][\w.-]*|\d[\w-]*)")
#: What is built, opened or installed and counted as such ("eleven eco-lodges", "two new berths", "three
#: trade centers"), by the last part of its head noun: places, buildings and installations, not what
#: is "opened" in a figure of speech ("new chapters", "doors", "avenues").
BUILT_HEADS = frozenset("""
lodges camps centers centres berths terminals crossings checkpoints warehouses ports airports airfields roads highways
railways lines routes mines pipelines branches offices stores shops markets parks zones museums mosques units
facilities buildings complexes stadiums libraries laboratories labs kindergartens universities colleges houses
apartments dormitories hotels guesthouses pavilions embassies consulates stations platforms depots plants factories
farms greenhouses wells towers bases shelters hangars runways piers docks locks canals
""".split())


#: A country receiving the people counted right after: "hosted a total of", "was visited by".
_HOSTED_BEFORE = re.compile(r"\b(?:hosted|welcomed|was\s+visited\s+by)\s+(?:a\s+total\s+of\s+|(?:over|some|about|nearly|around|almost)\s+"
                            r"|more\s+than\s+)?$")
#: People a country hosts: its visitors, counted as tourists.
_GUESTS = frozenset({"nationals", "citizens", "foreigners", "guests"})


def hosted_guests(before: str, head: str) -> bool:
    """Whether a count whose head noun is `head`, after `before`, counts the visitors a country hosted
    ("The Republic of Azerbaijan hosted a total of 2,276,604 foreign nationals": tourists)."""
    return head.lower() in _GUESTS and bool(_HOSTED_BEFORE.search(before))


#: Words between a counted head noun and the verb that says what the counted do: "are anticipated to visit",
#: "were expected to travel to", "will visit".
_AUXILIARIES = frozenset("""
are were is was will would be been have has had expected anticipated projected set due likely to
""".split())


#: Another item of a list of people counted by nation right after the head: "and 1.547 Germans", "1.5 million Germans and".
_LISTED_PEOPLE = re.compile(r"(?:and\s+)?(?:\d+\s+){1,3}(?:(?:thousand|million|billion)\s+)?[A-Z][a-z]+s\s+(?:and\s+(?=\d))?")


def verb_after_head(words: list[str], head: int) -> list[str]:
    """The two words after the head noun `words[head]` of a count that may say what is counted by their verb,
    past auxiliaries: "12,792 Iranian nationals visited Georgia" → [visited, Georgia]; "Some six million Iranian
    nationals are anticipated to visit the neighboring Turkey" → [visit, the]; the other items of a list of people
    counted by nation are passed over ("2.374 million Russians and 1.547 Germans arrived" → [arrived, in])."""
    rest = words[head + 1:]
    while (item := _LISTED_PEOPLE.match(" ".join(rest[:6]) + " ")) is not None:
        rest = rest[len(item.group(0).split()):]  # "2.374 million Russians and 1.547 Germans arrived": the list's verb
    skipped = 0
    while skipped < min(len(rest), 4) and rest[skipped].lower() in _AUXILIARIES:
        skipped += 1
    return rest[skipped:skipped + 2]


#: The nouns of people counted right after a number ("2 million people", "500 persons", "40,000 individuals"): the
#: one list the people-after patterns of this module, the lexicon and `workforce` read.
PEOPLE_NOUNS = "people|persons|individuals"
#: "... reached 2.6 million people": a count whose noun is only people (the lexicon's population named before it).
PEOPLE_AFTER = re.compile(r"^\s+(?:" + PEOPLE_NOUNS + r")\b", re.IGNORECASE)
#: Verbs of serving people ("reached", "helped", "vaccinated"), read before a count of the people served here and
#: by the lexicon (`lexicon._SERVED_BEFORE`).
SERVING_VERBS = (r"reach(?:ed|es|ing)?|help(?:ed|s|ing)?|serv(?:e|ed|es|ing)|treat(?:ed|s|ing)?|benefit(?:ed|s|ing|ting)?|"
                 r"assist(?:ed|s|ing)?|vaccinat(?:e|ed|es|ing)|support(?:ed|s|ing)?|train(?:ed|s|ing)?")
#: People counted as they attend or take part: "Some 3,000 people are expected to attend the ceremony", "5,000 people
#: took part in the rally", "people who attended" (auxiliaries and "who" between, as `_AUXILIARIES`).
_ATTENDING = re.compile(
    r"\s+(?:" + PEOPLE_NOUNS + r")\s+(?:(?:who|are|were|is|was|will|would|be|been|have|has|had|expected|anticipated|"
    r"projected|set|due|likely|to)\s+){0,4}(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)|t(?:ake|akes|ook|aking)\s+part|"
    r"gather(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)


def attending(after: str) -> bool:
    """Whether the people counted right before `after` attend or take part in an event (an attendance, `participants`,
    as the gold counts "some 100 foreign guests will be attending"), not a population."""
    return bool(_ATTENDING.match(after))


#: A verb of serving right before people counted, a hedge between (any qualifier: `qualifier_group`): "support
#: approximately 3,500 residents", "has helped more than 2 million people", "reaching 40,000 individuals": the people a
#: programme reaches, no population.
_SERVING_BEFORE = re.compile(
    r"\b(?:" + SERVING_VERBS + r"|protect(?:ed|s|ing)?)\s+"
    + qualifier_group() + r"$",
    re.IGNORECASE)
#: The metric of the people a programme serves (the gold's name for "reaching 9.7 million people").
PEOPLE_REACHED = "people_reached"


#: People named right after the count (a word between: "3,500 residents", "2 million young people"), not a level
#: reached ("Nigeria's population is expected to reach 400 million by 2050": still a population).
_PEOPLE_NAMED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + PEOPLE_NOUNS + r"|residents|inhabitants)\b", re.IGNORECASE)


def people_reached(metric: str, before: str, after: str) -> str:
    """`people_reached` for a count of people (`after`: the text after it) the lexicon took for a population that a
    verb of serving stands right before (`before`: "This funding is anticipated to support approximately 3,500
    residents over five years": the people a programme reaches, whose country is still the population's), else
    `metric`."""
    served = _SERVING_BEFORE.search(before) and _PEOPLE_NAMED_AFTER.match(after)
    return PEOPLE_REACHED if metric == "population" and served else metric
