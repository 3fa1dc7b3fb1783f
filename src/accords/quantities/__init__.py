"""Quantities in plain text, in base units: pure parsing, no spaCy (see `extract`)."""

from accords.quantities.extract import QuantityMatch, find_quantities
from accords.quantities.numbers import parse_number

__all__ = ["QuantityMatch", "find_quantities", "parse_number"]
