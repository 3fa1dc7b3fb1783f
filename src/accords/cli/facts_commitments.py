"""`accords commitments` and `accords conflicts`: targets against later actuals, and
figures that contradict each other."""

from __future__ import annotations

import calendar
import datetime as dt
import json

import typer

from accords.cli import app, call, open_store
from accords.cli.options import checked
from accords.commitments import Commitment, Conflict, Figure, Reading
from accords.model import to_dict
from accords.service.filters import country as country_code


@app.command()
def commitments(
    country: str = typer.Option(None, "--country", "-c", help="Only targets about this country (ISO3 or name, e.g. AZE or Azerbaijan)."),
    today: str = typer.Option(None, "--today", help="Judge deadlines as of this ISO date (default: today)."),
    show_conflicts: bool = typer.Option(False, "--conflicts", help="Also list every conflicting figure."),
    as_json: bool = typer.Option(False, "--json", help="JSON output: one object per commitment."),
) -> None:
    """List targets (metric, subjects, value, deadline) with the actuals reported later and
    a status: met, missed, on_track, behind, pending or unknown, and every later figure that
    bears on each (its change, a share of it, a restated target)."""
    from accords.store.commitments import commitments as load, conflicts as load_conflicts

    as_of = _date(today)
    code = checked("--country", country_code, country)
    with open_store() as store:
        found = call(lambda: load(store, country=code, today=as_of))
        contradictions = call(lambda: load_conflicts(store, country=code)) if show_conflicts else []
    if as_json:
        payload: object = [to_dict(c) for c in found]
        if show_conflicts:
            payload = {"commitments": payload, "conflicts": [to_dict(c) for c in contradictions]}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if not found:
        typer.echo("no commitments")
    for commitment in found:
        typer.echo(format_commitment(commitment))
    if show_conflicts:
        typer.echo("")
        _echo_conflicts(contradictions)


@app.command()
def conflicts(
    country: str = typer.Option(None, "--country", "-c", help="Only figures about this country (ISO3 or name)."),
    as_json: bool = typer.Option(False, "--json", help="JSON output: one object per conflict."),
) -> None:
    """List actual figures that contradict each other: same metric, subjects, unit and
    period, values more than 1 % apart, each with the articles that report it."""
    from accords.store.commitments import conflicts as load

    code = checked("--country", country_code, country)
    with open_store() as store:
        found = call(lambda: load(store, country=code))
    if as_json:
        typer.echo(json.dumps([to_dict(c) for c in found], ensure_ascii=False, indent=2))
        return
    _echo_conflicts(found)


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise typer.BadParameter(f"expected an ISO date like 2024-06-30, got {text!r}", param_hint="--today") from exc


def _echo_conflicts(found: list[Conflict]) -> None:
    if not found:
        typer.echo("no conflicting figures")
    for conflict in found:
        typer.echo(
            f"CONFLICT {conflict.metric} {'-'.join(conflict.subjects) or '?'} {period_label(conflict.period)}"
        )
        for reading in conflict.readings:
            typer.echo(f"  {amount(reading.value, conflict.unit):>14}  {_sources(reading)}")


def format_commitment(commitment: Commitment) -> str:
    """A few lines for one commitment: target, status, announcements, readings, conflicts."""
    subjects = "-".join(commitment.subjects) or "?"
    when = period_label(commitment.period) if commitment.period else "no date"
    status = commitment.status.replace("_", " ").upper()
    if commitment.progress is not None:
        status += f" ({commitment.progress:.0%} of target"
        if commitment.elapsed is not None and commitment.elapsed < 1:
            status += f" after {commitment.elapsed:.0%} of the period"
        status += ")"
    if commitment.conflicts:
        status += " [conflicting figures]"
    target = amount(commitment.value, commitment.unit)
    lines = [
        f"{commitment.metric} {subjects}: {target} in {when} (deadline {commitment.deadline or '-'}) -> {status}",
        "  target:   " + ", ".join(f"{f.article_id} ({f.published or 'undated'})" for f in commitment.targets),
    ]
    for label, readings in (("actual", commitment.actuals), ("earlier", commitment.trajectory)):
        for reading in readings:
            figure = f"{amount(reading.value, commitment.unit)} in {period_label(reading.period)}"
            lines.append(f"  {label + ':':9} {figure:<30} {_sources(reading)}")
    for related in commitment.related:
        lines.append(f"  {'related:':9} {related_label(related):<30} {related.article_id} ({related.published or 'undated'})")
    return "\n".join(lines)


def related_label(figure: Figure) -> str:
    """``"trade_turnover_growth 12% in 2022 (actual)"``: a figure that bears on a commitment."""
    indicator = figure.indicator
    when = f" in {period_label(indicator.period)}" if indicator.period else ""
    subjects = "-".join(indicator.subjects) or "?"
    return f"{indicator.metric} {subjects} {amount(indicator.value, indicator.unit)}{when} ({indicator.kind})"


def _sources(reading: Reading) -> str:
    return ", ".join(f"{f.article_id} ({f.published or 'undated'})" for f in reading.figures)


def amount(value: float, unit: str) -> str:
    """``15e9, "USD"`` → ``"15bn USD"``; counts without a unit, percent with ``%``."""
    if unit == "percent":
        return f"{value:g}%"
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            text = f"{value / scale:.2f}".rstrip("0").rstrip(".") + suffix
            break
    else:
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"
    return text if unit == "count" else f"{text} {unit}"


def period_label(period: tuple[str, str]) -> str:
    """``("2023-01-01", "2023-12-31")`` → ``"2023"``; whole months → ``"2022-01..2022-06"``."""
    start, end = period
    if start[4:] == "-01-01" and end[4:] == "-12-31":
        return start[:4] if start[:4] == end[:4] else f"{start[:4]}..{end[:4]}"
    year, month = int(end[:4]), int(end[5:7])
    if start[8:10] == "01" and int(end[8:10]) == calendar.monthrange(year, month)[1]:
        return start[:7] if start[:7] == end[:7] else f"{start[:7]}..{end[:7]}"
    return start if start == end else f"{start}..{end}"
