# SPDX-License-Identifier: GPL-3.0-or-later
"""The dossier builder shows what leaves, refuses what consent forbids, and forgets on lock."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from pathlib import Path

import pytest
import shiboken6
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.errors import CancelledError
from defenderdoc.export.templates import PROTECTION, UN
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.views.dossiers_page import INCIDENTS, LEAVES, PREVIEW, DossiersPage
from defenderdoc.gui.views.export_log import ReprisalDialog
from tests.export.conftest import SECRETS, Case, case  # noqa: F401 - the fixture is reused

# Tests never write into the checkout; DDOC_SCREENSHOTS=DIR saves the picture for the docs.
SCREENSHOT_DIR = os.environ.get("DDOC_SCREENSHOTS")
WAIT = 30_000


@pytest.fixture
def page(qtbot: QtBot, gui_ctx: GuiContext, case: Case) -> DossiersPage:  # noqa: F811
    assert gui_ctx.services is case.services
    widget = DossiersPage(gui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    widget.refresh()
    return widget


def _settled(qtbot: QtBot, page: DossiersPage) -> None:
    qtbot.waitUntil(lambda: not page.updating and page.preview is not None, timeout=WAIT)


def _choose_incidents(qtbot: QtBot, page: DossiersPage, case: Case) -> None:  # noqa: F811
    """All three ways in: by hand, a person's history, and everything a filter matches."""
    step = page.incidents
    step.search.setText("shelter")
    qtbot.waitUntil(lambda: step.model.total == 1, timeout=WAIT)
    step.table.selectRow(0)
    qtbot.mouseClick(step.add_selected_button, Qt.MouseButton.LeftButton)
    step.person.setCurrentIndex(step.person.findText("WHRD-Gamma", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(step.add_person_button, Qt.MouseButton.LeftButton)
    step.search.setText("Delta")
    qtbot.waitUntil(lambda: step.model.total == 1, timeout=WAIT)
    qtbot.mouseClick(step.add_matching_button, Qt.MouseButton.LeftButton)
    assert sorted(step.incident_ids()) == sorted([case.main, case.gamma_only, case.delta_only])
    assert step.count.text() == "3 incident(s) in this dossier"


def _export(qtbot: QtBot, page: DossiersPage, target: Path, fmt: str) -> str:
    step = page.preview_step
    step.format.setCurrentIndex(step.format.findData(fmt))
    page.exporter.choose_target = lambda _fmt: target  # type: ignore[method-assign]
    qtbot.mouseClick(step.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: step.result.text().startswith("Dossier written"), timeout=WAIT)
    return step.result.text()


def _pages_painted(page: DossiersPage) -> bool:
    """QPdfView renders pages in the background: wait until text (dark pixels) shows."""
    view = page.preview_step.pdf.view
    if view is None:
        return False
    image = view.viewport().grab().toImage()
    return any(
        image.pixelColor(x, y).lightness() < 80
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )


def _add_photo(case: Case, tmp_path: Path) -> int:  # noqa: F811
    image = Image.new("RGB", (640, 420), (196, 208, 220))
    ImageDraw.Draw(image).rectangle((120, 90, 420, 330), fill=(40, 60, 90))
    path = tmp_path / "IMG_2041.png"
    image.save(path)
    [result] = case.services.import_evidence([path], incident_id=case.main)
    assert result.evidence_id is not None
    return result.evidence_id


def _go_to_preview(qtbot: QtBot, page: DossiersPage) -> None:
    page.go_to(PREVIEW)
    qtbot.waitUntil(
        lambda: not page.updating and page.preview_step.pdf.page_count > 0, timeout=WAIT
    )


def test_recipient_step_offers_only_what_the_template_needs(page: DossiersPage) -> None:
    step = page.recipient
    assert step.template_id() == UN
    assert [step.language.itemData(i) for i in range(step.language.count())] == ["en", "fr", "es"]
    assert not step.un_box.isHidden()
    assert step.protection_box.isHidden()
    step.cards[PROTECTION].radio.click()
    assert step.un_box.isHidden()
    assert not step.protection_box.isHidden()
    assert step.language.count() == 4
    assert step.support is not None
    assert step.support.count() > 0
    assert page.leaves.editor.profile().consent_use == "partner"  # the template's own default
    step.cards[UN].radio.click()
    assert page.leaves.editor.profile().consent_use == "un"
    assert page.heading.text() == "Step 1 of 4: Recipient"


def test_walk_four_steps_block_on_conflict_export_and_log(  # noqa: PLR0915 - one story
    qtbot: QtBot,
    page: DossiersPage,
    case: Case,  # noqa: F811
    tmp_path: Path,
) -> None:
    _add_photo(case, tmp_path)
    recipient = page.recipient
    recipient.mandates.edit.setText("Special Rapporteur on human rights defenders")
    recipient.mandates.add_current()
    recipient.submitter.setText("Fictional Network")
    recipient.urgent.setChecked(True)
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert page.step_list.currentRow() == INCIDENTS
    _choose_incidents(qtbot, page, case)

    page.go_to(LEAVES)
    _settled(qtbot, page)
    leaves = page.leaves
    assert leaves.editor.profile().names == "legal_with_consent"
    assert not leaves.fix.isVisibleTo(page)
    texts = [leaves.issues.item(i).text() for i in range(leaves.issues.count())]
    assert all(not t.startswith("Blocks export") for t in texts)
    assert "1 incident(s) will be included" in leaves.summary.text()

    # Legal names for everyone: WHRD-Beta refused disclosure to the State.
    legal = leaves.editor.names.values.index("legal")
    leaves.editor.names.group.button(legal).click()
    _settled(qtbot, page)
    assert page.preview is not None
    assert page.preview.blocked
    conflict = leaves.issues.item(0)
    assert conflict.text().startswith("Blocks export: WHRD-Beta has not consented")
    assert "choose pseudonyms" in conflict.text()
    assert conflict.foreground().color().red() > 150
    assert leaves.fix.isVisibleTo(page)
    page.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not page.updating, timeout=WAIT)
    step = page.preview_step
    assert not step.export_button.isEnabled()
    assert "consent conflict" in step.reason.text()
    assert "WHRD-Beta" in step.blocked.text()
    assert step.pdf.view is None  # no pages of a dossier that cannot leave
    qtbot.mouseClick(step.fix, Qt.MouseButton.LeftButton)
    assert page.step_list.currentRow() == LEAVES
    qtbot.mouseClick(leaves.fix, Qt.MouseButton.LeftButton)
    assert leaves.editor.profile().names == "pseudonym"
    leaves.editor.set_names("legal_with_consent")  # and back to the template's default

    _go_to_preview(qtbot, page)
    assert step.export_button.isEnabled()
    assert step.reason.isHidden()
    whys = {step.withheld.item(i).text().split("\n")[1] for i in range(step.withheld.count())}
    assert "consent for this use was refused or withdrawn" in whys
    assert "every person it concerns was withheld" in whys
    assert "1 thing(s)" in step.warnings.text() or step.warnings.isHidden()
    [photo] = page.preview.content.annex_images if page.preview else ()
    assert step.files.topLevelItem(0).text(0) == photo.file_name == "evidence-01.png"
    assert step.files.topLevelItem(0).text(1) == photo.sha256
    qtbot.waitUntil(lambda: _pages_painted(page), timeout=WAIT)
    target = Path(SCREENSHOT_DIR or tmp_path) / "dossier-builder.png"
    assert page.grab().save(str(target))

    json_text = _export(qtbot, page, tmp_path / "dossier.json", "json")
    raw = (tmp_path / "dossier.json").read_text(encoding="utf-8")
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    assert json_text == f"Dossier written; SHA-256 {digest}; logged as export 1."
    data = json.loads(raw)
    assert data["template"] == UN
    assert "WHRD-Beta" in raw
    for secret in ("state_refused_legal", "refused_legal", "contact", "source", "place"):
        assert SECRETS[secret] not in raw, secret
    pdf_text = _export(qtbot, page, tmp_path / "dossier.pdf", "pdf")
    assert pdf_text.endswith("logged as export 2.")
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF")

    page.tabs.setCurrentIndex(1)
    log = page.log
    assert log.table.rowCount() == 2
    cells = [log.table.item(0, c).text() for c in range(6)]
    assert cells[1] == "Submission to the UN Special Procedures"
    assert cells[3:5] == ["1", "2"]
    pdf_digest = hashlib.sha256((tmp_path / "dossier.pdf").read_bytes()).hexdigest()
    assert cells[5] == pdf_digest[:16] + "…"

    later = case.services.add_incident(
        IncidentDraft(title="Raid after the submission", start_date=dt.date.today(), country="MX")
    )
    log.table.selectRow(0)

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReprisalDialog)
        dialog.later_only.setChecked(False)  # robust around midnight UTC
        titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert not any("Threats at the shelter" in t for t in titles)  # it was in the export
        row = next(i for i, t in enumerate(titles) if "Raid after" in t)
        dialog.list.setCurrentRow(row)
        dialog.accept()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(log.mark, Qt.MouseButton.LeftButton)
    assert case.services.get_incident(later).draft.reprisal_export_id == 2
    assert "possible reprisal for export 2" in log.result.text()


def test_cancel_stops_the_export(
    qtbot: QtBot,
    page: DossiersPage,
    case: Case,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()

    def slow(*_args: object, cancel: object, **_kwargs: object) -> None:
        started.set()
        while not getattr(cancel, "cancelled", True):
            threading.Event().wait(0.01)
        raise CancelledError

    page.incidents.add_ids([case.main])
    _go_to_preview(qtbot, page)
    monkeypatch.setattr(case.services, "export_dossier", slow)
    page.exporter.choose_target = lambda _fmt: tmp_path / "x.pdf"  # type: ignore[method-assign]
    qtbot.mouseClick(page.preview_step.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert not page.step_list.isEnabled()
    qtbot.mouseClick(page.preview_step.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in page.preview_step.result.text(), timeout=WAIT)
    assert page.step_list.isEnabled()
    assert page.preview_step.export_button.isEnabled()
    assert not (tmp_path / "x.pdf").exists()


def test_clear_forgets_everything(
    qtbot: QtBot,
    page: DossiersPage,
    case: Case,  # noqa: F811
) -> None:
    page.recipient.submitter.setText("Fictional Network")
    page.recipient.mandates.edit.setText("WGAD")
    page.recipient.mandates.add_current()
    page.leaves.editor.spans.edit.setText("a sensitive sentence")
    page.leaves.editor.spans.add_current()
    page.incidents.add_ids([case.main, case.delta_only])
    page.incidents.reload()
    _go_to_preview(qtbot, page)
    page.tabs.setCurrentIndex(1)
    view = page.preview_step.pdf.view
    assert view is not None
    assert page.preview_step.withheld.count() > 0

    page.clear()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=WAIT)
    step = page.preview_step
    assert step.pdf.view is None
    assert step.pdf.document is None
    assert step.pdf.buffer is None
    assert step.withheld.count() == step.files.topLevelItemCount() == 0
    assert page.preview is None
    assert page.current_request() is None
    assert page.incidents.model.rowCount() == 0
    assert page.incidents.chosen.count() == 0
    assert page.incidents.person.count() == 0
    assert page.recipient.submitter.text() == ""
    assert page.recipient.mandates.values() == ()
    assert page.leaves.editor.spans.values() == ()
    assert page.leaves.editor.profile().names == "legal_with_consent"  # UN template again
    assert page.log.table.rowCount() == 0
    assert page.log.records == []
    assert page.step_list.currentRow() == 0
    assert page.tabs.currentIndex() == 0
    assert not step.export_button.isEnabled()


def test_a_result_arriving_after_clear_is_dropped(
    qtbot: QtBot,
    page: DossiersPage,
    case: Case,  # noqa: F811
) -> None:
    page.incidents.add_ids([case.main])
    page.go_to(PREVIEW)  # starts the preview and the rendering at once
    assert page.updating
    page.clear()
    assert page.ctx.tasks.wait(WAIT)
    qtbot.wait(50)  # let the queued result arrive
    assert page.preview is None
    assert page.preview_step.pdf.view is None
    assert page.leaves.issues.count() == 0


def test_layout_mirrors_right_to_left(qtbot: QtBot, page: DossiersPage) -> None:
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(10)
    assert page.step_list.mapTo(page, page.step_list.rect().topLeft()).x() > page.width() // 2


def test_discreet_mode_hides_the_pages_until_asked(
    qtbot: QtBot,
    page: DossiersPage,
    case: Case,  # noqa: F811
) -> None:
    page.incidents.add_ids([case.main])
    _go_to_preview(qtbot, page)
    pdf = page.preview_step.pdf
    page.set_discreet(True)
    assert pdf.view is not None
    assert pdf.view.isHidden()
    assert not pdf.reveal.isHidden()
    qtbot.mouseClick(pdf.reveal, Qt.MouseButton.LeftButton)
    assert not pdf.view.isHidden()
    page.set_discreet(False)
    assert not pdf.view.isHidden()
    assert pdf.reveal.isHidden()
