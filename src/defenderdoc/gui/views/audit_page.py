# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit chain, filterable, with a whole-vault "verify" run in a worker."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.i18n import format_datetime
from defenderdoc.gui.messages import user_message
from defenderdoc.i18n import QT_TRANSLATE_NOOP
from defenderdoc.vault.verify import VerifyReport

SHOWN = 2000
#: The codes the audit chain stores, in words; an unknown code is shown as stored.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "Deleted"),
    "bulk_create": QT_TRANSLATE_NOOP("AuditLabels", "Imported in bulk"),
    "custody": QT_TRANSLATE_NOOP("AuditLabels", "Evidence received (custody)"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Exported"),
    "export_failed": QT_TRANSLATE_NOOP("AuditLabels", "Export failed"),
    "verify": QT_TRANSLATE_NOOP("AuditLabels", "Verified"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "Backed up"),
}
RECORDS = {
    "incident": QT_TRANSLATE_NOOP("AuditLabels", "Incident"),
    "incident_type": QT_TRANSLATE_NOOP("AuditLabels", "Incident type"),
    "perpetrator": QT_TRANSLATE_NOOP("AuditLabels", "Perpetrator"),
    "victim": QT_TRANSLATE_NOOP("AuditLabels", "Victim link"),
    "authority_action": QT_TRANSLATE_NOOP("AuditLabels", "Authorities' response"),
    "followup": QT_TRANSLATE_NOOP("AuditLabels", "Follow-up action"),
    "risk_assessment": QT_TRANSLATE_NOOP("AuditLabels", "Risk assessment"),
    "source": QT_TRANSLATE_NOOP("AuditLabels", "Source"),
    "person": QT_TRANSLATE_NOOP("AuditLabels", "Person"),
    "organisation": QT_TRANSLATE_NOOP("AuditLabels", "Organisation"),
    "consent": QT_TRANSLATE_NOOP("AuditLabels", "Consent"),
    "evidence": QT_TRANSLATE_NOOP("AuditLabels", "Evidence"),
    "custom_term": QT_TRANSLATE_NOOP("AuditLabels", "Vocabulary term"),
    "export_log": QT_TRANSLATE_NOOP("AuditLabels", "Export record"),
    "dossier": QT_TRANSLATE_NOOP("AuditLabels", "Dossier"),
    "statistics": QT_TRANSLATE_NOOP("AuditLabels", "Statistics"),
    "vault": QT_TRANSLATE_NOOP("AuditLabels", "Vault"),
    "meta": QT_TRANSLATE_NOOP("AuditLabels", "Vault settings"),
}


def readable_details(text: str) -> str:
    """``{"count": 2, "fields": ["a", "b"]}`` as "count: 2; fields: a, b"; ``{}`` as nothing."""
    try:
        details = json.loads(text) if text else {}
    except ValueError:
        return text
    if not isinstance(details, dict):
        return text
    return "; ".join(
        f"{key}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
        for key, value in details.items()
    )


def label(words: dict[str, str], code: str) -> str:
    """The translated words for a stored code, or the code itself if it is new."""
    return QCoreApplication.translate("AuditLabels", words[code]) if code in words else code


class AuditPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.filter = QLineEdit(placeholderText=self.tr("Filter by action, record or person…"))
        self.filter.setAccessibleName(self.tr("Filter the audit log"))
        self.filter.textChanged.connect(self._apply_filter)
        self.verify_button = QPushButton(self.tr("Verify the vault"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("When (UTC)"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Details"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Audit log"))
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        entries = self.ctx.services.list_audit(limit=SHOWN)
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            values = (
                str(e.seq),
                format_datetime(e.at, seconds=True),  # UTC, as the column says
                e.actor,
                label(ACTIONS, e.action),
                f"{label(RECORDS, e.entity)} {e.entity_id or ''}".strip(),
                readable_details(e.details),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        for column in (1, 3, 4):  # date and time, action and record each on one line
            self.table.resizeColumnToContents(column)
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle = self.filter.text().lower()
        for row in range(self.table.rowCount()):
            cells = (self.table.item(row, c) for c in range(6))
            text = " ".join(cell.text() for cell in cells if cell is not None).lower()
            self.table.setRowHidden(row, bool(needle) and needle not in text)

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
        self.table.setRowCount(0)
        self.result.clear()
