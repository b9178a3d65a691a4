# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit chain, filterable, with a whole-vault "verify" run in a worker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.models.audit_table import AuditFilter, AuditTableModel
from defenderdoc.vault.verify import VerifyReport

SHOWN = 2000


class AuditPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.filter = QLineEdit(placeholderText=self.tr("Filter by action, record or person…"))
        self.filter.setAccessibleName(self.tr("Filter the audit log"))
        self.verify_button = QPushButton(self.tr("Verify the vault"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.model = AuditTableModel()
        self.proxy = AuditFilter(self.model)
        self.filter.textChanged.connect(self.proxy.set_needle)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Audit log"))
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.set_entries(self.ctx.services.list_audit(limit=SHOWN))
        # Widths from the newest rows only: measuring all 2,000 costs what the model saves.
        for column, width in enumerate(self._widths()):
            self.table.setColumnWidth(column, width)

    def _widths(self) -> list[int]:
        metrics = self.table.fontMetrics()
        rows = range(min(self.model.rowCount(), 50))
        widths = []
        for column in range(self.model.columnCount() - 1):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            texts = [title, *(self.model.text(row, column) for row in rows)]
            widths.append(max(metrics.horizontalAdvance(t) for t in texts) + 16)
        return widths

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setText(
            self.tr("Verifying the database, every evidence file and the audit chain…")
        )
        self.ctx.tasks.run(
            self.ctx.services.verify,
            self._verified,
            self._failed,
            on_progress=lambda done, total, _label: self.result.setText(
                self.tr("Verifying… %1 of %2").replace("%1", str(done)).replace("%2", str(total))
            ),
        )

    def _verified(self, report: object) -> None:
        self.verify_button.setEnabled(True)
        if isinstance(report, VerifyReport):
            headline = (
                self.tr("Everything verified: nothing is damaged or missing.")
                if report.ok
                else self.tr("Problems found — restore from a backup.")
            )
            self.result.setText("\n".join([headline, *self._report_lines(report)]))
        self.refresh()

    def _report_lines(self, report: VerifyReport) -> list[str]:
        """The report in the interface's language; problem details stay as found."""
        database = (
            self.tr("Database: intact") if report.database_ok else self.tr("Database: damaged")
        )
        lines = [database, *(f"  {p}" for p in report.database_problems)]
        lines.append(
            self.tr("Evidence files: %1 checked, %2 damaged or missing")
            .replace("%1", str(report.blobs_checked))
            .replace("%2", str(len(report.blob_problems)))
        )
        lines += [f"  {p}" for p in report.blob_problems]
        if report.orphan_blobs:
            lines.append(
                self.tr("Evidence files without a record (kept, not deleted): %1").replace(
                    "%1", str(len(report.orphan_blobs))
                )
            )
        audit = (
            self.tr("Audit log: %1 entries, intact")
            if not report.audit_problems
            else self.tr("Audit log: %1 entries, BROKEN")
        )
        lines.append(audit.replace("%1", str(report.audit_entries)))
        return lines + [f"  {p}" for p in report.audit_problems]

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result.setText(user_message(error))

    def clear(self) -> None:
        self.model.clear()
        self.result.clear()
