# SPDX-License-Identifier: GPL-3.0-or-later
"""People & organisations: pseudonym first, sensitive fields marked, consent per use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import (
    CHARACTERISTICS,
    CONSENT_USES,
    ConsentDecision,
    OrganisationDraft,
    PersonDraft,
)
from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.widgets.vocab import VocabChecklist, VocabCombo
from defenderdoc.vocab import Vocabulary

LOCK = "🔒 "


class PeoplePage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.person_id: int | None = None
        self.search = QLineEdit(placeholderText=self.tr("Find by pseudonym…"))
        self.search.setAccessibleName(self.tr("Find people"))
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People"))
        self.list.currentItemChanged.connect(self._select)
        new = QPushButton(self.tr("New person"))
        new.clicked.connect(self.new_person)
        self.orgs = QListWidget()
        self.orgs.setAccessibleName(self.tr("Organisations"))
        self.org_name = QLineEdit(placeholderText=self.tr("Organisation name or code"))
        add_org = QPushButton(self.tr("Add organisation"))
        add_org.clicked.connect(self.add_organisation)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 2)
        left_layout.addWidget(new)
        left_layout.addWidget(QLabel(self.tr("Organisations")))
        left_layout.addWidget(self.orgs, 1)
        row = QHBoxLayout()
        row.addWidget(self.org_name)
        row.addWidget(add_org)
        left_layout.addLayout(row)
        self.form_holder = QScrollArea()
        self.form_holder.setWidgetResizable(True)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form_holder)
        splitter.setSizes([300, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.discreet = False
        self.editor: PersonEditor | None = None

    def refresh(self) -> None:
        current = self.person_id
        self.list.blockSignals(True)
        self.list.clear()
        for person in self.ctx.services.list_persons(self.search.text(), limit=100_000):
            item = QListWidgetItem(
                self.tr("%1 · %n incident(s)", "", person.incident_count).replace(
                    "%1", person.pseudonym
                ),
                self.list,
            )
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if person.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.orgs.clear()
        for org in self.ctx.services.list_organisations():
            QListWidgetItem(org.name, self.orgs)

    def _select(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.person_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._open_editor(self.person_id)

    def _open_editor(self, person_id: int | None) -> None:
        self.editor = PersonEditor(self.ctx, person_id, self.discreet)
        self.editor.saved.connect(self._saved)
        self.form_holder.setWidget(self.editor)

    def _saved(self, person_id: int) -> None:
        self.person_id = person_id
        self.refresh()
        self.ctx.events.records_changed.emit()

    def new_person(self) -> None:
        self.person_id = None
        self.list.clearSelection()
        self._open_editor(None)

    def add_organisation(self) -> None:
        name = self.org_name.text().strip()
        if not name:
            return
        try:
            self.ctx.services.add_organisation(OrganisationDraft(name=name))
        except Exception as exc:  # shown to the user as a clear sentence
            self.ctx.events.status_message.emit(user_message(exc))
            return
        self.org_name.clear()
        self.refresh()

    def set_discreet(self, on: bool) -> None:
        self.discreet = on
        if self.editor is not None:
            self.editor.set_discreet(on)

    def clear(self) -> None:
        self.list.clear()
        self.orgs.clear()
        self.person_id = None
        self.editor = None
        self.form_holder.takeWidget()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)


class PersonEditor(QWidget):
    """One person: identity, characteristics (all optional), consent per use, history."""

    saved = Signal(int)

    def __init__(self, ctx: GuiContext, person_id: int | None, discreet: bool) -> None:
        super().__init__()
        self.ctx, self.person_id = ctx, person_id
        vocab, lang = ctx.services.vocabulary, ctx.language
        self.pseudonym = QLineEdit()
        self.pseudonym.setAccessibleName(self.tr("Pseudonym or code"))
        self.kind = QComboBox()
        for code, label in (
            ("defender", self.tr("Defender")),
            ("family_member", self.tr("Family member")),
            ("witness", self.tr("Witness")),
            ("other", self.tr("Other")),
        ):
            self.kind.addItem(label, code)
        self.legal_name = QLineEdit()
        self.contact = QLineEdit()
        self.notes = QPlainTextEdit()
        self.sensitive = [self.legal_name, self.contact]
        self.characteristics = {name: VocabCombo(vocab(name), lang) for name in CHARACTERISTICS}
        self.nationality = VocabCombo(vocab("country"), lang)
        self.activities = VocabChecklist(vocab("defender_activity"), lang)
        self.activities.setMaximumHeight(140)
        form = QFormLayout()
        form.addRow(self.tr("Pseudonym or code"), self.pseudonym)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(LOCK + self.tr("Legal name (sensitive)"), self.legal_name)
        form.addRow(LOCK + self.tr("Contact (sensitive)"), self.contact)
        for name, combo in self.characteristics.items():
            form.addRow(LOCK + vocab(name).label(lang), combo)
        form.addRow(LOCK + self.tr("Nationality"), self.nationality)
        form.addRow(self.tr("Human rights work"), self.activities)
        form.addRow(LOCK + self.tr("Notes (sensitive)"), self.notes)
        identity = QGroupBox(self.tr("Identity and characteristics (each optional)"))
        identity.setLayout(form)
        self.consent_rows = self._consent_box(vocab, lang)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Incident history"))
        self.history.itemActivated.connect(
            lambda item: ctx.events.open_incident.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        save = QPushButton(self.tr("Save person"))
        save.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(identity)
        layout.addWidget(self.consent_box)
        layout.addWidget(QLabel(self.tr("Incident history")))
        layout.addWidget(self.history)
        layout.addWidget(self.error)
        layout.addWidget(save, alignment=Qt.AlignmentFlag.AlignRight)
        if person_id is not None:
            self._load(person_id)
        self.set_discreet(discreet)

    def _consent_box(
        self, vocab: Callable[[str], Vocabulary], lang: str
    ) -> dict[str, tuple[VocabCombo, QLineEdit, VocabCombo, QLineEdit]]:
        self.consent_box = QGroupBox(self.tr("Consent, per use"))
        grid = QGridLayout(self.consent_box)
        for col, header in enumerate(
            (
                self.tr("Use"),
                self.tr("Decision"),
                self.tr("Date"),
                self.tr("How obtained"),
                self.tr("Recorded by"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{header}</b>"), 0, col)
        rows: dict[str, tuple[VocabCombo, QLineEdit, VocabCombo, QLineEdit]] = {}
        uses = vocab("consent_use")
        for row, use in enumerate(CONSENT_USES, start=1):
            status = VocabCombo(vocab("consent_status"), lang, empty=self.tr("not asked"))
            date = QLineEdit(dt.date.today().isoformat())
            method = VocabCombo(vocab("consent_method"), lang)
            by = QLineEdit()
            for col, widget in enumerate(
                (QLabel(uses.label_for(use, lang)), status, date, method, by)
            ):
                grid.addWidget(widget, row, col)
            rows[use] = (status, date, method, by)
        return rows

    def _load(self, person_id: int) -> None:
        record = self.ctx.services.get_person(person_id)
        d = record.draft
        self.pseudonym.setText(d.pseudonym)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.legal_name.setText(d.legal_name or "")
        self.contact.setText(d.contact or "")
        self.notes.setPlainText(d.notes or "")
        for name, combo in self.characteristics.items():
            combo.set_code(d.characteristics.get(name))
        self.nationality.set_code(d.nationality)
        self.activities.set_codes(list(d.activities))
        self.loaded_consents = dict(record.consents)
        for use, (status, date, method, by) in self.consent_rows.items():
            decision = record.consents.get(use)
            if decision:
                status.set_code(decision.status)
                date.setText(decision.decided_on.isoformat())
                method.set_code(decision.method)
                by.setText(decision.obtained_by or "")
        for incident_id in self.ctx.services.person_incident_ids(person_id):
            record_i = self.ctx.services.get_incident(incident_id)
            item = QListWidgetItem(
                f"{record_i.draft.start_date or ''}  {record_i.draft.title}", self.history
            )
            item.setData(Qt.ItemDataRole.UserRole, incident_id)

    def draft(self) -> PersonDraft:
        return PersonDraft(
            pseudonym=self.pseudonym.text(),
            kind=str(self.kind.currentData()),
            legal_name=self.legal_name.text() or None,
            contact=self.contact.text() or None,
            characteristics={n: c for n, w in self.characteristics.items() if (c := w.code())},
            nationality=self.nationality.code(),
            activities=tuple(self.activities.codes()),
            notes=self.notes.toPlainText() or None,
        )

    def save(self) -> None:
        services = self.ctx.services
        try:
            draft = self.draft()
            if self.person_id is None:
                self.person_id = services.add_person(draft)
            else:
                services.update_person(self.person_id, draft)
            previous = getattr(self, "loaded_consents", {})
            for use, (status, date, method, by) in self.consent_rows.items():
                code = status.code()
                old = previous.get(use)
                if code and (old is None or old.status != code):
                    services.record_consent(
                        self.person_id,
                        ConsentDecision(
                            use,
                            code,
                            dt.date.fromisoformat(date.text().strip()),
                            method.code(),
                            by.text() or None,
                        ),
                    )
        except ValueError:
            self.error.setText(self.tr("Dates are written YYYY-MM-DD, for example 2026-03-14."))
            return
        except Exception as exc:  # a clear sentence for the user, nothing lost
            self.error.setText(user_message(exc))
            return
        self.saved.emit(self.person_id)

    def set_discreet(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Password if on else QLineEdit.EchoMode.Normal
        for widget in self.sensitive:
            widget.setEchoMode(mode)
        self.notes.setVisible(not on)
