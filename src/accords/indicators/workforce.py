"""A body's workforce: "Kenya Airways employs 4,000 people", "The company has 12,500 employees",
"WeWork's 12,000 employees", "a workforce of 3,000". These are counts of the people a company,
plant or agency employs (`employees`), never a population; jobs created or supported stay `jobs`,
and staff laid off or cut stay with their own rule (`layoffs`, `job_cuts`). The people a thing gives
work to are `jobs` ("generates jobs for 500 people"), and those each unit of a kind gives work to are
jobs per that unit ("each eco-lodge unit generates jobs for seven to eight people": `jobs_per_eco_lodge`)."""

from __future__ import annotations

import re
from accords.indicators.countnouns import PEOPLE_NOUNS
from accords.quantities.extract import qualifier_group

METRIC = "employees"

_BOUND = qualifier_group(r"just\s+over")
#: "employs 4,000", "which employ 700 and", "employing about 1,200", "a workforce of 3,000", "a staff of 250".
_EMPLOYS_BEFORE = re.compile(
    r"(?:\bemploy(?:s|ed|ing)?|\b(?:work\s*force|staff|payroll)\s+of)\s+" + _BOUND + r"(?:\d[\d,.]*\s+and\s+)?$",
    re.IGNORECASE)
#: What a workforce is counted in, right after the number: "people", "American workers", "full-time staff".
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:(?:more|other|local|full[\s-]time|part[\s-]time|permanent|direct|[A-Z][a-z]+|hard[\s-]?working)\s+){0,2}"
    r"(?:people|persons|workers|employees|staff(?:ers)?|personnel)\b|^\s*(?:[.,;:)]|\s+(?:and|in|at|across|worldwide)\b)"
    # "Apple employs about 450 Dreamers", "employs 2,000 Americans": people named by a capitalised plural alone
    r"|^\s+[A-Z][a-z]+s\b(?=\s*(?:[.,;:)]|$|\s+(?:and|in|at|across|worldwide|who|with)\b))")
#: The noun of a workforce alone: "12,500 employees", "120 hardworking employees", "250 staff members".
_STAFF_AFTER = re.compile(r"^\s+(?:(?:full[\s-]time|part[\s-]time|permanent|local|hard[\s-]?working|[A-Z][a-z]+)\s+)?"
                          r"(?:employees|staff(?:ers|\s+members)?)\b(?!\s+(?:vacanc|position|shortage|cut|salar|cost|level))")
#: The smallest workforce a bare "N employees" is read as (fewer are people in a story: "four employees of the embassy").
MIN_STAFF = 50
#: Staff counted as they lose their work, strike or are hired, not a workforce held: "laid off 600 employees",
#: "cut 300 staff", "hire 2,000 employees", "5,000 employees went on strike".
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:lay(?:s|ing)?\s+off|laid\s+off|cut(?:s|ting)?|fir(?:e|ed|es|ing)|dismiss(?:ed|es|ing)?|shed(?:s|ding)?|"
    r"furlough(?:ed|s|ing)?|sack(?:ed|s|ing)?|eliminat(?:e|ed|es|ing)|hir(?:e|ed|es|ing)|recruit(?:ed|s|ing)?|"
    r"add(?:ed|s|ing)?|evacuat(?:e|ed|es|ing)|kill(?:ed|s|ing)?|injur(?:e|ed|es|ing)|los(?:e|es|t|ing)|of|to|"
    r"by|among|including|from)\s+" + _BOUND + "$", re.IGNORECASE)
_NOT_HELD_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:strike|striking|protest(?:ed|ing)?|walk(?:ed)?\s+out|were\s+"
                             r"(?:laid\s+off|fired|killed|injured|evacuated|dismissed|furloughed))\b", re.IGNORECASE)


#: "generates jobs for", "creates job opportunities for", "provides employment for" right before the count (or
#: before the low end of a range: "jobs for seven to eight people").
_JOBS_FOR_BEFORE = re.compile(
    r"\b(?:generat|creat|provid|offer)\w*\s+(?:(?:new|direct|permanent)\s+)?(?:jobs?|job\s+opportunities|employment)\s+"
    r"for\s+" + _BOUND + r"(?:[\w,.]+\s+(?:to|or)\s+)?$", re.IGNORECASE)
#: "each eco-lodge unit", "every hotel": the unit the jobs are counted per (its noun, "unit" left out).
_EACH_UNIT = re.compile(r"\b(?:each|every)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:unit\s+)?(?:\w+ly\s+)?"
                        r"(?:generat|creat|provid|offer)\w*\s+[^,;]*$", re.IGNORECASE)
_PEOPLE_ONLY_AFTER = re.compile(r"^\s+(?:" + PEOPLE_NOUNS + r"|workers)\b", re.IGNORECASE)


def jobs_for_metric(before: str, after: str, *, unit: str) -> str | None:
    """`jobs` for the people a thing gives work to ("generates jobs for 500 people"), `jobs_per_<noun>` where each
    unit of a kind does ("each eco-lodge unit generates jobs for seven to eight people"); None otherwise."""
    if unit != "count" or not _JOBS_FOR_BEFORE.search(before) or not _PEOPLE_ONLY_AFTER.match(after):
        return None
    each = _EACH_UNIT.search(before)
    if each is None:
        return "jobs"
    noun = re.sub(r"\s+unit$", "", each.group("noun").lower())
    return "jobs_per_" + re.sub(r"[\s-]+", "_", noun)


def workforce_metric(before: str, after: str, *, unit: str, value: float) -> str | None:
    """`employees` for a count of the people a body employs, read from the words around it; None otherwise."""
    if (jobs := jobs_for_metric(before, after, unit=unit)) is not None:
        return jobs  # "each eco-lodge unit generates jobs for seven to eight people"
    if unit != "count" or _NOT_HELD_BEFORE.search(before) or _NOT_HELD_AFTER.match(after):
        return None
    if _EMPLOYS_BEFORE.search(before) and _PEOPLE_AFTER.match(after):
        return METRIC  # "employs 4,000 people", "employs more than 3,000 American workers", "a workforce of 3,000."
    if _STAFF_AFTER.match(after) and value >= MIN_STAFF:
        return METRIC  # "The company itself had 12,500 employees", "WeWork's 12,000 employees"
    return None
