# SPDX-License-Identifier: GPL-3.0-or-later
"""Installs DefenderDoc's and Qt's own translations, in KeePassXC's order.

Qt's ``qtbase`` catalog translates standard buttons; our catalog translates
``QT_LAYOUT_DIRECTION`` to ``RTL`` for Arabic so the whole interface mirrors even
where no qtbase catalog is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from defenderdoc import paths
from defenderdoc.i18n import install_translator

_installed: list[QTranslator] = []


def catalog_dir() -> str:
    return str(paths.resources_dir().parent / "translations")


def install_translations(app: QApplication, language: str) -> str:
    """Load catalogs for ``language`` ("" = system locale); returns the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("defenderdoc", catalog_dir())):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    install_translator(QCoreApplication.translate)
    app.setLayoutDirection(locale.textDirection())
    return locale.name().split("_")[0]
