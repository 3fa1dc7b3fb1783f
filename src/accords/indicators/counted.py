"""The growth of a count named by what it counts: "The number of foreign tourists visiting
Azerbaijan rose by 20 percent" is `tourists_growth`, "the number of joint ventures operating in
Uzbekistan increased by 11 percent" `joint_ventures_growth` (issue #14).

The words between "the number of" and the change verb hold what is counted and what is said of
it (who they are, where they go, when). A growth is named by the counted noun alone: the lexicon's
name for the phrase where it knows one (tourists, companies, flights), else the words up to the
first plural noun ("joint ventures", "containers", "patents"), never the participle or the place
that follows ("visiting", "shipped via", "issued to"). The held-out Azernews register writes its
growth figures this way; the last words before the verb named them "foreign_tourists_visiting" or
"via" before.
"""

from __future__ import annotations

import re
from accords.quantities.changeverbs import CHANGE_NOUNS, CHANGED, change_words
from accords.quantities.extract import QUALIFIER
from collections.abc import Callable, Sequence

from accords.gazetteer.places import place_country
from accords.indicators.subjects import CountrySpan, demonym_country, is_country, is_demonym
from accords.model import Segment

#: The verbs that raise or lower a count on purpose ("boost the number of", "cut passenger numbers").
_RAISE = change_words("increase boost raise expand") + r"|doubl(?:e|es|ed|ing)"
_LOWER = change_words("reduce") + r"|cut(?:s|ting)?|lower(?:s|ed|ing)?"
#: "the number of <what is counted ...> rose by", up to the change verb right before the figure. No
#: sentence punctuation between: a comma or a semicolon starts another clause with its own topic.
_NUMBER_CHANGED = re.compile(
    r"\bnumber\s+of\s+(?P<np>[^.;:,()\d]{2,120}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:" + CHANGED + r"|(?:was\s+|were\s+)?cut)\s+(?:by\s+)?" + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: "passenger numbers from Iran rose by", "increase passenger numbers from Iran by", "tourist numbers fell
#: by": the count named by the noun before "numbers" (singular there: "passengers" is what is counted).
_NOUN_NUMBERS = re.compile(
    r"\b(?:(?:" + _RAISE + r"|(?P<cut>" + _LOWER + r"))\s+(?:the\s+|their\s+|its\s+)?)?"
    r"(?P<np>[A-Za-z][a-z]+)\s+numbers\s+(?:[^.;:,()\d]{0,60}?\s+)?"
    r"(?:(?:has\s+|have\s+|had\s+)?(?:" + CHANGED + r"|(?:was\s+|were\s+)?cut)\s+)?by\s+" + QUALIFIER + r"$",
)
#: "boost the number of tourists by", "cut the number of checkpoints by": a change of the count pledged or made.
_NUMBER_MOVED = re.compile(
    r"\b(?:" + _RAISE + r"|(?P<cut>" + _LOWER + r"))\s+the\s+number\s+of\s+(?P<np>[^.;:,()\d]{2,80}?)\s+by\s+"
    + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: "a 40 percent increase in the number of Iranian tourists": the change named right after the figure.
_CHANGE_IN_NUMBER = re.compile(
    r"^\s*(?:year-on-year\s+|annual\s+)?(?:" + CHANGE_NOUNS + r")\s+"
    r"in\s+the\s+number\s+of\s+(?P<np>[^.;:,()\d]{2,80})",
    re.IGNORECASE,
)
#: "are exported to 30 countries", "sells its products to more than 120 countries", "sent to 20 other countries": the
#: count of the markets goods reach, named by the verb before it (a count of countries is no claim otherwise); doses
#: delivered or shared the same way ("delivered over 620 million doses to over 116 countries", "has shared over 166
#: million COVID-19 vaccine doses with 48 countries in Africa": "with" only after doses shared).
_SOLD_TO = re.compile(
    r"\b(?:(?:(?P<sold>export(?:s|ed|ing)?|sold|sells?|selling)|sent|ship(?:s|ped)?|supplie[sd]|deliver(?:s|ed|ing)?)"
    r"\b(?:\s+[\w’'-]+){0,6}?\s+to|shar(?:e|es|ed|ing)\b(?:\s+[\w’'-]+){0,5}?\s+(?:doses|vaccines)\s+(?:to|with))\s+"
    r"(?:(?:more\s+than|over|about|nearly|some|around|almost|at\s+least)\s+)?$",
    re.IGNORECASE,
)
#: "to 30 countries", "to 15 neighboring countries", "to 12 European countries".
_COUNTRIES_AFTER = re.compile(r"^\s+(?:(?:other|foreign|different|neighbou?ring|regional|[A-Z][A-Za-z]+)\s+){0,2}"
                              r"(?i:countries|markets|destinations)\b")
#: Words that open what is said of the counted noun rather than name it.
_STOP = frozenset("""
a an the of to from in into on at by for with via between among across through during over under who which that
than as and or this these those its their his her our
""".split())
#: "Iranians visiting the neighboring country", "Chinese nationals travelling to Iran": a people counted on
#: their visits are tourists (the gold's name), not what the participle says.
_PEOPLE_VISITING = re.compile(r"^(?:[A-Z][\w-]*\s+){1,2}(?:visiting|travell?ing\s+to|(?:who|that)\s+(?:visited|travell?ed\s+to))\b")
#: Names that are no counted noun of their own: a growth of them says nothing (`lexicon` handles "population").
_NOT_COUNTED = frozenset({"population", "capacity", "number", "people", "times"})


def number_growth(lead: str, tail: str = "", *, lexicon: Callable[[str], str | None]) -> str | None:
    """`<counted>_growth` for a percentage after "the number of <counted> ... rose by" or "boost the
    number of <counted> by" (`lead`: the sentence up to the figure), or before "increase in the
    number of <counted>" (`tail`: the sentence after it); None where neither says such a thing.
    `lexicon` is the lexicon's name for a counted phrase."""
    found = _NUMBER_CHANGED.search(lead) or _NUMBER_MOVED.search(lead) or _CHANGE_IN_NUMBER.match(tail)
    if found is None:
        return _noun_numbers(lead, lexicon)
    if _PEOPLE_VISITING.match(found.group("np")):
        return "tourists_growth"  # "number of Iranians visiting the neighboring country dropped by 18.8 percent"
    words: list[str] = []
    for word in re.findall(r"[\w'’-]+", found.group("np")):
        if word.lower() in _STOP or "'" in word or "’" in word:
            break
        if word[0].isupper():
            if words:
                break
            continue  # "Chinese tourists", "Iranian pilgrims": who they are, not what is counted
        words.append(word.lower())
    if not words:
        return None
    known = lexicon(" ".join(words))
    # a pledged cut is a change `accords.indicators.changes` signs negative ("reduce the number of ... by 20 percent")
    suffix = "_change" if "cut" in found.groupdict() and found.group("cut") else "_growth"
    if known is not None:
        return None if known in _NOT_COUNTED or known.endswith("_growth") else f"{known}{suffix}"
    plural = next((i for i, w in enumerate(words) if w.endswith("s") and not w.endswith(("ss", "us", "is"))), None)
    if plural is None:
        return None
    name = "_".join(re.sub(r"[^a-z]+", "_", w) for w in words[:plural + 1]).strip("_")
    return None if name in _NOT_COUNTED else f"{name}{suffix}"


def _noun_numbers(lead: str, lexicon: Callable[[str], str | None]) -> str | None:
    """`<counted>_growth` for "passenger numbers ... rose by" or "increase passenger numbers ... by" (a
    pledged cut: `_change`); None where the lead says no such thing or the noun is no count of its own."""
    found = _NOUN_NUMBERS.search(lead)
    if found is None or (found.group("cut") is None and not _MOVED_VERB.search(found.group(0))):
        return None  # "numbers by" with no change named: "divided numbers by two" is no growth
    noun = found.group("np").lower()
    counted = noun if noun.endswith("s") else f"{noun}s"
    known = lexicon(counted)
    name = known if known is not None else counted
    if name in _NOT_COUNTED or name.endswith("_growth") or noun in _STOP:
        return None
    return f"{name}{'_change' if found.group('cut') else '_growth'}"


#: A change named in `_NOUN_NUMBERS`: a verb before the noun or after "numbers".
_MOVED_VERB = re.compile(r"\b(?:increas|boost|rais|doubl|expand|cut|" + CHANGED + ")", re.IGNORECASE)


#: "35 percent of Iranian articles", "70 percent of Kazakh companies": a share of a nation's things, counted by
#: their plural noun (one or two words) right after the country's adjective.
_OF_NATIONAL = re.compile(
    r"^\s+of\s+(?:all\s+)?(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?P<noun>(?:[a-z-]+\s+)?[a-z-]+s)\b(?!['’])")


#: What a poll asks of those counted: "... of American voters say", "of Russian citizens support it".
POLL_VERBS = (r"(?:say|says|said|think|thinks|believe|believes|support|supports|oppose|opposes|"
              r"favou?r|approve|approves|disapprove|want|wants|voted?|polled|surveyed)")
_POLLED = re.compile(r"[^.;]{0,40}?\b" + POLL_VERBS + r"\b", re.IGNORECASE)


#: Those an election or a poll counts: their shares are no figure of the economy ("5.3 percent of Turkish voters
#: were registered abroad").
_ELECTORAL = frozenset({"voters", "votes", "ballots", "respondents", "seats", "electors", "constituencies"})


def national_share(tail: str, *, adjective: Callable[[str], bool], lexicon: Callable[[str], str | None]) -> str | None:
    """`<counted>_share` for a percentage of a nation's things ("more than 35 percent of Iranian articles in
    Scopus": `articles_share`), where `adjective` says the word before the noun is a country's adjective;
    None otherwise. `tail`: the sentence after the figure."""
    found = _OF_NATIONAL.match(tail)
    if found is None or not adjective(found.group("adj")):
        return None
    noun = found.group("noun")
    if noun.split()[-1] in _STOP or noun.endswith(("ss", "us", "is")) or _POLLED.match(tail, found.end()) \
            or noun.split()[-1] in _ELECTORAL:
        return None  # "51 percent of American voters say ...": a poll, no figure of the economy
    known = lexicon(noun)
    if known is not None and (known in _NOT_COUNTED or known.endswith(("_growth", "_share"))):
        return None
    return f"{known or re.sub(r'[^a-z]+', '_', noun).strip('_')}_share"


def destinations(before: str, after: str) -> str | None:
    """`export_destinations` for a count of the countries goods are exported or sold to ("Iranian medicines are
    exported to 30 countries"), `recipient_countries` for those they are sent, shipped or supplied to ("shipped
    over 530 million doses of vaccine to 115 countries"); `before` and `after`: the sentence around the count."""
    sold = _SOLD_TO.search(before)
    if sold is None or not _COUNTRIES_AFTER.match(after):
        return None
    return "export_destinations" if sold.group("sold") else "recipient_countries"


#: A verb of help or partnership right before a count of countries, the way a government's fact sheet states
#: whom it works for: "committed to directly supporting at least 50 countries", "bilateral partnerships with at
#: least 25 countries", "launched ... alongside more than 30 countries", "rally 141 countries". Only the verb
#: right before the count (its qualifier and "an additional" between): "the two countries" after any verb, and
#: "worked with 110 universities in 17 countries" (the count of universities comes first), are no such count.
_HELPED = re.compile(
    r"\b(?:support(?:s|ed|ing)?|assist(?:s|ed|ing)?|help(?:s|ed|ing)?|partner(?:s|ed|ing|ships?)?\s+with|"
    r"work(?:s|ed|ing)?\s+(?:closely\s+)?with|alongside|together\s+with|rall(?:y|ies|ied|ying)|"
    r"bring(?:s|ing)?\s+together|joined\s+by)\s+(?:an?\s+additional\s+|another\s+)?" + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: The countries right after the count, up to three describing words first ("low- and middle-income
#: countries", "other partner countries", "African nations"), none a preposition or an article.
_HELPED_COUNTRIES = re.compile(
    r"^\+?\s+(?:[A-Za-z]+-?\s+and\s+)?(?:(?!(?:in|of|to|with|the|from|for|by|and)\b)[A-Za-z’'-]+\s+){0,3}?"
    r"(?:countries|nations)\b",
    re.IGNORECASE,
)
#: Doses or money given to a count of countries, in the clause before it: "donate half a billion Pfizer vaccines to
#: 92 low- and lower middle-income countries", "allocate these doses to 92 low and lower-middle income nations". No
#: figure between (a shipment's own count of doses is `destinations`').
_GIVEN_TO = re.compile(
    r"\b(?:donat(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|distribut(?:e|es|ed|ing))\b[^.;:\d]{0,100}?\bto\s+" + QUALIFIER + r"$",
    re.IGNORECASE,
)


#: A programme's reach right before a count of countries, in the clause that names the programme's work: "will
#: support efforts in over 47 countries", "test-and-treat implementation in up to eight countries", "has helped close
#: more than 800 ... deals across 47 African countries", "the Roadmap ... endorsed by 94 countries"; a count listed
#: after such a count ("across 24 countries and regions in Africa, 10 countries in Asia").
_REACH = re.compile(
    r"\b(?P<work>support|supports|efforts?|programs?|programmes?|projects?|activities|implementation|investments?|"
    r"deals|initiatives?|operations|partners|partnerships|presence|volunteers|assistance|strategies|working|works|"
    r"work)\b[^.;:\d]{0,160}?\b(?:in|across|throughout)\s+(?:an?\s+additional\s+)?" + QUALIFIER + r"$"
    r"|\bendorsed\s+by\s+" + QUALIFIER + r"$",
    re.IGNORECASE,
)
#: A count listed after a count of countries reached: ", 10" after "across 24 countries and regions in Africa".
_LISTED_AFTER_REACH = re.compile(
    r"\b(?:in|across|throughout)\s+" + QUALIFIER + r"\d+\s+(?:[\w-]+\s+){0,3}?countries\b[^.;:]{0,80}?,\s+(?:and\s+)?"
    + QUALIFIER + "$",
    re.IGNORECASE,
)


def helped_countries(before: str, after: str) -> str | None:
    """`countries` for a count of the countries a side helps or works with (`_HELPED`): "The United States is
    committed to directly supporting at least 50 countries", or that its programme reaches (`_REACH`, and a count
    listed after one: `_LISTED_AFTER_REACH`): "to support efforts in over 47 countries"; `before` and `after`: the
    sentence around the count. A count of countries is no claim otherwise ("the two countries", "190 countries
    concluded negotiations")."""
    if not _HELPED_COUNTRIES.match(after):
        return None
    if _HELPED.search(before) or _REACH.search(before) or _LISTED_AFTER_REACH.search(before) or _GIVEN_TO.search(before):
        return "countries"
    return None


def helped_subjects(
    text: str, sentence: Segment, start: int, metric: str, subjects: tuple[str, ...], countries: Sequence[CountrySpan],
    home: str | None,
) -> tuple[str, ...]:
    """The sides of a count of the countries helped (`helped_countries`): the helpers, the countries
    (and government bodies) the sentence names before the count ("the United States and the United
    Arab Emirates launched ... alongside more than 30 countries": ARE-USA), not the countries named
    after it nor the ones sentences before it named; in a government's own text whose sentence names
    none before the count ("- Expand and strengthen bilateral partnerships with at least 25
    countries"), the government's country. People a programme reaches in a country
    are that country's alone (`reached_subjects`). `start`: where the count starts."""
    if metric != "countries":
        return reached_subjects(text, sentence, start, metric, subjects, home)
    helpers = sorted({c.iso3 for c in countries if sentence.start <= c.start < start})
    if helpers:
        return tuple(helpers)
    return (home,) if home is not None else subjects


#: People a programme reaches, as a count's name ends: "youth", "at_risk_youth", "farmers", "survivors",
#: "government_officials", "officers", "people_reached"; not troops, staff, migrants nor refugees (a giver's people or
#: people it takes in), nor patients ("units to support up to 20 patients": what a gift can serve), nor jobs and firms (a foreign
#: company's plant "will support 250 high-paying jobs" at home).
_REACHED = re.compile(
    r"(?:^|_)(?:youths?|farmers|survivors|students|women|girls|children|people|persons|population|officials|officers|"
    r"police|teachers|health_workers|households|families|beneficiaries|entrepreneurs|reached)$")
#: What a programme does for them: "has reached", "have been trained", "provided services to", "through U.S. support",
#: "U.S. Government-supported vocational training".
_REACHING = re.compile(
    r"\b(?:reach(?:es|ed|ing)?|train(?:s|ed|ing)?|serv(?:e|es|ed|ing|ices)|assist(?:s|ed|ing|ance)?|benefit\w*|"
    r"support(?:s|ed|ing)?|help(?:s|ed|ing)?|vaccinat\w+|educat\w+)\b", re.IGNORECASE)
#: The giver's own people in the count's words, by home country: "1,200 American students", "15 U.S. active-duty
#: military". A home with no entry keeps its subjects (its own words are not known here).
_OWN_PEOPLE = {"USA": re.compile(r"\b(?:U\.S\.|US|American|Americans|United\s+States)(?![\w-])")}
#: People sanctioned, not reached ("designated 10 individuals"), or the home's own places, schools and industry in the
#: sentence ("invest $54 million in expanded domestic production", "the first new reactors built in the United States",
#: "Korean students have enrolled in United States educational institutions": people of one country studying in the
#: other are a figure of both, tests/gold/README.md).
_NOT_ABROAD = re.compile(
    r"\b(?:sanction\w*|designat\w*|domestic\w*|nationwide|in\s+the\s+United\s+States|across\s+the\s+country|"
    r"here\s+at\s+home|in\s+(?:the\s+)?(?:U\.S\.|United\s+States|American)\s+(?:[a-z]+\s+){0,2}"
    r"(?:institutions|universities|colleges|schools|campuses))\b", re.IGNORECASE)


def reached_subjects(
    text: str, sentence: Segment, start: int, metric: str, subjects: tuple[str, ...], home: str | None,
) -> tuple[str, ...]:
    """`subjects` without `home` (a government's own text's country) for a count of people
    (`_REACHED`) in a sentence that says a programme reaches, trains, serves or supports them (`_REACHING`),
    where the other subjects are countries: "The U.S. Government has reached more than 465,000 youth through
    support for primary and secondary education" in the three states: GTM-HND-SLV (tests/gold/README.md:
    people reached, trained, tested or vaccinated in a country are that country's alone). Kept where the
    count's words name the giver's own people (`_OWN_PEOPLE`, only for a home listed there) or the sentence
    sanctions or names the home's own places (`_NOT_ABROAD`)."""
    own = _OWN_PEOPLE.get(home) if home is not None else None
    if own is None or home not in subjects or len(subjects) < 2 or not _REACHED.search(metric):
        return subjects
    others = tuple(s for s in subjects if s != home)
    if not all(is_country(s) for s in others) or not _REACHING.search(text, sentence.start, sentence.end):
        return subjects
    if own.search(text, start, min(sentence.end, start + 35)) \
            or _NOT_ABROAD.search(text, sentence.start, sentence.end):
        return subjects
    return others


#: "89 percent of pregnant women gave birth with ...", "Ninety-four percent of infants": a share of a country's people,
#: not of the money a sentence also names ("In areas that receive USAID health investments, ...").
_OF_PEOPLE = re.compile(
    r"^\s*(?:percent\s+|%\s*)?of\s+(?:all\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:women|men|mothers|infants|children|girls|boys|"
    r"adults|adolescents|youths?|people|persons|patients|households|families|residents|births)\b(?![-'’])")


def people_share(after: str) -> str | None:
    """`population_share` for a percent of a kind of people right after it (`_OF_PEOPLE`), else None."""
    return "population_share" if _OF_PEOPLE.match(after) else None


#: Peoples that "account for" or "make up" a share of a place's population, their own words: "In Kirkuk, Kurds account for
#: 52% of the population, while Arabs, Turkmens and Christians combined account for 48%".
_PEOPLES_SHARE = re.compile(r"\b[A-Z][a-z]+s\b(?:,?\s+(?:and\s+)?[A-Z][a-z]+s\b)*\s+(?:combined\s+|together\s+)?"
                            r"(?:account(?:s|ed)?\s+for|ma(?:de|ke)\s+up|constitut(?:e|ed))\b")
_PEOPLE_WORD = re.compile(r"\b[A-Z][a-z]+s\b")
#: "In Kirkuk", "in the city of Kirkuk": a listed place the share is of.
_IN_PLACE = re.compile(r"\b[Ii]n\s+(?:the\s+(?:city|province|region)\s+of\s+)?(?P<name>[A-Z][\w'’-]+)")


def peoples_share_subjects(sentence: str, subjects: tuple[str, ...], *, main: str | None) -> tuple[str, ...]:
    """The subjects of a population share held by peoples named in `sentence` ("In Kirkuk, Kurds account for 52% of
    the population"): the country of the one listed place it is in ("Kirkuk": IRQ), else the countries the sentence
    names, never a people's own ("Turkmens", "Armenians" are no side of Iraq's or Iran's population), else the
    article's main country. Other figures' `subjects` as they are."""
    if not _PEOPLES_SHARE.search(sentence):
        return subjects
    peoples = {demonym_country(w.group(0)) for w in _PEOPLE_WORD.finditer(sentence) if is_demonym(w.group(0))}
    places = {c for m in _IN_PLACE.finditer(sentence) if (c := place_country(m.group("name"))) is not None}
    kept = tuple(places) if len(places) == 1 else tuple(s for s in subjects if s not in peoples)
    return kept or ((main,) if main is not None and main not in peoples else ())
