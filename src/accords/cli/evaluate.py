"""`accords eval GOLD...`: score the pipeline on gold files (docs/gold-format.md rules).

Prints one row per fact kind (precision, recall, F1, tp/fp/fn and accuracies over matched
pairs), over all articles and per outlet (the gold file-name prefix, see
`accords.evaluation.outlets`), or the JSON report. Gold files whose article cannot be found are listed on stderr,
and the exit code is then 2.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import typer

from accords.cli import app, call, open_store, stages


@app.command("eval")
def evaluate_command(
    gold: list[Path] = typer.Argument(None, help="Gold .json files, or folders of them."),
    root: Path = typer.Option(None, "--root", help="Folder that gold 'article.file' paths are relative to "
                              "(default: the gold file's folder or the nearest parent where the file exists)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    details: bool = typer.Option(False, "--details", help="Also list each article's misses and false positives."),
    reviews: bool = typer.Option(False, "--reviews", help="Score on the articles analysts reviewed in the store "
                                 "(--db), as `accords review export` writes them, instead of GOLD files."),
) -> None:
    """Run the pipeline on the articles of GOLD and print precision, recall and F1 per fact kind,
    in total and per outlet."""
    from accords.evaluation.runner import evaluate, pipeline_predictor
    from accords.evaluation.tables import format_details, format_report

    if reviews == bool(gold):
        raise typer.BadParameter("give GOLD files or --reviews, not both or neither", param_hint="GOLD")
    if reviews:
        from accords.service import review_gold as reviewed_gold

        with open_store() as store:
            report = call(lambda: reviewed_gold.evaluate(store))
    else:
        chosen = stages()
        report = call(lambda: evaluate(gold, root=root, predict=functools.partial(pipeline_predictor, stages=chosen)))
    for problem in report.problems:
        typer.echo(f"skipped: {problem}", err=True)
    if as_json:
        typer.echo(json.dumps(report.as_dict(details=details), ensure_ascii=False, indent=2))
    else:
        if details:
            for article in report.articles:
                typer.echo(format_details(article))
            typer.echo("")
        typer.echo(format_report(report))
    if report.problems:
        raise typer.Exit(code=2)
