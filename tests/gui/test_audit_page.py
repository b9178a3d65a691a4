# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit page speaks in words, filters on them, verifies in a worker, forgets on lock."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from defenderdoc.domain.records import IncidentDraft, PersonDraft
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.models.audit_table import ACTIONS, readable_details
from defenderdoc.gui.views.audit_page import AuditPage
from defenderdoc.services import Services

ACTION, RECORD, DETAILS = 3, 4, 5


def _column(page: AuditPage, column: int, visible_only: bool = False) -> list[str]:
    """The texts of a column: all rows, or those the filter lets through."""
    if visible_only:
        proxy = page.proxy
        return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]
    return [page.model.text(row, column) for row in range(page.model.rowCount())]


def _page(qtbot: QtBot, gui_ctx: GuiContext) -> AuditPage:
    page = AuditPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_actions_and_records_are_shown_in_words(
    qtbot: QtBot, open_vault: Services, gui_ctx: GuiContext
) -> None:
    person = open_vault.add_person(PersonDraft(pseudonym="WHRD-Ceiba"))
    incident = open_vault.add_incident(
        IncidentDraft(title="Threat at the shelter", start_date=dt.date(2026, 3, 14))
    )
    open_vault.update_incident(incident, IncidentDraft(title="Threats at the shelter"))
    open_vault.delete_incident(incident)
    page = _page(qtbot, gui_ctx)

    actions = set(_column(page, ACTION))
    assert {"Created", "Changed", "Deleted"} <= actions
    assert not actions & set(ACTIONS), actions  # no stored code shown as it is stored
    assert f"Person {person}" in _column(page, RECORD)
    assert f"Incident {incident}" in _column(page, RECORD)
    details = _column(page, DETAILS)
    assert "{}" not in details
    assert any(text.startswith("fields: ") for text in details), details  # what changed

    page.filter.setText("deleted")  # the filter matches the words on screen
    shown = set(_column(page, ACTION, visible_only=True))
    assert shown == {"Deleted"}
    page.filter.setText("")
    assert len(_column(page, ACTION, visible_only=True)) == page.model.rowCount()


def test_verify_runs_in_a_worker_and_reports(
    qtbot: QtBot, open_vault: Services, gui_ctx: GuiContext
) -> None:
    open_vault.add_incident(IncidentDraft(title="Threat at the shelter"))
    page = _page(qtbot, gui_ctx)
    page.verify()
    assert not page.verify_button.isEnabled()  # the GUI thread returned at once
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=20_000)
    assert page.result.text().startswith("Everything verified")
    assert "Database: intact" in page.result.text()
    assert "Audit log: " in page.result.text()
    assert "Verified" in _column(page, ACTION)  # the verify run is itself audited


def test_damage_is_reported_not_hidden(
    qtbot: QtBot, open_vault: Services, gui_ctx: GuiContext
) -> None:
    open_vault.add_incident(IncidentDraft(title="Threat at the shelter"))
    page = _page(qtbot, gui_ctx)
    with open_vault.vault.session() as session:  # an insider rewrites history
        session.connection().exec_driver_sql("UPDATE audit_log SET actor = 'someone else'")
    page.verify()
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=20_000)
    assert page.result.text().startswith("Problems found")
    assert "entries, BROKEN" in page.result.text()
    assert "altered" in page.result.text()


def test_lock_clears_the_log(qtbot: QtBot, open_vault: Services, gui_ctx: GuiContext) -> None:
    open_vault.add_incident(IncidentDraft(title="Threat at the shelter"))
    page = _page(qtbot, gui_ctx)
    assert page.model.rowCount() > 0
    page.clear()
    assert page.model.rowCount() == 0
    assert page.proxy.rowCount() == 0
    assert page.result.text() == ""


def test_details_read_as_text() -> None:
    assert readable_details("{}") == ""
    assert readable_details('{"count": 2, "fields": ["title", "narrative"]}') == (
        "count: 2; fields: title, narrative"
    )
    assert readable_details("not json") == "not json"
