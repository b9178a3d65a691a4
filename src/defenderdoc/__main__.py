# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m defenderdoc`` and the ``defenderdoc`` launcher: start the desktop app.

Qt is imported only here, lazily, so the core stays importable without a display.
"""

from __future__ import annotations

import sys


def main() -> int:
    from defenderdoc.gui.app import main as gui_main  # noqa: PLC0415 - keep Qt out of the core

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
