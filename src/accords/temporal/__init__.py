"""Time expressions in plain text, normalised against a publication date (no spaCy needed)."""

from accords.temporal.calendar import reference_date
from accords.temporal.extract import TimeMatch, find_times

__all__ = ["TimeMatch", "find_times", "reference_date"]
