"""A `Brief` as PDF through fpdf2 (pure Python, pinned in pyproject): the Markdown
renderer's lines, laid out with headings.

The text is set in an embedded Unicode TrueType font (`accords.brief.fonts`: DejaVu Sans,
else the pinned Source Sans Pro), so "Şuşa" and "Baku–Ankara" print as written; a character
the font lacks becomes ``?`` (the Markdown and HTML forms keep every character).
"""

from __future__ import annotations

from accords.brief import Brief
from accords.brief.fonts import brief_font, covered
from accords.brief.render import line_text, sections


def pdf(brief: Brief) -> bytes:
    """The brief as the bytes of a PDF document."""
    from fpdf import FPDF

    font = brief_font()
    doc = FPDF(format="A4")
    doc.add_font(font.family, "", str(font.regular))
    doc.add_font(font.family, "B", str(font.bold))
    doc.set_auto_page_break(auto=True, margin=15)
    doc.add_page()
    doc.set_title(f"Brief: {brief.title}")

    def heading(text: str, size: int) -> None:
        doc.set_font(font.family, "B", size)
        doc.multi_cell(0, size * 0.5, covered(text, font.bold), new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)

    def bullet(text: str) -> None:
        doc.set_font(font.family, "", 9)
        doc.multi_cell(0, 4.5, covered(f"- {text}", font.regular), new_x="LMARGIN", new_y="NEXT")

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
