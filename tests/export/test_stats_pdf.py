# SPDX-License-Identifier: GPL-3.0-or-later
"""The statistics page: what it prints is exactly the suppressed table, in full words,
right to left in Arabic, on as many pages as the table needs, with no metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest

from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.export.stats_pdf import MAX_COLUMNS, render_table_pdf
from defenderdoc.services import Services
from defenderdoc.stats import CrossTab, suppress
from defenderdoc.stats.render import grid
from tests.export.test_pdf import flat, needs_poppler, text

TITLE = (
    "Incidents by Incident type (Country: Mexico; Stage of migration: Transit; "
    "from 2024-01-01; to 2026-12-31)"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Services:
    services = Services(actor="tester")
    create_demo_vault(services, tmp_path_factory.mktemp("v") / "demo.ddoc", DEMO_PASSPHRASE)
    return services


def _write(table: CrossTab, folder: Path, title: str = TITLE, language: str = "en") -> Path:
    path = folder / f"table-{language}.pdf"
    path.write_bytes(render_table_pdf(table, title, language))
    return path


@needs_poppler
def test_prints_exactly_the_suppressed_grid(demo: Services, tmp_path: Path) -> None:
    table = suppress(demo.crosstab("incident_type:top", "migration_stage"), 5)
    path = _write(table, tmp_path)
    layout = text(path, None, "-layout")
    assert flat(TITLE) in flat(text(path))  # wrapped over two lines, never cut
    rows = grid(table, "<5")
    assert len(rows[0]) - 1 <= MAX_COLUMNS  # this one fits whole
    lines = layout.splitlines()
    for row in rows[1:]:
        label, *values = row
        words = label.split()
        found = []
        for cut in range(len(words), 0, -1):  # a long name's first line, if it wraps
            start = re.compile(rf"^\s*{re.escape(' '.join(words[:cut]))}\s{{2,}}\S")
            found = [line for line in lines if start.match(line)]
            if found:
                break
        assert len(found) == 1, (label, found)
        assert found[0].split()[-len(values) :] == values, (label, found[0])
    assert "<5" in layout  # small cells are there, as the marker only


@needs_poppler
def test_every_name_is_whole_and_wide_tables_say_what_is_missing(
    demo: Services, tmp_path: Path
) -> None:
    table = suppress(demo.crosstab("incident_type:top", "country"), 5)
    path = _write(table, tmp_path)
    words = flat(text(path))
    for label in table.rows.labels:
        assert flat(label) in words  # long names wrap onto a second line
    columns = len(grid(table, "<5")[0]) - 1
    assert columns > MAX_COLUMNS
    assert f"Only {MAX_COLUMNS} of the {columns} columns fit on this page" in words
    total = re.findall(r"^\s*Total\s.*$", text(path, None, "-layout"), re.MULTILINE)
    assert total  # the total row is printed
    assert total[-1].split()[-1] == str(table.total.published)  # and so is the total column


@needs_poppler
def test_arabic_is_shaped_and_laid_out_right_to_left(demo: Services, tmp_path: Path) -> None:
    table = suppress(demo.crosstab("incident_type:top", "migration_stage", lang="ar"), 5)
    title = "الحوادث حسب نوع الحادثة (البلد: المكسيك)"
    path = _write(table, tmp_path, title, "ar")
    words = flat(text(path))
    for word in re.sub(r"[^\w\s]", "", title).split():  # extracted as typed: letters,
        assert word in words  # not presentation forms (poppler moves the punctuation)
    for label in table.rows.labels:
        assert flat(label) in words
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", words)
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        width = float(page.mediabox[2])
        # Row names stand at the right edge: the text right of the page's middle is Arabic.
        right_half = text(
            path, 1, "-x", str(int(width * 0.75)), "-y", "0", "-W", "300", "-H", "600"
        )
    assert flat(table.rows.labels[0]) in flat(right_half)


def test_a_long_table_continues_on_more_pages_and_carries_no_metadata(
    demo: Services, tmp_path: Path
) -> None:
    table = suppress(demo.crosstab("month", None), 5)
    assert len(table.rows.keys) > 40  # more rows than one page holds
    path = _write(table, tmp_path)
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) >= 2
        assert dict(pdf.docinfo) == {}  # no title, author, tool or date
        assert "/Metadata" not in pdf.Root
    assert b"ReportLab" not in path.read_bytes()
