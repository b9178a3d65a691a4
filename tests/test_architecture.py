# SPDX-License-Identifier: GPL-3.0-or-later
"""Import boundaries: only defenderdoc.gui may import Qt; the core never imports the GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "defenderdoc"
QT = ("PySide6", "shiboken6")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "gui" not in p.relative_to(SRC).parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_core_does_not_import_qt_or_gui(path: Path) -> None:
    bad = [n for n in _imports(path) if n.split(".")[0] in QT]
    # The launcher (defenderdoc/__main__.py) is the one place that starts the GUI, lazily.
    if path != SRC / "__main__.py":
        bad += [n for n in _imports(path) if n.startswith("defenderdoc.gui")]
    assert bad == []


def test_domain_records_do_not_import_sqlalchemy() -> None:
    for path in (SRC / "domain").rglob("*.py"):
        assert not [n for n in _imports(path) if n.startswith("sqlalchemy")], path


def test_gui_does_not_touch_the_orm() -> None:
    for path in (SRC / "gui").rglob("*.py"):
        bad = [
            n
            for n in _imports(path)
            if n.startswith(
                ("sqlalchemy", "defenderdoc.vault.models", "defenderdoc.vault.repository")
            )
        ]
        assert bad == [], path


def test_core_imports_without_qt_installed() -> None:
    """Import every core module in a process where PySide6 cannot be imported."""
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "import importlib, pkgutil, defenderdoc\n"
        "for m in pkgutil.walk_packages(defenderdoc.__path__, 'defenderdoc.'):\n"
        "    if '.gui' not in m.name and not m.name.endswith('__main__') "
        "and '.migrations' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
