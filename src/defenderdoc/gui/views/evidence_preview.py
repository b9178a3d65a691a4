# SPDX-License-Identifier: GPL-3.0-or-later
"""The preview of a cleaned copy, decoded and rendered in memory only.

SECURITY.md: no plaintext of vault content ever touches disk. The cleaned copy
is decrypted into a bytes object, decoded from a ``QBuffer`` (images through
``QImageReader``, PDFs through ``QPdfDocument.load(QIODevice)``), and only the
resulting ``QImage`` objects reach the window: no temporary file, no thumbnail
cache, no ``QPixmapCache`` entry. Decoding runs in a worker thread (``QImage``
and ``QPdfDocument`` rendering are thread-safe; ``QPixmap`` is made later, on the
GUI thread), so a large scan never freezes the window.

Only the cleaned copy is ever previewed, never the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import EvidenceInfo
from defenderdoc.evidence.formats import detect_bytes
from defenderdoc.export.burn import Region
from defenderdoc.gui.widgets.redaction_canvas import RedactionCanvas
from defenderdoc.services import Services

#: Original kinds whose cleaned copy can be shown (HEIF/AVIF are cleaned into PNG).
PREVIEWABLE = frozenset({"jpeg", "png", "webp", "gif", "tiff", "heif", "avif", "pdf"})
#: Detected kind of the cleaned bytes -> the only Qt decoder allowed for it. The format
#: is never guessed from content, so no SVG or PDF image plugin can be reached this way.
QT_DECODERS = {"jpeg": b"jpeg", "png": b"png", "webp": b"webp", "gif": b"gif", "tiff": b"tiff"}
#: Longest side of a preview image; the vault keeps the full-size copy.
MAX_SIDE = 2400
MAX_PDF_PAGES = 5
PDF_WIDTH = 1100


@dataclass
class PreviewData:
    """What a worker produced for one evidence item."""

    evidence_id: int
    images: list[QImage] = field(default_factory=list)
    is_pdf: bool = False
    page_count: int = 0
    #: "no_copy", "not_previewable" or "unreadable" when there is nothing to show.
    problem: str | None = None


def _decode_image(data: bytes, decoder: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(decoder))
    reader.setDecideFormatFromContent(False)
    # Pixels as stored, which is what burn() paints: fractions must mean the same thing.
    reader.setAutoTransform(False)
    image = reader.read()
    buffer.close()
    if not image.isNull() and max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def _on_paper(image: QImage) -> QImage:
    """PDFium leaves the page transparent; show it on white paper, as printed."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def _render_pdf(data: bytes) -> tuple[list[QImage], int]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)  # a QBuffer is random-access: loading completes here
    pages: list[QImage] = []
    count = document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0
    for page in range(min(count, MAX_PDF_PAGES)):
        points = document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            continue
        height = round(PDF_WIDTH * points.height() / points.width())
        image = document.render(page, QSize(PDF_WIDTH, min(height, PDF_WIDTH * 4)))
        if not image.isNull():
            pages.append(_on_paper(image))
    document.close()
    buffer.close()
    buffer.setData(QByteArray())
    return pages, count


def load_preview(services: Services, info: EvidenceInfo) -> PreviewData:
    """Decrypt and decode the cleaned copy (runs in a worker thread)."""
    if not info.has_derivative:
        return PreviewData(info.id, problem="no_copy")
    if info.kind not in PREVIEWABLE:
        return PreviewData(info.id, problem="not_previewable")
    data = b"".join(services.read_derivative(info.id))
    kind = detect_bytes(data).kind
    if kind == "pdf":
        pages, count = _render_pdf(data)
        return PreviewData(info.id, pages, True, count, None if pages else "unreadable")
    decoder = QT_DECODERS.get(kind)
    image = _decode_image(data, decoder) if decoder else QImage()
    del data
    if image.isNull():
        return PreviewData(info.id, problem="unreadable")
    return PreviewData(info.id, [image])


def _problem_text(problem: str) -> str:
    if problem == "no_copy":
        return QCoreApplication.translate("EvidencePreview", "There is no cleaned copy to show.")
    if problem == "not_previewable":
        return QCoreApplication.translate(
            "EvidencePreview",
            "No preview for this kind of file. Its details and hashes are shown here; "
            "export the cleaned copy to open it in another program.",
        )
    return QCoreApplication.translate("EvidencePreview", "The cleaned copy could not be shown.")


class EvidencePreview(QWidget):
    """A message, or the picture with its redaction tools, or PDF pages one at a time."""

    regions_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setAccessibleName(self.tr("Preview"))
        self.canvas = RedactionCanvas()
        self.canvas.setAccessibleName(self.tr("Preview of the cleaned copy"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Drag to mark an area to black out. Page Up and Page Down select an area, "
                "the arrow keys move it, Shift with the arrow keys resizes it, Delete removes it."
            )
        )
        self.canvas.regions_changed.connect(self._regions_edited)
        self.canvas.selection_changed.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add area"))
        self.remove_button = QPushButton(self.tr("Remove selected area"))
        self.clear_button = QPushButton(self.tr("Clear all areas"))
        self.add_button.clicked.connect(self._add_area)
        self.remove_button.clicked.connect(self.canvas.remove_selected)
        self.clear_button.clicked.connect(self.canvas.clear_regions)
        for button, description in (
            (self.add_button, self.tr("Adds an area in the middle; move it with the arrow keys")),
            (self.remove_button, self.tr("Removes the selected area")),
            (self.clear_button, self.tr("Removes every marked area")),
        ):
            button.setAccessibleName(button.text())
            button.setToolTip(description)
        self.areas_label = QLabel(wordWrap=True)
        self.redaction_bar = QWidget()
        bar = QHBoxLayout(self.redaction_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.add_button, self.remove_button, self.clear_button):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.previous_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.page_label = QLabel()
        self.page_bar = QWidget()
        pages = QHBoxLayout(self.page_bar)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.next_button)

        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(self.canvas, 1)
        shown_layout.addWidget(self.page_bar)
        shown_layout.addWidget(self.redaction_bar)
        shown_layout.addWidget(self.areas_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.pages: list[QImage] = []
        self.page_count = 0
        self.page = 0
        self.discreet = False
        self.show_message("")

    # ------------------------------------------------------------- states
    def show_message(self, text: str) -> None:
        self.canvas.clear()
        self.pages, self.page_count, self.page = [], 0, 0
        self.message.setText(text)
        self.stack.setCurrentIndex(0)

    def show_problem(self, problem: str) -> None:
        self.show_message(_problem_text(problem))

    def show_image(self, image: QImage, regions: list[Region]) -> None:
        self.pages, self.page_count, self.page = [], 0, 0
        self.canvas.editable = True
        self.canvas.set_image(image, regions)
        self.page_bar.hide()
        self.redaction_bar.show()
        self.areas_label.show()
        self._update_buttons()
        self._show_content()

    def show_pdf(self, pages: list[QImage], page_count: int) -> None:
        self.pages, self.page_count = pages, page_count
        self.canvas.editable = False
        self.redaction_bar.hide()
        self.areas_label.hide()
        self.page_bar.show()
        self.show_page(0)
        self._show_content()

    def show_page(self, number: int) -> None:
        if not self.pages:
            return
        self.page = min(max(number, 0), len(self.pages) - 1)
        self.canvas.set_image(self.pages[self.page])
        text = self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
        text = text.replace("%2", str(self.page_count))
        if self.page_count > len(self.pages):
            text += " · " + self.tr("the first %n page(s) are previewed", "", len(self.pages))
        self.page_label.setText(text)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < len(self.pages) - 1)

    def previous_page(self) -> None:
        self.show_page(self.page - 1)

    def next_page(self) -> None:
        self.show_page(self.page + 1)

    def _show_content(self) -> None:
        if self.discreet:
            self.message.setText(
                self.tr("The preview is hidden in discreet mode (Ctrl+Shift+D to show it).")
            )
            self.stack.setCurrentIndex(0)
        else:
            self.stack.setCurrentIndex(1)

    def set_discreet(self, on: bool) -> None:
        """Hide the picture entirely (not blurred: a blur can still show a face)."""
        self.discreet = on
        if self.canvas.has_image():
            self._show_content()

    def clear(self) -> None:
        """Drop the picture, the rendered pages and the areas."""
        self.show_message("")

    # -------------------------------------------------------- redaction
    def _add_area(self) -> None:
        self.canvas.add_region()
        self.canvas.setFocus()  # so the arrow keys move the new area straight away

    def regions(self) -> list[Region]:
        return list(self.canvas.regions)

    def _regions_edited(self) -> None:
        self._update_buttons()
        self.regions_changed.emit()

    def _update_buttons(self) -> None:
        count = len(self.canvas.regions)
        self.remove_button.setEnabled(self.canvas.selected is not None)
        self.clear_button.setEnabled(count > 0)
        self.areas_label.setText(
            self.tr(
                "%n area(s) marked. They are blacked out whenever the image leaves the vault "
                "(dossiers and exports); the cleaned copy itself is never changed.",
                "",
                count,
            )
            if count
            else self.tr("Drag over the image to mark an area to black out.")
        )
