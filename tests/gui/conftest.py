# SPDX-License-Identifier: GPL-3.0-or-later
"""GUI tests run offscreen unless --onscreen-like use sets QT_QPA_PLATFORM."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def activate(window: object) -> None:
    """Make ``window`` the active window; offscreen Qt does not always do it on show()."""
    import warnings

    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
