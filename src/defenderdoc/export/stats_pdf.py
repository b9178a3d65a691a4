# SPDX-License-Identifier: GPL-3.0-or-later
"""Statistics as PDF pages: a bar chart of the row totals, then the suppressed table.

Only ever given a suppressed table (see ``PatternServices.export_table``); a
suppressed cell is printed as its marker and its bar is left out, so neither the
text nor the drawing can reveal it. Text goes through the dossiers' text setter:
Arabic is shaped and laid out right to left (labels on the right, columns read
from the right), long names wrap instead of being cut, and the table continues
on further pages with its header repeated.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from defenderdoc.export.content import RTL_LANGUAGES
from defenderdoc.export.fonts import BOLD, REGULAR, Line, TextSetter, draw_line
from defenderdoc.export.pdf import RENDER_LOCK, Scrubbed, bare_canvas
from defenderdoc.i18n import QT_TRANSLATE_NOOP, translate
from defenderdoc.stats import DEFAULT_MARKER, CrossTab
from defenderdoc.stats.render import grid, notes

MAX_BARS = 15
MAX_COLUMNS = 12  # count columns beside the names; the CSV export has them all
MARGIN = 15 * mm
SIZE = 7.0  # points, table and chart labels
PITCH = 3.6 * mm  # one text line in the table
LABEL_WIDTH = 62 * mm
CHART_HEIGHT = 70 * mm


class _Page:
    """Draws mirrored for a right-to-left language: ``x`` is measured from the start edge."""

    def __init__(self, canvas: Canvas, setter: TextSetter, width: float, height: float) -> None:
        self.canvas, self.setter = canvas, setter
        self.height = height
        self.inner = width - 2 * MARGIN

    def text(self, line: Line, x: float, y: float, box: float, *, end: bool, font: str) -> None:
        """``line`` in the box starting ``x`` from the start edge, aligned to its start or end."""
        flush_left = end == self.setter.rtl  # start of an RTL box is its right edge
        left = x if not self.setter.rtl else self.inner - x - box
        offset = 0.0 if flush_left else box - line.width
        draw_line(self.canvas, line, MARGIN + left + offset, y, font=font, size=SIZE)

    def wrapped(self, text: str, y: float, *, font: str, size: float, pitch: float) -> float:
        """A paragraph across the page, from the start edge; returns the y below it."""
        for line in self.setter.lines(text, font, size, self.inner):
            left = self.inner - line.width if self.setter.rtl else 0.0
            draw_line(self.canvas, line, MARGIN + left, y, font=font, size=size)
            y -= pitch
        return y


def _chart(page: _Page, table: CrossTab, top: float) -> None:
    shown = [
        (label, cell.value)
        for key, label in zip(table.rows.keys[:MAX_BARS], table.rows.labels, strict=False)
        if not (cell := table.cell(key)).suppressed  # the row total, or the 1-D value
    ]
    if not shown:
        return
    bars_width = page.inner - LABEL_WIDTH - 4 * mm
    chart = HorizontalBarChart()
    chart.x, chart.y = 0, 8
    chart.width, chart.height = bars_width, CHART_HEIGHT - 12
    chart.data = [[value for _label, value in shown]]
    chart.categoryAxis.categoryNames = ["" for _ in shown]  # drawn below, shaped
    chart.categoryAxis.reverseDirection = 1  # the first row on top, as in the table
    chart.valueAxis.reverseDirection = 1 if page.setter.rtl else 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#1f4e79")
    drawing = Drawing(bars_width, CHART_HEIGHT)
    drawing.add(chart)
    bars_left = 0.0 if page.setter.rtl else LABEL_WIDTH + 4 * mm
    bottom = top - CHART_HEIGHT
    drawing.drawOn(page.canvas, MARGIN + bars_left, bottom)
    step = chart.height / len(shown)
    for index, (label, _value) in enumerate(shown):
        [line] = _fitted(page, label, REGULAR, LABEL_WIDTH, most=1)
        y = bottom + chart.y + chart.height - (index + 0.5) * step - SIZE / 3
        page.text(line, 0, y, LABEL_WIDTH, end=True, font=REGULAR)


def _fitted(page: _Page, text: str, font: str, width: float, most: int = 2) -> list[Line]:
    """``text`` in at most ``most`` lines; a longer one is cut at a word, with "…"."""
    lines = page.setter.lines(text, font, SIZE, width)
    words = text.split()
    cut = len(words)
    while len(lines) > most and cut > 1:
        cut -= 1
        lines = page.setter.lines(" ".join(words[:cut]) + "…", font, SIZE, width)
    return lines[:most]


def _fit(rows: list[list[str]], two_way: bool) -> list[list[str]]:
    """At most ``MAX_COLUMNS`` count columns; a two-way table keeps its total column."""
    if len(rows[0]) - 1 <= MAX_COLUMNS:
        return rows
    if two_way:
        return [[*row[:MAX_COLUMNS], row[-1]] for row in rows]
    return [row[: MAX_COLUMNS + 1] for row in rows]


def _table(page: _Page, rows: Sequence[Sequence[str]], top: float) -> float:
    """The grid, continued on new pages with its header; returns the y below it."""
    header, body = rows[0], rows[1:]
    columns = len(header) - 1
    cell_width = (page.inner - LABEL_WIDTH) / max(1, columns)

    def draw_row(row: Sequence[str], y: float, font: str) -> float:
        used = 1
        boxes = [(0.0, LABEL_WIDTH - 2 * mm, False)] + [
            (LABEL_WIDTH + c * cell_width, cell_width - 2 * mm, True) for c in range(columns)
        ]
        for text, (x, box, end) in zip(row, boxes, strict=True):
            lines = _fitted(page, str(text), font, box)
            for n, line in enumerate(lines):
                page.text(line, x, y - n * PITCH, box, end=end, font=font)
            used = max(used, len(lines))
        return float(y - used * PITCH - 1 * mm)

    y = draw_row(header, top, BOLD)
    for row in body:
        if y < MARGIN + 2 * PITCH:
            page.canvas.showPage()
            y = draw_row(header, page.height - MARGIN, BOLD)
        y = draw_row(row, y, REGULAR)
    return y


def render_table_pdf(table: CrossTab, title: str, language: str = "en") -> bytes:
    """The page(s) for ``table``, in ``language``'s direction; no metadata, and a file
    ID derived from what is printed (as for dossiers)."""
    out = io.BytesIO()
    width, height = landscape(A4)
    marker = f"<{table.threshold}" if table.threshold else DEFAULT_MARKER
    full = [list(map(str, row)) for row in grid(table, marker)]
    file_id = hashlib.sha256(repr((title, language, full)).encode()).hexdigest()[:32].encode()
    with RENDER_LOCK:  # the fonts' glyph codes are shared with dossier rendering
        canvas = bare_canvas(file_id)(Scrubbed(out), pagesize=(width, height), invariant=1)
        canvas.setPageCompression(1)
        page = _Page(canvas, TextSetter(language in RTL_LANGUAGES, language), width, height)
        y = page.wrapped(title, height - MARGIN - 14, font=BOLD, size=14, pitch=18)
        _chart(page, table, y - 2 * mm)
        rows = _fit(full, table.cols is not None)
        y = _table(page, rows, y - CHART_HEIGHT - 8 * mm)
        remarks = list(notes(table))
        if len(rows[0]) < len(full[0]):
            remarks.append(_more_columns(len(rows[0]) - 1, len(full[0]) - 1))
        for remark in remarks:
            if y < MARGIN + 2 * PITCH:
                canvas.showPage()
                y = height - MARGIN
            y = page.wrapped(remark, y - 2 * mm, font=REGULAR, size=SIZE, pitch=PITCH)
        canvas.showPage()
        canvas.save()
    return out.getvalue()


def _more_columns(shown: int, total: int) -> str:
    text = translate(
        "Patterns",
        QT_TRANSLATE_NOOP(
            "Patterns",
            "Only %1 of the %2 columns fit on this page; the CSV export has them all.",
        ),
    )
    return text.replace("%1", str(shown)).replace("%2", str(total))
