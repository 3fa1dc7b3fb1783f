"""What a tariff's words make of a figure the lexicon named a price (the lexicon reads "tariff" as a price).

- A percentage whose clause names a tariff or a duty ("an increase from 25% to 100% on the tariff rate on
  Chinese electric vehicles") is a `tariff_rate`, and so is a flow of goods reached by "to" after a tariff
  ("raised the tariff on steel and aluminum imports to 50 percent").
- A sum of money is a price only where its clause says so. Read as a price for a tariff word alone
  ("revenues from the tariffs have totaled $60 billion", "payments of $20 billion to farmers hit by the
  tariffs", "over $3 billion a month in extra tariffs"), it is no price at all, and the tariff's sides it
  would be given (the levier and the target) are not the sides of the money collected or paid out: no
  figure (`None`). Where its clause names goods ("a higher tariff on 570 groups of Russian products worth
  $2.3 billion") it is the goods the tariff covers, `tariffed_imports`, as "tariffs on $200 billion of
  Chinese goods" is named before the lexicon is read. A tariff in money per unit ("a duty of $25 a
  tonne") keeps its rate unit and stays.
"""

from __future__ import annotations

import re

from accords.quantities.extract import QUALIFIER
from accords.quantities.units import is_money

_TARIFF_WORD = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b", re.IGNORECASE)
#: A tariff raised or cut to a level: "the tariff on steel and aluminum imports to".
_TARIFF_TO = re.compile(r"\b(?:tariffs?|dut(?:y|ies))\b[^.;%]{0,80}?\bto\s+" + QUALIFIER + r"$", re.IGNORECASE)
#: Goods a tariff covers, named in the clause of the money they are worth.
_GOODS = re.compile(r"\b(?:goods|products|imports|exports|shipments|merchandise)\b", re.IGNORECASE)
#: Money paid in tariffs: "$4 billion per month in extra tariffs on a wide range of goods".
_IN_TARIFFS = re.compile(r"^\s+(?:(?:a|per|each)\s+(?:month|year|week)\s+)?in\s+(?:[\w-]+\s+){0,2}?(?:tariffs|duties|levies)\b",
                         re.IGNORECASE)
#: Money a tariff brings in or pays out: "revenues from the tariffs", "collected", "payments to farmers".
_COLLECTED = re.compile(r"\b(?:revenues?|collect(?:s|ed|ing)?|paid|payments?|rais(?:ed|ing)|brought\s+in|tak(?:ing|en)\s+in)\b",
                        re.IGNORECASE)
#: A price named by its own word.
_PRICE_WORD = re.compile(r"\bpric(?:e|es|ed|ing)\b", re.IGNORECASE)


def tariff_metric(clause: str, metric: str, unit: str, *, lead: str = "", tail: str = "") -> str | None:
    """`tariff_rate` for a percentage the lexicon read as a price whose `clause` names a tariff or a
    duty, or as a flow of goods reached by "to" after a tariff in its clause (`lead`: the clause up to
    the figure); for a sum of money read as a price by a tariff word alone, `tariffed_imports` where its
    clause names the goods ("products worth $2.3 billion") and the money is not paid "in tariffs" (`tail`:
    the clause after the figure), else None (no price, no figure); the metric as it is otherwise."""
    if is_money(unit):
        if metric != "price" or not _TARIFF_WORD.search(clause) or _PRICE_WORD.search(clause):
            return metric
        # "570 groups of Russian products worth approximately $2.3 billion": the goods the tariff covers
        covered = _GOODS.search(clause) and not _IN_TARIFFS.match(tail) and not _COLLECTED.search(clause)
        return "tariffed_imports" if covered else None
    if unit != "percent":
        return metric
    if metric in ("price", "price_growth") and _TARIFF_WORD.search(clause):
        return "tariff_rate"
    if metric in ("imports", "exports") and _TARIFF_TO.search(lead):
        return "tariff_rate"
    return metric
