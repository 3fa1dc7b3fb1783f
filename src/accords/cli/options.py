"""Checking CLI filter options the way the API checks its query parameters.

`checked` runs one of the `accords.service.filters` checks on an option's value; a bad
value ends the command with ``error: --since: 'yesterday' is not a date; use ...`` and exit
code 2 (a usage error, as click gives for a malformed option), never an empty answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import typer

from accords.service.filters import FilterError

T = TypeVar("T")


def checked(option: str, check: Callable[[str], T], value: str | None) -> T | None:
    """`check(value)`, None for an option not given; a `FilterError` becomes a message
    naming `option` and exit code 2."""
    if value is None:
        return None
    try:
        return check(value)
    except FilterError as exc:
        typer.echo(f"error: {option}: {exc}", err=True)
        raise typer.Exit(code=2) from exc


def checked_pair(option: str, check: Callable[[str], str], values: tuple[str, str] | None) -> tuple[str, str] | None:
    """Both values of a two-value option (``--between AZE TUR``) checked, or None when not given."""
    if not values or None in values:
        return None
    first, second = (checked(option, check, value) for value in values)
    assert first is not None and second is not None
    return first, second
