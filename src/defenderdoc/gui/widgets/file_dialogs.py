# SPDX-License-Identifier: GPL-3.0-or-later
"""File dialogs that leave no trace of which files were opened or saved.

Native dialogs report every chosen file to the desktop's recent-files list
(``recently-used.xbel``, Windows RecentDocs, macOS recent items), so DefenderDoc
uses Qt's own dialog. That one has a trace of its own: when it is destroyed it
writes its folder history and last folder to the ``QtProject`` settings file
(``~/.config/QtProject.conf`` on Linux). DefenderDoc never uses QSettings itself
(preferences live in ``settings.json``), so that settings location is pointed at
a place where nothing can be written, and the keys are deleted after each dialog
wherever the redirection cannot apply (the Windows registry, macOS preferences).
"""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_TRACE_KEYS = ("FileDialog/history", "FileDialog/lastVisited")
_contained = False


def contain_dialog_state() -> None:
    """Send Qt's own file-dialog state to the null device (idempotent, process-wide)."""
    global _contained  # noqa: PLW0603 - one process-wide switch, like QSettings' own paths
    if _contained:
        return
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, os.devnull)
    _contained = True


def _scrub() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _TRACE_KEYS:
        settings.remove(key)
    settings.sync()


def _run(dialog: QFileDialog) -> list[Path]:
    """Show ``dialog`` modally; the chosen paths, or [] when cancelled."""
    contain_dialog_state()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # Folder names can themselves be sensitive: locking closes the dialog.
    dialog.setProperty("holdsContent", True)
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = [Path(name) for name in dialog.selectedFiles()] if accepted else []
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)  # its destructor writes the state: let it happen now
        _scrub()
    return chosen


def _dialog(parent: QWidget, caption: str, folder: Path | None) -> QFileDialog:
    start = str(folder) if folder and folder.is_dir() else QDir.homePath()
    dialog = QFileDialog(parent, caption, start)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def open_files(parent: QWidget, caption: str, folder: Path | None = None) -> list[Path]:
    """Existing files to import."""
    dialog = _dialog(parent, caption, folder)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def open_folder(parent: QWidget, caption: str, folder: Path | None = None) -> Path | None:
    """An existing folder whose files are imported."""
    dialog = _dialog(parent, caption, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def save_file(
    parent: QWidget, caption: str, suggested: str, folder: Path | None = None
) -> Path | None:
    """A file to write; Qt's dialog asks before replacing an existing one."""
    dialog = _dialog(parent, caption, folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested)
    chosen = _run(dialog)
    return chosen[0] if chosen else None
