# SPDX-License-Identifier: GPL-3.0-or-later
"""The worker relay: results reach the GUI thread, and relays die there too."""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from defenderdoc.gui.tasks import TaskRunner


def test_result_arrives_and_relay_is_deleted_on_the_gui_thread(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    results: list[object] = []
    tasks.run(lambda: 42, results.append, results.append)
    relay = next(iter(tasks._relays))
    assert tasks.busy
    qtbot.waitUntil(lambda: results == [42])
    assert not tasks.busy
    qtbot.waitUntil(lambda: not shiboken6.isValid(relay))  # deleted by the event loop


def test_error_is_delivered_and_relay_released(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("bad input")

    tasks.run(boom, lambda _r: None, errors.append)
    relay = next(iter(tasks._relays))
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValueError)
    assert not tasks.busy
    qtbot.waitUntil(lambda: not shiboken6.isValid(relay))


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_workers_never_collect_garbage_the_gui_thread_does(qtbot: QtBot) -> None:
    """A collection inside a worker destroyed GUI objects from the wrong thread (a crash)."""
    collections: list[int] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(threading.get_ident())

    def allocate_cycles() -> int:
        for _ in range(50_000):  # far past generation 0's threshold of 700
            _Cycle()
        return threading.get_ident()

    tasks = TaskRunner()
    workers: list[int] = []
    gc.callbacks.append(record)
    try:
        tasks.run(allocate_cycles, workers.append, lambda error: workers.append(0))
        qtbot.waitUntil(lambda: bool(workers), timeout=10_000)
        assert workers[0] != 0
        assert workers[0] not in collections
        gui_thread = threading.get_ident()
        qtbot.waitUntil(lambda: gui_thread in collections, timeout=5000)  # the timer's turn
    finally:
        gc.callbacks.remove(record)
    assert set(collections) == {gui_thread}
    assert gc.get_count()[0] < 50_000


def test_no_job_runs_while_any_thread_could_collect(qtbot: QtBot) -> None:
    del qtbot
    gc.enable()
    try:
        with pytest.raises(RuntimeError, match="GuiThreadCollector"):
            TaskRunner().run(lambda: None, print, print)
    finally:
        gc.disable()
