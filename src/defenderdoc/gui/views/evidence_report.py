# SPDX-License-Identifier: GPL-3.0-or-later
"""Words for what the cleaner found: import result lines and the metadata report.

Metadata values come from files someone handed us, so every value and field
name is escaped twice before display: hidden characters made visible with
``display_name`` (a bidi override must not reorder the line) and HTML-escaped
(a value such as ``<img src=…>`` must stay text in a rich-text view).
"""

from __future__ import annotations

import html
import json
import re

from PySide6.QtCore import QCoreApplication

from defenderdoc.domain.records import EvidenceInfo, ImportResult
from defenderdoc.evidence.errors import REASONS
from defenderdoc.evidence.report import CATEGORIES
from defenderdoc.evidence.source import display_name
from defenderdoc.i18n import QT_TRANSLATE_NOOP

_CTX = "EvidenceReport"
MASK = "•••••"

CATEGORY_LABELS = {
    "location": QT_TRANSLATE_NOOP("EvidenceReport", "GPS position and place"),
    "device": QT_TRANSLATE_NOOP("EvidenceReport", "camera or device details"),
    "author": QT_TRANSLATE_NOOP("EvidenceReport", "author and owner"),
    "timestamp": QT_TRANSLATE_NOOP("EvidenceReport", "dates and times"),
    "software": QT_TRANSLATE_NOOP("EvidenceReport", "software used"),
    "thumbnail": QT_TRANSLATE_NOOP("EvidenceReport", "embedded thumbnails"),
    "document-history": QT_TRANSLATE_NOOP("EvidenceReport", "document history"),
    "embedded-content": QT_TRANSLATE_NOOP("EvidenceReport", "embedded content"),
    "active-content": QT_TRANSLATE_NOOP("EvidenceReport", "scripts and macros"),
    "other": QT_TRANSLATE_NOOP("EvidenceReport", "other metadata"),
}


def fill(template: str, *values: str) -> str:
    """Put values into %1, %2… in one pass, so a file named "%2.jpg" cannot inject text."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m[0],
        template,
    )


def _tx(text: str, context: str = _CTX) -> str:
    """Translate a string marked elsewhere (QT_TRANSLATE_NOOP), so held in a variable."""
    return QCoreApplication.translate(context, text)


def category_label(category: str) -> str:
    return _tx(CATEGORY_LABELS.get(category, CATEGORY_LABELS["other"]))


def _order(category: str) -> int:
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)


def removed_summary(removed: tuple[str, ...] | list[str]) -> str:
    """Readable categories ("GPS position and place, …") from "category: field" entries."""
    categories = sorted({entry.partition(":")[0].strip() for entry in removed}, key=_order)
    return ", ".join(category_label(c) for c in categories)


def reason_text(result: ImportResult) -> str:
    """The translated reason, keeping any technical detail the cleaner appended."""
    reason = result.reason or ""
    base = REASONS.get(result.reason_code or "")
    if base and reason.startswith(base):
        return _tx(base, "Evidence") + reason[len(base) :]
    return (
        _tx(reason, "Evidence")
        if reason
        else QCoreApplication.translate("EvidenceReport", "No reason was given.")
    )


def result_line(result: ImportResult) -> str:
    """One line per imported or refused file, for the import panel."""
    name = display_name(result.name)  # already escaped by the importer; idempotent
    if result.status != "imported":
        refused = QCoreApplication.translate("EvidenceReport", "%1 — refused: %2")
        return fill(refused, name, reason_text(result))
    if result.removed:
        # No plural form here: lupdate 6.11 does not see one in a module-level translate().
        cleaned = QCoreApplication.translate(
            "EvidenceReport", "%1 — cleaned: %2 (fields removed: %3)"
        )
        line = fill(cleaned, name, removed_summary(result.removed), str(len(result.removed)))
    elif result.sha256_derivative is None:
        line = fill(
            QCoreApplication.translate(
                "EvidenceReport", "%1 — stored as is, without a cleaned copy"
            ),
            name,
        )
    else:
        line = fill(
            QCoreApplication.translate(
                "EvidenceReport", "%1 — cleaned: no identifying metadata was found"
            ),
            name,
        )
    extras = [_tx(result.notice, "Evidence")] if result.notice else []
    extras += [_tx(w, "Evidence") for w in result.warnings]
    return " · ".join([line, *extras])


def findings(info: EvidenceInfo) -> list[tuple[str, str, str | None]]:
    """(category, field, value) from the stored report; a damaged report reads as empty."""
    try:
        raw = json.loads(info.report) if info.report else []
    except ValueError:
        return []
    out = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            value = item.get("value")
            out.append(
                (
                    str(item.get("category", "other")),
                    str(item.get("field", "")),
                    None if value is None else str(value),
                )
            )
    return sorted(out, key=lambda f: _order(f[0]))


def _safe(text: str) -> str:
    return html.escape(display_name(text))


def report_html(info: EvidenceInfo, *, discreet: bool) -> str:
    """Two sections: what the original carried, and what the cleaned copy carries."""
    found = findings(info)
    heading = QCoreApplication.translate("EvidenceReport", "Found in the original")
    parts = [f"<h3>{html.escape(heading)}</h3>"]
    if not found:
        none = QCoreApplication.translate("EvidenceReport", "No identifying metadata was found.")
        parts.append(f"<p>{html.escape(none)}</p>")
    current = None
    for category, field, value in found:
        if category != current:
            if current is not None:
                parts.append("</ul>")
            parts.append(f"<p><b>{html.escape(category_label(category))}</b></p><ul>")
            current = category
        shown = (MASK if discreet else _safe(value)) if value and value.strip() else ""
        parts.append(f"<li>{_safe(field)}{': ' + shown if shown else ''}</li>")
    if current is not None:
        parts.append("</ul>")
    heading = QCoreApplication.translate("EvidenceReport", "In the cleaned copy")
    parts.append(f"<h3>{html.escape(heading)}</h3>")
    if info.has_derivative:
        nothing = QCoreApplication.translate(
            "EvidenceReport",
            "Nothing. Every field above was removed, and the copy was checked again.",
        )
    else:
        nothing = QCoreApplication.translate(
            "EvidenceReport",
            "There is no cleaned copy: this item was stored as is and is never exported.",
        )
    parts.append(f"<p>{html.escape(nothing)}</p>")
    if not info.has_original:
        kept = QCoreApplication.translate(
            "EvidenceReport", "The original was not kept; only its hash was recorded."
        )
        parts.append(f"<p><i>{html.escape(kept)}</i></p>")
    return "\n".join(parts)
