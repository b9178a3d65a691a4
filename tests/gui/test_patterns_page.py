# SPDX-License-Identifier: GPL-3.0-or-later
"""The Patterns page shows exact counts inside, suppressed ones on the way out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.domain.records import IncidentFilter
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.views.patterns_page import PatternsPage, _short
from defenderdoc.stats import StatsFilter


def _demo_page(qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path, cols: str) -> PatternsPage:
    """The page on the demo vault, main incident types by ``cols``, computed."""
    create_demo_vault(gui_ctx.services, tmp_path / "demo.ddoc", DEMO_PASSPHRASE)
    page = PatternsPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.rows.setCurrentIndex(page.rows.findData("incident_type:top"))
    page.cols.setCurrentIndex(page.cols.findData(cols))
    page.refresh()
    qtbot.waitUntil(
        lambda: page.table_data is not None and page.table.rowCount() > 5, timeout=20_000
    )
    return page


def test_crosstab_suppression_listing_and_export(
    qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path
) -> None:
    page = _demo_page(qtbot, gui_ctx, tmp_path, "migration_stage")
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


def test_filters_narrow_the_table_and_the_listing(
    qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path
) -> None:
    page = _demo_page(qtbot, gui_ctx, tmp_path, "country")
    everything = page.table_data
    assert everything is not None

    page.table_data = None
    page.filters.combos["countries"].set_code("MX")  # a picker moved: computed again
    qtbot.waitUntil(lambda: page.table_data is not None, timeout=20_000)
    mexico = page.table_data
    assert mexico is not None
    flt = StatsFilter(IncidentFilter(countries=["MX"]))
    expected = gui_ctx.services.crosstab("incident_type:top", "country", flt=flt)
    assert mexico.total.value == expected.total.value < everything.total.value
    assert page.filters.describe() == "Country: Mexico"  # said in an exported PDF's title
    assert mexico.col_totals == expected.col_totals

    mx = mexico.cols.keys.index("MX") if mexico.cols else -1
    page._list_cell(0, mx)  # threats in Mexico: the listing keeps the filter too
    listed = [
        page.cell_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.cell_list.count())
    ]
    assert listed
    assert {gui_ctx.services.get_incident(i).draft.country for i in listed} == {"MX"}
    assert mexico.cols is not None
    assert mexico.cols.keys == ("MX",)  # only what was chosen
    inside = IncidentFilter(countries=["MX"])
    assert page._narrow(inside, "country", "GT") is False  # outside: list nothing, not all
    assert page._narrow(IncidentFilter(), "setting", "shelter") is None  # not listable

    page.filters.date_from.setText("14/03/2026")
    page.refresh()
    assert "YYYY-MM-DD" in page.notes.text()

    page.clear()  # on lock: the pickers (custom terms are vault content) go too
    assert page.filters.combos == {}
    assert page.filters.date_from.text() == ""
    gui_ctx.services.lock()


def test_an_export_that_could_be_subtracted_from_an_earlier_one_asks_first(
    qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from defenderdoc.gui.views import patterns_page

    page = _demo_page(qtbot, gui_ctx, tmp_path, "country")
    assert page.table_data is not None
    gui_ctx.services.export_table(page.table_data, tmp_path / "everything.csv")
    page.table_data = None
    page.filters.combos["countries"].set_code("MX")
    qtbot.waitUntil(lambda: page.table_data is not None, timeout=20_000)
    target = tmp_path / "mexico.csv"
    monkeypatch.setattr(patterns_page, "save_file", lambda *_args: target)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> object:
        def warning(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
            asked.append(title)
            return reply

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.No))
    page.export("csv")  # the check of earlier exports runs in a worker, then asks
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == ["A similar table has left the vault"]
    gui_ctx.tasks.wait()
    qtbot.wait(50)
    assert not target.exists()  # "No" writes nothing
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    page.export("csv")
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.exists()
    gui_ctx.services.lock()
