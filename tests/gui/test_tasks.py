# SPDX-License-Identifier: GPL-3.0-or-later
"""The worker relay: results reach the GUI thread, and relays die there too."""

from __future__ import annotations

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
