"""Charts as inline SVG, drawn on the server: no JavaScript library, nothing from a CDN.

Each function takes plain data and returns `Markup` holding one ``<svg>`` element. Every
text that comes from the store (names, labels) goes through `escape`, so a chart cannot
carry markup from an article. Layouts are deliberately simple: stacked monthly bars on a
real month axis (events dated by their report hatched), a
horizontal bar list, a figures-over-time chart (actuals as points joined by a line,
targets as diamonds at their deadline), and a circular relationship graph.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from accords.model import EVENT_TYPES, Indicator

PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)


def colour(name: str) -> str:
    """A stable colour for an event type (or any label)."""
    if name in EVENT_TYPES:
        return PALETTE[EVENT_TYPES.index(name) % len(PALETTE)]
    return PALETTE[sum(map(ord, name)) % len(PALETTE)]


def _svg(width: int, height: int, body: list[str], label: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(label)}" class="chart">' + "".join(body) + "</svg>"
    )


def _month_index(month: str) -> int:
    year, number = month.split("-")[:2]
    return int(year) * 12 + int(number) - 1


def _month_label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def timeline(
    by_month: list[dict],
    reported: list[dict] | None = None,
    unplaced: int = 0,
    *,
    width: int = 720,
    height: int = 230,
) -> Markup:
    """Events per month on a real time axis (every month from the first to the last, empty
    ones too): events with their own date stacked by type, in the type's colour; events
    placed by their article's publication day (`when` ``reported``) stacked on top, hatched
    grey. `unplaced` events (no date at all) are counted in a note, never silently dropped."""
    reported = reported or []
    note = (
        f'<p class="note unplaced">{unplaced} event{"s" if unplaced != 1 else ""} with no date and an undated '
        "article are not on the timeline.</p>" if unplaced else ""
    )
    if not by_month and not reported:
        return Markup('<p class="empty">No dated events.</p>' + note)
    stacks: dict[int, dict[str, int]] = defaultdict(dict)
    for row in by_month:
        stacks[_month_index(row["month"])][row["type"]] = row["count"]
    late: dict[int, int] = {_month_index(row["month"]): row["count"] for row in reported}
    first, last = min([*stacks, *late]), max([*stacks, *late])
    types = [t for t in EVENT_TYPES if any(row["type"] == t for row in by_month)]
    top = max(sum(stacks.get(m, {}).values()) + late.get(m, 0) for m in range(first, last + 1))
    left, bottom, plot_h = 40, 48, height - 80
    step = (width - left - 10) / (last - first + 1)
    bar = max(1.5, step * 0.75)
    body = [
        '<defs><pattern id="reported-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ddd"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#777" stroke-width="2"/></pattern></defs>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#999"/>',
        f'<text x="{left - 6}" y="{height - bottom - plot_h + 4}" text-anchor="end" class="tick">{top}</text>',
    ]
    span = last - first + 1
    for month in range(first, last + 1):
        x = left + (month - first) * step + (step - bar) / 2
        y: float = height - bottom
        label = _month_label(month)
        segments = [(t, stacks.get(month, {}).get(t, 0), colour(t), "dated") for t in types]
        segments.append(("reported", late.get(month, 0), "url(#reported-hatch)", "reported"))
        for name, n, fill, kind in segments:
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            what = f"{name}: {n}" if kind == "dated" else f"{n} undated, placed by their article's date (reported)"
            body.append(
                f'<rect class="{kind}" data-month="{label}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{fill}"><title>{escape(label)} {escape(what)}</title></rect>'
            )
        if span <= 18 or (month % 12 == 0 and (span <= 12 * 24 or (month // 12) % math.ceil(span / (12 * 24)) == 0)):
            text = label if span <= 18 else label[:4]
            body.append(
                f'<line x1="{x + bar / 2:.1f}" y1="{height - bottom}" x2="{x + bar / 2:.1f}" y2="{height - bottom + 4}" stroke="#999"/>'
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" class="tick">{escape(text)}</text>'
            )
    legend = [(t, colour(t)) for t in types] + ([("reported date", "url(#reported-hatch)")] if late else [])
    for i, (name, fill) in enumerate(legend):
        lx = left + (i % 6) * 110
        ly = height - 22 + (i // 6) * 14 - (14 if len(legend) > 6 else 0)
        body.append(f'<rect x="{lx}" y="{ly}" width="10" height="10" fill="{fill}" stroke="#777" stroke-width="0.5"/>')
        body.append(f'<text x="{lx + 14}" y="{ly + 9}" class="tick">{escape(name)}</text>')
    return Markup(str(_svg(width, height, body, "events per month: own date by type, hatched when reported")) + note)


def bars(items: list[tuple[str, int]], *, width: int = 360, row: int = 20) -> Markup:
    """Horizontal bars with their labels and counts (sectors, event types, months)."""
    if not items:
        return Markup('<p class="empty">Nothing to show.</p>')
    top = max(n for _label, n in items) or 1
    label_w, height = 170, row * len(items) + 4
    body = []
    for i, (label, n) in enumerate(items):
        y = i * row + 2
        w = (width - label_w - 40) * n / top
        body.append(f'<text x="{label_w - 6}" y="{y + row * 0.7:.1f}" text-anchor="end" class="tick">{escape(label)}</text>')
        body.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{row - 6}" fill="{colour(label)}"/>')
        body.append(f'<text x="{label_w + w + 4:.1f}" y="{y + row * 0.7:.1f}" class="tick">{n}</text>')
    return _svg(width, height, body, "bar chart")


def _day_number(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28).toordinal()
    except (ValueError, IndexError):
        return None


def _short(value: float, unit: str) -> str:
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix} {unit}"
    return f"{value:g} {unit}"


def figures(indicators: list[Indicator], *, width: int = 720, height: int = 200) -> Markup:
    """One small chart per metric and unit: actual figures at the end of their period,
    joined by a line, and targets as diamonds at their deadline (or period end)."""
    groups: dict[tuple[str, str], list[Indicator]] = defaultdict(list)
    for indicator in indicators:
        groups[(indicator.metric, indicator.unit)].append(indicator)
    if not groups:
        return Markup('<p class="empty">No figures for this pair.</p>')
    charts = []
    for (metric, unit), found in sorted(groups.items()):
        points = []
        for ind in found:
            when = ind.deadline if ind.kind == "target" and ind.deadline else (ind.period[1] if ind.period else None)
            x = _day_number(when)
            if x is not None:
                points.append((x, ind.value, ind.kind, when, ind))
        if not points:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x0, x1 = min(xs) - 30, max(xs) + 30
        y1 = max(ys) * 1.1 or 1.0
        left, right, top, bottom = 80, 20, 24, 30
        # used only within this iteration, so binding the loop's values late is what is meant
        sx = lambda x: left + (width - left - right) * (x - x0) / (x1 - x0)  # noqa: E731, B023
        sy = lambda y: height - bottom - (height - top - bottom) * y / y1  # noqa: E731, B023
        body = [
            f'<text x="{left}" y="14" class="title">{escape(metric)} ({escape(unit)})</text>',
            f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#999"/>',
            f'<text x="{left - 6}" y="{sy(max(ys)) + 4:.1f}" text-anchor="end" class="tick">{escape(_short(max(ys), unit))}</text>',
        ]
        actual = sorted((p for p in points if p[2] != "target"), key=lambda p: p[0])
        if len(actual) > 1:
            path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y, *_ in actual)
            body.append(f'<polyline points="{path}" fill="none" stroke="#4e79a7" stroke-width="2"/>')
        for x, y, kind, when, _ind in points:
            tip = f"{kind} {_short(y, unit)} {when}"
            if kind == "target":
                cx, cy = sx(x), sy(y)
                body.append(
                    f'<line x1="{left}" y1="{cy:.1f}" x2="{cx:.1f}" y2="{cy:.1f}" stroke="#e15759" stroke-dasharray="4 3"/>'
                    f'<polygon class="target" points="{cx:.1f},{cy - 7:.1f} {cx + 7:.1f},{cy:.1f} {cx:.1f},{cy + 7:.1f} {cx - 7:.1f},{cy:.1f}" '
                    f'fill="#e15759"><title>{escape(tip)}</title></polygon>'
                    f'<text x="{cx:.1f}" y="{height - bottom + 14}" text-anchor="middle" class="tick">deadline {escape(when or "")}</text>'
                )
            else:
                body.append(
                    f'<circle class="actual" cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="5" fill="#4e79a7"><title>{escape(tip)}</title></circle>'
                )
        charts.append(str(_svg(width, height, body, f"{metric} over time")))
    return Markup("".join(charts)) if charts else Markup('<p class="empty">No dated figures for this pair.</p>')


def graph(nodes: list[dict], edges: list[dict], *, size: int = 720, max_nodes: int = 60) -> Markup:
    """A circular graph: countries and organisations around a circle, edges as lines whose
    width grows with the number of events; nodes link to their entity pages."""
    if not edges:
        return Markup('<p class="empty">No events between countries or organisations yet.</p>')
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge["source"]] += edge["weight"]
        degree[edge["target"]] += edge["weight"]
    kept = sorted(nodes, key=lambda n: (-degree[n["key"]], n["key"]))[:max_nodes]
    kept.sort(key=lambda n: (n["type"], n["label"]))
    centre, radius = size / 2, size / 2 - 120
    where = {}
    for i, node in enumerate(kept):
        angle = 2 * math.pi * i / len(kept)
        where[node["key"]] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    top = max(e["weight"] for e in edges)
    body = []
    for edge in edges:
        if edge["source"] in where and edge["target"] in where:
            (x1, y1, _), (x2, y2, _) = where[edge["source"]], where[edge["target"]]
            w = 1 + 7 * edge["weight"] / top
            body.append(
                f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#888" '
                f'stroke-opacity="0.6" stroke-width="{w:.1f}"><title>{escape(edge["source"])} – '
                f'{escape(edge["target"])}: {edge["weight"]} events</title></line>'
            )
    for node in kept:
        x, y, angle = where[node["key"]]
        fill = "#4e79a7" if node["type"] == "COUNTRY" else "#f28e2b"
        anchor = "start" if math.cos(angle) >= 0 else "end"
        dx = 9 if anchor == "start" else -9
        href = escape("/entity/" + quote(node["key"], safe=":"))
        body.append(
            f'<a href="{href}"><circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="{4 + min(10, degree[node["key"]] ** 0.5):.1f}" fill="{fill}"/>'
            f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}" class="tick">{escape(node["label"])}</text></a>'
        )
    return _svg(size, size, body, "relationship graph")


def commitment(item: Any) -> Markup:
    """Targets against actuals for one commitment (an `accords.commitments.Commitment`), as
    `accords.brief.targets.target_chart` lays them out: the target as a bar with a dashed
    line at its value, then its latest readings, each labelled with its period; a partial
    reading (a shorter period than the target's) hatched, with its warning under the chart."""
    from accords.brief.targets import target_chart

    return target_chart_svg(target_chart(item))


def target_chart_svg(chart: Any, *, width: int = 480, row: int = 22) -> Markup:
    """An `accords.brief.targets.TargetChart` as SVG (see `commitment`), its warnings after it."""
    if len(chart.bars) == 1:
        return Markup('<p class="empty">No actuals reported against this target yet.</p>')
    label_w, height = 150, row * len(chart.bars) + 8
    top = max(b.value for b in chart.bars) or 1.0
    scale = (width - label_w - 70) / top
    fills = {"target": "#e15759", "actual": "#4e79a7", "partial": "url(#partial-hatch)"}
    classes = {"target": "target", "actual": "actual", "partial": "actual partial"}
    body = [
        '<defs><pattern id="partial-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect width="6" height="6" fill="#a8c3de"/><line x1="0" y1="0" x2="0" y2="6" stroke="#4e79a7" stroke-width="2"/>'
        "</pattern></defs>"
    ]
    for i, bar in enumerate(chart.bars):
        y = i * row + 4
        span = f"{bar.period[0]} – {bar.period[1]}" if bar.period else "no period"
        tip = f"{bar.kind} {_short(bar.value, chart.unit)} for {span}"
        body.append(
            f'<text x="{label_w - 6}" y="{y + row * 0.65:.1f}" text-anchor="end" class="tick">{escape(bar.label)}</text>'
            f'<rect class="{classes[bar.kind]}" x="{label_w}" y="{y}" width="{max(1.0, bar.value * scale):.1f}" '
            f'height="{row - 7}" fill="{fills[bar.kind]}"><title>{escape(tip)}</title></rect>'
            f'<text x="{label_w + bar.value * scale + 4:.1f}" y="{y + row * 0.65:.1f}" class="tick">'
            f"{escape(_short(bar.value, chart.unit))}</text>"
        )
    x = label_w + chart.bars[0].value * scale
    body.append(f'<line x1="{x:.1f}" y1="2" x2="{x:.1f}" y2="{height - 2}" stroke="#e15759" stroke-dasharray="4 3"/>')
    svg = _svg(width, height, body, f"{chart.metric}: target against actuals")
    notes = "".join(f'<p class="warning partial-period" role="note">⚠ {escape(w)}</p>' for w in chart.warnings)
    return Markup(str(svg) + notes)
