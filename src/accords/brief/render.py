"""A `Brief` as Markdown or HTML: the same sections in the same order, every line ending
with its evidence (article id and character span). No query here: `accords.brief.build`
gathers, this module only lays out."""

from __future__ import annotations

from html import escape

from accords.brief import Brief, Line

#: (heading, the brief's field) in the order a brief reads.
SECTIONS = (
    ("Key events", "events"),
    ("Signings", "signings"),
    ("Targets against latest actuals", "targets"),
    ("Quotes: {a_name}", "quotes_a"),
    ("Quotes: {b_name}", "quotes_b"),
    ("People named", "people"),
    ("Projects named", "projects"),
)


def sections(brief: Brief) -> list[tuple[str, tuple[Line, ...]]]:
    """The brief's sections with their headings, names filled in."""
    return [(heading.format(a_name=brief.a_name, b_name=brief.b_name), getattr(brief, field))
            for heading, field in SECTIONS]


def line_text(line: Line) -> str:
    """``2021-09-14 - AZE+TUR: roadmap: ... [af5c...:120-245]``."""
    when = f"{line.when} - " if line.when else ""
    ref = f" [{line.source.ref}]" if line.source else ""
    return f"{when}{line.text}{ref}"


def markdown(brief: Brief) -> str:
    """The brief as Markdown: a heading per section, a bullet per line."""
    out = [f"# Brief: {brief.title}", "", "## What changed", ""]
    out += [f"- {text}" for text in brief.changes]
    for heading, lines in sections(brief):
        out += ["", f"## {heading}", ""]
        out += [f"- {_md(line_text(line))}" for line in lines] or ["- none"]
    out += ["", "## Sources", ""]
    out += [f"- `{s.id}` {s.published[:10] if s.published else 'undated'} {s.outlet or ''}: {_md(s.title)}"
            + (f" <{s.url}>" if s.url else "") for s in brief.sources] or ["- none"]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("\n", " ")


def html(brief: Brief) -> str:
    """The brief as a standalone HTML page; each line's evidence links to the dashboard's
    article page at the span (``/article/ID#START-END``)."""
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Brief: {escape(brief.title)}</title></head><body>",
        f"<h1>Brief: {escape(brief.title)}</h1>", "<h2>What changed</h2><ul>",
        *(f"<li>{escape(text)}</li>" for text in brief.changes), "</ul>",
    ]
    for heading, lines in sections(brief):
        parts.append(f"<h2>{escape(heading)}</h2><ul>")
        parts += [_html_line(line) for line in lines] or ["<li>none</li>"]
        parts.append("</ul>")
    parts.append("<h2>Sources</h2><ul>")
    for s in brief.sources:
        title = f'<a href="{escape(s.url)}">{escape(s.title)}</a>' if s.url else escape(s.title)
        parts.append(f"<li><code>{escape(s.id)}</code> {escape(s.published[:10] if s.published else 'undated')} "
                     f"{escape(s.outlet or '')}: {title}</li>")
    parts += ["</ul>", "</body></html>"]
    return "\n".join(parts) + "\n"


def _html_line(line: Line) -> str:
    when = f"<time>{escape(line.when)}</time> " if line.when else ""
    ref = ""
    if line.source:
        s = line.source
        ref = f' <a class="evidence" href="/article/{escape(s.article_id)}#{s.start}-{s.end}">[{escape(s.ref)}]</a>'
    return f"<li>{when}{escape(line.text)}{ref}</li>"
