# SPDX-License-Identifier: GPL-3.0-or-later
"""The interface in Arabic: mirrored right to left, Arabic text, Arabic dates.

Installs the catalogs exactly as the app does at start (gui/i18n.py reads the
compiled .qm files from translations/, built by ``make translations``) and puts
everything back afterwards so other tests see the English source strings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from defenderdoc import settings as settings_store
from defenderdoc.domain.records import IncidentDraft
from defenderdoc.gui import i18n
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.views.incidents_page import IncidentsPage
from defenderdoc.gui.views.settings_page import SettingsPage
from defenderdoc.gui.windows.main_window import MainWindow
from defenderdoc.gui.windows.unlock_window import UnlockWindow
from defenderdoc.i18n import translate
from tests.conftest import PASSPHRASE

ARABIC = re.compile("[\u0600-\u06ff]")
ARABIC_INDIC_DIGITS = re.compile("[\u0660-\u0669]")


def _arabic(text: str) -> bool:
    return bool(ARABIC.search(text))


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Switch the interface language like the app's start does; restore on the way out."""
    for name in ("ar", "es", "fr"):
        qm_file = Path(i18n.catalog_dir()) / f"defenderdoc_{name}.qm"
        if not qm_file.exists():
            pytest.fail(f"{qm_file} is missing: run `make translations`")
    locale, direction = QLocale(), qapp.layoutDirection()

    def install(name: str) -> str:
        return i18n.install_translations(qapp, name)

    yield install
    i18n.remove_translations(qapp)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    assert i18n.interface_language() == "en"
    assert translate("MainWindow", "Incidents") == "Incidents"


def test_main_window_in_arabic(
    qtbot: QtBot,
    qapp: QApplication,
    gui_ctx: GuiContext,
    language: Callable[[str], str],
    tmp_path: Path,
) -> None:
    assert language("ar") == "ar"
    assert gui_ctx.language == "ar"  # vocabulary labels follow the interface
    services = gui_ctx.services
    services.create_vault(tmp_path / "Arabic.ddoc", PASSPHRASE)
    services.add_incident(
        IncidentDraft(title="تهديدات في المأوى", start_date=dt.date(2026, 3, 14), country="MX")
    )
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()

    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    # Mirrored: the sections list stands at the right edge, the page to its left.
    assert window.sidebar.geometry().left() > window.stack.geometry().left()

    sections = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert sections[0] == "الحوادث"
    assert all(_arabic(text) for text in sections), sections
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["ال&خزنة", "&عرض", "م&ساعدة"]
    assert _arabic(window.status.text())

    page = window.pages["incidents"]
    assert isinstance(page, IncidentsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    buttons = [b.text() for b in page.findChildren(QPushButton) if b.text()]
    assert "حادثة جديدة" in buttons
    assert all(_arabic(text) for text in buttons), buttons
    assert _arabic(page.search.placeholderText())
    header = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert header == ["التاريخ", "العنوان", "البلد", "الحالة"]
    date_cell = page.model.index(0, 0).data()
    assert ARABIC_INDIC_DIGITS.search(date_cell), date_cell  # Arabic-Indic digits
    assert _arabic(page.model.index(0, 3).data())  # status label from the vocabulary

    for key in ("people", "evidence", "dossiers", "audit", "settings"):
        window.show_section(key)
        labels = [w.text() for w in window.pages[key].findChildren(QLabel) if w.text()]
        labels += [w.text() for w in window.pages[key].findChildren(QPushButton) if w.text()]
        latin_only = [t for t in labels if not _arabic(t) and re.search("[A-Za-z]{3}", t)]
        assert latin_only == [], (key, latin_only)
    for key, page_widget in window.pages.items():  # long Arabic labels wrap instead of widening
        assert page_widget.minimumSizeHint().width() <= 800, key
    assert window.minimumSizeHint().width() <= 1024

    standard = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert _arabic(standard.buttons()[0].text())  # Qt's own qtbase catalog
    window.lock()


def test_unlock_window_in_arabic(
    qtbot: QtBot,
    qapp: QApplication,
    gui_ctx: GuiContext,
    language: Callable[[str], str],
    tmp_path: Path,
) -> None:
    language("ar")
    window = UnlockWindow(gui_ctx.services, gui_ctx.tasks, tmp_path / "Demo.ddoc")
    qtbot.addWidget(window)
    window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _arabic(window.windowTitle())
    assert window.unlock_button.text() == "فتح"


def test_language_chosen_in_settings_applies_at_next_start(
    qtbot: QtBot,
    qapp: QApplication,
    gui_ctx: GuiContext,
    language: Callable[[str], str],
    tmp_path: Path,
) -> None:
    gui_ctx.services.create_vault(tmp_path / "Vault.ddoc", PASSPHRASE)
    page = SettingsPage(gui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.language.setCurrentIndex(page.language.findData("ar"))
    page.save()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight  # after restart only
    assert gui_ctx.language == "en"
    stored = settings_store.load()
    assert stored.language == "ar"
    assert language(stored.language) == "ar"  # what gui/app.py does at the next start
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize(
    ("name", "day", "month"),
    [
        ("es", "14/3/26", "mar 2026"),
        ("fr", "14/03/2026", "mars 2026"),
        ("ar", "١٤\u200f/٣\u200f/٢٠٢٦", "مارس ٢٠٢٦"),
    ],
)
def test_dates_are_written_the_way_the_language_writes_them(
    language: Callable[[str], str], name: str, day: str, month: str
) -> None:
    assert language(name) == name
    date = dt.date(2026, 3, 14)
    assert i18n.format_date(date) == day
    assert i18n.format_month(date) == month
    assert translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == ("RTL" if name == "ar" else "LTR")


def test_a_system_without_a_locale_gets_unambiguous_dates(qapp: QApplication) -> None:
    """Qt's C locale writes "4 03 2026"; ISO 8601 cannot be read as another month."""
    del qapp
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert i18n.format_date(dt.date(2026, 3, 4)) == "2026-03-04"
        stamp = dt.datetime(2026, 3, 4, 7, 5, 9, tzinfo=dt.UTC)
        assert i18n.format_datetime(stamp, seconds=True) == "2026-03-04 07:05:09"
    finally:
        QLocale.setDefault(before)
