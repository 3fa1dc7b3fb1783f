"""The `accords` command line: thin commands that parse arguments, call one library
function and format its result. Library errors become `typer` errors with exit code 1;
batch commands exit with 2 when some items were rejected.

Command groups live in their own modules (`COMMAND_MODULES`), each adding commands to `app`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

import typer

from accords import settings
from accords.errors import AccordsError

T = TypeVar("T")

app = typer.Typer(
    name="accords",
    help="Turn news about international cooperation into a database of traceable facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Modules that add commands to `app`.
COMMAND_MODULES = (
    "accords.cli.store_cmds",
    "accords.cli.facts",
    "accords.cli.evaluate",
    "accords.cli.extract",
    "accords.cli.bench",
    "accords.cli.facts_commitments",
    "accords.cli.watch",
    "accords.cli.serve",
    "accords.cli.export",
    "accords.cli.load",
    "accords.cli.consolidate",
    "accords.cli.review",
)


class State:
    """Options of the top-level callback, read by every command."""

    settings: ClassVar[dict[str, Any]] = {}


@app.callback()
def _main(
    db: str = typer.Option(None, "--db", help="Database URL (default sqlite:///accords.db, env ACCORDS_DB)."),
) -> None:
    State.settings = call(lambda: settings.load({"db": db}))


def db_url() -> str:
    return State.settings.get("db") or settings.load()["db"]


def call(func: Callable[[], T]) -> T:
    """Run one library call; its named errors become a one-line message and exit code 1."""
    try:
        return func()
    except AccordsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from exc


for _module in COMMAND_MODULES:
    importlib.import_module(_module)


def main() -> None:
    app()
