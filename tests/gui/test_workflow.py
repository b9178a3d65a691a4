# SPDX-License-Identifier: GPL-3.0-or-later
"""A whole working session through the real widgets, as a security officer would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from defenderdoc.errors import VaultLockedError
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.views.incident_editor import IncidentEditor
from defenderdoc.gui.views.incidents_page import IncidentsPage
from defenderdoc.gui.views.people_page import PeoplePage
from defenderdoc.gui.windows.create_vault_dialog import CreateVaultDialog
from defenderdoc.gui.windows.main_window import MainWindow
from defenderdoc.gui.windows.unlock_window import UnlockWindow

SECRET = "a long passphrase for the field office"


def _create_vault(qtbot: QtBot, ctx: GuiContext, folder: Path) -> None:
    dialog = CreateVaultDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Field office")
    dialog.location.setText(str(folder))
    qtbot.keyClicks(dialog.first.edit, SECRET)
    qtbot.keyClicks(dialog.second.edit, SECRET)
    dialog.recovery.setChecked(False)
    dialog.create_vault()
    qtbot.waitUntil(lambda: ctx.services.is_unlocked, timeout=20_000)


def _add_person(qtbot: QtBot, page: PeoplePage) -> None:
    page.new_person()
    editor = page.editor
    assert editor is not None
    qtbot.keyClicks(editor.pseudonym, "WHRD-Ceiba")
    qtbot.keyClicks(editor.legal_name, "Rosa Ejemplo")
    editor.characteristics["gender_identity"].set_code("woman")
    status, _date, method, by = editor.consent_rows["un"]
    status.set_code("given")
    method.set_code("written")
    qtbot.keyClicks(by, "officer")
    editor.save()
    assert editor.error.text() == ""


def _add_incident(qtbot: QtBot, ctx: GuiContext, person_id: int) -> int:
    editor = IncidentEditor(ctx)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title, "Amenazas en el albergue")
    editor.types.set_codes(["threat.death", "surveillance.physical"])
    qtbot.keyClicks(editor.narrative, "Llamadas intimidatorias tras la visita de la ONU.")
    qtbot.keyClicks(editor.start, "2026-03-14")
    editor.country.set_code("MX")
    qtbot.keyClicks(editor.region, "Chiapas")
    editor.victims.add_row([person_id, "targeted_defender"])
    editor.perpetrators.add_row(["state.immigration", "state_agent", "two agents", None])
    assert "has not consented to disclosure of the name" in editor.warnings.text()
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    return int(saved.args[0])


def test_full_session(qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path) -> None:
    _create_vault(qtbot, gui_ctx, tmp_path)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()
    people = window.pages["people"]
    assert isinstance(people, PeoplePage)
    window.show_section("people")
    _add_person(qtbot, people)
    [person] = gui_ctx.services.list_persons()
    assert gui_ctx.services.get_person(person.id).consents["un"].status == "given"
    incident_id = _add_incident(qtbot, gui_ctx, person.id)
    record = gui_ctx.services.get_incident(incident_id).draft
    assert record.types == ["surveillance.physical", "threat.death"]
    assert record.perpetrators[0].state_link == "state_agent"
    assert record.victims[0].person_id == person.id

    incidents = window.pages["incidents"]
    assert isinstance(incidents, IncidentsPage)
    window.show_section("incidents")
    incidents.search.setText("intimidatorias")
    qtbot.waitUntil(lambda: incidents.model.total == 1, timeout=5000)
    incidents.table.selectRow(0)
    assert "Amenazas en el albergue" in incidents.detail.toPlainText()
    window.discreet_action.setChecked(True)
    assert "intimidatorias" not in incidents.detail.toPlainText()
    window.discreet_action.setChecked(False)

    vault_path = gui_ctx.services.vault_path
    assert vault_path is not None
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert incidents.model.rowCount() == 0
    assert incidents.detail.toPlainText() == ""
    assert people.list.count() == 0
    with pytest.raises(VaultLockedError):
        gui_ctx.services.count_incidents()

    unlock = UnlockWindow(gui_ctx.services, gui_ctx.tasks, vault_path)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.passphrase, SECRET)
    with qtbot.waitSignal(unlock.unlocked, timeout=20_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert gui_ctx.services.count_incidents() == 1
    assert gui_ctx.services.get_person(person.id).draft.legal_name == "Rosa Ejemplo"


def test_auto_lock_fires_after_inactivity(
    qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path
) -> None:
    _create_vault(qtbot, gui_ctx, tmp_path)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()
    window.idle.timer.setInterval(300)  # five minutes by default; shortened for the test
    window.idle.timer.start()
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert not gui_ctx.services.is_unlocked
    assert not window.isVisible()


def test_input_resets_the_idle_timer(qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path) -> None:
    _create_vault(qtbot, gui_ctx, tmp_path)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()
    window.idle.timer.setInterval(600)
    window.idle.timer.start()
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert gui_ctx.services.is_unlocked  # 1.2 s of activity > 0.6 s timeout, still open
    window.lock()


def test_clipboard_is_cleared_only_if_still_ours(qtbot: QtBot, gui_ctx: GuiContext) -> None:
    from PySide6.QtGui import QGuiApplication

    guard = gui_ctx.clipboard
    guard.copy("a8f5f167f44f4964e6c998dee827110c")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    guard.clear()
    assert clipboard.text() == ""
    guard.copy("hash")
    clipboard.setText("something the user copied since")
    guard.clear()
    assert clipboard.text() == "something the user copied since"


def test_fits_a_small_laptop_screen(qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path) -> None:
    """Every section must fit 1024 px wide: long texts wrap instead of widening the window."""
    _create_vault(qtbot, gui_ctx, tmp_path)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()
    for key, page in window.pages.items():
        assert page.minimumSizeHint().width() <= 800, key
    assert window.minimumSizeHint().width() <= 1024
    window.lock()


def test_sections_reachable_by_keyboard(qtbot: QtBot, gui_ctx: GuiContext, tmp_path: Path) -> None:
    from tests.gui.conftest import activate

    _create_vault(qtbot, gui_ctx, tmp_path)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()
    activate(window)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages["evidence"]
    qtbot.keyClick(window.sidebar, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages["audit"]
    window.lock()
