# SPDX-License-Identifier: GPL-3.0-or-later
"""``defenderdoc-cli``: the headless interface, over the same services as the GUI.

Errors go to stderr as one sentence and map to documented exit codes; content
never appears in an error message.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from defenderdoc.cli.commands import dispatch
from defenderdoc.cli.parser import build_parser
from defenderdoc.errors import DefenderDocError
from defenderdoc.hardening import harden_process

INTERNAL_ERROR = 70


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    os.umask(0o077)
    try:
        args = build_parser().parse_args(argv)
        return dispatch(args)
    except DefenderDocError as exc:
        print(f"defenderdoc-cli: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("defenderdoc-cli: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # never print a message that might hold record content
        print(
            f"defenderdoc-cli: internal error ({type(exc).__name__}); the vault is intact.",
            file=sys.stderr,
        )
        return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
