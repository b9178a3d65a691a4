# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a table for people outside the vault: CSV for spreadsheets, text for a terminal.

Suppressed values are replaced by one marker everywhere, whatever their reason;
the default marker claims nothing about the hidden value, because a
complementary cell can be large (writing "<5" there would be false, and writing
"<5" only on primary cells would tell a reader which cells are small).
Labels can come from an organisation's own vocabulary terms, so text that a
spreadsheet would run as a formula is neutralised.
"""

from __future__ import annotations

import csv
import io

from defenderdoc.i18n import QT_TRANSLATE_NOOP, translate
from defenderdoc.stats.table import TOTAL_LABEL, UNIT_LABELS, CrossTab

DEFAULT_MARKER = "suppressed"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str) -> str:
    """Keep a label from being read as a spreadsheet formula (CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def grid(table: CrossTab, marker: str = DEFAULT_MARKER) -> list[list[str]]:
    """Header row, one row per category and a total row, as published text."""
    total = translate("Patterns", TOTAL_LABEL)
    if table.cols is None:
        rows = [[table.rows.label, translate("Patterns", UNIT_LABELS[table.unit])]]
        rows += [
            [label, line[0].text(marker)]
            for label, line in zip(table.rows.labels, table.cells, strict=True)
        ]
        rows.append([total, table.total.text(marker)])
        return rows
    rows = [[f"{table.rows.label} / {table.cols.label}", *table.cols.labels, total]]
    for label, line, row_total in zip(
        table.rows.labels, table.cells, table.row_totals, strict=True
    ):
        rows.append([label, *(cell.text(marker) for cell in line), row_total.text(marker)])
    rows.append(
        [total, *(cell.text(marker) for cell in table.col_totals), table.total.text(marker)]
    )
    return rows


def to_csv(table: CrossTab, marker: str = DEFAULT_MARKER, title: str = "") -> str:
    """The grid as CSV; with a ``title`` (what was counted, under which filter), a file
    for others: the title above and the reading notes below, so it cannot be taken
    for more than it is."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if title:
        writer.writerow([_safe(title)])
    for row in grid(table, marker):
        writer.writerow([_safe(text) for text in row])
    if title:
        writer.writerows([[_safe(note)] for note in notes(table)])
    return out.getvalue()


def notes(table: CrossTab) -> list[str]:
    """Sentences a reader needs to read the figures correctly."""
    found = []
    if not table.additive:
        found.append(
            translate(
                "Patterns",
                QT_TRANSLATE_NOOP(
                    "Patterns",
                    "Totals count each incident or person once; one that falls in several "
                    "categories is counted in each, so the cells can add up to more than "
                    "the total.",
                ),
            )
        )
    if table.threshold is None:
        found.append(
            translate(
                "Patterns",
                QT_TRANSLATE_NOOP(
                    "Patterns",
                    "No small-cell suppression: for use inside the organisation only.",
                ),
            )
        )
    elif table.suppressed_count:
        found.append(
            translate(
                "Patterns",
                QT_TRANSLATE_NOOP(
                    "Patterns",
                    "Values below {threshold}, and further values from which they could be "
                    "worked out, are suppressed.",
                ),
            ).format(threshold=table.threshold)
        )
    return found


def to_text(table: CrossTab, marker: str = DEFAULT_MARKER) -> str:
    """An aligned plain-text table followed by its notes."""
    rows = grid(table, marker)
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    lines = [
        "  ".join(
            text.ljust(width) if k == 0 else text.rjust(width)
            for k, (text, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    extra = notes(table)
    return "\n".join([*lines, *([""] + extra if extra else [])]) + "\n"
