# SPDX-License-Identifier: GPL-3.0-or-later
"""Extract and compile DefenderDoc's Qt Linguist catalogs (``make catalogs``/``translations``).

    python packaging/catalogs.py update es fr ar   # translations/defenderdoc_<lang>.ts
    python packaging/catalogs.py compile           # every .ts -> .qm next to it

``update`` runs ``pyside6-lupdate`` over every ``.py`` file under
``src/defenderdoc`` (tracked or not), in sorted order, without source locations
and without obsolete entries, so the same sources always give the same bytes.
tests/test_translations.py runs :func:`update` on copies and fails when a
catalog in the repository differs (a string was added, changed or removed
without ``make catalogs``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "defenderdoc"
CATALOGS = ROOT / "translations"
LUPDATE_OPTIONS = ("-silent", "-no-obsolete", "-locations", "none", "-source-language", "en")


def tool(name: str) -> str:
    """A PySide6 tool of this interpreter's environment (``.venv/bin``), else on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; run `make` once to set up .venv.")
    return found


def sources() -> list[str]:
    """Every Python file of the package, relative to the repository, in a fixed order."""
    return sorted(p.relative_to(ROOT).as_posix() for p in SOURCES.rglob("*.py"))


def catalog(language: str, folder: Path = CATALOGS) -> Path:
    return folder / f"defenderdoc_{language}.ts"


def update(ts_file: Path, language: str) -> None:
    """Add new strings to ``ts_file`` (created if missing) and drop vanished ones."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(sources()) + "\n", encoding="utf-8")
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *LUPDATE_OPTIONS,
                "-target-language",
                language,
                f"@{listing}",
                "-ts",
                str(ts_file),
            ],
            cwd=ROOT,
            check=True,
        )


def compile_catalog(ts_file: Path, qm_file: Path) -> subprocess.CompletedProcess[str]:
    """``pyside6-lrelease`` one catalog; the output is returned for the tests to read."""
    return subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
        text=True,
    )


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"] and argv[1:]:
        for language in argv[1:]:
            update(catalog(language), language)
        return 0
    if argv == ["compile"]:
        for ts_file in sorted(CATALOGS.glob("defenderdoc_*.ts")):
            compile_catalog(ts_file, ts_file.with_suffix(".qm"))
        return 0
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
