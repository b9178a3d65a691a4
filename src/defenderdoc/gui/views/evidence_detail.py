# SPDX-License-Identifier: GPL-3.0-or-later
"""The selected evidence item: preview beside its metadata report, hashes, exports.

Everything shown is dropped by ``clear`` (on lock). Redaction areas are saved
a moment after the last edit, and at once before another item is shown or the
vault locks, so no marked area is lost; the cleaned copy itself never changes.
Exports go through the services in a worker; the original only after a warning.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import EvidenceInfo
from defenderdoc.evidence.formats import format_for_kind
from defenderdoc.evidence.source import display_name
from defenderdoc.export.burn import parse_regions
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.models.evidence_table import format_size, format_time
from defenderdoc.gui.views.evidence_preview import (
    PREVIEWABLE,
    EvidencePreview,
    PreviewData,
    load_preview,
)
from defenderdoc.gui.views.evidence_report import fill, report_html
from defenderdoc.gui.widgets import file_dialogs

SAVE_DELAY_MS = 400
#: Kinds whose cleaned copy is written in another format.
_CLEANED_AS = {"heif": ".png", "avif": ".png"}


def suggested_name(info: EvidenceInfo, *, cleaned: bool) -> str:
    """A neutral file name: the original name can itself identify a person or place."""
    ext = _CLEANED_AS.get(info.kind, "") if cleaned else ""
    ext = ext or format_for_kind(info.kind).extension
    return f"evidence-{info.id}-{'cleaned' if cleaned else 'original'}{ext}"


class EvidenceDetail(QWidget):
    """Shows one ``EvidenceInfo``; ``changed`` carries it again after its areas are saved."""

    changed = Signal(object)

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.info: EvidenceInfo | None = None
        self.discreet = False
        self.last_folder: Path | None = None  # this session only, never stored
        self._generation = 0
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_regions)

        self.title = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.preview = EvidencePreview()
        self.preview.regions_changed.connect(self._save_timer.start)
        self.report = QTextBrowser()
        self.report.setAccessibleName(self.tr("Metadata report"))
        self.report.setOpenLinks(False)
        self.report.setOpenExternalLinks(False)
        side = QSplitter(Qt.Orientation.Horizontal)
        side.setChildrenCollapsible(False)
        side.addWidget(self.preview)
        side.addWidget(self.report)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        hashes = QGridLayout()
        self.hash_fields: dict[str, QLineEdit] = {}
        for row, (key, label) in enumerate(
            (
                ("original", self.tr("SHA-256 of the original")),
                ("cleaned", self.tr("SHA-256 of the cleaned copy")),
            )
        ):
            field = QLineEdit(readOnly=True)
            field.setFont(mono)
            field.setAccessibleName(label)
            copy = QPushButton(self.tr("Copy"))
            copy.setAccessibleName(fill(self.tr("Copy the %1"), label))
            copy.clicked.connect(lambda _=False, k=key: self.copy_hash(k))
            caption = QLabel(label)
            caption.setBuddy(field)
            hashes.addWidget(caption, row, 0)
            hashes.addWidget(field, row, 1)
            hashes.addWidget(copy, row, 2)
            self.hash_fields[key] = field
        hashes.setColumnStretch(1, 1)

        self.export_cleaned_button = QPushButton(self.tr("Export cleaned copy…"))
        self.export_cleaned_button.clicked.connect(self.export_cleaned)
        self.export_original_button = QPushButton(self.tr("Export original…"))
        self.export_original_button.clicked.connect(self.export_original)
        self.notice = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.notice.setAccessibleName(self.tr("Result of the last action"))
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.export_cleaned_button, self.export_original_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        buttons.addWidget(self.notice, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(side, 1)
        layout.addLayout(hashes)
        layout.addLayout(buttons)
        self.empty = QLabel(
            self.tr("Select an item to see its cleaned copy, its metadata report and its hashes."),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    # ------------------------------------------------------------- show
    def show_evidence(self, info: EvidenceInfo | None) -> None:
        """Show ``info`` (or nothing); the preview is decoded in a worker."""
        self.flush()
        self._generation += 1
        self.info = info
        self.notice.clear()
        if info is None:
            self._drop_content()
            return
        self.stack.setCurrentIndex(1)
        self.title.setText(display_name(info.original_name))
        self._show_facts(info)
        self.report.setHtml(report_html(info, discreet=self.discreet))
        self.hash_fields["original"].setText(info.sha256_original)
        self.hash_fields["cleaned"].setText(info.sha256_derivative or self.tr("none"))
        self.export_cleaned_button.setEnabled(info.has_derivative)
        self.export_original_button.setEnabled(info.has_original)
        self.export_original_button.setToolTip(
            "" if info.has_original else self.tr("The original was not kept.")
        )
        if not info.has_derivative or info.kind not in PREVIEWABLE:
            self.preview.show_problem("no_copy" if not info.has_derivative else "not_previewable")
            return
        self.preview.show_message(self.tr("Decrypting the preview…"))
        generation, services = self._generation, self.ctx.services
        self.ctx.tasks.run(
            lambda: load_preview(services, info),
            lambda data: self._loaded(generation, data),
            lambda error: self._load_failed(generation, error),
        )

    def _show_facts(self, info: EvidenceInfo) -> None:
        facts = [info.kind.upper(), format_size(info.size), format_time(info.imported_at)]
        facts.append(self.tr("cleaned") if info.has_derivative else self.tr("not cleaned"))
        if not info.has_original:
            facts.append(self.tr("original not kept"))
        self.facts.setText(" · ".join(facts))

    def _loaded(self, generation: int, data: object) -> None:
        if generation != self._generation or self.info is None:
            return  # another item was chosen, or the vault locked, meanwhile
        if not isinstance(data, PreviewData) or data.problem or not data.images:
            self.preview.show_problem(getattr(data, "problem", None) or "unreadable")
        elif data.is_pdf:
            self.preview.show_pdf(data.images, data.page_count)
        else:
            self.preview.show_image(data.images[0], parse_regions(self.info.redactions))

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and self.info is not None:
            self.preview.show_message(user_message(error))

    # -------------------------------------------------------- redaction
    def flush(self) -> None:
        """Save areas edited in the last moment (before switching item or locking)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_regions()

    def save_regions(self) -> None:
        info = self.info
        if info is None or not self.ctx.services.is_unlocked:
            return
        try:
            self.ctx.services.set_redactions(info.id, self.preview.regions())
            self.info = self.ctx.services.get_evidence(info.id)
        except Exception as exc:  # a clear sentence; the previous areas stay stored
            self.notice.setText(user_message(exc))
            return
        self.changed.emit(self.info)

    # ----------------------------------------------------------- hashes
    def copy_hash(self, which: str) -> None:
        text = self.hash_fields[which].text()
        if self.info is not None and len(text) == 64:
            self.ctx.clipboard.copy(text)
            self.notice.setText(
                fill(
                    self.tr("Copied. The clipboard is cleared in %1 seconds."),
                    str(self.ctx.clipboard.seconds),
                )
            )

    # ---------------------------------------------------------- exports
    def _confirm(self, title: str, text: str, accept: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setProperty("holdsContent", True)  # locking answers "Cancel" for the user
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is yes

    def export_cleaned(self) -> None:
        self.flush()
        info = self.info
        if info is None or not info.has_derivative:
            return
        # The marked areas are burned into the exported file by the services.
        self._ask_and_export(info, cleaned=True)

    def export_original(self) -> None:
        info = self.info
        if info is None or not info.has_original:
            return
        if not self._confirm(
            self.tr("Export the original?"),
            self.tr(
                "The original still carries all its identifying metadata: it can reveal "
                "where and when it was made, on which device, and by whom (GPS position, "
                "camera serial number, author). Anyone who receives the file can read it.\n\n"
                "Export the original only to an encrypted place, or when a court or "
                "mechanism asks for it. For everything else, export the cleaned copy."
            ),
            self.tr("Export the original"),
        ):
            return
        self._ask_and_export(info, cleaned=False)

    def _ask_and_export(self, info: EvidenceInfo, *, cleaned: bool) -> None:
        caption = self.tr("Export cleaned copy") if cleaned else self.tr("Export original")
        path = file_dialogs.save_file(
            self, caption, suggested_name(info, cleaned=cleaned), self.last_folder
        )
        if path is None or not self.ctx.services.is_unlocked or self.info is None:
            return  # cancelled, or the vault locked while the dialog was open
        self.export_to(info, path, cleaned=cleaned)

    def export_to(self, info: EvidenceInfo, path: Path, *, cleaned: bool) -> None:
        """Write the copy in a worker; the result (with its SHA-256) shows below."""
        self.last_folder = path.parent
        services, generation = self.ctx.services, self._generation
        func = services.export_derivative if cleaned else services.export_original
        self.notice.setText(self.tr("Exporting…"))

        def done(digest: object) -> None:
            text = fill(self.tr("Exported. SHA-256 of the written file: %1"), str(digest))
            self.ctx.events.status_message.emit(self.tr("Export finished."))
            if generation == self._generation:
                self.notice.setText(text)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.notice.setText(user_message(error))

        self.ctx.tasks.run(lambda: func(info.id, path), done, failed)

    # ------------------------------------------------------ discretion
    def set_discreet(self, on: bool) -> None:
        self.discreet = on
        self.preview.set_discreet(on)
        if self.info is not None:
            self.report.setHtml(report_html(self.info, discreet=on))

    def update_info(self, info: EvidenceInfo) -> None:
        """The same item, reloaded: refresh the words, keep the decoded preview."""
        if self.info is None or info.id != self.info.id:
            self.show_evidence(info)
            return
        self.info = info
        self._show_facts(info)
        self.report.setHtml(report_html(info, discreet=self.discreet))

    def _drop_content(self) -> None:
        self.preview.clear()
        self.report.clear()
        self.title.clear()
        self.facts.clear()
        self.notice.clear()
        for field in self.hash_fields.values():
            field.clear()
        self.stack.setCurrentIndex(0)

    def clear(self) -> None:
        """Save pending areas, then forget the item, its preview and its report."""
        self.flush()
        self._generation += 1
        self.info = None
        self.last_folder = None
        self._drop_content()
