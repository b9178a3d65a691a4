# SPDX-License-Identifier: GPL-3.0-or-later
"""Non-secret preferences of this device, in a small JSON file.

Only things that reveal nothing about the vault's content live here: language,
auto-lock and clipboard timings, discreet mode. No vault paths unless the user
opts in, no names, no last search or export folder (those stay in the vault).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from defenderdoc import paths
from defenderdoc.fsutil import atomic_write_bytes

FILE_NAME = "settings.json"


@dataclass
class Settings:
    language: str = ""  # "" = the system's language
    auto_lock_minutes: int = 5
    clipboard_clear_seconds: int = 20
    lock_on_minimise: bool = False
    discreet_mode: bool = False
    remember_vault_path: bool = False  # opt-in; off means no path is ever stored
    last_vault_path: str = ""

    def clamp(self) -> Settings:
        self.auto_lock_minutes = min(60, max(1, int(self.auto_lock_minutes)))
        self.clipboard_clear_seconds = min(300, max(5, int(self.clipboard_clear_seconds)))
        if not self.remember_vault_path:
            self.last_vault_path = ""
        return self


def load(folder: Path | None = None) -> Settings:
    path = (folder or paths.config_dir()) / FILE_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    try:
        return Settings(**{k: v for k, v in raw.items() if k in known}).clamp()
    except (TypeError, ValueError):
        return Settings()


def save(settings: Settings, folder: Path | None = None) -> None:
    data = json.dumps(asdict(settings.clamp()), indent=2).encode("utf-8")
    atomic_write_bytes((folder or paths.config_dir()) / FILE_NAME, data)
