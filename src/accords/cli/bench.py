"""`accords bench plover|recognizers`: scores on external yardsticks (docs/yardsticks.md)."""

from __future__ import annotations

from pathlib import Path

import typer

from accords.cli import app, call

bench_app = typer.Typer(help="Score the pipeline on external yardsticks (shared corpora).", no_args_is_help=True)
app.add_typer(bench_app, name="bench")

_CORPORA = typer.Option(None, "--corpora", help="The shared corpora folder (default $ACCORDS_CORPORA or ../shared/corpora).")


@bench_app.command()
def plover(corpora: Path = _CORPORA) -> None:
    """Event-type accuracy on the PLOVER gold records (cooperative types and overall)."""
    from accords.evaluation import yardsticks

    records = call(lambda: yardsticks.load_plover(yardsticks.corpora_dir(corpora) / yardsticks.PLOVER_FILE))
    typer.echo(yardsticks.format_plover(yardsticks.score_plover(records)))


@bench_app.command()
def recognizers(corpora: Path = _CORPORA) -> None:
    """Pass rate on the English number, percent, currency and date cases of Recognizers-Text."""
    from accords.evaluation import yardsticks

    cases, excluded = call(lambda: yardsticks.load_recognizer_cases(
        yardsticks.corpora_dir(corpora) / yardsticks.RECOGNIZERS_DIR))
    typer.echo(yardsticks.format_recognizers(yardsticks.score_recognizers(cases, excluded)))
