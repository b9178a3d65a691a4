# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m defenderdoc.cli``, the same as ``defenderdoc-cli``."""

import sys

from defenderdoc.cli import main

sys.exit(main())
