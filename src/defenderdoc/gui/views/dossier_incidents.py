# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 2 of the dossier builder: which incidents go in.

Three ways in, one list out: pick rows by hand from the searchable table, add
everything a filter matches, or add a person's full history (what a protection
request needs). The chosen list on the other side is the only thing that
counts, and its size is always shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import IncidentFilter, IncidentSummary
from defenderdoc.gui.models.incident_table import IncidentTableModel, _format_date
from defenderdoc.gui.widgets.vocab import VocabCombo
from defenderdoc.services import Services

SEARCH_DELAY_MS = 250


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class IncidentsStep(QWidget):
    """Emits ``changed`` whenever the chosen list changes."""

    changed = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, narratives and places…"))
        self.search.setAccessibleName(self.tr("Search incidents to add"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.date_from = QLineEdit(placeholderText=self.tr("from YYYY-MM-DD"))
        self.date_from.setAccessibleName(self.tr("Incidents from (date)"))
        self.date_to = QLineEdit(placeholderText=self.tr("to YYYY-MM-DD"))
        self.date_to.setAccessibleName(self.tr("Incidents until (date)"))
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(120)
            edit.editingFinished.connect(self.reload)
        self.type_filter: VocabCombo | None = None
        self.country_filter: VocabCombo | None = None
        self.filter_bar = QHBoxLayout()  # search on its own line, so it never gets squeezed
        self.filter_bar.addWidget(self.date_from)
        self.filter_bar.addWidget(self.date_to)

        self.model = IncidentTableModel(services)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incidents found"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _index: self.add_selected())
        self.add_selected_button = QPushButton(self.tr("&Add selected"))
        self.add_selected_button.clicked.connect(self.add_selected)
        self.add_matching_button = QPushButton()
        self.add_matching_button.clicked.connect(self.add_matching)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person.setMinimumContentsLength(12)
        self.add_person_button = QPushButton(self.tr("Add this person’s &full history"))
        self.add_person_button.clicked.connect(self.add_person_history)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_selected_button)
        buttons.addWidget(self.add_matching_button)
        buttons.addStretch(1)
        person_box = QGroupBox(self.tr("A person’s full history"))
        person_row = QHBoxLayout(person_box)
        person_row.addWidget(self.person, 1)
        person_row.addWidget(self.add_person_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(person_box)

        self.count = QLabel()
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Incidents in this dossier"))
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove_selected)
        remove_all = QPushButton(self.tr("Remove all"))
        remove_all.clicked.connect(self.remove_all)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.count)
        right_layout.addWidget(self.chosen, 1)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addWidget(remove_all)
        row.addStretch(1)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_counts()

    # ---------------------------------------------------------------- finding
    def current_filter(self) -> IncidentFilter:
        def chosen(combo: VocabCombo | None) -> list[str]:
            code = combo.code() if combo is not None else None
            return [code] if code else []

        types = chosen(self.type_filter)
        if types:  # a parent term includes its children, as on the Incidents page
            vocab = self.services.vocabulary("incident_type")
            types += [t.code for t in vocab if t.code.startswith(types[0] + ".")]
        return IncidentFilter(
            date_from=_date(self.date_from.text()),
            date_to=_date(self.date_to.text()),
            types=types,
            countries=chosen(self.country_filter),
            text=self.search.text(),
        )

    def refresh(self, lang: str) -> None:
        """Filters and the person list need the unlocked vault, so they are built here."""
        if self.type_filter is None:
            vocab = self.services.vocabulary
            self.type_filter = VocabCombo(vocab("incident_type"), lang, empty=self.tr("Every type"))
            self.country_filter = VocabCombo(vocab("country"), lang, empty=self.tr("Every country"))
            for combo in (self.type_filter, self.country_filter):
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(10)
                combo.currentIndexChanged.connect(self.reload)
                self.filter_bar.addWidget(combo)
        self.model.language = lang
        current = self.person.currentData()
        self.person.clear()
        for person in self.services.list_persons(limit=100_000):
            label = self.tr("%1 · %n incident(s)", "", person.incident_count)
            self.person.addItem(label.replace("%1", person.pseudonym), person.id)
        self.person.setCurrentIndex(max(self.person.findData(current), 0))
        self.add_person_button.setEnabled(self.person.count() > 0)
        self.reload()

    def reload(self) -> None:
        if self.services.is_unlocked:
            self.model.reload(self.current_filter())
            self._update_counts()

    # ----------------------------------------------------------------- adding
    def _add(self, summaries: list[IncidentSummary]) -> None:
        known = set(self.incident_ids())
        added = False
        for summary in summaries:
            if summary.id in known:
                continue
            known.add(summary.id)
            text = " · ".join(p for p in (_format_date(summary), summary.title) if p)
            item = QListWidgetItem(text, self.chosen)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            added = True
        if added:
            self._update_counts()
            self.changed.emit()

    def add_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        self._add([self.model.rows[r] for r in rows])

    def add_matching(self) -> None:
        flt = self.current_filter()
        total = self.services.count_incidents(flt)
        self._add(self.services.list_incidents(flt, limit=max(total, 1)))

    def add_person_history(self) -> None:
        person_id = self.person.currentData()
        if person_id is None:
            return
        ids = self.services.person_incident_ids(int(person_id))
        self.add_ids(ids)

    def add_ids(self, incident_ids: list[int]) -> None:
        """Add incidents by id (a person's history, or a selection handed over by another page)."""
        summaries = []
        for incident_id in incident_ids:
            draft = self.services.get_incident(incident_id).draft
            summaries.append(
                IncidentSummary(
                    incident_id,
                    draft.title,
                    draft.start_date,
                    draft.date_precision,
                    draft.country,
                    "",
                )
            )
        self._add(summaries)

    # --------------------------------------------------------------- removing
    def remove_selected(self) -> None:
        items = self.chosen.selectedItems()
        for item in items:
            self.chosen.takeItem(self.chosen.row(item))
        if items:
            self._update_counts()
            self.changed.emit()

    def remove_all(self) -> None:
        if self.chosen.count():
            self.chosen.clear()
            self._update_counts()
            self.changed.emit()

    def incident_ids(self) -> list[int]:
        return [
            int(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.chosen.count())
        ]

    def _update_counts(self) -> None:
        self.count.setText(self.tr("%n incident(s) in this dossier", "", self.chosen.count()))
        self.add_matching_button.setText(self.tr("Add all %n &matching", "", self.model.total))
        self.add_matching_button.setEnabled(self.model.total > 0)

    def clear(self) -> None:
        """Drop the found rows, the chosen list, the people and every filter text."""
        self.model.clear()
        self.chosen.clear()
        self.person.clear()
        for edit in (self.search, self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self._timer.stop()
        self._update_counts()
