# SPDX-License-Identifier: GPL-3.0-or-later
"""Auto-lock on inactivity or screen lock, and a clipboard that forgets.

The idle timer watches input events application-wide (KeePassXC's inactivity
timer); the clipboard guard marks what we copy as concealed for clipboard
managers, clears it after a delay, and never clears something the user copied
since.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QEvent, QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
CONCEALED = "x-kde-passwordManagerHint"


class IdleLocker(QObject):
    """Emits ``timed_out`` after ``minutes`` without keyboard or mouse input."""

    timed_out = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.timed_out)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def remaining_ms(self) -> int:
        return self.timer.remainingTime() if self.timer.isActive() else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class ClipboardGuard(QObject):
    """Copies text marked as concealed, and clears it later if it is still ours."""

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._ours: str | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData(CONCEALED, b"secret")
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(data, QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.setText(text, QClipboard.Mode.Selection)
        self._ours = text
        self._timer.start(self.seconds * 1000)

    def clear(self) -> None:
        """Clear both clipboards, but only if they still hold what we put there."""
        self._timer.stop()
        if self._ours is None:
            return
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if clipboard.text(mode) == self._ours:
                clipboard.clear(mode)
        self._ours = None


class ScreenLockWatcher(QObject):
    """Emits ``locked`` when the desktop session locks (freedesktop/GNOME ScreenSaver)."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        try:
            from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 - optional module
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ):
            name = service
            slot = SLOT("on_active_changed(bool)").encode()
            self.active |= bus.connect(service, path, name, "ActiveChanged", self, slot)

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()
