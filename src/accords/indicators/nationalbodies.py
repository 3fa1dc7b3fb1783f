"""A national measure reported by a body named for its country: "The Central Bank of Azerbaijan kept the
refinancing rate unchanged at 7.25 percent", "The State Statistics Committee of Azerbaijan said the inflation
rate stood at 4.9 percent".

In a sentence naming no country the figure went to the countries the sentences before it name
(`owners._unnamed`): after "Georgia's imports from Azerbaijan increased ...", the Azerbaijani refinancing rate
became Georgia's and Azerbaijan's. A country's own measures (its rates, prices, reserves, budget, debt, output and
people: `NATIONAL_MEASURES`) are the country of the one national body whose name carries its country ("of
Azerbaijan", "Azerbaijani", "Iran's") in the sentence up to the figure, whether it acts or reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import country_iso3

#: A country's own measures: "interest_rate", "refinancing_rate", "inflation", "reserves", "gdp_growth",
#: "unemployment_rate", "state_budget", "external_debt".
NATIONAL_MEASURES = re.compile(
    r"^(?:(?:interest|refinancing|policy|key|discount|inflation|unemployment|exchange)_rate|inflation|unemployment|"
    r"(?:[a-z]+_)?reserves|(?:[a-z]+_)?gdp|(?:state_)?budget(?:_deficit|_revenue|_expenditure)?|"
    r"(?:public|external|state|foreign)_debt)(?:_growth|_change)?$")
#: A capitalised word of a body's name that may name its country: "of Azerbaijan", "Azerbaijani", "Iran's".
_NAME_WORD = re.compile(r"[A-Z][\w-]+")


def home_of(text: str, lead: tuple[int, int], metric: str, organisations: Sequence[tuple[int, int, str]]) -> str | None:
    """The country of a national measure (`NATIONAL_MEASURES`) whose sentence, up to the figure (`lead`),
    names one country's body with the country in its name; None for other metrics, no such body, or bodies
    of several countries."""
    if not NATIONAL_MEASURES.match(metric):
        return None
    found = {iso for start, end, iso in organisations if lead[0] <= start and end <= lead[1]
             and any(country_iso3(word.removesuffix("'s").removesuffix("’s")) == iso
                     for word in _NAME_WORD.findall(text, start, end))}
    return found.pop() if len(found) == 1 else None
