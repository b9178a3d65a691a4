# SPDX-License-Identifier: GPL-3.0-or-later
"""DefenderDoc: documentation of attacks on human rights defenders, kept in an encrypted vault."""

__version__ = "0.1.0"
