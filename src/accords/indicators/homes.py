"""The home country's side of a figure in a government's own text, as its wording gives it.

A White House fact sheet gives its own money in dollars; an amount in Canadian dollars ("The
Canadian Critical Minerals Infrastructure Fund will make CAD $1.5 billion available", "drawing on
USD $7.5 billion in the U.S. Bipartisan Infrastructure Law and CAD $1.2 billion to build a network")
is Canada's, not the United States'. A currency of one country names that country; the euro and
other shared currencies name none and are left to the other rules.

The same text speaks of its home country in the first person: "Canada is our largest trading
partner, with nearly $2.6 billion in goods and services crossing our shared border" is the trade of
Canada and the United States, although only Canada is named; "Our federal governments ... have
organized five joint meetings with Mexican southern state governors" are the meetings of the two.
"""

from __future__ import annotations

import re

from accords.scan.items import BULLET

#: Currencies of one country each: ISO 4217 code -> ISO3 of the country that issues it.
CURRENCY_COUNTRY = {
    "USD": "USA", "CAD": "CAN", "AUD": "AUS", "NZD": "NZL", "JPY": "JPN", "GBP": "GBR", "INR": "IND",
    "KRW": "KOR", "CNY": "CHN", "RUB": "RUS", "TRY": "TUR", "IRR": "IRN", "AZN": "AZE", "KZT": "KAZ",
    "GEL": "GEO", "AMD": "ARM", "AED": "ARE", "SAR": "SAU", "SGD": "SGP", "HKD": "HKG", "CHF": "CHE",
    "UZS": "UZB", "TMT": "TKM", "TJS": "TJK", "KGS": "KGZ", "PKR": "PAK", "IQD": "IRQ",
}
#: Flows between two sides, whose one named side leaves the other to the first person ("our largest trading partner").
_FLOWS = re.compile(r"^(?:trade(?:_turnover)?|exports|imports)(?:_growth|_change)?$")
#: The home country in the first person, as the partner of a flow: "our largest trading partner", "our two countries",
#: "our shared border", "trade with us".
_OURS = re.compile(r"\bour\s+(?:(?:largest|biggest|top|leading|closest|main|second|third|most\s+important|"
                   r"shared|common|two|bilateral)\s+)*(?:trading\s+partners?|partners?|countries|nations|border|trade)\b"
                   r"|\bwith\s+us\b")


#: A sentence whose subject is the home and its partner together, in the first person or as "both": "Our federal
#: governments, in partnership with ..., have organized five joint meetings with Mexican southern state governors".
_JOINT_SUBJECT = re.compile(rf"\s*(?:{BULLET}\s*)?(?:(?:Together|Jointly),\s+)?(?:[Oo]ur\s+(?:two\s+|federal\s+|national\s+)?"
                            r"(?:governments|countries|nations)|[Bb]oth\s+(?:governments|countries|nations|sides))\b")


def official_sides(
    text: str, sentence: tuple[int, int], subjects: tuple[str, ...], *, metric: str, unit: str, home: str | None,
) -> tuple[str, ...]:
    """`subjects` of a figure of `metric` in `unit` in a government's own text (`home`; None
    elsewhere, where they are left as they are): an amount in another country's currency is that
    country's and never the home's (`CURRENCY_COUNTRY`); a flow of one named country whose sentence
    calls the home its partner in the first person (`_OURS`) is the two's, and so is any figure of one named
    country whose sentence opens with the two as its subject (`_JOINT_SUBJECT`)."""
    if home is None:
        return subjects
    issuer = CURRENCY_COUNTRY.get(unit)
    if issuer is not None and issuer != home:
        return tuple(sorted({s for s in subjects if s != home} | {issuer}))
    if len(subjects) == 1 and subjects[0] != home and _FLOWS.match(metric) \
            and _OURS.search(text, sentence[0], sentence[1]):
        return tuple(sorted({*subjects, home}))
    if len(subjects) == 1 and subjects[0] != home and _JOINT_SUBJECT.match(text, sentence[0], sentence[1]):
        return tuple(sorted({*subjects, home}))  # "Our federal governments ... have organized five joint meetings"
    return subjects
