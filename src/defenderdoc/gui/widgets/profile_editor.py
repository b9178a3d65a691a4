# SPDX-License-Identifier: GPL-3.0-or-later
"""The "What leaves" switches: a redaction profile in words a tired person can trust.

Every choice is a radio button or a check box with a sentence that says what
the recipient will see, never the profile's internal value. Switches the user
must not change (which consent gates inclusion, whether confidential fields
exist at all) stay as the template set them and have no control here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.export.profile import SHOWABLE, RedactionProfile
from defenderdoc.gui.widgets.text_list import TextListEditor
from defenderdoc.i18n import QT_TRANSLATE_NOOP

NAMES = (
    ("pseudonym", QT_TRANSLATE_NOOP("ProfileEditor", "Pseudonyms (for example “WHRD-Alpha”)")),
    ("code", QT_TRANSLATE_NOOP("ProfileEditor", "Codes only (“Person A”, “Person B”…)")),
    (
        "legal_with_consent",
        QT_TRANSLATE_NOOP("ProfileEditor", "Legal names only with consent; pseudonyms otherwise"),
    ),
    (
        "legal",
        QT_TRANSLATE_NOOP("ProfileEditor", "Legal names for everyone (refused without consent)"),
    ),
)
PLACES = (
    ("place", QT_TRANSLATE_NOOP("ProfileEditor", "The exact place (town, shelter, street)")),
    ("region", QT_TRANSLATE_NOOP("ProfileEditor", "Region only")),
    ("country", QT_TRANSLATE_NOOP("ProfileEditor", "Country only")),
)
DATES = (
    ("day", QT_TRANSLATE_NOOP("ProfileEditor", "The exact day")),
    ("month", QT_TRANSLATE_NOOP("ProfileEditor", "Month and year only")),
    ("year", QT_TRANSLATE_NOOP("ProfileEditor", "Year only")),
)
CHARACTERISTICS = {
    "age_group": QT_TRANSLATE_NOOP("ProfileEditor", "Age group"),
    "gender_identity": QT_TRANSLATE_NOOP("ProfileEditor", "Gender identity"),
    "migration_status": QT_TRANSLATE_NOOP("ProfileEditor", "Migration status"),
    "occupation_sector": QT_TRANSLATE_NOOP("ProfileEditor", "Occupation"),
    "nationality": QT_TRANSLATE_NOOP("ProfileEditor", "Nationality"),
    "disability": QT_TRANSLATE_NOOP("ProfileEditor", "Disability"),
    "indigenous_identity": QT_TRANSLATE_NOOP("ProfileEditor", "Indigenous identity"),
}


class _Choice(QGroupBox):
    """One exclusive choice shown as radio buttons (all options visible at once)."""

    def __init__(
        self, title: str, options: tuple[tuple[str, str], ...], tr: Callable[[str], str]
    ) -> None:
        super().__init__(title)
        self.group = QButtonGroup(self)
        self.values = [value for value, _label in options]
        layout = QVBoxLayout(self)
        for index, (_value, label) in enumerate(options):
            button = QRadioButton(tr(label))
            button.setAccessibleName(title + ": " + button.text())
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.setAccessibleName(title)

    def value(self) -> str:
        return self.values[max(self.group.checkedId(), 0)]

    def set_value(self, value: str) -> None:
        self.group.button(self.values.index(value)).setChecked(True)


class ProfileEditor(QWidget):
    """Edits a :class:`RedactionProfile`; ``changed`` fires after every user edit."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._base = RedactionProfile()
        self.names = _Choice(self.tr("How people are named"), NAMES, self.tr)
        self.places = _Choice(self.tr("How precise places are"), PLACES, self.tr)
        self.dates = _Choice(self.tr("How precise dates are"), DATES, self.tr)
        self.narratives = QCheckBox(self.tr("Include the narratives (names and places replaced)"))
        self.evidence = QCheckBox(self.tr("Include evidence (cleaned; marked areas blacked out)"))
        self.auto_redact = QCheckBox(self.tr("Replace known names in narratives automatically"))
        content = QGroupBox(self.tr("Content"))
        content_layout = QVBoxLayout(content)
        for box in (self.narratives, self.evidence, self.auto_redact):
            box.setAccessibleName(box.text())
            content_layout.addWidget(box)
        self.characteristics: dict[str, QCheckBox] = {}
        shown = QGroupBox(self.tr("Characteristics shown for each person"))
        shown.setAccessibleName(shown.title())
        grid = QGridLayout(shown)
        for index, code in enumerate(SHOWABLE):
            box = QCheckBox(self.tr(CHARACTERISTICS[code]))
            box.setAccessibleName(shown.title() + ": " + box.text())
            self.characteristics[code] = box
            grid.addWidget(box, index // 2, index % 2)
        self.spans = TextListEditor(
            placeholder=self.tr("Words or sentences to black out in the narratives"),
            add_label=self.tr("Add"),
            remove_label=self.tr("Remove"),
            accessible_name=self.tr("Text to redact"),
        )
        spans_box = QGroupBox(self.tr("Text to redact"))
        QVBoxLayout(spans_box).addWidget(self.spans)
        layout = QVBoxLayout(self)  # one column: fits beside the checks on a small laptop
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.names, self.places, self.dates, content, shown, spans_box):
            layout.addWidget(part)
        layout.addStretch(1)
        for choice in (self.names, self.places, self.dates):
            choice.group.buttonToggled.connect(self._toggled)
        for box in (
            self.narratives,
            self.evidence,
            self.auto_redact,
            *self.characteristics.values(),
        ):
            box.toggled.connect(self._emit)
        self.spans.changed.connect(self.changed)
        self.set_profile(self._base)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:  # one signal per change, not one for the unchecked and one for the checked
            self.changed.emit()

    def _emit(self) -> None:
        self.changed.emit()

    def set_profile(self, profile: RedactionProfile) -> None:
        """Show ``profile`` (a template's default) and emit ``changed`` once."""
        self._base = profile
        self.blockSignals(True)
        try:
            self.names.set_value(profile.names)
            self.places.set_value(profile.location)
            self.dates.set_value(profile.dates)
            self.narratives.setChecked(profile.narratives)
            self.evidence.setChecked(profile.evidence)
            self.auto_redact.setChecked(profile.auto_redact_names)
            for code, box in self.characteristics.items():
                box.setChecked(code in profile.characteristics)
            self.spans.set_values(profile.redact_spans)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def set_names(self, policy: str) -> None:
        """The one-click fix for a consent conflict ("choose pseudonyms")."""
        self.names.set_value(policy)

    def profile(self) -> RedactionProfile:
        return self._base.with_changes(
            names=self.names.value(),
            location=self.places.value(),
            dates=self.dates.value(),
            narratives=self.narratives.isChecked(),
            evidence=self.evidence.isChecked(),
            auto_redact_names=self.auto_redact.isChecked(),
            characteristics=tuple(c for c, box in self.characteristics.items() if box.isChecked()),
            redact_spans=self.spans.values(),
        )

    def clear(self) -> None:
        """Back to the safest defaults; the redaction spans are narrative text and must go."""
        self.spans.clear()
        self.set_profile(RedactionProfile())
