# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt Linguist catalogs: current with the sources, complete, consistent, compilable.

CI runs these through ``make test``: a string added in the code without
``make catalogs``, an entry left unfinished in Qt Linguist, a placeholder lost in
translation or a catalog lrelease complains about fails the build.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = sorted((ROOT / "translations").glob("defenderdoc_*.ts"))

#: %1…%9 and %n (Qt), %v/%m/%p (QProgressBar formats), {name} (str.format in the core).
PLACEHOLDER = re.compile(r"%L?(?:\d|n)|%[vmp]|\{[A-Za-z_][A-Za-z0-9_]*\}")
#: "&x" marks a keyboard accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?![&\s])")
#: Translations that rightly equal the English source: names, codes, units, and
#: words spelled the same in the target language (reviewed, one by one).
SAME_AS_SOURCE = {"DefenderDoc", "SHA-256", " min", " s"}
SAME_IN_LANGUAGE = {
    "es": {"Total"},
    "fr": {
        "Date",
        "Date (UTC)",
        "Description",
        "Dossier",
        "Dossiers",
        "Incident",
        "Incidents",
        "Organisation",
        "Organisations",
        "PUBLIC",
        "Sections",
        "Source",
        "Total",
        "Type",
        "Types",
    },
}
#: Plural forms that stand for exactly one number may say it in words
#: (Arabic 0, 1 and the dual 2; the Spanish singular is 1 only), so need not contain %n.
EXACT_FORMS = {"ar": {0, 1, 2}, "es": {0}}


def _load_catalogs_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "packaging" / "catalogs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogs = _load_catalogs_tool()


def _language(ts_file: Path) -> str:
    return ts_file.stem.split("_", 1)[1]


def _messages(ts_file: Path) -> list[tuple[str, Element]]:
    root = ElementTree.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _keys(ts_file: Path) -> set[tuple[str, str]]:
    return {(ctx, m.findtext("source") or "") for ctx, m in _messages(ts_file)}


def _translations(message: Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _where(context: str, message: Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def test_the_three_languages_are_there() -> None:
    assert {_language(p) for p in TS_FILES} >= {"es", "fr", "ar"}


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_language)
def test_catalog_is_current_with_the_sources(ts_file: Path, tmp_path: Path) -> None:
    """The same lupdate run as ``make catalogs`` would not change a byte."""
    copy = tmp_path / ts_file.name
    shutil.copyfile(ts_file, copy)
    catalogs.update(copy, _language(ts_file))
    if copy.read_bytes() != ts_file.read_bytes():
        added = sorted(_keys(copy) - _keys(ts_file))
        removed = sorted(_keys(ts_file) - _keys(copy))
        pytest.fail(
            f"{ts_file.name} is stale; run `make catalogs` and translate the new strings.\n"
            f"added: {added}\nremoved: {removed}"
        )


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_language)
def test_every_message_is_translated(ts_file: Path) -> None:
    language = _language(ts_file)
    forms = _plural_forms(language)
    problems = []
    for context, message in _messages(ts_file):
        translation = message.find("translation")
        assert translation is not None
        texts = _translations(message)
        if translation.get("type"):  # unfinished, vanished or obsolete
            problems.append(f"{translation.get('type')}: {_where(context, message)}")
        elif not all(t.strip() for t in texts):
            problems.append(f"empty: {_where(context, message)}")
        elif message.get("numerus") == "yes" and len(texts) != forms:
            problems.append(f"{len(texts)} of {forms} plural forms: {_where(context, message)}")
    assert problems == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_language)
def test_placeholders_accelerators_and_spaces_survive(ts_file: Path) -> None:
    language = _language(ts_file)
    problems = []
    for context, message in _messages(ts_file):
        source = message.findtext("source") or ""
        wanted = Counter(PLACEHOLDER.findall(source))
        for index, text in enumerate(_translations(message)):
            found = Counter(PLACEHOLDER.findall(text))
            if index in EXACT_FORMS.get(language, set()) and message.get("numerus") == "yes":
                wanted_here = wanted - Counter({"%n": wanted["%n"]})
                found = found - Counter({"%n": found["%n"]})
            else:
                wanted_here = wanted
            if found != wanted_here:
                problems.append(f"placeholders {dict(found)}: {_where(context, message)}")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"accelerator in {text!r}: {_where(context, message)}")
            if text[:1].isspace() != source[:1].isspace():
                problems.append(f"leading space in {text!r}: {_where(context, message)}")
    assert problems == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_language)
def test_no_translation_is_a_copy_of_the_english(ts_file: Path) -> None:
    allowed = SAME_AS_SOURCE | SAME_IN_LANGUAGE.get(_language(ts_file), set())
    copies = [
        _where(context, message)
        for context, message in _messages(ts_file)
        if (message.findtext("source") or "") in _translations(message)
        and message.findtext("source") not in allowed
    ]
    assert copies == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_language)
def test_layout_direction_entry(ts_file: Path) -> None:
    """Qt mirrors the whole interface when this entry says RTL (gui/i18n.py marks it)."""
    [entry] = [
        m
        for ctx, m in _messages(ts_file)
        if (ctx, m.findtext("source")) == ("QGuiApplication", "QT_LAYOUT_DIRECTION")
    ]
    assert _translations(entry) == ["RTL" if _language(ts_file) in {"ar"} else "LTR"]


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_language)
def test_lrelease_compiles_without_warnings(ts_file: Path, tmp_path: Path) -> None:
    qm_file = tmp_path / ts_file.with_suffix(".qm").name
    result = subprocess.run(
        [
            catalogs.tool("pyside6-lrelease"),
            "-fail-on-unfinished",
            str(ts_file),
            "-qm",
            str(qm_file),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"\(\d+ finished and 0 unfinished\)", output), output
    assert not re.search(r"warning|error|ignored", output, re.IGNORECASE), output
    assert qm_file.stat().st_size > 0


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_language)
def test_compiled_catalog_next_to_it_is_current(ts_file: Path, tmp_path: Path) -> None:
    """The .qm the app loads is what lrelease makes of the .ts today (``make translations``)."""
    shipped = ts_file.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run `make translations`"
    fresh = tmp_path / shipped.name
    catalogs.compile_catalog(ts_file, fresh)
    assert fresh.read_bytes() == shipped.read_bytes(), "stale .qm: run `make translations`"


@functools.cache
def _plural_forms(language: str) -> int:
    """How many plural forms Qt has for ``language`` (Arabic 6, Spanish and French 2)."""
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.py"
        probe.write_text('class Probe:\n    def f(self):\n        self.tr("%n x", "", 2)\n')
        ts_file = Path(tmp) / f"probe_{language}.ts"
        subprocess.run(
            [
                catalogs.tool("pyside6-lupdate"),
                "-silent",
                "-target-language",
                language,
                str(probe),
                "-ts",
                str(ts_file),
            ],
            check=True,
        )
        return len(list(ElementTree.parse(ts_file).getroot().iter("numerusform")))
