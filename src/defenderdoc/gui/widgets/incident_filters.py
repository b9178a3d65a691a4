# SPDX-License-Identifier: GPL-3.0-or-later
"""The date range and vocabulary pickers that narrow incidents.

Shared by the incident list and the Patterns screen so that "threats in Mexico
since March" means the same there and here. The pages lay the widgets out; this
object builds them, reads them into an ``IncidentFilter`` and forgets them on lock
(custom vocabulary terms are vault content).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit

from defenderdoc.domain.records import IncidentFilter
from defenderdoc.gui.widgets.vocab import VocabCombo
from defenderdoc.services import Services

#: filter key -> vocabulary, in the order the pickers are shown
VOCABULARIES = (
    ("types", "incident_type"),
    ("perpetrators", "perpetrator_type"),
    ("countries", "country"),
    ("stages", "migration_stage"),
    ("statuses", "incident_status"),
)
ALL_KEYS = tuple(key for key, _vocabulary in VOCABULARIES)


class IncidentFilterControls(QObject):
    """Emits ``changed`` when a date is confirmed or a picker moves."""

    changed = Signal()

    def __init__(self, keys: tuple[str, ...] = ALL_KEYS) -> None:
        super().__init__()
        self.keys = keys
        self.date_from = QLineEdit(placeholderText=self.tr("from YYYY-MM-DD"))
        self.date_to = QLineEdit(placeholderText=self.tr("to YYYY-MM-DD"))
        for edit in (self.date_from, self.date_to):
            edit.setFixedWidth(130)
            edit.setAccessibleName(edit.placeholderText())
            edit.editingFinished.connect(self.changed)
        self.combos: dict[str, VocabCombo] = {}

    def build(self, services: Services, lang: str) -> list[VocabCombo]:
        """The pickers, made once per unlock (they need the vault's custom terms);
        returns the new ones for the page to lay out, or nothing if they exist."""
        if self.combos:
            return []
        vocabularies = dict(VOCABULARIES)
        for key in self.keys:
            vocab = services.vocabulary(vocabularies[key])
            combo = VocabCombo(vocab, lang, empty=vocab.label(lang) + ": " + self.tr("all"))
            combo.setMinimumWidth(60)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setAccessibleName(vocab.label(lang))
            combo.currentIndexChanged.connect(self.changed)
            self.combos[key] = combo
        return list(self.combos.values())

    def forget(self) -> None:
        """On lock: the pickers go (they list custom terms) and the dates are emptied."""
        for combo in self.combos.values():
            combo.deleteLater()
        self.combos = {}
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)

    def describe(self) -> str:
        """The chosen criteria in words, for titles of what leaves the vault: a
        filtered table must not pass for the whole picture."""
        parts = [
            f"{combo.accessibleName()}: {combo.currentText()}"
            for combo in self.combos.values()
            if combo.code()
        ]
        for edit, word in ((self.date_from, self.tr("from %1")), (self.date_to, self.tr("to %1"))):
            if day := _date(edit.text()):
                parts.append(word.replace("%1", day.isoformat()))
        return "; ".join(parts)

    def bad_dates(self) -> bool:
        """True when a date field holds something that is not YYYY-MM-DD."""
        return any(
            text and _date(text) is None
            for text in (self.date_from.text().strip(), self.date_to.text().strip())
        )

    def incident_filter(self, services: Services, text: str = "") -> IncidentFilter:
        """What the controls say; a parent type includes its children."""

        def chosen(key: str) -> list[str]:
            combo = self.combos.get(key)
            code = combo.code() if combo else None
            return [code] if code else []

        types = chosen("types")
        if types:  # "threat" finds "threat.death"
            vocab = services.vocabulary("incident_type")
            types += [t.code for t in vocab if t.code.startswith(types[0] + ".")]
        return IncidentFilter(
            date_from=_date(self.date_from.text()),
            date_to=_date(self.date_to.text()),
            types=types,
            perpetrator_types=chosen("perpetrators"),
            countries=chosen("countries"),
            migration_stages=chosen("stages"),
            statuses=chosen("statuses"),
            text=text,
        )


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None
