"""The `accords` command line: thin commands that parse arguments, call one library
function and format its result. Library errors become `typer` errors with exit code 1;
batch commands exit with 2 when some items were rejected.

Command groups live in their own modules (`COMMAND_MODULES`), each adding commands to `app`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import typer

if TYPE_CHECKING:
    from accords.store import Store

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
    "accords.cli.knowledge",
    "accords.cli.review",
    "accords.cli.brief",
    "accords.cli.alerts",
)


class State:
    """Options of the top-level callback, read by every command."""

    settings: ClassVar[dict[str, Any]] = {}


@app.callback()
def _main(
    db: str = typer.Option(None, "--db", help="Database URL (default sqlite:///accords.db, env ACCORDS_DB)."),
) -> None:
    State.settings = call(lambda: settings.load({"db": db}))


def setting(name: str) -> Any:
    """The effective value of a setting (`accords.settings`: defaults, config file,
    environment, then the command line)."""
    if not State.settings:  # a command called without the top-level callback (tests)
        State.settings = call(settings.load)
    return State.settings[name]


def stages() -> tuple[str, ...] | None:
    """The stages the `event_classifier` setting asks for (None: the default pipeline); a bad
    value is an error naming the allowed ones."""
    from accords import pipeline

    chosen: tuple[str, ...] | None = call(lambda: pipeline.with_event_classifier(setting("event_classifier")))
    return chosen


def db_url() -> str:
    """The database URL: --db, else the `db` setting."""
    url: str = setting("db")
    return url


def open_store() -> Store:
    """The store at `db_url`, with the `near_duplicate_threshold` setting; a bad URL or
    database ends the command with its message (`call`)."""
    from accords.store import Store

    return call(lambda: Store.open(db_url(), near_duplicate_threshold=setting("near_duplicate_threshold")))


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
