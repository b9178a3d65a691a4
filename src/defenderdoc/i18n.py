# SPDX-License-Identifier: GPL-3.0-or-later
"""Translation hooks usable without Qt.

``QT_TRANSLATE_NOOP`` marks strings for ``pyside6-lupdate`` (which extracts it even
without a Qt import); ``translate`` is the identity until the GUI installs
``QCoreApplication.translate``. The helper is deliberately not called ``tr``:
lupdate misreads a bare two-argument ``tr``.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction; returns it unchanged."""
    del context
    return text


def translate(context: str, text: str) -> str:
    """Translate through the installed hook, or return the English source."""
    return _translator(context, text) if _translator else text


def install_translator(func: Callable[[str, str], str] | None) -> None:
    """Install (or with ``None`` remove) the function ``translate`` delegates to."""
    global _translator  # noqa: PLW0603 - one process-wide hook, set by the GUI at start
    _translator = func
