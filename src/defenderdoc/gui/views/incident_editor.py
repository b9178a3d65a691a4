# SPDX-License-Identifier: GPL-3.0-or-later
"""The incident editor, in the order a mechanism asks: what, when, where, who, response.

It only gathers an :class:`IncidentDraft`; saving, validation and auditing are the
services' job, run in a worker so the window never stalls on a slow disk.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import (
    AuthorityActionDraft,
    FollowUpDraft,
    IncidentDraft,
    PerpetratorDraft,
    VictimLink,
)
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.widgets.rows import Column, RowsEditor
from defenderdoc.gui.widgets.vocab import VocabChecklist, VocabCombo


def parse_date(value: str) -> dt.date | None:
    value = value.strip()
    return dt.date.fromisoformat(value) if value else None


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class IncidentEditor(QDialog):
    """Create or edit one incident; emits ``saved(id)`` after the services stored it."""

    saved = Signal(int)

    def __init__(self, ctx: GuiContext, incident_id: int | None = None) -> None:
        super().__init__()
        self.ctx, self.incident_id = ctx, incident_id
        self.setProperty("holdsContent", True)  # closed on lock
        self.setWindowTitle(self.tr("Edit incident") if incident_id else self.tr("New incident"))
        self.resize(900, 760)
        vocab, lang = ctx.services.vocabulary, ctx.language
        self.title = _line(self.tr("A short, factual title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.types = VocabChecklist(vocab("incident_type"), lang)
        self.types.setMinimumHeight(150)
        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.start = _line("YYYY-MM-DD")
        self.end = _line("YYYY-MM-DD")
        self.date_precision = VocabCombo(vocab("date_precision"), lang, empty=None)
        self.country = VocabCombo(vocab("country"), lang)
        self.region = _line()
        self.place = _line()
        self.location_precision = VocabCombo(vocab("location_precision"), lang, empty=None)
        self.show_coordinates = QCheckBox(self.tr("Record exact coordinates (sensitive)"))
        self.latitude, self.longitude = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, bound in ((self.latitude, 90.0), (self.longitude, 180.0)):
            spin.setRange(-bound, bound)
            spin.setDecimals(5)
            spin.setEnabled(False)
        self.show_coordinates.toggled.connect(self.latitude.setEnabled)
        self.show_coordinates.toggled.connect(self.longitude.setEnabled)
        self.stage = VocabCombo(vocab("migration_stage"), lang)
        self.setting = VocabCombo(vocab("setting"), lang)
        self.status = VocabCombo(vocab("incident_status"), lang, empty=None)
        self.victims = self._victims_editor()
        self.perpetrators = RowsEditor(
            [
                Column(
                    self.tr("Type"),
                    lambda: VocabCombo(vocab("perpetrator_type"), lang, empty=None),
                    VocabCombo.code,
                    VocabCombo.set_code,
                ),
                Column(
                    self.tr("Link to the State"),
                    lambda: VocabCombo(vocab("state_link"), lang, empty=None),
                    VocabCombo.code,
                    VocabCombo.set_code,
                ),
                Column(
                    self.tr("Description"),
                    _line,
                    lambda w: w.text() or None,
                    lambda w, v: w.setText(v or ""),
                ),
                Column(
                    self.tr("Basis of attribution"),
                    _line,
                    lambda w: w.text() or None,
                    lambda w, v: w.setText(v or ""),
                ),
            ],
            self.tr("Add perpetrator"),
            self.tr("Remove"),
        )
        self.authorities = RowsEditor(
            [
                Column(
                    self.tr("Date"),
                    lambda: _line("YYYY-MM-DD"),
                    lambda w: w.text(),
                    lambda w, v: w.setText(v.isoformat() if v else ""),
                ),
                Column(self.tr("Authority"), _line, lambda w: w.text(), lambda w, v: w.setText(v)),
                Column(
                    self.tr("Action"),
                    _line,
                    lambda w: w.text() or None,
                    lambda w, v: w.setText(v or ""),
                ),
                Column(
                    self.tr("Response"),
                    lambda: VocabCombo(vocab("authority_response"), lang, empty=None),
                    VocabCombo.code,
                    VocabCombo.set_code,
                ),
            ],
            self.tr("Add step"),
            self.tr("Remove"),
        )
        self.followups = RowsEditor(
            [
                Column(
                    self.tr("Type"),
                    lambda: VocabCombo(vocab("followup_type"), lang, empty=None),
                    VocabCombo.code,
                    VocabCombo.set_code,
                ),
                Column(
                    self.tr("Due"),
                    lambda: _line("YYYY-MM-DD"),
                    lambda w: w.text(),
                    lambda w, v: w.setText(v.isoformat() if v else ""),
                ),
                Column(
                    self.tr("Done"),
                    QCheckBox,
                    lambda w: w.isChecked(),
                    lambda w, v: w.setChecked(bool(v)),
                ),
                Column(
                    self.tr("Description"),
                    _line,
                    lambda w: w.text() or None,
                    lambda w, v: w.setText(v or ""),
                ),
            ],
            self.tr("Add follow-up"),
            self.tr("Remove"),
        )
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self._layout()
        if incident_id is not None:
            self._load(incident_id)
        else:
            self.date_precision.set_code("day")
            self.location_precision.set_code("place")
            self.status.set_code("documenting")
        self.victims.changed.connect(self._update_warnings)
        self.place.textChanged.connect(self._update_warnings)
        self.region.textChanged.connect(self._update_warnings)

    def _victims_editor(self) -> RowsEditor:
        people = self.ctx.services.list_persons(limit=100_000)
        vocab, lang = self.ctx.services.vocabulary, self.ctx.language

        def person_combo() -> QComboBox:
            combo = QComboBox()
            combo.addItem("—", None)
            for person in people:
                combo.addItem(person.pseudonym, person.id)
            combo.currentIndexChanged.connect(self._update_warnings)
            return combo

        return RowsEditor(
            [
                Column(
                    self.tr("Person (pseudonym)"),
                    person_combo,
                    lambda w: w.currentData(),
                    lambda w, v: w.setCurrentIndex(max(0, w.findData(v))),
                ),
                Column(
                    self.tr("Role"),
                    lambda: VocabCombo(vocab("victim_role"), lang, empty=None),
                    VocabCombo.code,
                    VocabCombo.set_code,
                ),
            ],
            self.tr("Add person"),
            self.tr("Remove"),
        )

    def _layout(self) -> None:
        what = QFormLayout()
        what.addRow(self.tr("Title"), self.title)
        what.addRow(self.tr("Types"), self.types)
        what.addRow(self.tr("Narrative"), self.narrative)
        when = QFormLayout()
        when.addRow(self.tr("Start date"), self.start)
        when.addRow(self.tr("End date"), self.end)
        when.addRow(self.tr("Precision"), self.date_precision)
        where = QFormLayout()
        where.addRow(self.tr("Country"), self.country)
        where.addRow(self.tr("Region"), self.region)
        where.addRow(self.tr("Place"), self.place)
        where.addRow(self.tr("Precision"), self.location_precision)
        where.addRow(self.tr("Stage of migration"), self.stage)
        where.addRow(self.tr("Setting"), self.setting)
        coordinates = QHBoxLayout()
        coordinates.addWidget(self.latitude)
        coordinates.addWidget(self.longitude)
        where.addRow(self.show_coordinates, coordinates)
        body = QWidget()
        column = QVBoxLayout(body)
        for title, content in (
            (self.tr("What"), what),
            (self.tr("When"), when),
            (self.tr("Where"), where),
            (self.tr("Who was targeted"), self.victims),
            (self.tr("Who is responsible"), self.perpetrators),
            (self.tr("Authorities informed and their response"), self.authorities),
            (self.tr("Follow-up and protection measures"), self.followups),
        ):
            box = QGroupBox(title)
            if isinstance(content, QWidget):
                inner = QVBoxLayout(box)
                inner.addWidget(content)
            else:
                box.setLayout(content)
            column.addWidget(box)
        status = QFormLayout()
        status.addRow(self.tr("Status"), self.status)
        column.addLayout(status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _load(self, incident_id: int) -> None:
        draft = self.ctx.services.get_incident(incident_id).draft
        self.title.setText(draft.title)
        self.types.set_codes(draft.types)
        self.narrative.setPlainText(draft.narrative or "")
        self.start.setText(draft.start_date.isoformat() if draft.start_date else "")
        self.end.setText(draft.end_date.isoformat() if draft.end_date else "")
        self.date_precision.set_code(draft.date_precision)
        self.country.set_code(draft.country)
        self.region.setText(draft.region or "")
        self.place.setText(draft.place or "")
        self.location_precision.set_code(draft.location_precision)
        if draft.latitude is not None and draft.longitude is not None:
            self.show_coordinates.setChecked(True)
            self.latitude.setValue(draft.latitude)
            self.longitude.setValue(draft.longitude)
        self.stage.set_code(draft.migration_stage)
        self.setting.set_code(draft.setting)
        self.status.set_code(draft.status)
        self.victims.set_rows([[v.person_id, v.role] for v in draft.victims])
        self.perpetrators.set_rows(
            [
                [p.perpetrator_type, p.state_link, p.description, p.attribution_basis]
                for p in draft.perpetrators
            ]
        )
        self.authorities.set_rows(
            [[a.acted_on, a.authority, a.action, a.response] for a in draft.authority_actions]
        )
        self.followups.set_rows(
            [[f.followup_type, f.due_on, f.done, f.description] for f in draft.followups]
        )
        self._update_warnings()

    def draft(self) -> IncidentDraft:
        coordinates = self.show_coordinates.isChecked()
        return IncidentDraft(
            title=self.title.text(),
            narrative=self.narrative.toPlainText() or None,
            start_date=parse_date(self.start.text()),
            end_date=parse_date(self.end.text()),
            date_precision=self.date_precision.code() or "day",
            country=self.country.code(),
            region=self.region.text() or None,
            place=self.place.text() or None,
            latitude=self.latitude.value() if coordinates else None,
            longitude=self.longitude.value() if coordinates else None,
            location_precision=self.location_precision.code() or "place",
            migration_stage=self.stage.code(),
            setting=self.setting.code(),
            status=self.status.code() or "documenting",
            types=self.types.codes(),
            victims=[
                VictimLink(person_id=p, role=r or "targeted_defender")
                for p, r in self.victims.rows()
                if p is not None
            ],
            perpetrators=[
                PerpetratorDraft(t, s or "unknown", d, b)
                for t, s, d, b in self.perpetrators.rows()
                if t
            ],
            authority_actions=[
                AuthorityActionDraft(a, parse_date(d), act, r or "unknown")
                for d, a, act, r in self.authorities.rows()
                if a.strip()
            ],
            followups=[
                FollowUpDraft(t, parse_date(due), done, desc)
                for t, due, done, desc in self.followups.rows()
                if t
            ],
        )

    def _update_warnings(self) -> None:
        """Warn while typing, as the dossier check would later (UI.md)."""
        lines = []
        for person_id, _role in self.victims.rows():
            if person_id is None:
                continue
            record = self.ctx.services.get_person(person_id)
            if record.consents.get("state") is None or record.consents["state"].status != "given":
                lines.append(
                    self.tr("%1 has not consented to disclosure of the name to the State.").replace(
                        "%1", record.draft.pseudonym
                    )
                )
        if not self.place.text() and not self.region.text():
            lines.append(self.tr("No place recorded: the WGEID requires a last-seen place."))
        self.warnings.setText("\n".join(lines))

    def save(self) -> None:
        try:
            draft = self.draft()
        except ValueError:
            self.error.setText(self.tr("Dates are written YYYY-MM-DD, for example 2026-03-14."))
            return
        self.save_button.setEnabled(False)
        services, incident_id = self.ctx.services, self.incident_id

        def store() -> int:
            if incident_id is None:
                return services.add_incident(draft)
            services.update_incident(incident_id, draft)
            return incident_id

        self.ctx.tasks.run(store, self._saved, self._failed)

    def _saved(self, incident_id: object) -> None:
        assert isinstance(incident_id, int)  # noqa: S101 - the worker returns the id
        self.incident_id = incident_id
        self.ctx.events.records_changed.emit()
        self.saved.emit(incident_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(user_message(error))
