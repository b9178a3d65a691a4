# SPDX-License-Identifier: GPL-3.0-or-later
"""One PDF page of statistics: a bar chart of the totals and the suppressed table.

Only ever given a suppressed table (see ``PatternServices.export_table``); a
suppressed cell is printed as its marker and its bar is left out, so neither the
text nor the drawing can reveal it.
"""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from defenderdoc.export.fonts import BOLD, REGULAR, register_fonts
from defenderdoc.stats import DEFAULT_MARKER, CrossTab
from defenderdoc.stats.render import grid, notes

MAX_BARS = 15


def _chart(table: CrossTab, width: float, height: float) -> Drawing:
    labels, values = [], []
    for index, key in enumerate(table.rows.keys[:MAX_BARS]):
        total = table.cell(key)  # the row total in a 2-D table, the value in a 1-D one
        if not total.suppressed:
            labels.append(table.rows.labels[index][:40])
            values.append(total.value)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 170, 10, width - 190, height - 20
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or ["—"]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#1f4e79")
    drawing.add(chart)
    return drawing


def render_table_pdf(table: CrossTab, title: str) -> bytes:
    register_fonts()
    out = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(out, pagesize=(width, height), invariant=1, pageCompression=1)
    canvas.setTitle("")
    canvas.setAuthor("")
    canvas.setCreator("")
    canvas.setProducer("")
    canvas.setFont(BOLD, 14)
    canvas.drawString(15 * mm, height - 18 * mm, title)
    _chart(table, width - 30 * mm, 70 * mm).drawOn(canvas, 15 * mm, height - 95 * mm)
    y = height - 105 * mm
    marker = f"<{table.threshold}" if table.threshold else DEFAULT_MARKER
    rows = [row[:13] for row in grid(table, marker)]
    first = 60 * mm
    col_width = (width - 30 * mm - first) / max(1, len(rows[0]) - 1 if rows else 1)
    for r, row in enumerate(rows[:28]):
        canvas.setFont(BOLD if r == 0 else REGULAR, 7)
        canvas.drawString(15 * mm, y, str(row[0])[:48])
        for c, text in enumerate(row[1:]):
            x = 15 * mm + first + (c + 1) * col_width - 2 * mm
            canvas.drawRightString(x, y, str(text)[: int(col_width / 3.4)])
        y -= 4.2 * mm
    canvas.setFont(REGULAR, 7)
    for note in notes(table):
        y -= 2 * mm
        canvas.drawString(15 * mm, y, note[:180])
    canvas.showPage()
    canvas.save()
    return out.getvalue()
