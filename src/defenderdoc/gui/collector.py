# SPDX-License-Identifier: GPL-3.0-or-later
"""Python's cyclic garbage collector, run on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate past a
threshold. When that is a worker (an import, a query), it destroys Qt objects
that live in the GUI thread (a closed window's timer, a widget, a signal
relay) while the GUI thread is using them, and the process crashes. So while
the GUI runs, automatic collection is off and this timer applies CPython's own
generation thresholds from the GUI thread instead (the approach of Anki and
PyDev for Qt applications with worker threads).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns cyclic garbage collection between ``start()`` and ``stop()``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._was_enabled = True

    def start(self) -> None:
        """Call on the GUI thread before any worker runs Python code."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect what is left here, on the GUI thread, then hand collection back."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def check(self) -> None:
        """Collect the oldest generation whose count passed CPython's threshold."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def collection_is_safe() -> bool:
    """True when no worker can trigger a collection (see the module docstring)."""
    return not gc.isenabled()
