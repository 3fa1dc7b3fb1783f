"""Charts as inline SVG, drawn on the server: no JavaScript library, nothing from a CDN.

Each function takes plain data and returns `Markup` holding one ``<svg>`` element. Every
text that comes from the store (names, labels) goes through `escape`, so a chart cannot
carry markup from an article. Layouts are deliberately simple: stacked monthly bars, a
horizontal bar list, a figures-over-time chart (actuals as points joined by a line,
targets as diamonds at their deadline), and a circular relationship graph.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date
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


def timeline(by_month: list[dict], *, width: int = 720, height: int = 220) -> Markup:
    """Stacked bars of events per month, one colour per event type, with a legend."""
    if not by_month:
        return Markup('<p class="empty">No dated events.</p>')
    months = sorted({row["month"] for row in by_month})
    types = [t for t in EVENT_TYPES if any(row["type"] == t for row in by_month)]
    stacks: dict[str, dict[str, int]] = defaultdict(dict)
    for row in by_month:
        stacks[row["month"]][row["type"]] = row["count"]
    top = max(sum(stack.values()) for stack in stacks.values())
    left, bottom, plot_h = 40, 40, height - 70
    step = (width - left - 10) / len(months)
    bar = max(2.0, step * 0.7)
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#999"/>']
    body.append(f'<text x="{left - 6}" y="{height - bottom - plot_h + 4}" text-anchor="end" class="tick">{top}</text>')
    for i, month in enumerate(months):
        x = left + i * step + (step - bar) / 2
        y = height - bottom
        for event_type in types:
            n = stacks[month].get(event_type, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour(event_type)}">'
                f"<title>{escape(month)} {escape(event_type)}: {n}</title></rect>"
            )
        if len(months) <= 24 or i % math.ceil(len(months) / 24) == 0:
            body.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle" class="tick">{escape(month)}</text>'
            )
    for i, event_type in enumerate(types):
        lx = left + i * 100
        body.append(f'<rect x="{lx}" y="{height - 16}" width="10" height="10" fill="{colour(event_type)}"/>')
        body.append(f'<text x="{lx + 14}" y="{height - 7}" class="tick">{escape(event_type)}</text>')
    return _svg(width, height, body, "events per month by type")


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
