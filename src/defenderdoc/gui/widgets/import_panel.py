# SPDX-License-Identifier: GPL-3.0-or-later
"""The import progress panel: one line per file as it finishes, Cancel, a summary.

The import runs in the TaskRunner's worker, never on the GUI thread. The service
reports a batch's results only when the whole batch is done, so the worker
imports one file at a time (folders expanded exactly as the service expands
them) and hands each result to the GUI thread through a queued signal as soon
as it exists. Stopping between files also means that a cancelled batch still
lists what was already imported: those items are committed and stay in the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from defenderdoc.domain.records import ImportResult
from defenderdoc.errors import CancelledError
from defenderdoc.evidence.source import expand
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.views.evidence_report import fill, result_line
from defenderdoc.progress import CancelToken, ProgressCallback
from defenderdoc.services import Services


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call across threads."""

    result = Signal(int, object)


def import_job(
    services: Services,
    paths: list[Path],
    incident_id: int | None,
    emit: Callable[[ImportResult], None],
) -> Callable[..., bool]:
    """The worker function: True when it stopped because it was cancelled."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> bool:
        files = list(expand(paths))
        for index, path in enumerate(files):
            if cancel.cancelled:
                return True
            progress(index, len(files), "evidence")
            try:
                results = services.import_evidence([path], incident_id=incident_id, cancel=cancel)
            except CancelledError:
                return True
            for result in results:
                emit(result)
        progress(len(files), len(files), "evidence")
        return False

    return run


class ImportPanel(QGroupBox):
    """Shows one batch at a time; ``finished`` carries (imported, refused)."""

    finished = Signal(int, int)

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Import results"))
        self.results.setWordWrap(True)
        self.results.setMinimumHeight(60)
        self.summary = QLabel(wordWrap=True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.cancel_button.clicked.connect(self.cancel)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide the import results"))
        self.hide_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self._relay = _Relay(self)
        self._relay.result.connect(self._add_result)
        self._batch = 0
        self._token: CancelToken | None = None
        self.imported: list[ImportResult] = []
        self.refused: list[ImportResult] = []
        self.hide()

    @property
    def running(self) -> bool:
        return self._token is not None

    def start(self, paths: list[Path], incident_id: int | None) -> bool:
        """Begin a batch; False (and nothing started) while another one runs."""
        if self.running or not paths:
            return False
        self._batch += 1
        batch = self._batch
        self.imported, self.refused = [], []
        self.results.clear()
        self.summary.setText(self.tr("Looking for files…"))
        self.progress.setRange(0, 0)  # busy until the folders are expanded
        self.cancel_button.setEnabled(True)
        self.hide_button.setEnabled(False)
        self.show()
        job = import_job(
            self.ctx.services,
            paths,
            incident_id,
            lambda result: self._relay.result.emit(batch, result),
        )
        self._token = self.ctx.tasks.run(
            job,
            lambda cancelled: self._done(batch, bool(cancelled)),
            lambda error: self._failed(batch, error),
            lambda done, total, _label: self._progress(batch, done, total),
        )
        return True

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the current file…"))

    def _progress(self, batch: int, done: int, total: int) -> None:
        if batch == self._batch:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            if self.cancel_button.isEnabled():
                self.summary.setText(self.tr("Importing and cleaning…"))

    def _add_result(self, batch: int, result: object) -> None:
        if batch != self._batch or not isinstance(result, ImportResult):
            return  # a batch from before a lock or a clear
        ok = result.status == "imported"
        (self.imported if ok else self.refused).append(result)
        icon = (
            QStyle.StandardPixmap.SP_DialogApplyButton
            if ok
            else QStyle.StandardPixmap.SP_BrowserStop
        )
        if ok and (result.notice or result.warnings):
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        item = QListWidgetItem(self.style().standardIcon(icon), result_line(result), self.results)
        item.setToolTip(item.text())
        self.results.scrollToItem(item)

    def counts_text(self) -> str:
        """The one-line result, e.g. "14 files imported, 2 refused"."""
        text = self.tr("%n file(s) imported", "", len(self.imported))
        if self.refused:
            text += ", " + self.tr("%n refused", "", len(self.refused))
        return text

    def _finish(self) -> None:
        self._token = None
        self.cancel_button.setEnabled(False)
        self.hide_button.setEnabled(True)
        self.progress.setRange(0, max(self.progress.maximum(), 1))
        self.finished.emit(len(self.imported), len(self.refused))

    def _done(self, batch: int, cancelled: bool) -> None:
        if batch != self._batch:
            return
        if cancelled:
            text = self.tr("Import cancelled: %1. The remaining files were not imported.")
            self.summary.setText(fill(text, self.counts_text()))
        elif not self.imported and not self.refused:
            self.summary.setText(self.tr("No files were found to import."))
        else:
            self.summary.setText(self.counts_text() + ".")
            self.progress.setValue(self.progress.maximum())
        self._finish()

    def _failed(self, batch: int, error: BaseException) -> None:
        if batch != self._batch:
            return
        text = self.tr("The import stopped: %1 So far: %2.")
        self.summary.setText(fill(text, user_message(error), self.counts_text()))
        self._finish()

    def clear(self) -> None:
        """Stop a running batch and forget every line (on lock)."""
        if self._token is not None:
            self._token.cancel()
        self._token = None
        self._batch += 1  # late results of the old batch are ignored
        self.imported, self.refused = [], []
        self.results.clear()
        self.summary.clear()
        self.progress.reset()
        self.hide()
