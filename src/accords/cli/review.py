"""`accords review ...`: confirm, reject or correct facts, merge or split entities, read the
verdict log, export reviewed articles as gold files.

Each command opens the store, makes one call to `accords.service.review` (or
`accords.service.review_gold`) and prints the verdict logged. Who gives the verdict: ``--by`` or
the ``ACCORDS_REVIEWER`` environment variable.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from accords.cli import app, call, open_store
from accords.model import to_dict

review_app = typer.Typer(
    help="Analysts' verdicts: confirm, reject or correct facts, merge or split entities, "
    "read the log, export reviewed articles as gold files.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

BY = typer.Option(..., "--by", envvar="ACCORDS_REVIEWER", help="Who gives the verdict (env ACCORDS_REVIEWER).")
NOTE = typer.Option(None, "--note", help="Why: kept in the log with the verdict.")
FACT = typer.Argument(..., help="The fact's id, as lists show it: <article>:event:<digest> (or indicator, quote, entity).")


def _store():
    return open_store()


def _describe(verdict) -> str:
    """One line for a verdict: number, when, who, action, what, and the change."""
    what = verdict.fact_id or verdict.before.get("key")
    if verdict.action in ("merge", "split"):
        change = f"-> {verdict.after['key']}" + (f" in {', '.join(verdict.articles)}" if verdict.articles else "")
    elif verdict.action == "correct":
        change = ", ".join(f"{k}: {json.dumps(verdict.before.get(k), ensure_ascii=False)} -> "
                           f"{json.dumps(v, ensure_ascii=False)}" for k, v in verdict.after.items())
    else:
        change = _summary(verdict)
    lost = "  (lost: its fact is no longer extracted)" if verdict.held is False else ""
    note = f"  # {verdict.note}" if verdict.note else ""
    return f"#{verdict.id} {verdict.at} {verdict.by}: {verdict.action} {what} {change}{lost}{note}".rstrip()


def _summary(verdict) -> str:
    b = verdict.before
    if verdict.kind == "event":
        return f"({b.get('type')} {'+'.join(b.get('actor_countries') or [])})"
    if verdict.kind == "indicator":
        return f"({b.get('metric')} {b.get('value'):,.6g} {b.get('unit')})"
    if verdict.kind == "quote":
        return f"({b.get('speaker_name') or '?'}: {(b.get('text') or '')[:40]})"
    return f"({b.get('type')} {b.get('name')})"


def _done(verdict) -> None:
    typer.echo(_describe(verdict))


@review_app.command()
def confirm(fact_id: str = FACT, by: str = BY, note: str = NOTE) -> None:
    """Mark a fact as checked and right (lists then show it as 'confirmed')."""
    from accords.service import review as library

    with _store() as store:
        _done(call(lambda: library.confirm(store, fact_id, by=by, note=note)))


@review_app.command()
def reject(fact_id: str = FACT, by: str = BY, note: str = NOTE) -> None:
    """Mark a fact as wrong: it leaves every list, count, pair page, graph and export
    (--include-rejected shows it)."""
    from accords.service import review as library

    with _store() as store:
        _done(call(lambda: library.reject(store, fact_id, by=by, note=note)))


@review_app.command()
def correct(
    fact_id: str = FACT,
    changes: list[str] = typer.Option(
        ..., "--set", help="FIELD=VALUE, repeatable: event type, mode, actor_countries (AZE,TUR), recipient_countries, "
        "date (2021-09-14 or start..end), status, location, object; indicator metric, subjects, value, unit, period "
        "(start..end), kind, qualifier, deadline; quote speaker_name, cue; entity type, name, canonical_id, country, "
        "title. An empty VALUE clears the field."
    ),
    by: str = BY,
    note: str = NOTE,
) -> None:
    """Correct some fields of a fact; the rest stay as extracted."""
    from accords.service import review as library

    parsed = {}
    for change in changes:
        field, sep, value = change.partition("=")
        if not sep or not field.strip():
            raise typer.BadParameter(f"{change!r} is not FIELD=VALUE", param_hint="--set")
        parsed[field.strip()] = value
    with _store() as store:
        _done(call(lambda: library.correct(store, fact_id, parsed, by=by, note=note)))


@review_app.command()
def merge(
    key: str = typer.Argument(..., help="The entity to merge, as lists show it: TYPE:name or TYPE:id (ORG:European Union)."),
    into: str = typer.Argument(..., help="The entity it is: TYPE:name or TYPE:id (ORG:EU)."),
    by: str = BY,
    note: str = NOTE,
) -> None:
    """Merge two entities in every article (EU / European Union); events, pairs and the graph follow."""
    from accords.service import review as library

    with _store() as store:
        _done(call(lambda: library.merge(store, key, into, by=by, note=note)))


@review_app.command()
def split(
    key: str = typer.Argument(..., help="The entity as lists show it now: TYPE:name or TYPE:id."),
    into: str = typer.Argument(..., help="The entity it is in the articles named: TYPE:name or TYPE:id."),
    articles: list[str] = typer.Option(..., "--article", help="An article where KEY is really INTO (repeatable)."),
    by: str = BY,
    note: str = NOTE,
) -> None:
    """Split an entity: in the articles named, KEY becomes INTO (Brussels the city / Brussels for the EU)."""
    from accords.service import review as library

    with _store() as store:
        _done(call(lambda: library.split(store, key, into, articles, by=by, note=note)))


@review_app.command("log")
def log_(
    article: str = typer.Option(None, "--article", help="Only the verdicts on this article's facts."),
    fact: str = typer.Option(None, "--fact", help="Only the verdicts on this fact id."),
    by: str = typer.Option(None, "--by", help="Only this reviewer's verdicts."),
    action: str = typer.Option(None, "--action", help="confirm, reject, correct, merge or split."),
    lost: bool = typer.Option(False, "--lost", help="Only verdicts whose fact the last extraction no longer has."),
    limit: int = typer.Option(100, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The verdict log, newest first: who judged what, when, and what it was and became."""
    from accords.service import review as library

    with _store() as store:
        found, total = call(lambda: library.log(store, article_id=article, fact_id=fact, by=by, action=action,
                                                lost=lost, limit=limit, offset=offset))
    if as_json:
        typer.echo(json.dumps({"total": total, "items": [to_dict(v) for v in found]}, ensure_ascii=False, indent=2))
        return
    for verdict in found:
        typer.echo(_describe(verdict))
    typer.echo(f"({len(found)} of {total})", err=True)


@review_app.command()
def export(
    directory: Path = typer.Argument(..., file_okay=False, help="Where to write the gold files and article texts."),
) -> None:
    """Write every reviewed article as a gold file (docs/gold-format.md) with its text beside
    it, so `accords eval DIR/*.json --root DIR` scores the pipeline on what analysts reviewed."""
    from accords.service import review_gold as gold

    with _store() as store:
        written = call(lambda: gold.export(store, directory))
    for path in written:
        typer.echo(str(path))
    typer.echo(f"{len(written)} reviewed articles written to {directory}", err=True)
