"""Figures of criminal cases: prison terms and bail.

A crime or court page states few figures, and those an analyst records are the terms a
defendant faces or gets and the bail set: "faces a maximum of 10 years in prison", "punishable
by up to five years in prison", "carries a maximum sentence of five years", "was sentenced to 15
years" are a `prison_sentence` in `year` (or `month`), bounded (`upper`) when the text says
"up to" or "maximum"; "held in jail in lieu of $70,000 bond", "post $100,000 bond", "released on
$1 million bail" are `bond` or `bail` in money, named by the text's own word, only in a sentence
about a case (`_CASE`), as "bond" is also a debt security ("a $500 million bond issue").

A bare time in prison ("he spent 27 years in prison") is a term only where the sentence speaks
of sentencing or punishment (`_SENTENCING`); how old a defendant is and durations of anything
else are not read here. The counts a case states are figures whatever their size (`count_metric`):
the charges or counts a defendant faces ("charged with five counts of falsifying records", "faces
34 felony counts", "91 criminal charges", and "six counts of ..." continuing a list of charges) are `charges`, the witnesses heard ("nine witnesses
testifying over three days") `witnesses`; money a suit is brought for ("is suing Trump for $250
million") is `damages_sought` (`claim_metric`). A term or bail is one state's (its
court's): where the figure's sentence gives it no country, or two ("a U.S. citizen sentenced in
Iran"), the court is not said and the figure is left out (`CASE_METRICS`); where neither the sentence nor those
before it name a country, the court is the article's main country's (`court_subjects`).
"""

from __future__ import annotations

import re

from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import place_country
from accords.quantities.units import is_money
from accords.quantities.extract import QUALIFIER, qualifier_group

#: The metric of a prison term, and the units it is recorded in.
TERM = "prison_sentence"
#: Every metric of this module: each is one state's (its court's), so a figure naming two or none is left out.
CASE_METRICS = frozenset({TERM, "bond", "bail", "charges", "witnesses", "damages_sought"})
_TERM_UNITS = {"year": "year", "years": "year", "month": "month", "months": "month"}

#: "10 years in prison", "five years in federal prison", "20 years behind bars", "six months in jail", "16 years in a
#: high-security penal colony"; written with a hyphen before a term's noun: "a 19-year prison sentence", "a five-year
#: jail term", "a 10-year sentence" (not "a six-year term" of office, nor "a 10-year-old").
_TERM_AFTER = re.compile(
    r"^\s+(?P<unit>years?|months?)\s+(?:in\s+(?:a\s+)?(?:(?:federal|state|high-security|maximum-security|strict-regime|"
    r"general-regime|penal)\s+)*(?:prison|jail|penal\s+colony|prison\s+colony|labou?r\s+camp)|behind\s+bars|"
    r"(?:of\s+)?imprisonment)\b"
    r"|^-(?P<hyphen>year|month)\s+(?:(?:prison|jail)\s+(?:sentence|term)|sentence|(?:term\s+of\s+)?imprisonment)\b",
    re.IGNORECASE,
)
#: "a maximum sentence of five years", "sentenced to 15 years", "sentenced the American journalist to 16 years", "a
#: prison term of 20 years", "jailed the activist for eight years", "was imprisoned for 10 years": the term named before.
_TERM_BEFORE = re.compile(
    r"\b(?:sentenced\s+(?:[\w'’-]+\s+){0,4}?to|(?:jailed|imprisoned|locked\s+up)\s+(?:[\w'’-]+\s+){0,4}?for|"
    r"(?:(?:maximum|minimum|mandatory|prison|jail)\s+)*(?:sentences?|terms?)\s+of)\s+$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r"^\s+(?P<unit>years?|months?)\b(?!\s+(?:ago|old|earlier|later)\b)(?!-)", re.IGNORECASE)
#: What makes a time in prison a term a court gives or a law sets, anywhere before it in its sentence.
_SENTENCING = re.compile(
    r"\b(?:sentenc\w*|punish\w*|fac(?:e|es|ed|ing)|maximum|minimum|up\s+to|carr(?:y|ies|ied)|could\s+get|"
    r"jailed|imprison\w*|convicted|pleaded|guilty)\b",
    re.IGNORECASE,
)
#: Bounds of a term the quantity's own words may not carry ("a maximum sentence of five years").
_BOUND = re.compile(r"\b(?:maximum|up\s+to|as\s+many\s+as)\b[^.;]*$", re.IGNORECASE)

#: "$70,000 bond", "$1 million cash bail", "$500,000 surety bond": bail after the money ...
_BAIL_AFTER = re.compile(r"^\s+(?:(?:cash|surety|secured|unsecured|property)\s+)?(?P<word>bond|bail)\b", re.IGNORECASE)
#: ... or before it: "bail of $50,000", "bond was set at $1 million", "bail set at $250,000".
_BAIL_BEFORE = re.compile(
    r"\b(?P<word>bond|bail)\s+(?:(?:was|is|has\s+been|had\s+been|were)\s+)?(?:of|set\s+at|at|set\s+to|amount\s+of)\s+$",
    re.IGNORECASE,
)
#: Words of a criminal case in the sentence of a bond: without one, a bond is a debt security.
_CASE = re.compile(
    r"\b(?:jail\w*|prison\w*|court|judge|magistrate|charge[sd]?|arrest\w*|custody|in\s+lieu|post(?:s|ed|ing)?|"
    r"defendants?|suspects?|accused|released|indict\w*|pleaded|detention|inmates?)\b",
    re.IGNORECASE,
)


def term_metric(sentence_lead: str, tail: str, *, unit: str) -> str | None:
    """`prison_sentence` for a count of years or months in prison a sentence says is faced,
    given or set (`sentence_lead`: its sentence up to the figure, `tail`: the rest), else None."""
    if unit != "count":
        return None
    if (after := _TERM_AFTER.match(tail)) and (after.group("hyphen") or _SENTENCING.search(sentence_lead)):
        return TERM  # "a 19-year prison sentence" names its own sentencing
    if _TERM_BEFORE.search(sentence_lead) and _UNIT_AFTER.match(tail):
        return TERM
    return None


#: "five counts of falsifying records", "34 felony counts", "91 criminal charges": charges counted by their noun
#: (a word or two may qualify them; "counts" alone is a charge only after a charging verb, `_CHARGED_BEFORE`).
_CHARGES_AFTER = re.compile(
    r"^\s+(?:(?:more|other|new|additional|separate|federal|state|criminal|felony|misdemeanou?r|[a-z]+-related)\s+){0,2}"
    r"(?:(?P<charges>charges)|(?P<counts>counts))\b(?!\s+(?:per|a|an|each)\b)",
    re.IGNORECASE,
)
#: "charged (him) with", "indicted on", "pleaded guilty to", "faces", "convicted on": a charging verb right before a count.
_CHARGED_BEFORE = re.compile(
    r"\b(?:(?:charged|indicted|convicted|acquitted)\s+(?:(?:him|her|them|[A-Z][\w-]*)\s+)?(?:with|on|of)|guilty\s+(?:on|of|to)|"
    r"fac(?:e|es|ed|ing)|brought|filed|dropped|dismissed)\s+" + qualifier_group(r"all", r"a\s+total\s+of", r"another") + r"$",
    re.IGNORECASE,
)
#: "faces nine state charges of aggravated kidnapping, six counts of ... and two counts of ...": counts that
#: continue a list of charges, whose charging verb stands before its first item.
_LISTED_AFTER_CHARGES = re.compile(
    r"\b(?:charges|counts)\s+of\s+[^.;:]{1,150}?(?:,\s+(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)
#: Words of a criminal charge somewhere before such a list: its first item was a charge too.
_CHARGING = re.compile(r"\b(?:charge[sd]|charging|indict\w*|convicted|accused|guilty|fac(?:e|es|ed|ing))\b", re.IGNORECASE)
#: "nine witnesses testifying", "heard from five witnesses": people heard by a court or an inquiry.
_WITNESSES_AFTER = re.compile(r"^\s+(?:(?:more|other|new|additional|key|expert|defen[cs]e|prosecution)\s+)?witnesses\b",
                              re.IGNORECASE)


def count_metric(sentence_lead: str, tail: str, *, unit: str, value: float) -> str | None:
    """`charges` for a count of the charges or counts a defendant faces, `witnesses` for the witnesses a
    court or an inquiry hears (`sentence_lead`: the figure's sentence up to it, `tail`: after it), else None.
    A case states such counts however small they are."""
    if unit != "count" or value < 1 or value != int(value):
        return None
    if (charges := _CHARGES_AFTER.match(tail)) is not None and (
            charges.group("charges") is not None or _CHARGED_BEFORE.search(sentence_lead)
            or (_LISTED_AFTER_CHARGES.search(sentence_lead) and _CHARGING.search(sentence_lead))):
        return "charges"
    if value >= 2 and _WITNESSES_AFTER.match(tail):
        return "witnesses"
    return None


#: A name of one or two capitalised words ("Iran", "U.S.", "United States", "Moscow"), as a court's place.
_NAME = r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)"
#: Where the text says which state's court, prison or prosecutors a case is in: "an Iranian court", "a Moscow
#: court", "U.S. federal prosecutors", "a court in Tehran", "years in prison in China", "if extradited to the
#: United States", "was sentenced in Iran".
_COURT_PLACES = (
    re.compile(_NAME + r"\s+(?:(?:federal|military|district|regional|city|supreme|high|appeals?|revolutionary|criminal|"
               r"state|national|special|maximum-security|high-security)\s+){0,2}(?:courts?|tribunals?|judges?|jury|juries|"
               r"prosecutors?|prisons?|jails?|penal\s+colon(?:y|ies)|judiciary|justice\s+department)\b"),
    re.compile(r"\b(?:courts?|tribunals?|judges?|prisons?|jails?|penal\s+colony|behind\s+bars)\s+in\s+(?:the\s+)?" + _NAME),
    re.compile(r"\b(?:extradit\w*|sent\s+back|transferred|deported)\s+to\s+(?:the\s+)?" + _NAME),
    re.compile(r"\b(?:sentenced|convicted|tried|jailed|imprisoned|prosecuted)\s+in\s+(?:the\s+)?" + _NAME),
)


def court_country(sentence: str) -> str | None:
    """The one country whose court, prison or prosecutors the `sentence` of a case names (`_COURT_PLACES`):
    a country's name or adjective, or a city of it ("a court in Moscow sentenced the American journalist to
    16 years": Russia's term, not the journalist's country); None where it names none, or two."""
    found: set[str] = set()
    for pattern in _COURT_PLACES:
        for match in pattern.finditer(sentence):
            words = match.group("name").split()
            # "A British court", "the United States.": the whole name, else its last or first word
            country = next((c for name in (" ".join(words), words[-1], words[0]) if (c := _place_country(name))), None)
            if country is not None:
                found.add(country)
    return found.pop() if len(found) == 1 else None


def _place_country(name: str) -> str | None:
    """The country a name, an adjective of a nation or a known city stands for."""
    for written in (name, name.rstrip(".,;:'’")):
        known = country_by_alias(written)
        if known is not None:
            return known[0]
        if (city := place_country(written)) is not None:
            return city
    return None


def court_subjects(subjects: tuple[str, ...], main: str | None) -> tuple[str, ...]:
    """The subjects of a case's figure: its own, else, where neither its sentence nor those before it name a
    country, the article's main country (`main`): a local page about one state's court names that state rarely
    ("Each of the charges carries a maximum sentence of five years" on a US page is a US court's)."""
    return subjects if subjects or main is None else (main,)


def is_term(text: str, start: int, end: int) -> bool:
    """Whether the count text[start:end] is a prison term (`term_metric`): a duration the
    figures keep ("faces up to 10 years in prison"), where other durations are no claim."""
    lead = text[max(0, start - _LEAD_REACH):start]
    lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1:]
    return term_metric(lead, text[end:end + _LEAD_REACH], unit="count") is not None


#: How far before and after a count `is_term` reads, within its sentence.
_LEAD_REACH = 160


def term_unit(tail: str) -> str:
    """The unit of a prison term by the word after its number: `year` or `month`."""
    match = _TERM_AFTER.match(tail) or _UNIT_AFTER.match(tail)
    if match is None:
        return "year"
    return _TERM_UNITS[(match.group("unit") or match.group("hyphen")).lower()]


def term_qualifier(sentence_lead: str, qualifier: str | None) -> str | None:
    """A term's bound: the quantity's own, else `upper` for "a maximum sentence of", "up to"."""
    return qualifier or ("upper" if _BOUND.search(sentence_lead[-60:]) else None)


#: "is suing Trump for $250 million", "sued the company for more than $1 billion": the money a suit claims.
_SUED_FOR_BEFORE = re.compile(
    r"\b(?:su(?:e|es|ed|ing)|countersu(?:e|es|ed|ing))\s+(?:[\w.'’-]+\s+){1,5}?for\s+"
    + QUALIFIER + r"$",
    re.IGNORECASE,
)


def claim_metric(sentence_lead: str, *, unit: str) -> str | None:
    """`damages_sought` for money a suit is brought for ("New York Attorney General Letitia James is suing
    Trump for $250 million"), else None: a claim in one state's court, as a prison term is."""
    return "damages_sought" if is_money(unit) and _SUED_FOR_BEFORE.search(sentence_lead) else None


def bail_metric(sentence_lead: str, tail: str, sentence: str, *, unit: str) -> str | None:
    """`bond` or `bail` (the text's word) for money set as bail in a sentence about a criminal
    case (`_CASE`), else None."""
    if not is_money(unit):
        return None
    found = _BAIL_AFTER.match(tail) or _BAIL_BEFORE.search(sentence_lead)
    if found is None or not _CASE.search(sentence):
        return None
    return found.group("word").lower()
