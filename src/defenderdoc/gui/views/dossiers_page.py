# SPDX-License-Identifier: GPL-3.0-or-later
"""Dossiers: build a redacted dossier in four steps, see exactly what leaves, export it.

One careless export can get someone detained, so the page is built around the
preview: every change to the recipient, the incidents or the profile reruns the
services' preview in a worker (debounced, one job at a time, stale results
dropped), and Export only ever writes the request whose preview is on screen.
The rendered pages live in memory only and are destroyed on lock.
"""

from __future__ import annotations

import io

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.errors import CancelledError
from defenderdoc.export.builder import DossierPreview, DossierRequest
from defenderdoc.export.templates import TEMPLATES, UN
from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.views.dossier_export import DossierExporter
from defenderdoc.gui.views.dossier_incidents import IncidentsStep
from defenderdoc.gui.views.dossier_preview import PreviewStep
from defenderdoc.gui.views.dossier_steps import LeavesStep, RecipientStep
from defenderdoc.gui.views.export_log import ExportLog
from defenderdoc.i18n import QT_TRANSLATE_NOOP
from defenderdoc.progress import CancelToken, ProgressCallback

PREVIEW_DELAY_MS = 400
STEP_NAMES = (
    QT_TRANSLATE_NOOP("DossiersPage", "Recipient"),
    QT_TRANSLATE_NOOP("DossiersPage", "Incidents"),
    QT_TRANSLATE_NOOP("DossiersPage", "What leaves"),
    QT_TRANSLATE_NOOP("DossiersPage", "Preview and export"),
)
RECIPIENT, INCIDENTS, LEAVES, PREVIEW = range(4)


def _render(preview: DossierPreview, progress: ProgressCallback, cancel: CancelToken) -> bytes:
    """The exporter's own PDF renderer, into memory (never a file)."""
    from defenderdoc.export.pdf import render_pdf  # noqa: PLC0415 - reportlab is heavy

    sink = io.BytesIO()
    render_pdf(preview.content, sink, progress=progress, cancel=cancel)
    return sink.getvalue()


class _FittingScroll(QScrollArea):
    """Scrolls step 1 vertically and tells it how wide it may be (never sideways)."""

    def __init__(self, step: RecipientStep) -> None:
        super().__init__()
        self.step = step
        self.setWidgetResizable(True)
        self.setWidget(step)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.step.fit_width(self.viewport().width())
        super().resizeEvent(event)


class DossiersPage(Page):
    """The four-step builder ("where am I" on the start side) and the export log."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.recipient = RecipientStep()
        self.incidents = IncidentsStep(ctx.services)
        self.leaves = LeavesStep()
        self.preview_step = PreviewStep()
        self.steps = QStackedWidget()
        for widget in (self.recipient, self.incidents, self.leaves, self.preview_step):
            if widget is self.recipient:
                self.steps.addWidget(_FittingScroll(self.recipient))
            else:
                self.steps.addWidget(widget)
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps of the dossier"))
        self.step_list.setSpacing(4)
        for number, name in enumerate(STEP_NAMES, start=1):
            self.step_list.addItem(f"{number}  {self.tr(name)}")
        self.step_list.setFixedWidth(  # as wide as the longest step name in this language
            self.step_list.sizeHintForColumn(0) + 2 * self.step_list.frameWidth() + 20
        )
        self.step_list.currentRowChanged.connect(self._step_changed)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.back = QPushButton(self.tr("&Back"))
        self.back.clicked.connect(lambda: self.go_to(self.step_list.currentRow() - 1))
        self.next = QPushButton(self.tr("&Next"))
        self.next.clicked.connect(lambda: self.go_to(self.step_list.currentRow() + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.status, 1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        content = QVBoxLayout()
        content.addWidget(self.heading)
        content.addWidget(self.steps, 1)
        content.addLayout(nav)
        builder = QWidget()
        builder_layout = QHBoxLayout(builder)
        builder_layout.addWidget(self.step_list)
        builder_layout.addLayout(content, 1)
        self.log = ExportLog(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Dossiers"))
        self.tabs.addTab(builder, self.tr("Build a dossier"))
        self.tabs.addTab(self.log, self.tr("Export log"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_preview)
        self._generation = 0  # bumped by every preview start and by clear(): late results drop
        self._job: tuple[int, CancelToken] | None = None
        self._pending = False
        self._dirty = False  # the controls changed since the preview on screen
        self._pdf_stale = True
        self._preview: DossierPreview | None = None
        self._shown: DossierRequest | None = None  # the request whose preview is on screen
        self.exporter = DossierExporter(ctx, self.preview_step, self)
        self.exporter.running.connect(self._exporting)
        self.exporter.exported.connect(lambda _id: self.log.refresh())
        self._quiet = False  # set while the page resets itself: no preview for that
        for step in (self.recipient, self.incidents, self.leaves):
            step.changed.connect(self._changed)
        self.recipient.template_changed.connect(self._template_changed)
        self.preview_step.export_requested.connect(self.export)
        self.preview_step.cancel_requested.connect(self.exporter.cancel)
        self.preview_step.fix_requested.connect(lambda: self.go_to(LEAVES))
        self.preview_step.copy_requested.connect(ctx.clipboard.copy)
        ctx.events.records_changed.connect(self._records_changed)
        new_dossier = QAction(self.tr("New dossier"), self)
        new_dossier.setShortcut(QKeySequence("Ctrl+P"))
        new_dossier.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_dossier.triggered.connect(self._open_first_step)
        self.addAction(new_dossier)
        self._quiet = True
        self.leaves.editor.set_profile(TEMPLATES[UN].profile)
        self._quiet = False
        self.step_list.setCurrentRow(RECIPIENT)
        self._update_export_state()

    # ------------------------------------------------------------- navigation
    def go_to(self, step: int) -> None:
        if 0 <= step < self.steps.count():
            self.step_list.setCurrentRow(step)

    def _open_first_step(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.go_to(RECIPIENT)
        self.recipient.cards[self.recipient.template_id()].radio.setFocus()

    def _step_changed(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.heading.setText(
            self.tr("Step %1 of 4: %2")
            .replace("%1", str(step + 1))
            .replace("%2", self.tr(STEP_NAMES[step]))
        )
        self.back.setEnabled(step > RECIPIENT)
        self.next.setVisible(step < PREVIEW)
        if step == PREVIEW and (self._dirty or self._pdf_stale):
            self._timer.stop()
            self._start_preview()  # render now: the user is waiting for the pages

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.ctx.services.is_unlocked:
            self.log.refresh()

    def start_with(self, incident_ids: list[int]) -> None:
        """Start a dossier from incidents chosen elsewhere (e.g. the Incidents selection)."""
        self.incidents.add_ids(incident_ids)
        self.tabs.setCurrentIndex(0)
        self.go_to(RECIPIENT)

    # ---------------------------------------------------------------- preview
    @property
    def preview(self) -> DossierPreview | None:
        """The preview on screen, or ``None`` while it is out of date."""
        return None if self._dirty else self._preview

    @property
    def updating(self) -> bool:
        return self._dirty or self._job is not None or self._timer.isActive()

    def current_request(self) -> DossierRequest | None:
        ids = self.incidents.incident_ids()
        if not ids:
            return None
        r = self.recipient
        return DossierRequest(
            r.template_id(),
            ids,
            language=r.language_code(),
            profile=self.leaves.editor.profile(),
            recipient=r.recipient_text(),
            mandates=r.mandates.values(),
            urgent=r.urgent.isChecked(),
            submitter=r.submitter.text().strip(),
            requested_support=r.requested_support(),
            other_support=r.other_support.toPlainText().strip(),
        )

    def _template_changed(self, template_id: str) -> None:
        """A new recipient starts from its own, protective default profile."""
        self.leaves.editor.set_profile(TEMPLATES[template_id].profile)

    def _changed(self) -> None:
        if self._quiet:
            return
        self._dirty = self._pdf_stale = True
        self.leaves.show_checking()
        self.status.setText(self.tr("Updating the preview…"))
        self._update_export_state()
        self._timer.start()

    def _records_changed(self) -> None:
        if self.ctx.services.is_unlocked and self.incidents.incident_ids():
            self._changed()

    def _start_preview(self) -> None:
        if not self.ctx.services.is_unlocked:
            return
        if self._job is not None:  # one at a time: stop it, start again when it reports
            self._pending = True
            self._job[1].cancel()
            return
        self._generation += 1
        gen = self._generation
        request = self.current_request()
        if request is None:
            self._show_nothing(self.tr("Choose at least one incident in step 2."))
            return
        render = self.step_list.currentRow() == PREVIEW
        services = self.ctx.services

        def job(
            progress: ProgressCallback, cancel: CancelToken
        ) -> tuple[DossierPreview, bytes | None]:
            preview = services.preview_dossier(request, progress, cancel)
            pdf = _render(preview, progress, cancel) if render and not preview.blocked else None
            return preview, pdf

        if render:
            self.preview_step.show_pages_message(self.tr("Preparing the pages…"))
        token = self.ctx.tasks.run(
            job,
            lambda result: self._preview_done(gen, request, result),
            lambda error: self._preview_failed(gen, error),
            on_progress=lambda done, total, _label: self._progress(gen, done, total),
        )
        self._job = (gen, token)

    def _job_over(self, gen: int) -> None:
        if self._job is not None and self._job[0] == gen:
            self._job = None
            self.preview_step.render_finished()
            if self._pending:
                self._pending = False
                self._start_preview()

    def _progress(self, gen: int, done: int, total: int) -> None:
        if gen == self._generation and self.step_list.currentRow() == PREVIEW:
            self.preview_step.set_render_progress(done, total)

    def _preview_done(
        self, gen: int, request: DossierRequest, result: tuple[DossierPreview, bytes | None]
    ) -> None:
        self._job_over(gen)
        if gen != self._generation:
            return  # the controls changed (or the vault locked) meanwhile
        preview, pdf = result
        self._preview, self._shown, self._dirty = preview, request, False
        self.leaves.show_preview(preview)
        self.preview_step.show_preview(preview)
        if preview.blocked:
            self._pdf_stale = False
            self.preview_step.show_pages_message(
                self.tr("No pages are shown while a consent conflict blocks the export.")
            )
        elif pdf is not None:
            self._pdf_stale = False
            self.preview_step.show_pdf(pdf)
        else:
            self._pdf_stale = True
            self.preview_step.show_pages_message(self.tr("The pages are prepared in step 4."))
        self.status.setText(
            self.tr("Export blocked by a consent conflict.") if preview.blocked else ""
        )
        self._update_export_state()

    def _preview_failed(self, gen: int, error: BaseException) -> None:
        self._job_over(gen)
        if gen != self._generation or isinstance(error, CancelledError):
            return
        self._show_nothing(user_message(error), alert=True)

    def _show_nothing(self, text: str, *, alert: bool = False) -> None:
        self._preview = self._shown = None
        self._dirty = False
        self._pdf_stale = True
        self.leaves.show_message(text, alert=alert)
        self.preview_step.clear()
        self.preview_step.show_pages_message(text)
        self.status.setText(text)
        self._update_export_state()

    # ----------------------------------------------------------------- export
    def _update_export_state(self) -> None:
        preview = self._preview
        if self.exporter.busy:
            return
        if preview is None or self._shown is None:
            reason = self.tr("Choose at least one incident in step 2.")
        elif self._dirty:
            reason = self.tr("Updating the preview…")
        elif self._pdf_stale:
            reason = self.tr("Preparing the pages…")
        elif preview.blocked:
            reason = self.tr("Export is disabled while a consent conflict stands (see above).")
        else:
            reason = ""
        self.preview_step.set_export_state(not reason, reason)

    def export(self) -> None:
        """Write exactly the request whose preview is on screen."""
        if self.preview_step.export_button.isEnabled() and self._shown is not None:
            self.exporter.start(self._shown, self.preview_step.format_code())

    def _exporting(self, running: bool) -> None:
        self.step_list.setEnabled(not running)
        self.back.setEnabled(not running)
        self._update_export_state()

    # ------------------------------------------------------------ page contract
    def refresh(self) -> None:
        lang = self.ctx.language
        self.recipient.refresh(self.ctx.services, lang)
        self.incidents.refresh(lang)
        if self._preview is None and not self.updating:
            self._show_nothing(self.tr("Choose at least one incident in step 2."))
        if self.tabs.currentIndex() == 1:
            self.log.refresh()

    def set_discreet(self, on: bool) -> None:
        self.preview_step.pdf.set_discreet(on)

    def clear(self) -> None:
        """Drop previews, pages, lists and selections; results still in flight are ignored."""
        self._timer.stop()
        self._generation += 1
        self.exporter.invalidate()
        if self._job is not None:
            self._job[1].cancel()
        self._job = None
        self._pending = False
        self._preview = self._shown = None
        self._quiet = True
        try:
            self.recipient.clear()
            self.incidents.clear()
            self.leaves.clear()
            self.leaves.editor.set_profile(TEMPLATES[UN].profile)
        finally:
            self._quiet = False
        self.preview_step.clear()
        self.log.clear()
        self._dirty, self._pdf_stale = False, True
        self.status.clear()
        self.step_list.setEnabled(True)
        self.tabs.setCurrentIndex(0)
        self.go_to(RECIPIENT)
        self._update_export_state()
