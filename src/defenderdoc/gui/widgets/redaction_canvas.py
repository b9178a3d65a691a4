# SPDX-License-Identifier: GPL-3.0-or-later
"""Shows a preview image scaled to fit, and lets the user mark areas to black out.

Areas are kept as fractions of the image (0..1) because that is how the vault
stores them and how they are burned in at export, whatever the size of the
exported or previewed image. Only inside this widget are positions absolute;
the image is never mirrored in a right-to-left layout, because it is a picture
of the world, not part of the interface.

Keyboard: Page Up/Down select an area, the arrow keys move it, Shift+arrows
resize it, Delete removes it; the buttons beside the canvas add and clear.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from defenderdoc.export.burn import Region

MIN_DRAG_PX = 4
KEY_STEP = 0.01


def clamp_region(x: float, y: float, w: float, h: float) -> Region:
    """A region inside the image: the vault refuses anything outside 0..1."""
    x, y = min(max(x, 0.0), 0.99), min(max(y, 0.0), 0.99)
    w, h = min(max(w, 0.01), 1.0 - x), min(max(h, 0.01), 1.0 - y)
    return Region(round(x, 5), round(y, 5), round(w, 5), round(h, 5))


class RedactionCanvas(QWidget):
    """The image, the marked areas, and the mouse and keyboard to edit them."""

    #: The areas changed through the user's editing (not through ``set_image``).
    regions_changed = Signal()
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.regions: list[Region] = []
        self.selected: int | None = None
        self.editable = True
        self._pixmap: QPixmap | None = None
        self._scaled: QPixmap | None = None
        self._drag_from: QPointF | None = None
        self._drag_to: QPointF | None = None

    # ----------------------------------------------------------- content
    def set_image(self, image: QImage | None, regions: list[Region] | None = None) -> None:
        self._pixmap = QPixmap.fromImage(image) if image is not None else None
        self._scaled = None
        self.regions = list(regions or [])
        self.selected = None
        self._drag_from = self._drag_to = None
        self.update()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def clear(self) -> None:
        """Forget the picture and the areas (on lock or when another item is chosen)."""
        self.set_image(None)

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    # -------------------------------------------------------- geometry
    def image_rect(self) -> QRectF:
        """Where the image is drawn: centred, scaled to fit, aspect kept."""
        if self._pixmap is None or self._pixmap.isNull():
            return QRectF()
        size = QSize(self._pixmap.size()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def to_fraction(self, point: QPointF) -> QPointF:
        area = self.image_rect()
        if area.isEmpty():
            return QPointF()
        fx = (point.x() - area.x()) / area.width()
        fy = (point.y() - area.y()) / area.height()
        return QPointF(min(max(fx, 0.0), 1.0), min(max(fy, 0.0), 1.0))

    def region_rect(self, region: Region) -> QRectF:
        area = self.image_rect()
        return QRectF(
            area.x() + region.x * area.width(),
            area.y() + region.y * area.height(),
            region.w * area.width(),
            region.h * area.height(),
        )

    # ------------------------------------------------------------ paint
    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        area = self.image_rect()
        if self._pixmap is None or area.isEmpty():
            return
        if self._scaled is None or self._scaled.size() != area.size().toSize():
            self._scaled = self._pixmap.scaled(
                area.size().toSize(),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        painter.drawPixmap(area.topLeft(), self._scaled)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(area.adjusted(-1, -1, 0, 0))  # the edge of a white page or photo
        highlight = self.palette().highlight().color()
        for index, region in enumerate(self.regions):
            chosen = index == self.selected
            painter.setBrush(QBrush(QColor(0, 0, 0, 200)))
            pen = QPen(highlight if chosen else QColor(255, 255, 255), 3 if chosen else 1)
            pen.setStyle(Qt.PenStyle.DashLine if chosen else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawRect(self.region_rect(region))
        if self._drag_from is not None and self._drag_to is not None:
            painter.setBrush(QBrush(QColor(0, 0, 0, 120)))
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self._drag_from, self._drag_to).normalized())
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def resizeEvent(self, event: object) -> None:
        self._scaled = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    # ------------------------------------------------------------ mouse
    def _hit(self, point: QPointF) -> int | None:
        for index in reversed(range(len(self.regions))):
            if self.region_rect(self.regions[index]).contains(point):
                return index
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.editable or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        if not self.image_rect().contains(point):
            return
        self._select(self._hit(point))
        self._drag_from, self._drag_to = point, point
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        area = self.image_rect()
        pos = event.position()
        x = min(max(pos.x(), area.left()), area.right())
        y = min(max(pos.y(), area.top()), area.bottom())
        self._drag_to = QPointF(x, y)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        start, end = self._drag_from, self._drag_to
        self._drag_from = self._drag_to = None
        self.update()
        if start is None or end is None or event.button() != Qt.MouseButton.LeftButton:
            return
        rect = QRectF(start, end).normalized()
        if rect.width() < MIN_DRAG_PX or rect.height() < MIN_DRAG_PX:
            return  # a click: it only selected
        top_left, bottom_right = (
            self.to_fraction(rect.topLeft()),
            self.to_fraction(rect.bottomRight()),
        )
        self.regions.append(
            clamp_region(
                top_left.x(),
                top_left.y(),
                bottom_right.x() - top_left.x(),
                bottom_right.y() - top_left.y(),
            )
        )
        self._select(len(self.regions) - 1)
        self.regions_changed.emit()

    # --------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.editable or not self.regions:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = 1 if key == Qt.Key.Key_PageDown else -1
            current = -1 if self.selected is None else self.selected
            self._select((current + step) % len(self.regions))
            return
        if self.selected is None:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return
        moves = {
            Qt.Key.Key_Left: (-KEY_STEP, 0.0),
            Qt.Key.Key_Right: (KEY_STEP, 0.0),
            Qt.Key.Key_Up: (0.0, -KEY_STEP),
            Qt.Key.Key_Down: (0.0, KEY_STEP),
        }
        if key not in moves:
            super().keyPressEvent(event)
            return
        dx, dy = moves[Qt.Key(key)]
        r = self.regions[self.selected]
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            new = clamp_region(r.x, r.y, r.w + dx, r.h + dy)
        else:
            new = clamp_region(
                min(max(r.x + dx, 0.0), 1.0 - r.w), min(max(r.y + dy, 0.0), 1.0 - r.h), r.w, r.h
            )
        self.regions[self.selected] = new
        self.update()
        self.regions_changed.emit()

    # ---------------------------------------------------------- editing
    def _select(self, index: int | None) -> None:
        if index != self.selected:
            self.selected = index
            self.selection_changed.emit()
        self.update()

    def add_region(self, region: Region | None = None) -> None:
        """A new area (by default centred, a third of the image), selected for the keys."""
        self.regions.append(region or Region(1 / 3, 1 / 3, 1 / 3, 1 / 3))
        self._select(len(self.regions) - 1)
        self.regions_changed.emit()

    def remove_selected(self) -> None:
        if self.selected is None:
            return
        del self.regions[self.selected]
        self._select(min(self.selected, len(self.regions) - 1) if self.regions else None)
        self.regions_changed.emit()

    def clear_regions(self) -> None:
        if self.regions:
            self.regions = []
            self._select(None)
            self.regions_changed.emit()
