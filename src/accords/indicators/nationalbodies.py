"""A national measure reported by a body named for its country: "The Central Bank of Azerbaijan kept the
refinancing rate unchanged at 7.25 percent", "The State Statistics Committee of Azerbaijan said the inflation
rate stood at 4.9 percent".

In a sentence naming no country the figure went to the countries the sentences before it name
(`owners._unnamed`): after "Georgia's imports from Azerbaijan increased ...", the Azerbaijani refinancing rate
became Georgia's and Azerbaijan's. A country's own measures (its rates, prices, reserves, budget, debt, output and
people: `NATIONAL_MEASURES`) are the country of the one national body whose name carries its country ("of
Azerbaijan", "Azerbaijani", "Iran's") in the sentence up to the figure, whether it acts or reports.

A country's customs or statistics body (`_STATISTICS_BODY`) reports its country's own trade turnover: "According to the
State Customs Committee, the trade turnover amounted to 20 billion dollars" is the whole foreign trade of the
body's country (the country its name carries, else the outlet's home where the article is about it: Azerbaijan's
in an Azernews report on Azerbaijan and Georgia, none of Iran's in a Tehran Times report on the two), not the pair
of the sentence before, where the clause names no partner ("between", "with", "mutual", "bilateral").

A stake in a sentence naming no country is its owner's: "SOCAR owns a 25 percent stake in the consortium" is
Azerbaijan's (SOCAR's country), not Azerbaijan's and Iran's because the sentence before named Iran; the stake's
target, named without a country, adds none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accords.indicators.subjects import country_iso3

if TYPE_CHECKING:
    from accords.indicators.owners import ArticleCountries

#: A country's own measures: "interest_rate", "refinancing_rate", "inflation", "reserves", "gdp_growth",
#: "unemployment_rate", "state_budget", "external_debt".
NATIONAL_MEASURES = re.compile(
    r"^(?:(?:interest|refinancing|policy|key|discount|inflation|unemployment|exchange)_rate|inflation|unemployment|"
    r"(?:[a-z]+_)?reserves|(?:[a-z]+_)?gdp|(?:state_)?budget(?:_deficit|_revenue|_expenditure)?|"
    r"(?:public|external|state|foreign)_debt)(?:_growth|_change)?$")
#: A country's whole trade, as its customs or statistics body reports it.
#: Only the turnover: an export or import figure after a sentence on one partner's flow goes on with that flow
#: ("Georgia's imports from Azerbaijan ... According to the State Customs Committee of Azerbaijan, exports rose to
#: 20 million dollars in March": the pair's).
_NATIONAL_TRADE = re.compile(r"^(?:foreign_)?trade_turnover(?:_growth)?$")
#: A customs or statistics body, with the country its name may carry before or after it: "the State Customs
#: Committee", "Iran's Customs Administration", "the Statistical Center of Iran", "the State Statistics Committee".
_STATISTICS_BODY = re.compile(
    r"(?:\b(?P<before>[A-Z][\w-]+?)(?:['’]s)?\s+)?\b(?:State\s+(?:Customs|Statistics?|Statistical)\s+Committee|"
    r"Customs\s+(?:Administration|Service|Committee)|Statistical\s+(?:Cent(?:re|er)|Office|Committee|Service)|"
    r"(?:National\s+)?Statistics\s+(?:Office|Committee|Service|Agency|Bureau))\b(?:\s+of\s+(?P<after>[A-Z][\w-]+))?")
#: Words that give a trade figure a partner: then the sentences before say whose it is.
_PARTNER = re.compile(r"\b(?:between|with|mutual|bilateral|both|two\s+countries|two\s+sides|partners?)\b", re.IGNORECASE)
#: A capitalised word of a body's name that may name its country: "of Azerbaijan", "Azerbaijani", "Iran's".
_NAME_WORD = re.compile(r"[A-Z][\w-]+")


def home_of(text: str, lead: tuple[int, int], metric: str, article: ArticleCountries, *, owner: str | None = None) -> str | None:
    """The country of a national measure (`NATIONAL_MEASURES`) whose sentence, up to the figure (`lead`),
    names one country's body with the country in its name; of a country's whole trade its customs or
    statistics body reports (`statistics_home`); of a stake, its owner's (`owner`: the country of the company
    that opens the sentence); None for other metrics, no such body, or bodies of several countries."""
    if metric == "stake":
        return owner
    if _NATIONAL_TRADE.match(metric):
        home = article.home if article.home is not None and article.home in (article.main, *(article.pair or ())) else None
        return statistics_home(text, lead, home)
    if not NATIONAL_MEASURES.match(metric):
        return None
    found = {iso for start, end, iso in article.organisations if lead[0] <= start and end <= lead[1]
             and any(country_iso3(word.removesuffix("'s").removesuffix("’s")) == iso
                     for word in _NAME_WORD.findall(text, start, end))}
    return found.pop() if len(found) == 1 else None


def statistics_home(text: str, lead: tuple[int, int], home: str | None) -> str | None:
    """The country of the one customs or statistics body the sentence names up to a trade figure (`lead`):
    the country its name carries, else the outlet's `home`; None where the clause names a partner, or the
    sentence names no such body or several."""
    bodies = list(_STATISTICS_BODY.finditer(text, *lead))
    if len(bodies) != 1 or _PARTNER.search(text, bodies[0].end(), lead[1]):
        return None
    named = [country_iso3(word) for word in (bodies[0].group("before"), bodies[0].group("after")) if word]
    countries = {iso for iso in named if iso is not None}
    if countries:
        return countries.pop() if len(countries) == 1 else None
    return home
