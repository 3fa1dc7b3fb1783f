"""A `Brief` as PDF through fpdf2 (pure Python, pinned in pyproject): the Markdown
renderer's lines, laid out with headings.

The text is set in an embedded Unicode TrueType font (`accords.brief.fonts`: DejaVu Sans,
else the pinned Source Sans Pro), so "Şuşa" and "Baku–Ankara" print as written; a character
the font lacks becomes ``?`` (the Markdown and HTML forms keep every character).
"""

from __future__ import annotations

from typing import Any

from accords.brief import Brief, amount
from accords.brief.fonts import BriefFont, brief_font, covered
from accords.brief.render import line_text, sections
from accords.brief.targets import TargetChart

#: Fill colours of a chart's bars (RGB), as on the dashboard: target red, actual blue,
#: partial reading pale blue.
_FILLS = {"target": (225, 87, 89), "actual": (78, 121, 167), "partial": (168, 195, 222)}


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
        if title.startswith("Targets"):
            for chart in brief.target_charts:
                _draw(doc, chart, font)
    doc.ln(2)
    heading("Sources", 12)
    for s in brief.sources:
        bullet(f"{s.id} {s.published[:10] if s.published else 'undated'} {s.outlet or ''}: {s.title}"
               + (f" {s.url}" if s.url else ""))
    return bytes(doc.output())


def _draw(doc: Any, chart: TargetChart, font: BriefFont) -> None:
    """A target chart as bars: a label column, a bar scaled to the largest value, the value;
    a partial reading in a paler fill, marked "(partial)", and its warning after the bars."""
    if len(chart.bars) == 1:
        return
    doc.ln(1)
    doc.set_font(font.family, "B", 9)
    doc.cell(0, 5, covered(f"{chart.title}: target against actuals", font.bold), new_x="LMARGIN", new_y="NEXT")
    doc.set_font(font.family, "", 8)
    top = max(b.value for b in chart.bars) or 1.0
    label_w, bar_w, row = 48.0, 100.0, 5.5
    for bar in chart.bars:
        if doc.will_page_break(row):
            doc.add_page()
        x, y = doc.l_margin, doc.get_y()
        label = bar.label + (" (partial)" if bar.kind == "partial" else "")
        doc.cell(label_w, row, covered(label, font.regular))
        doc.set_fill_color(*_FILLS[bar.kind])
        width = max(0.5, bar_w * bar.value / top)
        doc.rect(x + label_w, y + 1, width, row - 2, style="F")
        doc.set_xy(x + label_w + width + 2, y)
        doc.cell(30, row, covered(amount(bar.value, chart.unit), font.regular), new_x="LMARGIN", new_y="NEXT")
    for warning in chart.warnings:
        doc.set_font(font.family, "B", 8)
        doc.multi_cell(0, 4, covered(f"Warning: {warning}", font.bold), new_x="LMARGIN", new_y="NEXT")
