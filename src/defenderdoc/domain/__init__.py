# SPDX-License-Identifier: GPL-3.0-or-later
"""Plain records that cross layer and thread boundaries (no Qt, no SQLAlchemy)."""
