# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a dossier: where to, in a worker, with progress, Cancel and a receipt.

Kept apart from the page so the rules are easy to audit: the request written is
the one handed in (the page passes the request whose preview is on screen), the
save dialog is the shared trace-free one (no recent-files entry, no folder
history), its default name is neutral ("dossier.pdf"), and a result arriving
after a lock is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from defenderdoc.errors import CancelledError
from defenderdoc.export.builder import DossierRequest
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.views.dossier_preview import PreviewStep
from defenderdoc.gui.widgets.file_dialogs import save_file
from defenderdoc.progress import CancelToken, ProgressCallback
from defenderdoc.services.dossiers import DEFAULT_NAMES, ExportReceipt


class DossierExporter(QObject):
    """Runs one export at a time; ``running`` and ``exported`` keep the page in step."""

    running = Signal(bool)
    exported = Signal(int)

    def __init__(self, ctx: GuiContext, step: PreviewStep, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.step, self.parent_widget = ctx, step, parent
        self._job: tuple[int, CancelToken] | None = None
        self._generation = 0

    @property
    def busy(self) -> bool:
        return self._job is not None

    def choose_target(self, fmt: str) -> Path | None:
        """A neutral file name in Qt's own save dialog; ``None`` if the user cancels."""
        suggested = DEFAULT_NAMES[fmt]
        target = save_file(self.parent_widget, self.tr("Export the dossier"), suggested)
        if target is not None and not target.suffix:  # "report" becomes "report.pdf"
            target = target.with_name(target.name + Path(suggested).suffix)
        return target

    def start(self, request: DossierRequest, fmt: str) -> None:
        """Ask where, then write ``request`` in a worker."""
        if self._job is not None:
            return
        target = self.choose_target(fmt)
        if target is None or not self.ctx.services.is_unlocked:
            return  # cancelled, or the vault locked while the dialog was open
        services = self.ctx.services
        self._generation += 1
        gen = self._generation

        def job(progress: ProgressCallback, cancel: CancelToken) -> ExportReceipt:
            return services.export_dossier(
                request, target, fmt=fmt, progress=progress, cancel=cancel
            )

        token = self.ctx.tasks.run(
            job,
            lambda receipt: self._done(gen, receipt),
            lambda error: self._failed(gen, error),
            on_progress=lambda done, total, _label: self._progress(gen, done, total),
        )
        self._job = (gen, token)
        self.step.set_exporting(True)
        self.running.emit(True)

    def cancel(self) -> None:
        if self._job is not None:
            self._job[1].cancel()
            self.step.cancel_button.setEnabled(False)

    def invalidate(self) -> None:
        """On lock: stop the running export and ignore whatever it reports."""
        self.cancel()
        self._generation += 1
        if self._job is not None:
            self._job = None
            self.running.emit(False)

    def _progress(self, gen: int, done: int, total: int) -> None:
        if gen == self._generation:
            self.step.set_export_progress(done, total)

    def _over(self, gen: int) -> bool:
        if self._job is None or self._job[0] != gen:
            return False
        self._job = None
        self.step.set_exporting(False)
        self.running.emit(False)
        return True

    def _done(self, gen: int, receipt: ExportReceipt) -> None:
        if not self._over(gen):
            return
        text = (
            self.tr("Dossier written; SHA-256 %1; logged as export %2.")
            .replace("%1", receipt.sha256)
            .replace("%2", str(receipt.export_id))
        )
        self.step.show_result(text)
        self.ctx.events.status_message.emit(text)
        self.exported.emit(receipt.export_id)

    def _failed(self, gen: int, error: BaseException) -> None:
        if not self._over(gen):
            return
        if isinstance(error, CancelledError):
            self.step.show_result(self.tr("Export cancelled. Nothing was written."))
        else:
            self.step.show_result(user_message(error), alert=True)
