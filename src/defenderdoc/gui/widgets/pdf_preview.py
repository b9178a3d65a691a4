# SPDX-License-Identifier: GPL-3.0-or-later
"""Rendered dossier pages, from memory only.

The preview is the real PDF the exporter would write, so the user sees exactly
what leaves. It never touches the disk: bytes go into a ``QBuffer`` that
``QPdfDocument`` reads, and ``clear()`` destroys the view, the document and the
buffer together, so no rendered page (or the view's page cache) outlives a lock.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """Pages of one in-memory PDF; in discreet mode they show only on request."""

    def __init__(self) -> None:
        super().__init__()
        self.view: QPdfView | None = None
        self.document: QPdfDocument | None = None
        self.buffer: QBuffer | None = None
        self.discreet = False
        self._revealed = False
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reveal = QPushButton(self.tr("Pages hidden in discreet mode — &show them"))
        self.reveal.clicked.connect(self._reveal)
        self.reveal.setVisible(False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.message, 1)
        self._layout.addWidget(self.reveal, 1)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def show_pdf(self, data: bytes) -> int:
        """Show ``data`` and return its page count (0 if Qt could not read it)."""
        self.clear()
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)  # synchronous for a buffer that holds every byte
        if self.document.status() != QPdfDocument.Status.Ready:
            self.clear()
            self.set_message(self.tr("The preview could not be displayed."))
            return 0
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Pages of the dossier"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setDocument(self.document)
        self._layout.addWidget(self.view, 1)
        self.message.setVisible(False)
        self._update_mask()
        return self.document.pageCount()

    def set_message(self, text: str) -> None:
        """Replace the pages with a sentence (rendering, blocked, nothing chosen)."""
        self.clear()
        self.message.setText(text)

    def set_discreet(self, on: bool) -> None:
        self.discreet, self._revealed = on, False
        self._update_mask()

    def _reveal(self) -> None:
        self._revealed = True
        self._update_mask()
        if self.view is not None:
            self.view.setFocus()

    def leaveEvent(self, event: QEvent) -> None:
        """Discreet mode: the pages hide again once the pointer leaves them."""
        focus = QApplication.focusWidget()
        inside = focus is not None and self.isAncestorOf(focus)
        if self.discreet and self._revealed and not inside:
            self._revealed = False
            self._update_mask()
        super().leaveEvent(event)

    def _update_mask(self) -> None:
        if self.view is None:
            self.reveal.setVisible(False)
            return
        masked = self.discreet and not self._revealed
        self.view.setVisible(not masked)
        self.reveal.setVisible(masked)

    def clear(self) -> None:
        """Destroy the view, the document and the buffer: nothing rendered survives."""
        if self.view is not None:
            self.view.setDocument(None)  # type: ignore[arg-type]
            self.view.hide()
            self._layout.removeWidget(self.view)
            self.view.setParent(None)
            self.view.deleteLater()
            self.view = None
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
            self.document = None
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None
        self._revealed = False
        self.reveal.setVisible(False)
        self.message.clear()
        self.message.setVisible(True)
