# SPDX-License-Identifier: GPL-3.0-or-later
"""Run service calls off the GUI thread and deliver results back onto it.

Key derivation, imports, exports, verification and backups never block the
window. Results, errors and progress arrive through queued signals on a relay
object that lives in the GUI thread (the Anki/KeePassXC pattern).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from defenderdoc.gui.collector import collection_is_safe
from defenderdoc.progress import CancelToken

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None,
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.finished.connect(self._done)
        self.failed.connect(self._error)
        self.progressed.connect(self._progress)

    @Slot(object)
    def _done(self, result: object) -> None:
        self._on_done(result)

    @Slot(object)
    def _error(self, error: object) -> None:
        self._on_error(error if isinstance(error, BaseException) else RuntimeError(str(error)))

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, label: str) -> None:
        if self._on_progress:
            self._on_progress(done, total, label)


class _Job(QRunnable):
    def __init__(
        self, func: Callable[..., Any], relay: _Relay, cancel: CancelToken, with_progress: bool
    ) -> None:
        super().__init__()
        self._func, self._relay, self._cancel, self._with_progress = (
            func,
            relay,
            cancel,
            with_progress,
        )

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._func(progress=self._relay.progressed.emit, cancel=self._cancel)
            else:
                result = self._func()
        except BaseException as exc:  # delivered to the GUI, which shows a clear message
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class TaskRunner(QObject):
    """Owns the worker pool and keeps relays alive until their job reports back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(
        self,
        func: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> CancelToken:
        """Run ``func`` in a worker; with ``on_progress`` it is called with progress and cancel.

        Refused while Python's automatic garbage collection is on: a collection
        triggered in the worker would destroy GUI objects from the wrong thread
        (see ``collector``). Start a ``GuiThreadCollector`` first.
        """
        if not collection_is_safe():
            raise RuntimeError("start a GuiThreadCollector before running work in a thread")
        cancel = CancelToken()
        relay: _Relay

        def finish(result: object) -> None:
            self._release(relay)
            on_done(result)

        def fail(error: BaseException) -> None:
            self._release(relay)
            on_error(error)

        relay = _Relay(finish, fail, on_progress)
        self._relays.add(relay)
        self.pool.start(_Job(func, relay, cancel, on_progress is not None))
        return cancel

    def _release(self, relay: _Relay) -> None:
        """Delete the relay on the GUI thread, where it lives.

        Left to Python's cycle collector (the relay and its callbacks refer to each
        other), it could be destroyed from a worker thread, which crashes Qt.
        """
        self._relays.discard(relay)
        relay.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
