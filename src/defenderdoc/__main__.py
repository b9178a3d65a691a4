# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m defenderdoc`` and the ``defenderdoc`` launcher: start the desktop app.

Qt is imported only here, lazily, so the core stays importable without a display;
``--version`` and ``--self-check`` answer without touching Qt at all.
"""

from __future__ import annotations

import sys

from defenderdoc import __version__


def main() -> int:
    if sys.argv[1:2] == ["--evidence-worker"]:  # the sandboxed cleaner, in frozen bundles
        from defenderdoc.evidence.worker import main as worker_main  # noqa: PLC0415

        return worker_main(sys.argv[2:])
    if "--version" in sys.argv[1:]:
        print(f"DefenderDoc {__version__}")
        return 0
    if "--self-check" in sys.argv[1:]:
        from defenderdoc.selfcheck import run  # noqa: PLC0415 - only for this flag

        return run()
    from defenderdoc.gui.app import main as gui_main  # noqa: PLC0415 - keep Qt out of the core

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
