"""Anniversaries as figures: "South Africa celebrates 30 years of democracy", "celebrating 25
years in NATO", "50 years since the end of the war".

The gold records a span of years a text celebrates or marks as a figure in `year`, named after
what the years are of (`democracy_years`, `nato_years`) and about the country that celebrates it
(tests/gold/README.md, White House conventions). A bare duration ("over 30 years", "for 25
years") is no such figure: only years "of" or "in" something, in a sentence that celebrates,
marks or commemorates them or calls them an anniversary.
"""

from __future__ import annotations

import re

from accords.indicators.subjects import is_country

#: "30 years of democracy", "25 years in NATO", "75 years of diplomatic relations".
_YEARS_OF = re.compile(
    r"\s+years\s+(?P<link>of|in|since)\s+(?:the\s+)?(?P<np>(?:[A-Za-z][\w.’'-]*\s+){0,4}?[A-Za-z][\w-]*)\b"
    r"(?=\s*(?:[,.;:!?)](?:\s|$)|$|\s+(?:and|as|with|this|last|next|in|on|at|for|since|between|by)\b))"
)
#: What makes the years an anniversary, anywhere in the sentence.
_MARKED = re.compile(r"\b(?:celebrat\w*|commemorat\w*|mark(?:s|ed|ing)?|anniversary|jubilee|honou?r(?:s|ed|ing)?)\b",
                     re.IGNORECASE)
#: Words that name no topic of an anniversary.
_VAGUE = frozenset({"the", "our", "their", "its", "this", "that", "age", "experience", "work", "service", "war", "conflict",
                    "fighting", "occupation", "prison", "jail", "exile", "operation", "operations", "office", "power"})
#: A participle closing the words after "years of", which describes the topic and names none: "built", "rooted".
_PARTICIPLE = re.compile(r"[a-z]+ed|built|forged|spanning")
UNIT = "year"
SUFFIX = "_years"


def anniversary_metric(sentence_before: str, after: str, *, unit: str, figure: str) -> str | None:
    """`<what>_years` for a count followed by "years of/in <what>" in a sentence that celebrates
    or marks it (`sentence_before`: the sentence before the figure, `after`: the rest of it), or
    None."""
    if unit != "count" or not figure.strip().isdigit() or not (_MARKED.search(sentence_before) or _MARKED.search(after)):
        return None
    return years_of(after)


def is_marked(sentence: str) -> bool:
    """Whether `sentence` celebrates, marks or commemorates what it counts, or calls it an anniversary."""
    return _MARKED.search(sentence) is not None


def years_of(after: str) -> str | None:
    """`<what>_years` for the words after a count, "years of/in/since <what>" (`after`), whether or not marked as an
    anniversary, or None: `anniversary_metric`'s name, also read by `accords.indicators.tenures`."""
    match = _YEARS_OF.match(after)
    if match is None:
        return None
    tokens = [w for w in match.group("np").split() if w.lower() not in ("of", "the", "a", "an")]
    while len(tokens) > 1 and _PARTICIPLE.fullmatch(tokens[-1]):
        tokens.pop()  # "75 years of diplomatic relations built on shared values": the relations' years
    # "100 years of U.S.-Egypt diplomatic relations": the common words name it, the countries do not
    common = [w for w in tokens if w.islower()]
    # snake_case words, a possessive's "'s" dropped ("50 years since the band’s formation": years_since_band_formation)
    words = [re.sub(r"[^a-z0-9]+", "_", re.sub(r"['’]s$", "", w.lower())).strip("_")
             for w in (common if common and tokens[-1].islower() else tokens)]
    since = match.group("link") == "since"
    if not words or words[0] in _VAGUE or (words[-1] in _VAGUE and not since):
        return None
    if since:
        return "years_since_" + "_".join(words[:2])  # "50 years since the end of the war": years_since_end_war
    return "_".join(words[-2:]) + SUFFIX


def anniversary_subjects(subjects: tuple[str, ...], *, metric: str = "", home: str | None = None) -> tuple[str, ...]:
    """The countries of an anniversary figure: an organisation it is spent in ("25 years in
    NATO") is no side when a country celebrates it, but years of relations are both sides' ("47
    years of U.S.-ASEAN relations": ASEAN-USA), and in a government's own text (`home`) years of
    relations with one partner are the home country's too ("celebrating 200 years of formal
    diplomatic relations" in a White House statement on Mexico: MEX-USA), in place of an organisation named with one
    partner ("As NATO Allies for 40 years, Spain and the United States": ESP-USA)."""
    if _BETWEEN_SIDES.search(metric):
        partners = [s for s in subjects if is_country(s) and s != home]
        if home is not None and len(partners) == 1 and home not in subjects:
            # "As NATO Allies for 40 years, Spain and ...", "designate Qatar as a Major Non-NATO Ally": the bond is
            # the partner's and the home's, the organisation named with it no side
            return tuple(sorted({partners[0], home}))
        return tuple(sorted({*subjects, home})) if home is not None and len(subjects) == 1 else subjects
    countries = tuple(s for s in subjects if is_country(s))
    return countries or subjects


#: Anniversaries of what passes between two sides: relations, a partnership, a dialogue, ties, cooperation, an alliance.
_BETWEEN_SIDES = re.compile(r"(?:^|_)(?:relations|partnership|dialogue|ties|friendship|cooperation|alliance|trust)_years$")


def is_anniversary(metric: str, unit: str) -> bool:
    """Whether a figure of `metric` read from a count of `unit` is an anniversary (`anniversary_metric`)."""
    return unit == "count" and (metric.endswith(SUFFIX) or metric.startswith("years_since_"))
