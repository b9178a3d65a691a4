# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 4 of the dossier builder: the rendered pages, what was withheld, and Export.

The pages on one side and "withheld and why" on the other answer the one
question that matters before anything leaves: exactly what will the recipient
get, and what did the profile and consent keep back. Export stays disabled,
with the reason next to it, until the preview is current and nothing blocks it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.export.builder import DossierPreview
from defenderdoc.export.issues import CONFLICT
from defenderdoc.gui.views.dossier_steps import alert_color, dossier_text
from defenderdoc.gui.widgets.pdf_preview import PdfPreview
from defenderdoc.i18n import QT_TRANSLATE_NOOP

FORMATS = (
    ("pdf", QT_TRANSLATE_NOOP("PreviewStep", "PDF document")),
    (
        "package",
        QT_TRANSLATE_NOOP("PreviewStep", "ZIP package: PDF, JSON, evidence files, SHA-256 list"),
    ),
    ("json", QT_TRANSLATE_NOOP("PreviewStep", "JSON (structured data)")),
    ("csv", QT_TRANSLATE_NOOP("PreviewStep", "CSV (one row per incident)")),
)
FORMAT_NOTES = {
    "pdf": QT_TRANSLATE_NOOP(
        "PreviewStep",
        "Images are printed in the PDF; other files are only listed with their SHA-256.",
    ),
    "package": QT_TRANSLATE_NOOP(
        "PreviewStep", "Every file listed above travels in the package, under its neutral name."
    ),
    "json": QT_TRANSLATE_NOOP(
        "PreviewStep", "The text of the dossier; files are only listed with their SHA-256."
    ),
    "csv": QT_TRANSLATE_NOOP(
        "PreviewStep", "Only the incidents' fields: no narratives, no summary, no files."
    ),
}


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setAccessibleName(name)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a hash's start and end stay visible
    return tree


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class PreviewStep(QWidget):
    """Widgets only: the page decides when to render and runs the export."""

    export_requested = Signal()
    cancel_requested = Signal()
    fix_requested = Signal()
    copy_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.pages_label = QLabel()
        self.pages_label.setWordWrap(True)
        self.render_progress = QProgressBar()
        self.render_progress.setAccessibleName(self.tr("Preparing the pages"))
        self.render_progress.setVisible(False)
        self.pdf = PdfPreview()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pages_label)
        left_layout.addWidget(self.render_progress)
        left_layout.addWidget(self.pdf, 1)

        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.blocked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix = QPushButton(self.tr("Go to “What leaves” to fix it"))
        self.fix.clicked.connect(self.fix_requested)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.withheld = QListWidget()
        self.withheld.setAccessibleName(self.tr("Withheld and why"))
        self.withheld.setWordWrap(True)
        self.withheld.setAlternatingRowColors(True)
        self.withheld.setResizeMode(QListView.ResizeMode.Adjust)
        self.withheld.setSpacing(3)
        self.files = _tree(
            [self.tr("File"), self.tr("SHA-256")], self.tr("Files and their SHA-256")
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._mono = mono
        self.copy_hashes = QPushButton(self.tr("Copy the SHA-256 list"))
        self.copy_hashes.clicked.connect(self._copy_hashes)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Export format"))
        self.format.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.format.setMinimumContentsLength(14)
        for code, label in FORMATS:
            self.format.addItem(self.tr(label), code)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.format_note = QLabel()
        self.format_note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.setVisible(False)
        self.export_progress = QProgressBar()
        self.export_progress.setAccessibleName(self.tr("Export progress"))
        self.export_progress.setVisible(False)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Export result"))

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_progress, 1)
        buttons.addStretch(0)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.blocked)
        side.addWidget(self.fix, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.warnings)
        side.addWidget(_heading(self.tr("Withheld and why")))
        side.addWidget(self.withheld, 3)
        side.addWidget(_heading(self.tr("Files in the dossier, with SHA-256")))
        side.addWidget(self.files, 2)
        side.addWidget(self.copy_hashes, 0, Qt.AlignmentFlag.AlignLeft)
        side.addLayout(form)
        side.addWidget(self.format_note)
        side.addLayout(buttons)
        side.addWidget(self.reason)
        side.addWidget(self.result)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])
        left.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._format_changed()
        self.clear()

    def format_code(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        self.format_note.setText(self.tr(FORMAT_NOTES[self.format_code()]))

    def _copy_hashes(self) -> None:
        lines = []
        for row in range(self.files.topLevelItemCount()):
            item = self.files.topLevelItem(row)
            if item is None:
                continue
            lines.append(f"{item.data(1, Qt.ItemDataRole.UserRole)}  {item.text(0)}")
        if lines:
            self.copy_requested.emit("\n".join(lines) + "\n")

    # ------------------------------------------------------------- preview
    def show_preview(self, preview: DossierPreview) -> None:
        """The side panel: conflicts, warnings, withheld items and the files with hashes."""
        conflicts = [dossier_text(i.message) for i in preview.issues if i.kind == CONFLICT]
        missing = len(preview.issues) - len(conflicts)
        self.blocked.setStyleSheet(f"color: {alert_color(self).name()}")
        self.blocked.setText(
            self.tr("Export is blocked: %1").replace("%1", " ".join(conflicts)) if conflicts else ""
        )
        self.blocked.setVisible(bool(conflicts))
        self.fix.setVisible(bool(conflicts))
        self.warnings.setText(
            self.tr(
                "%n thing(s) the recipient expects are missing (listed in step 3).", "", missing
            )
            if missing
            else ""
        )
        self.warnings.setVisible(bool(missing))
        self.withheld.clear()
        for entry in preview.content.withheld:  # the what on one line, the why below it
            item = QListWidgetItem(f"{entry.what}\n{entry.why}", self.withheld)
            item.setData(Qt.ItemDataRole.UserRole, (entry.what, entry.why))
        if not preview.content.withheld:
            self.withheld.addItem(self.tr("Nothing was withheld."))
        self.files.clear()
        annex = [(i.file_name, i.sha256) for i in preview.content.annex_images] + [
            (f.file_name, f.sha256) for f in preview.content.annex_files
        ]
        for name, digest in annex:
            row = QTreeWidgetItem([name, digest])
            row.setData(1, Qt.ItemDataRole.UserRole, digest)
            row.setFont(1, self._mono)
            row.setToolTip(1, digest)
            self.files.addTopLevelItem(row)
        if not annex:
            self.files.addTopLevelItem(QTreeWidgetItem([self.tr("No files leave."), ""]))
        self.copy_hashes.setEnabled(bool(annex))

    def show_pages_message(self, text: str) -> None:
        self.pages_label.setText("")
        self.pdf.set_message(text)

    def show_pdf(self, data: bytes) -> None:
        pages = self.pdf.show_pdf(data)
        self.pages_label.setText(
            self.tr("%n page(s): exactly the PDF that would be written.", "", pages)
        )

    def set_render_progress(self, done: int, total: int) -> None:
        self.render_progress.setVisible(True)
        self.render_progress.setRange(0, max(total, 1))
        self.render_progress.setValue(done)

    def render_finished(self) -> None:
        self.render_progress.setVisible(False)

    # -------------------------------------------------------------- export
    def set_export_state(self, enabled: bool, reason: str) -> None:
        self.export_button.setEnabled(enabled)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def set_exporting(self, running: bool) -> None:
        self.format.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.export_progress.setVisible(running)
        if running:
            self.export_button.setEnabled(False)
            self.export_progress.setRange(0, 0)
            self.result.clear()

    def set_export_progress(self, done: int, total: int) -> None:
        self.export_progress.setRange(0, max(total, 1))
        self.export_progress.setValue(done)

    def show_result(self, text: str, *, alert: bool = False) -> None:
        self.result.setStyleSheet(f"color: {alert_color(self).name()}" if alert else "")
        self.result.setText(text)

    def clear(self) -> None:
        """Destroy the pages and empty every list (on lock and when starting over)."""
        self.pdf.clear()
        self.pages_label.clear()
        self.withheld.clear()
        self.files.clear()
        for label in (self.blocked, self.warnings, self.reason, self.result):
            label.clear()
        for widget in (self.blocked, self.fix, self.warnings, self.render_progress):
            widget.setVisible(False)
        self.copy_hashes.setEnabled(False)
        self.set_exporting(False)
        self.export_button.setEnabled(False)
