# SPDX-License-Identifier: GPL-3.0-or-later
"""A counted table: categories on one or two axes, cells, totals and suppression marks.

The true value of every cell stays in the object, because the same table serves
the security officer inside the vault; whatever leaves the vault goes through
:mod:`defenderdoc.stats.render`, which writes a marker instead of any value that
:mod:`defenderdoc.stats.suppression` marked.

Totals are *distinct* counts. When an incident has two types it counts once in
each type's cell but once in the total, so along a multi-valued dimension the
cells may add up to more than the total; ``additive`` says whether they add up
exactly (every unit in exactly one category of each axis).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from defenderdoc.i18n import QT_TRANSLATE_NOOP

UNIT_LABELS = {
    "incidents": QT_TRANSLATE_NOOP("Patterns", "Incidents"),
    "persons": QT_TRANSLATE_NOOP("Patterns", "Persons affected"),
}
TOTAL_LABEL = QT_TRANSLATE_NOOP("Patterns", "Total")


@dataclass(frozen=True)
class Cell:
    value: int
    suppressed: bool = False

    @property
    def published(self) -> int | None:
        """The value as it may leave the vault: ``None`` when suppressed."""
        return None if self.suppressed else self.value

    def text(self, marker: str) -> str:
        return marker if self.suppressed else str(self.value)


@dataclass(frozen=True)
class Axis:
    """One dimension's categories in display order, with labels already translated."""

    dimension: str  # the dimension spec, e.g. "incident_type:top"
    label: str
    keys: tuple[str, ...]
    labels: tuple[str, ...]

    def index(self, key: str) -> int:
        try:
            return self.keys.index(key)
        except ValueError:
            raise KeyError(key) from None


@dataclass(frozen=True)
class CrossTab:
    """``cells[r][c]``; a 1-D table has ``cols is None`` and one column of cells.

    ``row_totals`` and ``col_totals`` are empty for a 1-D table, whose row values
    are themselves the row totals.
    """

    unit: str
    rows: Axis
    cols: Axis | None
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    col_totals: tuple[Cell, ...]
    total: Cell
    additive: bool
    threshold: int | None = None  # set once suppression has been applied
    #: The filter the counts were made under, in a fixed written form: two exports of
    #: the same categories under different filters can be subtracted from each other.
    criteria: str = ""

    @property
    def two_dimensional(self) -> bool:
        return self.cols is not None

    def cell(self, row: str, col: str | None = None) -> Cell:
        """The cell for category keys; a category absent from the axis is a KeyError."""
        r = self.rows.index(row)
        if self.cols is None:
            if col is not None:
                raise KeyError(col)
            return self.cells[r][0]
        if col is None:
            return self.row_totals[r]
        return self.cells[r][self.cols.index(col)]

    def col_total(self, col: str) -> Cell:
        if self.cols is None:
            raise KeyError(col)
        return self.col_totals[self.cols.index(col)]

    def count(self, row: str, col: str | None = None) -> int:
        """True count (0 for a category that does not occur) — for use inside the vault."""
        try:
            return self.cell(row, col).value
        except KeyError:
            return 0

    def all_cells(self) -> Iterator[Cell]:
        for line in self.cells:
            yield from line
        yield from self.row_totals
        yield from self.col_totals
        yield self.total

    @property
    def suppressed_count(self) -> int:
        return sum(1 for cell in self.all_cells() if cell.suppressed)

    def with_marks(
        self,
        cells: set[tuple[int, int]],
        row_totals: set[int],
        col_totals: set[int],
        total: bool,
        threshold: int,
    ) -> CrossTab:
        """A copy with exactly these positions marked suppressed."""
        return replace(
            self,
            cells=tuple(
                tuple(Cell(c.value, (r, k) in cells) for k, c in enumerate(line))
                for r, line in enumerate(self.cells)
            ),
            row_totals=tuple(Cell(c.value, r in row_totals) for r, c in enumerate(self.row_totals)),
            col_totals=tuple(Cell(c.value, k in col_totals) for k, c in enumerate(self.col_totals)),
            total=Cell(self.total.value, total),
            threshold=threshold,
        )
