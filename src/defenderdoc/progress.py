# SPDX-License-Identifier: GPL-3.0-or-later
"""How long-running core work reports progress and learns it should stop.

The core never imports Qt: the GUI passes a plain callable (which it marshals to
the GUI thread) and a token it sets from the Cancel button.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from defenderdoc.errors import CancelledError

#: ``progress(done, total, label)``; label is a short, content-free step name.
ProgressCallback = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """Default callback that ignores progress."""
    del done, total, label


class CancelToken:
    """A thread-safe flag; work checks it between steps and stops cleanly."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError
