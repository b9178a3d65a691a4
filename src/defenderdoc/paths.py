# SPDX-License-Identifier: GPL-3.0-or-later
"""Where DefenderDoc finds its bundled resources and its per-user folders."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "DefenderDoc"
APP_ID = "org.defenderdoc.DefenderDoc"


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder, the same frozen, installed or from a checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parents[1] / "resources"]
    for candidate in candidates:
        if (candidate / "vocabularies").is_dir():
            return candidate
    raise FileNotFoundError("DefenderDoc's resources folder is missing from this installation.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def data_dir() -> Path:
    """Per-user data folder (holds the demo vault by default; never a list of vaults)."""
    return _private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    """Per-user settings folder: language, geometry and other non-sensitive preferences."""
    return _private_dir(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def default_vault_path() -> Path:
    """The vault ``defenderdoc`` opens when started without one: the fictional demo."""
    return data_dir() / "Demo.ddoc"
