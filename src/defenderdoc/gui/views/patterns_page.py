# SPDX-License-Identifier: GPL-3.0-or-later
"""Patterns: a cross-tabulation with its chart, the monthly trend, and warning signals.

Inside the vault the exact counts are shown; the "as it would leave" switch shows
the suppressed table that an export writes, with small cells greyed as "<5".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from defenderdoc import stats
from defenderdoc.domain.records import IncidentFilter
from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.i18n import format_date
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.widgets.file_dialogs import save_file
from defenderdoc.gui.widgets.incident_filters import IncidentFilterControls

#: Row/column dimensions offered, with the level used for hierarchical ones.
CHOICES = (
    "incident_type:top",
    "perpetrator_type:top",
    "state_link",
    "country",
    "migration_stage",
    "setting",
    "year",
    "quarter",
    "month",
    "age_group",
    "gender_identity",
    "migration_status",
    "nationality",
    "disability",
    "occupation_sector",
)
#: Dimensions a clicked cell can be listed by, and how they map to incident filters.
FIRST_COLUMN_MAX = 260  # px: long category names give way to the counts (full name in a tooltip)
DRILL = {"country": "countries", "migration_stage": "migration_stages", "status": "statuses"}


def _short(label: str, limit: int = 30) -> str:
    """A category name that fits beside its bar; cut at a word, with "…" when cut."""
    if len(label) <= limit:
        return label
    return label[: limit - 1].rsplit(" ", 1)[0] + "…"


class PatternsPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.table_data: stats.CrossTab | None = None
        self.rows, self.cols = QComboBox(), QComboBox()
        self.cols.addItem(self.tr("(none)"), None)
        for spec in CHOICES:
            label = QCoreApplication.translate(
                "Patterns", stats.DIMENSIONS[spec.split(":")[0]].label
            )
            self.rows.addItem(label, spec)
            self.cols.addItem(label, spec)
        self.cols.setCurrentIndex(self.cols.findData("country"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Incidents"), "incidents")
        self.unit.addItem(self.tr("Affected persons"), "persons")
        self.threshold = QSpinBox(minimum=2, maximum=50, value=stats.DEFAULT_THRESHOLD)
        self.as_leaves = QCheckBox(
            self.tr("Show as it would leave the vault (small cells suppressed)")
        )
        for widget in (self.rows, self.cols, self.unit):
            widget.currentIndexChanged.connect(self.refresh)
        self.threshold.valueChanged.connect(self._show_table)
        self.as_leaves.toggled.connect(self._show_table)
        csv_button = QPushButton(self.tr("Export CSV…"))
        csv_button.clicked.connect(lambda: self.export("csv"))
        pdf_button = QPushButton(self.tr("Export PDF page…"))
        pdf_button.clicked.connect(lambda: self.export("pdf"))
        form = QFormLayout()
        form.addRow(self.tr("Rows"), self.rows)
        form.addRow(self.tr("Columns"), self.cols)
        form.addRow(self.tr("Count"), self.unit)
        form.addRow(self.tr("Suppress cells below"), self.threshold)
        form.addRow(self.as_leaves)
        buttons = QHBoxLayout()
        buttons.addWidget(csv_button)
        buttons.addWidget(pdf_button)
        form.addRow(buttons)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Cross-tabulation"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.cellActivated.connect(self._on_cell)
        self.table.cellClicked.connect(self._on_cell)
        self.chart = QChartView()
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(240)
        self.trend = QChartView()
        self.trend.setMinimumHeight(160)
        # One chart per view for the page's life: replacing a view's chart deletes the
        # old one in C++, and Python's wrapper deleting it again crashed under GC.
        self.bar_chart, self.trend_chart = QChart(), QChart()
        self.chart.setChart(self.bar_chart)
        self.trend.setChart(self.trend_chart)
        self.notes = QLabel(wordWrap=True)
        self.cell_list = QListWidget()
        self.cell_list.setAccessibleName(self.tr("Incidents in the selected cell"))
        self.cell_list.itemActivated.connect(
            lambda item: ctx.events.open_incident.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.signals = QListWidget()
        self.signals.setAccessibleName(self.tr("Signals"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(form)
        side_layout.addWidget(QLabel(self.tr("Signals: escalation and possible reprisals")))
        side_layout.addWidget(self.signals, 1)
        side_layout.addWidget(QLabel(self.tr("Incidents in the selected cell (in the vault only)")))
        side_layout.addWidget(self.cell_list, 1)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        self.filters = IncidentFilterControls()
        self.filters.changed.connect(self.refresh)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("Only incidents")))
        dates.addWidget(self.filters.date_from)
        dates.addWidget(self.filters.date_to)
        dates.addStretch(1)
        self._filter_bar = QHBoxLayout()
        main_layout.addLayout(dates)
        main_layout.addLayout(self._filter_bar)
        # Table and chart share the height in tabs: stacked, the chart had too little
        # room for its category names and Qt elided them to "…".
        self.views = QTabWidget()
        self.views.addTab(self.table, self.tr("Table"))
        self.views.addTab(self.chart, self.tr("Chart"))
        main_layout.addWidget(self.views, 3)
        main_layout.addWidget(self.notes)
        main_layout.addWidget(self.trend, 1)
        splitter = QSplitter()
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setSizes([720, 320])
        splitter.setStretchFactor(0, 3)  # the table grows with the window, the side less
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._generation = 0

    # ---------------------------------------------------------------- loading
    def current_filter(self) -> stats.StatsFilter:
        """The incidents the table and the trend count (signals always look at all)."""
        return stats.StatsFilter(self.filters.incident_filter(self.ctx.services))

    def refresh(self) -> None:
        if not self.ctx.services.is_unlocked:
            return
        for combo in self.filters.build(self.ctx.services, self.ctx.language):
            self._filter_bar.addWidget(combo)
        if self.filters.bad_dates():
            self.notes.setText(self.tr("Write dates as YYYY-MM-DD, for example 2026-03-14."))
            return
        self._generation += 1
        generation = self._generation
        services, lang, flt = self.ctx.services, self.ctx.language, self.current_filter()
        rows, cols, unit = self.rows.currentData(), self.cols.currentData(), self.unit.currentData()

        def compute() -> tuple[object, ...]:
            table = services.crosstab(rows, cols, unit=unit, flt=flt, lang=lang)
            series = services.monthly_series(flt, unit=unit)
            signals = services.escalations("perpetrator_type:top", lang=lang)
            reprisals = services.possible_reprisals()
            return table, series, signals, reprisals

        def done(result: object) -> None:
            if generation != self._generation or not isinstance(result, tuple):
                return
            self.table_data, series, signals, reprisals = result
            self._show_table()
            self._show_trend(series)
            self._show_signals(signals, reprisals)

        self.ctx.tasks.run(compute, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.notes.setText(user_message(error))

    def shown(self) -> stats.CrossTab | None:
        if self.table_data is None:
            return None
        if self.as_leaves.isChecked():
            return stats.suppress(self.table_data, self.threshold.value())
        return self.table_data

    def _show_table(self) -> None:
        table = self.shown()
        if table is None:
            return
        marker = f"<{self.threshold.value()}"
        grid = stats.render.grid(table, marker)
        self.table.clear()
        self.table.setRowCount(len(grid) - 1)
        self.table.setColumnCount(len(grid[0]))
        # The corner names both axes; on two lines it does not widen the first column.
        self.table.setHorizontalHeaderLabels([grid[0][0].replace(" / ", "\n"), *grid[0][1:]])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(grid[1:]):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if text == marker:
                    item.setForeground(QColor("gray"))
                if not c:
                    item.setToolTip(text)  # the full name, when the column cuts it short
                self.table.setItem(r, c, item)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), FIRST_COLUMN_MAX))
        self.notes.setText("\n".join(stats.render.notes(table)))
        self._show_chart(table)

    def _show_chart(self, table: stats.CrossTab) -> None:
        bars = QBarSet(self.unit.currentText())
        shown = [
            (_short(label), cell.value)
            for key, label in zip(table.rows.keys[:15], table.rows.labels, strict=False)
            if not (cell := table.cell(key)).suppressed
        ]
        shown.reverse()  # Qt draws the first bar at the bottom; the table reads top down
        names = [name for name, _value in shown]
        for _name, value in shown:
            bars.append(value)
        series = QHorizontalBarSeries()  # long category names stay readable on the side
        series.append(bars)
        chart = _emptied(self.bar_chart)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.setTruncateLabels(False)  # Qt gives labels a fixed share and writes "…"
        axis.append(names)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        chart.legend().setVisible(False)
        chart.setTitle(table.rows.label)

    def _show_trend(self, series: stats.MonthlySeries) -> None:
        line = QLineSeries()
        for month, count in zip(series.months, series.counts, strict=False):
            when = QDateTime.fromString(f"{month}-01T00:00:00", Qt.DateFormat.ISODate)
            line.append(when.toMSecsSinceEpoch(), count)
        chart = _emptied(self.trend_chart)
        chart.addSeries(line)
        time_axis = QDateTimeAxis()
        time_axis.setFormat("yyyy-MM")
        chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(time_axis)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(counts)
        chart.legend().setVisible(False)
        first = series.months[0] if series.months else ""
        last = series.months[-1] if series.months else ""
        chart.setTitle(
            self.tr("Per month, %1 to %2").replace("%1", str(first)).replace("%2", str(last))
        )

    def _show_signals(
        self, signals: list[stats.EscalationSignal], reprisals: list[stats.ReprisalCandidate]
    ) -> None:
        self.signals.clear()
        for s in signals:
            self.signals.addItem(
                self.tr("Escalating: %1 — %2 in the last 90 days (expected %3)")
                .replace("%1", s.label)
                .replace("%2", str(s.recent))
                .replace("%3", f"{s.expected:.1f}")
            )
        for r in reprisals:
            self.signals.addItem(
                self.tr("Possible reprisal: incident %1, %2 days after export %3 to %4")
                .replace("%1", str(r.incident_id))
                .replace("%2", str(r.days_after))
                .replace("%3", str(r.export_id))
                .replace("%4", r.recipient)
            )
        if not signals and not reprisals:
            self.signals.addItem(self.tr("No signal at the moment."))

    # ----------------------------------------------------------- cell listing
    def _on_cell(self, row: int, col: int) -> None:
        """Column 0 holds the labels; a count cell lists its incidents."""
        if col > 0:
            self._list_cell(row, col - 1)

    def _list_cell(self, row: int, col: int) -> None:
        table = self.table_data
        self.cell_list.clear()
        if table is None or row >= len(table.rows.keys):
            return
        flt = self.filters.incident_filter(self.ctx.services)  # the table's own filter…
        cell = [(table.rows.dimension, table.rows.keys[row])]  # …and the cell's categories
        if table.cols is not None and col < len(table.cols.keys):
            cell.append((table.cols.dimension, table.cols.keys[col]))
        narrowed = [self._narrow(flt, dimension, key) for dimension, key in cell]
        if False in narrowed:
            return  # the cell lies outside the filter: no incident to list
        if None in narrowed:
            self.cell_list.addItem(
                self.tr(
                    "Listing is available for incident type, "
                    "perpetrator type, country and stage of migration."
                )
            )
            return
        for summary in self.ctx.services.list_incidents(flt, limit=500):
            self.cell_list.addItem(f"{summary.start_date or ''}  {summary.title}")
            self.cell_list.item(self.cell_list.count() - 1).setData(
                Qt.ItemDataRole.UserRole, summary.id
            )

    def _narrow(self, flt: IncidentFilter, dimension: str, key: str) -> bool | None:
        """Narrow ``flt`` to the cell's category; where the page's filter already
        chose values for the same field, only those in both remain (``False`` when
        none does). ``None``: incidents cannot be listed by this dimension."""
        name = dimension.split(":", maxsplit=1)[0]
        if name in ("incident_type", "perpetrator_type"):
            vocab = self.ctx.services.vocabulary(name)
            codes = [t.code for t in vocab if t.code == key or t.code.startswith(key + ".")]
            field = "types" if name == "incident_type" else "perpetrator_types"
        elif name in DRILL:
            codes, field = [key], DRILL[name]
        else:
            return None
        chosen = getattr(flt, field)
        setattr(flt, field, [c for c in codes if c in chosen] if chosen else codes)
        return bool(getattr(flt, field))

    # ----------------------------------------------------------------- export
    def export(self, fmt: str) -> None:
        """Check earlier exports, ask, write: the audit query and the rendering run in
        workers, the questions on the GUI thread."""
        table = self.table_data
        if table is None:
            return
        self.ctx.tasks.run(
            lambda: self.ctx.services.differencing_exports(table),
            lambda earlier: self._write(table, fmt, list(earlier)),
            self._failed,
        )

    def _write(self, table: stats.CrossTab, fmt: str, earlier: list[dt.datetime]) -> None:
        if earlier and not self._differencing_accepted(earlier[-1]):
            return
        target = save_file(self, self.tr("Export statistics"), f"statistics.{fmt}")
        if target is None:
            return
        title = (
            self.tr("%1 by %2")
            .replace("%1", self.unit.currentText())
            .replace("%2", self.rows.currentText())
        )
        if criteria := self.filters.describe():
            title += f" ({criteria})"
        services, threshold, language = self.ctx.services, self.threshold.value(), self.ctx.language

        def written(digest: object) -> None:
            self.ctx.events.status_message.emit(
                self.tr("Statistics written with small cells suppressed; SHA-256 %1").replace(
                    "%1", str(digest)[:16]
                )
            )

        self.ctx.tasks.run(  # nothing half-written remains if it fails
            lambda: services.export_table(
                table, target, fmt=fmt, threshold=threshold, title=title, language=language
            ),
            written,
            self._failed,
        )

    def _differencing_accepted(self, last: dt.datetime) -> bool:
        """Warn before a table that could be subtracted from one already sent."""
        answer = QMessageBox.warning(
            self,
            self.tr("A similar table has left the vault"),
            self.tr(
                "A table of the same categories, counted under a different filter, was "
                "exported on %1. Whoever receives both can subtract one from the other "
                "and recover cells that suppression hides. Export this one anyway?"
            ).replace("%1", format_date(last.date())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def clear(self) -> None:
        self._generation += 1
        self.table_data = None
        self.table.clear()
        self.table.setRowCount(0)
        self.cell_list.clear()
        self.signals.clear()
        self.notes.clear()
        self.filters.forget()
        for chart in (self.bar_chart, self.trend_chart):
            _emptied(chart).setTitle("")


def _emptied(chart: QChart) -> QChart:
    """Remove the chart's series and axes (the chart itself stays with its view)."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    return chart
