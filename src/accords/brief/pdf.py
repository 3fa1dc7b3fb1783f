"""A `Brief` as PDF through fpdf2 (pure Python, pinned in pyproject): the Markdown
renderer's lines, laid out with headings.

The PDF uses fpdf2's core Helvetica, which covers Latin-1 only; typographic quotes and
dashes are straightened first and any other character outside Latin-1 becomes ``?``, so a
brief always renders (the Markdown and HTML forms keep every character).
"""

from __future__ import annotations

from accords.brief import Brief
from accords.brief.render import line_text, sections

_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                           "\u2026": "...", "\u00a0": " "})


def _latin1(text: str) -> str:
    return text.translate(_STRAIGHT).encode("latin-1", "replace").decode("latin-1")


def pdf(brief: Brief) -> bytes:
    """The brief as the bytes of a PDF document."""
    from fpdf import FPDF

    doc = FPDF(format="A4")
    doc.set_auto_page_break(auto=True, margin=15)
    doc.add_page()
    doc.set_title(_latin1(f"Brief: {brief.title}"))

    def heading(text: str, size: int) -> None:
        doc.set_font("Helvetica", "B", size)
        doc.multi_cell(0, size * 0.5, _latin1(text), new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)

    def bullet(text: str) -> None:
        doc.set_font("Helvetica", "", 9)
        doc.multi_cell(0, 4.5, _latin1(f"- {text}"), new_x="LMARGIN", new_y="NEXT")

    heading(f"Brief: {brief.title}", 16)
    heading("What changed", 12)
    for text in brief.changes:
        bullet(text)
    for title, lines in sections(brief):
        doc.ln(2)
        heading(title, 12)
        for line in lines or ():
            bullet(line_text(line))
        if not lines:
            bullet("none")
    doc.ln(2)
    heading("Sources", 12)
    for s in brief.sources:
        bullet(f"{s.id} {s.published[:10] if s.published else 'undated'} {s.outlet or ''}: {s.title}"
               + (f" {s.url}" if s.url else ""))
    return bytes(doc.output())
