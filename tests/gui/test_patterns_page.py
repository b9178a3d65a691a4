# SPDX-License-Identifier: GPL-3.0-or-later
"""The Patterns page shows exact counts inside, suppressed ones on the way out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis
from pytestqt.qtbot import QtBot

from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.views.patterns_page import PatternsPage, _short


def test_crosstab_suppression_listing_and_export(
    qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path
) -> None:
    create_demo_vault(gui_ctx.services, tmp_path / "demo.ddoc", DEMO_PASSPHRASE)
    page = PatternsPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.rows.setCurrentIndex(page.rows.findData("incident_type:top"))
    page.cols.setCurrentIndex(page.cols.findData("migration_stage"))
    page.refresh()
    qtbot.waitUntil(
        lambda: page.table_data is not None and page.table.rowCount() > 5, timeout=20_000
    )
    exact = {
        page.table.item(r, c).text()
        for r in range(page.table.rowCount())
        for c in range(page.table.columnCount())
    }
    assert "<5" not in exact  # inside the vault: exact counts
    _chart_reads_like_the_table(page)
    page.as_leaves.setChecked(True)
    shown = {
        page.table.item(r, c).text()
        for r in range(page.table.rowCount())
        for c in range(page.table.columnCount())
    }
    assert "<5" in shown
    page.as_leaves.setChecked(False)
    page._list_cell(0, 0)  # e.g. threats at origin: the incidents behind the number
    assert page.cell_list.count() == int(page.table.item(0, 1).text())
    table = page.table_data
    assert table is not None
    gui_ctx.services.export_table(table, tmp_path / "out.csv", threshold=5)
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text())))
    values = [v for row in rows[1:] for v in row[1:]]
    assert all(v in ("suppressed", "0") or int(v) >= 5 for v in values)
    page.clear()
    assert page.table.rowCount() == 0
    assert page.table_data is None
    gui_ctx.services.lock()


def _chart_reads_like_the_table(page: PatternsPage) -> None:
    """Names beside the bars are whole words, never Qt's "…" stand-ins, and the first
    row of the table is the top bar."""
    [axis] = [a for a in page.bar_chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert not axis.truncateLabels()
    names = axis.categories()
    first = page.table.item(0, 0).text()
    assert names[-1] == _short(first)  # Qt draws the last category at the top
    assert all(len(name) <= 30 for name in names)


def test_short_names_are_cut_at_a_word() -> None:
    assert _short("Threats") == "Threats"
    assert _short("Intimidation or reprisal for cooperation with the UN") == (
        "Intimidation or reprisal for…"
    )
