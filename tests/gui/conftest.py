# SPDX-License-Identifier: GPL-3.0-or-later
"""GUI tests run offscreen; fixtures build the real context and windows."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from defenderdoc.gui.collector import GuiThreadCollector
from defenderdoc.gui.context import Events, GuiContext
from defenderdoc.gui.security import ClipboardGuard
from defenderdoc.gui.tasks import TaskRunner
from defenderdoc.services import Services
from defenderdoc.settings import Settings


def activate(window: object) -> None:
    """Make ``window`` the active window; offscreen Qt does not always do it on show()."""
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


@pytest.fixture(autouse=True)
def gui_thread_collection(qapp: object) -> Iterator[GuiThreadCollector]:
    """As in the app: cycles are collected on the GUI thread, never in a worker."""
    del qapp
    collector = GuiThreadCollector()
    collector.start()
    yield collector
    collector.stop()


@pytest.fixture
def gui_ctx(qapp: object, services: Services) -> GuiContext:
    del qapp
    tasks = TaskRunner()
    ctx = GuiContext(services, tasks, Settings(), ClipboardGuard(20), Events())
    yield ctx  # type: ignore[misc]
    tasks.wait(10_000)
