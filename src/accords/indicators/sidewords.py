"""Sides a figure's own wording gives, after the general subject rules: a group of states that is its
subject, as its members (`accords.indicators.groups`); whose currency an amount is
in and whom a government's "our" names (`accords.indicators.homes`), the lender and borrower of a loan
for its term (`accords.indicators.terms`), who seized what was seized
(`accords.indicators.seizures`), the body a count of members belongs to
(`accords.indicators.memberships`). One call from the indicator stage applies them in order."""

from __future__ import annotations

from collections.abc import Sequence

from accords.indicators import groups, homes, memberships, seizures, terms
from accords.indicators.subjects import CountrySpan


def worded_sides(
    text: str, sentence: tuple[int, int], figure_start: int, subjects: tuple[str, ...], *, metric: str, unit: str,
    home: str | None, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """`subjects` of the figure at `figure_start` (of `metric` in `unit`) in `sentence`, as its
    wording gives them; `home` is the home country of a government's own text, None elsewhere."""
    subjects = groups.group_members(text, sentence[0], figure_start, subjects)
    subjects = memberships.member_body(text, sentence, figure_start, subjects, metric=metric, countries=countries)
    subjects = homes.official_sides(text, sentence, subjects, metric=metric, unit=unit, home=home)
    subjects = terms.term_sides(sentence, subjects, metric=metric, countries=countries, home=home)
    return seizures.seizer(text, sentence, figure_start, subjects, metric=metric, countries=countries, home=home)
