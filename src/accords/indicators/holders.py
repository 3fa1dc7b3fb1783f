"""What one country has, told in a relative clause right after its name: "Turkey imports natural gas from Iran, which
has approximately 32 trillion cubic meters of natural gas reserves" (Iran's reserves, not Turkey's too; indtt44).

A sentence about two countries gives its figures both (a trade flow, a visit); a stock held by one of them (reserves,
a fleet, a population, a count of plants) that the text hangs on that one by "X, which has ..." is X's alone.
`holder(lead)` returns X's code where the figure's clause up to it (`lead`) ends in such a clause, else None.
"""

from __future__ import annotations

import re

from accords.indicators.subjects import country_iso3
from accords.quantities.extract import QUALIFIER

#: "Iran, which has approximately", "Kazakhstan, which holds some", "Russia, which possesses over": the name of a
#: country (one to three capitalised words) and a verb of having right before the figure.
_WHICH_HAS = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s+which\s+(?:has|had|holds|held|possesses|owns|boasts)\s+"
    r"(?:(?:an?\s+)?(?:estimated|total\s+of|proven)\s+)?" + QUALIFIER + r"$")


def holder(lead: str) -> str | None:
    """The country a figure is held by where `lead` (its clause up to the figure) ends in "<Country>, which has",
    else None."""
    match = _WHICH_HAS.search(lead)
    return country_iso3(match.group("name")) if match is not None else None
