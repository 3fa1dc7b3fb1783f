"""What one country has, told in a relative clause right after its name: "Turkey imports natural gas from Iran, which
has approximately 32 trillion cubic meters of natural gas reserves" (Iran's reserves, not Turkey's too; indtt44), or
the people it is home to: "Lebanon, which is home to 1.5 million Syrian refugees, asked France for help" (Lebanon's,
not France's; indtt48).

A sentence about two countries gives its figures both (a trade flow, a visit); a stock held by one of them (reserves,
a fleet, a population, a count of plants) that the text hangs on that one by "X, which has ..." is X's alone.
`holder(lead)` returns X's code where the figure's clause up to it (`lead`) ends in such a clause, else None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import country_iso3
from accords.quantities.extract import QUALIFIER

#: "Iran, which has approximately", "Kazakhstan, which holds some", "Russia, which possesses over": the name of a
#: country (one to three capitalised words) and a verb of having right before the figure.
_WHICH_HAS = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:,\s+which\s+(?:has|had|holds|held|possesses|owns|boasts)|"
    # "Lebanon, which is home to 1.5 million Syrian refugees", "Turkey that is home to just under 3 million refugees",
    # "the European Union, home to 780 million people"
    r",?\s+(?:which|that)\s+(?:is|was|has\s+been)\s+(?:now\s+)?home\s+to|,\s+home\s+to)\s+"
    r"(?:(?:an?\s+)?(?:estimated|total\s+of|proven)\s+)?" + QUALIFIER + r"$")


#: "Erdogan, whose country is home to just under 3 million refugees": a person's country, the holder.
_WHOSE_COUNTRY = re.compile(r"(?P<name>[A-Z][\w.'’-]*),\s+whose\s+(?:country|nation)\s+(?:is|was|has\s+been)\s+(?:now\s+)?"
                            r"home\s+to\s+" + QUALIFIER + r"$")


def holder(lead: str, *, people: Sequence[tuple[int, int, str]] = (), offset: int = 0) -> str | None:
    """The country a figure is held by where `lead` (its clause up to the figure, starting at `offset` in the text)
    ends in "<Country>, which has", "<Country>, which is home to", or "<Person>, whose country is home to" (`people`:
    (start, end, ISO3) of each person named with a country), else None."""
    match = _WHICH_HAS.search(lead)
    if match is not None:
        return country_iso3(match.group("name"))
    if (whose := _WHOSE_COUNTRY.search(lead)) is not None:
        name_end = offset + whose.end("name")
        return next((country for _start, end, country in people if end == name_end), None)
    return None
