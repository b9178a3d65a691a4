# SPDX-License-Identifier: GPL-3.0-or-later
"""Steps 1 and 3 of the dossier builder: who it is for, and what leaves.

Both only gather choices and show results; the page turns them into a
:class:`DossierRequest` and the services decide everything (consent, redaction,
completeness), so what these widgets display is what the exporter will do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.export.builder import DossierPreview
from defenderdoc.export.issues import CONFLICT
from defenderdoc.export.templates import PROTECTION, TEMPLATES, UN, WGEID
from defenderdoc.gui.widgets.profile_editor import ProfileEditor
from defenderdoc.gui.widgets.text_list import TextListEditor
from defenderdoc.gui.widgets.vocab import VocabChecklist
from defenderdoc.i18n import QT_TRANSLATE_NOOP
from defenderdoc.services import Services

UN_TEMPLATES = (UN, WGEID)
WIDE_ENOUGH = 860  # px: below this, step 1 stacks its two columns
#: Each language in its own name (an endonym is not translated; "en" alone would be
#: "American English" in QLocale).
ENDONYMS = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
MANDATES = (
    QT_TRANSLATE_NOOP(
        "RecipientStep", "Special Rapporteur on the situation of human rights defenders"
    ),
    QT_TRANSLATE_NOOP("RecipientStep", "Special Rapporteur on the human rights of migrants"),
    QT_TRANSLATE_NOOP("RecipientStep", "Special Rapporteur on violence against women and girls"),
    QT_TRANSLATE_NOOP("RecipientStep", "Special Rapporteur on freedom of opinion and expression"),
    QT_TRANSLATE_NOOP("RecipientStep", "Special Rapporteur on torture"),
    QT_TRANSLATE_NOOP("RecipientStep", "Working Group on Arbitrary Detention"),
    QT_TRANSLATE_NOOP("RecipientStep", "Working Group on Enforced or Involuntary Disappearances"),
)


def alert_color(widget: QWidget) -> QColor:
    """Red that stays readable on the light and the dark system palette."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80" if dark else "#b3261e")


def dossier_text(text: str) -> str:
    """Template titles and core messages are marked in the "Dossier" catalog context."""
    return QCoreApplication.translate("Dossier", text)


class TemplateCard(QFrame):
    """A template as a card: the radio button names it, the line below says who it is for."""

    def __init__(self, template_id: str, title: str, summary: str) -> None:
        super().__init__()
        self.template_id = template_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.radio = QRadioButton(title)
        font = QFont(self.radio.font())
        font.setBold(True)
        self.radio.setFont(font)
        self.radio.setAccessibleName(title)
        self.radio.setAccessibleDescription(summary)
        line = QLabel(summary)
        line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.radio)
        layout.addWidget(line)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The whole card is the click target, not only the small radio circle."""
        self.radio.setChecked(True)
        self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class RecipientStep(QWidget):
    """Step 1: the template, the dossier's language and what the recipient asks for."""

    changed = Signal()
    template_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.cards: dict[str, TemplateCard] = {}
        cards = QVBoxLayout()
        heading = QLabel(self.tr("Who is this dossier for?"))
        heading.setFont(_bold(heading.font()))
        cards.addWidget(heading)
        for tmpl in TEMPLATES.values():
            card = TemplateCard(tmpl.id, dossier_text(tmpl.title), dossier_text(tmpl.summary))
            self.group.addButton(card.radio)
            self.cards[tmpl.id] = card
            cards.addWidget(card)
        cards.addStretch(1)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the dossier"))
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        form = QFormLayout()
        form.addRow(self.tr("&Language of the dossier:"), self.language)
        form.addRow(self.tr("&Recipient:"), self.recipient)

        self.mandates = TextListEditor(
            placeholder=self.tr("Type a mandate and press Enter"),
            add_label=self.tr("Add"),
            remove_label=self.tr("Remove"),
            accessible_name=self.tr("UN mandates addressed"),
            suggestions=[self.tr(m) for m in MANDATES],
        )
        self.urgent = QCheckBox(self.tr("Urgent appeal (risk of imminent harm)"))
        self.urgent.setAccessibleName(self.urgent.text())
        self.submitter = QLineEdit()
        self.submitter.setAccessibleName(self.tr("Submitted by"))
        self.submitter.setPlaceholderText(
            self.tr("Your organisation (the mechanism keeps it confidential)")
        )
        self.un_box = QGroupBox(self.tr("For the UN"))
        un_form = QFormLayout(self.un_box)
        un_form.addRow(self.tr("Mandates:"), self.mandates)
        un_form.addRow(self.urgent)
        un_form.addRow(self.tr("&Submitted by:"), self.submitter)

        self.support_holder = QVBoxLayout()
        self.support: VocabChecklist | None = None
        self.other_support = QPlainTextEdit()
        self.other_support.setAccessibleName(self.tr("Other support sought or received"))
        self.other_support.setPlaceholderText(
            self.tr("Other support sought or received (funders ask, to avoid double funding)")
        )
        self.other_support.setMaximumHeight(90)
        self.protection_box = QGroupBox(self.tr("For the protection organisation"))
        protection_layout = QVBoxLayout(self.protection_box)
        protection_layout.addWidget(QLabel(self.tr("Support requested:")))
        protection_layout.addLayout(self.support_holder)
        protection_layout.addWidget(self.other_support)

        details = QVBoxLayout()
        details.addLayout(form)
        details.addWidget(self.un_box)
        details.addWidget(self.protection_box)
        details.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns.addLayout(cards, 1)
        self.columns.addLayout(details, 1)

        self.group.buttonToggled.connect(self._template_toggled)
        self.language.currentIndexChanged.connect(self._emit)
        self.recipient.textChanged.connect(self._emit)
        self.mandates.changed.connect(self.changed)
        self.urgent.toggled.connect(self._emit)
        self.submitter.textChanged.connect(self._emit)
        self.other_support.textChanged.connect(self._emit)
        self.default_language = "en"
        self.set_template(UN)

    def _emit(self) -> None:
        self.changed.emit()

    def fit_width(self, width: int) -> None:
        """Cards beside the details on a wide screen, above them on a small laptop."""
        wide = width >= WIDE_ENOUGH
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    def _template_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self._show_template(self.template_id())
            self.template_changed.emit(self.template_id())
            self.changed.emit()

    def _show_template(self, template_id: str) -> None:
        """Offer only the template's languages and only the fields its recipient asks for."""
        tmpl = TEMPLATES[template_id]
        wanted = self.language.currentData() or self.default_language
        self.language.blockSignals(True)
        self.language.clear()
        for code in tmpl.languages:
            self.language.addItem(ENDONYMS.get(code) or QLocale(code).nativeLanguageName(), code)
        index = self.language.findData(wanted)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self.language.blockSignals(False)
        self.recipient.setPlaceholderText(
            self.tr("Leave empty for: %1").replace("%1", dossier_text(tmpl.recipient))
        )
        self.un_box.setVisible(template_id in UN_TEMPLATES)
        self.protection_box.setVisible(template_id == PROTECTION)

    def set_template(self, template_id: str) -> None:
        self.cards[template_id].radio.setChecked(True)
        self._show_template(template_id)

    def template_id(self) -> str:
        for template_id, card in self.cards.items():
            if card.radio.isChecked():
                return template_id
        return UN

    def language_code(self) -> str:
        return str(self.language.currentData() or "en")

    def recipient_text(self) -> str | None:
        return self.recipient.text().strip() or None

    def requested_support(self) -> tuple[str, ...]:
        return tuple(self.support.codes()) if self.support is not None else ()

    def refresh(self, services: Services, lang: str) -> None:
        """The support checklist includes the organisation's own terms, so it needs the vault."""
        if self.support is None:
            self.support = VocabChecklist(services.vocabulary("followup_type"), lang)
            self.support.setMaximumHeight(150)
            self.support.itemChanged.connect(self._emit)
            self.support_holder.addWidget(self.support)
        if not self.language.count() or self.default_language != lang:
            self.default_language = lang
            self._show_template(self.template_id())

    def clear(self) -> None:
        self.blockSignals(True)
        try:
            self.set_template(UN)
            for edit in (self.recipient, self.submitter):
                edit.clear()
            self.other_support.clear()
            self.urgent.setChecked(False)
            self.mandates.clear()
            if self.support is not None:
                self.support.setParent(None)
                self.support.deleteLater()
                self.support = None
        finally:
            self.blockSignals(False)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class LeavesStep(QWidget):
    """Step 3: the profile switches, with the checks recomputed after every change."""

    changed = Signal()
    fix_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.editor = ProfileEditor()
        self.editor.changed.connect(self.changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(  # the switches are never cut off; the checks panel wraps
            self.editor.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        heading = QLabel(self.tr("Checks"))
        heading.setFont(_bold(heading.font()))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.issues = QListWidget()
        self.issues.setWordWrap(True)
        self.issues.setSpacing(3)
        self.issues.setAccessibleName(self.tr("Consent conflicts and missing information"))
        self.fix = QPushButton(self.tr("&Use pseudonyms instead of legal names"))
        self.fix.setVisible(False)
        self.fix.clicked.connect(lambda: self.editor.set_names("pseudonym"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        panel = QWidget()
        panel.setMinimumWidth(160)
        panel.setMaximumWidth(420)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(heading)
        side.addWidget(self.state)
        side.addWidget(self.issues, 1)
        side.addWidget(self.fix, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.summary)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addWidget(panel, 2)

    def show_checking(self) -> None:
        self.state.setStyleSheet("")
        self.state.setText(self.tr("Checking consent and completeness…"))

    def show_message(self, text: str, *, alert: bool = False) -> None:
        """No preview to show (no incidents yet, or the check failed)."""
        self.issues.clear()
        self.fix.setVisible(False)
        self.summary.clear()
        self.state.setStyleSheet(f"color: {alert_color(self).name()}" if alert else "")
        self.state.setText(text)

    def show_preview(self, preview: DossierPreview) -> None:
        self.issues.clear()
        red = alert_color(self)
        conflicts = [i for i in preview.issues if i.kind == CONFLICT]
        for issue in conflicts:
            item = QListWidgetItem(
                self.tr("Blocks export: %1").replace("%1", dossier_text(issue.message)),
                self.issues,
            )
            item.setForeground(red)
            item.setFont(_bold(self.issues.font()))
        for issue in preview.issues:
            if issue.kind != CONFLICT:
                QListWidgetItem(
                    self.tr("Missing: %1").replace("%1", dossier_text(issue.message)), self.issues
                )
        self.fix.setVisible(bool(conflicts))
        if conflicts:
            self.state.setStyleSheet(f"color: {red.name()}")
            self.state.setText(self.tr("Export is blocked until the conflicts below are fixed."))
        else:
            self.state.setStyleSheet("")
            self.state.setText(
                self.tr("No consent conflicts. The recipient may still expect what is missing.")
                if preview.issues
                else self.tr("No consent conflicts and nothing missing.")
            )
        self.summary.setText(
            " ".join(
                (
                    self.tr("%n incident(s) will be included,", "", len(preview.incident_ids)),
                    self.tr("%n person(s) named or coded;", "", len(preview.person_ids)),
                    self.tr("%n item(s) withheld (see step 4).", "", len(preview.content.withheld)),
                )
            )
        )

    def clear(self) -> None:
        self.editor.clear()
        self.show_message("")
