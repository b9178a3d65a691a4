# SPDX-License-Identifier: GPL-3.0-or-later
"""Installs DefenderDoc's and Qt's own translations, in KeePassXC's order.

Qt's ``qtbase`` catalog translates standard buttons; our catalog translates
``QT_LAYOUT_DIRECTION`` to ``RTL`` for Arabic so the whole interface mirrors even
where no qtbase catalog is installed. Catalogs live in the top-level
``translations/`` folder (``defenderdoc/translations`` in a wheel, next to
``resources``); ``make translations`` compiles them (README, "Adding a language").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from defenderdoc import paths
from defenderdoc.i18n import QT_TRANSLATE_NOOP, install_translator

#: Qt asks every installed catalog for this entry to learn the text direction of
#: the language: "RTL" (Arabic) or "LTR". Qt's own lookup is in C++, so lupdate
#: never sees it; marked here, the entry survives every ``make catalogs``.
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")

#: The language of the source strings, used when no catalog matches.
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def catalog_dir() -> str:
    return str(paths.resources_dir().parent / "translations")


def interface_language() -> str:
    """The language the interface was started in ("en" until a catalog is installed)."""
    return _language


def install_translations(app: QApplication, language: str) -> str:
    """Load catalogs for ``language`` ("" = system locale); returns the language used.

    ``QLocale``'s default becomes the chosen locale, so ``QLocale()`` formats dates,
    numbers and sizes the way that language writes them. Qt's own catalog is only
    installed alongside ours: a language DefenderDoc has no catalog for stays
    English throughout (no German "Abbrechen" next to English labels).
    """
    global _language  # noqa: PLW0603 - one interface language per process
    remove_translations(app)
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    if ours.load(locale, "defenderdoc", "_", catalog_dir()):
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
        app.installTranslator(ours)  # installed last, so searched first
        _installed.append(ours)
        _language = (ours.language() or locale.name()).split("_")[0]
    install_translator(QCoreApplication.translate)
    rtl = bool(_installed) and ours.translate("QGuiApplication", LAYOUT_DIRECTION) == "RTL"
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return _language


def remove_translations(app: QApplication) -> None:
    """Back to the English source strings, left to right (tests switch languages)."""
    global _language  # noqa: PLW0603 - see install_translations
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = SOURCE_LANGUAGE
    install_translator(None)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# ------------------------------------------------------------ locale formats
def short_date_format(locale: QLocale) -> str:
    """The locale's short date pattern; ISO 8601 where the system names no locale.

    Qt's "C" locale (``LANG=C``, minimal systems, many servers) writes "5 12 2026",
    which reads as May or December depending on who looks at it.
    """
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def format_date(day: dt.date) -> str:
    """A date the way the interface's locale writes it short ("14/03/2026", "3/14/26")."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), short_date_format(locale))


def format_month(day: dt.date) -> str:
    """Month and year only ("Mar 2026", "mars 2026"), for dates known to the month."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMM yyyy")


def format_year(day: dt.date) -> str:
    """The year alone, in the locale's digits."""
    return QLocale().toString(QDate(day.year, 1, 1), "yyyy")


def format_datetime(moment: dt.datetime, *, seconds: bool = False) -> str:
    """Date and time in the locale's short form; a naive ``moment`` is taken as UTC.

    The time stays in ``moment``'s own zone (UTC columns stay UTC). ``seconds``
    adds them to the locale's short time format (the long one names the zone).
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    offset = moment.utcoffset() or dt.timedelta()
    zone = QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds()))
    stamp = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        zone,
    )
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    return locale.toString(stamp, f"{short_date_format(locale)} {time_format}")
